"""Mentions of actors and places, and linking them into entities.

:func:`mentions` reads the entities of a parsed article (gazetteer matches
carry the gazetteer id in ``ent_id_``; the statistical recognizer labels the
rest) and keeps those that name an actor or a place:

* gazetteer matches, except a ``context_aliases`` form ("IS") where the
  entity is not otherwise named in the article, and short all-capital forms
  in a shouted line;
* PERSON, ORG, GPE, LOC and FAC spans, trimmed of articles, titles
  ("Lt Gen"), possessives and markup, and rejected when they are junk (no
  capital letter, a single character, punctuation, URL or e-mail pieces,
  a line break or a blanked stretch inside, quotes, weekday and month names,
  headline words, site furniture);
* NORP adjectives only with a group noun: "Iraqi security forces",
  "Syrian and Russian forces", "Kurdish fighters";
* bare acronyms defined in the text ("Popular Mobilization Forces (PMF)").

:func:`link` groups mentions into one :class:`~kg.model.Entity` per actor:
gazetteer ids; acronyms to their long form; short forms of people named in
full ("Caggins" after "Myles Caggins", also where the recognizer took the lone
surname for an organization or a place; of several people of one surname,
the one named in full most often); a one-word alias one gazetteer person
lists names that person; everything else by
:func:`kg.gazetteer.name_key` of its canonical name, so that the same actor
gets the same key in every article.  Places get coordinates and a country
(:mod:`kg.extract.geo`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Iterable, Iterator, Sequence

from ..gazetteer import TITLES, Gazetteer, name_key, strip_titles, title_words
from ..model import Entity, Mention
from .sentences import sent_index

_KIND = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place",
         "FAC": "Place"}
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LEADING = frozenset({"the", "a", "an"})
_TRAILING = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "&", "or"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december today
yesterday tomorrow pst pdt est edt cst cdt mst mdt gmt utc cet cest bst""".split())
#: Platforms that are channels in "said on Twitter", actors elsewhere.
_CHANNELS = frozenset("""twitter facebook youtube instagram whatsapp telegram tiktok snapchat
linkedin reddit weibo""".split())
_CHANNEL_CUES = frozenset({"on", "via", "through", "over", "to", "at"})
#: Lower-case name particles ("al-Tarmiyah", "de Mistura", "bin Laden").
_NAME_PARTICLES = frozenset("""al el ad an ar as ash at az de del della der di du da dos la le
van von bin ibn bint abu ul""".split())
_JUNK = re.compile(r"[@<>\[\]{}|*#_=\\/\"“”«»]|https?:|www\.|\.(?:com|org|net|ca|uk|ru)\b|\s{2,}|\n",
                   re.IGNORECASE)
_FURNITURE = re.compile(
    r"copyright|©|all rights reserved|follow us|subscribe|sign up|newsletter|share this|"
    r"comment on|become a member|articles by|disclaimer|privacy policy|terms of (?:use|service)|"
    r"click here|read more|related articles?|featured image|image (?:credit|source)|"
    r"hide caption|photos:|just watched|must watch|replay|more videos|getty images|"
    r"original source of this article|(?:our|on) (?:facebook|twitter|instagram|telegram) (?:page|account)",
    re.IGNORECASE)
#: Furniture phrases unambiguous enough to mark their neighbourhood inside a long line.
_FURNITURE_NEAR = re.compile(
    r"privacy policy|terms of (?:use|service)|all rights reserved|©|click here|"
    r"sign up for (?:our|the)|\bAP Photo\b|getty images|photo (?:credit|courtesy)|\(photo:",
    re.IGNORECASE)
_NEAR = 120
_INNER_POSSESSIVE = re.compile(r"\w['’]s?\s")

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
_GROUP_PAIRS = {("air", "force"): "air force", ("air", "power"): "air force",
                ("armed", "forces"): "armed forces"}
_GROUP_KIND = {"forces": "Military", "army": "Military", "military": "Military",
               "navy": "Military", "air force": "Military", "armed forces": "Military",
               "coalition": "Military", "government": "GovernmentOrganization",
               "police": "GovernmentOrganization", "intelligence": "GovernmentOrganization"}
_GROUP_MODIFIERS = frozenset("""security special government armed regular ground elite allied
federal national regime opposition tribal counterterrorism counter-terrorism""".split())
_COORDINATION = frozenset({",", "and", "or", "&"})
_STOP_INITIALS = frozenset({"of", "the", "and", "for", "in", "on", "al", "el", "de", "du", "&"})
_LOWER_WORD = re.compile(r"\b[^\W\d_A-Z]+\b")
_GROUP_NAMES = "kg.group_names"  # Doc.user_data: start offset -> "Kurdish forces"
_TEXT = "kg.text"  # Doc.user_data: the text, joined once
_ACRONYM_AFTER = re.compile(r"\s{0,2}\(\s?([A-Z][A-Za-z&.\-]{1,9})\s?\)")


