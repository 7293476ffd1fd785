"""Which person a pronoun or a description of a person is about: the one in focus.

Functions over a :class:`kg.extract.speakers.Resolver` (its mentions, the speakers met so
far and the parse), each giving an entity key or ``None``:

* :func:`subject_person` — the last person named as a subject in the sentence of an offset
  or the one before; the subject of a main clause (``Cheney said ...``) is in focus before a
  subject inside what is reported or in a clause on something else (``... that Bush
  pointed out``, ``a book he wrote``);
* :func:`same_sentence_person` — the person a possessive ``his``/``her`` goes to when the
  sentence named one before it: its subject, else the last one named (``At Obama's talks,
  his suggestion ...``);
* :func:`fronted_person` — the person of a phrase set before the pronoun's clause (``In
  Sean Penn's case, he ...``);
* :func:`unnamed_subject` — an unnamed person of a pronoun's gender brought in as a
  subject just before it (``A woman begged. "...," she said``): no one named;
* :func:`participle_subject` — the person a pronoun inside a participle clause opening
  the sentence refers to (``Addressing his decision ..., Prince Andrew said``);
* :func:`prose_paragraphs` — paragraph distance counted over the article's prose only
  (site furniture between a pronoun and its antecedent is no distance);
* :func:`titled_later` — the person named shortly after with the title of a description
  that no one before it had (``..., the U.S. ambassador to NATO said. U.S. Ambassador to
  NATO Douglas Lute offered the estimate``); a post with its modifier (``the Greek
  defence minister``) a few paragraphs later too, never one of another country.
"""

from __future__ import annotations

import bisect

from .cuewords import SPEECH_VERBS, cue_lemma
from .introductions import body_heads
from .parenthetical import FINITE
from .speakernames import identified
from .speakerwords import BODIES, REGIMES, UNNAMED_GENDER

#: relations that put a clause under another: its subject is not the sentence's focus
_EMBEDDED = frozenset({"ccomp", "relcl", "acl", "advcl", "xcomp", "pcomp", "csubj",
                       "csubjpass", "parataxis"})
TITLE_AHEAD = 2  # paragraphs after a description that may name the one it describes
#: paragraphs after a description with a title of a post ("the Greek defence minister") that
#: may name the one it describes: a post is held by one person, so it may be named later
POST_AHEAD = 6
PRONOUN_WINDOW = 3  # paragraphs back that a pronoun or description may reach
TITLE_WINDOW = 12  # paragraphs back that a title may reach



def _main_clause(t) -> bool:
    """Whether subject ``t`` belongs to its sentence's main clause (or one joined to it)."""
    v = t.head
    for _ in range(20):
        if v.dep_ in _EMBEDDED:
            return False
        if v.head.i == v.i:
            return True
        v = v.head
    return True


def _subject(t) -> bool:
    """A subject, a name the parser hung on the verb after it as a compound (``...,
    Trump demurred``) or as an adverbial noun where the verb has no subject (``...,
    former CEO Jane Roe compared him to X``), or the name a copula gives its subject
    (``His name was George Bush``)."""
    return t.dep_ in ("nsubj", "nsubjpass") or (
        t.dep_ == "compound" and t.head.pos_ == "VERB" and t.head.i == t.i + 1) or (
        t.dep_ == "npadvmod" and t.pos_ == "PROPN" and t.head.pos_ == "VERB"
        and t.head.i == t.i + 1 and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children)) or (
        t.dep_ == "attr" and t.head.lemma_ == "be")


def subject_person(r, pos: int, fits, main_only: bool = False,
                   same_sentence: bool = False, titled: bool = False) -> tuple[int, str] | None:
    """``(offset, key)`` of the person in focus as a subject before ``pos``: the last
    main-clause subject in the sentence of ``pos`` or (unless ``same_sentence``) the one
    before, else (unless ``main_only``) the last subject of any clause there; ``fits(key)``
    says whether a person may be meant.  With ``titled``, a subject that is a title the
    article resolves to someone counts as that person (``The president devoted his
    address to ... He said``)."""
    doc = r.doc
    i = max(bisect.bisect_left(r._token_starts, pos) - 1, 0)
    sent = r.sent_of_token(i)
    lo = i
    while lo > 0 and r.sent_of_token(lo - 1) >= sent - (0 if same_sentence else 1):
        lo -= 1
    for _ in range(2):  # a sentence all quoted is its speaker's: the one before it counts
        if same_sentence or lo == 0 or lo >= i or not _quoted(r, lo, i):
            break
        first = r.sent_of_token(lo)
        while lo > 0 and r.sent_of_token(lo - 1) >= first - 1:
            lo -= 1
    embedded = None
    for k in range(i, lo - 1, -1):
        t = doc[k]
        if not _subject(t) or t.idx >= pos or r.in_quote(t):
            continue
        ent = r.entity_at(t)
        if ent is None and t.pos_ == "NOUN":  # "Obama's nominee (to head the CIA), John
            # Brennan, has shown"; "Trump, the man leading the polls, will"; "a student
            # named Jane Roe was watching"
            ent = set_off_person(r, t) or person_set_before(r, t) or identified(r, t)
        if ent is None and titled:
            ent = r.entities.get(_title_subject(r, t))
        if ent is None or ent.broad != "Person" or not fits(ent.key):
            continue
        if _main_clause(t):
            return t.idx, ent.key
        if embedded is None:
            embedded = (t.idx, ent.key)
    return None if main_only else embedded


