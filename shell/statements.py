r"""SPARQL statements as the shell sees them: tokens, completeness, splitting, prefixes.

A tolerant tokenizer that copes with half-typed text (an open string, a
partial IRI), so that the same code answers "may Enter run this?", "which
prefixes does it use?" and "where is the cursor?".

>>> is_complete("SELECT * WHERE { ?s ?p ?o")
False
>>> is_complete("SELECT * WHERE { ?s ?p ?o }")
True
>>> is_complete('SELECT * WHERE { ?s ?p "}')
False
>>> is_complete(".describe ISIS")
True
>>> split_statements("SELECT * {?s ?p ?o} ;\n.format csv\nASK {?s ?p ?o}\n\nASK {}")
['SELECT * {?s ?p ?o}', '.format csv', 'ASK {?s ?p ?o}', 'ASK {}']
>>> add_missing_prefixes("SELECT * { ?p a schema:Person }", {"schema": "http://schema.org/"})
('PREFIX schema: <http://schema.org/>\nSELECT * { ?p a schema:Person }', ['schema'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Mapping

from kg import vocab as V

_TOKEN = re.compile(r"""
  (?P<ws>\s+)
| (?P<comment>\#[^\n]*)
| (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''
            |\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
            |'(?:[^'\\\n]|\\.)*'
            |"(?:[^"\\\n]|\\.)*")
| (?P<open>'''(?:[^'\\]|\\.|'(?!''))*\\?\Z
          |\"\"\"(?:[^"\\]|\\.|"(?!""))*\\?\Z
          |'(?:[^'\\\n]|\\.)*\\?(?:\n|\Z)
          |"(?:[^"\\\n]|\\.)*\\?(?:\n|\Z))
| (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
| (?P<openiri><[^<>"{}|^`\\\x00-\x20]*\Z)
| (?P<var>[?$]\w*)
| (?P<bnode>_:[\w.\-]*)
| (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
| (?P<pname>(?:[^\W\d_][\w.\-]*)?:(?:[\w.:%\-]|\\.)*)
| (?P<word>[^\W\d]\w*)
| (?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
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

#: Words after which a statement cannot end: Enter adds a line instead of running.
CONTINUATION = frozenset("""
    select distinct reduced construct describe ask where prefix base from named order group by
    limit offset having values filter optional union minus graph service bind as a not exists
    in asc desc insert delete data with using silent into to load clear drop create
    add move copy and or
""".split())
_OPERATORS = frozenset(("&&", "||", "=", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", ",", "^^",
                        "|", "^", "!"))


@dataclass(frozen=True)
class Token:
    """``kind``: ws comment string open iri openiri var bnode langtag pname word number punct."""

    kind: str
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def tokens(text: str) -> Iterator[Token]:
    """Tokens of ``text``; never fails (an unterminated string is one ``open`` token).

    >>> [(t.kind, t.text) for t in tokens('?s a schema:Person. "x')]
    [('var', '?s'), ('ws', ' '), ('word', 'a'), ('ws', ' '), ('pname', 'schema:Person'), ('punct', '.'), ('ws', ' '), ('open', '"x')]
    """
    pos = 0
    n = len(text)
    while pos < n:
        m = _TOKEN.match(text, pos)
        kind = m.lastgroup
        value = m.group()
        if kind == "pname" and value.endswith("."):  # a local name never ends with '.'
            core = value.rstrip(".")
            yield Token("pname", core, pos)
            for i in range(len(core), len(value)):
                yield Token("punct", ".", pos + i)
            pos = m.end()
            continue
        yield Token(kind, value, pos)
        pos = m.end()


def significant(text: str) -> list[Token]:
    """Tokens other than blanks and comments."""
    return [t for t in tokens(text) if t.kind not in ("ws", "comment")]


@dataclass(frozen=True)
class Balance:
    depth: int  # open { ( [ minus closed ones
    open_string: bool
    open_iri: bool


def balance(text: str) -> Balance:
    depth = 0
    open_string = open_iri = False
    for t in tokens(text):
        if t.kind == "punct":
            if t.text in "{([":
                depth += 1
            elif t.text in "})]":
                depth -= 1
        elif t.kind == "open":
            open_string = True
        elif t.kind == "openiri":
            open_iri = True
    return Balance(depth, open_string, open_iri)


def is_meta(text: str) -> bool:
    """A meta-command: one line starting with ``.``."""
    return text.lstrip().startswith(".")


def operation(text: str) -> str | None:
    """The first query form or update word (lower case), skipping the prologue; None if none.

    >>> operation("PREFIX s: <http://s/> # SELECT\\nask { }")
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


def is_update(text: str) -> bool:
    return operation(text) in UPDATE_FORMS


def is_complete(text: str) -> bool:
    """May Enter run ``text``?  (Esc-Enter runs it regardless.)

    Complete: empty; a meta-command; balanced braces and quotes with a query
    form whose last word does not ask for more (``WHERE``, ``PREFIX``, an
    operator); or anything ending with ``;``.
    """
    if not text.strip() or is_meta(text):
        return True
    b = balance(text)
    if b.open_string or b.open_iri or b.depth > 0:
        return False
    sig = significant(text)
    if not sig:
        return True
    last = sig[-1]
    if last.kind == "punct" and last.text == ";":
        return True
    if b.depth < 0:
        return True  # let the parser point at the stray brace
    op = operation(text)
    if op is None:
        first = sig[0]
        return not (first.kind == "word" and first.text.lower() in ("prefix", "base"))
    if op in ("select", "construct", "ask", "insert", "delete", "with") and not any(
            t.kind == "punct" and t.text == "{" for t in sig):
        return False
    if last.kind == "word" and last.text.lower() in CONTINUATION:
        return False
    if last.kind == "punct" and last.text in _OPERATORS:
        return False
    if last.kind == "pname" and last.text.endswith(":") and len(sig) >= 2 \
            and sig[-2].kind == "word" and sig[-2].text.lower() == "prefix":
        return False
    return True


def strip_terminator(text: str) -> str:
    """``text`` without a trailing ``;`` (and blanks)."""
    sig = significant(text)
    if sig and sig[-1].kind == "punct" and sig[-1].text == ";":
        return (text[: sig[-1].start] + text[sig[-1].end:]).strip()
    return text.strip()


_META_LINE = re.compile(r"\s*\.[A-Za-z?]")


def split_statements(text: str) -> list[str]:
    """Statements of a script: SPARQL ends with ``;`` at the end of a line or at a blank
    line (outside braces and strings); a line starting with ``.`` and a letter is one
    meta-command (and ends a SPARQL statement before it).

    Comment-only chunks are dropped.
    """
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        stmt = strip_terminator("\n".join(buf))
        buf.clear()
        if significant(stmt):
            out.append(stmt)

    for line in text.splitlines():
        if not buf and not line.strip():
            continue
        if _META_LINE.match(line):
            b = balance("\n".join(buf))
            if not "".join(buf).strip() or (b.depth <= 0 and not b.open_string):
                if buf:
                    flush()
                out.append(line.strip())
                continue
        if not line.strip():
            b = balance("\n".join(buf))
            if b.depth <= 0 and not b.open_string:
                flush()
            else:
                buf.append(line)
            continue
        buf.append(line)
        joined = "\n".join(buf)
        sig = significant(line)
        if sig and sig[-1].kind == "punct" and sig[-1].text == ";":
            b = balance(joined)
            if b.depth <= 0 and not b.open_string:
                flush()
    if buf:
        flush()
    return out


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