# -- mentions ------------------------------------------------------------------

def doc_text(doc) -> str:
    """``doc.text``, joined once per document (spaCy rebuilds it from the tokens at every call)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def mentions(doc, *, gazetteer: Gazetteer | None = None) -> Iterator[Mention]:
    """Yield a :class:`Mention` for each named actor or place in ``doc``, in text order."""
    gaz = _gazetteer(gazetteer)
    view = _View(doc)
    sidx = sent_index(doc)
    out: list[Mention] = []
    ents = doc.ents
    context_forms = gaz.context_forms
    named = {e.ent_id_ for e in ents if e.ent_id_ and e.ent_id_ in gaz
             and e.text not in context_forms}
    norps = []
    for ent in ents:
        label = ent.label_
        entry = gaz.get(ent.ent_id_) if ent.ent_id_ else None
        if entry is not None:
            text = ent.text
            if text in context_forms and entry.id not in named:
                if label in _PLACE_LABELS:  # "Samara" alone: let the place tables decide
                    m = _ner_mention(ent, label, doc, view, gaz, sidx)
                    if m is not None:
                        out.append(m)
                continue
            if len(text) <= 3 and text.isupper() and view.shouted(ent):
                continue
            if view.furniture(ent.start_char) or _channel(ent, doc):
                continue
            out.append(Mention(start=ent.start_char, end=ent.end_char, text=text,
                               sentence=sidx[ent.start], label=label, kind=entry.type,
                               key=entry.id))
        elif label == "NORP":
            norps.append(ent)
        elif label in _KIND:
            m = _ner_mention(ent, label, doc, view, gaz, sidx)
            if m is not None:
                out.append(m)
    if norps:
        out.extend(_group_mentions(norps, doc, view, gaz, sidx))
    out = _surname_mentions(out, doc, view, sidx)
    defs = acronyms(out, view.text)
    if defs:
        out = _acronym_mentions(out, defs, doc, view.text, sidx)
    out.sort(key=lambda m: (m.start, -m.end))
    yield from out


def _ner_mention(ent, label: str, doc, view: "_View", gaz: Gazetteer, sidx) -> Mention | None:
    """A statistical entity, trimmed and checked; None when it is not a name."""
    start, end = _trim(doc, ent.start, ent.end, label)
    if start >= end:
        return None
    span = doc[start:end]
    text = span.text
    if _junk(text, span, view.text, label):
        return None
    if view.furniture(span.start_char) or view.headline_noise(span) or _channel(span, doc):
        return None
    entry = gaz.lookup(strip_titles(text) if label == "PERSON" else text)
    if entry is None and label == "ORG" and len(span) <= 3:
        from . import geo

        place = geo.locate(text, gazetteer=gaz, major=True)
        if place is not None:  # "DHAKA, Bangladesh" tagged as an organization
            return Mention(start=span.start_char, end=span.end_char, text=text,
                           sentence=sidx[start], label=label, kind="Place")
    if entry is not None:
        return Mention(start=span.start_char, end=span.end_char, text=text, sentence=sidx[start],
                       label=label, kind=entry.type, key=entry.id)
    return Mention(start=span.start_char, end=span.end_char, text=text, sentence=sidx[start],
                   label=label, kind=_KIND[label])


def _channel(span, doc) -> bool:
    """A platform named as the channel of a message: "said on Twitter"."""
    return (span.text.lower() in _CHANNELS and span.start > 0
            and doc[span.start - 1].lower_ in _CHANNEL_CUES)


def _trim(doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Token bounds without leading articles/titles/markup and trailing possessives/markup."""
    while start < end and (doc[start].lower_ in _LEADING or doc[start].text in _POSSESSIVE
                           or not _wordy(doc[start].text)):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].lower_ in _TRAILING
                           or not _wordy(doc[end - 1].text)):
        end -= 1
    if label == "PERSON":
        words = [t.text for t in doc[start:end]]
        if all(w.lower().rstrip(".") in TITLES for w in words):
            return start, start  # "Lt Gen", "President": a title, no name
        if len(words) > 1:
            start += title_words(words)
    return start, end