def _quoted(r, lo: int, i: int) -> bool:
    """Whether the sentence of token ``lo`` (one before that of token ``i``) is all in
    quotes, its punctuation aside; a sentence of punctuation only (a closing mark the
    sentencizer set apart) is, where the sentence before it is."""
    doc = r.doc
    sent = r.sent_of_token(lo)
    if r.sent_of_token(i) == sent:
        return False
    words = [t for t in doc[lo:i] if r.sent_of_token(t.i) == sent
             and not (t.is_punct or t.is_space)]
    if not words and lo > 0:
        k = lo - 1
        while k > 0 and r.sent_of_token(k - 1) == r.sent_of_token(lo - 1):
            k -= 1
        words = [t for t in doc[k:lo] if not (t.is_punct or t.is_space)]
    return bool(words) and all(r.in_quote(t) for t in words)


def unnamed_subject(r, pos: int, gender: str | None) -> int | None:
    """The offset of an unnamed person of ``gender`` brought in as a subject, outside
    quotes, in the sentence of ``pos`` or the one before (``At his stand, a woman begged.
    "...," she said``): the one a ``he`` or ``she`` there stands for, no one named."""
    if gender is None:
        return None
    for t in subjects_before(r, pos):
        if t.pos_ == "NOUN" and UNNAMED_GENDER.get(t.lemma_.lower()) == gender and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                or c.dep_ == "nummod" and c.lower_ == "one" for c in t.children) \
                and _finite(t.head) and not _in_named_words(t):
            # (not "Lind said he was helping a man move"; not "Roe said police told her a
            # woman was arrested": someone in a named person's words)
            return t.idx
    return None


def _in_named_words(t) -> bool:
    """Whether ``t`` is in what a verb of saying says whose subject is a named person."""
    return any(cue_lemma(a) in SPEECH_VERBS and any(
        c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in a.children)
        for a in t.ancestors)


def _finite(verb) -> bool:
    """Whether ``verb`` heads a clause of its own tense (``a woman begged``, ``a man has
    left``), not an infinitive or a participle (``helping a man move``)."""
    return verb.tag_ in FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in verb.children)


def subjects_before(r, pos: int):
    """The subjects outside quotes before ``pos`` in its sentence and the one before, the
    latest first."""
    doc = r.doc
    i = max(bisect.bisect_left(r._token_starts, pos) - 1, 0)
    sent = r.sent_of_token(i)
    k = i
    while k >= 0 and r.sent_of_token(k) >= sent - 1:
        t = doc[k]
        k -= 1
        if t.dep_ in ("nsubj", "nsubjpass") and t.idx < pos and not r.in_quote(t):
            yield t


def set_off_person(r, head):
    """The person named in apposition at the end of the phrase ``head`` heads, wherever the
    parser hung the name in it (``Obama's nominee to head the CIA, John Brennan``), or None."""
    end = head.right_edge.i
    while end > head.i and head.doc[end].is_punct:
        end -= 1
    return next((e for c in head.subtree if c.dep_ == "appos" and c.right_edge.i == end
                 and (e := r.entity_at(c)) is not None and e.broad == "Person"), None)


def person_set_before(r, head):
    """The person named at the opening of the sentence, set off by a comma right before the
    description ``head`` that the parser took for the subject in the name's place (``Trump,
    the man leading the polls, will use``), or None."""
    doc = head.doc
    first = head.left_edge.i
    if first < 2 or doc[first - 1].text != "," or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    ent = r.entity_at(doc[first - 2])
    if ent is None or ent.broad != "Person":
        return None
    start = first - 2
    while start > head.sent.start and r.entity_at(doc[start - 1]) is ent:
        start -= 1
    return ent if start == head.sent.start else None


def _title_subject(r, t) -> str | None:
    """The person a subject ``the <title>`` (``the president``, ``the secretary``) is, when
    the article says who; None for other words, and inside another such question."""
    from .speakerwords import GENERIC_PERSON, TITLES

    lemma = t.lemma_.lower()
    if t.pos_ != "NOUN" or lemma not in TITLES or lemma in GENERIC_PERSON \
            or r._titling \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
            or any(c.dep_ == "poss" for c in t.children):
        return None
    r._titling = True
    try:
        key = r.description(t)
    finally:
        r._titling = False
    ent = r.entities.get(key)
    para = r.para_of(t.idx)
    # someone named in this paragraph or the one before ("Back when Nixon was president,
    # the canny president coined": no president introduced pages back)
    return key if ent is not None and any(
        m.start < t.idx and para - r.para_of(m.start) <= 1 for m in ent.mentions) else None


def introduced_before(r, pos: int, fits) -> tuple[int, str] | None:
    """``(offset, key)`` of a person the sentence before ``pos`` names for the first time
    and describes in apposition, when no person is that sentence's subject (``Some witnesses
    testified, including Gregory Hicks, the deputy chief of mission. He said``): the one
    the next sentence's pronoun goes on with."""
    doc = r.doc
    i = min(bisect.bisect_left(r._token_starts, pos), len(doc) - 1)
    if doc[i].sent.start == 0:
        return None
    prev = doc[doc[i].sent.start - 1].sent
    if doc[i].sent.start_char < pos - 1 and any(
            not t.is_space for t in doc[doc[i].sent.start:i]):
        return None  # the pronoun does not open its sentence
    if subject_person(r, prev.end_char, fits, same_sentence=True) is not None:
        return None
    found = None
    for m, ent in r.mentions_in(prev.start_char, prev.end_char):
        if ent.broad != "Person" or not fits(ent.key) or ent.mentions[0].start != m.start:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or r.in_quote(span[0]):
            continue
        if any(c.dep_ == "appos" for c in span.root.children):
            found = (m.start, ent.key)
    return found


def same_sentence_person(r, head, fits) -> str | None:
    """The person named last before the possessive ``head`` in its sentence, outside
    quotes (as a possessor too: ``At Obama's last talks, his suggestion``)."""
    # "Trump faulted Biden over his remarks": the subject's
    subject, best = _persons_between(r, head.sent.start_char, head.idx, fits)
    return subject or best


