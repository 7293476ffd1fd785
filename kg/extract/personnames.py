"""Persons' names the recognizer missed, cut short or took for something else, told by the
words around them.

* :func:`cut_name` — a name cut before its last word (``Sheikh Jane Roe Doe a religious
  leader``);
* :func:`role_follows` — a name a role follows without commas (``Jane Roe the head of the
  agency said``);
* :func:`titled_names` — a first name and a surname left unlabelled at the end of a
  capitalised title (``Assistant Attorney General for National Security Jane Roe``);
* :func:`described_names` — two or three capitalised words left unlabelled that a role
  describes, set off by a comma (``Jane Roe, director of the program, said``);
* :func:`role_names` — two or three such words set off after a role (``the vice minister,
  Jane Mary Roe, warned``);
* :func:`spoken_names` — two or three such words, a first name first, as the subject of a
  verb of saying (``Walid Phares, a terrorism analyst, suggested``);
* :func:`titled_span` — a titled name taken for a work's title (``Rear Admiral Jane Roe``);
* :func:`first_name_before` — a first name left out before a surname (``Ana Navarro``);
* :func:`surname_speaks` and :func:`lone_speaker_names` — a name whose surname speaks
  alone elsewhere in the article (``Jane Roe with the charity``, later ``Roe told``);
* :func:`place_first_name` — a first name the gazetteer knows as a place (``Chad Wolf``);
* :func:`place_surname` — a surname the gazetteer knows as a place (``Lisa Monaco``);
* :func:`given_name_before_place` — a place's name that is the surname of a person set in
  apposition with a role, the given name left out (``Jane Kobani, an SDF commander``);
* :func:`resident` — a name and its town taken for a work's title (``Jane Roe of
  Springfield said``);
* :func:`lone_surnames` — a surname that speaks alone, the full name never given (``Roe
  said``);
* :func:`transcript_names` — a transcript's speaker label in capitals (``JANE ROE:``);
* :func:`namesake` and :func:`other_first_name` — another person who bears a known
  person's surname (``Ivanka Trump`` where the article's Trump is Donald Trump).
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Mention
from .cuewords import SPEECH_VERBS
from .orgnames import BODY_WORDS, person_by_role, set_off_age, years_old
from .speakerwords import BODIES
from .textview import View, covered


def cut_name(span, view: View):
    """A person's name the recognizer cut before its last word (``Sheikh Mohammed Reda``
    of ``Sheikh Mohammed Reda Hatem a religious leader``): the span with the capitalised word
    after it that its words modify as a compound, unlabelled, written nowhere in lower case
    and followed by no capitalised word.  A given name joined by a hyphen, its second part
    in lower case, may be that word (``Jae-in``), its parts words of the article or not."""
    doc = span.doc
    k = span.end
    if k >= len(doc) or span.root.dep_ != "compound":
        return span
    nxt = doc[k]
    if k + 2 < len(doc) and doc[k + 1].text in _HYPHENS and not nxt.whitespace_ \
            and not doc[k + 1].whitespace_ and span.root.head.i in (k, k + 2):
        # a given name joined by a hyphen ("Shin In-kyun"), its parts short and common words
        last = doc[k + 2]
        if nxt.ent_type_ or last.ent_type_ or not nxt.is_title or not nxt.is_alpha \
                or not last.is_alpha or not last.is_lower \
                or k + 3 < len(doc) and doc[k + 3].text[:1].isupper():
            return span
        return doc[span.start:k + 3]
    if span.root.head.i != k or nxt.ent_type_ or nxt.pos_ != "PROPN" or not nxt.is_title \
            or not nxt.is_alpha or len(nxt) < 3 or nxt.lower_ in view.common \
            or k + 1 < len(doc) and (doc[k + 1].text[:1].isupper()
                                     or doc[k + 1].text in ("'s", "\u2019s")):
        return span
    return doc[span.start:k + 1]


def cut_front(span, view: View):
    """A person's name the recognizer cut after its first word (``Tsarnaev`` of ``Anzor
    Tsarnaev, who maintained ...``): the one-word span with the capitalised word right
    before it that modifies it as a compound, unlabelled, a proper noun to the tagger,
    written nowhere in lower case, no title or honorific, and opening its sentence or set
    after a word in lower case or a mark."""
    from ..name_forms import TITLES as HONORIFICS
    from .speakerwords import TITLES

    doc = span.doc
    k = span.start - 1
    if k < 0 or len(span) != 1:
        return span
    prev = doc[k]
    if prev.ent_type_ or prev.pos_ != "PROPN" or not prev.is_title or not prev.is_alpha \
            or len(prev) < 3 or prev.head.i != span[-1].i or prev.dep_ != "compound" \
            or prev.lower_ in view.common or prev.lower_ in TITLES \
            or prev.lower_ in HONORIFICS:
        return span
    if k > prev.sent.start and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper():
        return span  # ("Senate Majority Leader Kim": a longer capitalised run)
    return doc[k:span.end]


def role_follows(span) -> bool:
    """Whether a person's role follows a name of two or three capitalised words right away,
    in a text without commas (``Jane Roe the head of the agency said``): the name's
    appositive, opened by an article, headed by a role noun; a title in quotes is none."""
    from .speakerwords import GENERIC_PERSON, TITLES

    doc = span.doc
    if not 2 <= len(span) <= 3 or not all(t.is_alpha and t.is_title for t in span) \
            or span.start > 0 and doc[span.start - 1].text in ("\u201c", "'", "\u2018") \
            or span.end < len(doc) and doc[span.end].is_quote:
        return False
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.left_edge.i == span.end
               and c.left_edge.lower_ in ("the", "a", "an")
               and c.lemma_.lower() in TITLES | GENERIC_PERSON for c in span.root.children)


def speaking_name(span) -> bool:
    """Whether a name of two or three capitalised words (``Temple-Raston`` one, a particle
    ``de`` inside) that the recognizer took for a work's title or an organization's name is
    a person who speaks: a first name that tells a gender opens it, no quote mark is
    beside it, and ``, who`` or a verb of saying follows it or ``said`` comes right before it
    (``Ivo Daalder, who was ambassador to NATO, said``)."""
    from .speakerwords import first_name_gender

    doc = span.doc
    words = _joined(span)  # "Dina Temple-Raston", "Veronique de Rugy"
    if not 2 <= len(words) <= 3 or not all(
            t.is_alpha and (t.is_title or k and j == 0 and t.lower_ in _PARTICLES or j > 0)
            for k, parts in enumerate(words) for j, t in enumerate(parts)) \
            or not words[-1][0].is_title or first_name_gender(span[0].lower_) is None \
            or any(t.lower_ in _org_words() for t in span) \
            or span.start > 0 and doc[span.start - 1].text in ("\u201c", "\u2018") \
            or span.end < len(doc) and doc[span.end].is_quote:
        return False  # (a quote closing before the name is what the name said)
    after = doc[span.end:span.end + 2]
    if len(after) == 2 and after[0].text == "," and after[1].lower_ == "who":
        return True
    if len(after) and after[0].lemma_.lower() in _SAYING:
        return True
    return span.start > 0 and doc[span.start - 1].lemma_.lower() in _SAYING


def other_first_name(tok, own, common=frozenset()) -> bool:
    """Whether the word before ``tok`` (a surname) is a first name and is none of ``own``
    (the lower-case words of the names of the people known by that surname), nor a spelling
    or a short form of one (``Mohammed`` of ``Mohammad``), nor a name of the gazetteer
    (``Blaming Assad Trump says``), and opens the name: ``Ivanka`` before ``Trump`` where
    the article's Trump is Donald Trump.  A first name is one that tells a gender, or a
    proper noun the parser joined to the surname that the article (its lower-case words are
    ``common``) never writes in lower case and that is no title (``Kenyata McCain``)."""
    from ..name_forms import same_given_name
    from .speakerwords import first_name_gender

    if tok.i == 0:
        return False
    doc = tok.doc
    first = doc[tok.i - 1]
    if not (first.is_alpha and first.is_title and first.whitespace_ == " ") \
            or first.ent_type_ not in ("", "PERSON") or first.ent_id_:
        return False
    gendered = first_name_gender(first.lower_) is not None
    if not gendered and not (
            common and first.pos_ == "PROPN" and first.dep_ == "compound"
            and first.head.i == tok.i and len(first) > 2 and first.lower_ not in common
            and not _title_word(first.lower_)
            and not first.lower_.endswith("s")):  # ("Syrias Assad": a lost apostrophe)
        return False
    before = doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.is_title and before.pos_ == "PROPN" \
            and not _title_word(before.lower_.rstrip(".")):
        return False  # "Abu Mohammed al-Adnani": a longer name (not "Dr Ammar al-Assad")
    bare = _consonants(first.lower_)
    return not any(same_given_name(first.lower_, w) or _consonants(w) == bare for w in own)


def _title_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a title or an honorific (``Dr``, ``Mr``)."""
    from .speakernames import HONORIFICS
    from .speakerwords import TITLES, norm_word

    w = norm_word(word)
    return w in TITLES or w in HONORIFICS