def _wordy(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _junk(text: str, span, full: str, label: str) -> bool:
    if len(text) < 2 or not any(ch.isupper() for ch in text):
        return True  # a single character, or no capital letter: not a name
    if text[0].islower() and re.split(r"[\s\-]", text, 1)[0] not in _NAME_PARTICLES:
        return True  # "trans-Atlantic"
    doc = span.doc
    if span.start_char and full[span.start_char - 1] in "#@":
        return True  # a hashtag or a handle
    if len(span) == 1 and text.isupper() and span.end < len(doc) and doc[span.end].text == ":":
        return True  # a field label: "TARGET: two police officers"
    if label == "PERSON" and _INNER_POSSESSIVE.search(text):
        return True  # "Charlie Wilson's War": a title, not a person
    if len(span) == 1 and text.lower().rstrip(".") in TITLES:
        return True  # "Spokesman", "General": a title alone
    if _JUNK.search(text) or "," in text or len(span) > 8:
        return True
    if span[0].like_num or text.lower() in _CALENDAR:
        return True
    return False


class _View:
    """Lazily computed facts about the text around a span (lines, common words)."""

    def __init__(self, doc):
        self.doc = doc
        self.text = doc_text(doc)
        self._lines: dict[int, tuple[int, int]] = {}
        self._title: dict[int, bool] = {}
        self._furniture: dict[int, bool] = {}
        self._common: set[str] | None = None

    def line(self, pos: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, pos) + 1
        found = self._lines.get(start)
        if found is None:
            end = self.text.find("\n", pos)
            found = self._lines[start] = (start, len(self.text) if end < 0 else end)
        return found

    def furniture(self, pos: int) -> bool:
        """Whether ``pos`` is in site furniture (credits, share buttons, policies).

        A short line is furniture when it has a furniture phrase; in a long
        line only the stretch near an unambiguous one ("Privacy Policy",
        "AP Photo") is.
        """
        start, end = self.line(pos)
        found = self._furniture.get(start)
        if found is None:
            found = self._furniture[start] = (
                bool(_FURNITURE.search(self.text, start, end)
                     or _FURNITURE_NEAR.search(self.text, start, end)) if end - start < 240
                else None)
        if found is None:  # a long line
            return bool(_FURNITURE_NEAR.search(self.text, max(start, pos - _NEAR),
                                               min(end, pos + _NEAR)))
        return found

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

    def shouted(self, span) -> bool:
        """Whether a neighbouring word is in capitals too (and is no name)."""
        doc = self.doc
        for i in (span.start - 1, span.end):
            if 0 <= i < len(doc):
                tok = doc[i]
                if tok.is_alpha and len(tok) > 1 and tok.is_upper and not tok.ent_type_:
                    return True
        return False


def _group_mentions(norps, doc, view: _View, gaz: Gazetteer, sidx) -> Iterator[Mention]:
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
        if j >= n or doc[j].ent_type_:
            continue
        head = None
        if j + 1 < n and (doc[j].lower_, doc[j + 1].lower_) in _GROUP_PAIRS and not doc[j + 1].ent_type_:
            head, last = _GROUP_PAIRS[(doc[j].lower_, doc[j + 1].lower_)], j + 1
        elif doc[j].lower_ in GROUP_NOUNS:
            head, last = GROUP_NOUNS[doc[j].lower_], j
        if head is None:
            continue
        start, end = _trim(doc, ent.start, ent.end, "NORP")
        if start >= end or view.furniture(ent.start_char):
            continue
        span = doc[start:end] if coordinated else doc[start:last + 1]
        yield _group_mention(span, doc[start:end].text, mods, head, doc, gaz, sidx)


def _group_mention(span, adjective: str, mods: list[str], head: str, doc, gaz: Gazetteer,
                   sidx) -> Mention:
    phrase = " ".join([adjective] + mods + [head])
    doc.user_data.setdefault(_GROUP_NAMES, {})[span.start_char] = phrase
    entry = gaz.lookup(phrase)
    if entry is not None:
        kind, key = entry.type, entry.id
    else:
        kind, key = _GROUP_KIND.get(head, "ArmedGroup"), None
    return Mention(start=span.start_char, end=span.end_char, text=span.text,
                   sentence=sidx[span.start], label="NORP", kind=kind, key=key)


def _surname_mentions(ms: list[Mention], doc, view: _View, sidx) -> list[Mention]:
    """Add the surname of a person named in full where the recognizer missed it alone."""
    surnames = set()
    for m in ms:
        if m.key is None and m.kind == "Person" and " " in m.text:
            last = m.text.rsplit(" ", 1)[1]
            last = last.rsplit("-", 1)[-1] if last[:3].lower() in ("al-", "el-") else last
            if len(last) > 2 and last[0].isupper() and last.isalpha() and last.lower() not in view.common:
                surnames.add(last)
    if not surnames:
        return ms
    extra = []
    for tok in _find_tokens(surnames, doc, view.text, _covered(ms)):
        if tok.ent_type_:
            continue
        span = doc[tok.i:tok.i + 1]
        if view.furniture(tok.idx) or view.headline_noise(span):
            continue
        extra.append(Mention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text,
                             sentence=sidx[tok.i], label="PERSON", kind="Person"))
    return ms + extra if extra else ms


