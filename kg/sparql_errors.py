"""SPARQL syntax errors in words: what was expected, the keyword probably meant, and a caret.

A parser reports the alternatives it tried at the furthest point it reached ("expected
CONSTRUCT" for ``SELEC * ...``). :func:`explain` turns that into a sentence for people: an unknown
word gets the closest SPARQL keyword or function (difflib over :mod:`kg.sparql_tokens`' keyword lists), an
unclosed brace or string says where it opened, an undeclared prefix is named, and otherwise the
parser's list is said in words. :func:`error_text` adds the caret picture; the shell and
``kg query`` both print it, after ``error:`` and ``kg: query error:``.

>>> from kg.store.base import QueryError
>>> e = QueryError("expected CONSTRUCT", line=1, column=10, query="SELEC * WHERE { ?s ?p ?o }")
>>> print(error_text(e), end="")
unknown word SELEC: did you mean SELECT? (line 1, column 1)
SELEC * WHERE { ?s ?p ?o }
^
"""

from __future__ import annotations

import difflib
import re
from typing import Mapping

from .sparql_tokens import FUNCTIONS, KEYWORDS, declared_prefixes, significant, tokens
from .store.base import QueryError
from .terminal import printable

_CLASS_WORDS = (("'A'", "a name"), ("'0'", "a number"))
_IRI_START = re.compile(r"[A-Za-z][\w+.-]*:[^\s>]*(?:\s|$)")
_AFTER_VARIABLE_SPOT = frozenset(("select", "distinct", "reduced", "by", "{", ".", ";", ",", "(", "?"))


def _offset(query: str, line: int, column: int) -> int:
    """The character offset of 1-based ``line``/``column`` in ``query`` (clamped)."""
    lines = query.split("\n")
    line = min(max(line, 1), len(lines))
    return sum(len(x) + 1 for x in lines[: line - 1]) + min(max(column - 1, 0), len(lines[line - 1]))


def _position(query: str, offset: int) -> tuple[int, int]:
    """1-based ``(line, column)`` of a character offset."""
    before = query[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _expected_items(message: str) -> list[str] | None:
    """The alternatives of a parser message ``... expected one of A, "b", ['0'..='9']``; None if none.

    >>> _expected_items('error: expected one of HAVING, ",", [\\'0\\'..=\\'9\\'], [_]')
    ['HAVING', '","', "['0'..='9']", '[_]']
    """
    _, sep, rest = message.partition("expected ")
    if not sep:
        return None
    rest = rest.removeprefix("one of ").strip()
    items: list[str] = []
    i, n = 0, len(rest)
    while i < n:
        while i < n and rest[i] in " ,":
            i += 1
        if i >= n:
            break
        start = i
        if rest[i] == '"':
            i += 1
            while i < n and rest[i] != '"':
                i += 2 if rest[i] == "\\" else 1
            i += 1
        elif rest[i] == "[":
            quoted = False
            while i < n and (quoted or rest[i] != "]"):
                if rest[i] == "\\":
                    i += 1
                elif rest[i] == "'":
                    quoted = not quoted
                i += 1
            i += 1
        else:
            while i < n and rest[i] != ",":
                i += 1
        items.append(rest[start:i].strip())
    return items


def _in_words(items: list[str]) -> str:
    """The parser's alternatives as a phrase.

    >>> _in_words(['HAVING', 'OFFSET', '","', "['0'..='9']", "[_]"])
    "a number, ',' or one of the keywords HAVING, OFFSET"
    >>> _in_words(["BY"])
    'BY'
    """
    kinds: list[str] = []
    punct: list[str] = []
    words: list[str] = []
    for item in items:
        if item.startswith("["):
            for probe, kind in _CLASS_WORDS:
                if probe in item and kind not in kinds:
                    kinds.append(kind)
            if item.startswith("['") and item.endswith("']") and len(item) == 5:
                punct.append(f"'{item[2]}'")
        elif item.startswith('"'):
            text = item[1:-1].encode("utf-8").decode("unicode_escape", "replace")
            punct.append(f"'{text}'")
        elif re.fullmatch(r"[A-Z_]+", item):
            words.append(item)
        elif item:
            kinds.append(item.lower())
    parts = kinds + punct
    if len(words) == 1:
        parts.append(words[0])
    elif words:
        parts.append("one of the keywords " + ", ".join(words))
    if not parts:
        return "something else"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]


def _words() -> dict[str, str]:
    """SPARQL's words, upper case, to the spelling completion offers (``ISIRI`` → ``isIRI``)."""
    return {w.upper(): w for w in (*KEYWORDS, *FUNCTIONS)}


def _unknown_word(query: str, upto: int, tokens) -> tuple[str, int] | None:
    """The first bare word before offset ``upto`` that is no SPARQL keyword, with a hint."""
    known = _words()
    prev = None
    for t in tokens:
        if t.start > upto:
            break
        inside = t.start > 0 and query[t.start - 1] in "/:#.%-_"  # a piece of an IRI or name
        if t.kind == "word" and t.text != "a" and t.text.upper() not in known and not inside:
            close = [known[w] for w in difflib.get_close_matches(t.text.upper(), sorted(known), n=1, cutoff=0.75)]
            as_variable = t.text.islower() and prev is not None and (
                prev.kind == "var" or prev.text.lower() in _AFTER_VARIABLE_SPOT)
            if close and as_variable:
                hint = f"did you mean {close[0]}, or the variable ?{t.text}?"
            elif close:
                hint = f"did you mean {close[0]}?"
            else:
                hint = f"not a SPARQL keyword or function (a variable is written ?{t.text})"
            return f"unknown word {t.text}: {hint}", t.start
        prev = t
    return None