def _consonants(word: str) -> str:
    """A word without its vowels and doubled letters: one skeleton for a name's spellings
    (``mhmd`` of Mohammed and Mohammad, ``brck`` of Barack and Barrack)."""
    out = ""
    for c in word:
        if c not in "aeiouy" and not out.endswith(c):
            out += c
    return out


def namesake(span, entry, common=frozenset()):
    """The full name of another person who bears a known person's surname, where the
    gazetteer matched the surname alone (``Ivanka Trump``, ``Yazan al-Saadi``): the span of
    the first name (see :func:`other_first_name`) and the one-word alias, else None."""
    if entry.type != "Person" or " " in span.text:
        return None
    own = {w.lower() for name in (entry.name, *entry.aliases) for w in name.split()}
    if entry.name.split()[0].lower() == span.text.lower() and not _described(span[-1]):
        common = frozenset()  # "Kim" of Kim Jong Un, family name first: a name many share,
        # whose given names are written many ways; only a first name that tells a gender,
        # or one whose name a role set off after it describes ("Duyeon Kim, a senior fellow")
    return span.doc[span.start - 1:span.end] if other_first_name(span[0], own, common) \
        else None


def _described(tok) -> bool:
    """Whether a role set off by a comma right after ``tok`` describes it (``Jane Roe, a
    senior research fellow at the institute,``)."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == "," and any(
        c.dep_ == "appos" and c.left_edge.i == tok.i + 2 and _role(c) for c in tok.children)


def resident(span):
    """``Jane Roe of Springfield said``, taken for a work's title: the name before ``of``
    (two capitalised words, a first name that tells a gender first), where a verb of saying
    follows the whole or ``said`` comes before it, or the span stops on a word of the phrase
    after ``of`` (``Jane Roe of the``) and a verb of saying follows; else None."""
    from .speakerwords import first_name_gender

    doc = span.doc
    if len(span) < 3 or span[2].lower_ != "of" or not all(
            t.is_alpha and t.is_title for t in span[:2]) \
            or first_name_gender(span[0].lower_) is None:
        return None
    k = span.start + 3  # past the town, which the recognizer may have left out of the span
    while k < len(doc) and doc[k].is_title and doc[k].is_alpha:
        k += 1
    if k < len(doc) and k > span.start + 3 and doc[k].lemma_.lower() in _SAYING \
            or span.start > 0 and doc[span.start - 1].lemma_.lower() in _SAYING:
        return span[:2]
    if span[-1].is_lower and span[-1].lower_ in ("of", "the", "a", "an") and any(
            doc[j].lemma_.lower() in _SAYING and doc[j].pos_ == "VERB"
            for j in range(span.end, min(span.sent.end, span.end + 12))):
        return span[:2]  # "Jane Roe of the Example-based group told ...": the span cut in
        # the middle of the phrase the name is of, a verb of saying after it
    return None


def _plain_pair(span, view: View) -> bool:
    """Whether ``span`` is capitalised words of letters the article never writes in lower
    case, none a word of a body's name (``Jane Roe``, not ``Medical Association``)."""
    return all(t.is_alpha and t.is_title and t.lower_ not in view.common
               and t.lower_ not in BODY_WORDS and t.lower_ not in BODIES for t in span)


