"""Who is speaking: resolve the speaker phrase of a claim to an entity.

A speaker phrase is resolved, in this order, by

1. **a name** — the phrase's head word lies inside a mention of an entity
   (``Caggins``, ``the Pentagon``; the linker has already given a lone surname
   the person of the article named in full with it); a word no mention covers
   that is the surname of exactly one person of the article names that person;
2. **an appositive name** — ``the spokesperson of the coalition, Myles
   Caggins``;
3. **a representative** — ``X's office``, ``a Pentagon spokesman``, ``his
   campaign``: the office speaks for the entity that owns it;
4. **a personal pronoun** (``he``, ``she``) — a person of a phrase set before its
   clause (``In Penn's case, he``), else the most recent of the last person speaker
   and the last person named as a main-clause subject in the same or the previous
   sentence (:mod:`kg.extract.salience`); ``his``/``her`` first the sentence's own;
5. **a definite description** — ``the official`` goes to the last person speaker
   or a main-clause subject named after it; a title (``the minister``) to the last
   person introduced with it, else the person in focus if no other title is theirs
   (``the Russian leader``), else one named with it just after; ``X's vice
   president`` to the one with that (former) title, never ``X``.

Descriptions of bodies (``the ministry``, ``it``) go to :mod:`kg.extract.descriptions`
and documents (``the report``, ``a statement from X's office``) to
:mod:`kg.extract.documents`, by the titles and nouns the article introduces its actors
with (:mod:`kg.extract.introductions`); a body's noun with its name beside it is that
body (``the Israeli newspaper Haaretz``), and one introduced unnamed (``a monitoring
group``) is the organization a later sentence names as the source of the same news
(:mod:`kg.extract.namedlater`), a watching body only one whose name says it watches.  A
description resolved to a person named next or named again gives that person its title
for later descriptions (``the director of the CIA`` ... ``the CIA director``).  A plural
speaker (``lawmakers``) is never the
antecedent of ``he``, ``she`` or ``the official``; when no speaker or subject fits, a
pronoun takes the last person named, whose gender the text may have given (``Mr.``,
``spokeswoman``, by a clear majority of such words; else an earlier ``she``).

Indefinite phrases (``a cab driver``, ``an official in the coalition``,
``sources``) introduce a new, unnamed source by the rules of English and are
never resolved; neither is a pronoun or description whose antecedent is
itself an unnamed source.  Anything unresolved stays an unnamed source:
``None``, never a guess.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Sequence

from ..model import Entity, Mention
from . import (descriptions, documents, introductions, namedlater, namednext, pronouns,
               salience, speakernames)
from .bodyfit import nation
from .orgnames import years_old
from .salience import PRONOUN_WINDOW
from .sentences import token_starts
from .textview import View
from .speakerwords import (GENDERED, GENERIC_PERSON, INDEFINITE, LINK_WORDS, PARTISAN,
                           REGIMES, REPRESENTATIVE, TITLES, UNNAMED_GENDER, first_name_gender,
                           norm_word)

PERSONAL = frozenset({"he", "she"})
#: the gender each personal pronoun names
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_SUBJECT_FORM = {"his": "he", "him": "he", "her": "she", "hers": "she"}

#: verbs whose passive subject is the one who answers next
_ASKING = frozenset({"ask", "question", "press", "interview"})

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
#: who works for a person without speaking for them (``Parnas' lawyer``, ``his legal team``)
_COUNSEL = frozenset({"lawyer", "lawyers", "attorney", "attorneys", "aide", "aides", "team",
                      "staff"})



#: spokespeople: a "he" or "she" after one who spoke for a body is that body's voice
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})

_QUANTIFIERS = frozenset({"many", "some", "several", "few", "most", "numerous", "dozens",
                          "hundreds", "thousands", "other", "others"})


def _whose_antecedent(tok):
    """The noun a relative ``whose`` stands for: the one its clause describes (``Tom Baker,
    whose spokesman said``: Tom Baker)."""
    v = tok.head
    while v.dep_ != "relcl" and v.head.i != v.i:
        v = v.head
    return v.head if v.dep_ == "relcl" else tok


def _quantified(head) -> bool:
    """A plural counted out of a larger whole: ``many devoted Thatcherites``, ``some
    Kurdish fighters``."""
    return head.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("det", "amod", "nummod") and c.lower_ in _QUANTIFIERS and c.i < head.i
        for c in head.children)


def _owner(head, m: Mention) -> bool:
    """Whether the mention ``m`` is the owner of ``head`` (``Parnas' lawyer``)."""
    return any(t.dep_ in ("poss", "nmod") and t.head.i == head.i
               for t in head.children if m.start <= t.idx < m.end)


#: people who speak for an office they are said to be of ("an official from X's office")
_OF_OFFICE = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "representative"})


def _followers(head, name) -> bool:
    """Whether a person's ``name`` modifies a plural ``head`` before it as a word of a kind
    ("Trump supporters", "Clinton aides", "Putin allies"): many people of that person's, who
    do not speak for him as a spokesman would ("Trump spokesmen")."""
    return name.dep_ == "compound" and name.i < head.i and head.tag_ == "NNS" \
        and head.lemma_.lower() not in REPRESENTATIVE and head.lower_ not in REPRESENTATIVE


