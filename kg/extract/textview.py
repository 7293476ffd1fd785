"""Facts about the text around a span: its line, site furniture, headline lines, common words.

Shared by the mention finders (:mod:`kg.extract.mentions`) and the linker
(:mod:`kg.extract.linking`); what one computes for a document is kept in
``doc.user_data`` so that the other does not compute it again.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..ingest.casing import written_as_name
from ..model import Mention

_FURNITURE = re.compile(
    r"copyright|©|all rights reserved|follow us|sign up|newsletter|share this|"
    # "subscribe" and "comment on" as a prompt, not in prose ("declined to comment on the
    # record", "those who do not subscribe to its ideology")
    r"\bsubscribe(?:[!.,:]|$| (?:now|today|here|on|for|to (?:our|my|us)\b))|"
    r"comment on (?:this|the) (?:article|story|post|video)\b|"
    r"become a member|articles by|disclaimer|privacy policy|terms of (?:use|service)|"
    r"click here|read more|related articles?|featured image|image (?:credit|source)|"
    r"hide caption|photos:|just watched|must watch|replay|more videos|getty images|"
    r"original source of this article|(?:our|on) (?:facebook|twitter|instagram|telegram) (?:page|account)",
    re.IGNORECASE)
#: Furniture phrases unambiguous enough to mark their neighbourhood inside a long line.
_FURNITURE_NEAR = re.compile(
    r"privacy policy|terms of (?:use|service)|all rights reserved|©|click here|"
    r"sign up for (?:our|the)|by signing up|\bAP Photo\b|getty images|photo (?:credit|courtesy)|"
    r"\(photo:",
    re.IGNORECASE)


def _lowered(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` (case-insensitive, lower-case escapes only) to run on lower-cased text: four
    times faster than case-insensitive matching."""
    assert not re.search(r"\\[A-Z]", pattern.pattern), pattern.pattern
    return re.compile(pattern.pattern.lower())


#: The same phrases without word boundaries: a long line with none of them has no stretch
#: near one (one search a line instead of one a position).
_FURNITURE_NEAR_ANY = re.compile(_FURNITURE_NEAR.pattern.replace(r"\b", ""), re.IGNORECASE)
_NEAR = 120
_LOWERED = {p: _lowered(p) for p in (_FURNITURE, _FURNITURE_NEAR, _FURNITURE_NEAR_ANY)}
_LOWER_WORD = re.compile(r"\b[^\W\d_A-Z]+\b")
#: ``Doc.user_data`` keys
GROUP_NAMES = "kg.group_names"  # start offset -> "Kurdish forces"
_TEXT = "kg.text"  # Doc.user_data: the text, joined once