def member_of_body(span, view: View):
    """``Jane Roe of the Medical Association said``, the name taken for a body: two
    capitalised words the article never writes in lower case, no word of a body's name
    among them, followed by ``of the`` and a capitalised name, the subject of a verb of
    saying; the span, else None."""
    doc = span.doc
    k = span.end
    if len(span) != 2 or k + 2 >= len(doc) or doc[k].lower_ != "of" \
            or doc[k + 1].lower_ != "the" or not doc[k + 2].is_title:
        return None
    if not _plain_pair(span, view):
        return None
    root = span.root
    return span if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS else None


def kin_name(span, surnames: frozenset[str], view: View):
    """``Adrian Toole said`` in an article naming ``Joanna Toole``, the name taken for a body:
    two capitalised words the article never writes in lower case, no word of a body's name
    among them, the second the surname of a person the recognizer found in the article (a
    relative), the first word nowhere else in the article but before that surname (not
    ``Capitol Hill`` beside ``the Capitol``); the span, else None."""
    if len(span) != 2 or span[1].text not in surnames or not _plain_pair(span, view) \
            or len(span[0]) <= 2 or len(span[1]) <= 2:
        return None
    first, last = span[0].text, span[1].text
    doc = span.doc
    if any(t.text == first and (t.i + 1 == len(doc) or doc[t.i + 1].text != last) for t in doc):
        return None
    return span


