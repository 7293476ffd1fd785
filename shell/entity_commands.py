"""Meta-commands about actors and places: .describe, .claims, .compare, .why, .top and .view."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from kg import vocab as V
from kg.lookup import iri_term
from kg.queries import split_args
from kg.sparql_tokens import add_missing_prefixes, form as operation
from kg.store.base import QueryError

from . import reports, tables
from .meta import CLASS_WORDS, COMMANDS, find_entity, name_arg, not_found, prefixes_of, show

if TYPE_CHECKING:
    from .core import Shell

#: Claims of every act (beliefs and findings too) when an argument ends with this flag.
ALL_ACTS = "--all"


def _acts(arg: str) -> tuple[str, bool]:
    """The argument without a trailing ``--all``, and whether it was there.

    >>> _acts("Donald Trump --all"), _acts("ISIS")
    (('Donald Trump', True), ('ISIS', False))
    """
    text = arg.rstrip()
    if text == ALL_ACTS or text.endswith(" " + ALL_ACTS):
        return text[: -len(ALL_ACTS)].rstrip(), True
    return arg, False


def _entity(shell: Shell, arg: str, command: str):
    """``(name, entities it names best first, --all given)`` of a NAME|IRI [--all]
    argument, or None once the usage or a not-found error is printed."""
    arg, every = _acts(arg)
    name = name_arg(arg)
    if not name:
        shell.fail(f"usage: {command} NAME|IRI")
        return None
    matches = find_entity(shell, name)
    if not matches:
        not_found(shell, name)
        return None
    return name, matches, every


@COMMANDS.command(".describe", args="NAME|IRI [--all]",
                  help="An actor or place: types, names, Wikidata, coordinates, articles, claims "
                       "(statements; --all: beliefs and findings too), centrality.",
                  complete="entity")
def describe(shell: Shell, arg: str):
    from kg.lookup import describe as _describe

    got = _entity(shell, arg, ".describe")
    if got is None:
        return False
    name, matches, every = got
    d = shell.call(lambda: _describe(shell.store, matches[0].iri, acts=None if every else ("Statement",)))
    if d is None:
        return not_found(shell, name)
    show(shell, lambda: reports.describe_text(d, prefixes_of(shell), others=matches[1:6]),
          lambda: tables.describe_tables(d))


@COMMANDS.command(".claims", args="NAME|IRI [--all]",
                  help="Statements made by and about an actor or place (--all: beliefs and findings too).",
                  complete="entity")
def claims(shell: Shell, arg: str):
    from kg.lookup import claims as _claims

    got = _entity(shell, arg, ".claims")
    if got is None:
        return False
    _, matches, every = got
    found = shell.call(lambda: _claims(shell.store, matches[0].iri, acts=None if every else ("Statement",)))
    show(shell, lambda: reports.claims_text(matches[0].name, found, prefixes_of(shell)),
          lambda: tables.claims_table(found))


@COMMANDS.command(".compare", args="NAME|IRI [--all]",
                  help="Statements about an actor or place that agree or contradict, by speaker, "
                       "outlet and date (--all: beliefs and findings too).",
                  complete="entity")
def compare(shell: Shell, arg: str):
    from kg.compare import report
    from kg.compare.text import as_text

    got = _entity(shell, arg, ".compare")
    if got is None:
        return False
    _, matches, every = got
    c = shell.call(lambda: report(shell.store, matches[0].iri, all_acts=every))
    show(shell, lambda: as_text(c, name=matches[0].name, prefixes=prefixes_of(shell)),
          lambda: tables.compare_tables(c))


@COMMANDS.command(".why", args="IRI|NAME",
                  help="The article, sentence and character span behind a claim or mention "
                       "(for an actor or place: its first mentions).", complete="entity")
def why(shell: Shell, arg: str):
    from kg.lookup import why as _why

    text = name_arg(arg)
    if not text:
        return shell.fail("usage: .why IRI (a claim, mention or quantity; or an actor's name)")
    node = iri_term(text, prefixes=prefixes_of(shell))
    if node is None:
        matches = find_entity(shell, text)
        if not matches:
            return not_found(shell, text)
        iri = matches[0].iri
    else:
        iri = node.value
    found = shell.call(lambda: _why(shell.store, iri))
    if not found:
        return shell.fail(f"nothing in the store traces {V.shorten(iri, prefixes_of(shell))} "
                          "back to a text span (give a claim, mention or quantity)")
    show(shell, lambda: reports.evidence_text(found, prefixes_of(shell)), lambda: tables.evidence_table(found))


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
        elif word.lower() in CLASS_WORDS:
            cls = CLASS_WORDS[word.lower()]
        elif iri_term(word, prefixes=prefixes_of(shell)) is not None:
            cls = iri_term(word, prefixes=prefixes_of(shell)).value
        else:
            return shell.fail(f"{word!r} is neither a measure ({', '.join(sorted(known))}), "
                              f"a count nor a type (Person, Organization, Place, ...)")
    if n < 1:
        return shell.fail("N must be at least 1")
    result = shell.call(lambda: _top(shell.store, measure=measure, n=n, cls=cls))
    show(shell, lambda: reports.top_text(result, prefixes_of(shell)), lambda: tables.top_table(result))


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
            name = name_arg(text)
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
