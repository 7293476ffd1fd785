"""What a tagged span's own words and grammar say it is: no name, a handle, or a name written
another way.

* :func:`ordinary_word`: a capitalised word opening its sentence (or a label before a colon)
  that the tagger reads as an adjective, a verb or a common noun, and that the article never
  writes as a name ("Bipartisan experts said ...", "Using the Guard ...", "Spoiler: ...");
* :func:`ordinary_opener`: such a word opening a person's name that modifies a noun
  ("Veteran Clinton foreign policy aides say ..."): the name is the words after it;
* :func:`verb_opener`: a verb opening a person's name ("Follow Jane Roe on Twitter"): the
  name is the words after it;
* :func:`handle`: a name repeated without its spaces in brackets right after it ("Jane Roe
  (JaneRoe)"): an account's handle, no second actor;
* :func:`possessive_stem`: a possessive whose apostrophe the text lost ("Syrias opposition",
  "Donald Trumps new policies"): the name is the words without the final "s", where the
  gazetteer knows them; :func:`lost_possessives` finds those the recognizer left untagged;
* :func:`place_by_noun`: a name that modifies a place noun ("the Akrameh neighbourhood") or
  has one in apposition ("Ramusa, a town south of Aleppo") names a place;
* :func:`person_by_title`: two or three capitalised words right after a person's role
  ("campaign officials Brad Parscale", "Businessman Troy Downing") name a person;
* :func:`person_by_first_name`: a common first name and a surname right after a role ("HP CEO
  Carly Fiorina") name a person, whatever the recognizer took them for;
* :func:`person_by_rank`: an abbreviated title or rank opening a few capitalised words ("Pfc.
  Manning", "Gov. Jerry Brown") names a person, whatever the recognizer took it for;
* :func:`joined_parts`: two names joined by "and" in one span are two ("World Bank and IMF");
* :func:`dated`: a month and a number open a date, no name ("Jul 01 2016 BEIRUT").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cuewords import saying_form
from .speakerwords import FIRST_NAMES, PERSON_NOUNS, PERSON_WORDS, first_name_gender

#: Tags of words that are no proper nouns: adjectives, verbs, adverbs, common nouns.
_COMMON_TAGS = frozenset({"JJ", "JJR", "JJS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB",
                          "NN", "NNS"})
#: Tags of the word after a lost possessive: what a possessive modifies.
_POSSESSED_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJS", "JJR", "CD"})


def ordinary_word(span, named) -> bool:
    """Whether a one-word span is an ordinary word the recognizer took for a name.

    It opens its sentence (nothing but punctuation before it) or is a label before a colon,
    and the tagger reads it as no proper noun, or as an adjective of the lower-case noun after
    it; ``named(word)`` (the article writes it as a name elsewhere) keeps it, except a label.
    """
    if len(span) != 1:
        return False
    tok = span[0]
    doc = tok.doc
    if not tok.text[:1].isupper() or not tok.is_alpha or tok.is_upper:
        return False  # an acronym ("SCD rescues ...") is no ordinary word
    label = tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":"
    if label:
        return tok.tag_ in ("NN", "NNS")  # "Spoiler: ...", "Editor's Note: ..."
    sent = tok.sent
    if any(t.is_alpha for t in doc[sent.start:tok.i]) or named(tok.text) \
            or tok.dep_ == "compound":
        return False  # a name modifying a noun: "Labour leader Jeremy Corbyn said ..."
    if tok.tag_ in _COMMON_TAGS:
        return True  # "Nocturnal cash was sent", "Using the National Guard to ..."
    head = tok.head
    return tok.dep_ == "amod" and head.i > tok.i and head.pos_ == "NOUN" and head.is_lower
    # "Bipartisan experts talked": an adjective of a common noun


def ordinary_opener(span, named) -> bool:
    """Whether the first word of a person's name of two words or more is an ordinary word
    opening its sentence, before a name that modifies a common noun ("Veteran Clinton foreign
    policy aides say ...": ``Clinton``).

    The word is no first name and the article never writes it as a name; the name after it
    stands elsewhere alone as a name, and here modifies a common noun after the span.
    """
    if len(span) < 2:
        return False
    tok, last = span[0], span[-1]
    doc = tok.doc
    if not tok.is_title or not tok.is_alpha or tok.lower_ in FIRST_NAMES or named(tok.text):
        return False
    if any(t.is_alpha for t in doc[tok.sent.start:tok.i]):
        return False  # not the first word of its sentence
    head = last.head
    return last.dep_ in ("compound", "nmod", "amod") and head.i >= span.end \
        and head.tag_ in ("NN", "NNS") and named(last.text)


def verb_opener(span, named) -> bool:
    """Whether the first word of a person's name of two words or more is a verb the tagger
    reads as one ("Taking Sinn Fein seriously", "Follow Jane Roe on Twitter"): no first
    name, never written as a name in the article; the name is the words after it."""
    if len(span) < 2:
        return False
    tok = span[0]
    return tok.tag_ in ("VBG", "VB") and tok.pos_ == "VERB" and tok.is_title and tok.is_alpha \
        and tok.lower_ not in FIRST_NAMES and not named(tok.text) and span[1].is_title


def saying_opener(span, named) -> bool:
    """Whether a person's name of two words or more opens its sentence with a verb of saying
    and ends before a colon or a comma (``Said Roe: "..."``, ``Added Jane Roe, "..."``), the
    verb never written as a name in the article: the name is the words after it."""
    doc = span.doc
    if len(span) < 2 or span.end >= len(doc) or doc[span.end].text not in (":", ","):
        return False
    tok = span[0]
    return tok.i == tok.sent.start and tok.is_title and saying_form(tok.text) \
        and not named(tok.text) and span[1].is_title


def handle(span) -> bool:
    """Whether a one-word span in brackets repeats the name before them without its spaces."""
    doc = span.doc
    if len(span) != 1 or span.start < 2 or doc[span.start - 1].text != "(":
        return False
    word = span.text.casefold()
    before = doc[max(0, span.start - 5):span.start - 1]
    letters = ""
    for tok in reversed(before):
        if not tok.is_alpha:
            break
        letters = tok.text.casefold() + letters
        if letters == word:
            return len(letters) > len(tok.text)  # two words or more, glued
    return False


#: A word that may be a possessive without its apostrophe: a name's ("Syrias") or an
#: acronym's ("AFPs correspondent").
_LOST_S = re.compile(r"(?:[a-z]|[A-Z]{2})s$")


def possessive_stem(span, known) -> str | None:
    """The name a span ending in "s", or opening with words ending in "s", is the possessive
    of, where its apostrophe was lost.

    The word after the "s" is what a possessive modifies (a noun, an adjective, a number),
    and ``known`` knows the words before it without their "s" ("Syrias western province" ->
    "Syria"; "Assads air force" -> "Assad"); the caller knows no name of the span as written.
    """
    doc = span.doc
    for end in range(span.end, span.start, -1):
        last = doc[end - 1]
        if not _LOST_S.search(last.text) or len(last) < 4 or end >= len(doc):
            continue
        nxt = doc[end]
        if nxt.tag_ not in _POSSESSED_TAGS or not nxt.is_alpha or last.whitespace_ == "":
            continue
        if end == span.start + 1 and nxt.is_title and first_name_gender(last.lower_):
            continue  # "Frances Fragos Townsend": a first name, no "France's"
        stem = doc[span.start:end].text[:-1]
        if known(stem):
            return stem
    return None


def lost_possessives(doc, known) -> list[tuple[int, int, str]]:
    """Words the recognizer left untagged (or took for a nationality) that are possessives
    without their apostrophe of a name ``known`` knows ("Irans foreign minister", "AFPs
    correspondent"):
    ``(token index, end char, name)``."""
    found = []
    for tok in doc:
        if tok.ent_type_ not in ("", "NORP") or len(tok) < 4 or not tok.text.endswith("s") \
                or not (tok.is_title or tok.text[:-1].isupper()):
            continue
        stem = possessive_stem(doc[tok.i:tok.i + 1], known)
        if stem is not None:
            found.append((tok.i, tok.idx + len(stem), stem))
    return found


#: Nouns of places that a place's name modifies ("the Akrameh neighbourhood") or that stand in
#: apposition to it ("Ramusa, a town south of Aleppo").
PLACE_NOUNS = frozenset("""neighborhood neighbourhood district subdistrict city town village area
province governorate region suburb countryside outskirts shrine bridge corridor valley river
mountain street square quarter""".split())


#: Last words of the names of places and buildings, which no person's name ends with.
_PLACE_HEADS = frozenset("""square street avenue boulevard bridge airport hospital stadium
mosque shrine cathedral palace neighborhood neighbourhood district province governorate""".split())
#: Compass words that put a place relative to another ("south of Aleppo").
_COMPASS = frozenset("""north south east west northeast northwest southeast southwest""".split())


def place_by_noun(span, person: bool = True) -> bool:
    """Whether a name the recognizer took for a person's names a place: it modifies a place
    noun ("the Akrameh neighbourhood", "Menbij city sub-districts"), a place noun stands in
    apposition to it ("Ramusa, a town south of Aleppo"), it lies in a direction of another
    place ("Ramusa south of Aleppo"), or who holds it says so ("rebel-held Ramusa", "in
    nearby Ramusa"), or its last word is a place's ("Lafayette Square"); all but the direction
    only where it was taken for a person's name."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(0, span.start - 2):span.start]]
    if person and (before[-1:] == ["nearby"] or len(before) == 2 and before[0] == "-"
                   and before[1] in ("held", "controlled")):
        return True  # "in nearby Paarl", "rebel-held Ramusa" (not "state-controlled Gazprom")
    if person and len(span) > 1 and span[-1].lower_ in _PLACE_HEADS:
        return True  # "Lafayette Square", "Saadallah al-Jabiri Square"
    j = span.end
    if j + 1 < len(doc) and doc[j].lower_ in _COMPASS and doc[j + 1].lower_ == "of":
        return True  # "Ramusa south of Aleppo"
    if span.end >= len(doc) or not person:
        return False
    nxt = doc[span.end]
    if nxt.is_lower and nxt.lemma_.lower() in PLACE_NOUNS:
        after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        return after is None or not (after.is_lower and after.pos_ == "NOUN")  # "town hall"
    root = span.root
    return any(c.dep_ == "appos" and c.i >= span.end and c.lemma_.lower() in PLACE_NOUNS
               and any(d.lower_ in ("a", "an") for d in c.children) for c in root.children)


def person_by_title(span) -> bool:
    """Whether two or three capitalised words follow a person's role noun right away
    ("campaign officials Brad Parscale", "Businessman Troy Downing")."""
    words = list(span)
    if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper()
                                           and not t.is_upper for t in words):
        return False
    roles, org_words = _role_words()
    if any(t.lower_ in org_words for t in words) or span.start == 0:
        return False
    role = span.doc[span.start - 1]
    return role.is_alpha and role.lemma_.lower() in roles and role.tag_ in ("NN", "NNS", "NNP") \
        and (role.is_lower or role.i == role.sent.start)


def person_by_first_name(span) -> bool:
    """Whether a span ends in a first name and a capitalised word of no organization's name,
    right after a person's role ("HP CEO Carly Fiorina", "party chairman Jane Roe", "Sister
    Jane Roe"): a person the recognizer took for an organization."""
    doc = span.doc
    if len(span) < 2 or span.start + len(span) - 3 < 0:
        return False
    role = doc[span.end - 3]
    if role.text in ORDERS:  # "Sister Jane Roe", whatever her first name
        return span[-2].is_title and span[-2].is_alpha and _surname(span[-1])
    return _first_and_surname(span[-2], span[-1]) and role.is_alpha and (
        role.lower_ in _role_words()[0] or acronym_before_name(span))


def acronym_before_name(span) -> bool:
    """Whether a span of three words is an organization's acronym and a person's name
    (``USCIRF Jane Roe`` after ``Vice-Chair at``): the organization the person speaks for."""
    return len(span) == 3 and span[0].is_upper and span[0].is_alpha and len(span[0]) > 1


#: titles of members of religious orders, capitalised before a name ("Sister Jane Roe")
ORDERS = frozenset({"Sister", "Brother", "Mother"})


def person_after_owner(span) -> int | None:
    """Where a person's name starts inside a span the recognizer took for one organization's
    name, after that organization's possessive: a first name and a capitalised word of no
    organization's name (``Blackrock's Larry Fink``: ``Larry Fink``), the possessive inside
    the span or right before it (``NBC's`` + ``Larry Fink``); else None."""
    if len(span) >= 4:
        before = span[-3]  # "Blackrock's Larry Fink"
    elif len(span) == 2 and span.start > 1:
        before = span.doc[span.start - 1]  # "NBC's" + "Larry Fink"
    else:
        return None
    if not possessive_mark(before):
        return None
    return span[-2].i if _first_and_surname(span[-2], span[-1]) else None


def possessive_mark(tok) -> bool:
    """Whether ``tok`` is a possessive ending: ``'s``, or a lone apostrophe glued to a word
    ending in ``s`` (``Scientists’``), which the tagger may take for a closing quote."""
    if tok.tag_ == "POS":
        return True
    if tok.text not in ("'", "\u2019") or tok.i == 0:
        return False
    word = tok.doc[tok.i - 1]
    return not word.whitespace_ and word.lower_.endswith("s") and word.is_alpha


def person_after_body(span, alone) -> int | None:
    """Where a person's name starts inside a span the recognizer took for one organization's
    name, where the text lost the comma between the body and the person (``the Example
    Coalition Jane Roe``): two capitalised words after a word of an organization's name, the
    last of them standing alone elsewhere as the subject of a verb of saying (``alone``:
    ``Roe said``); else None."""
    if len(span) < 4 or span[-1].text not in alone or not span[-2].is_title \
            or not span[-2].is_alpha or not _surname(span[-1]) \
            or span[-3].lower_ not in _role_words()[1] \
            or span[-2].lower_ in _role_words()[1]:
        return None
    return span[-2].i


def _first_and_surname(first, last) -> bool:
    """Whether two tokens read as a first name (the common ones, or one the first-name table
    gives a gender) and a surname that is no word of an organization's name."""
    return (first.lower_ in FIRST_NAMES or first_name_gender(first.lower_) is not None) \
        and first.is_title and _surname(last)


def _surname(last) -> bool:
    """Whether a token reads as a surname: a capitalised word of letters, no word of an
    organization's name."""
    return last.is_title and last.is_alpha and len(last) > 2 \
        and last.lower_ not in _role_words()[1]


def person_by_rank(span) -> bool:
    """Whether an abbreviated title or rank ("Pfc.", "Gov.", "Lt. Gen.") opens the span and
    one to three capitalised words of no organization's name follow it ("Pfc. Manning's")."""
    from .spantrim import title_abbreviation

    words = [t for t in span if t.text not in ("'s", "’s", "'", "’")]
    k = 0
    while k < len(words) and title_abbreviation(words[k].text):
        k += 1
    rest = words[k:]
    if not k or not 1 <= len(rest) <= 3:
        return False
    org_words = _role_words()[1]
    return all(t.text[:1].isupper() and t.lower_ not in org_words
               and (t.is_alpha and not t.is_upper or re.fullmatch(r"[A-Z]\.|\w+(?:-\w+)+", t.text))
               for t in rest)


@lru_cache(maxsize=1)
def _role_words() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns of persons' roles, and words of organizations' names."""
    from .evidence import ORG_HEADS
    from .orgnames import ORG_NOUNS

    return PERSON_WORDS, frozenset(ORG_NOUNS) | ORG_HEADS


_BEFORE_AND = frozenset({"of", "for", "on", "in", "and", "&"})


def joined_parts(span, known) -> list | None:
    """The names of a span that joins two with "and" ("World Bank and IMF": "World Bank",
    "IMF"), where ``known`` knows the first as a name of its own; None where the span is one
    name ("Ways and Means Committee", "Center for Strategic and International Studies").

    The second part is kept where ``known`` knows it or it reads as a name (two words or
    more, an acronym); a common noun ("TRT World and Agencies") is dropped.
    """
    words = [t.lower_ for t in span]
    if words.count("and") != 1:
        return None
    k = words.index("and")
    if k == 0 or k == len(span) - 1 or any(w in _BEFORE_AND for w in words[:k]):
        return None
    left, right = span[:k], span[k + 1:]
    if not known(left.text):
        return None
    if known(right.text) or len(right) > 1 or right.text.isupper():
        return [left, right]
    return [left]


#: Months and their short forms, which open a date ("Jul 01 2016").
_MONTHS = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())


def dated(span) -> bool:
    """Whether a span opens with a date, a month and a number ("Jul 01 2016 BEIRUT"), and is
    no organization named after one ("the April 6 Youth Movement")."""
    from .evidence import ORG_HEADS

    return len(span) > 1 and span[0].lower_.rstrip(".") in _MONTHS \
        and span[1].text[:1].isdigit() and span[-1].lower_ not in ORG_HEADS


__all__ = ["PERSON_NOUNS", "PLACE_NOUNS", "ordinary_word", "verb_opener", "handle",
           "possessive_stem", "lost_possessives", "place_by_noun", "person_by_title",
           "person_by_first_name", "person_by_rank", "joined_parts", "dated", "ORDERS",
           "acronym_before_name", "person_after_body"]
