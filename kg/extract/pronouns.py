"""What a pronoun may refer to: the gender the text gives each person, how far back a
``he``/``she`` reaches, and nouns of things no pronoun of a person refers to.

Functions over a :class:`kg.extract.speakers.Resolver`:

* :func:`genders` — the gender the words beside a person's names give (``Mr.``,
  ``spokeswoman``) or a possessive of their own clause (``Obama defended his record``), by
  a clear majority, else a common first name the article writes;
* :func:`bound` — the people named in a subject pronoun's own clause, whom it cannot
  refer to (``he said about Obama's record``: not Obama);
* :func:`owns_subject` — whether a possessor owns its main clause's subject, a thing
  (``Trump's attempt ... isn't new. He ...``): in focus as the subject;
* :func:`reach` — the first paragraph a pronoun may reach back to: the pronoun window,
  carried further back while the same pronoun goes on as a subject (one person talked of
  throughout);
* :func:`abstract` — whether a common noun names a thing, act or quality by its ending
  (``his China policy calls for``: no one's ``he``);
* :func:`relative_possessor` — the person whose testimony, speech or report a relative
  clause describes, its subject pronoun's antecedent (``Olsen's testimony in which he
  called``);
* :func:`previous_subject` — the person of the same subject pronoun opening the sentence
  before, as a phrase set before it names them (``After Reyes lost, he called Hale. He
  said``).
"""

from __future__ import annotations

import bisect
from collections import Counter

from .salience import _EMBEDDED, PRONOUN_WINDOW, _main_clause, fronted_person
from .speakerwords import (BODIES, DOCUMENTS, GENDERED, GENERIC_PERSON, NOT_PERSON,
                           PERSON_NOUNS, PERSON_WORDS, REPRESENTATIVE, TITLES, UNNAMED_GENDER,
                           first_name_gender)
from .textview import doc_text

PERSONAL = frozenset({"he", "she"})

#: endings of nouns of things, acts and qualities, never of a person ("policy", "decision",
#: "agreement", "assessment", "insistence", "reality", "terrorism", "leadership")
_ABSTRACT_ENDINGS = ("cy", "tion", "sion", "ment", "ence", "ance", "ity", "ism", "ship")


def abstract(head) -> bool:
    """Whether a common noun names a thing, not a person, by its ending."""
    lemma = head.lemma_.lower()
    return head.pos_ == "NOUN" and len(lemma) > 5 and lemma.endswith(_ABSTRACT_ENDINGS) \
        and lemma not in GENERIC_PERSON and lemma not in TITLES


#: heads of a share of people ("75 percent of voters", "a majority")
SHARES = frozenset({"percent", "%", "majority", "minority", "plurality", "half", "third",
                     "quarter", "share", "number", "most", "many", "all", "none", "both",
                     "rest", "dozen", "dozens", "hundreds", "thousands", "millions"})


def many(head) -> bool:
    """Whether an unnamed speaker's head word stands for many (``lawmakers``, ``75 percent
    of the public``, ``a majority``, ``three officials``): never the antecedent of ``he``."""
    return head.tag_ in ("NNS", "NNPS") or head.lower_ in ("they", "we") \
        or head.lemma_.lower() in SHARES or any(
            c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in head.children)


_NO_ONE = frozenset({"no", "every", "any"})


def unnamed_person(head) -> bool:
    """Whether an unnamed speaker's head word may be a person a later ``he`` or ``she``
    refers to: not a document, a body or a thing (``One caption said``, ``his China policy
    calls for``)."""
    lemma = head.lemma_.lower()
    if head.lower_ == "one" and any(c.dep_ == "det" and c.lower_ in _NO_ONE
                                    for c in head.children):
        return False  # "no one thought ...": nobody a later "he" stands for
    return head.lower_ not in NOT_PERSON and lemma not in NOT_PERSON \
        and lemma not in DOCUMENTS and lemma not in BODIES \
        and head.pos_ in ("NOUN", "PROPN") and not abstract(head)