def place_first_name(span, view: View):
    """``Chad Wolf``, ``Georgia Fields``: a place of the gazetteer whose name is a first name
    that tells a gender, before a capitalised word the place's name modifies and that ends
    the name, where the words around say a person is meant: a verb of saying has it as its
    subject, a role is its appositive, or a title or role word comes right before.  A first
    name that tells no gender needs a surname the recognizer took for a person's and one of
    those (``Jordan Peterson said``), or both a verb of saying and a role (``Togo Roe, a
    hairdresser, told``) and a surname the recognizer left unlabelled.  The span of both
    words, else None."""
    from .orgnames import PLACE_NOUNS
    from .speakerwords import BODIES, GENERIC_PERSON, TITLES, first_name_gender, norm_word

    doc = span.doc
    if len(span) != 1 or span.end >= len(doc):
        return None
    tok, last = span[0], doc[span.end]
    gendered = first_name_gender(tok.lower_) is not None
    if tok.dep_ != "compound" or tok.head.i != last.i or not last.is_title \
            or not last.is_alpha or last.pos_ != "PROPN" or last.ent_type_ not in ("", "PERSON") \
            or not tok.whitespace_ or last.lower_ in view.common \
            or (w := norm_word(last.lower_)) in TITLES or w in BODIES or w in PLACE_NOUNS \
            or last.dep_ == "compound":
        return None  # (not "Chad Army said")
    roles = TITLES | GENERIC_PERSON
    before = doc[tok.i - 1] if tok.i > 0 else None
    titled = before is not None and before.pos_ in ("NOUN", "PROPN") and (
        norm_word(before.lower_) in roles
        or before.lower_.endswith(("ist", "ian")) and len(before) > 5)
    speaks = last.dep_ == "nsubj" and last.head.lemma_.lower() in _SPEAKING
    described = any(c.dep_ == "appos" and _role(c) for c in last.children)
    if not gendered and last.ent_type_ == "PERSON" and (speaks or described or titled):
        return doc[tok.i:last.i + 1]  # "Jordan Peterson said": the recognizer's person
    if not gendered:  # "Togo Roe, a hairdresser, told": a first name of no table
        described = described or any(
            c.dep_ == "appos" and c.tag_ == "NN" and len(c) > 5
            and c.lower_.endswith(("er", "or", "ist", "ian")) for c in last.children)
        return doc[tok.i:last.i + 1] if speaks and described and not last.ent_type_ else None
    return doc[tok.i:last.i + 1] if titled or speaks or described else None


def place_surname(span):
    """``Lisa Monaco``, ``Rep. Jane Israel``: a place of the gazetteer whose one-word name
    is a surname after a first name that tells a gender, capitalised, modifying it as a
    compound, and no capitalised word after it.  The recognizer may have taken the first
    name alone for a person.  The span of both words, else None."""
    from .speakerwords import first_name_gender

    doc = span.doc
    if len(span) != 1 or span.start == 0:
        return None
    first, last = doc[span.start - 1], span[0]
    if first.ent_type_ not in ("", "PERSON") or not first.is_title or not first.is_alpha \
            or first.dep_ != "compound" or first.head.i != last.i \
            or first_name_gender(first.lower_) is None \
            or span.end < len(doc) and doc[span.end].text[:1].isupper():
        return None
    return doc[first.i:span.end]


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    """Words of organizations' names, company suffixes among them (``Corp``, ``Inc``)."""
    from .namewords import _role_words

    return _role_words()[1] | _COMPANY


_COMPANY = frozenset({"corp", "corporation", "inc", "co", "llc", "ltd", "plc", "holdings",
                      "partners", "capital", "associates", "group", "industries", "brands"})


#: verbs of saying beside a speaker's name
_SAYING = frozenset({"say", "tell", "add", "write", "note", "argue", "report", "explain"})
#: lower-case particles inside a person's name
_PARTICLES = frozenset({"de", "del", "da", "di", "van", "von", "der", "le", "la", "al", "el",
                        "bin", "ibn", "abu"})


