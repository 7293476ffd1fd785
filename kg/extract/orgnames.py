"""Names the statistical recognizer missed, cut short or mistyped.

* :func:`appositive_orgs` — a capitalised name set off by an appositive whose head is
  an organization noun is an organization (``J Street, the dovish lobbying
  organization``, ``The Muslim Advocates, an Oakland-based group``), where no
  entity covers the name;
* :func:`joined_ents` — an organization the recognizer cut before the place its name
  ends with (``the National Coalition of Resistance of`` + ``Iran``) or after the state
  whose body it is (``Japan's`` + ``Defense Ministry``; a ministry in lower case too,
  ``China's foreign ministry``), and a person's name cut before its last word (``Seung
  Min`` + ``Kim``) or its "Jr.", joined again;
* :func:`reporting_outlet` — a name after "The" the recognizer took for a people's or a
  work's is a news outlet's where it reports (``The Federalist reported``);
* :func:`org_by_appositive` — a name an appositive of an organization noun describes is
  an organization, whatever the recognizer took it for;
* :func:`person_by_role` — a name in apposition with a person's role, or said to be one, is a
  person's;
* :func:`relative_by_role` — a name set off after a noun of kin someone owns is a
  person's (``Trump's wife, Melania``);
* :func:`place_of` — a name a place noun introduces is a place (``the village of
  Hass``, ``the towns of Foua and Kefraya``), whatever the recognizer took it for.
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..model import Mention
from .cuewords import SPEECH_VERBS
from .textview import covered, doc_text

#: appositive heads that make the name they describe an organization, with its kind
ORG_NOUNS = {
    "organization": "Organization", "organisation": "Organization", "group": "Organization",
    "lobby": "Organization", "association": "Organization", "coalition": "Organization",
    "alliance": "Organization", "movement": "Organization", "party": "Organization",
    "union": "Organization", "institute": "Organization", "foundation": "Organization",
    "charity": "Organization", "nonprofit": "Organization", "non-profit": "Organization",
    "committee": "Organization", "council": "Organization", "federation": "Organization",
    "league": "Organization", "society": "Organization", "agency": "Organization",
    "company": "Organization", "firm": "Organization", "watchdog": "Organization",
    "observatory": "Organization", "think-tank": "Organization", "ngo": "Organization",
    "newspaper": "NewsMediaOrganization", "outlet": "NewsMediaOrganization",
    "broadcaster": "NewsMediaOrganization", "militia": "ArmedGroup", "brigade": "ArmedGroup",
    "battalion": "ArmedGroup", "airline": "Organization", "carrier": "Organization",
    "retailer": "Organization", "manufacturer": "Organization", "automaker": "Organization",
    "carmaker": "Organization", "bank": "Organization", "insurer": "Organization",
    "lender": "Organization", "startup": "Organization", "conglomerate": "Organization",
    "corporation": "Organization", "publisher": "Organization", "utility": "Organization",
    "university": "Organization", "hospital": "Organization",
}
_INNER = frozenset({"of", "for", "and", "the", "on"})  # lower-case words inside a name
_NAME_LABELS = frozenset({"", "NORP"})  # what the recognizer may have seen in the name
_ACRONYM_AFTER = re.compile(r"\s{0,2}\(\s?([A-Z][A-Za-z&.\-]{1,9})\s?\)")


def _org_noun(tok) -> str | None:
    """The kind of organization the appositive head ``tok`` says (``think tank`` too)."""
    lemma = tok.lemma_.lower()
    if lemma == "tank" and any(c.lower_ == "think" for c in tok.children):
        lemma = "think-tank"
    if lemma == "carrier" and any(c.lower_ in ("aircraft", "troop", "mail") for c in tok.children):
        return None  # "the USS Ford, an aircraft carrier": a ship
    return ORG_NOUNS.get(lemma) if tok.pos_ in ("NOUN", "PROPN") else None


def _set_off(doc, end: int, appos, *, article: bool = True) -> bool:
    """Whether the appositive ``appos`` opens right after a comma that ends a name at token
    ``end`` (with an article, unless ``article`` is False): not an appositive the parser hung
    on a name from further away ("X of the Y Center, a think tank")."""
    first = appos.left_edge
    return first.i == end + 1 and doc[end].text == "," \
        and (not article or first.lower_ in ("a", "an", "the"))


def _described(tok):
    """The name token an appositive ``tok`` describes, through a chain of appositives
    (``J Street, the dovish, left-wing ... organization``: the parser hung the second on
    the first), when the appositive set off after it opens with an article (not a list:
    ``U.S. Special Operations Command, every major defense agency``)."""
    t = tok
    for _ in range(3):
        if t.dep_ != "appos" or t.head.i == t.i:
            return None
        up = t.head
        if up.pos_ == "PROPN":
            return up if _set_off(t.doc, up.i + 1, t) else None
        t = up
    return None


def _name_span(name):
    """Token bounds of the capitalised name ending with ``name``: its capitalised
    modifiers just before it (``Muslim`` of ``Muslim Advocates``), and the capitalised
    name an ``of``/``for`` phrase completes (``Alliance for Securing Democracy``)."""
    doc = name.doc
    end = name.i + 1
    for _ in range(3):
        up = name.head
        if name.dep_ == "pobj" and up.lower_ in ("of", "for") and up.head.pos_ == "PROPN" \
                and up.head.i == up.i - 1 and up.head.text[:1].isupper():
            name = up.head
        else:
            break
    start = name.i
    while start > 0:
        t = doc[start - 1]
        if t.head.i == name.i and t.dep_ in ("compound", "flat", "amod") \
                and t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ"):
            start -= 1
        else:
            break
    return start, end


def appositive_orgs(doc, ms: Sequence[Mention], sidx, usable) -> Iterator[Mention]:
    """Organizations named before an appositive of an organization noun that no mention
    covers; ``usable(span)`` says whether a span may be a name (no furniture, no junk)."""
    taken = set()
    for m in ms:
        taken.update(range(m.start, m.end))
    seen = set()
    for tok in doc:
        if tok.dep_ != "appos":
            continue
        kind = _org_noun(tok)
        if kind is None:
            continue
        name = _described(tok)
        if name is None or name.i in seen or not name.text[:1].isupper():
            continue
        start, end = _name_span(name)
        span = doc[start:end]
        if any(t.ent_type_ not in _NAME_LABELS or t.idx in taken for t in span) \
                or name.ent_type_ or not all(t.text[:1].isupper() or not t.is_alpha
                                             or (t.lower_ in _INNER and t.i > start)
                                             for t in span):
            continue
        if not usable(span):
            continue
        seen.add(name.i)
        yield Mention(start=span.start_char, end=span.end_char, text=span.text,
                      sentence=sidx[start], label="ORG", kind=kind)


_STOP = frozenset({"of", "the", "and", "for", "in", "on", "al", "el", "de", "du", "&"})


def _spells(short: str, long: str) -> bool:
    """Whether the capitals of ``short`` are the initials of every word of ``long``."""
    initials = "".join(w[0] for w in re.split(r"[\s\-]+", long) if w and w.lower() not in _STOP)
    return len(initials) > 1 and initials.upper() == short.replace(".", "").upper()


def joined_ents(doc, ents) -> list:
    """The recognizer's entities, with an organization cut before the place that ends its
    name joined to it: ``the National Coalition of Resistance of`` + ``Iran``, or ``the
    National Coalition of Resistance`` + ``of Iran (NCRI)`` where the acronym spells the
    whole."""
    from spacy.tokens import Span

    ents = list(ents)
    out = []
    k = 0
    text = doc_text(doc)
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if ent.label_ == "ORG" and not ent.ent_id_ and nxt is not None \
                and nxt.label_ in ("GPE", "LOC"):
            if nxt.start == ent.end and doc[ent.end - 1].lower_ == "of" and ent.end - ent.start > 1:
                out.append(Span(doc, ent.start, nxt.end, label="ORG"))
                k += 2
                continue
            if nxt.start == ent.end + 1 and doc[ent.end].lower_ == "of":
                match = _ACRONYM_AFTER.match(text, nxt.end_char)
                whole = doc[ent.start:nxt.end].text
                if match is not None and _spells(match.group(1), whole):
                    out.append(Span(doc, ent.start, nxt.end, label="ORG"))
                    k += 2
                    continue
        body = _state_body(doc, ent, nxt)
        if body is not None:  # "South Korea's" + "Defense Ministry", "China's foreign ministry"
            out.append(Span(doc, ent.start, body, label="ORG"))
            k += 2 if nxt is not None and nxt.end == body else 1
            continue
        if ent.label_ == "PERSON" and ent.end < len(doc) and _generation(doc[ent.end]) \
                and (nxt is None or nxt.start > ent.end):
            out.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))  # "Donald Trump Jr."
            k += 1
            continue
        if ent.label_ == "PERSON" and nxt is not None and _split_person(doc, ent, nxt):
            out.append(Span(doc, ent.start, nxt.end, label="PERSON"))
            k += 2
            continue
        out.append(ent)
        k += 1
    return out


#: Head nouns of a state's bodies, named after the state's possessive ("Japan's Defense
#: Ministry"): the state is part of the name, or every state's ministry would be one.
_STATE_BODIES = frozenset("""ministry ministries office department embassy consulate mission
army navy police parliament cabinet""".split())


def _state_body(doc, ent, nxt) -> int | None:
    """The end of a state's body named after the place ``ent`` and its possessive: the
    recognizer's organization that follows (``Japan's`` + ``Defense Ministry``), or a
    ministry or an authority in lower case it left out (``China's foreign ministry``,
    ``Iran's civil aviation authority``); else None."""
    if ent.label_ != "GPE" or ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in ("'s", "’s"):
        return None
    if nxt is not None and nxt.start == ent.end + 1:
        if nxt.label_ == "ORG" and not nxt.ent_id_ and doc[nxt.end - 1].lower_ in _STATE_BODIES:
            return nxt.end
        return None
    stop = min(ent.end + 4, nxt.start if nxt is not None else len(doc))
    for j in range(ent.end + 1, stop):
        tok = doc[j]
        if not tok.is_alpha or not tok.is_lower:
            return None
        if tok.lower_ in ("ministry", "authority") and j > ent.end + 1:
            return j + 1
    return None


def reporting_outlet(ent):
    """The span of a news outlet's name the recognizer took for a people's (``The
    Federalist``) or a work's (``The Daily Beast``), from its "The" on: a name of capitalised
    words after "The" that is the subject of "report" (``The Federalist reported``), follows
    "according to" with its "The" capitalised, or is where a named person works (``Jane Roe
    at The Federalist``); else None."""
    doc = ent.doc
    start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.start
    words = [t for t in doc[start + 1:ent.end] if t.is_alpha]
    if doc[start].lower_ != "the" or not words or not all(t.is_title for t in words):
        return None
    root = ent.root
    reports = root.dep_ == "nsubj" and root.head.lemma_.lower() == "report"
    according = start >= 2 and doc[start - 2].lower_ == "according" \
        and doc[start - 1].lower_ == "to" and root.dep_ == "pobj" and doc[start].text == "The"
    # (not "the French press agency", nor a book: "according to the Koran")
    works = start >= 2 and root.dep_ == "pobj" and root.head.lower_ == "at" \
        and root.head.i == start - 1 and doc[start - 2].ent_type_ == "PERSON"
    return doc[start:ent.end] if reports or according or works else None


def _generation(tok) -> bool:
    """Whether ``tok`` is "Jr." or "Sr." that the recognizer left off the name before it (the
    gazetteer's "Donald Trump" in "Donald Trump Jr."): the son is not the father."""
    return tok.text.rstrip(".") in ("Jr", "Sr") and tok.i > 0 and not tok.ent_type_ \
        and bool(tok.doc[tok.i - 1].whitespace_)


def _split_person(doc, ent, nxt) -> bool:
    """Whether two people's names the recognizer found side by side, nothing between them, are
    one name of three or four words it cut before the last ("Seung Min" + "Kim"): of
    capitalised words, the first a name no gazetteer entry matched, the second one word
    (which may be a surname the gazetteer lists for someone else)."""
    if nxt.label_ != "PERSON" or nxt.start != ent.end or len(nxt) != 1 \
            or not 1 <= len(ent) <= 3 or ent.ent_id_:
        return False
    return all(t.is_alpha and t.is_title for t in doc[ent.start:nxt.end]) \
        and all(t.whitespace_ for t in doc[ent.start:nxt.end - 1])


#: nouns of places that name their place in an "of" phrase ("the village of Hass")
PLACE_NOUNS = frozenset("""village villages town towns city cities province provinces district
districts region regions neighbourhood neighbourhoods neighborhood neighborhoods suburb suburbs
governorate municipality county island islands port""".split())


def place_of(span) -> bool:
    """A name the place noun before it introduces: "the village of Hass", "the towns of
    Foua and Kefraya" (the recognizer took them for a person or an organization)."""
    doc = span.doc
    if span.start > 1 and doc[span.start - 1].lower_ == "of" \
            and doc[span.start - 2].lower_ in PLACE_NOUNS:
        return True  # also where the parser lost the sentence ("of Hass prompting ...")
    t = span.root
    for _ in range(4):
        if t.dep_ != "conj":
            break
        t = t.head
    up = t.head
    return t.dep_ == "pobj" and up.lower_ == "of" and up.head.lower_ in PLACE_NOUNS \
        and up.head.i < t.i


def org_by_appositive(span) -> str | None:
    """The kind of organization an appositive says a name is, whatever the recognizer took
    it for (``Norsar, a Norway-based group that monitors nuclear tests``)."""
    for c in span.root.children:
        if c.dep_ == "appos" and _set_off(span.doc, span.end, c):
            kind = _org_noun(c)
            if kind is not None:
                return kind
    return _known_as(span)


def _known_as(span) -> str | None:
    """The kind of organization a name is known as (see :func:`known_as_noun`): an armed
    group where a word of arms describes it (``a militant group called ...``)."""
    noun = known_as_noun(span)
    if noun is None:
        return None
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _ARMED for c in noun.children):
        return "ArmedGroup"
    return _org_noun(noun)