def person_word(head) -> bool:
    """Whether the noun ``head`` is a word for a person: a person noun, a title, a generic
    (``official``, ``analyst``), a representative's or a gendered word (``father``).

    >>> import spacy
    >>> doc = spacy.blank("en")("the mother and the city")
    >>> person_word(doc[1]), person_word(doc[4])
    (True, False)
    """
    lemma = (head.lemma_ or head.text).lower()
    return any(w in PERSON_WORDS or w in GENDERED or w in UNNAMED_GENDER
               or w in REPRESENTATIVE for w in (lemma, head.lower_))


def reach(r, para: int, pronoun: str | None) -> int:
    """The first paragraph a pronoun in paragraph ``para`` may reach back to: the pronoun
    window, carried further back by each paragraph within it whose clauses have the same
    pronoun as a subject outside quotes (one person talked of throughout)."""
    first = para - PRONOUN_WINDOW
    if pronoun not in PERSONAL:
        return first
    if r.subject_paras is None:
        r.subject_paras = {}
        for t in r.doc:
            if t.lower_ in PERSONAL and t.dep_ in ("nsubj", "nsubjpass") and not r.in_quote(t):
                r.subject_paras.setdefault(t.lower_, set()).add(r.para_of(t.idx))
    paras = r.subject_paras.get(pronoun, set())
    q = para - 1
    while q >= first:
        if q in paras:
            first = min(first, q - PRONOUN_WINDOW)
        q -= 1
    return first


def bound(r, head, *, described: bool = False) -> frozenset[str]:
    """The people a subject ``he``/``she`` cannot refer to: those named after it in its own
    clause outside quotes, not inside a clause of their own (``"...," he said about
    Obama's record``, ``she told Clinton``: a pronoun never stands for a name it governs;
    but ``he focused on a plan that Shanahan drew up`` and ``he said Obama lied`` may be
    of the one named, as may a name that is part of another's: ``he said at his Trump
    Tower office``), nor those its own clause's repeated pronoun cannot (``he said he
    would back Hale``).  With ``described`` the same for a description as subject (``the
    former senator warned Sanders``, ``the president said he met Castro``)."""
    if head.lower_ not in PERSONAL and not described or head.dep_ not in ("nsubj", "nsubjpass"):
        return frozenset()
    found, stack = set(), [c for c in head.head.children if c.i > head.i]
    while stack:
        t = stack.pop()
        if t.dep_ in ("ccomp", "xcomp"):
            # "he said he would back Hale": the same pronoun again, the same person, whom
            # its own clause's names are not either
            again = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                          and (c.lower_ == head.lower_
                               or described and c.lower_ in ("he", "she"))), None)
            if again is not None:
                found |= bound(r, again)
        if t.dep_ in _EMBEDDED or t.dep_ == "conj":
            continue
        if not r.in_quote(t):
            ent = r.entity_at(t)
            if ent is not None and ent.broad == "Person" and not (
                    t.dep_ == "compound" and r.entity_at(t.head) is not ent):
                found.add(ent.key)  # not a name in another's ("at his Trump Tower office")
        stack.extend(t.children)
    return frozenset(found)


def owns_subject(tok) -> bool:
    """Whether a possessor owns a main clause's subject that is a thing, act or quality,
    not a person (``Trump's attempt to rally support isn't new``: Trump is in focus as
    the subject would be; not ``Trump's lawyer said``)."""
    h = tok.head
    lemma = h.lemma_.lower()
    # a plural thing only if words said ("Rouhani's comments ... did leave open")
    said = h.tag_ == "NNS" and (lemma in _SAID_THINGS or h.lower_ in _SAID_THINGS)
    return tok.dep_ == "poss" and h.dep_ in ("nsubj", "nsubjpass") and (h.tag_ == "NN" or said) \
        and h.ent_type_ != "PERSON" and lemma not in GENERIC_PERSON and lemma not in TITLES \
        and lemma not in REPRESENTATIVE and lemma not in GENDERED and _main_clause(h)


def owns_thing(tok) -> bool:
    """Whether a possessor owns a thing, act or quality, not a person (``May's speech``,
    not ``May's spokesman``)."""
    h = tok.head
    lemma = h.lemma_.lower()
    return tok.dep_ == "poss" and h.pos_ == "NOUN" and h.ent_type_ != "PERSON" \
        and lemma not in GENERIC_PERSON and lemma not in TITLES \
        and lemma not in REPRESENTATIVE and lemma not in GENDERED