def doc_text(doc) -> str:
    """``doc.text``, joined once per document (spaCy rebuilds it from the tokens at every call)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text



def _blanked_widget(line: str) -> bool:
    """A few words left around a stretch blanked at ingest: a widget whose link or address
    was removed ("Email tips to ____", "Got a TIP? Email ____")."""
    return len(line.split()) <= 6 and re.search(r"\S[ \t]{4,}", line) is not None


class View:
    """Lazily computed facts about the text around a span (lines, common words)."""

    def __init__(self, doc):
        self.doc = doc
        self.text = doc_text(doc)
        self._lines: dict[int, tuple[int, int]] = {}
        self._title: dict[int, bool] = {}
        self._furniture: dict[int, bool | None] = {}
        self._near_any: dict[int, bool] = {}
        self._low: str | None = None  # the text lower-cased ("" where that moves offsets)
        self._common: set[str] | None = None
        self._named: dict[str, bool] = {}

    def line(self, pos: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, pos) + 1
        found = self._lines.get(start)
        if found is None:
            end = self.text.find("\n", pos)
            found = self._lines[start] = (start, len(self.text) if end < 0 else end)
        return found

    def furniture(self, pos: int) -> bool:
        """Whether ``pos`` is in site furniture (credits, share buttons, policies).

        A short line is furniture when it has a furniture phrase or is a few words
        around a blanked stretch (a widget whose link was removed); in a long
        line only the stretch near an unambiguous one ("Privacy Policy",
        "AP Photo") is.
        """
        start, end = self.line(pos)
        found = self._furniture.get(start)
        if found is None:
            found = self._furniture[start] = (
                bool(self._search(_FURNITURE, start, end)
                     or self._search(_FURNITURE_NEAR, start, end)
                     or _blanked_widget(self.text[start:end])) if end - start < 240
                else None)
        if found is None:  # a long line
            near = self._near_any.get(start)
            if near is None:
                near = self._near_any[start] = self._search(_FURNITURE_NEAR_ANY, start, end)
            return near and self._search(_FURNITURE_NEAR, max(start, pos - _NEAR),
                                         min(end, pos + _NEAR))
        return found

    def _search(self, pattern: re.Pattern, start: int, end: int) -> bool:
        """Whether case-insensitive ``pattern`` matches in ``text[start:end]`` (run on the
        lower-cased text where lower-casing keeps every offset)."""
        if self._low is None:
            low = self.text.lower()
            self._low = low if len(low) == len(self.text) else ""
        if self._low:
            return _LOWERED[pattern].search(self._low, start, end) is not None
        return pattern.search(self.text, start, end) is not None

    def title_line(self, pos: int) -> bool:
        """Whether the line at ``pos`` is Title Cased or SHOUTED (a headline)."""
        start, end = self.line(pos)
        found = self._title.get(start)
        if found is None:
            words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", self.text[start:end]) if len(w) > 3]
            found = self._title[start] = (
                len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words))
        return found

    @property
    def common(self) -> set[str]:
        """Words written in lower case somewhere in the article."""
        if self._common is None:
            self._common = set(_LOWER_WORD.findall(self.text))
        return self._common

    def headline_noise(self, span) -> bool:
        """Ordinary words capitalised: one word the text also writes in lower case, or a headline's."""
        common = self.common
        if len(span) == 1:  # "Allied", "Courtesy": a word the article also writes in lower case
            return span[0].lower_ in common
        if not self.title_line(span.start_char):
            return False
        return all(t.lower_ in common or t.is_stop for t in span if t.is_alpha)

    def named(self, word: str) -> bool:
        """Whether the article writes ``word`` capitalised as a name: "Cruz" after a lower-case
        word, a comma or another name (not only as a sentence's first word or in capitals)."""
        found = self._named.get(word)
        if found is None:
            found = self._named[word] = written_as_name(self.text, word[:1].upper() + word[1:].lower())
        return found

    def shouted_line(self, pos: int) -> bool:
        """Whether most words of the line at ``pos`` are in capitals (a shouted headline)."""
        start, end = self.line(pos)
        words = re.findall(r"[^\W\d_]{2,}", self.text[start:end])
        caps = sum(w.isupper() for w in words)
        return caps >= 3 and caps * 5 >= len(words) * 3

    def shouted_phrase(self, span) -> bool:
        """Whether a word in capitals within two words of the span, in its line and sentence,
        is an ordinary word of the article ('THE "SQUAD" REACTS', "the RIGHT or LEFT")."""
        doc = self.doc
        for step in (-1, 1):
            i, seen = (span.start - 1, span.end)[step > 0], 0
            while 0 <= i < len(doc) and seen < 2:
                tok = doc[i]
                if "\n" in tok.text or tok.text in (".", "?", "!", ":", ";"):
                    break
                if tok.is_alpha:
                    seen += 1
                    if tok.is_upper and len(tok) > 2 and tok.lower_ in self.common:
                        return True
                i += step
        return False

    def shouted(self, span) -> bool:
        """Whether a neighbouring word is in capitals too (and is no name)."""
        doc = self.doc
        for i in (span.start - 1, span.end):
            if 0 <= i < len(doc):
                tok = doc[i]
                if tok.is_alpha and len(tok) > 1 and tok.is_upper and not tok.ent_type_:
                    return True
        return False


def covered(ms: Sequence[Mention]) -> set[int]:
    """Start offsets of the characters inside a mention (to skip)."""
    out: set[int] = set()
    for m in ms:
        out.update(range(m.start, m.end))
    return out


def find_spans(words: set[str], doc, text: str, covered: set[int]):
    """Spans of tokens whose text is one of ``words`` (a word of several tokens too:
    ``Ocasio-Cortez``), outside ``covered`` (a regex scan, not a token loop)."""
    pattern = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)))
    for match in pattern.finditer(text):
        if match.start() in covered:
            continue
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            yield span


def find_tokens(words: set[str], doc, text: str, covered: set[int]):
    """Tokens whose text is one of ``words``, outside ``covered`` (a regex scan, not a token
    loop)."""
    for span in find_spans(words, doc, text, covered):
        if len(span) == 1:
            yield span[0]
