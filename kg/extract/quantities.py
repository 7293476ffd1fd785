"""Counts and amounts stated in the text, as typed facts.

A quantity is a number with what it counts and the verb that governs it,
in the manner of event coding: ``killed 14 protesters`` → amount 14, counted
``protesters``, verb ``kill``; ``more than 3,000 ISIS fighters have
surrendered`` → 3000, ``ISIS fighters``, ``surrender``; ``$400 million`` →
400000000, unit ``USD``; ``70%`` → 70, unit ``%``.

Numbers that name a time or an order are not quantities: years and dates,
times of day, ages and durations (spaCy's ``DATE`` and ``TIME`` entities),
ordinals (``third``), vague plurals (``hundreds``), numbers in compound
adjectives (``two-way``, ``46-page``) and lone ``one``s (``one notable
exception``), which are articles more often than counts.  A quantity's span runs from its qualifier
(``more than``, ``about``) through the counted noun phrase.
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..model import Entity, Quantity
from .entities import doc_text
from .sentences import sent_index

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100}
MULTIPLIERS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9,
               "trillion": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9, "mn": 1e6}
CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
              "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP",
              "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "¥": "JPY", "yen": "JPY",
              "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "dinars": "IQD",
              "dinar": "IQD", "riyals": "SAR", "lira": "TRY", "liras": "TRY"}
PERCENT = {"%", "percent", "per cent", "pct"}
MEASURES = {"km": "km", "kilometers": "km", "kilometres": "km", "kilometer": "km",
            "kilometre": "km", "miles": "mi", "mile": "mi", "meters": "m", "metres": "m",
            "meter": "m", "metre": "m", "kg": "kg", "kilograms": "kg", "tons": "t",
            "tonnes": "t", "ton": "t", "tonne": "t", "barrels": "bbl", "barrel": "bbl",
            "acres": "acre", "hectares": "ha", "feet": "ft", "foot": "ft"}

QUALIFIERS = {"more", "than", "less", "fewer", "over", "under", "about", "around", "nearly",
              "almost", "approximately", "roughly", "some", "up", "to", "at", "least",
              "most", "as", "many", "much", "estimated", "an", "a", "just", "only", "least"}
_SKIP_ENTS = {"DATE", "TIME", "ORDINAL"}
_NUMERIC = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?$")


def parse_number(words: Sequence[str]) -> float | None:
    """The value of a number written with digits and/or words.

    >>> parse_number(["3,000"]), parse_number(["1.5", "million"]), parse_number(["seven"])
    (3000.0, 1500000.0, 7.0)
    >>> parse_number(["twenty", "-", "five"]), parse_number(["two", "hundred"])
    (25.0, 200.0)
    >>> parse_number(["sheep"]) is None
    True
    """
    value: float | None = None
    total = 0.0
    for w in words:
        lw = w.lower().strip()
        if lw in ("-", "and", ""):
            continue
        if _NUMERIC.match(lw):
            value = (value or 0.0) + float(lw.replace(",", ""))
        elif lw in MULTIPLIERS and (value is not None or lw == "hundred"):
            value = (value if value is not None else 1.0) * MULTIPLIERS[lw]
            if lw != "hundred":
                total += value
                value = None
        elif lw in WORD_NUMBERS:
            value = (value or 0.0) + WORD_NUMBERS[lw]
        else:
            return None
    if value is None and total == 0.0:
        return None
    return total + (value or 0.0)


def _is_number(tok) -> bool:
    low = tok.lower_
    return bool(_NUMERIC.match(low)) or low in WORD_NUMBERS or (
        low in MULTIPLIERS and tok.i > 0 and _NUMERIC.match(tok.nbor(-1).lower_) is not None)


def _number_run(doc, i: int) -> tuple[int, int]:
    """Token range ``[lo, hi)`` of the number starting at token ``i``."""
    hi = i
    while hi < len(doc) and (_is_number(doc[hi]) or doc[hi].lower_ in MULTIPLIERS
                             or (doc[hi].text == "-" and hi + 1 < len(doc)
                                 and doc[hi + 1].lower_ in WORD_NUMBERS and hi > i)):
        hi += 1
    return i, hi


def _verb_of(tok):
    """The verb whose argument ``tok`` is (``killed 14 protesters``, ``fighters have
    surrendered``, ``members ... killed``), or None when it hangs on another noun."""
    for c in tok.children:  # "54,000 members of illegal armed units killed"
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.tag_ == "VBN":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                for k in p.children:
                    if k.dep_ == "acl" and k.pos_ == "VERB" and k.tag_ == "VBN":
                        return k
    t = tok
    for _ in range(4):
        if t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
            continue
        head = t.head
        if t.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "npadvmod", "appos") \
                and head.pos_ in ("VERB", "AUX"):
            return head
        if t.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX") and head.head.i != head.i:
            return head.head
        return None
    return None


def _counted_of_conj(tok):
    """The counted noun of the number ``tok`` is coordinated with, if any."""
    head = tok.head
    if head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in head.children):
        return head
    if head.like_num and head.head.pos_ in ("NOUN", "PROPN") and head.dep_ == "nummod":
        return head.head
    return None


def quantities(doc, *, entities: Sequence[Entity] = ()) -> Iterator[Quantity]:
    """Yield the counted quantities of ``doc`` in text order."""
    sidx = sent_index(doc)
    text = doc_text(doc)
    spans = sorted((m.start, m.end, e.key) for e in entities for m in e.mentions)
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if not _is_number(tok) or tok.ent_type_ in _SKIP_ENTS or tok.lower_ in MULTIPLIERS:
            i += 1
            continue
        lo, hi = _number_run(doc, i)
        words = [t.text for t in doc[lo:hi]]
        amount = parse_number(words)
        i = hi
        if amount is None:
            continue
        last = doc[hi - 1]
        first = doc[lo]
        unit = None
        if lo > 0 and doc[lo - 1].lower_ in CURRENCIES:
            unit = CURRENCIES[doc[lo - 1].lower_]
            lo -= 1
        while hi < n and doc[hi].is_space and "\n" not in doc[hi].text:
            hi += 1  # "1\u00a0percent"
        nxt = doc[hi] if hi < n else None
        if nxt is not None and nxt.text == "-" and hi + 1 < n:
            if doc[hi + 1].lower_ not in MEASURES:
                continue  # "two-way", "46-page", "62-year-old": an adjective, not a count
            hi += 1  # "55-km zone"
            nxt = doc[hi]
        if nxt is not None and (nxt.lower_ in PERCENT or nxt.lower_ in CURRENCIES
                                or nxt.lower_ in MEASURES):
            unit = "%" if nxt.lower_ in PERCENT else CURRENCIES.get(nxt.lower_) \
                or MEASURES[nxt.lower_]
            hi += 1
        # years written alone ("in 2019") that NER missed
        if unit is None and len(words) == 1 and re.fullmatch(r"1[89]\d\d|20\d\d", first.text) \
                and (first.dep_ == "pobj" or first.nbor(-1).lower_ in ("in", "since", "of", "by")
                     if first.i > 0 else True):
            continue
        # the counted noun: the head of a numeric modifier, or "of" + noun after a bare number
        counted_tok = None
        if last.dep_ in ("nummod", "quantmod", "compound") and last.head.pos_ in ("NOUN", "PROPN") \
                and last.head.i >= hi - 1:
            counted_tok = last.head
        elif unit is None:
            for c in last.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    pobj = [p for p in c.children if p.dep_ == "pobj"]
                    if pobj and pobj[0].pos_ in ("NOUN", "PROPN"):
                        counted_tok = pobj[0]
        if counted_tok is not None and counted_tok.lower_ in CURRENCIES:
            unit = unit or CURRENCIES[counted_tok.lower_]
        counted = None
        end_tok = hi - 1
        if counted_tok is not None and unit is None:
            c_lo = min([counted_tok.i] + [t.i for t in counted_tok.lefts
                                          if t.i >= hi and t.dep_ in ("compound", "amod", "nmod")])
            c_hi = counted_tok.i
            for c in counted_tok.rights:  # "members of illegal armed units"
                if c.dep_ == "prep" and c.lower_ == "of" and c.i == c_hi + 1:
                    c_hi = c.right_edge.i
                    for k in doc[c.i:c_hi + 1]:
                        if k.pos_ in ("VERB", "AUX") or k.is_punct:
                            c_hi = k.i - 1
                            break
            if counted_tok.i < lo:
                c_lo = counted_tok.i
            counted = doc[c_lo:c_hi + 1].text if c_lo >= hi else counted_tok.text
            end_tok = max(end_tok, c_hi)
        if amount == 1 and unit is None:
            continue  # "one notable exception": an article more often than a count
        if counted_tok is None and unit is None and last.dep_ == "conj":
            counted_tok = _counted_of_conj(last)  # "2,800 natives of Russia and 1,400 from ..."
            if counted_tok is not None:
                counted = counted_tok.text
        bare = counted_tok is None and unit is None and last.dep_ in (
            "dobj", "nsubj", "nsubjpass", "attr", "conj") and len(last.text) > 1
        if unit is None and counted is None and not bare:
            continue
        # qualifiers before the number: "more than", "about", "up to"
        q = lo
        while q > 0 and doc[q - 1].lower_ in QUALIFIERS and doc[q - 1].sent == first.sent:
            q -= 1
        while q < lo and doc[q].lower_ in ("a", "an", "to", "as", "than", "at", "up"):
            q += 1
        start, end = doc[q].idx, doc[end_tok].idx + len(doc[end_tok].text)
        anchor = counted_tok if counted_tok is not None and counted_tok.i > last.i \
            and last.dep_ in ("nummod", "quantmod", "compound") else last
        verb = _verb_of(anchor)
        about: list[str] = []
        ranges = [(start, end)]
        if verb is not None:
            for c in verb.children:
                if c.dep_ in ("nsubj", "nsubjpass") and not (start <= c.idx < end):
                    ranges.append((c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)))
        for s, e, key in spans:
            if any(a <= s and e <= b for a, b in ranges) and key not in about:
                about.append(key)
        yield Quantity(start=start, end=end, text=text[start:end], amount=float(amount),
                       sentence=sidx[first.i], counted=counted, unit=unit,
                       verb=verb.lemma_.lower() if verb is not None else None,
                       about=tuple(about))


__all__ = ["quantities", "parse_number"]
