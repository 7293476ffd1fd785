"""What an article's own words say a name is, where the recognizer reads it several ways.

* :func:`place_words`: one word of one article names one thing: where the recognizer calls a
  word a place in some sentences and a person or an organization in others, at least as often
  a place, it is the place ("Bethlehem" an organization once and a town once is the town);
* :func:`listed_places`: a one-word name the recognizer took for a person only, standing in a
  list of places ("Gabon, Cuba, Togo and Senegal"), may be a place (the caller asks the
  place tables);
* :func:`thing_name`: a name whose head noun is a law's, a document's, an event's or an
  award's ("North American Free Trade Agreement", "Federal Rules of Criminal Procedure",
  "Winter Olympics") names no actor, whatever the recognizer called it;
* :func:`speaking_place`: a name of no known place that speaks is an actor's
  ("Fastaqim told Reuters");
* :func:`event_like`: a one-word name of no known person that reads as an event ("after
  Brexit", "the Brexit vote");
* :func:`people_by_surname`: a name of two or three capitalised words that the recognizer took
  for an organization is a person's where the article goes on to name it by its last word
  alone ("Carly Fiorina" ... "Fiorina said"): an organization is shortened to its first words
  ("Goldman Sachs": "Goldman") or to its head noun after "the" ("the Observatory"), a person
  to the surname; :func:`team_name`: "Team Clinton" is her campaign, no person of the surname.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Sequence

from ..model import Mention
from .speakerwords import GENDERED, GENERIC_PERSON, PERSON_NOUNS, UNNAMED_GENDER

#: Head nouns of organizations' names, which stand alone for the organization ("Parliament's
#: last chance" after "the European Parliament").
ORG_HEADS = frozenset("""parliament council party committee group institute university college
school bank agency ministry department commission court assembly congress senate army front union
league foundation fund center centre times post news journal network association alliance
coalition corporation company service press media organization organisation authority forces
force guard police office board bureau house society club movement brigade brigades watch
observatory airlines airways""".split())
_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?")  # "Fiorina", "O'Brien"; not "Rostow's"


def place_words(ms: Sequence[Mention], text: str = "") -> set[str]:
    """The one-word names of no gazetteer entry that the recognizer calls a place in this
    article, and a person or an organization too, but no more often than a place.

    A mention it calls a person or an organization still counts for the place where it reads
    as one: after a preposition of place ("a visit to Bethlehem") or in a list after a place
    ("between Jerusalem and Bethlehem").
    """
    place_ends = {m.end for m in ms if m.label in ("GPE", "LOC")}
    labels: dict[str, Counter] = {}
    votes: dict[str, Counter] = {}
    for m in ms:
        if m.key is None and " " not in m.text and m.label in ("GPE", "LOC", "ORG", "PERSON"):
            place = m.label in ("GPE", "LOC")
            labels.setdefault(m.text, Counter())[place] += 1
            votes.setdefault(m.text, Counter())[place or _reads_as_place(m, text, place_ends)] += 1
    return {t for t, c in votes.items()
            if labels[t][True] and labels[t][False] and c[True] >= c[False]}


def listed_places(ms: Sequence[Mention], text: str) -> set[str]:
    """The one-word names of no gazetteer entry that the recognizer calls a person, each time
    in a list of places: between two places ("Gabon, Togo and Senegal"), or joined to
    one by "and" or "or" ("Togo and Ghana"); a comma alone is no list ("In Paris, Macron")."""
    place_ends = {m.end for m in ms if m.label in ("GPE", "LOC")}
    place_starts = {m.start for m in ms if m.label in ("GPE", "LOC")}
    votes: dict[str, Counter] = {}
    for m in ms:
        if m.key is None and " " not in m.text and m.label == "PERSON":
            before = [text[end:m.start] for end in place_ends if 0 < m.start - end <= 7]
            after = [text[m.end:start] for start in place_starts if 0 < start - m.end <= 7]
            seps = [g for g in before + after if _LIST_AFTER.fullmatch(g)]
            listed = any(_JOINED.search(g) for g in seps) or len(seps) == 2
            votes.setdefault(m.text, Counter())[listed] += 1
    return {t for t, c in votes.items() if not c[False]}


_JOINED = re.compile(r"\b(?:and|or)\b")


#: Prepositions of place: what follows them is where something is or goes.
_LOCATIVE = frozenset("""in to from near at into outside inside across toward towards around via
through""".split())
_LIST_AFTER = re.compile(r"\s*(?:,|and|or|, and|, or)\s*$")


def _reads_as_place(m: Mention, text: str, place_ends: set[int]) -> bool:
    before = text[max(0, m.start - 40):m.start]
    word = re.search(r"(\w+)\s+$", before)
    if word is not None and word.group(1).lower() in _LOCATIVE:
        return True
    return any(_LIST_AFTER.fullmatch(text[end:m.start]) for end in place_ends
               if 0 < m.start - end <= 7)


def people_by_surname(ms: Sequence[Mention], text: str, demonyms: Iterable[str] = ()) -> set[int]:
    """Indexes of the organization mentions of ``ms`` that name a person (see the module).

    Only names of no gazetteer entry count, of two or three capitalised words none of them a
    nationality ("Lebanese Hezbollah"); the last word must stand alone elsewhere in the text
    as a name the recognizer took for a person or an organization ("Holt", "Fiorina"; not
    "Boston" the city of "Back Bay Boston"), not after "the", and be no organization's head
    noun ("Parliament's last chance"); the first word must not stand alone elsewhere as a
    body or a place ("Capitol" of "Capitol Hill").
    """
    lone = {m.text for m in ms if " " not in m.text and m.label in ("PERSON", "ORG")
            and not _after_the(text, m.start)}
    # a first word that stands alone as a body or a place is no first name ("Capitol" of
    # "Capitol Hill", where a Ms. Hill speaks)
    places = {m.text for m in ms if " " not in m.text and m.label in ("ORG", "FAC", "GPE", "LOC")}
    nationalities = set(demonyms)
    out = set()
    for i, m in enumerate(ms):
        if m.key is not None or m.label != "ORG" or m.kind != "Organization":
            continue
        words = m.text.split()
        if not 2 <= len(words) <= 3 or not all(_WORD.fullmatch(w) for w in words) \
                or team_name(words):
            continue
        last = words[-1]
        if words[0] in places:
            continue
        if last.lower() not in ORG_HEADS and not nationalities.intersection(words) \
                and (last in lone or _speaks_alone(last, text)):  # the text scan last
            out.add(i)
    return out


def person_by_relative(group: Sequence[Mention], text: str) -> bool:
    """Whether the recognizer's organization of a name of one or two capitalised words, never
    after "the", is a person: the article goes on with ``who`` after it (``said Maxwell,
    who has now filed grievances``), never ``which``.

    >>> m = Mention(start=0, end=7, text="Maxwell", sentence=0, label="ORG",
    ...             kind="Organization")
    >>> person_by_relative([m], "Maxwell, who has now filed grievances")
    True
    >>> person_by_relative([m], "Maxwell, which makes pens")
    False
    """
    words = group[0].text.split()
    if len(words) > 2 or not all(_WORD.fullmatch(w) for w in words) or any(
            w.lower() in ORG_HEADS for w in words) or any(_after_the(text, m.start)
                                                          for m in group):
        return False
    after = [re.match(r",? (who|which|that)\b", text[m.end:m.end + 8]) for m in group]
    rel = {a.group(1) for a in after if a}
    return rel == {"who"}


def person_by_role(group: Sequence[Mention], doc) -> bool:
    """Whether the recognizer's organization of a one-word name is a person: it stands set
    off by commas as the appositive of a word for a person (``A witness, Firdousa, said``,
    ``his mother, Saleema, ...``), such a word stands set off after it as its appositive
    (``said Huda, an activist in Basra``), or someone gave it as their own name."""
    if len(group[0].text.split()) != 1 or doc is None:
        return False
    for m in group:
        span = doc.char_span(m.start, m.end)
        if span is None or len(span) != 1:
            continue
        tok, head = span[0], span[0].head
        if tok.dep_ == "appos" and head.i < tok.i and head.pos_ == "NOUN" \
                and doc[tok.i - 1].text == "," and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].text == "," and _person_word(head):
            return True
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "," and any(
                c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > tok.i and _person_word(c)
                and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
                for c in tok.children):
            return True
        if tok.dep_ == "pobj" and head.lower_ == "as" and _names_self(head.head):
            return True  # "who identified himself only as Saeed", "gave his name as Maher"
    return False


def _names_self(tok) -> bool:
    """Whether ``tok`` is ``identified himself`` or ``gave his name`` (or its ``name``)."""
    return gives_own_name(tok.head if tok.lower_ == "name" and tok.dep_ == "dobj" else tok)


def gives_own_name(verb) -> bool:
    """Whether the verb ``verb`` says its subject names itself: ``identified himself``,
    ``gave his name`` (its first object the reflexive or ``name``)."""
    objs = [c.lower_ for c in verb.children if c.dep_ == "dobj"]
    lemma = verb.lemma_.lower()
    return bool(objs) and (lemma == "identify" and objs[0].endswith(("self", "selves"))
                           or lemma == "give" and objs[0] == "name")


def _person_word(tok) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in GENERIC_PERSON or lemma in GENDERED \
        or lemma in UNNAMED_GENDER


#: prepositions before a place's name ("in Monaco"), never before a person's as a place
_PLACE_PREPS = frozenset({"in", "into", "to", "from", "across", "within", "near", "at", "of",
                          "throughout", "toward", "towards", "inside", "outside"})


def place_surnames(words: Iterable[str], text: str) -> set[str]:
    """The one-word names of ``words`` (places' names that are also the surname of a person
    the article names in full) that the article uses for the person: the word stands alone as
    the subject of a verb of saying (``Monaco says``, after ``Lisa Monaco``) and never after a
    preposition of place (not the country of ``in Monaco``).

    >>> place_surnames({"Monaco"}, "Lisa Monaco spoke. Monaco says it was wrong.")
    {'Monaco'}
    >>> place_surnames({"Monaco"}, "Lisa Monaco spoke. Monaco says so. We met in Monaco.")
    set()
    """
    out = set()
    for word in words:
        w = re.escape(word)
        if any(m.group(1).lower() in _PLACE_PREPS
               for m in re.finditer(rf"\b(\w+) {w}\b", text)):
            continue
        if _speaks_alone(word, text):
            out.add(word)
    return out


#: verbs of saying after a lone surname ("Satyarthi told reporters") or before it ("said
#: Satyarthi"), however the recognizer read the word
_SAYS = r"(?:said|says|told|tells|added|adds|explained|recalled|insisted|argued|wrote)"


def _speaks_alone(word: str, text: str) -> bool:
    """Whether ``word`` stands alone, no word of a longer name, as the subject of a verb of
    saying: ``Satyarthi told reporters``, ``said Satyarthi.``, ``Mr. Satyarthi said``.

    >>> _speaks_alone("Satyarthi", "Kailash Satyarthi won. Satyarthi told reporters it was")
    True
    >>> _speaks_alone("Watch", "Human Rights Watch said so.")
    False
    """
    w = re.escape(word)
    for m in re.finditer(rf"(?<![\w’'-]){w},? {_SAYS}\b|\b{_SAYS} {w}\b(?! [A-Z])", text):
        if m.group().startswith(word):
            prev = re.search(r"(\S+) $", text[max(0, m.start() - 40):m.start()])
            if prev and prev.group(1)[:1].isupper() and prev.group(1)[-1].isalpha():
                continue  # "Human Rights Watch said": a word of a longer name
        return True
    return False


def team_name(words) -> bool:
    """Whether a name of two words or more is a team's (``Team Clinton``: her campaign, no
    person of the surname)."""
    return len(words) > 1 and words[0] == "Team"


def _after_the(text: str, start: int) -> bool:
    return re.search(r"\bthe\s+$", text[max(0, start - 6):start], re.IGNORECASE) is not None


#: Head nouns of the names of laws, documents, events and awards: no actor's.
_THING_HEADS = frozenset("""act acts agreement agreements treaty treaties accord accords
convention conventions rules code amendment doctrine protocol charter declaration manifesto
constitution bill law deal plan olympics games marathon summit war wars medal award awards prize
cup festival election elections primary primaries caucus caucuses referendum revolution
uprising intifada massacre""".split())
_PREPS = frozenset({"of", "for", "on", "in", "against", "to", "de", "du"})


def thing_name(name: str) -> bool:
    """Whether ``name`` names a law, a document, an event or an award: its head noun, the last
    word before a preposition, is one ("Federal Rules of Criminal Procedure")."""
    words = name.split()
    if len(words) < 2:
        return False
    k = next((i for i, w in enumerate(words) if w in _PREPS), len(words))
    return k > 0 and words[k - 1].lower() in _THING_HEADS


def speaking_place(group: Sequence[Mention], doc) -> str | None:
    """The kind of actor a name is that the recognizer took for a place and no place table
    knows, where it is the subject of a verb of saying (``Fastaqim told Reuters``): a person
    where the recognizer took it for one once or a first name opens it, else an
    organization; None where it does not speak, or always follows "the" (``the North
    said``)."""
    from .cuewords import speech_subject
    from .speakerwords import FIRST_NAMES, first_name_gender
    from .textview import doc_text

    text = doc_text(doc)
    if all(_after_the(text, m.start) for m in group):
        return None
    spans = [doc.char_span(m.start, m.end) for m in group]
    if not any(span is not None and speech_subject(span) for span in spans):
        return None
    first = group[0].text.split()[0].lower()
    if any(m.label == "PERSON" for m in group) or " " in group[0].text and (
            first in FIRST_NAMES or first_name_gender(first) is not None):
        return "Person"
    return "Organization"


#: Nouns of events a name may modify ("the Brexit vote", "the G8 summit").
_EVENT_HEADS = frozenset("""summit vote referendum talks negotiation negotiations deal agreement
treaty accord conference meeting crisis war process deadline election elections""".split())
#: Prepositions of time that take an event ("after Brexit").
_TIME_PREPS = frozenset({"after", "before", "since", "during", "until", "post", "pre"})


def event_like(group: Sequence[Mention], doc) -> bool:
    """Whether a one-word name of no known person reads as an event or a thing.

    An event modifies an event noun ("the Brexit vote") or follows a
    preposition of time ("after Brexit") in half its mentions; or the
    recognizer gave the name several types and a third of its mentions
    modify a noun ("Brexit talks", "Brexit angst"), as no person's name does
    unless the article names the person in full.
    """
    if any(" " in m.text for m in group):
        return False
    events = modifiers = 0
    for m in group:
        span = doc.char_span(m.start, m.end)
        if span is None:
            continue
        tok = span.root
        head = tok.head
        if tok.dep_ == "compound" and head.pos_ == "NOUN":
            modifiers += 1
            events += head.lemma_.lower() in _EVENT_HEADS
        elif tok.dep_ == "pobj" and head.lower_ in _TIME_PREPS:
            events += 1
    if events * 2 >= len(group):
        return True
    return len({m.label for m in group}) > 1 and modifiers * 3 >= len(group)