def fronted_owner(r, head, fits) -> str | None:
    """The person a possessive in a phrase set before its clause's subject stands for: that
    subject, a person named whom ``fits`` accepts (``In his address to the nation, Jane Roe
    jumped between the two camps``); else None."""
    t = head
    while t.dep_ not in ("prep", "advcl", "npadvmod") and t.head.i != t.i:
        t = t.head
    verb = t.head
    if t.head.i == t.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i < t.i or r.in_quote(subj):
        return None
    ent = r.entity_at(subj)
    return ent.key if ent is not None and ent.broad == "Person" and fits(ent.key) else None


def _persons_between(r, start: int, end: int, fits) -> tuple[str | None, str | None]:
    """(the last person named as a subject, the last person named) from ``start`` to
    ``end``, outside quotes, among the people ``fits`` accepts."""
    best = subject = None
    for m, ent in r.mentions_in(start, end):
        if ent.broad != "Person" or not fits(ent.key):
            continue
        span = r.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or r.in_quote(span[0]):
            continue
        best = ent.key
        if span.root.dep_ in ("nsubj", "nsubjpass"):
            subject = ent.key
    return subject, best


def _fronted(head) -> list:
    """The phrases and clauses set before the clause whose subject is ``head`` (and before
    the first of the clauses it is joined to: ``In Penn's case, he was ..., and he
    admitted``)."""
    verbs = [head.head]
    while verbs[-1].dep_ == "conj" and len(verbs) < 4:
        verbs.append(verbs[-1].head)
    fronted = []
    for v in verbs:
        first = min((c.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), default=v.i)
        fronted += [c for c in v.children if c.i < min(first, head.i)
                    and c.dep_ in ("prep", "advcl", "npadvmod")]
        # ("minutes later when Roe asked Baker ..., the nominee said": the clause the parser
        # hung on the adverb before the subject)
        fronted += [k for c in v.children if c.i < min(first, head.i) and c.dep_ == "advmod"
                    for k in c.children if k.dep_ == "advcl"]
    return fronted


#: verbs of putting a question to someone: the one asked answers (not kg.extract.cuewords'
#: ASKING, verbs whose content is a question)
_QUESTIONING = frozenset({"ask", "question", "press", "challenge", "quiz", "grill"})


def fronted_subject(r, head, fits) -> str | None:
    """The person named as the subject of a clause set before the clause whose subject is
    the description ``head`` (``When Jane Roe was asked about it by a host, the former
    adviser said``: she, not the host), outside quotes, if ``fits`` accepts them."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for c in _fronted(head):
        subj = next((t for t in c.children if t.dep_ in ("nsubj", "nsubjpass")), None) \
            if c.dep_ == "advcl" else None
        if subj is not None and subj.dep_ == "nsubj" and c.lemma_.lower() in _QUESTIONING:
            # "when Sen. Roe asked Baker if ..., the nominee said": the one asked answers
            subj = next((t for t in c.children if t.dep_ in ("dobj", "dative")), None)
        ent = r.entity_at(subj) if subj is not None and not r.in_quote(subj) else None
        if ent is not None and ent.broad == "Person" and fits(ent.key):
            return ent.key
    return None


def fronted_person(r, head, fits) -> str | None:
    """The person named in a phrase set before the clause whose subject is the pronoun
    ``head`` (``In Sean Penn's case, he ...``, ``When she explained it to Mr. Trump, he
    ...``): its subject if a person, else the last person named in it."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    fronted = _fronted(head)
    for c in fronted:  # "While he thought they had something on Mr Trump, he argued": he;
        # "In the remarks where he said he would meet Mr Trump, he added": he, also where
        # the pronoun is deeper in the phrase
        same = next((t for t in (c.children if c.dep_ == "advcl" else c.subtree)
                     if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ == head.lower_
                     and (c.dep_ == "advcl" or t.head.dep_ == "relcl")
                     and not r.in_quote(t)), None)
        if same is not None:
            key = r.pronoun_at(same)
            return key if key is not None and fits(key) else None
    best = subject = None
    for c in fronted:
        end = c.right_edge.idx + len(c.right_edge.text)
        s, b = _persons_between(r, c.left_edge.idx, min(end, head.idx), fits)
        subject, best = s or subject, b or best
    if subject is None and best is None:
        # "Though the North Korean leader decided not to launch, he persisted": the person
        # the fronted clause's described subject is
        for c in fronted:
            subj = next((t for t in c.children if t.dep_ in ("nsubj", "nsubjpass")
                         and t.pos_ == "NOUN" and t.i < head.i), None) if c.dep_ == "advcl" \
                else None
            if subj is not None and any(d.dep_ == "det" and d.lower_ == "the"
                                        for d in subj.children):
                key = r.description(subj)
                if key is not None and fits(key):
                    return key
    return subject or best


#: conjunctions of a clause of concession set before the clause it qualifies
_CONCESSIVE = frozenset({"though", "although", "while"})


def cataphoric_subject(r, head, fits) -> str | None:
    """The person named as the subject of the main clause after a clause of concession that
    opens its sentence with the pronoun ``head`` as its subject (``Though he declined to
    comment, Comey suggested ...``): who the pronoun is, where no one is named before it in
    that clause; else None."""
    clause = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" \
            or clause.head.i <= clause.i or clause.left_edge.i != head.sent.start \
            or not any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE and c.i < head.i
                       for c in clause.children):
        return None
    subj = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.i > clause.right_edge.i), None)
    if subj is None or subj.pos_ != "PROPN" or r.in_quote(subj):
        return None
    ent = r.entity_at(subj)
    return ent.key if ent is not None and ent.broad == "Person" and fits(ent.key) else None