#: plural nouns of words said, whose possessor is in focus as their speaker
_SAID_THINGS = frozenset({"comment", "comments", "remark", "remarks", "word", "words",
                          "statements", "tweets", "posts", "letters", "speeches"})

_OWN = {"his": "m", "himself": "m", "her": "f", "herself": "f"}
_OWN_CLAUSE_STOP = frozenset({"ccomp", "relcl", "advcl", "csubj", "parataxis", "acl",
                              "conj", "nsubj", "nsubjpass"})


def _own_pronouns(r, span) -> set[str]:
    """The gender a name's own clause gives it: ``Obama defended his record``, ``she
    told herself`` -- a possessive or reflexive in the clause of which the name is the
    subject, when no other person is named there to own it (not ``Trump attacked Clinton
    over her emails``)."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX") \
            or root.head.lemma_ == "be":
        return set()  # "Haley is his first pick": the complement's owner is another one
    found, stack = set(), [c for c in root.head.children if c.i != root.i
                           and c.dep_ not in _OWN_CLAUSE_STOP]
    while stack:
        t = stack.pop()
        if t.ent_type_ == "PERSON" or r.in_quote(t):
            return set()  # another person in the clause, or the words of a quote
        g = _OWN.get(t.lower_)
        if g and (t.dep_ == "poss" and not _answered(t) or t.lower_.endswith("self")):
            found.add(g)
        stack.extend(c for c in t.children if c.dep_ not in _OWN_CLAUSE_STOP)
    if len(found) == 1 and _unnamed_of(r, span, next(iter(found))):
        return set()  # "A woman begged. ... But Roe refused to take her money": hers
    return found


#: verbs of answering what someone else said or did: their object's owner is that other
#: one (``Roe echoed her sentiments``, ``rejected his offer``)
_ANSWERING = frozenset({"echo", "reject", "dismiss", "rebut", "counter", "dispute", "mock",
                        "praise", "welcome", "endorse", "applaud", "second", "accept",
                        "criticize", "criticise", "condemn", "ridicule", "deride", "refute"})


def _answered(poss) -> bool:
    """Whether the possessive ``poss`` owns the object of a verb of answering another."""
    return poss.head.dep_ == "dobj" and poss.head.head.lemma_.lower() in _ANSWERING


def _unnamed_of(r, span, gender: str) -> bool:
    """Whether the paragraph of ``span``, up to the end of its sentence, speaks outside
    quotes of an unnamed person of ``gender`` (``a woman``, ``his mother``), who may own
    its possessive."""
    doc = span.doc
    end = span.root.sent.end
    lo = paragraph_first(r, span.start)
    return any(t.pos_ == "NOUN" and not r.in_quote(t) and not t.ent_type_
               and (UNNAMED_GENDER.get(t.lemma_.lower()) or GENDERED.get(t.lemma_.lower()))
               == gender for t in doc[lo:end])


def paragraph_first(r, i: int) -> int:
    """The index of the first token of the paragraph of token ``i``."""
    doc = r.doc
    para = r.para_of(doc[i].idx)
    while i > 0 and r.para_of(doc[i - 1].idx) == para:
        i -= 1
    return i


#: words of a man's form that news writes of women too ("WFP spokesman Jane Roe ... she says")
_ANY_GENDER = frozenset({"spokesman"})


def genders(r) -> dict[str, str | None]:
    """The gender the text gives each person by the words beside their names (``Mr.``,
    ``Mrs.``, ``spokeswoman``) or a possessive of their own clause (``Obama defended his
    record``), by a clear majority, else the one a common first name tells (``Anthony
    Weiner``); ``None`` where the text's words disagree ("Mrs. Baker" a dozen times, "Mr.
    Baker", her husband linked to her where her given name tells no gender, once)."""
    votes: dict[str, Counter] = {}
    worded = set()  # people a word beside their name gives a gender, not a possessive only
    doc = r.doc
    for s, e, m, ent in r._spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        near = doc[_sentence_back(doc, span.start, 3):span.end]
        # "the widow of John Roe": the word is of someone else than the one named after "of"
        found = {GENDERED[w] for t in near if (w := t.lower_.strip(".")) in GENDERED
                 and w not in _ANY_GENDER
                 and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of")}
        if found:
            worded.add(ent.key)
        elif ent.broad == "Person" and not r.in_quote(span.root):
            found = _own_pronouns(r, span)
        if len(found) == 1:
            votes.setdefault(ent.key, Counter()).update(found)
    out = {k: _majority(v) for k, v in votes.items()}
    text = doc_text(doc)
    for ent in r.entities.values():  # the weaker evidence, where the text gives no word
        if ent.key in worded or ent.broad != "Person":
            continue
        # a first name the article writes ("Anthony Weiner"), not one only the gazetteer
        # gives a name written bare ("Clinton")
        firsts = {text[m.start:m.end].split()[0].lower().strip(".") for m in ent.mentions
                  if len(text[m.start:m.end].split()) > 1}
        found = {g for g in map(first_name_gender, firsts) if g is not None}
        name = next(iter(found)) if len(found) == 1 else None
        if ent.key in out:
            if name is not None and out[ent.key] not in (None, name):
                out[ent.key] = None  # "Nikki Haley is his first pick": possessives only
        elif name is not None:
            out[ent.key] = name
    return out


def paragraph_person(r, pos: int, pronoun: str, fits) -> str | None:
    """The one person the paragraph of ``pos`` names before it, outside quotes, whom
    ``fits(key)`` allows, where it names one only (``The attack featured in Jane Roe's
    speech on Monday. He called it ...``): the one a ``he`` or ``she`` there means rather
    than a speaker of an earlier paragraph; else None.  A name that only modifies a noun
    (``the Roe campaign``), owns a person (``Roe's victims``) or is what the pronoun's
    words are about (``Roe, he said, ...``) is no one meant; nor is anyone where the
    paragraph speaks of someone else first (``pronoun`` or one of its forms before the
    name: ``his hubris led him to meet Roe``) or of a person unnamed (``Roe's reports
    forced the president to ...``)."""
    doc = r.doc
    para = r.para_of(pos)
    i = min(bisect.bisect_left(r._token_starts, pos), len(doc) - 1)
    found, first = set(), None
    k = bisect.bisect_left(r._starts, pos) - 1
    while k >= 0:
        s, e, m, ent = r._spans[k]
        k -= 1
        if r.para_of(s) != para:
            break
        if ent.broad != "Person" or e > pos or ent.key in found or not fits(ent.key):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span) or r.in_quote(span[0]):
            continue
        root = span.root
        if root.dep_ in ("compound", "amod", "nmod") \
                or root.dep_ == "poss" and (not owns_thing(root)
                                            or root.head.lemma_.lower() in PERSON_NOUNS) \
                or span.end + 1 < len(doc) and doc[span.end].text == "," \
                and doc[span.end + 1].lower_ == pronoun:
            continue
        found.add(ent.key)
        first = span if first is None or span.start < first.start else first
    if len(found) != 1:
        return None
    forms = _FORMS.get(pronoun, ())
    for t in doc[paragraph_first(r, first.start):i]:
        if r.in_quote(t) or first.start <= t.i < first.end:
            continue
        if t.i < first.start and t.lower_ in forms:
            return None  # "his hubris led him to meet X. He ...": not X
        if _unnamed_person(t) and not any(a.i in range(first.start, first.end)
                                          for a in t.ancestors):
            return None  # "X's reports forced the president to ...": someone else
    return next(iter(found))


