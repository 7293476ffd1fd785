"""Groups named by a nationality adjective and a group noun: ``Iraqi forces``, ``Syrian and
Russian troops``, ``Kurdish fighters`` (:func:`group_mentions`); the phrase is looked up in the
gazetteer (``Iraqi security forces``), else the group noun gives the kind."""

from __future__ import annotations

from typing import Iterator

from ..gazetteer import Gazetteer
from ..model import Mention
from .bodyfit import _nation_of_words
from .spantrim import trim as _trim
from .textview import GROUP_NAMES, View


#: Group nouns that make a nationality adjective an actor, with their canonical form.
GROUP_NOUNS = {
    "force": "forces", "forces": "forces", "troops": "forces", "soldiers": "forces",
    "army": "army", "military": "military", "navy": "navy", "warplanes": "air force",
    "jets": "air force", "airpower": "air force", "government": "government",
    "regime": "government", "authorities": "government", "coalition": "coalition",
    "militia": "militias", "militias": "militias", "police": "police", "rebels": "rebels",
    "fighters": "fighters", "insurgents": "insurgents", "militants": "militants",
    "jihadists": "jihadists", "intelligence": "intelligence",
}
#: a nation's posts abroad: "the Chinese embassy", named with its city when the text gives
#: it ("the Chinese embassy in Islamabad")
_POSTS = frozenset({"embassy", "consulate"})
_MINISTRIES = ("foreign", "defense", "defence", "interior", "health", "finance", "justice")
_GROUP_PAIRS = {("air", "force"): "air force", ("air", "power"): "air force",
                ("armed", "forces"): "armed forces", **{  # "the Vietnamese foreign ministry"
                    (w, "ministry"): w + " ministry" for w in _MINISTRIES}}
_GROUP_KIND = {"forces": "Military", "army": "Military", "military": "Military",
               "navy": "Military", "air force": "Military", "armed forces": "Military",
               "coalition": "Military", "government": "GovernmentOrganization",
               "police": "GovernmentOrganization", "intelligence": "GovernmentOrganization",
               **{w + " ministry": "GovernmentOrganization" for w in _MINISTRIES}}


def _kind(head: str) -> str:
    if head.split()[0] in _POSTS:
        return "GovernmentOrganization"
    return _GROUP_KIND.get(head, "ArmedGroup")
_GROUP_MODIFIERS = frozenset("""security special government armed regular ground elite allied
federal national regime opposition tribal counterterrorism counter-terrorism""".split())
_COORDINATION = frozenset({",", "and", "or", "&"})


def group_mentions(norps, doc, view: View, gaz: Gazetteer, sidx) -> Iterator[Mention]:
    """Nationality adjectives followed by a group noun: "Iraqi forces", "Syrian and Russian troops"."""
    n = len(doc)
    for ent in norps:
        j = ent.end
        coordinated = False
        while j < n and j - ent.end < 12:
            tok = doc[j]
            if tok.text in _COORDINATION or (tok.ent_type_ == "NORP" and not tok.ent_id_):
                coordinated = True
                j += 1
            else:
                break
        if coordinated and doc[j - 1].ent_type_ != "NORP":
            # "Syrian, Russian and Hezbollah forces": the list may end with an organization
            if j < n and doc[j].ent_iob_ == "B" and doc[j].ent_type_ == "ORG":
                j += 1
                while j < n and doc[j].ent_iob_ == "I":
                    j += 1
                # "... and Hezbollah forces" or "... and Russian troops" (itself a name)
                noun = doc[j].lower_ if j < n and not doc[j].ent_type_ else ""
                if noun not in GROUP_NOUNS:
                    noun = doc[j - 1].lower_
                if noun in GROUP_NOUNS:
                    start, end = _trim(doc, ent.start, ent.end, "NORP")
                    if start < end and not view.furniture(ent.start_char):
                        yield _group_mention(doc[start:end], doc[start:end].text, [],
                                             GROUP_NOUNS[noun], doc, gaz, sidx)
            continue
        mods = []
        while j < n and doc[j].lower_ in _GROUP_MODIFIERS and not doc[j].ent_type_:
            mods.append(doc[j].lower_)
            j += 1
        if mods and mods[-1] in GROUP_NOUNS and (
                j >= n or doc[j].ent_type_ or not _group_head(doc, j)) \
                and _nation_of_words([t.text for t in ent]):
            # "the Mexican government said": the modifier is the group noun itself, where the
            # adjective names a nation (not "the Islamic regime")
            j -= 1
            mods.pop()
        if j >= n or doc[j].ent_type_:
            continue
        head = None
        if j + 1 < n and (doc[j].lower_, doc[j + 1].lower_) in _GROUP_PAIRS and not doc[j + 1].ent_type_:
            head, last = _GROUP_PAIRS[(doc[j].lower_, doc[j + 1].lower_)], j + 1
        elif doc[j].lower_ in GROUP_NOUNS:
            head, last = GROUP_NOUNS[doc[j].lower_], j
        elif doc[j].lower_ in _POSTS and not mods:
            head, last = doc[j].lower_, j
            place = _post_city(doc, j + 1)
            if place is not None:
                head, last = f"{head} in {place.text}", place.end - 1
        if head is None:
            continue
        start, end = _trim(doc, ent.start, ent.end, "NORP")
        if start >= end or view.furniture(ent.start_char):
            continue
        span = doc[start:end] if coordinated else doc[start:last + 1]
        yield _group_mention(span, doc[start:end].text, mods, head, doc, gaz, sidx)


def _group_head(doc, j: int) -> bool:
    """Whether the word at ``j`` opens a group noun (``forces``, ``air force``, ``embassy``)."""
    pair = (doc[j].lower_, doc[j + 1].lower_) if j + 1 < len(doc) else None
    return doc[j].lower_ in GROUP_NOUNS or doc[j].lower_ in _POSTS or pair in _GROUP_PAIRS


def _post_city(doc, i: int):
    """The place named right after a post's noun by ``in`` ("embassy in Islamabad")."""
    if i + 1 >= len(doc) or doc[i].lower_ != "in" or doc[i + 1].ent_iob_ != "B" \
            or doc[i + 1].ent_type_ != "GPE":
        return None
    end = i + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[i + 1:end]


def _group_mention(span, adjective: str, mods: list[str], head: str, doc, gaz: Gazetteer,
                   sidx) -> Mention:
    phrase = " ".join([adjective] + mods + [head])
    doc.user_data.setdefault(GROUP_NAMES, {})[span.start_char] = phrase
    entry = gaz.lookup(phrase)
    if entry is not None:
        kind, key = entry.type, entry.id
    else:
        kind, key = _kind(head), None
    return Mention(start=span.start_char, end=span.end_char, text=span.text,
                   sentence=sidx[span.start], label="NORP", kind=kind, key=key)


__all__ = ["GROUP_NOUNS", "group_mentions"]
