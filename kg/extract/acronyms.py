"""Acronyms defined in the text: "Popular Mobilization Forces (PMF)" makes "PMF" name that actor."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..model import Mention
from .textview import covered, doc_text, find_tokens

_STOP_INITIALS = frozenset({"of", "the", "and", "for", "in", "on", "al", "el", "de", "du", "&"})
_BRACKETED = re.compile(r"\(([A-Z]{2,8})\)")
_ACRONYM_AFTER = re.compile(r"\s{0,2}\(\s?([A-Z][A-Za-z&.\-]{1,9})\s?\)")


def acronyms(ms: Sequence[Mention], text: str) -> dict[str, Mention]:
    """Acronyms defined in the text: ``"Popular Mobilization Forces (PMF)"`` → ``{"PMF": mention}``."""
    out: dict[str, Mention] = {}
    for m in ms:
        if m.kind == "Person" or " " not in m.text:
            continue
        match = _ACRONYM_AFTER.match(text, m.end)
        if match is None:
            continue
        short = match.group(1)
        if short not in out and is_acronym(short, m.text):
            out[short] = m
    return out


def is_acronym(short: str, long: str) -> bool:
    """Whether ``short`` abbreviates ``long`` (its letters, in order, the first starting a word).

    >>> is_acronym("PMF", "Popular Mobilization Forces"), is_acronym("SDF", "Syrian Democratic Forces")
    (True, True)
    >>> is_acronym("DIA", "Defense Intelligence Agency"), is_acronym("UN", "Islamic State")
    (True, False)
    """
    letters = [c for c in short.lower() if c.isalnum()]
    if len(letters) < 2 or sum(c.isupper() for c in short) < 2:
        return False
    words = [w for w in re.split(r"[\s\-]+", long) if w]
    initials = [w[0].lower() for w in words if w.lower() not in _STOP_INITIALS]
    if letters[0] != (initials[0] if initials else ""):
        return False
    # every letter in order in the long form, at least half of them word initials
    body = long.lower()
    pos = 0
    for c in letters:
        pos = body.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    hits = sum(1 for c in letters if c in initials)
    return hits * 2 >= len(letters)


def acronym_mentions(ms: list[Mention], defs: dict[str, Mention], doc, text: str,
                      sidx) -> list[Mention]:
    """Give acronym mentions their long form's gazetteer key; add bare acronyms the recognizer missed."""
    out = []
    for m in ms:
        long = defs.get(m.text)
        if long is not None and m.key is None:
            m = replace(m, kind=long.kind, key=long.key)
        out.append(m)
    for tok in find_tokens(set(defs), doc, text, covered(ms)):
        long = defs[tok.text]
        out.append(Mention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text,
                           sentence=sidx[tok.i], label="ORG", kind=long.kind, key=long.key))
    return out


def spelled_names(ms: list[Mention], doc, sidx, usable) -> list[Mention]:
    """Add the organizations the recognizer missed whose name its bracketed acronym spells
    word by word ("the US Commission on International Religious Freedom (USCIRF)"), in place
    of any mention inside the name ("US"); ``usable(span)`` says whether a span may be a name.

    The acronym must be the initials of the name's words exactly, small words left out and
    a word in capitals counted whole; the name ends right before the bracket.
    """
    ends = {m.end for m in ms}
    out = ms
    for match in _BRACKETED.finditer(doc_text(doc)):
        tok = doc.char_span(match.start(), match.start() + 1)
        if tok is None or tok.start + 2 >= len(doc) or doc[tok.start + 2].text != ")" \
                or doc[tok.start + 1].text != match.group(1):
            continue
        tok, short = tok[0], match.group(1)
        end = tok.i
        if end == 0 or doc[end - 1].idx + len(doc[end - 1].text) in ends:
            continue  # a name the recognizer found: acronyms() reads it
        start = _spelling_start(doc, end, short, tok.sent.start)
        if start is None:
            continue
        span = doc[start:end]
        if not usable(span):
            continue
        lo, hi = span.start_char, span.end_char
        out = [m for m in out if not (lo <= m.start and m.end <= hi)]
        out.append(Mention(start=lo, end=hi, text=span.text, sentence=sidx[start], label="ORG",
                           kind="Organization"))
        ends.add(hi)
    return out


def _spelling_start(doc, end: int, short: str, floor: int) -> int | None:
    """The first token of the longest run of capitalised words (and small words) ending
    before ``end`` whose initials spell ``short``, or None."""
    letters = short.lower()
    best, initials = None, ""
    i = end - 1
    while i >= floor and end - i <= 12:
        t = doc[i]
        small = t.lower_ in _STOP_INITIALS and not t.is_title
        if not (small or t.is_alpha and (t.is_title or t.is_upper)):
            break
        if not small:
            initials = (t.lower_ if t.is_upper and len(t) > 1 else t.lower_[0]) + initials
            if initials == letters:
                best = i
        i -= 1
    return best