#: words that make a group an armed one ("a militant group called ...")
_ARMED = frozenset({"militant", "armed", "rebel", "jihadist", "terrorist", "terror",
                    "extremist", "insurgent", "paramilitary", "islamist", "guerrilla"})


def known_as_noun(span):
    """The noun of the body a name is known as (``a brigade of fighters known as Ansar
    al-Sharia``: ``brigade``; ``a group called Jane Roe``: ``group``): the noun ``known
    as``, ``called`` or ``named`` describes, or the noun of the phrase it hangs on (``a
    brigade of ...``) where that one names a body; else None."""
    r = span.root
    h = r.head
    if r.dep_ == "pobj" and h.lower_ == "as" and h.head.lower_ == "known":
        verb = h.head
    elif r.dep_ in ("oprd", "dobj", "attr") and h.lower_ in ("called", "named", "dubbed"):
        verb = h
    else:
        return None
    if verb.dep_ != "acl" or verb.head.i == verb.i:
        return None
    noun = verb.head
    if _org_noun(noun) is None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.i != noun.head.i and _org_noun(noun.head.head) is not None:
        return noun.head.head  # "a brigade of Islamist fighters known as X"
    return noun if _org_noun(noun) is not None else None


def person_by_role(span) -> bool:
    """A name of two or more capitalised words set in apposition with a person's role
    (``the foreign minister, Monsignor Antoine Camilleri``; ``Antoine Camilleri, a
    spokesman``; ``a spokesperson for Baker, Jane Roe``), or said to be one (``Antoine
    Camilleri was a lawyer``), or a name of one word or more with an age set off by commas
    after it (``Antoine Camilleri, 48, who ...``, ``Camilleri, 48, said``), whatever the
    recognizer took it for."""
    from .speakerwords import PERSON_WORDS

    words = [t for t in span if t.is_alpha]
    if not words or not all(t.text[:1].isupper() for t in words) \
            or any(t.lower_ in ORG_NOUNS or t.lower_ in BODY_WORDS for t in words):
        return False
    root = span.root
    doc = span.doc
    if span.end + 1 < len(doc) and set_off_age(doc[span.end + 1]) \
            and doc[span.end + 1].head.i == root.i:
        return True  # "Jane Roe, 48, who was manning a newsstand", "Roe, 45, said"
    if len(words) < 2 or root.dep_ == "pobj":
        return False  # "the secretary of Homeland Security"
    roles = [root.head] if root.dep_ == "appos" and span.start > 0 \
        and doc[span.start - 1].text == "," else []
    if roles and roles[0].dep_ == "pobj" and roles[0].head.dep_ == "prep":
        roles.append(roles[0].head.head)  # "a spokesperson for the minister, Jane Roe,":
        # the parser hung the name on the minister, not on the spokesperson
    roles += [c for c in root.children if c.dep_ == "appos"
              and _set_off(doc, span.end, c, article=False)]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and root.head.i == span.end:
        # "Morgan Jones was a former British soldier"
        roles += [c for c in root.head.children if c.dep_ == "attr"
                  and any(d.lower_ in ("a", "an") for d in c.children)]
    return any(r.pos_ == "NOUN" and r.lemma_.lower() in PERSON_WORDS
               for r in roles)


