"""Mentions of actors and places in a parsed article.

:func:`mentions` reads the entities of a parsed article (gazetteer matches
carry the gazetteer id in ``ent_id_``; the statistical recognizer labels the
rest) and keeps those that name an actor or a place:

* gazetteer matches, except a ``context_aliases`` form ("IS") where the
  entity is not otherwise named in the article, and short all-capital forms
  in a shouted line;
* PERSON, ORG, GPE, LOC and FAC spans, trimmed of articles, titles
  ("Lt Gen", "Pfc."), possessives and markup (a person's name ends before a lower-case
  word of its sentence: "does Jane Roe rebuff ..."), and rejected when they are junk (no
  capital letter, a single character, punctuation, URL or e-mail pieces,
  a line break or a blanked stretch inside, quotes, weekday and month names,
  headline words, site furniture, shouted words and exclamations); a one-word
  person's type follows the evidence (after an article: an organization or a
  thing; an unnamed acronym: an organization; opening its sentence once and
  never written as a name: an ordinary word); a word without a vowel is a
  rank ("Cpl.");
* NORP adjectives only with a group noun (:mod:`kg.extract.groupnames`): "Iraqi security
  forces", "Syrian and Russian forces", "Kurdish fighters";
* bare acronyms defined in the text ("Popular Mobilization Forces (PMF)");
* names the recognizer missed or cut short (:mod:`kg.extract.orgnames`): a name
  set off by an appositive of an organization noun ("J Street, the lobbying
  organization"), a name cut before its place ("... of" + "Iran"), a place a place
  noun introduces ("the village of Hass") taken for a person or an organization;
* persons' names the recognizer missed, cut short or took for a work's title
  (:mod:`kg.extract.personnames`);
* the surname alone of a person named in full, where the recognizer missed it;
* what a span's own grammar says (:mod:`kg.extract.namewords`): an ordinary word opening its
  sentence, a handle in brackets after its name and a date are no names; a possessive that
  lost its apostrophe ("Syrias western province") names the place; a name right after a
  person's role is a person's, one modifying a place noun a place's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from ..gazetteer import RULER_LABEL, TITLES, Gazetteer, strip_titles
from ..model import Mention
from .acronyms import acronym_mentions, acronyms, spelled_names
from .cuewords import name_as_modal, speech_subject
from .evidence import team_name
from .groupnames import group_mentions
from .namewords import (ORDERS, acronym_before_name, dated, handle, joined_parts,
                        lost_possessives, ordinary_opener, ordinary_word, person_after_body,
                        person_after_owner, person_by_first_name, person_by_rank,
                        person_by_title, place_by_noun, possessive_stem, saying_opener,
                        verb_opener)
from .orgnames import (BODY_WORDS, appositive_orgs, joined_ents, org_by_appositive,
                       person_by_role, place_of, relative_by_role, reporting_outlet,
                       spoken_bodies)
from .personnames import (cut_front, cut_name, described_names, first_name_before,
                          given_name_before_place, kin_name, lone_speaker_names,
                          lone_speakers, lone_surnames, member_of_body, namesake,
                          other_first_name, place_first_name, place_surname, resident,
                          role_follows, role_names, speaking_name, spoken_names,
                          surname_speaks, titled_names, titled_span, transcript_names)
from .sentences import sent_index
from .spantrim import title_abbreviation
from .spantrim import trim as _trim
from .textview import View, covered, find_spans, find_tokens

_KIND = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place",
         "FAC": "Place"}
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: labels the recognizer gives persons' names it mistakes
_NOT_PERSON = frozenset({"ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT"})
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december today
yesterday tomorrow pst pdt est edt cst cdt mst mdt gmt utc cet cest bst et pt ct mt""".split())
#: Platforms that are channels in "said on Twitter", actors elsewhere.
_CHANNELS = frozenset("""twitter facebook youtube instagram whatsapp telegram tiktok snapchat
linkedin reddit weibo""".split())
_CHANNEL_CUES = frozenset({"on", "via", "through", "over", "to", "at"})
#: Lower-case name particles ("al-Tarmiyah", "de Mistura", "bin Laden").
_NAME_PARTICLES = frozenset("""al el ad an ar as ash at az de del della der di du da dos la le
van von bin ibn bint abu ul""".split())
#: Last words of a newspaper's name, which the recognizer may take for a title of a work.
_NEWS_ENDS = frozenset("""times post news journal herald tribune press gazette chronicle examiner
observer telegraph today daily""".split())
_JUNK = re.compile(r"[@<>\[\]{}|*#_=\\/\"“”«»]|https?:|www\.|\.(?:com|org|net|ca|uk|ru)\b|\s{2,}|\n",
                   re.IGNORECASE)