def _unnamed_person(t) -> bool:
    """Whether ``t`` is a singular noun of a person, unnamed, as a subject or an object
    (``the president``, not ``as president``)."""
    lemma = t.lemma_.lower()
    return t.pos_ == "NOUN" and t.tag_ == "NN" and not t.ent_type_ \
        and lemma in PERSON_WORDS \
        and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative") \
        and not (t.dep_ == "pobj" and t.head.lower_ == "as")


#: the forms of a subject pronoun
_FORMS = {"he": ("he", "his", "him", "himself"), "she": ("she", "her", "hers", "herself")}


def _sentence_back(doc, i: int, n: int) -> int:
    """The first of up to ``n`` tokens before ``doc[i]`` that are of its sentence: no word
    of the sentence or quote before speaks of the name (``the survivor's wife. Kerry said``).

    >>> import spacy
    >>> doc = spacy.blank("en")("He thanked the wife. Kerry left, Mr. Roe said.")
    >>> doc[_sentence_back(doc, 5, 3)].text, doc[_sentence_back(doc, 9, 3)].text
    ('Kerry', 'left')
    """
    lo = i
    while lo > max(i - n, 0) and not _ends_sentence(doc[lo - 1]):
        lo -= 1
    return lo


def _ends_sentence(t) -> bool:
    """A sentence's or a quote's end (``"... my wife," Roe said``), or a paragraph break."""
    return t.text in (".", "!", "?", '"', "\u201d", "''") or t.is_space and "\n" in t.text


