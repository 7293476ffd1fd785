r"""SPARQL statements as the shell sees them: completeness and splitting.

Tokens, keywords and prefixes come from the library's one tokenizer,
:mod:`kg.sparql_tokens`, which
copes with half-typed text (an open string, a partial IRI).

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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.sparql_tokens import form as operation, significant, tokens

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