#: a site's name: one capitalised word and its domain ("Breitbart.com", "NJ.com")
_DOMAIN = re.compile(r"[A-Z][A-Za-z0-9-]*\.(?:com|org|net)")
_INNER_POSSESSIVE = re.compile(r"\w['’]s?\s")
_TIME = re.compile(r"\d{1,2}[:.]\d\d|\b\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE)

def mentions(doc, *, gazetteer: Gazetteer | None = None) -> Iterator[Mention]:
    """Yield a :class:`Mention` for each named actor or place in ``doc``, in text order."""
    if gazetteer is None:
        from .nlp import default_gazetteer

        gazetteer = default_gazetteer()
    gaz = gazetteer
    view = View(doc)
    sidx = sent_index(doc)
    out: list[Mention] = []
    ents = doc.ents
    context_forms = gaz.context_forms
    named = {e.ent_id_ for e in ents if e.ent_id_ and e.ent_id_ in gaz
             and e.text not in context_forms}
    norps = []
    known = _known(ents, gaz)
    ruled = {(e.start, e.end) for e in ents if e.ent_id_}  # (a joined span has its root's id)
    alone = lone_speakers(doc, view.common)  # "Roe said": a surname standing for a person
    surnames = frozenset(e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1)

    def keep(span, label: str) -> None:
        """Add the recognizer's span as a mention labelled ``label``, if it is a name."""
        m = _ner_mention(span, label, doc, view, gaz, sidx)
        if m is not None:
            out.append(m)

    for ent in joined_ents(doc, ents):
        label = ent.label_
        entry = gaz.get(ent.ent_id_) if (ent.start, ent.end) in ruled else None
        if entry is not None:
            text = ent.text
            if text in context_forms and entry.id not in named:
                if label in _PLACE_LABELS:  # "Samara" alone: let the place tables decide
                    keep(ent, label)
                elif entry.type != "Person" and _reports(ent, doc):
                    # "Bloomberg reported", "Amnesty said": the body, where no person of
                    # the article goes by that name
                    out.append(Mention(start=ent.start_char, end=ent.end_char, text=text,
                                       sentence=sidx[ent.start], label=label,
                                       kind=entry.type, key=entry.id))
                continue
            if len(text) <= 3 and text.isupper() and view.shouted(ent):
                continue
            other = namesake(ent, entry, view.common) if entry.type == "Person" else (
                place_first_name(ent, view) or place_surname(ent)
                or given_name_before_place(ent)) if entry.is_place else None
            if other is not None:  # "Ivanka Trump", "Chad Wolf": not the gazetteer's
                keep(other, "PERSON")
                continue
            if view.furniture(ent.start_char) or _channel(ent, doc):
                continue
            out.append(Mention(start=ent.start_char, end=ent.end_char, text=text,
                               sentence=sidx[ent.start], label=label, kind=entry.type,
                               key=entry.id))
        elif label in ("NORP", "WORK_OF_ART") and not ent.ent_id_ \
                and (outlet := reporting_outlet(ent)) is not None:
            m = _ner_mention(outlet, "ORG", doc, view, gaz, sidx)
            if m is not None:  # "The Federalist reported", "The Daily Beast reported"
                out.append(replace(m, kind="NewsMediaOrganization"))
        elif label == "NORP":
            norps.append(ent)
        elif label == "WORK_OF_ART" and ent[-1].lower_ in _NEWS_ENDS and len(ent) > 1:
            keep(ent, "ORG")  # "USA Today": a newspaper
        elif label == "WORK_OF_ART" and (person_by_role(ent) or role_follows(ent)
                                         or speaking_name(ent)):
            # "Jane Roe, the film's director," taken for the film's title: a person
            keep(ent, "PERSON")
        elif label in _NOT_PERSON and not ent.ent_id_ and ent[-1].lower_ not in _NEWS_ENDS \
                and surname_speaks(ent, alone):
            keep(ent, "PERSON")  # "Jane Roe", later "Roe said"
        elif label == "ORG" and not ent.ent_id_ and ent[-1].lower_ not in _NEWS_ENDS \
                and speaking_name(name := first_name_before(ent)):
            keep(name, "PERSON")  # "NPR's Dina Temple-Raston"
        elif label in ("WORK_OF_ART", "ORG") and not ent.ent_id_ \
                and (name := titled_span(ent)) is not None:
            keep(name, "PERSON")  # "Rear Admiral Jane Roe"
        elif label == "WORK_OF_ART" and (name := resident(ent)) is not None:
            keep(name, "PERSON")  # "Jane Roe of Springfield"
        elif label == "ORG" and not ent.ent_id_ and member_of_body(ent, view) is not None:
            keep(ent, "PERSON")  # "Jane Roe of the Medical Association said"
        elif label == "ORG" and not ent.ent_id_ and kin_name(ent, surnames, view) is not None:
            keep(ent, "PERSON")  # "Adrian Toole", where "Joanna Toole" is a person
        elif label == "ORG" and not ent.ent_id_ \
                and (cut := person_after_body(ent, alone)) is not None:
            keep(doc[ent.start:cut], "ORG")  # "the Example Coalition Jane Roe", its comma
            keep(doc[cut:ent.end], "PERSON")  # lost, and later "Roe said"
        elif label in _KIND:
            parts = joined_parts(ent, known) if label == "ORG" else None
            if label == "PERSON":
                ent = cut_front(cut_name(ent, view), view)
            for part in parts or [ent]:  # "World Bank and IMF": two names
                keep(part, label)
    if norps:
        out.extend(group_mentions(norps, doc, view, gaz, sidx))
    taken = {m.start for m in out}
    for i, end, stem in lost_possessives(doc, gaz.lookup):  # "Irans foreign minister"
        entry = gaz.lookup(stem)
        if doc[i].idx not in taken and not view.furniture(doc[i].idx):
            out.append(Mention(start=doc[i].idx, end=end, text=stem, sentence=sidx[i],
                               label=RULER_LABEL.get(entry.type, "ORG"),
                               kind=entry.type, key=entry.id))
    out.extend(appositive_orgs(doc, out, sidx, lambda span: _usable(span, view)))
    out.extend(titled_names(doc, out, view, sidx))
    out.extend(described_names(doc, out, view, sidx))
    out.extend(role_names(doc, out, view, sidx))
    out.extend(lone_speaker_names(doc, out, view, sidx, alone))
    out.extend(spoken_names(doc, out, view, sidx))
    out.extend(spoken_bodies(doc, out, view.furniture, sidx))
    out.extend(transcript_names(doc, out, view, sidx))
    out = _surname_mentions(out, doc, view, sidx)
    out.extend(lone_surnames(doc, out, view, sidx, alone, known))
    out = spelled_names(out, doc, sidx, lambda span: _usable(span, view))
    defs = acronyms(out, view.text)
    if defs:
        out = acronym_mentions(out, defs, doc, view.text, sidx)
    out.sort(key=lambda m: (m.start, -m.end))
    yield from out


def _reports(ent, doc) -> bool:
    """Whether a name is the subject of a verb of saying ("Bloomberg reported") or follows
    "according to", and no person the recognizer found in the article has it in their name."""
    from .cuewords import SPEECH_VERBS

    root = ent.root
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.i != ent.sent.start and (
            before.is_title or before.pos_ == "PROPN") or any(
            c.dep_ == "compound" and not ent.start <= c.i < ent.end for c in root.children):
        return False  # "the Blue House said": part of a longer name
    says = root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS or (
        ent.start >= 2 and doc[ent.start - 2].lower_ == "according"
        and doc[ent.start - 1].lower_ == "to")
    return says and not any(e.label_ == "PERSON" and ent.text in e.text for e in doc.ents)


def _known(ents, gaz: Gazetteer):
    """Whether a text is a name the gazetteer knows or the recognizer found alone elsewhere
    (as anything but a work's title, the recognizer's guess for a name after a quote)."""
    alone = {e.text for e in ents if e.label_ != "WORK_OF_ART"}
    return lambda text: text in alone or gaz.lookup(text) is not None


def _ner_mention(ent, label: str, doc, view: View, gaz: Gazetteer, sidx) -> Mention | None:
    """A statistical entity, trimmed and checked; None when it is not a name."""
    if label != "PERSON" and not ent.ent_id_ and (person_by_role(doc[ent.start:ent.end])
                                                  or relative_by_role(doc[ent.start:ent.end])):
        label = "PERSON"  # "the Vatican's foreign minister, Monsignor Antoine Camilleri",
        # "the defence minister, Jane Roe," taken for a place
    elif label != "PERSON" and not ent.ent_id_ and acronym_before_name(ent) \
            and person_by_first_name(ent):
        ent, label = doc[ent.end - 2:ent.end], "PERSON"  # "at USCIRF Jane Roe": Jane Roe
    elif label == "ORG" and not ent.ent_id_ and (person_by_title(doc[ent.start:ent.end])
                                                 or person_by_first_name(ent)):
        label = "PERSON"  # "campaign officials Brad Parscale", "HP CEO Carly Fiorina"
        if (ent.end - 3 > ent.start or ent[0].text in ORDERS) and person_by_first_name(ent):
            ent = doc[ent.end - 2:ent.end]  # "Labour MP Yvette Cooper": not the party's name
            # ("Sister Jane Roe": Jane Roe)
    elif label == "PERSON" and team_name([t.text for t in ent]):
        label = "ORG"  # "Team Clinton is pushing back": her campaign, no namesake of hers
    elif label != "PERSON" and not ent.ent_id_ and (
            person_by_rank(doc[ent.start:ent.end])
            or ent.start > 0 and person_by_rank(doc[ent.start - 1:ent.end])):
        label = "PERSON"  # "Pfc. Manning", "Gov. Jerry Brown": a rank opens a person's name
        # (or stands right before it: "Rep." + "Niki Tsongas" taken for a place)
    elif label == "ORG" and not ent.ent_id_ and (owned := person_after_owner(ent)) is not None:
        ent, label = doc[owned:ent.end], "PERSON"  # "Blackrock's Larry Fink"
    start, end = _trim(doc, ent.start, ent.end, label)
    if label == "PERSON":
        start = _past_nickname(doc, start, end)
        end = _before_lower_word(doc, start, end)
        if ordinary_opener(doc[start:end], view.named) or verb_opener(doc[start:end], view.named) \
                or saying_opener(doc[start:end], view.named):
            start += 1  # "Veteran Clinton foreign policy aides say": Clinton; "Said Roe:"
    if start >= end:
        return None
    if end - start <= 2 and end + 1 < len(doc) and doc[start].lower_ in _RANK_FIRST and (
            title_abbreviation(doc[end].text) and doc[end + 1].is_title
            or end - start == 2 and title_abbreviation(doc[end - 1].text) and doc[end].is_title):
        return None  # "Rear" or "Rear Adm." of "Rear Adm. Jane Roe": a rank, no name
    span = doc[start:end]
    text = span.text
    if _junk(text, span, view, label):
        return None
    if view.furniture(span.start_char) or view.headline_noise(span) or _channel(span, doc) \
            or handle(span):
        return None
    entry = gaz.lookup(strip_titles(text) if label == "PERSON" else text)
    if entry is None and ordinary_word(span, view.named):
        return None  # "Nocturnal cash was sent", "Spoiler: ..."
    stem = possessive_stem(span, gaz.lookup) if entry is None else None
    if stem is not None:  # "Syrias western province": a possessive without its apostrophe
        entry = gaz.lookup(stem)
        return Mention(start=span.start_char, end=span.start_char + len(stem), text=stem,
                       sentence=sidx[start], label=label, kind=entry.type, key=entry.id)
    if entry is None and _shouted(span, text, view):
        return None
    kind = _KIND[label]
    # no place speaks or has a role: "Ercan Topaca the Governor of Hatay a Turkish province
    # said", "the province of Idlib activist Nayef Mustafa"
    placeable = entry is None and label in ("PERSON", "ORG") \
        and not (label == "PERSON" and (speech_subject(span) or person_by_title(span)))
    if placeable and place_of(span):
        return Mention(start=span.start_char, end=span.end_char, text=text,
                       sentence=sidx[start], label=label, kind="Place")
    if placeable and place_by_noun(span, label == "PERSON"):
        return Mention(start=span.start_char, end=span.end_char, text=text,
                       sentence=sidx[start], label=label, kind="Place")  # "Akrameh district"
    if entry is None and label == "PERSON":
        org = org_by_appositive(span)
        if org is not None:  # "Norsar, a Norway-based group that monitors nuclear tests"
            return Mention(start=span.start_char, end=span.end_char, text=text,
                           sentence=sidx[start], label="ORG", kind=org)
    if entry is None and label in ("PERSON", "ORG") and len(span) == 1 and not text.isupper() \
            and not _VOWEL.search(text):
        return None  # "Cpl.", "Sgt.": an abbreviated rank, no name
    if entry is None and label == "PERSON" and len(span) == 1:
        kind = _one_word_person(span, text, doc[start - 1].lower_ if start > 0 else "", view)
        if kind is None:
            return None
    if entry is None and label == "ORG" and len(span) <= 3:
        from . import geo

        place = geo.locate(text, gazetteer=gaz, major=True)
        if place is not None:  # "DHAKA, Bangladesh" tagged as an organization
            return Mention(start=span.start_char, end=span.end_char, text=text,
                           sentence=sidx[start], label=label, kind="Place")
    if entry is not None:
        return Mention(start=span.start_char, end=span.end_char, text=text, sentence=sidx[start],
                       label=label, kind=entry.type, key=entry.id)
    if kind == "Person" and any(ch.isdigit() for ch in text):
        kind = "Organization"  # "G8", "P5+1": no person's name has digits
    if label in ("PERSON", "FAC") and len(span) > 1 and span[-1].is_title \
            and span[-1].lower_ in BODY_HEADS:
        kind = "Organization"  # "the Haqqani Network" (no person, no building)
    return Mention(start=span.start_char, end=span.end_char, text=text, sentence=sidx[start],
                   label=label, kind=kind)


#: head nouns of a body's name that are no surname (unlike "Court", "Press" or "House")
BODY_HEADS = frozenset({
    "network", "party", "committee", "council", "institute", "university", "agency",
    "ministry", "department", "commission", "foundation", "coalition", "corporation",
    "company", "organization", "organisation", "authority", "brigade", "brigades", "movement",
    "association", "alliance", "front", "observatory", "airlines", "airways", "group",
    "army", "militia", "regime", "government"})


#: first words of ranks written before an abbreviated one ("Rear Adm.", "Vice Adm.")
_RANK_FIRST = frozenset({"rear", "vice", "brig", "brig.", "brigadier", "lieutenant", "lt",
                         "lt.", "major", "maj", "maj.", "staff", "master", "command", "chief"})


def _past_nickname(doc, start: int, end: int) -> int:
    """Where a person's name resumes after a quoted nickname (``Howard P. "Buck" McKeon``:
    ``McKeon``), else ``start``."""
    marks = [i for i in range(start, end) if doc[i].text in _QUOTES]
    if len(marks) == 2 and marks[1] - marks[0] == 2 and marks[1] + 1 < end:
        return marks[1] + 1
    return start


def _before_lower_word(doc, start: int, end: int) -> int:
    """Where a person's name ends before a word of its sentence the recognizer ran on into: a
    lower-case word of its own that is no name particle ("does Jane Roe rebuff the Times":
    ``Jane Roe``), else ``end``."""
    for i in range(start + 1, end):
        tok = doc[i]
        if tok.is_lower and tok.is_alpha and doc[i - 1].whitespace_ \
                and tok.lower_ not in _NAME_PARTICLES and tok.lower_ not in _NAME_GLUE:
            return _trim(doc, start, i, "PERSON")[1]
    return end


#: Lower-case words inside a person's name beyond the particles: "Alexander the Great",
#: "Juan Carlos y Pérez", "Jorge dos Santos", "Ahmed Ould Abdallah" written "ould".
_NAME_GLUE = frozenset("of the and y e ben das des los las den ter ten zu vom ould".split())


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def _usable(span, view: View) -> bool:
    """Whether a span the recognizer did not tag may be a name (no junk, no furniture)."""
    text = span.text
    return not (_junk(text, span, view, "ORG") or view.furniture(span.start_char)
                or view.headline_noise(span) or _shouted(span, text, view))


def _shouted(span, text: str, view: View) -> bool:
    """A word in capitals that no gazetteer knows and the article gives no name evidence for.

    A shouted ordinary word ("CLOSE", "GUILTY": the article writes it in
    lower case too, or its neighbours are capitals as well) is no name; an
    acronym is written in capitals alone ("NATO", "CAIR") and is kept.
    """
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 3 or not all(ch.isupper() for ch in letters):
        return False
    if len(span) > 1 or "-" in text:
        return True  # "CLINTON-UKRAINE", "CESAR SAYOC": a shouted headline's words
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text.startswith("!"):
        return True  # "WOW!", "I said IMPOSSIBLE!": an exclamation, no name
    if view.shouted_line(span.start_char) or view.shouted_phrase(span):
        return True  # a word of a shouted headline or phrase ("HOUSE DEM CALLS ...",
        # 'THE "SQUAD" REACTS'), even one the article also writes as a name
    word = text.strip(".")
    if len(word) >= 4 and word.lower() in view.common and not view.named(word):
        return True
    return (view.shouted(span) or _shouted_sentence(span)) and not view.named(word)


_VOWEL = re.compile(r"[aeiouyAEIOUYà-ÿ]")


def _one_word_person(span, text: str, before: str, view: View) -> str | None:
    """The kind a one-word PERSON of no gazetteer entry has by the evidence; None: no actor.

    * after an article: "a Kurd" names nobody; "The Elders" heading its noun phrase is an
      organization (a name modifying a noun, "the Eisenhower administration", stays);
    * in capitals and never written as a name ("WBUR", "ROTC"): an organization's acronym;
    * the head of its sentence, opening it, once in the article and never written as a name
      elsewhere ("Download the materials", "Jeez.", "Flash forward"): an ordinary word;
    * initials alone ("O.K.") name nobody; a word of a longer name of the article ("Clinton"
      of Hillary Clinton, "Observatory") is left to the linker, as before.
    """
    tok = span[0]
    if re.fullmatch(r"(?:[A-Z]\.){1,3}", text):
        return None  # "O.K.": initials alone name nobody
    if _in_longer_name(text, span.doc):
        return "Person"  # "the Clinton campaign" where the article names Hillary Clinton,
        # "the Observatory" of the Syrian Observatory for Human Rights: the linker decides
    if before in ("a", "an"):
        return None  # "executing a Kurd": a member of a people, no name
    if before == "the" and not (tok.dep_ == "compound" and tok.head.pos_ == "NOUN"):
        return "Organization"  # "The Elders would not be ...": no person's name takes "the"
    named = view.named(text)
    if text.isupper() and len(text) > 1 and not named:
        return "Organization"
    if not named and tok.i == tok.sent.start and tok.dep_ == "ROOT" \
            and view.text.count(text) == 1:
        return None  # the head of its sentence, no subject: "Download the ...", "Lesson: ..."
    return "Person"


def _in_longer_name(word: str, doc) -> bool:
    """Whether ``word`` is a word of a longer name of the article ("Hillary Clinton")."""
    folded = word.casefold()
    return any(len(e) > 1 and e.label_ in _KIND and any(t.text.casefold() == folded for t in e)
               for e in doc.ents)


def _shouted_sentence(span) -> bool:
    """Whether most words of the span's sentence are in capitals."""
    words = [t.text for t in span.sent if t.is_alpha and len(t) > 1]
    caps = sum(w.isupper() for w in words)
    return caps >= 2 and caps * 5 >= len(words) * 3


def _channel(span, doc) -> bool:
    """A platform named as the channel of a message: "said on Twitter"."""
    return (span.text.lower() in _CHANNELS and span.start > 0
            and doc[span.start - 1].lower_ in _CHANNEL_CUES)


def _junk(text: str, span, view: View, label: str) -> bool:
    if len(text) < 2 or not any(ch.isupper() for ch in text):
        return True  # a single character, or no capital letter: not a name
    if text[0].islower() and re.split(r"[\s\-]", text, 1)[0] not in _NAME_PARTICLES:
        return True  # "trans-Atlantic"
    doc = span.doc
    if span.start_char and view.text[span.start_char - 1] in "#@":
        return True  # a hashtag or a handle
    if len(span) == 1 and text.isupper() and span.end < len(doc) and doc[span.end].text == ":" \
            and not view.named(text):
        return True  # a field label: "TARGET: two police officers" (not a transcript's "CRUZ:")
    if label == "PERSON" and _INNER_POSSESSIVE.search(text):
        return True  # "Charlie Wilson's War": a title, not a person
    if len(span) == 1 and text.lower().rstrip(".") in TITLES and not (
            label == "ORG" and text.lower() in BODY_WORDS and span.start > 0
            and doc[span.start - 1].lower_ == "the"):
        return True  # "Spokesman", "General": a title alone (not "the Navy")
    if _JUNK.search(text) and not (_DOMAIN.fullmatch(text) and _reports(span, doc)) \
            or "," in text or len(span) > 8:
        return True  # (a site's name that reports is a name: "Breitbart.com reported")
    if span[0].like_num and not _numbered_unit(span, label):
        return True  # a number: "12 PST"
    if text.lower() in _CALENDAR or _TIME.search(text):
        return True  # a day, a month, a time of day: "12:01pm PST"
    if dated(span):
        return True  # a date: "Jul 01 2016 BEIRUT"
    return False


#: nouns that close the name of a numbered unit or body ("7th Fleet", "101st Airborne
#: Division", "Fifth Circuit"), besides the heads of organizations' names
_UNITS = frozenset("""fleet division airborne regiment corps battalion squadron infantry
cavalry marines wing command circuit district precinct armored armoured""".split())
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
_ORDINALS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth
eleventh twelfth""".split())


def _numbered_unit(span, label: str) -> bool:
    """Whether an organization's name opens with an ordinal that numbers it, and is no number:
    ``7th Fleet``, ``the Seventh Fleet``, ``101st Airborne Division`` (not ``12 Apples``).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _numbered_unit(nlp("7th Fleet")[:], "ORG"), _numbered_unit(nlp("Seventh Fleet")[:], "ORG")
    (True, True)
    >>> _numbered_unit(nlp("7 Fleet")[:], "ORG"), _numbered_unit(nlp("First Lady")[:], "ORG")
    (False, False)
    """
    from .evidence import ORG_HEADS

    first, last = span[0], span[-1].lower_
    return label == "ORG" and len(span) > 1 and span[-1].text[:1].isupper() \
        and (last in _UNITS or last in ORG_HEADS) \
        and (_ORDINAL.fullmatch(first.text) is not None or first.lower_ in _ORDINALS)


#: words before a month's name ("in May", "since last May")
_MONTH_BEFORE = frozenset("""in on since until till by from to last next this early late mid
of during before after through""".split())


def _surname_not_word(tok) -> bool:
    """Whether a surname that is also a word of the article ("May", "Price") is the name
    here: a proper noun to the tagger, inside its sentence or its subject, neither a date's
    ("in May", "May 3") nor in a capitalised run ("May Day"); or a capitalised modal before a
    verb in the past or third person ("May called"), which no modal governs."""
    doc = tok.doc
    if name_as_modal(tok):
        return True  # "May called the attack ...": no modal comes before a verb's past
    if tok.pos_ != "PROPN" or not tok.is_title or tok.i == tok.sent.start and tok.dep_ != "nsubj":
        return False  # ("Price said": the subject opening a sentence)
    if tok.ent_type_ and not (tok.ent_type_ == "DATE" and tok.ent_iob_ == "B" and (
            tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")):
        return False  # (a month's name alone may be taken for a date: "with May")
    before = doc[tok.i - 1] if tok.i > tok.sent.start else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if before is not None and (before.lower_ in _MONTH_BEFORE or before.is_title
                               and before.i != tok.sent.start):
        return False
    return after is None or not (after.like_num or after.is_title)


def _surname_mentions(ms: list[Mention], doc, view: View, sidx) -> list[Mention]:
    """Add the surname of a person named in full where the recognizer missed it alone
    (also in capitals: a transcript's "VELASQUEZ:")."""
    surnames, words, own, joined = set(), set(), set(), set()
    for m in ms:
        if m.kind == "Person" and " " in m.text:
            own.update(w.lower() for w in m.text.split())
            last = m.text.rsplit(" ", 1)[1]
            last = last.rsplit("-", 1)[-1] if last[:3].lower() in ("al-", "el-") else last
            if _JOINED.fullmatch(last):
                joined.add(last)  # "Ocasio-Cortez": three tokens, no word of the language
            if len(last) > 2 and last[0].isupper() and last.isalpha():
                if last.lower() not in view.common and m.key is None:
                    surnames.update((last, last.upper()))  # "VELASQUEZ:" in a transcript
                else:  # "Theresa May", "Tom Price": a word too, or a name the gazetteer's
                    words.add(last)  # aliases leave out
    extra = _joined_surnames(joined, doc, view, sidx, covered(ms)) if joined else []
    if not surnames and not words:
        return ms + extra if extra else ms
    for tok in find_tokens(surnames | words, doc, view.text, covered(ms)):
        if tok.text in words or tok.ent_type_ == "DATE":
            if not _surname_not_word(tok):
                continue
        elif tok.ent_type_ and tok.ent_type_ != "NORP":
            continue  # (a people no group table knows, "Klitschko was", is the person)
        span = doc[tok.i:tok.i + 1]
        if view.furniture(tok.idx) or tok.text not in words and view.headline_noise(span):
            continue
        if other_first_name(tok, own, view.common):  # "Ivanka Trump", Donald Trump named
            first = doc[tok.i - 1]
            extra.append(Mention(start=first.idx, end=tok.idx + len(tok.text),
                                 text=doc[first.i:tok.i + 1].text, sentence=sidx[tok.i],
                                 label="PERSON", kind="Person"))
            continue
        extra.append(Mention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text,
                             sentence=sidx[tok.i], label="PERSON", kind="Person"))
    return ms + extra if extra else ms


#: a double-barrelled surname of two capitalised words ("Ocasio-Cortez", "Holtz-Eakin")
_JOINED = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")


def _joined_surnames(joined: set[str], doc, view: View, sidx, taken: set[int]) -> list[Mention]:
    """Mentions of the double-barrelled surnames ``joined`` of people named in full, where the
    recognizer missed them alone (the tokenizer splits them at the hyphen)."""
    return [Mention(start=span.start_char, end=span.end_char, text=span.text,
                    sentence=sidx[span.start], label="PERSON", kind="Person")
            for span in find_spans(joined, doc, view.text, taken)
            if not view.furniture(span.start_char)]
