"""Quoted passages and paragraphs of a text (pure string functions, no spaCy).

A *passage* is the text between an opening and a closing double quote mark
(straight ``"``, curly ``“ ”``, low ``„``, guillemets ``« »``, or the
typewriter pairs of two apostrophes or two backquotes) inside one paragraph.
A quotation that runs over several paragraphs, by the press convention,
leaves its closing mark off at the end of each paragraph and opens the next
one again: each paragraph then gives one passage whose ``close`` is ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

OPENING = "\u201c\u201e\u00ab"  # “ „ «
CLOSING = "\u201d\u00bb"  # ” »
STRAIGHT = '"'
QUOTE_MARKS = OPENING + CLOSING + STRAIGHT
#: characters of markup residue allowed around a paragraph-long quote (``*"..."*``)
MARKUP = "*_>#|~`"
_BEFORE_OPEN = set(" \t\n([{\u2014\u2013-/:;,") | set(MARKUP)
_AFTER_CLOSE = set(" \t\n)]}.,;:!?\u2014\u2013-/") | set(MARKUP)
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
#: two typographic single quotes standing for a double one
_PAIR_OPEN, _PAIR_CLOSE = "\u2018\u2018", "\u2019\u2019"
_MARK = re.compile("''|``|%s|%s|[%s]" % (_PAIR_OPEN, _PAIR_CLOSE, re.escape(QUOTE_MARKS)))


@dataclass(frozen=True)
class Passage:
    """One quoted passage: ``text[start:end]`` is inside the marks, trimmed of spaces."""

    start: int
    end: int
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when it runs to the paragraph's end
    paragraph: int  # index into :func:`paragraphs`
    width: int = 1  # length of the closing mark (2 for ``''``)

    @property
    def outer_end(self) -> int:
        return self.close + self.width if self.close is not None else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line of ``text``, trimmed of spaces.

    >>> paragraphs("One.\\n\\n  Two two.\\nThree")
    [(0, 4), (8, 16), (17, 22)]
    """
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return out


def word_count(text: str) -> int:
    """Words of ``text`` (letters and digits, apostrophes inside words).

    >>> word_count("It's “three words”, isn't it?")
    5
    """
    return len(_WORD.findall(text))


def _role(text: str, i: int, width: int, lo: int, hi: int) -> tuple[bool, bool]:
    """Whether the mark at ``i`` can open and whether it can close a quote."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + width] if i + width < hi else " "
    can_open = (prev in _BEFORE_OPEN or prev in QUOTE_MARKS) and not nxt.isspace()
    can_close = (nxt in _AFTER_CLOSE or nxt in QUOTE_MARKS or nxt in "'\u2019") \
        and not prev.isspace()
    return can_open, can_close


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in MARKUP):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in MARKUP or text[e - 1] == ","):
        e -= 1
    return s, e


def passages(text: str) -> Iterator[Passage]:
    """Yield the quoted passages of ``text`` in order.

    >>> t = 'He said "we won," and left. “Go on.\\n\\n“And on,” she said.'
    >>> [t[p.start:p.end] for p in passages(t)]
    ['we won', 'Go on.', 'And on']
    >>> [p.close is None for p in passages(t)]
    [False, True, False]
    >>> t = "\u201cNot ideal,\u2019\u2019 says Ann. \u2018\u2018Fine.\u2019\u2019"
    >>> [t[p.start:p.end] for p in passages(t)]
    ['Not ideal', 'Fine.']
    >>> t = "''It's fine,'' he said. ''Not 'bad.'''"
    >>> [t[p.start:p.end] for p in passages(t)]
    ["It's fine", "Not 'bad.'"]
    """
    for n, (lo, hi) in enumerate(paragraphs(text)):
        opened: int | None = None
        i = lo
        while True:
            found = _MARK.search(text, i, hi)
            if found is None:
                break
            i = found.start()
            ch = text[i]
            pair = text[i:i + 2]
            if pair == "''" and text[i + 2:i + 3] == "'":
                i += 1  # an inner single quote closes just before the mark
                continue
            width = 2 if pair in ("''", "``", _PAIR_OPEN, _PAIR_CLOSE) else 1
            can_open, can_close = _role(text, i, width, lo, hi)
            if ch in OPENING or pair in ("``", _PAIR_OPEN):
                is_open = can_open or not can_close
            elif ch in CLOSING or pair == _PAIR_CLOSE:
                is_open = can_open and not can_close
            else:
                is_open = opened is None if can_open == can_close else can_open
            if opened is None:
                if is_open:
                    opened, open_width = i, width
            elif is_open and not can_close:
                opened, open_width = i, width  # a quote left unclosed: start again here
            else:
                s, e = _trim(text, opened + open_width, i)
                if e > s:
                    yield Passage(s, e, opened, i, n, width)
                opened = None
            i += width
        if opened is not None:
            s, e = _trim(text, opened + open_width, hi)
            if e > s:
                yield Passage(s, e, opened, None, n)


def is_title_case(text: str) -> bool:
    """Whether ``text`` reads as a headline or title rather than speech.

    >>> is_title_case("Thousands of ISIS Troops Surrender Amid Attack")
    True
    >>> is_title_case("We will win this war")
    False
    """
    words = [w for w in _WORD.findall(text) if w[0].isalpha()]
    small = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but",
             "by", "with", "from", "as", "vs", "is", "amid"}
    big = [w for w in words if w.lower() not in small]
    if len(words) < 3 or not big:
        return False
    return sum(1 for w in big if w[0].isupper()) / len(big) >= 0.8


#: a sentence's end inside a text: a word of three letters or more (no abbreviation such as
#: ``Mr.``), or any word before ``!`` or ``?``, then a capital
_SENTENCE_BREAK = re.compile(r"(?:[^\W\d_]{3,}\.|\w[!?])[\u2019'\u201d\"]?\s+[A-Z]")


def several_sentences(text: str) -> bool:
    """Whether ``text`` holds two sentences or more: speech, not a title, however it is
    capitalised.

    >>> several_sentences("Like Paris. Or Berlin")
    True
    >>> several_sentences("It Is Over! It Is Over!")
    True
    >>> several_sentences("Mr. President")
    False
    >>> several_sentences("Thousands of ISIS Troops Surrender Amid Attack")
    False
    """
    return _SENTENCE_BREAK.search(text.rstrip(" .!?")) is not None


__all__ = ["Passage", "paragraphs", "passages", "word_count", "is_title_case",
           "several_sentences", "QUOTE_MARKS", "MARKUP"]
