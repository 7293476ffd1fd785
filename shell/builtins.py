"""The shell's meta-commands, registered on :data:`COMMANDS`.

Arguments never reach SPARQL as text: names are bound as literals and IRIs
as IRIs through ``Store.query(bindings=...)``.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from typing import TYPE_CHECKING, Callable

from kg import vocab as V
from kg.lookup import iri_term
from kg.queries import ParamError, split_args
from kg.sparql_tokens import add_missing_prefixes, form as operation
from kg.store.base import QueryError, StoreError

from . import reports, tables
from .commands import CommandRegistry
from .settings import FORMATS

if TYPE_CHECKING:  # annotations only: the engine imports this module, not the other way round
    from .core import Shell

COMMANDS = CommandRegistry()

_CLASS_WORDS = {k.lower(): v[-1] for k, v in V.KIND_CLASSES.items()}


def _name(arg: str) -> str:
    """The argument as one name: quotes group, blanks between words collapse."""
    return " ".join(a.text for a in split_args(arg)).strip()


def _prefixes(shell: Shell) -> dict[str, str]:
    return dict(shell.settings.prefixes)


def _show(shell: Shell, human: Callable[[], str], data: Callable[[], list]) -> None:
    """A report: text for people (``table``, ``vertical``), tables in csv, tsv and json."""
    fmt = shell.settings.format
    shell.emit(tables.render_tables(data(), fmt) if fmt in tables.MACHINE_FORMATS else human())


def _not_found(shell: Shell, name: str) -> bool:
    from kg.lookup import similar_names

    close = similar_names(list(shell.catalog.get().entities), name)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    return shell.fail(f"no actor or place named {name!r}{hint}")


def _find(shell: Shell, name: str):
    from kg.lookup import find

    return shell.call(lambda: find(shell.store, name, prefixes=_prefixes(shell)))


# -- help and session ----------------------------------------------------------------

@COMMANDS.command(".help", args="[COMMAND]", help="List the meta-commands (or explain one).",
                  aliases=(".?",), complete="command")
def help_(shell: Shell, arg: str):
    from .commands import UnknownCommand

    try:
        text = shell.registry.help_text(arg.strip() or None)
    except UnknownCommand as exc:
        return shell.fail(str(exc))
    if not arg.strip():
        text += ("\nSPARQL statements run when complete (Enter) or at once (Esc-Enter); "
                 "known prefixes are declared for you.\n")
    shell.emit(text)


@COMMANDS.command(".quit", help="Leave the shell (also Ctrl-D).", aliases=(".exit",))
def quit_(shell: Shell, arg: str):
    shell.done = True


@COMMANDS.command(".prefixes", help="The prefixes known to the session (declared for you when used).")
def prefixes(shell: Shell, arg: str):
    shell.emit(reports.prefixes_text(shell.settings.prefixes))


@COMMANDS.command(".schema", help="Classes and properties in the store, with counts.")
def schema(shell: Shell, arg: str):
    cat = shell.call(shell.changed)
    if cat.error:
        return shell.fail(f"cannot read the schema: {cat.error}")
    _show(shell, lambda: reports.schema_text(cat.classes, cat.properties, _prefixes(shell)),
          lambda: tables.schema_table(cat.classes, cat.properties))


@COMMANDS.command(".refresh", help="Reload classes, properties and names used for completion.")
def refresh(shell: Shell, arg: str):
    cat = shell.call(shell.changed)
    shell.say(f"{len(cat.classes)} classes, {len(cat.properties)} properties, "
              f"{len(cat.entities)} names, {cat.triples:,} triples")


# -- display settings ----------------------------------------------------------------

@COMMANDS.command(".format", args="|".join(FORMATS),
                  help="How results are shown (csv, tsv and json also turn .top, .claims, .why, "
                       ".describe and .schema into tables).", complete="format")
def format_(shell: Shell, arg: str):
    fmt = arg.strip().lower()
    if not fmt:
        shell.say(f"format: {shell.settings.format}")
        return
    if fmt not in FORMATS:
        return shell.fail(f"unknown format {arg.strip()!r}; choose from {', '.join(FORMATS)}")
    shell.settings = shell.settings.with_(format=fmt)
    shell.say(f"format: {fmt}")


@COMMANDS.command(".timing", args="on|off", help="Show how long each statement took.", complete="onoff")
def timing(shell: Shell, arg: str):
    value = arg.strip().lower()
    if value in ("", "toggle"):
        on = not shell.settings.timing
    elif value in ("on", "true", "1", "yes"):
        on = True
    elif value in ("off", "false", "0", "no"):
        on = False
    else:
        return shell.fail("usage: .timing on|off")
    shell.settings = shell.settings.with_(timing=on)
    shell.say(f"timing: {'on' if on else 'off'}")


@COMMANDS.command(".output", args="[FILE]", help="Also write results to FILE (appending); alone: stop.",
                  complete="file")
def output(shell: Shell, arg: str):
    path = _name(arg)
    if not path:
        stopped = shell.out.stop_tee()
        shell.say(f"stopped writing to {stopped}" if stopped else "results go to the screen only")
        return
    try:
        shell.out.start_tee(os.path.expanduser(path))
    except OSError as exc:
        return shell.fail(f"cannot write {path}: {exc.strerror or exc}")
    shell.say(f"writing results to {path} too")


# -- entities ----------------------------------------------------------------

@COMMANDS.command(".describe", args="NAME|IRI",
                  help="An actor or place: types, names, Wikidata, coordinates, articles, claims, centrality.",
                  complete="entity")
def describe(shell: Shell, arg: str):
    from kg.lookup import describe as _describe

    name = _name(arg)
    if not name:
        return shell.fail("usage: .describe NAME|IRI")
    matches = _find(shell, name)
    if not matches:
        return _not_found(shell, name)
    d = shell.call(lambda: _describe(shell.store, matches[0].iri))
    if d is None:
        return _not_found(shell, name)
    _show(shell, lambda: reports.describe_text(d, _prefixes(shell), others=matches[1:6]),
          lambda: tables.describe_tables(d))


@COMMANDS.command(".claims", args="NAME|IRI", help="Claims made by and about an actor or place.",
                  complete="entity")
def claims(shell: Shell, arg: str):
    from kg.lookup import claims as _claims

    name = _name(arg)
    if not name:
        return shell.fail("usage: .claims NAME|IRI")
    matches = _find(shell, name)
    if not matches:
        return _not_found(shell, name)
    found = shell.call(lambda: _claims(shell.store, matches[0].iri))
    _show(shell, lambda: reports.claims_text(matches[0].name, found, _prefixes(shell)),
          lambda: tables.claims_table(found))


@COMMANDS.command(".compare", args="NAME|IRI",
                  help="Claims about an actor or place that agree or contradict, by speaker, outlet and date.",
                  complete="entity")
def compare(shell: Shell, arg: str):
    from kg.compare import report
    from kg.compare.text import as_text

    name = _name(arg)
    if not name:
        return shell.fail("usage: .compare NAME|IRI")
    matches = _find(shell, name)
    if not matches:
        return _not_found(shell, name)
    c = shell.call(lambda: report(shell.store, matches[0].iri))
    _show(shell, lambda: as_text(c, name=matches[0].name, prefixes=_prefixes(shell)),
          lambda: tables.compare_tables(c))


@COMMANDS.command(".why", args="IRI|NAME",
                  help="The article, sentence and character span behind a claim or mention "
                       "(for an actor or place: its first mentions).", complete="entity")
def why(shell: Shell, arg: str):
    from kg.lookup import why as _why

    text = _name(arg)
    if not text:
        return shell.fail("usage: .why IRI (a claim, mention or quantity; or an actor's name)")
    node = iri_term(text, prefixes=_prefixes(shell))
    if node is None:
        matches = _find(shell, text)
        if not matches:
            return _not_found(shell, text)
        iri = matches[0].iri
    else:
        iri = node.value
    found = shell.call(lambda: _why(shell.store, iri))
    if not found:
        return shell.fail(f"nothing in the store traces {V.shorten(iri, _prefixes(shell))} "
                          "back to a text span (give a claim, mention or quantity)")
    _show(shell, lambda: reports.evidence_text(found, _prefixes(shell)), lambda: tables.evidence_table(found))


@COMMANDS.command(".top", args="[MEASURE] [N] [TYPE]",
                  help="The most central actors and places (pagerank by default; 'mentions' counts mentions).",
                  complete="measure")
def top(shell: Shell, arg: str):
    from kg.lookup import measure_local, top as _top

    measure, n, cls = "pagerank", 10, None
    known = set(shell.catalog.get().measures) | {"mentions", "pagerank", "betweenness", "degree",
                                                 "weighted-degree", "eigenvector", "closeness"}
    for a in split_args(arg):
        word = a.text
        if word.isdigit():
            n = int(word)
        elif word in known or measure_local(word) in known:
            measure = word
        elif word.lower() in _CLASS_WORDS:
            cls = _CLASS_WORDS[word.lower()]
        elif iri_term(word, prefixes=_prefixes(shell)) is not None:
            cls = iri_term(word, prefixes=_prefixes(shell)).value
        else:
            return shell.fail(f"{word!r} is neither a measure ({', '.join(sorted(known))}), "
                              f"a count nor a type (Person, Organization, Place, ...)")
    if n < 1:
        return shell.fail("N must be at least 1")
    result = shell.call(lambda: _top(shell.store, measure=measure, n=n, cls=cls))
    _show(shell, lambda: reports.top_text(result, _prefixes(shell)), lambda: tables.top_table(result))


@COMMANDS.command(".view", args="NAME|QUERY [FILE.html]",
                  help="Write an HTML graph view around an actor or place, or of a query's result "
                       "(to NAME.html here unless FILE.html is given).",
                  complete="entity")
def view(shell: Shell, arg: str):
    try:
        from kg.views import ViewError, render_view
    except ImportError:
        return shell.fail("graph views are not available in this installation (kg.views is missing)")
    text = arg.strip()
    if not text:
        return shell.fail("usage: .view NAME|QUERY [FILE.html]")
    target = None
    head, _, last = text.rpartition(" ")
    if head and last.lower().endswith((".html", ".htm")):
        text, target = head.strip(), os.path.expanduser(last)
    is_query = operation(text) is not None
    added: list[str] = []
    try:
        if is_query:
            full, added = add_missing_prefixes(text, shell.settings.prefixes)
            v = shell.call(lambda: render_view(shell.store, query=full))
            stem = "query"
        else:
            name = _name(text)
            v = shell.call(lambda: render_view(shell.store, entity=name))
            stem = V.slug(name)
        path = v.write(target or f"{stem}.html")
    except ViewError as exc:
        return shell.fail(str(exc))
    except QueryError as exc:
        from .formatting import format_error

        return shell.fail(format_error(exc, line_offset=len(added)))
    except OSError as exc:
        return shell.fail(f"cannot write the view: {exc.strerror or exc}")
    shell.say(f"wrote {path} ({v.nodes} nodes, {v.edges} edges): {v.caption}")
    for note in v.notes:
        shell.say(f"  {note}")


# -- named queries ----------------------------------------------------------------

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
        _show(shell, lambda: reports.queries_text(queries), lambda: tables.queries_table(queries))
        return
    name, rest = args[0].text, args[1:]
    query = queries.get(name)
    if query is None:
        return shell.fail(f"no named query {name!r}; .q lists them")
    prefixes = _prefixes(shell)
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
    target = _name(arg)
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