def years_old(tok) -> bool:
    """Whether ``tok`` is the word ``old`` of an age (``64-year-old``)."""
    return tok.lower_ == "old" and any(
        c.lower_ in ("year", "years") and any(n.dep_ == "nummod" for n in c.children)
        for c in tok.children)


def set_off_age(tok) -> bool:
    """Whether ``tok`` is an age set off by commas after a name (``Jane Roe, 48,``)."""
    doc = tok.doc
    return tok.text.isdigit() and 0 < int(tok.text) < 120 and tok.i + 1 < len(doc) \
        and doc[tok.i + 1].text == "," and doc[tok.i - 1].text == ","


#: nouns of kin: a name set off after one a person owns is a person's ("his wife, Jane")
KIN = frozenset({"wife", "husband", "son", "daughter", "mother", "father", "brother",
                 "sister", "widow", "widower", "grandson", "granddaughter", "niece", "nephew",
                 "cousin", "fiancee", "fiancée", "fiance", "girlfriend", "boyfriend", "partner"})


def relative_by_role(span) -> bool:
    """A capitalised name set off after a noun of kin that someone owns (``Trump's wife,
    Melania,``; ``his son, Eric``) is a person's, whatever the recognizer took it for."""
    words = [t for t in span if t.is_alpha]
    if not words or not all(t.text[:1].isupper() for t in words):
        return False
    root = span.root
    doc = span.doc
    if root.dep_ != "appos" or span.start == 0 or doc[span.start - 1].text != ",":
        return False
    kin = root.head
    return kin.lemma_.lower() in KIN and kin.i < span.start and any(
        c.dep_ == "poss" for c in kin.children)