def titled_names(doc, ms: list[Mention], view: View, sidx) -> list[Mention]:
    """A first name and a surname the recognizer left unlabelled at the end of a capitalised
    title (``Assistant Attorney General for National Security Jane Roe said``): a person.
    The title holds a role word; the surname is written nowhere in lower case and no
    capitalised word follows it.  A first name of no table is one too right after a role
    word (``House Democratic Whip Steny Hoyer``), if the tagger takes both words for names."""
    from .speakerwords import FIRST_NAMES, TITLES

    taken = covered(ms)
    common = view.common
    out = []
    for tok in doc[1:len(doc) - 1]:
        last = doc[tok.i + 1]
        if not tok.is_title or not last.is_title \
                or not last.is_alpha or len(last) < 3 or tok.ent_type_ or last.ent_type_ \
                or last.lower_ in common or last.lower_ in FIRST_NAMES or tok.idx in taken \
                or last.idx in taken:
            continue
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if after is not None and (after.text[:1].isupper() or after.text in ("'s", "\u2019s")):
            continue
        first = tok.lower_ in FIRST_NAMES
        if not first and not (tok.pos_ == last.pos_ == "PROPN" and tok.lower_ not in common):
            continue
        title = []
        k = tok.i - 1
        while k >= tok.sent.start and (doc[k].is_title or doc[k].lower_ in ("of", "for")
                                       and title):
            title.append(doc[k])
            k -= 1
        if not title or not title[0].is_title or not any(
                t.is_title and t.lower_ in TITLES for t in title) or title[0].i == tok.sent.start \
                and len(title) == 1:
            continue
        if not first and title[0].lower_ not in TITLES:
            continue  # (a first name of no table only right after the role word: "Whip X")
        if view.furniture(tok.idx):
            continue
        out.append(Mention(start=tok.idx, end=last.idx + len(last.text),
                           text=doc[tok.i:tok.i + 2].text, sentence=sidx[tok.i],
                           label="PERSON", kind="Person"))
    return out


def _role(tok) -> bool:
    """Whether ``tok`` heads a description of a person by role: ``director of ...``,
    ``a senior analyst``, ``one of the organizers``."""
    from .speakerwords import GENERIC_PERSON, TITLES, norm_word

    roles = TITLES | GENERIC_PERSON
    if tok.pos_ == "NOUN" and tok.tag_ == "NN":
        return norm_word(tok.lemma_) in roles
    if tok.lower_ == "one":  # "one of the organizers of the event"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None \
            else None
        return obj is not None and obj.tag_ == "NNS" and (
            norm_word(obj.lemma_) in roles or obj.lemma_.lower().endswith(("er", "or", "ist"))
            and len(obj.lemma_) > 5)
    return False


def _aged(tok) -> bool:
    """Whether an age describes ``tok`` (``a 65-year-old Syrian``)."""
    return any(a.dep_ == "amod" and years_old(a) for a in tok.children)


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _name_start(doc, tok) -> int:
    """Where the name ending at ``tok`` starts: the proper nouns set before it as its
    compounds, over a hyphen inside a word (``Daveed Gartenstein-Ross``)."""
    first = tok.i
    lo = tok.sent.start
    while first > lo:
        prev = doc[first - 1]
        if prev.dep_ == "compound" and prev.head.i == tok.i and prev.pos_ == "PROPN":
            first -= 1
        elif prev.text in _HYPHENS and not prev.whitespace_ and first - 2 >= lo \
                and not doc[first - 2].whitespace_ and doc[first - 2].pos_ == "PROPN" \
                and doc[first - 2].head.i == tok.i:
            first -= 2
        else:
            break
    return first


def _person(name, sidx) -> Mention:
    """A person's mention of the span ``name`` (``sidx``: sentence index by token)."""
    return Mention(start=name[0].idx, end=name.end_char, text=name.text,
                   sentence=sidx[name[-1].i], label="PERSON", kind="Person")


def _joined(name) -> list[list]:
    """The words of ``name``, a hyphen inside a word joining its parts (``Yong-beom``)."""
    words: list[list] = []
    glue = False
    for t in name:
        if t.text in _HYPHENS and words and not words[-1][-1].whitespace_ and not t.whitespace_:
            glue = True
            continue
        if glue:
            words[-1].append(t)
        else:
            words.append([t])
        glue = False
    return words


