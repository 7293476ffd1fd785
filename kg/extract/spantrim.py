"""The edges of a name's span: leading articles, titles and markup, trailing possessives
and markup, cut off (:func:`trim`), shared by the recognizer's names and the group names;
the dot of a "Jr." or "Sr." the tokenizer split off stays.
An abbreviated rank ("Pfc.", "Cpl", "Spc.") is a title like "Sgt." and "Lt. Gen." are.

>>> import spacy
>>> doc = spacy.blank("en")("the Pentagon's")
>>> trim(doc, 0, len(doc), "ORG")
(1, 2)
"""

from __future__ import annotations

from ..gazetteer import TITLES, title_words

_LEADING = frozenset({"the", "a", "an"})
_TRAILING = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "&", "or"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
#: Abbreviated ranks the list of titles leaves out ("Pfc. Manning", "Cpl Smith", "Spc. Doe").
RANKS = frozenset("""pfc pvt cpl lcpl spc sfc ssg ssgt msg msgt sgm csm ltc ltg 1lt 2lt
po1 po2 po3 cpo ens""".split())


def trim(doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Token bounds without leading articles/titles/markup and trailing possessives/markup."""
    while start < end and (doc[start].lower_ in _LEADING or doc[start].text in _POSSESSIVE
                           or not wordy(doc[start].text)):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].lower_ in _TRAILING
                           or not wordy(doc[end - 1].text)) \
            and not _abbreviation_dot(doc, end - 1):
        end -= 1
    if label == "PERSON":
        words = [t.text for t in doc[start:end]]
        if all(w.lower().rstrip(".") in TITLES | RANKS for w in words):
            return start, start  # "Lt Gen", "President": a title, no name
        if len(words) > 1:
            start += leading_titles(words)
    return start, end


def _abbreviation_dot(doc, i: int) -> bool:
    """Whether token ``i`` is the dot of "Jr." or "Sr." that the tokenizer split off ("Martin
    Okoye Sr., the pastor"): part of the name."""
    return doc[i].text == "." and i > 0 and doc[i - 1].text in ("Jr", "Sr") \
        and not doc[i - 1].whitespace_


def leading_titles(words) -> int:
    """How many leading ``words`` are titles or abbreviated ranks ("Pfc.", "Lt. Gen.")."""
    n = 0
    while n < len(words) - 1:
        k = title_words(words[n:])
        if k:
            n += k
        elif words[n].lower().rstrip(".") in RANKS:
            n += 1
        else:
            break
    return n


def title_abbreviation(word: str) -> bool:
    """Whether ``word`` is an abbreviated title or rank: "Pfc.", "Gov.", "Sgt", "Lt."."""
    low = word.lower()
    return low in RANKS or low.endswith(".") and low.rstrip(".") in TITLES | RANKS


def wordy(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


__all__ = ["RANKS", "trim", "wordy", "leading_titles", "title_abbreviation"]