def participle_subject(r, head, fits) -> str | None:
    """The person a pronoun inside a participle clause opening the sentence refers to: the
    subject of the clause the participle hangs on, who is the participle's own subject too
    (``Addressing his decision ..., Prince Andrew said``; ``When asked whether he
    remembered ..., the prince said``)."""
    t = head
    for _ in range(12):
        if t.dep_ == "advcl" and t.tag_ in ("VBG", "VBN") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            if any(not w.is_punct for w in t.doc[t.sent.start:t.left_edge.i]):
                return None  # not where the sentence opens
            subj = next((c for c in t.head.children if c.dep_ == "nsubj" and c.i > t.i), None)
            if subj is None or r.in_quote(subj):
                return None
            ent = r.entity_at(subj)
            if ent is not None:
                return ent.key if ent.broad == "Person" and fits(ent.key) else None
            if subj.pos_ == "NOUN" and any(c.lower_ == "the" for c in subj.children):
                key = r.description(subj)  # "the prince"
                return key if key is not None and fits(key) else None
            return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def titled_later(r, head, title: str, need: set[str] | None = None,
                 titles: dict[str, set[str]] | None = None) -> str | None:
    """The first person named after ``head``, within :data:`TITLE_AHEAD` paragraphs, whom
    the article introduces with ``title``; with the words ``need`` of a post (``defence``
    of ``the Greek defence minister``), one introduced with them too, within
    :data:`POST_AHEAD` paragraphs, among ``titles`` (those of the description's country)."""
    from .bodyfit import nation

    titles = r.titles() if titles is None else titles
    para = r.para_of(head.idx)
    ahead = POST_AHEAD if need else TITLE_AHEAD
    country = nation(head)  # ("Israel's Minister of Intelligence" is no French minister)
    k = bisect.bisect_left(r._starts, head.idx + len(head.text))
    for s, e, m, ent in r._spans[k:]:
        if r.para_of(s) - para > ahead:
            return None
        words = titles.get(ent.key, ())
        if ent.broad == "Person" and title in words and (not need or need <= words) and (
                country is None or _introduced_of(r, s, e) in (None, country)):
            return ent.key
    return None


def _introduced_of(r, start: int, end: int) -> str | None:
    """The country the title a name is written with names (``The Turkish defence minister,
    Hulusi Akar``, ``Turkish Defence Minister Hulusi Akar``)."""
    from .bodyfit import nation

    span = r.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    nouns = [root, *(c for c in root.children if c.dep_ == "compound" and c.i < span.start)]
    if root.dep_ == "appos":
        nouns.append(root.head)
    found = {n for t in nouns if (n := nation(t)) is not None}
    return next(iter(found)) if len(found) == 1 else None


def prose_paragraphs(view, para_of):
    """``para_of`` counting only paragraphs of the article's prose: site furniture between
    a pronoun and its antecedent (a video box's "JUST WATCHED ..." lines) is no distance."""
    text = view.text
    seen, prose = set(), set()
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            p = para_of(start)
            seen.add(p)
            if not view.furniture(start):
                prose.add(p)
        start = end + 1
    skipped = sorted(seen - prose)
    if not skipped:
        return para_of

    def prose_para_of(offset: int) -> int:
        p = para_of(offset)
        return p - bisect.bisect_left(skipped, p)
    return prose_para_of


__all__ = ["subject_person", "set_off_person", "cataphoric_subject", "same_sentence_person",
           "fronted_owner",
           "fronted_person", "participle_subject", "titled_later", "described",
           "prose_paragraphs", "TITLE_AHEAD"]


#: words before a title that make it a lower office than the title alone
_SUBORDINATE = frozenset({"vice", "deputy", "assistant", "associate"})
#: words of a title not held yet or not held in full (``President-elect X`` is no president)
_LOWER = _SUBORDINATE | {"elect"}


def _titled(r, head, title: str, need: set[str], pos: int, titles: dict[str, set[str]],
            skip: str | None) -> str | None:
    """The last person before ``head`` (within the title window) introduced with ``title``
    and the words of ``need`` (``vice`` of ``vice president``)."""
    para = r.para_of(head.idx)
    best = None
    lower = _LOWER - need  # "the president" is no vice president, nor the president-elect
    for s, e, m, ent in r._spans:
        if s >= head.idx:
            break
        words = titles.get(ent.key, ())
        if ent.key == skip or para - r.para_of(s) > TITLE_WINDOW or title not in words \
                or not need <= words or lower & words:
            continue
        best = ent.key
    return best


#: people who speak or act for a body (not "the GOP nominee", a party's own candidate)
_AGENTS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officer",
                     "representative", "aide", "diplomat", "envoy", "adviser", "advisor",
                     "lawyer", "attorney", "source"})


def _place(r, tok) -> bool:
    """Whether ``tok`` names a place (here, or as a place of the article is named)."""
    ent = r.entity_at(tok)
    if ent is not None:
        return ent.broad == "Place"
    return any(e.broad == "Place" and tok.text in (e.name, *e.aliases)
               for e in r.entities.values())


def _introduces(r, head) -> bool:
    """Whether a description says who it is of its own: a complement naming another actor
    or place (``the leader of Iraq's Kurdish region``, not ``the secretary of state``) or a
    body (``the head of the defence committee``, not ``the head of the government``), or a
    restrictive clause (``the leader who ...``, not ``the leader, who ...``)."""
    for c in head.children:
        if c.dep_ == "prep" and any(r.entity_at(t) is not None for t in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in BODIES and p.lemma_.lower()
                not in ("government", "administration") for p in c.children):
            return True  # "the head of the national defence committee": one of its own
        if c.dep_ in ("relcl", "acl") and not (c.left_edge.i > 0
                                               and c.doc[c.left_edge.i - 1].text == ","):
            return True
    return False


#: seats in an elected house, and the roles a member holds in a party besides (a party's
#: spokesman or whip is an MP too: "Greens housing spokesman Jane Roe ... The Queensland MP")
_ELECTED_SEATS = frozenset({"mp", "mpp", "mla", "msp", "mep", "senator", "congressman",
                            "representative", "lawmaker", "legislator", "councillor",
                            "alderman", "assemblyman"})