def _unbalanced(query: str, tokens) -> tuple[str, int] | None:
    """An unclosed string, IRI or bracket, or a closing bracket that closes nothing."""
    pairs = {"}": "{", ")": "(", "]": "["}
    closers = {v: k for k, v in pairs.items()}
    stack = []

    for t in tokens:
        if t.kind == "open":
            return "this string is never closed", t.start
        if t.kind == "openiri" or (t.kind == "punct" and t.text == "<" and _IRI_START.match(query, t.end)):
            return "this IRI is never closed (with '>')", t.start
        if t.kind != "punct":
            continue
        if t.text in "{([":
            stack.append(t)
        elif t.text in pairs:
            if not stack:
                return f"'{t.text}' closes nothing", t.start
            if stack[-1].text != pairs[t.text]:
                top = stack[-1]
                return (f"this '{top.text}' is never closed: expected '{closers[top.text]}' before '{t.text}'",
                        top.start)
            stack.pop()
    if stack:
        top = stack[-1]
        return (f"this '{top.text}' is never closed: expected '{closers[top.text]}' before the end of the query",
                top.start)
    return None


def _undeclared_prefix(query: str, upto: int, tokens, prefixes: Mapping[str, str] | None) -> tuple[str, int] | None:
    declared = declared_prefixes(query)
    for t in tokens:
        if t.start > upto:
            break
        if t.kind != "pname":
            continue
        prefix = t.text.split(":", 1)[0]
        if prefix in declared:
            continue
        close = difflib.get_close_matches(prefix, list({**(prefixes or {}), **declared}), n=1, cutoff=0.6)
        hint = (f"did you mean {close[0]}:?" if close
                else f"declare it with PREFIX {prefix}: <...>")
        return f"undeclared prefix {prefix}: ({hint})", t.start
    return None


def explain(exc: QueryError, *, prefixes: Mapping[str, str] | None = None) -> QueryError:
    """``exc`` with a message for people (same position, or that of the word it blames).

    ``prefixes`` are the prefixes the caller knows, offered for an undeclared one. Errors
    without a position (evaluation errors, time limits) are returned as they are.

    >>> q = 'SELECT * WHERE { ?s ?p "x }'
    >>> explain(QueryError('expected one of "\\\\"", [_]', line=1, column=28, query=q)).message
    'this string is never closed'
    >>> explain(QueryError("expected BY", line=1, column=38, query="SELECT ?s WHERE { ?s ?p ?o } ORDER ?s")).message
    'syntax error: expected BY'
    """
    query = exc.query
    if query is None or exc.line is None:
        return exc
    upto = _offset(query, exc.line, exc.column or 1)
    sig = significant(query)
    found = None
    if "prefix" in exc.message.lower():
        found = _undeclared_prefix(query, upto, sig, prefixes)
    found = (found or _unknown_word(query, upto, sig)
             or _unbalanced(query, list(tokens(query))))
    if found is None:
        items = _expected_items(exc.message)
        if items is None:
            return exc
        return QueryError(f"syntax error: expected {_in_words(items)}", line=exc.line,
                          column=exc.column, query=query)
    message, offset = found
    line, column = _position(query, offset)
    return QueryError(message, line=line, column=column, query=query)


def in_user_text(exc: QueryError, line_offset: int) -> QueryError:
    """``exc`` placed in what the user typed, when ``line_offset`` lines were put in front of it.

    >>> e = in_user_text(QueryError("x", line=2, column=5, query="PREFIX a: <x:>\\nASK {}}"), 1)
    >>> e.line, e.column, e.query
    (1, 5, 'ASK {}}')
    """
    if not line_offset or exc.query is None:
        return exc
    query = "\n".join(exc.query.split("\n")[line_offset:])
    if exc.line is None or exc.line <= line_offset:
        return QueryError(exc.message, query=query)
    return QueryError(exc.message, line=exc.line - line_offset, column=exc.column, query=query)


def caret(exc: QueryError) -> str:
    """The offending line (control characters escaped) with a caret under the column; '' if unknown."""
    if exc.query is None or exc.line is None:
        return ""
    lines = exc.query.split("\n")
    if not 1 <= exc.line <= len(lines):
        return ""
    text = lines[exc.line - 1].rstrip("\r").expandtabs()
    raw = lines[exc.line - 1][: max(1, exc.column or 1) - 1].expandtabs()
    return f"{printable(text)}\n{' ' * len(printable(raw))}^"


def error_text(exc: QueryError, *, line_offset: int = 0, prefixes: Mapping[str, str] | None = None) -> str:
    """``message (line L, column C)`` and the caret picture, in the user's text, safe to print.

    ``line_offset``: lines put in front of what the user typed (added PREFIX declarations).
    """
    shown = in_user_text(explain(exc, prefixes=prefixes), line_offset)
    where = f" (line {shown.line}, column {shown.column})" if shown.line else ""
    out = printable(shown.message) + where + "\n"
    pic = caret(shown)
    return out + (pic + "\n" if pic else "")


__all__ = ["explain", "in_user_text", "caret", "error_text"]