def _office_of(head):
    """The office, campaign or press team a person speaking for it is said to be of (``an
    official from Mr. Macron's office``, ``a spokesman for the governor's campaign``): a
    representative noun after ``from``/``for``/``of``/``in`` that says whose it is."""
    if head.lemma_.lower() not in _OF_OFFICE:
        return None
    for t in head.children:
        if t.dep_ == "prep" and t.lower_ in ("from", "for", "of", "in"):
            for p in t.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in REPRESENTATIVE \
                        and p.lemma_.lower() not in _COUNSEL \
                        and any(c.dep_ == "poss" for c in p.children):
                    return p
    return None


#: labels the recognizer gives names of no person (an unnamed speaker's head with one is no
#: antecedent of "he" or "she")
_THING_LABELS = frozenset({"WORK_OF_ART", "LAW", "PRODUCT", "EVENT", "FAC", "ORG", "GPE",
                           "LOC", "NORP"})


#: the gender an unnamed speaker's noun gives them ("a woman in the crowd said")
_NOUN_GENDER = {**GENDERED, **UNNAMED_GENDER}


def _name_gender(ent: Entity | None) -> str | None:
    """The gender a person's full name tells by its common first name (``Barack Obama``)."""
    words = ent.name.split() if ent is not None and ent.broad == "Person" else []
    return first_name_gender(words[0].lower()) if len(words) > 1 else None


#: people who report for an outlet (``SANA reporter``, ``AFP's correspondent``)
_OUTLET_PEOPLE = frozenset({"reporter", "correspondent"})


@dataclass(frozen=True)
class Said:
    """A speaker already met: where, in which paragraph, and who (``None`` = unnamed)."""

    pos: int
    paragraph: int
    key: str | None
    person: bool
    noun: str = ""  # lemma of the speaker's head word
    plural: bool = False  # "lawmakers", "they": never the antecedent of "he" or "she"
    content: tuple[int, int] = (0, 0)  # what they said (reported speech), when known
    thing: bool = False  # unnamed, a common noun no word for a person ("the city expects")


#: endings of nouns of one who does something (``engineer``, ``superintendent``, ``invitee``)
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men", "person", "ess",
                  "eur", "ic", "ar", "yst", "ot", "at", "ard")
#: nouns of a person ending as nouns of a thing do (``representative`` as ``narrative``)
_AGENT_WORDS = frozenset({"representative", "executive", "detective", "relative", "operative",
                          "captive", "native", "conservative", "progressive", "liberal",
                          "official", "rival", "ally", "envoy", "deputy", "aide", "chief",
                          "head", "boss", "guy", "lady", "judge", "nominee", "candidate",
                          "individual", "person", "victim", "witness", "source", "voice"})


def _agent_noun(noun: str) -> bool:
    """Whether a noun may be a person's by its ending or as a word for one (``engineer``,
    ``gentleman``, ``invitee``, ``aide``), unlike ``highlight``, ``video`` or a noun of an
    act (``statement``).

    >>> [_agent_noun(w) for w in ("engineer", "gentleman", "invitee", "highlight",
    ...                           "narrative", "statement", "representative")]
    [True, True, True, False, False, False, True]
    """
    return noun in _AGENT_WORDS or noun.endswith(_AGENT_ENDINGS) and not noun.endswith("ment")