_PARTY_ROLES = frozenset({"spokesman", "whip", "chair", "chairman", "leader", "critic"})


def _party_roles(lemma: str) -> frozenset[str]:
    """The titles that do not keep a person from being described by the seat ``lemma``.

    >>> sorted(_party_roles("mp"))[:2], _party_roles("president")
    (['chair', 'chairman'], frozenset())
    """
    return _PARTY_ROLES if lemma in _ELECTED_SEATS else frozenset()


def _met_before(r, head, lemma: str, key: str, norm) -> bool:
    """Whether the description ``head`` (``the prime minister``) stood before in a sentence
    beside the person ``key`` as someone else: an object or a prepositional phrase of the
    verb she is the subject of (``Roe met the prime minister``, ``Roe wrote to the
    senator``), so the description is not she."""
    doc = head.doc
    for t in doc[:head.i]:
        if t.lower_ != head.lower_ or norm(t.lemma_) != lemma or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        verb = t.head
        if t.dep_ == "pobj" and verb.dep_ in ("prep", "dative"):
            verb = verb.head
        if t.dep_ not in ("dobj", "pobj", "dative") or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(_subject_is(r, subj, key) for subj in verb.children if subj.dep_ == "nsubj"):
            return True
    return False


def _subject_is(r, subj, key: str) -> bool:
    """Whether the subject ``subj`` is the person ``key``: her name, or ``she`` in a clause
    she is said to have said (``Roe said she had met ...``)."""
    ent = r.entity_at(subj)
    if ent is not None:
        return ent.key == key
    if subj.lower_ not in ("he", "she"):
        return False
    if r.pronouns.get(subj.i) == key:
        return True
    verb = subj.head
    while verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
        for s in verb.children:
            if s.dep_ == "nsubj" and s.i < subj.i:
                found = r.entity_at(s)
                return found is not None and found.key == key
    return False


def _speaker_before(r, pos: int, title: str | None, norm):
    """The last singular person speaker before ``pos`` (as the Resolver's), passing over an
    unnamed one described by another noun than ``title`` (``a campaign spokeswoman said
    ... the nominee said``: not her); a body that spoke through ``title``, an agent's noun,
    is that agent (``a ministry spokesman said ... the spokesman said``)."""
    for said in r.recent(pos):
        if title in _AGENTS and said.key is not None and not said.person and said.noun \
                and norm(said.noun) == title:
            return said  # "A Home Office spokesperson said ... The spokesperson added": its body
        if said.plural or not said.person:
            continue
        if title and said.key is None and said.noun and norm(said.noun) != title:
            continue
        return said
    return None


def _described_unnamed(r, start: int, end: int, noun: str, norm) -> bool:
    """Whether the text between offsets ``start`` and ``end`` introduces someone unnamed by
    ``noun`` (``according to an unnamed Western official``, ``citing a senior official``)
    who speaks there of no cue of their own (a speaker is recorded as one: ``A ministry
    spokesperson said`` speaks for the ministry) nor describes a named one (``X, a spokesman
    for ...``)."""
    from .cuewords import CUE_VERBS

    for tok in r.doc.char_span(start, end, alignment_mode="expand") or ():
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or norm(tok.lemma_) != noun \
                or tok.dep_ in ("appos", "attr") or r.entity_at(tok) is not None:
            continue
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in CUE_VERBS \
                and any(said.pos == tok.left_edge.idx for said in r._said):
            continue  # (but "A senior official told reporters about it: ..., the official
            # said", the first cue no claim of its own: the one introduced there)
        if any(c.dep_ in ("det", "nummod") and c.lower_ in _ONE for c in tok.children):
            return True  # "a senior official", "one senior Democratic strategist"
    return False


#: words that bring in one person unnamed ("a senior official", "one strategist")
_ONE = frozenset({"a", "an", "one", "another"})


def _unnamed_before(r, pos: int, noun: str, norm) -> bool:
    """Whether a single unnamed speaker described by ``noun`` (``a senior official``) spoke
    before ``pos``, within the pronoun window."""
    return any(said.key is None and not said.plural and said.noun and norm(said.noun) == noun
               for said in r.recent(pos))


def _of_nation(titles: dict[str, set[str]], head) -> tuple[dict[str, set[str]], bool]:
    """``titles`` without the people introduced as of a country other than the one a
    description's modifier names (``the US president``: not ``Chinese President Xi``): those
    introduced as of that country, or whom the gazetteer knows as holding its office, if any
    (and ``True``), else those of none."""
    from .bodyfit import _nation_of_words, nation

    country = nation(head)
    if country is None:
        return titles, False
    same, untold = {}, {}
    for key, words in titles.items():
        # the country the title says, else the one whose office a known person holds
        theirs = _nation_of_words(sorted(words)) or {_office_country(key)} - {None}
        if country in theirs:
            same[key] = words
        elif not theirs:
            untold[key] = words
    return (same, True) if same else (untold, False)


def _office_country(key: str) -> str | None:
    """The country whose office the gazetteer's person ``key`` holds, or None."""
    from .nlp import default_gazetteer

    entry = default_gazetteer().get(key)
    return entry.country if entry is not None and entry.type == "Person" else None


def _only_national(r, head) -> str | None:
    """The one person of the article whom the gazetteer knows as holding an office of the
    country a description's modifier names (``the North Korean leader``), or None."""
    from .bodyfit import nation

    country = nation(head)
    if country is None:
        return None
    keys = {k for k, e in r.entities.items()
            if e.broad == "Person" and _office_country(k) == country}
    return next(iter(keys)) if len(keys) == 1 else None


#: the offices a country's "top diplomat" holds: (title, words introduced with it)
_DIPLOMAT_OFFICES = (("minister", {"foreign"}), ("secretary", {"state"}),
                     ("secretary", {"foreign"}))