def _majority(votes: Counter) -> str | None:
    (top, n), *rest = votes.most_common()
    return top if not rest or n >= 3 * rest[0][1] else None


__all__ = ["bound", "owns_subject", "genders", "reach", "abstract", "many", "unnamed_person",
           "paragraph_person", "paragraph_first", "person_word", "PERSONAL", "SHARES"]


def relative_possessor(r, head, fits) -> str | None:
    """The person a subject pronoun of a relative clause refers to when the clause describes
    a noun that person owns (``X's testimony, in which he called ...``, ``her speech, where
    she said ...``): the possessor, if a person the pronoun fits."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.lower_ not in PERSONAL:
        return None
    verb = head.head
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(w.lower_ in ("which", "where", "that") and w.i < head.i
               for w in verb.subtree):
        return None  # "the man who ...": the relative pronoun is the subject
    noun = verb.head
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and noun.head.head.pos_ in ("NOUN", "PROPN"):
        # "X's remarks on September 16, in which she ...": the clause hung on the date
        owner = next((c for c in noun.head.head.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or r.in_quote(owner):
        return None
    ent = r.entity_at(owner)
    return ent.key if ent is not None and ent.broad == "Person" and fits(ent.key) else None


def previous_subject(r, head, fits, depth: int = 0) -> str | None:
    """The person a sentence's subject ``he``/``she`` refers to when the sentence before
    opens with the same pronoun as its subject after a phrase naming a person (``After it
    was clear Reyes had lost, he called Hale. He said ...``): that phrase's person, as
    for the first pronoun, if no one else is named between."""
    if head.lower_ not in PERSONAL or head.dep_ not in ("nsubj", "nsubjpass") \
            or head.head.dep_ != "ROOT" or head.sent.start == 0:
        return None
    prev = r.doc[head.sent.start - 1].sent
    first = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if first is None or first.lower_ != head.lower_ or r.in_quote(first):
        return None
    held = bound(r, first)
    others = [(m, ent) for m, ent in r.mentions_in(first.idx, head.idx)
              if ent.broad == "Person" and ent.key not in held]
    if not others:
        key = fronted_person(r, first, lambda k: k not in held and fits(k))
        if key is not None:
            return key
    if any(_main_subject(r, m) for m, _ in others) or depth > 6:
        return None  # someone else named between as a main clause's subject
    # "Then he spread the rumor that George Soros paid them. Later, he declared": the same
    # person, the one named within being no subject of a main clause
    key = r.pronoun_at(first, depth + 1)
    return key if key is not None and key not in bound(r, head) and fits(key) else None


def conjunct_subject(r, head, fits) -> str | None:
    """The person a ``he``/``she`` subject of a clause joined to the one before it refers
    to: that clause's subject, a person named (``Roe was eager to meet him, according to
    an official, but she has also told aides ...``), if the pronoun fits them and no other
    person is named between as a subject."""
    verb = head.head
    if head.lower_ not in PERSONAL or head.dep_ not in ("nsubj", "nsubjpass") \
            or verb.dep_ != "conj" or verb.head.i >= head.i:
        return None
    first = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                  and c.i < verb.head.i), None)
    if first is None or r.in_quote(first) or r.in_quote(head):
        return None
    ent = r.entity_at(first)
    if ent is None or ent.broad != "Person" or not fits(ent.key) or ent.key in bound(r, head):
        return None
    if any(e.broad == "Person" and e.key != ent.key and _main_subject(r, m)
           for m, e in r.mentions_in(first.idx + len(first.text), head.idx)):
        return None
    return ent.key


def _main_subject(r, m) -> bool:
    """Whether mention ``m`` is the subject of its sentence's main clause (or of one joined
    to it), or stands where the parse cannot tell."""
    span = r.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    tok = span.root
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"