def _plain_name(name, view: View, taken) -> bool:
    """Whether ``name`` is two or three capitalised words (a hyphen may join a lower-case
    part: ``Heo Yong-beom``) that the recognizer left unlabelled, none of them written in
    lower case anywhere in the article, a title or part of a mention already."""
    from .speakerwords import TITLES, norm_word

    words = _joined(name)
    if not 2 <= len(words) <= 3:
        return False
    # (a lower-case part after a hyphen is read as a lower-case word of the article)
    return all(parts[0].is_title and len(parts[0]) > 1 for parts in words) and not any(
        t.ent_type_ or not t.is_alpha or t.i == parts[0].i and t.lower_ in view.common
        or norm_word(t.lower_) in TITLES or t.idx in taken
        for parts in words for t in parts)


def described_names(doc, ms: list[Mention], view: View, sidx) -> list[Mention]:
    """Two or three capitalised words the recognizer left unlabelled whose appositive, set
    off by a comma, is a role or an age (``Jane Roe, director of the program, said``, ``Jane
    Mary Roe, one of the organizers``, ``Jane Roe, 48, who ...``, ``Jane Roe, a 65-year-old
    Syrian from Idlib``): a person.  None of the words is written in lower case
    anywhere in the article, a title or a first word of a longer capitalised run."""
    taken = covered(ms)
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.i + 1 >= len(doc) \
                or doc[tok.i + 1].text != "," or not any(
                    c.dep_ == "appos" and c.i > tok.i + 1 and (_role(c) or _aged(c))
                    or c.i == tok.i + 2 and set_off_age(c) for c in tok.children):
            continue
        first = _name_start(doc, tok)
        name = doc[first:tok.i + 1]
        if first > tok.sent.start and (doc[first - 1].is_title and doc[first - 1].is_alpha
                                       and doc[first - 1].i != tok.sent.start):
            continue
        if not _plain_name(name, view, taken) or view.furniture(name[0].idx):
            continue
        out.append(_person(name, sidx))
    return out


def role_names(doc, ms: list[Mention], view: View, sidx) -> list[Mention]:
    """Two or three capitalised words the recognizer left unlabelled (see
    :func:`_plain_name`), set off by a comma after a role whose appositive the parser made
    them (``another vice minister of foreign affairs, Jane Mary Roe, warned``): a person.
    No capitalised word follows the name."""
    taken = None
    out = []
    for tok in doc:
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.ent_type_ \
                or tok.head.i >= tok.i or not _role(tok.head):
            continue
        if taken is None:
            taken = covered(ms)
        first = _name_start(doc, tok)
        if first == 0 or doc[first - 1].text != "," or tok.i + 1 < len(doc) and (
                doc[tok.i + 1].text[:1].isupper() or doc[tok.i + 1].text in _HYPHENS):
            continue
        name = doc[first:tok.i + 1]
        if not _plain_name(name, view, taken) or view.furniture(name[0].idx):
            continue
        out.append(_person(name, sidx))
    return out


def first_name_before(span):
    """A one-word span with the first name the recognizer left out right before it
    (``Ana`` of ``Ana Navarro`` where only ``Navarro`` was taken for an organization): a
    capitalised word, unlabelled, that tells a gender and modifies the span as a compound;
    else the span itself."""
    from .speakerwords import first_name_gender

    prev = _unlabelled_word_before(span)
    if prev is None or first_name_gender(prev.lower_) is None:
        return span
    return span.doc[span.start - 1:span.end]


def given_name_before_place(span):
    """The name of a person whose surname is the one-word place ``span`` and whose given name
    the recognizer left out, the whole set in apposition with a person's role (``Jane
    Kobani, an SDF commander, said``): a capitalised word with no label right before it,
    joined to it as its modifier; else None."""
    prev = _unlabelled_word_before(span)
    name = span.doc[span.start - 1:span.end]
    return name if prev is not None and prev.is_alpha and prev.pos_ == "PROPN" \
        and person_by_role(name) else None


def _unlabelled_word_before(span):
    """The capitalised word with no label right before the one-word ``span``, joined to it as
    its modifier (a given name the recognizer left out), or None."""
    if len(span) != 1 or span.start == 0:
        return None
    prev = span.doc[span.start - 1]
    if prev.ent_type_ or not prev.is_title or prev.dep_ != "compound" \
            or prev.head.i != span.start:
        return None
    return prev