def top_diplomat(r, head, pos: int) -> str | None:
    """The person a country's ``top diplomat`` is: the one introduced before ``pos`` as its
    foreign minister or secretary of state (``Russia's top diplomat`` of ``Russian Foreign
    Minister Sergey Lavrov``), or None."""
    if head.lemma_.lower() != "diplomat" or not any(
            c.dep_ == "amod" and c.lower_ == "top" for c in head.children):
        return None
    titles, national = _of_nation(r.titles(), head)
    if not national:
        return None
    for title, need in _DIPLOMAT_OFFICES:
        key = _titled(r, head, title, need, pos, titles, None)
        if key is not None:
            return key
    return None


def _body_office(r, key: str, words: set[str], norm) -> bool:
    """Whether the title words of ``key`` name an organization of the article besides the
    person's own name (``Jane Roe, president of the Council on Foreign Relations``): an
    office of that body, not of a country."""
    ent = r.entities.get(key)
    own = {norm(w) for n in ((ent.name, *ent.aliases) if ent is not None else ())
           for w in n.split()}
    bodies = {norm(w) for e in r.entities.values() if e.broad == "Organization"
              for w in e.name.split() if len(w) > 3}
    return bool((words - own) & bodies)


def described(r, head, pos: int, norm, possessor=None) -> str | None:
    """The person a description of a person refers to (see the Resolver's rules)."""
    from .speakerwords import GENERIC_PERSON, LEADERS, PARTISAN, TITLE_MODIFIERS, TITLES

    lemma = norm(head.lemma_)
    elect = elect_title(head, norm)
    if elect is not None:  # "the president-elect": a president-elect, no president
        lemma = elect
    if lemma in TITLES and lemma not in GENERIC_PERSON:
        need = {norm(c.text) for c in head.children if c.dep_ in ("compound", "amod")
                and c.lower_ in TITLE_MODIFIERS} | ({"elect"} if elect else set())
        skip = r.entity_at(possessor) if possessor is not None else None
        skip = skip.key if skip is not None else None
        # "the US president" is no one introduced as another country's ("Chinese President Xi")
        titles, national = _of_nation(r.titles(), head)
        party = parties(norm(c.text) for c in head.children if c.dep_ in ("compound", "amod"))
        if party:  # "the Conservative leader" is no one introduced as "Labour leader"
            titles = {k: w for k, w in titles.items() if not parties(w) - party}
        key = _titled(r, head, lemma, need, pos, titles, skip)
        if key is None and possessor is None:
            # "the UN chief" of the one introduced with a UN office (Secretary-General X)
            org = next((t for t in head.children if t.dep_ in ("compound", "amod")
                        and (e := r.entity_at(t)) is not None and e.broad == "Organization"),
                       None)
            heads = body_heads(r, head, org, norm) if org is not None else set()
            para = r.para_of(head.idx)
            heads = {ent.key for s, _, _, ent in r._spans if ent.key in heads
                     and s < head.idx and para - r.para_of(s) <= TITLE_WINDOW} if heads \
                else heads
            # (of two so introduced, no guess: "UN High Commissioner for Refugees X")
            key = next(iter(heads)) if len(heads) == 1 else None
        if key is not None and possessor is None:
            # of two presidents, the one in focus ("Trump spoke to Zelensky ... In the call,
            # the president mentions Biden"), if introduced so
            held = r.focus(pos)
            words = titles.get(held, set()) if held not in (None, key, skip) else set()
            if lemma in words and need <= words and not (_LOWER - need) & words \
                    and not (_body_office(r, held, words, norm)
                             and not _body_office(r, key, titles.get(key, set()), norm)):
                key = held  # (but not the president of a body over "President X")
        if key is None and possessor is not None:
            # "Bush's vice president": a title held with someone, then as now
            key = _titled(r, head, lemma, need, pos, _of_nation(r.titles(former=True), head)[0],
                          skip)
        if key is not None:
            return key
        if possessor is None and lemma in LEADERS and not need:
            # "the North Korean leader" of the one person of the article the gazetteer knows
            # holds that country's office, where none is introduced so
            key = _only_national(r, head)
            if key is not None:
                return key
        if possessor is None and not _former(head) and not any(
                c.dep_ in ("compound", "amod", "nmod") for c in head.children):
            key = head_of_regime(r, head, lemma)
            if key is not None:  # "... the thinking of the Obama administration. The
                return key or None  # president said": the head of the government named
                # just before (none where the article names no such person)
        if possessor is None and not _introduces(r, head) and lemma not in _ACTS_ON and (
                not _former(head) or r.titles(former=True).get(r.focus(pos))):
            # "the Russian leader" of the person in focus, if no other title is theirs and
            # this one not as a former one ("Former President X ... the president"); "the
            # leader of the Kurdish region" introduces someone; a past office ("the former
            # Pentagon chief") only of one introduced with a past office (see below)
            key = r.focus(pos)
            if key is not None and key in r.titles() and key not in titles:
                key = None  # the person in focus is of another country, or party
            if key is not None and _met_before(r, head, lemma, key, norm):
                key = None  # "Roe met the prime minister ... The prime minister said"
            was = r.titles(former=True).get(key, ())
            # "the former mayor" of one introduced as a former mayor; "the president" of no
            # former president
            has = r.titles().get(key, set())
            if key is not None and ((lemma in was) == _former(head)
                                    or _former_holder_speaking(r, head, key, lemma, need, pos,
                                                               norm)) and (
                    lemma in LEADERS and not need
                    or not (has & TITLES) - {lemma} - _party_roles(lemma)) and (
                    elect is None or lemma not in has or "elect" in has):
                # (the president-elect is no one introduced as president)
                return key
            if lemma in LEADERS and not need and national and len(titles) == 1 \
                    and next(iter(titles.values())) & TITLES:
                # "the German leader": the one titled person introduced as German
                return next(iter(titles))
        # "..., the U.S. ambassador to NATO said. Ambassador Douglas Lute ..."
        # "..., the Greek defence minister said. ... The Greek defence minister, X, said"
        key = titled_later(r, head, lemma) if not need else titled_later(
            r, head, lemma, need, titles)
        if key is None and possessor is None and _former(head) and not _contrasted(head):
            # "Jane Roe, the party's leader, has yet to decide. The former defence minister
            # has said ...": the subject just before, whom no one else's office fits
            fits = lambda k: lemma not in r.titles().get(k, ()) and (  # noqa: E731
                k not in r.titles() or k in titles)
            found = subject_person(r, pos, fits, main_only=True)
            if found is None:  # '"...," he said. The former minister said': who spoke last,
                # in the sentence before or before sentences all quoted
                last = _speaker_before(r, pos, None, norm)
                ent = r.entities.get(last.key) if last is not None and last.key else None
                found = (last.pos, ent.key) if ent is not None and ent.broad == "Person" \
                    and fits(ent.key) and _only_quotes_between(r, last.pos, head) else None
            key = found[1] if found is not None and not _another_named(
                r, *found, pos) else None
        return key
    if lemma in GENERIC_PERSON or lemma in TITLES:
        body = {norm(t.text) for c in head.children if c.dep_ in ("compound", "nmod")
                for t in c.subtree if t.ent_type_ == "ORG" and t.pos_ == "PROPN"
                and not _place(r, t)} if lemma in _AGENTS else None
        if body:  # "the Blue House spokesman": one introduced so, or the last speaker
            # unless a politician (a title of their own)
            key = _titled(r, head, lemma, body, pos, r.titles(), None)
            last = _speaker_before(r, pos, None, norm)
            if key is None and last is not None and last.key is not None \
                    and not r.titles().get(last.key, set()) & ((TITLES | GENERIC_PERSON)
                                                               - _AGENTS):
                key = last.key  # not a president, minister, senator or strategist of their own
            return key
        last = _speaker_before(r, pos, lemma if lemma in TITLES else None, norm)
        if last is not None and last.key is None:
            return None  # "an official said ... the official said": that one, unnamed
        if last is not None and _described_unnamed(r, last.pos, head.idx, lemma, norm):
            # "X reported that, according to an unnamed official, ... the official said":
            # the one introduced unnamed since X spoke, though as no speaker of their own
            return None
        if last is not None and _unnamed_before(r, pos, lemma, norm) and lemma not in (
                titles := r.titles().get(last.key, set())) and titles & (TITLES - _AGENTS):
            # "according to a senior official ... Secretary of State John Kerry said ... the
            # official said": the unnamed one again, not a politician who spoke between
            return None
        agent_fits = lambda k: lemma not in _AGENTS or not (  # noqa: E731
            r.titles().get(k, set()) & (TITLES - _AGENTS))
        key = fronted_subject(r, head, agent_fits)
        if key is not None:
            return key  # "When Jane Roe was asked by a host, the former adviser said": her
        subj = subject_person(r, pos, agent_fits, main_only=True)
        if subj is not None and (last is None or subj[0] > last.pos):
            # "Clinton bashed Trump. ... the Democratic front-runner said"; not "Roe met
            # the official. The official said"
            return None if _met_before(r, head, lemma, subj[1], norm) else subj[1]
        if last is not None:
            # (not "King Salman called ... The Saudi official said": an official is no one
            # with an office of their own, unless introduced as one; but "the rep" may
            # speak for the last speaker)
            if last.key is None:
                return None
            fits = lemma != "official" or agent_fits(last.key) \
                or lemma in r.titles().get(last.key, set())
            return last.key if fits and not _met_before(r, head, lemma, last.key, norm) \
                else None
        if lemma in TITLES:
            # "the Republican nominee": no one spoke just before; the one introduced so
            keys = {k for k, words in r.titles().items() if lemma in words}
            if keys:
                return next(iter(keys)) if len(keys) == 1 else None
        subj = subject_person(r, pos, lambda k: True)
        return subj[1] if subj is not None else None
    if lemma in PARTISAN:  # "the South Carolina Republican": the person in focus, else
        # the one politician introduced with an elected office before it
        return r.focus(pos) or _one_elected(r, pos)
    if lemma in _SEXED and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            and any(r.in_quote(t) for t in head.doc[max(0, head.left_edge.i - 3):
                                                    head.left_edge.i]) \
            and not (lemma not in _PLAIN_SEXED and any(c.dep_ == "prep" for c in head.children)):
        # (not "the mother of the missing girl", which may bring in someone new)
        # '"...," Abu Mohammad told AFP. "...," the devastated man said': the named person
        # who spoke last, if of that sex as far as the text tells, for the quote right
        # before the phrase
        last = _speaker_before(r, pos, None, norm)
        if last is not None and last.key is not None and r._fits(last.key, _SEXED[lemma]):
            ent = r.entities.get(last.key)
            return last.key if ent is not None and ent.broad == "Person" else None
    return None


