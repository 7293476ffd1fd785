"""Meta-commands that run and keep work: named queries (.q, .save), building (.load), editing (.edit)."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from typing import TYPE_CHECKING

from kg.queries import ParamError, split_args
from kg.sparql_tokens import add_missing_prefixes
from kg.store.base import StoreError

from . import reports, tables
from .meta import COMMANDS, name_arg, prefixes_of, show

if TYPE_CHECKING:
    from .core import Shell


@COMMANDS.command(".q", args="[NAME ARGS...]",
                  help="Run a named query with arguments (name=value or positional); alone: list them.",
                  complete="query")
def q(shell: Shell, arg: str):
    from kg.lookup import resolve_one
    from kg.queries import bind

    errors: list[str] = []
    queries = shell.named_queries(errors)
    for e in errors:
        shell.say(f"skipped {e}")
    args = split_args(arg)
    if not args:
        show(shell, lambda: reports.queries_text(queries), lambda: tables.queries_table(queries))
        return
    name, rest = args[0].text, args[1:]
    query = queries.get(name)
    if query is None:
        return shell.fail(f"no named query {name!r}; .q lists them")
    prefixes = prefixes_of(shell)
    try:
        bindings = shell.call(lambda: bind(query, rest, prefixes=prefixes,
                                           resolve_entity=lambda n: resolve_one(shell.store, n, prefixes=prefixes)))
    except ParamError as exc:
        return shell.fail(str(exc))
    full, added = add_missing_prefixes(query.text, prefixes)
    return shell.run_query(full, bindings=bindings, line_offset=len(added))


@COMMANDS.command(".save", args="NAME", help="Save the last statement as a named query (.q NAME).")
def save(shell: Shell, arg: str):
    from kg.queries import save_query

    args = split_args(arg)
    if len(args) != 1:
        return shell.fail("usage: .save NAME")
    if not shell.last_statement:
        return shell.fail("no statement to save yet")
    existed = args[0].text in shell.named_queries()
    try:
        path = save_query(args[0].text, shell.last_statement, shell.save_dir)
    except ParamError as exc:
        return shell.fail(str(exc))
    shell.queries_changed()
    shell.say(f"saved {path}" + (" (replacing the query of that name)" if existed else ""))


# -- building ----------------------------------------------------------------

@COMMANDS.command(".load", args="PATH...", help="Build articles (files or folders) into the store.",
                  complete="file")
def load(shell: Shell, arg: str):
    from kg import build

    paths = [a.text for a in split_args(arg)]
    if not paths:
        return shell.fail("usage: .load PATH...")
    if not shell.store.writable:
        return shell.fail(f".load is unavailable: {shell.read_only_note or 'the store is open read-only'}")
    missing = [p for p in paths if not os.path.exists(os.path.expanduser(p))]
    if missing:
        return shell.fail(f"no such file or folder: {', '.join(missing)}")
    if shell.nlp is None:
        shell.say("loading the language model…")
        from kg.extract import load_nlp
        from kg.gazetteer import load_gazetteer

        shell.nlp = load_nlp(gazetteer=load_gazetteer())
    counts: dict[str, int] = {}
    live = shell.interactive and shell.out.stream.isatty()

    def progress(event: str, source: str) -> None:
        counts[event] = counts.get(event, 0) + 1
        if live:
            shell.out.stream.write(f"\r{sum(counts.values())} articles: {counts.get('built', 0)} built")
            shell.out.stream.flush()

    try:
        report = build([os.path.expanduser(p) for p in paths], shell.store, nlp=shell.nlp, progress=progress)
    except KeyboardInterrupt:
        if live:
            shell.say("")
        shell.changed()
        return shell.fail("load interrupted; the articles built so far are kept")
    except (StoreError, RuntimeError, OSError) as exc:
        return shell.fail(str(exc))
    if live:
        shell.say("")
    for source, reason in report.skipped:
        shell.say(f"skipped {source}: {reason}")
    for source, reason in report.failed:
        shell.fail(f"{source}: {reason}")
    shell.changed()
    shell.say(report.summary())
    return report.ok


# -- editing ----------------------------------------------------------------

def editor_command() -> list[str]:
    return shlex.split(os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi")


@COMMANDS.command(".edit", args="[FILE]",
                  help="Edit the last statement (or FILE) in $EDITOR; the result waits at the prompt.",
                  complete="file")
def edit(shell: Shell, arg: str):
    if not shell.interactive:
        return shell.fail(".edit needs an interactive terminal")
    target = name_arg(arg)
    if target:
        path, temp = os.path.expanduser(target), False
        if not os.path.exists(path):
            open(path, "a", encoding="utf-8").close()
    else:
        fd, path = tempfile.mkstemp(suffix=".rq", prefix="kg-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write((shell.last_statement or "") + "\n")
        temp = True
    try:
        subprocess.call([*editor_command(), path])
        with open(path, encoding="utf-8") as fh:
            text = fh.read().strip()
    except OSError as exc:
        return shell.fail(f"cannot run the editor: {exc.strerror or exc} (set $EDITOR)")
    finally:
        if temp:
            os.unlink(path)
    shell.pending_text = text or None
