r"""SPARQL text as tokens: the one tokenizer of kg, its keywords, and what a statement is.

The tokenizer knows SPARQL's strings, IRIs, comments, variables, language
tags and prefixed names, so a keyword inside any of them is never taken for a
keyword; and it copes with half-typed text (an open string, a partial IRI),
so the same tokens answer the shell ("may Enter run this?", "where is the
cursor?"), error messages, kg's own query rewriting (:mod:`kg.sparql_text`)
and the remote store.  It decides nothing about untrusted text: what a
client's query may do is read by a real parser (:mod:`kg.sparql_parse`).
Every pattern is bounded, so scanning is linear in the text.

>>> [(t.kind, t.text) for t in tokens('?s a schema:Person. "x')]
[('var', '?s'), ('ws', ' '), ('word', 'a'), ('ws', ' '), ('pname', 'schema:Person'), ('punct', '.'), ('ws', ' '), ('open', '"x')]
>>> form('PREFIX s: <http://schema.org/> SELECT * WHERE { ?x s:name "SERVICE" }')
'select'
>>> operation('DELETE WHERE { ?s ?p ?o }'), form('DELETE WHERE { ?s ?p ?o }')
('update', 'delete')
>>> add_missing_prefixes("SELECT * { ?p a schema:Person }", {"schema": "http://schema.org/"})
('PREFIX schema: <http://schema.org/>\nSELECT * { ?p a schema:Person }', ['schema'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Mapping

from . import vocab as V

_TOKEN = re.compile(r"""
  (?P<ws>\s+)
| (?P<comment>\#[^\n\r]*)
| (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
            |\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
            |'(?:[^'\\\n\r]|\\.)*'
            |"(?:[^"\\\n\r]|\\.)*")