def _covered(ms: Sequence[Mention]) -> set[int]:
    """Start offsets of the characters inside a mention (to skip)."""
    covered: set[int] = set()
    for m in ms:
        covered.update(range(m.start, m.end))
    return covered


def _find_tokens(words: set[str], doc, text: str, covered: set[int]):
    """Tokens whose text is one of ``words``, outside ``covered`` (a regex scan, not a token loop)."""
    pattern = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)))
    for match in pattern.finditer(text):
        if match.start() in covered:
            continue
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1:
            yield span[0]


# -- acronyms --------------------------------------------------------------------

def acronyms(ms: Sequence[Mention], text: str) -> dict[str, Mention]:
    """Acronyms defined in the text: ``"Popular Mobilization Forces (PMF)"`` → ``{"PMF": mention}``."""
    out: dict[str, Mention] = {}
    for m in ms:
        if m.kind == "Person" or " " not in m.text:
            continue
        match = _ACRONYM_AFTER.match(text, m.end)
        if match is None:
            continue
        short = match.group(1)
        if short not in out and is_acronym(short, m.text):
            out[short] = m
    return out


def is_acronym(short: str, long: str) -> bool:
    """Whether ``short`` abbreviates ``long`` (its letters, in order, the first starting a word).

    >>> is_acronym("PMF", "Popular Mobilization Forces"), is_acronym("SDF", "Syrian Democratic Forces")
    (True, True)
    >>> is_acronym("DIA", "Defense Intelligence Agency"), is_acronym("UN", "Islamic State")
    (True, False)
    """
    letters = [c for c in short.lower() if c.isalnum()]
    if len(letters) < 2 or sum(c.isupper() for c in short) < 2:
        return False
    words = [w for w in re.split(r"[\s\-]+", long) if w]
    initials = [w[0].lower() for w in words if w.lower() not in _STOP_INITIALS]
    if letters[0] != (initials[0] if initials else ""):
        return False
    # every letter in order in the long form, at least half of them word initials
    body = long.lower()
    pos = 0
    for c in letters:
        pos = body.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    hits = sum(1 for c in letters if c in initials)
    return hits * 2 >= len(letters)


def _acronym_mentions(ms: list[Mention], defs: dict[str, Mention], doc, text: str,
                      sidx) -> list[Mention]:
    """Give acronym mentions their long form's gazetteer key; add bare acronyms the recognizer missed."""
    out = []
    for m in ms:
        long = defs.get(m.text)
        if long is not None and m.key is None:
            m = replace(m, kind=long.kind, key=long.key)
        out.append(m)
    for tok in _find_tokens(set(defs), doc, text, _covered(ms)):
        long = defs[tok.text]
        out.append(Mention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text,
                           sentence=sidx[tok.i], label="ORG", kind=long.kind, key=long.key))
    return out


# -- linking ---------------------------------------------------------------------

