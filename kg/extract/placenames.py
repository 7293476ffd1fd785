"""When a name the recognizer took for a place is one, and where the text puts it.

* :func:`in_longer_name`: a town's name that opens a longer name ("Geneva Conventions",
  "Middle East Airlines", "St. George Church", "St. Thomas the Apostle") names no town;
* :func:`place_pair`: places joined by a hyphen ("U.S.-Mexico border", "US-China talks") name
  a relation between them, not an organization;
* :func:`state_meant`: "Washington state", "Washington Gov. Jay Inslee": the US state, not the
  city of its name;
* :func:`qualifier`: the country or US state written right after a place's name ("Alexandria,
  Va.", "Tripoli, Lebanon"), not the next item of a list ("Washington, Russia and China").
"""

from __future__ import annotations

import re
from ..gazetteer import TITLES, Gazetteer
from ..model import Mention

#: Kinds of places whose name stays a place inside a longer name ("Iraq War", "Texas Gov.").
_WIDE = frozenset({"Country", "AdministrativeArea"})
#: Nouns that continue a place's own name ("Gaza City", "Anbar Province", "Sinjar Mountains").
_PLACE_NOUNS = frozenset("""city town village province governorate district county region state
territory territories valley strip bay gulf river island islands mountain mountains peninsula
sea coast desert plain plains lake heights""".split())
#: Buildings a saint's name is given to ("St. John's church").
_BUILDINGS = frozenset("""church cathedral basilica chapel parish abbey monastery convent school
college university hospital""".split())
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december""".split())
#: "a New York Democrat", "Ohio Republican Sen. Rob Portman": the place of a politician.
_PARTISANS = frozenset({"democrat", "democrats", "democratic", "republican", "republicans",
                        "gop"})
_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?|San|Santa)\s")
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def in_longer_name(m: Mention, doc) -> bool:
    """Whether a place mention is only the first words of a longer name.

    It is when a capitalised word follows it on its line (one space apart) that is no place
    noun, title, weekday or month and no place of its own ("Geneva Conventions", "Washington
    Examiner", "Raqqa Is Being Slaughtered Silently"); a saint's name ("St. John's", "St.
    Thomas") also when a building or an epithet follows ("St. John's church", "St. Thomas the
    Apostle").  Countries and US states are left alone ("the Iraq War" is still about Iraq).
    """
    if m.kind in _WIDE or m.label not in _PLACE_LABELS:
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    end = span.end
    if _SAINT.match(m.text):
        if doc[end].lower_ in ("'s", "’s") and end + 1 < len(doc):
            end += 1  # "St. John's church": the mention left the possessive out
        word = doc[end].lower_
        if word in _BUILDINGS:
            return True
        if word == "the" and end + 1 < len(doc) and doc[end + 1].is_title:
            return True  # "St. Thomas the Apostle"
    nxt = doc[span.end]
    if span[-1].whitespace_ != " " or "\n" in nxt.text:
        return False
    word = nxt.lower_
    if not (nxt.is_alpha and nxt.text[0].isupper()) or nxt.is_sent_start:
        return False
    if word in _PLACE_NOUNS or word in _CALENDAR or word in _PARTISANS \
            or word.rstrip(".") in TITLES:
        return False
    j = span.end
    while j < len(doc) and j - span.end < 3 and doc[j].is_title and not doc[j].ent_type_:
        j += 1
    if j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B":
        return False  # "Moscow Mayor Sergei Sobyanin": a title before a name
    return nxt.ent_type_ not in _PLACE_LABELS


_QUALIFIER = re.compile(r",\s{1,2}([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})")
#: After a qualifier: the list goes on ("Washington, Russia and China", "Paris, Berlin, Rome").
_LIST_GOES_ON = re.compile(
    r"\s*(?:and|or|&)\s|\s*,\s*(?:and|or)\s|\s*,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?,?\s+(?:and|or)\s")


#: After a US state's name: the state is meant ("Washington state", "New York Gov.").
_STATE_AFTER = re.compile(r"\s(?:[Ss]tate\b|Gov\.|Governor\b|[Ll]egislature\b)")


def state_meant(m: Mention, text: str, gaz: Gazetteer):
    """The US state a place mention names where the words after it say so, else None."""
    from . import geo

    if m.label not in _PLACE_LABELS or not _STATE_AFTER.match(text, m.end):
        return None
    return geo.us_state(m.text, gaz)


_PAIR = re.compile(r"\s*[-–]\s*")


def place_pair(m: Mention, gaz: Gazetteer) -> bool:
    """Whether a mention is two places or more joined by hyphens and no place itself."""
    from . import geo

    if m.kind in _WIDE or m.label not in ("ORG", "PERSON", "NORP"):
        return False
    parts = _PAIR.split(m.text)
    if len(parts) < 2 or geo.locate(m.text, gazetteer=gaz) is not None:
        return False
    for part in parts:
        entry = gaz.lookup(part)
        if not (entry is not None and entry.is_place) and geo.locate(part, gazetteer=gaz) is None:
            return False
    return True


def qualifier(m: Mention, text: str, gaz: Gazetteer) -> str | None:
    """The country a place is put in right after its name ("Tripoli, Lebanon"), or the US
    state ("Alexandria, Va.": ``virginia``); None for the next item of a list."""
    from . import geo

    match = _QUALIFIER.match(text, m.end)
    if match is None:
        return None
    words = match.group(1).split(" ")
    for n in range(len(words), 0, -1):
        place = geo.locate(" ".join(words[:n]), gazetteer=gaz)
        if place is not None and place.kind in ("Country", "AdministrativeArea"):
            end = match.start(1) + len(" ".join(words[:n]))
            if _LIST_GOES_ON.match(text, end):
                return None
            return place.key if place.kind == "AdministrativeArea" and place.lat is None \
                else place.country
    return None
