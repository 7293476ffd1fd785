r"""Lexical facts about SPARQL text: what it asks for and whether it federates.

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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

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