def _only_quotes_between(r, pos: int, head) -> bool:
    """Whether nothing but quotation stands between the end of the sentence of offset
    ``pos`` and the phrase ``head`` heads: no sentence of the writer's own between them."""
    doc = r.doc
    i = max(bisect.bisect_left(r._token_starts, pos + 1) - 1, 0)
    sent = r.sent_of_token(i)
    for t in doc[i:head.left_edge.i]:
        if r.sent_of_token(t.i) != sent and not (t.is_punct or t.is_space or r.in_quote(t)):
            return False
    return True


def _former_holder_speaking(r, head, key: str, lemma: str, need: set[str], pos: int,
                            norm) -> bool:
    """Whether ``the vice president`` (``head``, a title not written as a former one) is
    ``key``, introduced with that title as a former one, who spoke last, where no one of the
    article holds the title now (``"...," he said. "...," the vice president said`` of the
    former vice president)."""
    was = r.titles(former=True).get(key, ())
    if _former(head) or lemma not in was or not need <= was:
        return False
    if any(lemma in words and need <= words and not (_LOWER - need) & words
           for k, words in r.titles().items() if k != key):
        return False
    last = _speaker_before(r, pos, None, norm)
    return last is not None and last.key == key


#: titles of one who acts on another (``the special counsel`` of the one the article is
#: about): never guessed to be the person in focus
_ACTS_ON = frozenset({"counsel"})

