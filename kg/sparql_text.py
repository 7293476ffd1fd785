r"""Rewriting SPARQL text kg writes itself: where bindings go, VALUES blocks.

Tokens come from the one tokenizer, :mod:`kg.sparql_tokens`; this module
decides nothing about untrusted text: what a client's query may do is read
by a real parser (:mod:`kg.sparql_parse`).

:func:`with_values` binds variables by inline data written from RDF terms
(never from user text), at the start of the query's WHERE group:

>>> import pyoxigraph as ox
>>> with_values('SELECT ?n WHERE { ?a ?p ?n }', {"a": ox.NamedNode("http://x/a")})
'SELECT ?n WHERE { VALUES (?a) { (<http://x/a>) } ?a ?p ?n }'
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Mapping

import pyoxigraph as ox

from .sparql_tokens import QUERY_FORMS, UPDATE_FORMS, Token, significant

_MODIFIERS = frozenset(("group", "having", "order", "limit", "offset", "values"))


_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def values_clause(bindings: Mapping[str, object]) -> str:
    """``VALUES (?a ?b) { (<x> "y") }`` from variable names and IRIs or literals.

    >>> values_clause({"n": ox.Literal('say "hi"\\n', language="en")})
    'VALUES (?n) { ("say \\\\"hi\\\\"\\\\n"@en) }'
    """
    names, cells = [], []
    for name, term in bindings.items():
        if not isinstance(name, str) or not _VARNAME.fullmatch(name):
            raise ValueError(f"not a variable name: {name!r}")
        if not isinstance(term, (ox.NamedNode, ox.Literal)):
            kind = type(term).__name__
            raise ValueError(f"?{name}: only IRIs and literals can be bound over the protocol, not {kind}")
        names.append(f"?{name}")
        cells.append(str(term))  # the N-Triples form: escaped by pyoxigraph
    return f"VALUES ({' '.join(names)}) {{ ({' '.join(cells)}) }}"


def values_blocks(var: str, iris: Iterable[str], *, chunk: int = 500) -> Iterator[str]:
    """``VALUES ?var { ... }`` blocks of at most ``chunk`` IRIs each, written as escaped terms.

    A text that is not an IRI is left out.

    >>> list(values_blocks("e", ["http://x/a", "not an iri", "http://x/b"], chunk=1))
    ['VALUES ?e { <http://x/a> }', 'VALUES ?e { <http://x/b> }']
    """
    terms: list[str] = []
    for iri in iris:
        try:
            terms.append(str(ox.NamedNode(iri)))
        except ValueError:
            continue
        if len(terms) >= chunk:
            yield f"VALUES ?{var} {{ {' '.join(terms)} }}"
            terms = []
    if terms:
        yield f"VALUES ?{var} {{ {' '.join(terms)} }}"


def _matching(toks: list[Token], i: int) -> int:
    """Index of the token closing the bracket opened at ``toks[i]`` (or len(toks))."""
    opening = toks[i].text
    closing = {"{": "}", "(": ")", "[": "]"}[opening]
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].text == opening and toks[j].kind == "punct":
            depth += 1
        elif toks[j].text == closing and toks[j].kind == "punct":
            depth -= 1
            if depth == 0:
                return j
    return len(toks)


def with_values(query: str, bindings: Mapping[str, object] | None) -> str:
    """``query`` with ``bindings`` written in as RDF terms, seen everywhere in the WHERE group.

    A variable is bound by a ``VALUES`` block at the start of the query's
    WHERE group, so the group's FILTERs and the aggregates see its value.  A
    variable the query assigns itself cannot be bound before its assignment:
    one assigned inside the WHERE group (``BIND(… AS ?v)``, a sub-select) is
    tested by a ``FILTER(sameTerm(?v, term))`` at the end of the group
    (``?v = "text"`` for a plain string, which means the same).
    Raises ValueError for a variable assigned by the top-level SELECT or
    GROUP BY (``(COUNT(*) AS ?n)``), a bad variable name, a blank node, or
    text that is not a query.

    >>> with_values('SELECT ?n WHERE { ?a ?p ?n }', {"a": ox.NamedNode("http://x/a")})
    'SELECT ?n WHERE { VALUES (?a) { (<http://x/a>) } ?a ?p ?n }'
    >>> with_values('CONSTRUCT FROM <g:1> WHERE { ?s ?p ?o }', {"s": ox.NamedNode("http://x/s")})
    'CONSTRUCT { ?s ?p ?o } FROM <g:1> WHERE { VALUES (?s) { (<http://x/s>) } ?s ?p ?o }'
    >>> with_values('DESCRIBE ?s LIMIT 1', {"s": ox.NamedNode("http://x/s")})
    'DESCRIBE ?s WHERE { VALUES (?s) { (<http://x/s>) } } LIMIT 1'
    >>> with_values('SELECT ?s { ?s ?p ?o BIND(IRI(?o) AS ?k) }', {"k": ox.NamedNode("http://x/o")})
    'SELECT ?s { ?s ?p ?o BIND(IRI(?o) AS ?k) FILTER(sameTerm(?k, <http://x/o>)) }'
    """
    if not bindings:
        return query
    values_clause(bindings)  # validates every name and term first
    text = _long_construct(query)
    toks = significant(text)
    form_at = next((i for i, t in enumerate(toks) if t.word() in QUERY_FORMS or t.word() in UPDATE_FORMS), None)
    if form_at is None or toks[form_at].word() not in QUERY_FORMS:
        raise ValueError("bindings apply to SELECT, ASK, CONSTRUCT and DESCRIBE queries only")
    group = _where_group(toks, form_at)
    inside, outside = set(), set()
    for k in range(1, len(toks)):
        if toks[k - 1].word() == "as" and toks[k].kind == "var":
            within = group is not None and group[0] < k < group[1]
            (inside if within else outside).add(toks[k].text[1:])
    if group is not None:
        hidden = _scoped_out(toks, group, bindings)
        if hidden:
            raise ValueError(f"?{hidden[0]} is used only inside a sub-SELECT that does not return it, "
                             f"so a binding cannot reach it (add it to that SELECT's variables)")
    start = {n: t for n, t in bindings.items() if n not in inside and n not in outside}
    tested = {n: t for n, t in bindings.items() if n in inside}
    computed = sorted(n for n in bindings if n in outside and n not in inside)
    if computed:
        raise ValueError(f"?{computed[0]} is computed by the query's SELECT or GROUP BY and cannot be bound")
    if group is None:  # DESCRIBE without WHERE: give it one
        at = next((toks[k].start for k in range(form_at + 1, len(toks)) if toks[k].word() in _MODIFIERS),
                  None)
        where = f"WHERE {{ {values_clause(start)} }}" if start else "WHERE { }"
        text = f"{text.rstrip()} {where}" if at is None else f"{text[:at]}{where} {text[at:]}"
    else:
        open_at, close_at = toks[group[0]].end, toks[group[1]].start if group[1] < len(toks) else len(text)
        head, body, tail = text[:open_at], text[open_at:close_at], text[close_at:]
        if tested:
            tests = " && ".join(_same(n, t) for n, t in tested.items())
            body = f"{body.rstrip()} FILTER({tests}) "
        if start:
            body = f" {values_clause(start)} {body.lstrip()}"
        text = head + body + tail
    return text


def _scoped_out(toks: list[Token], group: tuple[int, int], names) -> list[str]:
    """Of ``names``, those the WHERE group uses only inside sub-SELECTs that do not return them.

    A sub-SELECT is a scope of its own: outside it only its projected
    variables exist, so a value bound at the start of the group never meets
    the others.

    >>> q = 'SELECT ?x { { SELECT ?x { ?x ?p ?n } } }'
    >>> toks = significant(q)
    >>> _scoped_out(toks, (2, len(toks) - 1), ["n", "x"])
    ['n']
    >>> q = 'SELECT ?x { { SELECT * { ?x ?p ?n } } }'
    >>> toks = significant(q)
    >>> _scoped_out(toks, (2, len(toks) - 1), ["n"])
    []
    """
    lo, hi = group
    visible: set[str] = set()
    hidden: set[str] = set()
    k = lo + 1
    while k < hi:
        t = toks[k]
        if t.word() == "select":
            end = _matching(toks, k - 1) if toks[k - 1].text == "{" else hi
            j, depth, projected, star = k + 1, 0, set(), False
            while j < end:
                tj = toks[j]
                if tj.kind == "punct" and tj.text == "(":
                    depth += 1
                elif tj.kind == "punct" and tj.text == ")":
                    depth -= 1
                elif depth == 0 and (tj.word() == "where" or (tj.kind == "punct" and tj.text == "{")):
                    break
                elif depth == 0 and tj.kind == "punct" and tj.text == "*":
                    star = True
                if tj.kind == "var":
                    projected.add(tj.text[1:])
                j += 1
            used = {toks[i].text[1:] for i in range(k + 1, end) if toks[i].kind == "var"}
            if star:
                visible |= used
            else:
                visible |= projected
                hidden |= used - projected
            k = end + 1
            continue
        if t.kind == "var":
            visible.add(t.text[1:])
        k += 1
    return sorted(n for n in names if n in hidden and n not in visible)


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _same(name: str, term) -> str:
    """A test that ``?name`` is ``term``: ``sameTerm``, or ``=`` for plain strings (the same
    thing there, and the form Virtuoso answers for computed strings)."""
    if isinstance(term, ox.Literal) and not term.language and term.datatype.value == _XSD_STRING:
        return f"?{name} = {term}"
    return f"sameTerm(?{name}, {term})"


def _long_construct(query: str) -> str:
    """``CONSTRUCT WHERE { P }`` written as ``CONSTRUCT { P } WHERE { P }``; other text as it is."""
    toks = significant(query)
    for i, t in enumerate(toks):
        if t.word() in QUERY_FORMS or t.word() in UPDATE_FORMS:
            break
    else:
        return query
    if t.word() != "construct":
        return query
    j = i + 1
    while j < len(toks) and (toks[j].word() in ("from", "named") or
                             (toks[j].kind in ("iri", "pname") and toks[j - 1].word() in ("from", "named"))):
        j += 1
    if j + 1 < len(toks) and toks[j].word() == "where" and toks[j + 1].text == "{":
        end = _matching(toks, j + 1)
        if end < len(toks):
            body = query[toks[j + 1].end:toks[end].start]
            return f"{query[:t.end]} {{{body}}}{query[t.end:]}"
    return query


def _where_group(toks: list[Token], form_at: int) -> tuple[int, int] | None:
    """Token indexes of the braces of the query's WHERE group (None for a DESCRIBE without one)."""
    i = form_at + 1
    if toks[form_at].word() == "construct":  # the template comes first
        while i < len(toks) and toks[i].text != "{":
            i += 1
        i = _matching(toks, i) + 1 if i < len(toks) else i
    depth = 0
    for k in range(i, len(toks)):
        t = toks[k]
        if t.kind != "punct":
            continue
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif t.text == "{" and depth == 0:
            return k, _matching(toks, k)
    if toks[form_at].word() == "describe":
        return None
    raise ValueError("no WHERE group found in the query")