class Resolver:
    """Resolves speaker phrases of one document, in text order.

    ``para_of(offset)`` gives the paragraph index of a character offset.
    Call :meth:`resolve` for each claim's speaker in text order and
    :meth:`record` with the result, so that later pronouns see it.
    """

    def __init__(self, doc, entities: Sequence[Entity], para_of, sent_of_token,
                 in_quote=lambda tok: False):
        self.doc = doc
        self.in_quote = in_quote
        self._token_starts = token_starts(doc)
        self._view = View(doc)
        self.para_of = salience.prose_paragraphs(self._view, para_of)
        self.sent_of_token = sent_of_token
        self.entities = {e.key: e for e in entities}
        spans: list[tuple[int, int, Mention, Entity]] = []
        for e in entities:
            for m in e.mentions:
                spans.append((m.start, m.end, m, e))
        spans.sort(key=lambda x: (x[0], -x[1]))
        self._spans = spans
        self._starts = [s for s, *_ in spans]
        self._reach = max((e - s for s, e, *_ in spans), default=0)
        self._said: list[Said] = []
        self._titles: dict[str, set[str]] | None = None
        self._former: dict[str, set[str]] | None = None
        self._genders: dict[str, str] | None = None
        self._titling = False  # resolving a title as a subject (salience.subject_person)
        self.subject_paras: dict[str, set[int]] | None = None  # see pronouns.reach
        self.pronouns: dict[int, str | None] = {}  # token index -> a speaker pronoun's person
        persons = [e for e in entities if e.broad == "Person"]
        self._surname: dict[str, set[str]] = {}
        for e in persons:
            words = [w for w in e.name.split() if w.lower().strip(".,") not in _SUFFIXES]
            if words:  # "Bambang Soelistyo said" of the person named "Soelistyo" elsewhere
                self._surname.setdefault(words[-1].lower(), set()).add(e.key)

    # -- lookups -------------------------------------------------------------------------
    def mentions_in(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """Mentions overlapping ``[start, end)``, in text order."""
        spans = self._spans
        # mentions starting before ``start`` reach at most ``_reach`` characters back
        i = bisect.bisect_left(self._starts, start - self._reach)
        out = []
        for k in range(i, len(spans)):
            s, e, m, ent = spans[k]
            if s >= end:
                break
            if start < e:
                out.append((m, ent))
        return out

    def entity_at(self, tok) -> Entity | None:
        """The entity with a mention covering token ``tok``."""
        for m, ent in self.mentions_in(tok.idx, tok.idx + len(tok.text)):
            return ent
        return None

    def by_surname(self, tok) -> Entity | None:
        """The one person of the article whose name ends with the word ``tok``; of several
        (``Luis Jimenez`` and ``Rossaida Jimenez``), the one named before it, if only one
        was."""
        keys = self._surname.get(tok.text.lower(), set())
        if len(keys) > 1:
            keys = {k for k in keys if any(m.start < tok.idx for m in self.entities[k].mentions)}
        if len(keys) == 1:
            return self.entities[next(iter(keys))]
        return None

    # -- history -------------------------------------------------------------------------
    def record(self, pos: int, key: str | None, head, source: int | None = None,
               content: tuple[int, int] = (0, 0)) -> None:
        """Remember a speaker at ``pos`` (``head`` is its head token, or None); an unnamed
        one in site furniture ("JUST WATCHED ... report") is no antecedent.  A quote that
        continues the speaker recorded at ``source`` is theirs again: many stay many
        ("officials said ... '...'" is no antecedent of "he")."""
        if key is None and self._view.furniture(pos):
            return
        if head is None and source is not None:
            was = next((s for s in reversed(self._said) if s.pos == source), None)
            if was is not None:
                self._said.append(Said(pos, self.para_of(pos), key, was.person, was.noun,
                                       was.plural))
                return
        head = speakernames.singular_head(head) if head is not None else None
        person = True
        if key is not None:
            ent = self.entities.get(key)
            # the entity's type, not the recognizer's guess for the word ("the Observatory")
            person = ent.broad == "Person" if ent is not None else (
                head is not None and head.ent_type_ == "PERSON")
        elif head is not None:
            person = pronouns.unnamed_person(head)  # "One caption said": no one's "he"
            if head.pos_ == "PROPN" and head.ent_type_ in _THING_LABELS:
                person = False  # "a document called "Diplomacy Project" that called for"
            if head.dep_ == "pobj" and head.head.dep_ == "agent" \
                    and head.head.head.lemma_.lower() in _ASKING:
                person = False  # "X was asked by a reporter ... '...,' he replied": X
        noun = head.lemma_.lower() if head is not None else ""
        plural = key is None and head is not None and pronouns.many(head)
        thing = key is None and head is not None and head.pos_ == "NOUN" \
            and not pronouns.person_word(head)
        self._said.append(Said(pos, self.para_of(pos), key, person, noun, plural, content,
                               thing))

    def _of_pair(self, head) -> str | None:
        """The first (``the former``) or second (``the latter``) of the last two actors
        named joined by ``and`` before ``head``, in its sentence or the one before."""
        doc = self.doc
        start = doc[head.i].sent.start
        if start > 0:
            start = doc[start - 1].sent.start
        for t in reversed(doc[start:head.i]):
            if t.dep_ != "conj" or t.head.i >= t.i or not any(
                    c.dep_ == "cc" and c.lower_ == "and" for c in t.head.children):
                continue
            first, second = self.entity_at(t.head), self.entity_at(t)
            if first is None or second is None or first.key == second.key:
                return None
            return (first if head.lower_ == "former" else second).key
        return None

    def _regime_of(self, person: Entity, word: str) -> str | None:
        """The organization the article names as ``person``'s administration or government
        (``the Obama administration``), else None."""
        surname = person.name.split()[-1].lower()
        for ent in self.entities.values():
            if ent.broad == "Organization" and any(
                    name.lower() in (f"{surname} {word}", f"{surname}'s {word}",
                                     f"{surname}\u2019s {word}")
                    for name in (ent.name, *ent.aliases)):
                return ent.key
        return None

    def gender(self, key: str | None) -> str | None:
        """``"m"``/``"f"`` when the text says so (``Mr.``, ``Mrs.``, ``spokeswoman``...)."""
        if key is None:
            return None
        if self._genders is None:
            self._genders = pronouns.genders(self)
        return self._genders.get(key)

    def _fits(self, key: str | None, pronoun: str | None, bound=frozenset()) -> bool:
        if key in bound:
            return False  # "he said about Obama's action": not Obama
        want = _PRONOUN_GENDER.get(pronoun or "")
        have = self.gender(key)
        return want is None or have is None or want == have

    def recent(self, pos: int):
        """The speakers recorded before ``pos``, latest first, back to the pronoun window."""
        para = self.para_of(pos)
        for s in reversed(self._said):
            if s.pos >= pos:
                continue
            if para - s.paragraph > PRONOUN_WINDOW:
                return
            yield s

    def _last_person_speaker(self, pos: int, pronoun: str | None = None,
                             bound=frozenset()) -> Said | None:
        skipped = False  # a thing passed on the way
        for s in self.recent(pos):
            if s.plural:
                continue  # "..., lawmakers said, but he wouldn't": not the lawmakers
            said = _NOUN_GENDER.get(s.noun) if s.key is None and s.noun else None
            want = _PRONOUN_GENDER.get(pronoun or "")
            if said is not None and want is not None and said != want:
                continue  # "the man who wants to be president said ... She apologized"
            if s.thing and s.key is None and want is not None and not _agent_noun(s.noun) \
                    and s.person:
                skipped = True  # "The narrative has painted her as ... She rebutted": no
                continue  # thing is "she" (but "the superintendent" may be)
            if s.person and self._fits(s.key, pronoun, bound):
                if skipped and self._last_person_named(
                        pos, pronoun, bound, after=s.pos) not in (None, s.key):
                    return None  # another person named since that speaker: the one named
                return s
        return None

    # -- resolution ----------------------------------------------------------------------
    def pronoun(self, head, anchor: int | None = None, depth: int = 0) -> str | None:
        """The person a ``he``/``she`` (or ``his``, ``her``) refers to; ``anchor`` is where
        its claim starts when the quote comes first (``"...," he said``)."""
        pos = min(head.idx, anchor) if anchor is not None else head.idx
        form = _SUBJECT_FORM.get(head.lower_, head.lower_)
        bound = pronouns.bound(self, head)
        fits = lambda k: self._fits(k, form, bound)  # noqa: E731
        if head.dep_ == "poss" and form in PERSONAL:
            # "At Obama's talks, his suggestion"; "In his address, Obama said"
            key = salience.same_sentence_person(self, head, fits) \
                or salience.fronted_owner(self, head, fits)
            if key is not None:
                return self._learn(key, form)
        key = salience.participle_subject(self, head, fits) or salience.fronted_person(
            self, head, fits) or salience.cataphoric_subject(self, head, fits) \
            or pronouns.relative_possessor(self, head, fits) \
            or pronouns.conjunct_subject(self, head, fits) \
            or pronouns.previous_subject(self, head, fits, depth)
        if key is not None:
            return self._learn(key, form)
        key = self.focus(pos, form, bound)
        if key is None and anchor is not None and anchor < head.idx:
            # "Trump will meet Kim in Singapore, he has said" with no one before: the
            # person the sentence's content names as its subject
            subj = salience.subject_person(self, head.idx, fits, same_sentence=True)
            key = subj[1] if subj is not None and subj[0] >= anchor else None
        return self._learn(key, form)

    def pronoun_at(self, tok, depth: int = 0) -> str | None:
        """The person the pronoun ``tok`` refers to, as resolved already when it was."""
        if tok.i in self.pronouns:
            return self.pronouns[tok.i]
        return self.pronoun(tok, depth=depth)

    def focus(self, pos: int, pronoun: str | None = None, bound=frozenset()) -> str | None:
        """The person in focus at ``pos``: the more recent of the last person speaker and
        the last person named as a subject (main clauses first), else the last person
        named; ``pronoun`` (``he``/``she``) must fit their gender, and no one of ``bound``
        (named in the pronoun's own clause) is meant."""
        key = self._focus(pos, pronoun, bound)
        if pronoun == "she" and key is not None and self.gender(key) is None \
                and _name_gender(self.entities.get(key)) == "m":
            # "..., Carly Fiorina compared him to Obama. '...,' she said": a woman the text
            # says is one, named in this paragraph or the one before, over someone the text
            # gives no gender whose full name is a man's (Barack Obama)
            her = self._last_person_named(pos, pronoun, bound, known=True)
            if her is not None:
                return her
        return key

    def _focus(self, pos: int, pronoun: str | None, bound) -> str | None:
        last = self._last_person_speaker(pos, pronoun, bound)
        subj = salience.subject_person(self, pos, lambda k: self._fits(k, pronoun, bound),
                                       titled=True)
        unnamed = salience.unnamed_subject(self, pos, _PRONOUN_GENDER.get(pronoun or ""))
        if unnamed is not None and (last is None or unnamed > last.pos) \
                and (subj is None or unnamed > subj[0]):
            return None  # "A woman begged. '...,' she said": no one named
        spoke = next(self.recent(pos), None) if pronoun in ("he", "she") else None
        if spoke is not None and spoke.key is not None and not spoke.person \
                and spoke.noun in _SPOKESPEOPLE \
                and _NOUN_GENDER.get(spoke.noun) in (None, _PRONOUN_GENDER[pronoun]) \
                and (last is None or last.pos < spoke.pos) \
                and (subj is None or subj[0] < spoke.pos):
            return spoke.key  # "An Acme spokesman said ... '...,' he said": Acme's voice
        if subj is not None and (last is None or subj[0] > last.pos):
            if last is not None and last.key is not None and last.noun == pronoun \
                    and last.content[0] <= subj[0] < last.content[1]:
                return last.key  # "He said Kim had taken the first step. He ...": not Kim
            return subj[1]
        if last is not None:
            new = salience.introduced_before(self, pos, lambda k: self._fits(k, pronoun, bound))
            if new is not None and new[0] > last.pos and last.key != new[1]:
                return new[1]  # "..., including Gregory Hicks, the deputy chief. He said"
            if pronoun in ("he", "she") and last.paragraph < self.para_of(pos):
                # "The attack featured in Jane Roe's speech. He called it ...": the one
                # person this paragraph names, not one who spoke in an earlier one
                only = pronouns.paragraph_person(
                    self, pos, pronoun, lambda k: self._fits(k, pronoun, bound))
                if only is not None and only != last.key:
                    return only
            if last.thing and pronoun in ("he", "she") and last.paragraph < self.para_of(pos):
                # "The city expects ... | Roe's critique is accurate. | '...,' she said":
                # the person named since, not a thing that spoke paragraphs ago
                k = bisect.bisect_right(self._token_starts, last.pos) - 1
                start = self.doc[pronouns.paragraph_first(self, k)].idx  # (its paragraph on)
                named = self._last_person_named(pos, pronoun, bound, after=start)
                if named is not None and self._subject_between(named, start, pos, pronoun):
                    return named
            return last.key
        return self._last_person_named(pos, pronoun, bound)

    def _subject_between(self, key: str, lo: int, hi: int, pronoun: str) -> bool:
        """Whether ``key`` is named in ``[lo, hi)`` as a subject, as the owner of a main
        clause's subject thing (``Roe's critique ... is accurate``), or before ``pronoun``
        as a subject in its sentence (``on the face of Jane Roe as she tried``), outside
        quotes."""
        for s, e, m, ent in self._spans[bisect.bisect_left(self._starts, lo):]:
            if s >= hi:
                break
            if ent.key != key:
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span) or self.in_quote(span.root):
                continue
            if span.root.dep_ in ("nsubj", "nsubjpass") or pronouns.owns_subject(span.root) \
                    or any(t.lower_ == pronoun and t.dep_ == "nsubj" and t.idx < hi
                           and not self.in_quote(t) for t in self.doc[span.end:span.sent.end]):
                return True
        return False

    def _learn(self, key: str | None, pronoun: str) -> str | None:
        """Remember the gender a pronoun gave ``key`` (the text says "she" of her)."""
        g = _PRONOUN_GENDER.get(pronoun)
        if key is not None and g is not None and self.gender(key) is None \
                and key not in self._genders:  # the text's own words disagree: no guess
            self._genders[key] = g
        return key

    def _last_person_named(self, pos: int, pronoun: str | None, bound=frozenset(),
                           known: bool = False, after: int = -1) -> str | None:
        """The last person named (outside quotes, not as a possessor but of a main clause's
        subject thing: ``Trump's attempt ... isn't new``) before ``pos`` and after
        ``after``, within the pronoun window, whose gender fits, not one of ``bound``; with
        ``known``, one the text gives the pronoun's gender, in the paragraph of ``pos`` or
        the one before."""
        reach = pronouns.reach(self, self.para_of(pos), pronoun)
        want = _PRONOUN_GENDER.get(pronoun or "")
        if known:
            reach = max(reach, self.para_of(pos) - 1)

        def fits(key) -> bool:
            return self._fits(key, pronoun, bound) and (not known or self.gender(key) == want)

        doc = self.doc
        k = bisect.bisect_left(self._starts, pos) - 1
        while k >= 0:
            s, e, m, ent = self._spans[k]
            k -= 1
            if self.para_of(s) < reach or s < after:
                return None
            if ent.broad != "Person" or e > pos or not fits(ent.key):
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span) or self.in_quote(span[0]) \
                    or span.root.dep_ == "poss" and not pronouns.owns_subject(span.root) \
                    and not (want and self.gender(ent.key) == want
                             and pronouns.owns_thing(span.root)):
                continue  # "Trump's lawyer", not "Trump's attempt ... isn't new" (nor
                # "Take May's speech" for a "she" the text says May is)
            # "Olsen landed in Denver, where Reyes met him": the sentence's subject first
            subj = salience.subject_person(self, min(pos, span.sent.end_char), fits,
                                           main_only=True, same_sentence=True)
            return subj[1] if subj is not None and subj[0] >= span.sent.start_char else ent.key
        return None

    def titles(self, former: bool = False) -> dict[str, set[str]]:
        """Title words introduced with each person (``Defense Minister Sergey Shoigu``);
        with ``former``, those introduced as former ones."""
        if former:
            if self._former is None:
                self._former = introductions.titles(self, norm_word, former=True)
            return self._former
        if self._titles is None:
            self._titles = introductions.titles(self, norm_word)
        return self._titles

    def description(self, head, anchor: int | None = None, possessor=None) -> str | None:
        """The person a description (``the official``, ``the Russian leader``,
        ``Bush's vice president``: ``possessor`` is the token of ``Bush``) refers to."""
        pos = min(head.idx, anchor) if anchor is not None else head.idx
        key = salience.described(self, head, pos, norm_word, possessor)
        if key is not None:
            bound = pronouns.bound(self, head, described=True) | self._other_subject(head)
            if key in bound:  # "Clinton ..., and the former New York senator warned Sanders":
                key = self.focus(pos, None, bound)  # never the one its own clause names
        return key

    def _other_subject(self, head) -> frozenset[str]:
        """The person named or described as the subject of the clause that a description's
        adverbial clause hangs on (``the senator called on them after the mogul claimed``:
        two descriptions, two people); not a pronoun's (``he left after the senator
        spoke``)."""
        if head.dep_ not in ("nsubj", "nsubjpass") or not head.tag_.startswith("NN"):
            return frozenset()
        verb = head.head
        if verb.dep_ != "advcl" or verb.head.i == verb.i:
            return frozenset()
        gov = verb.head  # (up to the verb with a subject: "called on them to drop X after")
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children) \
                and gov.dep_ in ("xcomp", "conj") and gov.head.i != gov.i:
            gov = gov.head
        found = set()
        for subj in (c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.i == head.i or subj.pos_ == "PRON" or self.in_quote(subj):
                continue
            ent = self.entity_at(subj)
            if ent is None and subj.pos_ == "NOUN" and any(
                    d.dep_ == "det" and d.lower_ == "the" for d in subj.children):
                key = salience.described(self, subj, subj.idx, norm_word)
                ent = self.entities.get(key) if key is not None else None
            if ent is not None and ent.broad == "Person":
                found.add(ent.key)
        return frozenset(found)

    def resolve(self, head, start: int, end: int, anchor: int | None = None) -> str | None:
        """The entity key of the speaker phrase ``[start, end)`` whose head token is ``head``;
        ``anchor`` is where the claim starts.  A description opening the article that no
        rule resolves is the person the next sentence names (:mod:`kg.extract.namednext`)."""
        if head is None:
            return None
        key = self._resolve(head, start, end, anchor)
        if key is not None:
            return key
        key = namedlater.described_again(self, head, start, end) \
            or namednext.named_next(self, head, start)
        if key is None:  # "..., a monitoring group said. ... The Observatory said"
            pos = min(head.idx, anchor) if anchor is not None else head.idx
            return namedlater.first_watcher(self, head, start) \
                or namedlater.watcher_before(self, head, pos)
        if head.pos_ == "NOUN" and norm_word(head.lemma_) in TITLES:
            # "..., the director of the CIA has said. Mike Pompeo told ...": he is the
            # director the article speaks of later ("the CIA director says")
            self.titles().setdefault(key, set()).add(norm_word(head.lemma_))
        return key

    def _resolve(self, head, start: int, end: int, anchor: int | None = None) -> str | None:
        pos = min(head.idx, anchor) if anchor is not None else head.idx
        word = head.lemma_.lower()
        ent = speakernames.by_initials(self, head)
        if ent is not None:  # "JR:" in an interview with Jane Roe
            return ent.key
        ent = self.entity_at(head)
        if ent is not None:
            # "Mr. Kim" of the Kim whose full name came last, not another one it was linked to
            ent = speakernames.namesake(self, head, ent) or ent
            if ent.broad != "Person":  # "OMB Director Mick Mulvaney": the person speaks
                ent = speakernames.titled_person(self, head, start, end) \
                    or speakernames.owned_person(self, head, start, end) \
                    or speakernames.person_before_owner(self, head, start, end) or ent
            # "many devoted Thatcherites": some of them, no actor of their own
            return None if _quantified(head) else ent.key
        ent = speakernames.written_name(self, start, end) or speakernames.written_org(
            self, start, end)
        if ent is not None:  # "Coburn said" of Tom Coburn, the recognizer missing the name
            return ent.key
        ent = speakernames.owned_person(self, head, start, end) if head.pos_ == "PROPN" \
            else None
        if ent is not None:  # "the Federation of American Scientists' Jane Roe" (a body's
            return ent.key  # name, not "the study by Example University's Jane Roe")
        if salience.elect_title(head, norm_word) is not None:
            return self.description(head, anchor)  # "the president-elect", headed by "elect"
        member = speakernames.member(self, head)
        if member is not None:  # "some lawmakers, like Rep. Steve Scalise": the one named
            return member
        ent = speakernames.said_to_be(self, head) or speakernames.after_fronted(self, head) \
            or speakernames.run_on_name(self, head) or speakernames.glued_name(self, head, end)
        if ent is not None:  # "Rep. Jane Roe ... is a freshman lawmaker who remains",
            return ent.key  # "Following X's election, Jane Roe, ..., said", "Jane Roe the
            # organizations head told"
        lower = head.lower_
        if lower in ("former", "latter") and any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return self._of_pair(head)  # "CNN and the White House ... the latter announced"
        if lower == "it":  # "the ministry said it ...": the body just named
            key = descriptions.governing_body(self, head)
            if key is not None:  # "Seoul sought calm at what it called ..."
                return key
            issued = documents.issued_before(self, head)
            if issued is not None:  # "X issued a statement ... It said": the statement's
                return documents.issuer_of(self, issued)
            return descriptions.body(self, head, pos, PRONOUN_WINDOW)
        if lower == "they":  # "the Free Syrian Army said ... They added": the body
            return descriptions.plural(self, pos)
        if head.pos_ == "PRON" or lower in PERSONAL:
            # "his claim that ...": the possessive stands for the person as "he" would
            if _SUBJECT_FORM.get(lower, lower) not in PERSONAL:
                return None
            key = self.pronouns[head.i] = self.pronoun(head, anchor)
            return key
        ent = introductions.appositive_of(self, head)  # "AIPAC, the pro-Israel lobby, which"
        if ent is not None:
            return ent.key
        ent = speakernames.named_next(self, head) or introductions.called_name(self, head)
        if ent is not None:  # "backed by ally Russia": the parser kept the noun as the head;
            return ent.key  # "a militant group called X": X
        if head.pos_ == "NOUN" and introductions.set_off(self, head) is not None:
            return introductions.set_off(self, head)
        # an appositive or compound name: "the spokesperson of the coalition, Myles Caggins"
        body = word in descriptions.BODIES
        dets = {t.lower_ for t in head.children if t.dep_ in ("det", "poss")}
        for t in head.children:
            if t.dep_ in ("appos", "compound", "flat") and not (
                    t.dep_ == "appos" and self.doc[t.left_edge.i - 1].text != ","
                    and any(w.lower_ in LINK_WORDS for w in self.doc[head.i:t.i])):
                # (not "an adviser to candidate X", the parser's "to" no preposition)
                ent = self.entity_at(t)
                if ent is not None and ent.broad == "Person" and _followers(head, t):
                    return None  # "Trump supporters", "Clinton aides": theirs, not his
                if ent is not None and (ent.broad == "Person" or body
                                        and ent.broad == "Organization"
                                        and (t.dep_ == "appos" or not dets & INDEFINITE)):
                    return ent.key  # "the Israeli newspaper Haaretz", not "a UN panel"
        if head.pos_ == "NOUN" and not dets & INDEFINITE:
            # "Obama's nominee to head the CIA, John Brennan": the name set off at the end of
            # the phrase, though the parser hung it on a word inside it
            ent = salience.set_off_person(self, head)
            if ent is not None:
                return ent.key
        if head.pos_ in ("VERB", "ADJ", "AUX"):
            ent = speakernames.ending_name(self, start, end)  # "Presumptive ... Jane Roe":
            if ent is not None:  # the parser took a word of the phrase's title for its head
                return ent.key
        ent = speakernames.identified(self, head) or speakernames.set_off_name(
            self, head, start, end)
        if ent is not None:  # "a man identified as X", "one alleged victim of the scheme, X"
            return ent.key
        lemma = norm_word(head.lemma_)
        if head.pos_ in ("PROPN", "NOUN") and not dets and head.text[:1].isupper():
            # "Wear, the director for the Obama campaign": a surname (a word too, to the
            # tagger), not the person named in the title
            ent = self.by_surname(head)
            if ent is not None:
                return ent.key
        if (head.pos_ == "NOUN" and (lemma in TITLES or lemma in GENERIC_PERSON)
                or head.pos_ == "PROPN") and not dets & INDEFINITE:
            # "chief of Russia's General Staff Gen. Valery Gerasimov", "FBI Special Agent in
            # Charge Richard DesLauriers" (the parser's head a word of the title)
            people = [ent for m, ent in self.mentions_in(start, end) if ent.broad == "Person"
                      and not speakernames.dependent(self, m, head)
                      and not (lemma in _COUNSEL and _owner(head, m))]
            if len({p.key for p in people}) == 1:
                return people[0].key
        ent = speakernames.joined_roles(self, head, start, end) \
            or speakernames.opening_name(self, head, start, end) \
            or speakernames.one_of(self, head)
        if ent is not None:  # "Jane Roe, a China expert at the ... think tank": the parser's
            return ent.key  # head a word of her appositive
        office = _office_of(head)
        if office is not None and office.lemma_.lower() in REGIMES:
            # "an official in President Obama's administration": the government the article
            # names after him, never the president himself
            poss = next(t for t in office.children if t.dep_ == "poss")
            ent = self.entities.get(self.pronoun(poss)) if poss.lower_ in ("his", "her") \
                else self.entity_at(poss)
            if ent is not None and ent.broad == "Person":
                return self._regime_of(ent, office.lemma_.lower())
        if office is not None:  # "an official from Mr. Macron's office": the office's owner
            return self.resolve(office, office.left_edge.idx, office.idx + len(office), anchor)
        if word in REPRESENTATIVE or lower in REPRESENTATIVE:
            # a person's lawyers, aides or team speak for themselves, unnamed ("Parnas' lawyer",
            # "his legal team"); the person's office, campaign or spokesman speak for the person
            counsel = word in _COUNSEL
            if word == "side":  # "the Iranian side": Iran, if the text names it
                country = nation(head)
                if country is not None and country in self.entities:
                    return country
            for t in head.children:
                if t.dep_ == "poss":
                    if t.lower_ in ("his", "her"):
                        if counsel:  # "his lawyer": the one lawyer named with him, else none
                            return introductions.named_counsel(self, head, self.pronoun(t))
                        key = self.pronoun(t)  # "his office"
                        ent = self.entities.get(key) if word in REGIMES else None
                        if ent is not None and ent.broad == "Person":  # "his administration"
                            return self._regime_of(ent, word) or key
                        return key
                    if t.lower_ == "its":  # "The ministry reported ... Its spokesman said"
                        return None if counsel else descriptions.body(
                            self, t, pos, PRONOUN_WINDOW)
                    ent = self.entity_at(_whose_antecedent(t) if t.lower_ == "whose" else t)
                    if ent is not None and ent.broad == "Person" and word in REGIMES:
                        # "Obama's administration said": the government the article names
                        # after him, else he
                        return self._regime_of(ent, word) or ent.key
                    if ent is not None and counsel and ent.broad == "Person":
                        # "Manafort's lawyer": the one lawyer named with him, else none
                        return introductions.named_counsel(self, head, ent.key)
                    if ent is not None:
                        return None if counsel and ent.broad != "Organization" else ent.key
                    title = norm_word(t.lemma_)
                    if not counsel and t.pos_ in ("NOUN", "PROPN") and title in TITLES \
                            and title not in GENERIC_PERSON:
                        return self.description(t, anchor)  # "the French president's office"
                    key = introductions.named_spokesperson(self, head, t)
                    if key is not None:  # "the group's spokesman": the one named so
                        return key
                if t.dep_ in ("compound", "amod", "nmod", "npadvmod") and not (
                        word == "account" and dets & INDEFINITE):
                    # (not "a Twitter account": one on the platform, not the platform's)
                    ent = self.entity_at(t) or speakernames.by_name(self, t)
                    if ent is not None and ent.broad == "Organization" and "the" in dets:
                        # "the PYD spokesman": the one introduced as "PYD spokesman X"
                        key = introductions.body_spokesperson(self, head, t, norm_word)
                        if key is not None:
                            return key
                    if ent is not None and ent.broad != "Place":
                        return None if counsel and ent.broad != "Organization" else ent.key
                    if ent is None and not counsel and t.dep_ == "compound" \
                            and t.lemma_.lower() in descriptions.BODIES:
                        # "a foreign ministry spokesman": the one ministry the article named
                        key = descriptions.named_body(self, t, pos, PRONOUN_WINDOW)
                        if key is not None:
                            return key
                if t.dep_ == "prep" and t.lower_ in ("of", "for", "from", "by"):
                    for p in t.children:
                        if p.dep_ == "pobj":
                            ent = self.entity_at(p)
                            if ent is not None and ent.broad != "Place":
                                return None if counsel and ent.broad != "Organization" else ent.key
            if descriptions.unattached_spokesperson(head):
                key = descriptions.spokesperson_of(self, head)
                if key is not None:  # "The State Department rejected it. A spokeswoman said"
                    return key
            if word in _OUTLET_PEOPLE and dets == {"the"} and not any(
                    c.dep_ in ("compound", "amod", "poss", "prep") for c in head.children):
                # "SANA reporter in Aleppo said ... The reporter added": the outlet whose
                # reporter spoke last, in this paragraph or the one before
                last = next((d for d in self.recent(pos) if d.noun == word), None)
                if last is not None and self.para_of(pos) - last.paragraph <= 1:
                    ent = self.entities.get(last.key) if last.key is not None else None
                    return ent.key if ent is not None and ent.broad == "Organization" \
                        else None
        key = salience.top_diplomat(self, head, pos)
        if key is not None:  # "Russia's top diplomat": its foreign minister
            return key
        poss = next((t for t in head.children if t.dep_ == "poss"), None)
        if poss is not None and lemma in TITLES and lemma not in GENERIC_PERSON and not any(
                t.ent_type_ == "PERSON" for t in head.subtree if t.i > head.i):
            # "Bush's vice president" (a person's), "Russia's foreign minister"
            owner = self.entity_at(poss)
            person = poss.lower_ in ("his", "her") or (owner is not None
                                                       and owner.broad == "Person")
            return self.description(head, anchor, poss if person else None)
        if word in descriptions.DOCUMENTS:
            return documents.owner(self, head, pos, PRONOUN_WINDOW)
        part = next((p for t in head.children if t.dep_ == "prep" and t.lower_ == "of"
                     for p in t.children if p.dep_ == "pobj"
                     and p.lemma_.lower() in descriptions.DOCUMENTS), None)
        if part is not None and head.pos_ == "NOUN":  # "the heading of the ISIS document"
            return documents.owner(self, part, pos, PRONOUN_WINDOW)
        if word in descriptions.BODIES and head.pos_ == "NOUN" and not dets & INDEFINITE:
            # (not "a UN panel": one of the body's, not the body)
            named = [e for e in (self.entity_at(t) for t in head.children
                                 if t.dep_ in ("compound", "amod") and t.i < head.i)
                     if e is not None]
            if len(named) == 1 and named[0].broad == "Organization":
                return named[0].key  # "the Kommersant newspaper": the one its name names
        if word in descriptions.BODIES and head.tag_ in ("NN", "NNP") and \
                descriptions.owned_by_place(self, head):  # "Seoul's military"
            return descriptions.body(self, head, pos, PRONOUN_WINDOW)
        if word in descriptions.BODIES and not dets:  # "Police said"
            key = descriptions.named_body(self, head, pos, PRONOUN_WINDOW)
            if key is not None:
                return key
        if dets & {"the", "this", "that"} and head.tag_ in ("NN", "NNP") and (
                head.pos_ == "NOUN" or word in descriptions.BODIES):
            # "The Coalition said" (capitalized, a proper noun to the parser) as "the coalition"
            if word in descriptions.BODIES and lemma not in TITLES \
                    and lemma not in GENERIC_PERSON:
                return descriptions.body(self, head, pos, PRONOUN_WINDOW)
            return descriptions.name_end(self, head, pos, PRONOUN_WINDOW) or \
                self.description(head, anchor)
        if head.pos_ == "PROPN":
            ent = self.by_surname(head)
            if ent is not None:
                return ent.key
            if dets & {"the", "this", "that"}:  # "the task force" (a proper noun to the parser)
                key = descriptions.name_end(self, head, pos, PRONOUN_WINDOW)
                if key is not None:
                    return key
            if lemma in TITLES and lemma not in GENERIC_PERSON or (
                    lemma in PARTISAN and "the" in dets) or (
                    lemma in GENERIC_PERSON and "the" in dets and head.is_lower):
                # "Saudi Arabia's Foreign Minister", "the Secretary": the person introduced so;
                # "the rep" (a lowercase word the tagger took for a name): as "the spokesman"
                return self.description(head, anchor)
        if head.pos_ in ("PROPN", "NOUN") and head.text[:1].isupper():
            ent = speakernames.by_prefix(self, head, start, end)
            if ent is not None:
                return ent.key
        if years_old(head) and "the" in dets:
            # "... backed Guaidó after the 35-year-old declared": the last person named, else
            # the person in focus
            return self._last_person_named(pos, None) or self.focus(pos)
        # "A monitoring group said ..." named where the article tells the same again
        return namedlater.named_later(self, head) or namedlater.state_outlet(self, head)


__all__ = ["Resolver", "Said", "GENERIC_PERSON", "TITLES", "REPRESENTATIVE"]