def titled_span(span):
    """The name after the title that opens a span the recognizer took for a work's title or
    an organization's name (``Rear Admiral Jane Roe``): the words after the span's last
    title word, two or three capitalised ones, the first a first name that tells a gender,
    none a word of an organization's name; else None.  Where the span is the subject of a
    verb of saying, the first name may be one no table knows, and a word may mix cases
    (``Spokeswoman AshLee Roe said``)."""
    from .speakerwords import first_name_gender

    titles = [k for k, t in enumerate(span[:-2]) if t.is_title
              and _title_word(t.lower_.rstrip("."))]
    if not titles:
        return None
    name = span[titles[-1] + 1:]
    speaks = span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in _SPEAKING
    if not 1 < len(name) <= 3 or not all(t.is_alpha and (t.is_title or speaks and (
            t.text[:1].isupper() and not t.is_upper)) for t in name) \
            or first_name_gender(name[0].lower_) is None and not speaks \
            or any(t.lower_ in _org_words() for t in name):
        return None
    return name


#: verbs of saying whose subject, a name the recognizer missed, is a person who speaks
_SPEAKING = SPEECH_VERBS - frozenset({
    "show", "find", "demonstrate", "prove", "illustrate", "list", "rule", "determine",
    "order", "object", "question", "contest", "welcome", "post", "indicate", "signal"})


def spoken_names(doc, ms: list[Mention], view: View, sidx) -> list[Mention]:
    """Two or three capitalised words the recognizer left unlabelled (see
    :func:`_plain_name`), the first a first name that tells a gender, as the subject of a
    verb of saying (``Walid Phares, Fox News analyst, suggested``): a person."""
    from .speakerwords import first_name_gender

    taken = covered(ms)
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ != "nsubj" \
                or tok.head.lemma_.lower() not in _SPEAKING:
            continue
        first = _name_start(doc, tok)
        name = doc[first:tok.i + 1]
        if first_name_gender(name[0].lower_) is None or not _plain_name(name, view, taken) \
                or view.furniture(name[0].idx):
            continue
        out.append(_person(name, sidx))
    return out


def lone_speakers(doc, common=frozenset()) -> frozenset[str]:
    """Capitalised words that stand alone somewhere in the article as the subject of a verb
    of saying (``Roe told``): surnames, the way news writes a person after the full name.
    A word the tagger takes for a common noun (``Roe`` opening a sentence) is one if the
    article never writes it in lower case (``common``)."""
    out = set()
    for tok in doc:
        if tok.dep_ == "nsubj" and tok.is_alpha and len(tok) > 2 and (
                tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.lower_ not in common) \
                and tok.text[:1].isupper() and not tok.is_upper \
                and tok.head.lemma_.lower() in _SPEAKING \
                and not any(c.dep_ in ("compound", "flat", "det", "amod", "poss")
                            for c in tok.children) \
                and not (tok.i > 0 and doc[tok.i - 1].text[:1].isupper()
                         and doc[tok.i - 1].is_alpha and doc[tok.i - 1].i != tok.sent.start):
            out.add(tok.text)
    return frozenset(out)


def lone_surnames(doc, ms: list[Mention], view: View, sidx, alone: frozenset[str],
                  known) -> list[Mention]:
    """A capitalised word that stands alone as the subject of a verb of saying (see
    :func:`lone_speakers`) where no mention holds it, no capitalised word stands beside it,
    and it is no title, no word of an organization's name and no name the gazetteer knows
    (``known``): a person's surname, the article never giving the full name (``"...,"
    Roe said``).  The tagger takes it for a singular proper noun each time, and the article
    writes it capitalised inside a sentence at least once, and never in lower case (not
    ``Critics say``); a work's title to the recognizer still counts (``"...," Roe told``,
    a title to it after a quote).  Each such occurrence is a mention of that person."""
    from .speakerwords import TITLES, norm_word

    words = {w for w in alone if norm_word(w.lower()) not in TITLES
             and w.lower() not in _org_words() and w.lower() not in view.common and not known(w)}
    if words:
        inner = set()
        for tok in doc:
            if tok.text in words and (tok.tag_ != "NNP" or tok.lemma_ != tok.text):
                words.discard(tok.text)  # a common noun somewhere, or plural
            elif tok.text in words and tok.i > tok.sent.start:
                inner.add(tok.text)
        words &= inner
    if not words:
        return []
    taken = covered(ms)
    inside = {w for m in ms for w in m.text.split()}
    out = []
    for tok in doc:
        if tok.text not in words or tok.text in inside or tok.idx in taken \
                or tok.ent_type_ not in ("", "WORK_OF_ART") or tok.pos_ not in ("PROPN", "NOUN") \
                or tok.i + 1 < len(doc) and (doc[tok.i + 1].text[:1].isupper()
                                             or doc[tok.i + 1].like_num) \
                or tok.i > tok.sent.start and doc[tok.i - 1].is_title \
                or tok.i > 0 and not doc[tok.i - 1].whitespace_ and doc[tok.i - 1].is_punct \
                or view.furniture(tok.idx):
            continue  # (not "Point 10", not "OVD-Info")
        out.append(_person(doc[tok.i:tok.i + 1], sidx))
    return out


