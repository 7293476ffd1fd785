"""Query results and errors as text: a pure function of the result and the settings.

>>> import pyoxigraph as ox
>>> from kg.store.base import QueryResult
>>> r = QueryResult("select", ["e", "name"], [(ox.NamedNode("http://kg.example/entity/isis"), ox.Literal("ISIS"))])
>>> print(format_output(r, Settings()), end="")
?e       | ?name
----------+-------
ent:isis | ISIS
(1 row)
>>> print(format_output(r, Settings(format="vertical")), end="")
-[ RECORD 1 ]----
e    | ent:isis
name | ISIS
(1 row)
"""

from __future__ import annotations

from typing import Mapping

from kg import vocab as V
from kg.results import render, serialize_triples, term_text, to_table
from kg.sparql_errors import error_text
from kg.store.base import QueryError, QueryResult
from kg.terminal import plural, printable

from .settings import FORMATS, Settings


def to_vertical(result: QueryResult, settings: Settings) -> str:
    """One block per row, ``name | value`` lines (long values are not cut; control characters escaped)."""
    names = result.variables
    width = max((len(v) for v in names), default=0)
    lines: list[str] = []
    for i, row in enumerate(result.rows, 1):
        head = f"-[ RECORD {i} ]"
        lines.append(head + "-" * max(4, width + 12 - len(head)))
        for var, term in zip(names, row):
            text = printable(term_text(term, prefixes=settings.prefixes), keep="\n")
            pad = " " * width + " | "
            lines.append(f"{printable(var).ljust(width)} | " + text.replace("\n", "\n" + pad))
    lines.append(f"({plural(len(result.rows), 'row')})")
    return "\n".join(lines) + "\n"


def format_output(result: QueryResult, settings: Settings) -> str:
    """``result`` as text in ``settings.format``; CONSTRUCT/DESCRIBE give Turtle (JSON-LD for json)."""
    fmt = settings.format
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if result.kind == "graph":
        if fmt == "json":
            return serialize_triples(result.triples, "jsonld") + "\n"
        text = serialize_triples(result.triples, "turtle", prefixes=dict(settings.prefixes))
        if fmt in ("table", "vertical"):
            text = printable(text, keep="\n") + f"({plural(len(result.triples), 'triple')})\n"
        return text
    if result.kind == "ask" and fmt in ("table", "vertical"):
        return "true\n" if result.boolean else "false\n"
    if fmt == "table":
        return to_table(result, prefixes=dict(settings.prefixes), max_width=settings.max_width)
    if fmt == "vertical":
        return to_vertical(result, settings)
    text = render(result, fmt)
    return text if text.endswith("\n") else text + "\n"


def format_error(exc: QueryError, *, line_offset: int = 0, prefixes: Mapping[str, str] | None = None) -> str:
    """``error: message (line L, column C)`` and the caret picture, for a failed statement.

    The same text as ``kg query`` prints (:func:`kg.sparql_errors.error_text`): the parser's
    complaint in words, the keyword probably meant, positions in what the user typed
    (``line_offset`` lines of added PREFIX declarations left out), control characters escaped.

    >>> e = QueryError("expected [_]", line=2, column=7, query="PREFIX a: <x:>\\nASK {}}")
    >>> print(format_error(e, line_offset=1), end="")
    error: '}' closes nothing (line 1, column 7)
    ASK {}}
          ^
    """
    return "error: " + error_text(exc, line_offset=line_offset,
                                  prefixes=V.PREFIXES if prefixes is None else prefixes)


def format_seconds(seconds: float) -> str:
    """``(0.012 s)`` style timing line.

    >>> format_seconds(0.01234)
    'time: 0.012 s'
    """
    return f"time: {seconds:.3f} s"
