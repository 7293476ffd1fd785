"""One document prepared for claim extraction: paragraphs, quoted passages, token
lookups, and the records (:class:`Cue`, :class:`Draft`) that flow between the steps."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .cuewords import _CUE_WORDS, _EDGE, CUE_VERBS, NOUN_CUES
from .entities import doc_text
from .quoteframes import frame_verbs
from .quotes import QUOTE_MARKS, Passage, paragraphs, passages, word_count
from .sentences import sent_index, token_starts


@dataclass
class Cue:
    tok: object  # the cue's head token
    start: int
    end: int
    kind: str  # "verb", "according" or "noun"
    para: int
    head: object | None = None  # head token of the speaker phrase
    sp: tuple[int, int] | None = None  # speaker span
    content: tuple[int, int] | None = None  # reported content span
    inherit: bool = False  # no subject of its own: continues the speaker before it
    intro: bool = False  # introduces what follows it ("X said:")
    front: tuple[int, int] | None = None  # the piece of the content before a cue set inside it


@dataclass
class Draft:
    start: int
    end: int
    kind: str
    cue: Cue | None
    passage: Passage | None = None
    source: int | None = None  # index of the draft whose speaker this one continues
    parts: list[tuple[int, int]] | None = None  # pieces of a quote split by its cue
    outer: tuple[int, int] | None = None  # the quote with its marks, over all its pieces

    @property
    def marks(self) -> tuple[int, int]:
        """The quoted passage with its marks (over every piece of a split quote)."""
        if self.outer is not None:
            return self.outer
        return (self.passage.open, self.passage.outer_end) if self.passage else (self.start,
                                                                                  self.end)


class Context:
    """One document with its paragraphs, quotes and token lookups."""

    def __init__(self, doc, names: frozenset[str] = frozenset()):
        self.doc = doc
        self.names = names  # lower-cased names and surnames of the document's actors
        self.text = doc_text(doc)
        self.sidx = sent_index(doc)
        self.paras = paragraphs(self.text)
        self.para_starts = [s for s, _ in self.paras]
        self.passages = list(passages(self.text))
        self.token_starts = token_starts(doc)
        self.candidates, self.cue_words = _candidates(doc)
        # passage index of each token (-1 outside quotes); marks count as inside
        self.tq = [-1] * len(doc)
        starts = self.token_starts
        for n, p in enumerate(self.passages):
            lo = bisect.bisect_left(starts, p.open)
            hi = bisect.bisect_left(starts, p.outer_end)
            self.tq[lo:hi] = [n] * (hi - lo)
        # verbs of no cue list that frame a quote by their place ('"...," Reid enthused')
        self.frames = frozenset(frame_verbs(doc, self.passages, starts, self.in_quote))
        if self.frames:
            self.candidates = sorted(set(self.candidates) | self.frames)

    def para_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.para_starts, offset) - 1, 0)

    def para_span(self, n: int) -> tuple[int, int]:
        return self.paras[n] if 0 <= n < len(self.paras) else (0, 0)

    def in_quote(self, tok) -> bool:
        return self.tq[tok.i] >= 0

    def tidy(self, s: int, e: int, *, mark: bool = True) -> tuple[int, int] | None:
        """Trim a content span: spaces, commas, markup, a leading ``that``, a final stop,
        a stray quote mark at either end."""
        text = self.text
        for _ in range(4):
            while s < e and text[s] in _EDGE:
                s += 1
            while e > s and text[e - 1] in _EDGE:
                e -= 1
            if mark and text.startswith(("that ", "That "), s):
                s += 5
                continue
            if e > s and text[e - 1] == "." and (e - 2 < s or text[e - 2] not in ".") \
                    and not _abbreviation(text, s, e):
                e -= 1
                continue
            marks = sum(1 for ch in text[s:e] if ch in QUOTE_MARKS)
            if marks % 2 and e > s:
                if text[s] in QUOTE_MARKS:
                    s += 1
                    continue
                if text[e - 1] in QUOTE_MARKS:
                    e -= 1
                    continue
            break
        return (s, e) if e > s and word_count(text[s:e]) else None


def _abbreviation(text: str, s: int, e: int) -> bool:
    """Whether the full stop ending ``text[s:e]`` belongs to an abbreviation (``U.S.``)."""
    word = text[s:e].rsplit(None, 1)[-1]
    return word.count(".") > 1 or (len(word) <= 4 and word[:1].isupper() and word != word.upper()
                                   and word.rstrip(".") in ("Jr", "Sr", "Inc", "Co", "Ltd", "St"))


def _tok_span(toks) -> tuple[int, int]:
    toks = list(toks)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


#: a dateline opening a paragraph: a place in capitals (with its region, or a news
#: agency in brackets) and a dash (``OTTAWA —``, ``SEOUL, South Korea --``, ``WASHINGTON
#: (Reuters) -``), or a place and an agency in brackets (``Moscow (CNN)``), before a capital
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*"
    r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,3})?(?: \([A-Z][\w .&]*\))? ?(?:—|–|--|-) "
    r"|[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,3})?"
    r" \([A-Z][\w.&]*\) (?:(?:—|–|--|-) )?)(?=[A-Z\"“])")


def dateline_end(text: str, start: int) -> int:
    """Where a paragraph's words start after a dateline opening it at ``start``, else
    ``start``.

    >>> dateline_end("OTTAWA — The plan was approved, Jane Roe said.", 0)
    9
    >>> dateline_end("Moscow (CNN) Russia was ready, Roe said.", 0)
    13
    >>> dateline_end("ISIS — once feared — is gone, Roe said.", 0)
    0
    """
    found = _DATELINE.match(text, start)
    return found.end() if found else start


def _clip(ctx: Context, lo_tok: int, hi_tok: int, para: int) -> tuple[int, int] | None:
    """Char span of tokens ``[lo_tok, hi_tok]`` clipped to paragraph ``para`` and to the
    words after a dateline opening it."""
    if hi_tok < lo_tok:
        return None
    doc = ctx.doc
    ps, pe = ctx.para_span(para)
    s = max(doc[lo_tok].idx, ps)
    e = min(doc[hi_tok].idx + len(doc[hi_tok].text), pe)
    if s == ps and doc[lo_tok].is_upper or s <= ps + 1 and doc[lo_tok].is_title:
        s = dateline_end(doc.text, s)
    return (s, e) if e > s else None


_LEMMA_KIND: dict[int, int] = {}  # lemma hash -> 1 cue verb | 2 cue noun (hashes are stable)


def _candidates(doc) -> tuple[list[int], list[int]]:
    """Indices of the tokens that may be cues (a cue verb's or noun's lemma, or
    ``according``), and of those whose lemma is a verb of saying, thinking or quoting
    (:func:`kg.extract.verbcontent._is_cue_word`); read from the token arrays, so that no
    other token is built."""
    if not len(doc):
        return [], []
    import numpy
    from spacy.attrs import LEMMA, LOWER, POS
    from spacy.parts_of_speech import AUX, NOUN, VERB

    arr = doc.to_array([LEMMA, POS, LOWER])
    strings = doc.vocab.strings
    verbs, nouns, words = [], [], []
    for h in numpy.unique(arr[:, 0]).tolist():
        kind = _LEMMA_KIND.get(h)
        if kind is None:
            lemma = strings[h].lower()
            kind = _LEMMA_KIND[h] = ((lemma in CUE_VERBS) | (lemma in NOUN_CUES) << 1
                                     | (lemma in _CUE_WORDS) << 2)
        if kind & 1:
            verbs.append(h)
        if kind & 2:
            nouns.append(h)
        if kind & 4:
            words.append(h)
    pos = arr[:, 1]
    hit = numpy.isin(arr[:, 0], verbs) & ((pos == VERB) | (pos == AUX))
    hit |= numpy.isin(arr[:, 0], nouns) & (pos == NOUN)
    # a verb of saying taken for a plural noun ("That decision, Reuters reports, came ...",
    # "..., the former aide maintains.": kg.extract.cues._aside_taken_for_noun and others)
    hit |= numpy.isin(arr[:, 0], verbs) & (pos == NOUN)
    hit |= arr[:, 2] == strings["according"]  # the hash, known or not
    return (numpy.flatnonzero(hit).tolist(),
            numpy.flatnonzero(numpy.isin(arr[:, 0], words)).tolist())