| (?P<open>'''(?:[^'\\]|\\.|'(?!''))*\\?\Z
          |\"\"\"(?:[^"\\]|\\.|"(?!""))*\\?\Z
          |'(?:[^'\\\n\r]|\\.)*\\?(?:\r?\n|\r|\Z)
          |"(?:[^"\\\n\r]|\\.)*\\?(?:\r?\n|\r|\Z))
| (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
| (?P<openiri><[^<>"{}|^`\\\x00-\x20]*\Z)
| (?P<var>[?$]\w*)
| (?P<bnode>_:(?:[\w.\-]*\w)?)
| (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
| (?P<pname>(?:[^\W\d_][\w.\-]{0,63})?:(?:[\w.\-:]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?\#@%])*(?<!\.))
| (?P<word>[^\W\d]\w*)
| (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
| (?P<punct>\^\^|&&|\|\||!=|<=|>=|.)
""", re.VERBOSE | re.DOTALL)

QUERY_FORMS = frozenset(("select", "construct", "describe", "ask"))
UPDATE_FORMS = frozenset(("insert", "delete", "load", "clear", "create", "drop", "copy", "move",
                          "add", "with"))

#: SPARQL keywords, as completion offers them (and error messages suggest them).
KEYWORDS = tuple("""
    SELECT DISTINCT REDUCED AS WHERE FROM NAMED PREFIX BASE CONSTRUCT DESCRIBE ASK
    ORDER BY ASC DESC GROUP HAVING LIMIT OFFSET VALUES FILTER OPTIONAL UNION MINUS GRAPH
    SERVICE SILENT BIND UNDEF NOT EXISTS IN INSERT DELETE DATA WITH USING DEFAULT ALL
    LOAD CLEAR DROP CREATE ADD MOVE COPY TO INTO LATERAL SEPARATOR true false
""".split())

#: SPARQL functions (built-in calls and aggregates).
FUNCTIONS = tuple("""
    COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT STR LANG LANGMATCHES DATATYPE BOUND IRI URI
    BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE ENCODE_FOR_URI CONTAINS
    STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE TZ
    NOW UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT sameTerm
    isIRI isURI isBLANK isLITERAL isNUMERIC REGEX SUBSTR REPLACE
    TRIPLE SUBJECT PREDICATE OBJECT isTRIPLE LANGDIR STRLANGDIR hasLANG hasLANGDIR ADJUST
""".split())


@dataclass(frozen=True)
class Token:
    """``kind``: ws comment string open iri openiri var bnode langtag pname word number punct."""

    kind: str
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def word(self) -> str:
        """The lower-cased keyword, or '' when the token is not a bare word."""
        return self.text.lower() if self.kind == "word" else ""


def tokens(text: str) -> Iterator[Token]:
    """Tokens of ``text``, blanks and comments included; never fails (an unterminated
    string is one ``open`` token, a partial IRI one ``openiri``)."""
    for m in _TOKEN.finditer(text):
        yield Token(m.lastgroup, m.group(), m.start())


def significant(text: str) -> list[Token]:
    """Tokens other than blanks and comments.

    >>> [t.text for t in significant('ASK { <a> ?b "c}" } # }')]
    ['ASK', '{', '<a>', '?b', '"c}"', '}']
    """
    return [t for t in tokens(text) if t.kind not in ("ws", "comment")]


def form(text: str) -> str | None:
    """The first query form or update word (lower case), skipping the prologue; None if none.

    >>> form("PREFIX s: <http://s/> # SELECT\\nask { }")
    'ask'
    """
    for t in significant(text):
        if t.kind == "word":
            w = t.text.lower()
            if w in QUERY_FORMS or w in UPDATE_FORMS:
                return w
            if w not in ("prefix", "base"):
                return None
        elif t.kind not in ("pname", "iri"):
            return None
    return None


def operation(text: str) -> str:
    """``select``/``construct``/``describe``/``ask``, ``update``, or '' when unknown."""
    f = form(text)
    return "update" if f in UPDATE_FORMS else (f or "")


def is_update(text: str) -> bool:
    return form(text) in UPDATE_FORMS


# -- prefixes ----------------------------------------------------------------

def declared_prefixes(text: str) -> dict[str, str]:
    """``PREFIX p: <ns>`` declarations of ``text``.

    >>> declared_prefixes("PREFIX ex: <http://ex.example/>\\nprefix : <urn:x:> SELECT * {}")
    {'ex': 'http://ex.example/', '': 'urn:x:'}
    """
    sig = significant(text)
    out: dict[str, str] = {}
    for i, t in enumerate(sig[:-2]):
        if t.kind == "word" and t.text.lower() == "prefix" and sig[i + 1].kind == "pname" \
                and sig[i + 1].text.endswith(":") and sig[i + 2].kind == "iri":
            out[sig[i + 1].text[:-1]] = sig[i + 2].text[1:-1]
    return out


def used_prefixes(text: str) -> list[str]:
    """Prefixes of the prefixed names used (outside declarations), in order of first use."""
    sig = significant(text)
    seen: list[str] = []
    for i, t in enumerate(sig):
        if t.kind != "pname":
            continue
        if i > 0 and sig[i - 1].kind == "word" and sig[i - 1].text.lower() == "prefix":
            continue
        prefix = t.text.split(":", 1)[0]
        if prefix not in seen:
            seen.append(prefix)
    return seen


def add_missing_prefixes(text: str, known: Mapping[str, str]) -> tuple[str, list[str]]:
    """``text`` with ``PREFIX`` lines for known prefixes it uses without declaring.

    Returns the new text and the prefixes added (each added line shifts the
    query down by one line).
    """
    declared = declared_prefixes(text)
    missing = [p for p in used_prefixes(text) if p not in declared and p in known]
    if not missing:
        return text, []
    return V.sparql_prefixes({p: known[p] for p in missing}) + text, missing


def variables(text: str) -> list[str]:
    """Variable names used in ``text`` (without ``?``), in order of first use."""
    seen: list[str] = []
    for t in tokens(text):
        if t.kind == "var" and len(t.text) > 1 and t.text[1:] not in seen:
            seen.append(t.text[1:])
    return seen
