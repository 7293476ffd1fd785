"""What a SPARQL request asks for and may do, read by a real parser (rdflib's), never by a lexer.

:func:`inspect` parses a query (or, with ``update=True``, an update) with
rdflib's SPARQL 1.1 grammar, translates a query to its algebra, and walks the
result for what an endpoint must know before running it: the query form,
``SERVICE`` anywhere (sub-queries, ``EXISTS``, ``OPTIONAL``, updates' WHERE),
and ``LOAD``.  Text that is not SPARQL raises :class:`~kg.store.base.QueryError`
with the parser's line and column.

>>> inspect("SELECT (2<'>' AS ?c) ?x WHERE { SERVICE <http://127.0.0.1:9/x> { ?x ?y ?z } } #'")
Inspection(form='select', service=True, load=False)
>>> inspect('SELECT * { ?s ?p "SERVICE <http://x/> { }" } # SERVICE')
Inspection(form='select', service=False, load=False)
>>> inspect("DROP ALL")
Inspection(form='update', service=False, load=False)
>>> inspect("LOAD <http://x/data.ttl>", update=True)
Inspection(form='update', service=False, load=True)

The parser is pure Python and can be slow on long or odd text: run it where
it can be stopped (a query worker, :mod:`kg.query_runner`), under the same
time limit as the query.  rdflib is imported on first use only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .store.base import QueryError

_FORMS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct",
          "DescribeQuery": "describe"}


@dataclass(frozen=True)
class Inspection:
    """``form``: select, ask, construct, describe or update; ``service``: calls SERVICE;
    ``load``: an update that LOADs a document from a URL."""

    form: str
    service: bool
    load: bool

    @property
    def reaches_out(self) -> bool:
        """Whether running it would fetch something from the network."""
        return self.service or self.load


def _walk(root) -> tuple[set[str], int]:
    """Names of every parse or algebra node under ``root`` (iteratively: no recursion limit)."""
    names: set[str] = set()
    stack, seen = [root], 0
    while stack:
        node = stack.pop()
        seen += 1
        if isinstance(node, str):  # rdflib terms are str too
            continue
        name = getattr(node, "name", None)
        if isinstance(name, str):
            names.add(name)
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, set, frozenset)):
            stack.extend(node)
        elif hasattr(node, "as_list") and callable(node.as_list):  # pyparsing ParseResults
            stack.extend(node)
    return names, seen


_AT = re.compile(r"\s*\(at char \d+\), \(line:\d+, col:\d+\)\s*$")

_ESCAPE = re.compile(r"\\(?:\\|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))?")
_BACKSLASH = "\\U0000005C"  # a backslash, as rdflib's escape pass reads it back


def _for_rdflib(text: str) -> str:
    r"""``text`` as rdflib must get it to read what Oxigraph reads.

    rdflib expands ``\u`` escapes over the whole text before parsing, blind to an
    escaped backslash: ``"\\u0041"`` (a backslash, then ``u0041``) would become
    ``"\A"``, and ``\U`` with four digits a character.  So escapes are expanded
    here, an escaped backslash first, and every backslash left is written so that
    rdflib's pass gives it back and nothing else.  (Outside strings and IRIs, where
    Oxigraph expands nothing, an escape still counts: ``SERV\u0049CE`` is SERVICE.)

    >>> _for_rdflib('"\\\\u0041" \\u0041') == '"' + _BACKSLASH * 2 + 'u0041" A'
    True
    """
    def replace(m: re.Match) -> str:
        digits = m.group(1) or m.group(2)
        if digits is not None and int(digits, 16) <= 0x10FFFF:
            char = chr(int(digits, 16))
            return _BACKSLASH if char == "\\" else char
        return m.group(0).replace("\\", _BACKSLASH)

    return _ESCAPE.sub(replace, text)


def _error(exc: Exception, text: str) -> QueryError:
    line = getattr(exc, "lineno", None)
    col = getattr(exc, "col", None)
    message = _AT.sub("", str(exc)).strip() or "syntax error"
    return QueryError(f"syntax error: {message}", line=line, column=col, query=text)


def inspect(text: str, *, update: bool = False) -> Inspection:
    """The form of ``text`` and whether it reaches out (SERVICE, LOAD); QueryError when not SPARQL.

    A query is read first as a query, then as an update (so that an update
    sent as a query is recognized as one); ``update=True`` reads an update only.
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql import algebra, parser

    try:
        if not update:
            try:
                parsed = parser.parseQuery(_for_rdflib(text))
            except ParseException as exc:
                try:
                    parser.parseUpdate(_for_rdflib(text))
                except (ParseException, RecursionError):
                    raise exc from None
                update = True
            else:
                query = algebra.translateQuery(parsed)
                names, _ = _walk(query.algebra)
                form = _FORMS.get(query.algebra.name, query.algebra.name.lower())
                return Inspection(form, "ServiceGraphPattern" in names, False)
        # The parse tree of an update, not its algebra: rdflib's translateUpdate
        # takes seconds on a 100 KB INSERT DATA; SERVICE and LOAD are nodes of both.
        names, _ = _walk(parser.parseUpdate(_for_rdflib(text)))
        return Inspection("update", "ServiceGraphPattern" in names, "Load" in names)
    except ParseException as exc:
        raise _error(exc, text) from None
    except RecursionError:
        raise QueryError("the query is nested too deeply to be read", query=text) from None
    except Exception as exc:  # noqa: BLE001 - the translator's own complaints (e.g. bad aggregates)
        raise QueryError(f"invalid query: {type(exc).__name__}: {exc}".splitlines()[0], query=text) from None


__all__ = ["Inspection", "inspect"]
