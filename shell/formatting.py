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

from kg.results import render, serialize_triples, term_text, to_table
from kg.store.base import QueryError, QueryResult

from .settings import FORMATS, Settings


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def to_vertical(result: QueryResult, settings: Settings) -> str:
    """One block per row, ``name | value`` lines (long values are not cut)."""
    names = result.variables
    width = max((len(v) for v in names), default=0)
    lines: list[str] = []
    for i, row in enumerate(result.rows, 1):
        head = f"-[ RECORD {i} ]"
        lines.append(head + "-" * max(4, width + 12 - len(head)))
        for var, term in zip(names, row):
            text = term_text(term, prefixes=settings.prefixes)
            pad = " " * width + " | "
            lines.append(f"{var.ljust(width)} | " + text.replace("\n", "\n" + pad))
    lines.append(f"({_plural(len(result.rows), 'row')})")
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
            text += f"({_plural(len(result.triples), 'triple')})\n"
        return text
    if result.kind == "ask" and fmt in ("table", "vertical"):
        return "true\n" if result.boolean else "false\n"
    if fmt == "table":
        return to_table(result, prefixes=dict(settings.prefixes), max_width=settings.max_width)
    if fmt == "vertical":
        return to_vertical(result, settings)
    text = render(result, fmt)
    return text if text.endswith("\n") else text + "\n"


def format_error(exc: QueryError, *, line_offset: int = 0) -> str:
    """``error: message (line L, column C)`` and the caret picture, for a failed statement.

    ``line_offset`` is the number of lines the shell put in front of what the
    user typed (added PREFIX declarations); positions are shown in the user's text.

    >>> e = QueryError("unexpected '}'", line=2, column=5, query="PREFIX a: <x:>\\nASK {}}")
    >>> print(format_error(e, line_offset=1), end="")
    error: unexpected '}' (line 1, column 5)
    ASK {}}
        ^
    """
    line = exc.line
    query = exc.query
    if line is not None and line_offset and query is not None:
        if line > line_offset:
            line -= line_offset
            query = "\n".join(query.splitlines()[line_offset:])
        else:
            line = None
    shown = QueryError(exc.message, line=line, column=exc.column if line else None, query=query)
    out = f"error: {shown}\n"
    caret = shown.caret()
    if caret:
        out += caret + "\n"
    return out


def format_seconds(seconds: float) -> str:
    """``(0.012 s)`` style timing line.

    >>> format_seconds(0.01234)
    'time: 0.012 s'
    """
    return f"time: {seconds:.3f} s"
