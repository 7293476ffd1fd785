r"""Lexical facts about SPARQL text: what it asks for, whether it federates, where data goes.

A small tokenizer that knows SPARQL's strings, IRIs, comments, variables,
language tags and prefixed names, so a keyword inside any of them is never
taken for a keyword:

>>> operation('PREFIX s: <http://schema.org/> SELECT * WHERE { ?x s:name "SERVICE" }')
'select'
>>> uses_service('SELECT * { ?service <urn:SERVICE> "service" # SERVICE\n }')
False
>>> uses_service('SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }')
True
>>> operation('DELETE WHERE { ?s ?p ?o }')
'update'

:func:`with_values` binds variables by inline data at the start of the
query's WHERE group, written from RDF terms (never from user text):

>>> import pyoxigraph as ox
>>> with_values('SELECT ?n WHERE { ?a ?p ?n }', {"a": ox.NamedNode("http://x/a")})
'SELECT ?n WHERE { VALUES (?a) { (<http://x/a>) }  ?a ?p ?n }'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Mapping

import pyoxigraph as ox

_TOKEN = re.compile(r"""
  (?P<ws>\s+)
| (?P<comment>\#[^\n\r]*)
| (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
            |\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
            |'(?:[^'\\\n\r]|\\.)*'
            |"(?:[^"\\\n\r]|\\.)*")
| (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
| (?P<var>[?$]\w+)
| (?P<bnode>_:[\w.\-]*\w|_:\w)
| (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
| (?P<pname>(?:[^\W\d_][\w.\-]*)?:(?:[\w.\-:]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?\#@%])*(?<!\.))
| (?P<word>[A-Za-z_]\w*)
| (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
| (?P<punct>\^\^|&&|\|\||!=|<=|>=|.)
""", re.VERBOSE | re.DOTALL)

QUERY_FORMS = ("select", "construct", "describe", "ask")
UPDATE_WORDS = frozenset(
    ("insert", "delete", "load", "clear", "create", "drop", "copy", "move", "add", "with"))
_MODIFIERS = frozenset(("group", "having", "order", "limit", "offset", "values"))


@dataclass(frozen=True)
class Token:
    """One token: ``kind`` is a group name of the tokenizer, ``start``/``end`` index the text."""

    kind: str
    text: str
    start: int
    end: int

    def word(self) -> str:
        """The lower-cased keyword, or '' when the token is not a bare word."""
        return self.text.lower() if self.kind == "word" else ""


def tokens(text: str) -> Iterator[Token]:
    """Significant tokens of ``text`` (no whitespace, no comments).

    >>> [t.text for t in tokens('ASK { <a> ?b "c}" } # }')]
    ['ASK', '{', '<a>', '?b', '"c}"', '}']
    """
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        yield Token(kind, m.group(), m.start(), m.end())


def operation(text: str) -> str:
    """``select``/``construct``/``describe``/``ask``, ``update``, or '' when unknown."""
    for tok in tokens(text):
        w = tok.word()
        if w in ("prefix", "base") or tok.kind in ("iri", "pname"):
            continue
        if w in QUERY_FORMS:
            return w
        if w in UPDATE_WORDS:
            return "update"
        return ""
    return ""


def uses_service(text: str) -> bool:
    """Whether the text calls a ``SERVICE`` (a federated query)."""
    return any(tok.word() == "service" for tok in tokens(text))


_VARNAME = re.compile(r"\w+")


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
    """``query`` with ``bindings`` as inline data at the start of its WHERE group.

    Raises ValueError for a bad variable name, a blank node, or text that is
    not a query.

    >>> with_values('CONSTRUCT WHERE { ?s ?p ?o }', {"s": ox.NamedNode("http://x/s")})
    'CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { (<http://x/s>) }  ?s ?p ?o }'
    >>> with_values('DESCRIBE ?s LIMIT 1', {"s": ox.NamedNode("http://x/s")})
    'DESCRIBE ?s WHERE { VALUES (?s) { (<http://x/s>) } } LIMIT 1'
    """
    if not bindings:
        return query
    clause = values_clause(bindings)
    toks = list(tokens(query))
    form_at = next((i for i, t in enumerate(toks) if t.word() in QUERY_FORMS + tuple(UPDATE_WORDS)), None)
    if form_at is None or toks[form_at].word() not in QUERY_FORMS:
        raise ValueError("bindings apply to SELECT, ASK, CONSTRUCT and DESCRIBE queries only")
    form = toks[form_at].word()
    i = form_at + 1
    if form == "construct":
        # skip dataset clauses, then: a template (long form) or WHERE { ... } (short form)
        while i < len(toks) and toks[i].word() in ("from", "named") or (
                i < len(toks) and toks[i].kind in ("iri", "pname") and toks[i - 1].word() in ("from", "named")):
            i += 1
        if i < len(toks) and toks[i].word() == "where":
            j = i + 1
            if j < len(toks) and toks[j].text == "{":
                end = _matching(toks, j)
                body = query[toks[j].end:toks[end].start] if end < len(toks) else query[toks[j].end:]
                tail = query[toks[end].end:] if end < len(toks) else ""
                return (f"{query[:toks[i].start]}{{{body}}} WHERE {{ {clause} {body}}}{tail}")
        if i < len(toks) and toks[i].text == "{":
            i = _matching(toks, i) + 1
    depth = 0
    for k in range(i, len(toks)):
        t = toks[k]
        if t.kind == "punct" and t.text == "(":
            depth += 1
        elif t.kind == "punct" and t.text == ")":
            depth -= 1
        elif t.kind == "punct" and t.text == "{" and depth == 0:
            return f"{query[:t.end]} {clause} {query[t.end:]}"
        elif form == "describe" and depth == 0 and t.word() in _MODIFIERS:
            return f"{query[:t.start]}WHERE {{ {clause} }} {query[t.start:]}"
    if form == "describe":
        return f"{query.rstrip()} WHERE {{ {clause} }}"
    raise ValueError("no WHERE group found in the query")