def link(ms: Sequence[Mention], doc=None, *, gazetteer: Gazetteer | None = None) -> list[Entity]:
    """Group mentions that name the same actor or place into entities (in order of first mention)."""
    from . import geo

    gaz = _gazetteer(gazetteer)
    ms = sorted(ms, key=lambda m: (m.start, -m.end))
    keys: list[str | None] = [m.key for m in ms]
    names: list[str] = [""] * len(ms)
    person: list[bool] = [False] * len(ms)
    places: dict[str, "geo.Place"] = {}

    # acronyms defined in the text take the key of their long form
    defs = acronyms(ms, doc_text(doc)) if doc is not None else {}
    long_index = {id(m): i for i, m in enumerate(ms)}

    # people named in full (two words or more): their surname (and longer tails) name them
    tails: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, m in enumerate(ms):
        if m.kind != "Person":
            continue
        name = strip_titles(m.text)
        if " " not in name:  # "Trump", "Holtz-Eakin": a lone surname, linked below
            continue
        full = name_key(name)
        if "-" not in full:
            continue
        key = keys[i] or full
        if keys[i] is None:
            keys[i], names[i] = key, name
        person[i] = True
        parts = full.split("-")
        for n in range(1, len(parts)):
            tails["-".join(parts[n:])].append((m.start, key))
    for entry_id in {k for k in keys if k}:
        entry = gaz.get(entry_id)
        if entry is not None and entry.type == "Person":
            parts = name_key(entry.name).split("-")
            for n in range(1, len(parts)):
                tails["-".join(parts[n:])].append((-1, entry_id))

    # countries the article names: a city there wins over a namesake elsewhere
    near = set()
    for k in keys:
        entry = gaz.get(k)
        if entry is not None and entry.is_place:
            near.add(entry.id if entry.type == "Country" else entry.country)
    near.discard(None)
    group_names = doc.user_data.get(_GROUP_NAMES, {}) if doc is not None else {}
    for i, m in enumerate(ms):
        if m.label == "NORP":
            names[i] = group_names.get(m.start, m.text)
            if keys[i] is None:
                keys[i] = name_key(names[i])
            continue
        if keys[i] is not None:
            if " " not in m.text and m.kind == "Person" and gaz.get(keys[i]) is not None:
                # a one-word gazetteer alias: kept where only its person lists it; an alias
                # several people list goes to the one the article names, else to none
                key = _lone_surname(m, tails, gaz)
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
        if m.label in _SURNAME_LABELS and " " not in strip_titles(m.text):
            key = _lone_surname(m, tails, gaz)
            if key is not None:
                keys[i] = key
                person[i] = True
                continue
        if m.kind == "Place" and m.label != "FAC":  # a facility is no town of its name
            place = geo.locate(m.text, gazetteer=gaz, near=near)
            if place is not None:
                keys[i], names[i] = place.key, place.name
                places[place.key] = place
                continue
        keys[i], names[i] = _plain_key(m, gaz), _canonical(m, gaz)

    groups: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        groups.setdefault(key, []).append(i)

    out = []
    for key, idx in groups.items():
        group = [ms[i] for i in idx]
        entry = gaz.get(key)
        if entry is not None:
            kind, name = entry.type, entry.name
            place = geo.from_entry(entry) if entry.is_place else None
        else:
            place = places.get(key)
            if place is not None:
                kind, name = place.kind, place.name
            elif any(person[i] for i in idx):
                kind = "Person"
                name = max((names[i] for i in idx if person[i] and names[i]), key=len,
                           default=strip_titles(group[0].text))
            else:
                kind = _vote(group)
                name = max((names[i] for i in idx if names[i]), key=len, default=group[0].text)
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


#: labels of a lone word that may be a surname the recognizer took for something else
_SURNAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC"})


def _lone_surname(m: Mention, tails: dict[str, list[tuple[int, str]]],
                  gaz: Gazetteer) -> str | None:
    """The person a lone surname names, or None.

    A surname alias that exactly one gazetteer person lists names that person.
    Otherwise: the person of the article whose full name ends with the word;
    where several do (``Hillary Clinton`` and ``Bill Clinton``), the one named
    in full most often, then first; with none, the one gazetteer person listing
    the word.  An alias that several gazetteer people list counts only people
    the article names in full.
    """
    word = name_key(strip_titles(m.text))
    owners = gaz.surnames.get(word, frozenset())
    if m.key is not None and len(owners) == 1 and m.key in owners:
        return m.key
    cands = tails.get(word, ())
    if len(owners) > 1:
        cands = [c for c in cands if c[0] >= 0]
    if cands:
        counts = Counter(k for _, k in cands)
        first: dict[str, int] = {}
        for start, k in cands:
            first[k] = min(start, first.get(k, start))
        return min(counts, key=lambda k: (-counts[k], first[k]))
    if len(owners) == 1:
        return next(iter(owners))
    return None


def _canonical(m: Mention, gaz: Gazetteer) -> str:
    """The display name of a mention that no gazetteer entry names."""
    text = m.text
    if m.label == "PERSON" or m.kind == "Person":
        return strip_titles(text)
    first, sep, rest = text.partition(" ")
    for suffix in ("'s", "’s"):
        if sep and first.endswith(suffix) and first[: -len(suffix)] in gaz.possessives:
            return f"{gaz.possessives[first[: -len(suffix)]]} {rest}"
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


def _gazetteer(gazetteer: Gazetteer | None) -> Gazetteer:
    if gazetteer is not None:
        return gazetteer
    from .nlp import default_gazetteer

    return default_gazetteer()


def keys_of(entities: Iterable[Entity]) -> dict[str, Entity]:
    """Entities by key."""
    return {e.key: e for e in entities}
