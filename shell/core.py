"""The shell's engine: runs statements and meta-commands against a store, no terminal needed.

The prompt (:mod:`kg.shell.app`) and the batch runner (:mod:`kg.shell.batch`)
both feed :meth:`Shell.execute`; everything the shell prints goes through
:meth:`Shell.emit` (results, teed and paged), :meth:`Shell.say` (notes) and
:meth:`Shell.fail` (one-line errors).
"""

from __future__ import annotations

import sys
import threading
import time
from typing import IO, Callable, TypeVar

from kg.sparql_tokens import add_missing_prefixes, declared_prefixes, is_update, significant
from kg.store.base import QueryError, StoreError
from kg.terminal import printable

from .catalog import Catalog, CatalogCache
from .commands import CommandRegistry, UnknownCommand
from .completion import CompletionContext
from .formatting import format_error, format_output, format_seconds
from .output import Output
from .settings import Settings
from .statements import is_meta, strip_terminator
from .toolbar import toolbar_text

T = TypeVar("T")


class Cancelled(Exception):
    """Ctrl-C while a statement ran: the statement was abandoned."""


class Shell:
    """A session on one store.

    ``interactive`` runs statements in a worker thread so that Ctrl-C can
    abandon them; ``paging`` sends long results through a pager.
    """

    def __init__(self, store, *, out: IO[str] | None = None, err: IO[str] | None = None,
                 notes: IO[str] | None = None,
                 settings: Settings | None = None, registry: CommandRegistry | None = None,
                 interactive: bool = False, paging: bool = False,
                 query_dirs: list | None = None, save_dir=None,
                 read_only_note: str | None = None) -> None:
        if registry is None:
            from .builtins import COMMANDS as registry
        self.store = store
        self.out = Output(out if out is not None else sys.stdout, paging=paging)
        self.err = err if err is not None else (out if out is not None else sys.stderr)
        self.notes = notes if notes is not None else self.out.stream
        self.settings = settings or Settings()
        self.registry = registry
        self.interactive = interactive
        self.query_dirs = query_dirs
        self.save_dir = save_dir
        self.read_only_note = read_only_note
        self.catalog = CatalogCache(store)
        self.last_statement: str | None = None
        self.pending_text: str | None = None
        self.done = False
        self.failures = 0
        self.nlp = None  # the spaCy pipeline, loaded by the first .load
        self._context: tuple[tuple, CompletionContext] | None = None
        self._queries_version = 0

    # -- output ----------------------------------------------------------------
    def emit(self, text: str) -> None:
        """A result or report: to the screen (paged when long) and the tee file."""
        self.out.write(text if text.endswith("\n") or not text else text + "\n")

    def say(self, text: str) -> None:
        """A short note (not teed): on the screen, or on stderr when running a script."""
        text = printable(text, keep="\n")
        self.notes.write(text if text.endswith("\n") else text + "\n")
        self.notes.flush()

    def fail(self, message: str) -> bool:
        """Print ``error: message`` (or a preformatted block; control characters escaped) and return False."""
        text = printable(message if message.startswith("error:") else f"error: {message}", keep="\n")
        self.err.write(text if text.endswith("\n") else text + "\n")
        self.err.flush()
        return False

    # -- running ----------------------------------------------------------------
    def call(self, fn: Callable[[], T]) -> T:
        """Run ``fn``; when interactive, in a worker thread that Ctrl-C abandons (:class:`Cancelled`)."""
        if not self.interactive:
            return fn()
        box: dict = {}
        finished = threading.Event()

        def work() -> None:
            try:
                box["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                box["error"] = exc
            finally:
                finished.set()

        threading.Thread(target=work, name="kg-statement", daemon=True).start()
        try:
            while not finished.wait(0.05):
                pass
        except KeyboardInterrupt:
            raise Cancelled() from None
        if "error" in box:
            raise box["error"]
        return box["value"]

    def execute(self, text: str) -> bool:
        """Run one statement or meta-command; False (after a message) when it failed."""
        if not text.strip():
            return True
        try:
            ok = self._meta(text) if is_meta(text) else self._sparql(text)
        except Cancelled:
            self.say("cancelled")
            ok = False
        except KeyboardInterrupt:
            self.say("interrupted")
            ok = False
        if not ok:
            self.failures += 1
        return ok

    def _meta(self, line: str) -> bool:
        try:
            return self.registry.dispatch(self, line)
        except UnknownCommand as exc:
            return self.fail(str(exc))

    def learn_prefixes(self, text: str) -> None:
        """Remember the prefixes a statement declares, for later statements and completion."""
        new = declared_prefixes(text)
        if any(self.settings.prefixes.get(p) != ns for p, ns in new.items()):
            self.settings = self.settings.with_(prefixes={**self.settings.prefixes, **new})

    def _sparql(self, text: str) -> bool:
        stmt = strip_terminator(text)
        if not significant(stmt):
            return True
        self.last_statement = stmt
        self.learn_prefixes(stmt)
        full, added = add_missing_prefixes(stmt, self.settings.prefixes)
        if is_update(full):
            return self._update(full, len(added))
        return self.run_query(full, line_offset=len(added))

    def run_query(self, sparql: str, *, bindings=None, line_offset: int = 0) -> bool:
        """Run a query and show its result (or its error)."""
        t0 = time.perf_counter()
        try:
            if self.interactive:  # in a worker process that Ctrl-C kills (kg.query_runner)
                from kg.query_runner import query_stoppably

                try:
                    result = query_stoppably(self.store, sparql, bindings=bindings)
                except KeyboardInterrupt:
                    raise Cancelled() from None
            else:
                result = self.store.query(sparql, bindings=bindings)
            text = format_output(result, self.settings)
        except QueryError as exc:
            return self.fail(format_error(exc, line_offset=line_offset))
        except (StoreError, ValueError, OSError) as exc:
            return self.fail(str(exc))
        seconds = time.perf_counter() - t0
        self.emit(text)
        if self.settings.timing:
            self.say(format_seconds(seconds))
        return True

    def _update(self, sparql: str, line_offset: int) -> bool:
        if not self.store.writable:
            return self.fail(f"updates need a writable store; {self.read_only_note or 'it is open read-only'}")
        t0 = time.perf_counter()
        try:
            self.call(lambda: self.store.update(sparql))
        except QueryError as exc:
            return self.fail(format_error(exc, line_offset=line_offset))
        except (StoreError, ValueError, OSError) as exc:
            return self.fail(str(exc))
        self.changed()
        self.say(f"ok ({len(self.store):,} triples)")
        if self.settings.timing:
            self.say(format_seconds(time.perf_counter() - t0))
        return True

    def changed(self) -> Catalog:
        """The store changed: reload the catalog (completion, .schema, toolbar)."""
        self._context = None
        cat = self.catalog.refresh()
        self._context = None
        return cat

    # -- named queries ------------------------------------------------------------
    def named_queries(self, errors: list[str] | None = None):
        from kg.queries import load_queries

        return load_queries(self.query_dirs, errors=errors)

    def queries_changed(self) -> None:
        self._queries_version += 1
        self._context = None

    # -- completion and toolbar ---------------------------------------------------
    def completion_context(self) -> CompletionContext:
        cat: Catalog = self.catalog.get(wait=False)
        key = (id(cat), id(self.settings.prefixes), self._queries_version)
        if self._context is not None and self._context[0] == key:
            return self._context[1]
        cmds = self.registry.commands()
        commands = tuple((c.name, c.help) for c in cmds) + tuple(
            (a, c.help) for c in cmds for a in c.aliases)
        args = {c.name: c.complete for c in cmds if c.complete}
        args.update({a: c.complete for c in cmds for a in c.aliases if c.complete})
        try:
            queries = tuple((q.name, q.usage()) for q in self.named_queries().values())
        except OSError:
            queries = ()
        ctx = CompletionContext(
            prefixes=dict(self.settings.prefixes),
            classes=tuple(c for c, _ in cat.classes),
            properties=tuple(p for p, _ in cat.properties),
            entities=cat.entities,
            commands=tuple(sorted(commands)),
            command_args=args,
            queries=queries,
            measures=cat.measures,
        )
        if self.catalog.loaded:
            self._context = (key, ctx)
        return ctx

    def toolbar(self) -> str:
        cat = self.catalog.get(wait=False)
        return toolbar_text(
            location=self.store.location,
            triples=cat.triples if self.catalog.loaded else None,
            writable=self.store.writable,
            fmt=self.settings.format, timing=self.settings.timing, tee=self.out.tee_path)

    def close(self) -> None:
        self.out.stop_tee()
