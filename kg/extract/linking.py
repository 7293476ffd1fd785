"""Linking mentions into entities: one :class:`~kg.model.Entity` per actor or place.

:func:`link` groups mentions by key: gazetteer ids; acronyms to their long
form; short forms of people named in full ("Caggins" after "Myles Caggins",
also where the recognizer took the lone surname for an organization or a
place; of several people of one surname, the one named in full most often);
a one-word alias one gazetteer person lists names that person; a capitalised
short form after ``the`` (``the Observatory``) the one organization of the
article whose name has it as its head word; everything
else by :func:`kg.gazetteer.name_key` of its canonical name, so that the same
actor gets the same key in every article.  Places get coordinates and a
country (:mod:`kg.extract.geo`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Sequence

from ..gazetteer import Gazetteer, name_key, strip_titles
from ..name_forms import family_name_first, name_rank, same_given_name
from ..model import Entity, Mention
from .acronyms import acronyms
from .evidence import (event_like, listed_places, people_by_surname, person_by_relative,
                       person_by_role, place_surnames, place_words, speaking_place,
                       thing_name)
from .cuewords import speech_subject
from .speakerwords import HONORIFICS, first_name_gender
from .placenames import in_longer_name, place_pair, qualifier, state_meant
from .textview import GROUP_NAMES, doc_text

#: labels of a lone word that may be a surname the recognizer took for something else
_SURNAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC"})

Tails = dict[str, list[tuple[int, str]]]  # surname (or longer tail) -> [(start, person key)]


@dataclass
class _Keys:
    """What linking decided for each mention (parallel lists, in text order)."""

    ms: list[Mention]
    keys: list[str | None]
    names: list[str]
    person: list[bool]
    places: dict = field(default_factory=dict)  # key -> geo.Place
    doc: object = None
    firsts: dict = field(default_factory=dict)  # first name -> keys of people named in full


def link(ms: Sequence[Mention], doc=None, *, gazetteer: Gazetteer | None = None) -> list[Entity]:
    """Group mentions that name the same actor or place into entities (in order of first mention)."""
    if gazetteer is None:
        from .nlp import default_gazetteer

        gazetteer = default_gazetteer()
    gaz = gazetteer
    ordered = sorted(ms, key=lambda m: (m.start, -m.end))
    if doc is not None:  # "Geneva Conventions": no mention of Geneva; "U.S.-Mexico": no actor
        ordered = [m for m in ordered if not (in_longer_name(m, doc) or place_pair(m, gaz))]
    state = _Keys(ordered, [m.key for m in ordered], [""] * len(ordered), [False] * len(ordered),
                  doc=doc)
    tails = _full_names(state, gaz)
    _resolve(state, tails, doc, gaz)
    if doc is not None:
        _short_forms(state, doc)
    _state_bodies(state)
    return _entities(state, gaz)


def _full_names(state: _Keys, gaz: Gazetteer) -> Tails:
    """Key people named in full (two words or more); their surnames (and longer tails) name them."""
    keys, names, person = state.keys, state.names, state.person
    tails: Tails = defaultdict(list)
    text = doc_text(state.doc) if state.doc is not None else ""
    named_people = people_by_surname(state.ms, text, gaz.demonyms) if text else set()
    # "Joe Crowley" after "Joseph Crowley" (or a gazetteer person's "Michael Pompeo"): one
    # person, named by a short form of the given name
    given: list[tuple[list[str], str]] = [
        (name_key(strip_titles(m.text)).split("-"), keys[i]) for i, m in enumerate(state.ms)
        if keys[i] is not None and m.kind == "Person" and " " in strip_titles(m.text)]
    for i, m in enumerate(state.ms):
        if m.kind != "Person" and i not in named_people:  # ("Carly Fiorina" ... "Fiorina")
            continue
        name = _person_name(m.text)
        if " " not in name:  # "Trump", "Holtz-Eakin": a lone surname, linked below
            continue
        full = name_key(name)
        if "-" not in full:
            continue
        parts = full.split("-")
        if keys[i] is None and not family_name_first(name):
            same = {k for p, k in given if p[1:] == parts[1:] and p[0] != parts[0]
                    and same_given_name(p[0], parts[0])}
            if len(same) == 1:
                keys[i] = next(iter(same))
        key = keys[i] or full
        given.append((parts, key))
        if keys[i] is None:
            keys[i], names[i] = key, name
        person[i] = True
        for n in range(1, len(parts)):
            tails["-".join(parts[n:])].append((m.start, key))
        if family_name_first(name):  # "Park" of "Park Won-soon"
            tails[parts[0]].append((m.start, key))
    for tail, owners in list(tails.items()):  # "Calloway" after "Robert Calloway Jr.", unless
        # the article names another Calloway without the suffix
        core = tail.rpartition("-")[0]
        if tail.endswith(("-jr", "-sr")) and core:
            for n in range(len(core.split("-"))):
                short = "-".join(core.split("-")[n:])
                if short not in tails:
                    tails[short] = list(owners)
    for entry_id in {k for k in keys if k}:
        entry = gaz.get(entry_id)
        if entry is not None and entry.type == "Person":
            parts = name_key(entry.name).split("-")
            for n in range(1, len(parts)):
                tails["-".join(parts[n:])].append((-1, entry_id))
            if len(parts) > 1 and any(name_key(a) == parts[0]
                                      for a in entry.aliases + entry.context_aliases):
                # "Kim" of Kim Jong Un, the family name first: his, where the article names
                # him in full, beside any Kim named the Western way ("Duyeon Kim")
                start = min((m.start for i, m in enumerate(state.ms)
                             if keys[i] == entry_id and " " in m.text), default=-1)
                tails[parts[0]].append((start, entry_id))
    tails = _longer_names(state, tails)
    for i, m in enumerate(state.ms):  # first names, of the keys the people ended with
        # (not of a name by a place: "Francis" is no short form of "Francis of Assisi")
        name = strip_titles(m.text)
        if person[i] and keys[i] and " " in name and name.split()[1].lower() != "of":
            state.firsts.setdefault(name_key(name).split("-")[0], set()).add(keys[i])
    return tails


def _longer_names(state: _Keys, tails: Tails) -> Tails:
    """A name of two words or more that ends the longer name of one person of the article
    names that person ("Le Pen" after "Marine Le Pen", "bin Salman")."""
    keys = state.keys
    moved = {}
    for i, m in enumerate(state.ms):
        k = keys[i]
        if not state.person[i] or k is None or m.key is not None:
            continue
        owners = {key for start, key in tails.get(k, ()) if key != k and start >= 0}
        if len(owners) == 1:
            moved[k] = keys[i] = next(iter(owners))
    if not moved:
        return tails
    return defaultdict(list, {t: [(s, moved.get(k, k)) for s, k in v] for t, v in tails.items()})


def _near_countries(state: _Keys, gaz: Gazetteer):
    """What the article is near (a :class:`geo.Near`): the countries it is about, weighed by
    how often it names places there, and the places it names.

    Gazetteer places and places of one name only count ("Virginia" counts for
    the United States), or of one city far larger than its namesakes ("Paris"); a name several
    cities share does not, nor a town not known the world over, which the tables
    place only by the text's context (:func:`kg.extract.nearby.known`).
    """
    from . import geo

    near: Counter = Counter()
    places = []
    for m, k in zip(state.ms, state.keys):
        entry = gaz.get(k)
        if entry is not None:
            if entry.type == "Country" or (entry.is_place and geo.one_place(m.text)):
                near[entry.id if entry.type == "Country" else entry.country] += 1
                places.append((geo.from_entry(entry), m.start))
        elif m.kind == "Place" and m.label != "FAC" and geo.one_place(m.text):
            place = geo.locate(m.text, gazetteer=gaz)
            if place is not None:  # (not a town unknown the world over: geo leaves it out)
                near[place.country] += 1
                places.append((place, m.start))
    near.pop(None, None)
    return geo.Near.of(near, places)


def _resolve(state: _Keys, tails: Tails, doc, gaz: Gazetteer) -> None:
    """Give every mention a key and a display name."""
    from . import geo

    ms, keys, names, person = state.ms, state.keys, state.names, state.person
    text = doc_text(doc) if doc is not None else ""
    defs = acronyms(ms, text) if doc is not None else {}
    long_index = {id(m): i for i, m in enumerate(ms)}
    near = _near_countries(state, gaz)
    group_names = doc.user_data.get(GROUP_NAMES, {}) if doc is not None else {}
    places = place_words(ms, text)
    listed = listed_places(ms, text)  # "Gabon, Togo and Senegal": Togo, if the tables
    # know it the world over
    spots = {m.text for m in ms if m.label in ("GPE", "LOC")}  # words read as places
    # "Monaco says" after "Lisa Monaco": her name, where the article never puts the word
    # after a preposition of place
    surnamed = place_surnames({m.text for i, m in enumerate(ms) if keys[i] is not None
                               and " " not in m.text and _named_in_full(tails, m.text)
                               and (e := gaz.get(keys[i])) is not None and e.is_place},
                              text) if text else set()
    bare: dict[str, list[int]] = defaultdict(list)  # surname -> offsets of its lone mentions
    for m in ms:
        if m.label in _SURNAME_LABELS and " " not in strip_titles(m.text):
            bare[name_key(strip_titles(m.text))].append(m.start)
    for i, m in enumerate(ms):
        if m.label == "NORP":
            names[i] = group_names.get(m.start, m.text)
            if keys[i] is None:
                keys[i] = name_key(names[i])
            continue
        state_place = state_meant(m, text, gaz) if text else None
        if state_place is not None:  # "Washington state", "Washington Gov. Jay Inslee"
            keys[i], names[i] = state_place.key, state_place.name
            state.places[state_place.key] = state_place
            continue
        if keys[i] is not None:
            entry = gaz.get(keys[i])
            if entry is not None and entry.is_place and (
                    m.label == "PERSON" or m.text in surnamed) \
                    and " " not in strip_titles(m.text):
                # "Jordaan said", taken for a person, of Danny Jordaan named in full, not
                # the country whose name it is close to
                owners = {k for start, k in tails.get(name_key(strip_titles(m.text)), ())
                          if start >= 0}
                if len(owners) == 1:
                    keys[i], person[i] = next(iter(owners)), True
                    continue
            if entry is not None and entry.type == "City" and m.label != "FAC":
                # a gazetteer city, unless the text puts the name in a namesake's country
                place = geo.locate(m.text, gazetteer=gaz, near=near, at=m.start,
                                   within=qualifier(m, text, gaz) if text else None)
                if place is not None and place.key != entry.id:
                    keys[i], names[i] = place.key, place.name
                    state.places[place.key] = place
                continue
            if " " not in m.text and m.kind == "Person" and gaz.get(keys[i]) is not None:
                # a one-word gazetteer alias: kept where only its person lists it; an alias
                # several people list goes to the one the article names, else to none
                key = _lone_surname(m, tails, gaz, bare[name_key(m.text)])
                if key is not None:
                    keys[i] = key
                elif len(gaz.surnames.get(name_key(m.text), ())) > 1:
                    keys[i], names[i], person[i] = name_key(m.text), m.text, True
            continue
        long = defs.get(m.text)
        if long is not None and id(long) in long_index and long is not m:
            j = long_index[id(long)]
            keys[i] = keys[j] or _plain_key(long, gaz)
            names[i] = names[j] or _canonical(long, gaz)
            continue
        lone = " " not in strip_titles(m.text)
        if m.label in _SURNAME_LABELS and lone and not _silent_city(m, gaz, doc):
            key = _lone_surname(m, tails, gaz, bare[name_key(strip_titles(m.text))],
                                honorific_of(m, text)) \
                or _first_name(m, state.firsts, tails, spots, gaz, doc)
            if key is not None:
                keys[i] = key
                person[i] = True
                continue
        elif m.label in _SURNAME_LABELS and not lone:
            # "López Obrador" taken for an organization
            owners = {k for start, k in tails.get(name_key(m.text), ()) if start >= 0}
            if len(owners) == 1:
                keys[i] = next(iter(owners))
                person[i] = True
                continue
        # (a facility is no town of its name; "Bethlehem" an organization once and a place
        # twice is one)
        if (m.kind == "Place" or m.text in places or m.text in listed
                and geo.locate(m.text, gazetteer=gaz, major=True) is not None) \
                and m.label != "FAC":
            within = qualifier(m, text, gaz) if text else None
            place = geo.locate(m.text, gazetteer=gaz, near=near, within=within, at=m.start)
            if place is not None:
                keys[i], names[i] = place.key, place.name
                state.places[place.key] = place
                continue
        keys[i], names[i] = _plain_key(m, gaz), _canonical(m, gaz)


def _named_in_full(tails: Tails, word: str) -> bool:
    """Whether ``word`` is the surname of a person the article names in full."""
    return any(start >= 0 for start, _ in tails.get(name_key(word), ()))


def _silent_city(m: Mention, gaz: Gazetteer, doc) -> bool:
    """Whether a one-word place mention is a major city the tables know, that says nothing:
    no surname ("Hanoi" of "Metropole Hanoi"), though one that speaks may be ("Rome said"
    of Henry Rome); a country may be a surname too ("Jordan said")."""
    from . import geo

    if m.label != "GPE" or " " in m.text:
        return False
    place = geo.locate(m.text, gazetteer=gaz, major=True)
    return place is not None and place.kind != "Country" \
        and not (doc is not None and _speaks(m, doc))


_NAME_PREPS = frozenset({"of", "for", "on", "in", "against", "to", "de", "du"})


def head_word(name: str) -> str | None:
    """The head word of a multi-word organization name: its last word, or the last before
    a preposition (``Observatory`` of ``Syrian Observatory for Human Rights``); none where
    a lower-case noun ends the name (``Bush administration``) or the word is an acronym
    (``Karnataka BJP``)."""
    words = name.split()
    if len(words) < 2:
        return None
    k = next((i for i, w in enumerate(words) if w in _NAME_PREPS), len(words))
    head = words[k - 1] if k > 0 else None
    if head is None or not head[:1].isupper() or head.isupper() \
            or not all(w[:1].isupper() for w in words[:k]):
        return None
    return head


def _short_forms(state: _Keys, doc) -> None:
    """``the Observatory``, ``the Coalition``: a capitalised word after ``the`` that no
    gazetteer or person claims names the one organization of the article whose name has
    it as its head word (``the Syrian Observatory for Human Rights``)."""
    from ..vocab import broad_kind

    heads: dict[str, set[int]] = {}
    for j, m in enumerate(state.ms):
        if broad_kind(m.kind) != "Organization" or state.keys[j] is None \
                or state.keys[j] in state.places:
            continue
        for name in {m.text, state.names[j]}:
            head = head_word(name) if name else None
            if head is not None:
                heads.setdefault(head, set()).add(j)
    if not heads:
        return
    for i, m in enumerate(state.ms):
        if m.key is not None or state.person[i] or " " in m.text \
                or m.label not in ("PERSON", "ORG"):
            continue
        found = heads.get(m.text)
        if not found or len({state.keys[j] for j in found}) != 1:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        tok = span.root
        if not (any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                or (span.start > 0 and doc[span.start - 1].lower_ == "the")):
            continue
        j = next(iter(found))
        state.keys[i], state.names[i] = state.keys[j], state.names[j]
        state.ms[i] = replace(m, kind=state.ms[j].kind)


def _state_bodies(state: _Keys) -> None:
    """``the Defense Ministry`` after ``Japan's Defense Ministry``: a body's name without its
    state names the one body of that name the article gave a state."""
    owners: dict[str, set[str]] = {}
    for j, m in enumerate(state.ms):
        for sep in ("'s ", "’s "):
            owner, found, rest = m.text.partition(sep)
            if found and rest and owner[:1].isupper() and state.keys[j] is not None:
                owners.setdefault(name_key(rest), set()).add(state.keys[j])
    if not owners:
        return
    for i, m in enumerate(state.ms):
        if m.key is None and m.label == "ORG" and "'" not in m.text and "’" not in m.text:
            found = owners.get(name_key(m.text))
            if found is not None and len(found) == 1:
                j = next(j for j, k in enumerate(state.keys) if k in found)
                state.keys[i], state.names[i] = state.keys[j], state.names[j]


def _entities(state: _Keys, gaz: Gazetteer) -> list[Entity]:
    """One entity per key, in order of first mention."""
    from . import geo

    ms, names, person = state.ms, state.names, state.person
    groups: dict[str, list[int]] = {}
    for i, key in enumerate(state.keys):
        groups.setdefault(key, []).append(i)
    out = []
    for key, idx in groups.items():
        group = [ms[i] for i in idx]
        entry = gaz.get(key)
        if entry is not None:
            kind, name = entry.type, entry.name
            place = geo.from_entry(entry) if entry.is_place else None
        else:
            place = state.places.get(key)
            if place is not None:
                kind, name = place.kind, place.name
            elif any(person[i] for i in idx):
                kind = "Person"
                name = max((names[i] for i in idx if person[i] and names[i]), key=name_rank,
                           default=strip_titles(group[0].text))
            else:
                kind = _vote(group)
                if kind == "Place" and state.doc is not None:
                    kind = speaking_place(group, state.doc) or kind  # "Fastaqim told"
                if kind == "Organization" and state.doc is not None \
                        and (person_by_relative(group, doc_text(state.doc))
                             or person_by_role(group, state.doc)):
                    kind = "Person"  # "said Maxwell, who has filed grievances", "A witness,
                    # Firdousa, said"
                if kind == "Person" and state.doc is not None and event_like(group, state.doc):
                    continue  # "after Brexit", "the Brexit vote": an event, no actor
                if any(thing_name(n) for n in {names[i] for i in idx} | {m.text for m in group}):
                    continue  # "the North American Free Trade Agreement": a law, no actor
                name = max((names[i] for i in idx if names[i]), key=name_rank,
                           default=group[0].text)
        linked = tuple(m if m.kind == kind else replace(m, kind=kind) for m in group)
        out.append(Entity(
            key=key, name=name, kind=kind,
            aliases=tuple(sorted({m.text for m in group})),
            mentions=linked,
            wikidata=entry.wikidata if entry is not None else (place.wikidata if place else None),
            latitude=place.lat if place else None,
            longitude=place.lon if place else None,
            country=place.country if place else None,
        ))
    return out


def _family_first(entry, word: str) -> bool:
    """Whether the gazetteer's person ``entry`` puts the family name ``word`` first (``Kim``
    of Kim Jong Un)."""
    return entry is not None and entry.type == "Person" \
        and name_key(entry.name).split("-")[0] == word


def _lone_surname(m: Mention, tails: dict[str, list[tuple[int, str]]],
                  gaz: Gazetteer, bare: Sequence[int] = (),
                  honorific: str | None = None) -> str | None:
    """The person a lone surname names, or None.

    A surname alias that exactly one gazetteer person lists names that person.
    Otherwise: the person of the article whose full name ends with the word;
    where several do (``Hillary Clinton`` and ``Bill Clinton``), the one
    :func:`_surname_holder` finds, else the one named in full most often, then
    first; with none, the one gazetteer person listing the word.  ``bare`` holds
    the offsets of every lone mention of the word.  An alias that several
    gazetteer people list counts only people the article names in full.  An
    ``honorific`` of a gender (``"m"`` for ``Mr.``) passes over full names whose
    first name tells the other.
    """
    word = name_key(strip_titles(m.text))
    owners = gaz.surnames.get(word, frozenset())
    if m.key is not None and len(owners) == 1 and m.key in owners:
        return m.key
    cands = tails.get(word, ())
    if cands and honorific is not None:
        # "Mr. Somers" is no Lucy Somers the article names: a first name of the other gender
        cands = [c for c in cands if not (told := _given_genders(c[1], gaz))
                 or honorific in told]
    if len(owners) > 1:
        cands = [c for c in cands if c[0] >= 0]
    if cands:
        counts = Counter(k for _, k in cands)
        first: dict[str, int] = {}
        for start, k in cands:
            first[k] = min(start, first.get(k, start))
        named: dict[str, int] = {}  # key -> where the article first names that person in full
        for start, k in cands:
            if start >= 0:
                named[k] = min(start, named.get(k, start))
        held = _surname_holder(m.start, named, bare)
        if held is not None:
            return held
        before = [(s, k) for k, s in named.items() if s < m.start]
        if len(named) > 1 and before and any(_family_first(gaz.get(k), word) for k in named):
            # "Kim Jong Un ... Kim Heung-kyu, a professor ... Kim says": a family name many
            # share, of the one named in full last
            return max(before)[1]
        return min(counts, key=lambda k: (-counts[k], first[k]))
    if len(owners) == 1:
        return next(iter(owners))
    return None


#: an honorific that tells a gender, right before a lone surname or opening it
_GENDERED_TITLE = "|".join(w.capitalize() for w, g in HONORIFICS.items() if g)
_HONORIFIC = re.compile(r"\b(%s)\.?\s*$" % _GENDERED_TITLE)
_OPENING_HONORIFIC = re.compile(r"(%s)\b" % _GENDERED_TITLE)


def honorific_of(m: Mention, text: str) -> str | None:
    """``"m"`` or ``"f"`` where an honorific of a gender stands before the mention or opens
    it (``Mr. Somers``), else None.

    >>> honorific_of(Mention(4, 10, "Somers", 0, "PERSON", "Person"), "Mr. Somers")
    'm'
    >>> honorific_of(Mention(0, 7, "Ms. Roe", 0, "PERSON", "Person"), "Ms. Roe")
    'f'
    >>> honorific_of(Mention(4, 7, "Roe", 0, "PERSON", "Person"), "Dr. Roe") is None
    True
    """
    found = _HONORIFIC.search(text[max(0, m.start - 6):m.start]) or _OPENING_HONORIFIC.match(
        m.text)
    return HONORIFICS[found.group(1).lower()] if found else None


def _given_genders(key: str, gaz: Gazetteer) -> set[str]:
    """The genders the given names of the person keyed ``key`` tell (``Marine Patrick Kane``,
    a rank before the names: both)."""
    entry = gaz.get(key)
    words = (entry.name if entry is not None else key.replace("-", " ")).split()[:-1]
    return {g for w in words if (g := first_name_gender(w.lower())) is not None}


def _surname_holder(at: int, named: dict[str, int], bare: Sequence[int]) -> str | None:
    """Of several people of the article sharing a surname (``named``: key -> offset of the
    first full name), the one a lone surname at ``at`` names by position: the one person
    named in full before it, if the next is named only after it; past the second full name,
    the first person still, where the article called that person by the surname alone
    before naming the second (the surname is then that person's short form, and the
    namesake is named in full), else None."""
    order = sorted((s, k) for k, s in named.items())
    if len(order) < 2 or at < order[0][0]:
        return None
    (s0, k0), (s1, _) = order[0], order[1]
    if at < s1 or any(s0 < b < s1 for b in bare):
        return k0
    return None


def _first_name(m: Mention, firsts: dict, tails: Tails, spots: set[str],
                gaz: Gazetteer, doc=None) -> str | None:
    """The one person of the article whose full name opens with a lone word that is no one's
    surname ("Melania" after "Melania Trump"; "Moon" after "Moon Jae-in", a family name written
    first), unless the article reads the word as a place the tables know ("Austin" the city,
    in an article naming Austin Butler) and this mention does not speak ("Victoria said", in
    an article naming Victoria Nuland, is the person; a country speaks for its government)."""
    from . import geo

    word = name_key(strip_titles(m.text))
    owners = firsts.get(word, ())
    if len(owners) != 1 or word in tails:
        return None
    if m.text in spots:
        place = geo.locate(m.text, gazetteer=gaz)
        if place is not None and (place.kind == "Country" or not _speaks(m, doc)):
            return None  # a country speaks for its government ("Georgia said")
    return next(iter(owners))


def _speaks(m: Mention, doc) -> bool:
    """Whether a mention is the subject of a verb of saying ("Victoria would not comment")."""
    span = doc.char_span(m.start, m.end) if doc is not None else None
    return span is not None and speech_subject(span)


def _person_name(text: str) -> str:
    """A person's name as shown: without titles, and a transcript's label in capitals
    (``JANE ROE:``) as a name is written.

    >>> _person_name("Sen. Jane Roe"), _person_name("JANE O'ROE-DOE")
    ('Jane Roe', "Jane O'Roe-Doe")
    """
    text = strip_titles(text)
    return text.title() if text.isupper() and " " in text else text


def _canonical(m: Mention, gaz: Gazetteer) -> str:
    """The display name of a mention that no gazetteer entry names."""
    text = m.text
    if m.label == "PERSON" or m.kind == "Person":
        return _person_name(text)
    for suffix in ("'s ", "’s "):
        owner, sep, rest = text.partition(suffix)
        if sep and rest:
            adjective = gaz.possessives.get(owner)
            if adjective is None and " " in owner:  # "South Korea's": "South Korean"
                entry = gaz.lookup(owner)
                if entry is not None and entry.type == "Country" and entry.demonyms:
                    adjective = entry.demonyms[0]
            if adjective is not None:
                return f"{adjective} {rest}"
    return text


def _plain_key(m: Mention, gaz: Gazetteer) -> str:
    if m.key:
        return m.key
    return name_key(_canonical(m, gaz))


def _vote(group: Sequence[Mention]) -> str:
    counts = Counter(m.kind for m in group)
    order = {"Person": 0, "ArmedGroup": 1, "Military": 2, "GovernmentOrganization": 3,
             "NewsMediaOrganization": 4, "Organization": 5}
    return min(counts, key=lambda k: (-counts[k], order.get(k, 9)))