def transcript_names(doc, ms: list[Mention], view: View, sidx) -> list[Mention]:
    """A transcript's speaker label in capitals opening a line (``JANE ROE: Today we ...``,
    ``SEN. JANE ROE:``) that no mention covers: two or three words after any titles, the
    first a first name the tables know, is a person (the host whom the transcript never
    names in lower case)."""
    text = view.text
    taken = None
    out = []
    for tok in doc:
        if tok.text != ":" or tok.i < 2:
            continue
        first = tok.i
        while first > 0 and tok.i - first < 5 and doc[first - 1].is_upper and (
                doc[first - 1].is_alpha or doc[first - 1].text.rstrip(".").isalpha()):
            first -= 1
        line = text[view.line(doc[first].idx)[0]:doc[first].idx]
        if first == tok.i or line.strip(" \"\u201c'\u2018"):
            continue  # not the whole opening of a line
        while first < tok.i and _title_word(doc[first].lower_.rstrip(".")):
            first += 1
        name = doc[first:tok.i]
        words = _joined(name)
        if not 2 <= len(words) <= 3 or not all(t.is_alpha for t in name) \
                or not _opens_with_first_name(words):
            continue
        if taken is None:
            taken = covered(ms)
        if any(t.idx in taken for t in name):
            continue
        out.append(_person(name, sidx))
    return out


def _opens_with_first_name(words) -> bool:
    """Whether the first of ``words`` (see :func:`_joined`) is a first name: one the tables
    know, whole or its part before a hyphen (``Jean-Claude``)."""
    from .speakerwords import FIRST_NAMES, first_name_gender

    whole = "".join(t.text for t in words[0]).lower()
    part = words[0][0].lower_
    return any(w in FIRST_NAMES or first_name_gender(w) is not None for w in (whole, part))


def surname_speaks(span, alone: frozenset[str]) -> bool:
    """Whether ``span`` (two or three capitalised words the recognizer took for an
    organization, a place or a title) is a person's name: a first name opens it, no word
    of an organization's name is in it, and its last word stands alone elsewhere in the
    article as the subject of a verb of saying (``Jane Roe``, later ``Roe said``; see
    :func:`lone_speakers`)."""
    words = _joined(span)
    if not 2 <= len(words) <= 3 or span[-1].text not in alone or not all(
            parts[0].text[:1].isupper() and all(t.is_alpha for t in parts) for parts in words) \
            or any(t.lower_ in _org_words() for t in span):
        return False
    return _opens_with_first_name(words)


def lone_speaker_names(doc, ms: list[Mention], view: View, sidx,
                       alone: frozenset[str]) -> list[Mention]:
    """Two or three capitalised words the recognizer left unlabelled (see
    :func:`_plain_name`), a first name first, whose last word stands alone elsewhere as the
    subject of a verb of saying (``Jane Roe with the charity``, later ``Roe told``): a
    person."""
    if not alone:
        return []
    taken = None
    out = []
    for tok in doc:
        if tok.text not in alone or tok.ent_type_ or tok.pos_ not in ("PROPN", "NOUN") \
                or tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
            continue
        if taken is None:
            taken = covered(ms)
        first = _name_start(doc, tok)
        while tok.i - first > 2 or first < tok.i and (doc[first].ent_type_ or not (
                _opens_with_first_name(_joined(doc[first:tok.i + 1])))):
            first += 1  # "ambassador to Cuba Jane Roe": the name after the place
        name = doc[first:tok.i + 1]
        if first == tok.i or not _plain_name(name, view, taken) or view.furniture(name[0].idx):
            continue
        out.append(_person(name, sidx))
        taken.update(range(name[0].idx, tok.idx + len(tok.text)))
    return out


__all__ = ["cut_front", "cut_name", "described_names", "namesake", "other_first_name",
           "first_name_before", "lone_speaker_names", "lone_speakers",
           "place_first_name", "place_surname", "resident", "role_follows", "role_names",
           "speaking_name", "spoken_names", "surname_speaks", "titled_names", "titled_span",
           "lone_surnames", "transcript_names"]
