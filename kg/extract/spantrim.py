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
from .speakerwords import HONORIFICS

_LEADING = frozenset({"the", "a", "an"})
_TRAILING = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "&", "or"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_HYPHENS = frozenset({"-", "‐", "‑"})
#: Abbreviated ranks the list of titles leaves out ("Pfc. Manning", "Cpl Smith", "Spc. Doe").
RANKS = frozenset("""pfc pvt cpl lcpl spc sfc ssg ssgt msg msgt sgm csm ltc ltg 1lt 2lt
po1 po2 po3 cpo ens""".split())


def trim(doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Token bounds without leading articles/titles/markup and trailing possessives/markup."""
    while start < end and (doc[start].lower_ in _LEADING or doc[start].text in _POSSESSIVE
                           or not wordy(doc[start].text)):
        start += 1
    while label == "ORG" and start < end - 1 and doc[start].is_lower and doc[start].is_alpha \
            and doc[start].tag_ == "JJ" and doc[start + 1].text[:1].isupper():
        start += 1  # "Brazil's national Special Secretariat for ...": an adjective before it
    if label == "PERSON":
        end = _past_hyphen_word(doc, end)
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].lower_ in _TRAILING
                           or not wordy(doc[end - 1].text)) \
            and not _abbreviation_dot(doc, end - 1) and not _hyphen_joined(doc, end - 1):
        end -= 1
    if label == "PERSON":
        start = _from_honorific(doc, start, end)
        words = [t.text for t in doc[start:end]]
        if all(w.lower().rstrip(".") in TITLES | RANKS for w in words):
            return start, start  # "Lt Gen", "President": a title, no name
        if len(words) > 1:
            start += leading_titles(words)
    return start, end


#: Honorifics that open a person's name wherever the recognizer began it (those that tell a
#: sex: not "Dr", which also opens a doctor's title)
_HONORIFICS = frozenset(k for k, sex in HONORIFICS.items() if sex)


def _from_honorific(doc, start: int, end: int) -> int:
    """Where a person's name begins when the recognizer ran words before its honorific into it
    ("whose MPs Mrs May's government": ``Mrs May``): at the honorific, else ``start``.

    >>> import spacy
    >>> doc = spacy.blank("en")("whose MPs Mrs May relies on")
    >>> _from_honorific(doc, 1, 4), _from_honorific(doc, 2, 4)
    (2, 2)
    """
    for i in range(start + 1, end - 1):
        tok = doc[i]
        if tok.text[:1].isupper() and tok.lower_.rstrip(".") in _HONORIFICS:
            return i
    return start


def _hyphen_joined(doc, i: int) -> bool:
    """Whether token ``i`` is a word joined to the word before it by a hyphen with no space
    ("Jae-in", "Ki-moon"): part of one name, whatever the word is on its own."""
    return i >= 2 and doc[i - 1].text in _HYPHENS and doc[i].is_alpha \
        and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha


def _past_hyphen_word(doc, end: int) -> int:
    """A person's name the recognizer ended before a hyphen joining a function word to its
    last word ("Moon Jae" of "Moon Jae-in", the "in" read as a preposition) ends after it; a
    word of content after a hyphen is a compound's ("Obama-era", "Assad-led"), not the name's.

    >>> import spacy
    >>> doc = spacy.blank("en")("President Moon Jae-in said")
    >>> _past_hyphen_word(doc, 3), _past_hyphen_word(doc, 2)
    (5, 2)
    """
    if end + 1 < len(doc) and end > 0 and doc[end].text in _HYPHENS \
            and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end - 1].is_alpha and doc[end + 1].lower_ in _TRAILING \
            and doc[end + 1].is_lower:
        return end + 2
    return end


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