#: titles of the head of a government
_HEADS = frozenset({"president", "premier", "chancellor"})


def head_of_regime(r, head, lemma: str) -> str | None:
    """The one person whose government (``the Obama administration``, ``the Merkel
    government``) the sentence of ``head`` or the one before names before it, where
    ``head`` is a head of government's title (``the president``); ``""`` where the
    government is named for a name that is no person of the article, or for several;
    None where no government is named so."""
    if lemma not in _HEADS:
        return None
    doc = head.doc
    sent = head.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    found = set()
    for t in doc[lo:head.i]:
        if t.lemma_.lower() in REGIMES and not r.in_quote(t):
            for c in t.children:
                if c.dep_ not in ("compound", "poss"):
                    continue
                ent = r.entity_at(c)  # (the name a part of the government's own name)
                ent = ent if ent is not None and ent.broad == "Person" else r.by_surname(c)
                if ent is not None and ent.broad == "Person":
                    found.add(ent.key)
                elif c.pos_ == "PROPN" and c.dep_ == "compound" and c.text[:1].isupper():
                    found.add("")  # "the Obama administration", Obama no person here
    if not found:
        return None
    return next(iter(found)) if len(found) == 1 else ""


#: nouns of a person of one sex, and the pronoun that stands for them
_PLAIN_SEXED = {"man": "he", "woman": "she", "boy": "he", "girl": "she"}
_SEXED = {**_PLAIN_SEXED,
          # kin ('"...," the grieving mother said' of the mother who spoke last)
          "mother": "she", "father": "he", "wife": "she", "husband": "he", "widow": "she",
          "widower": "he", "daughter": "she", "son": "he", "sister": "she", "brother": "he",
          "grandmother": "she", "grandfather": "he"}


#: words that make a title a past one ("the former senator", "the then-chairwoman")
_PAST = frozenset({"former", "onetime", "one-time", "ex", "then"})

#: hyphens that join ``-elect`` to a title
_HYPHENS = frozenset("-\u2010\u2011\u2013")


def elect_title(head, norm) -> str | None:
    """The title of a phrase the tokenizer split at the hyphen of ``-elect`` (``the
    president-elect``, ``the prime minister-elect``), where ``elect`` is the parser's
    head: the title word before the hyphen, else ``None``.

    >>> import spacy
    >>> doc = spacy.blank("en")("The president-elect said so.")
    >>> elect_title(doc[3], str.lower), elect_title(doc[1], str.lower)
    ('president', None)
    """
    from .speakerwords import TITLES

    doc = head.doc
    if head.lower_ != "elect" or head.i < 2:
        return None
    hyphen, title = doc[head.i - 1], doc[head.i - 2]
    if hyphen.text not in _HYPHENS or hyphen.whitespace_ or title.whitespace_:
        return None
    word = norm(title.lemma_ or title.lower_)
    return word if word in TITLES else None


def _former(head) -> bool:
    """Whether the description ``head`` heads gives a title as a past one (``the former
    defence minister``, ``the then-Intelligence Committee chairwoman``, ``the ex-mayor``)."""
    doc = head.doc
    return any(t.lower_ in _PAST or t.lower_.split("-", 1)[0] in _PAST and "-" in t.text
               for t in doc[head.left_edge.i:head.i])


def _another_named(r, start: int, key: str, pos: int) -> bool:
    """Whether a person other than ``key`` is named between ``start`` and ``pos`` in a main
    clause, not as a word of another name (``Obama will nominate Hagel``; not ``the Hillary
    Clinton campaign``, nor ``X was asked about reports that Trump shared ...``)."""
    for m, ent in r.mentions_in(start, pos):
        if ent.broad == "Person" and ent.key != key:
            span = r.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.dep_ != "compound" and _main_clause(span.root):
                return True
    return False


#: words opening a sentence that sets its subject against the one before
_CONTRAST = frozenset({"still", "however", "meanwhile", "nonetheless", "nevertheless",
                       "conversely"})


def _contrasted(head) -> bool:
    """Whether the sentence of ``head`` opens with a word of contrast (``Still, the former
    prosecutor called it a good deal``): its subject is likely another one than the last."""
    first = head.sent[0]
    return first.lower_ in _CONTRAST or first.is_punct and len(head.sent) > 1 \
        and head.sent[1].lower_ in _CONTRAST


def parties(words) -> set[str]:
    """The parties ``words`` (normalized words of a title) name.

    >>> sorted(parties(["labour", "leader"])), sorted(parties(["tory", "mp"]))
    (['labour'], ['conservative'])
    """
    from .speakerwords import PARTIES

    return {PARTIES[w] for w in words if w in PARTIES}


#: titles of elected politicians, whom a party's word describes
_ELECTED = frozenset({"senator", "congressman", "governor", "mayor", "lawmaker", "legislator"})


def _one_elected(r, pos: int) -> str | None:
    """The one person introduced before ``pos`` with the title of an elected office
    (``Sen. Ann Ruiz``), within the title window; ``None`` if none or several."""
    para = r.para_of(pos)
    keys = {ent.key for m, ent in r.mentions_in(0, pos) if ent.broad == "Person"
            and para - r.para_of(m.start) <= TITLE_WINDOW
            and r.titles().get(ent.key, set()) & _ELECTED}
    return next(iter(keys)) if len(keys) == 1 else None
