"""The edges of a name's span: leading articles, titles and markup, trailing possessives
and markup, cut off (:func:`trim`), shared by the recognizer's names and the group names.

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


def trim(doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Token bounds without leading articles/titles/markup and trailing possessives/markup."""
    while start < end and (doc[start].lower_ in _LEADING or doc[start].text in _POSSESSIVE
                           or not wordy(doc[start].text)):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].lower_ in _TRAILING
                           or not wordy(doc[end - 1].text)):
        end -= 1
    if label == "PERSON":
        words = [t.text for t in doc[start:end]]
        if all(w.lower().rstrip(".") in TITLES for w in words):
            return start, start  # "Lt Gen", "President": a title, no name
        if len(words) > 1:
            start += title_words(words)
    return start, end


def wordy(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


__all__ = ["trim", "wordy"]