#: words of organization names that no person's name holds
BODY_WORDS = frozenset("""ministry department office bureau agency institute center centre
university college school bank fund corporation inc ltd co corp news times post press
media network commission authority court forces force army navy police""".split())


#: head nouns of the names of public bodies the recognizer may leave unlabelled
_BODY_HEADS = BODY_WORDS | frozenset("""secretariat directorate commissariat council committee
board agency service authority""".split())


def spoken_bodies(doc, ms: Sequence[Mention], furniture, sidx) -> list[Mention]:
    """A body's name of capitalised words that the recognizer left unlabelled, the subject of
    a verb of saying (``Brazil's national Special Secretariat for Women's Rights said``): the
    capitalised words before a body's head noun and an ``of`` or ``for`` phrase of capitalised
    words after it, three words or more (not a bare ``Foreign Ministry``, whoever's it is), no
    word of another mention, nor right after a name recognized (``the UN Commission of
    Inquiry``); ``furniture(offset)`` says whether page furniture is there."""
    taken = covered(ms)
    out = []
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.ent_type_ or not tok.is_title \
                or tok.lemma_.lower() not in _BODY_HEADS \
                or tok.head.lemma_.lower() not in SPEECH_VERBS:
            continue
        lo = tok.i
        while lo > tok.sent.start and doc[lo - 1].is_title and not doc[lo - 1].ent_type_ \
                and doc[lo - 1].dep_ in ("compound", "amod"):
            lo -= 1
        hi = tok.i + 1
        if hi + 1 < len(doc) and doc[hi].lower_ in ("for", "of"):
            k = hi + 1 + (doc[hi + 1].lower_ == "the")
            j = k
            while j < len(doc) and (doc[j].is_title or j > k and doc[j].tag_ == "POS") \
                    and not doc[j].is_sent_start:
                j += 1
            if j > k and doc[j - 1].tag_ != "POS":
                hi = j
        name = doc[lo:hi]
        before = doc[lo - 1] if lo > 0 else None
        if len(name) < 3 or any(k in taken for k in range(name.start_char, name.end_char)) \
                or before is not None and before.ent_type_ and before.text[:1].isupper() \
                or furniture(name.start_char):
            continue  # not "Police Department" of "New York City Police Department", nor
            # "Commission of Inquiry" of "the UN Commission of Inquiry": a name recognized
        out.append(Mention(start=name.start_char, end=name.end_char, text=name.text,
                           sentence=sidx[tok.i], label="ORG", kind="Organization"))
    return out


__all__ = ["BODY_WORDS", "ORG_NOUNS", "PLACE_NOUNS", "KIN", "appositive_orgs", "joined_ents",
           "org_by_appositive", "known_as_noun", "person_by_role", "relative_by_role",
           "place_of", "reporting_outlet", "set_off_age", "spoken_bodies", "years_old"]
