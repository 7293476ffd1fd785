"""A person a description brings in before the article names them.

A news story often opens on a description of its speaker and names them in the sentence
after it (``The nation's top diplomat said on Monday that the talks would resume. Jane
Holt, who met both delegations in Geneva, said ...``; ``The senator's chief rival said he
would run. The announcement by Tom Reyes came ...``).  :func:`named_next` gives such a
definite description of a person, when no person was named before it in the article,
the person the next sentence names as its main subject (or as the one ``by`` whom its
subject was made), met there for the first time, unless the article introduces them with
another title than the description's.  Further on, where people were named before, the
same holds for a description no unnamed speaker of its noun took before, of a person first
named in the next sentence or the first of the next paragraph with no title or this one.
"""

from __future__ import annotations

from .cuewords import CUE_VERBS, SPEECH_VERBS
from .salience import _unnamed_before
from .speakerwords import GENERIC_PERSON, INDEFINITE, LEADERS, TITLES, norm_word

#: prepositions whose object makes the subject of a sentence theirs (``The announcement by
#: Tom Reyes``, ``A statement from Jane Holt``)
_BY = frozenset({"by", "from", "of"})


def _person_noun(head, headline: bool = False) -> str | None:
    """The normalized title or person noun of a definite singular description (``the US
    secretary of state``, ``Netanyahu's chief rival``), or of a bare one in a headline
    (``..., minister says``), else ``None``."""
    if head.tag_ not in ("NN", "NNP"):
        return None
    lemma = norm_word(head.lemma_)
    if lemma not in TITLES and lemma not in GENERIC_PERSON:
        return None
    dets = [c for c in head.children if c.dep_ in ("det", "poss")]
    if not dets and not headline or any(c.lower_ in INDEFINITE or c.lower_ in _QUANTIFIERS
                                        for c in dets):
        return None
    return lemma


def _headline(r, head) -> bool:
    """Whether ``head`` stands in an article's first paragraph, one sentence with no full
    stop at its end (a headline: ``Ottawa to boost rural internet funding, minister says``)."""
    sent, doc = head.sent, head.doc
    return r.para_of(sent.start_char) == 0 and sent.end < len(doc) \
        and r.para_of(doc[sent.end].idx) > 0 and not any(t.text in (".", "!") for t in sent)


#: determiners of no one person ("Every new secretary of state wants ...")
_QUANTIFIERS = frozenset({"every", "each", "no", "either", "neither", "whichever"})


def _main_subject(tok) -> bool:
    """Whether ``tok`` is the subject of its sentence's main verb, or the object of ``by``
    (``from``, ``of``) on that subject (``The announcement by Tom Reyes dealt ...``)."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
        return True
    up = tok.head
    return tok.dep_ == "pobj" and up.lower_ in _BY and up.head.dep_ in ("nsubj", "nsubjpass") \
        and up.head.head.dep_ == "ROOT"


def named_next(r, head, start: int) -> str | None:
    """The person the sentence after a description (the speaker phrase starting at
    ``start``, headed by ``head``) names as its main subject; ``None`` when the description
    is indefinite or no person's, or the person named was met before or introduced with
    other titles only.  Past the article's opening (a person named before the phrase), the
    description must be one no unnamed speaker of its noun took before (``a senior official
    said ... the official said``), and the person must be introduced with no title or
    this one, in the next sentence or the first of the next paragraph (``Trump's national
    security adviser says ... "...," Jane Roe told reporters.``; ``the top security official
    told ...  he wrote. | Jane Roe, who was ..., also referenced``)."""
    headline = _headline(r, head)
    lemma = _person_noun(head, headline)
    if lemma is None or r.in_quote(head):
        return None
    doc = r.doc
    opening = not any(ent.broad == "Person" for m, ent in r.mentions_in(0, start))
    if not opening and (_unnamed_before(r, start, lemma, norm_word) or _bare(head) and any(
            lemma in words for words in r.titles().values())):
        return None  # "an official said ... the official said"; "Deputy Attorney General
        # Jane Roe ... the deputy attorney general replied": that one
    for k, later in enumerate(_next_sentences(r, head.sent, opening,
                                              _HEADLINE_REACH if headline else 1)):
        for m, ent in r.mentions_in(later.start_char, later.end_char):
            if ent.broad != "Person":
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span) or r.in_quote(span[0]) \
                    or not _main_subject(span.root):
                continue
            if headline and not (span.root.dep_ == "nsubj"
                                 and span.root.head.lemma_.lower() in SPEECH_VERBS):
                continue  # after a headline, only one who speaks (not "X had been accused")
            if any(n.start < m.start and n.start < later.start_char for n in ent.mentions):
                return None  # one met before would not be introduced so
            titles = r.titles().get(ent.key, set())
            if opening and lemma in TITLES and lemma not in GENERIC_PERSON | LEADERS \
                    and titles & TITLES and lemma not in titles:
                return None  # "the senator said ... Governor Ann Ruiz said": not the governor
            if not opening and titles & (TITLES | GENERIC_PERSON) and lemma not in titles:
                return None  # "the official said ... Jane Roe, a lawmaker, said": not her
            if not opening and span.root.head.lemma_.lower() not in CUE_VERBS | {"be"}:
                return None  # "Jane Roe contributed to this report": a credit, no speaker
                # ("Jane Roe is a retired general" introduces her)
            return ent.key
    return None


def _bare(head) -> bool:
    """Whether a description has no owner and no phrase after it (``the deputy attorney
    general``, not ``the president of Libya`` nor ``the mayor's adviser``)."""
    return not any(c.dep_ in ("poss", "prep") for c in head.children)


#: sentences after a headline that may name the person its bare title describes (a byline,
#: a date line and a related link may stand between)
_HEADLINE_REACH = 8


def _next_sentences(r, sent, opening: bool, reach: int = 1):
    """The sentence after ``sent`` (the ``reach`` sentences after it); past the opening,
    also the first of the next paragraph when that sentence is of the same one."""
    doc = r.doc
    if sent.end >= len(doc):
        return
    later = doc[sent.end].sent
    yield later
    for _ in range(reach - 1):
        if later.end >= len(doc):
            return
        later = doc[later.end].sent
        yield later
    if opening:
        return
    para = r.para_of(sent.start_char)
    while later.end < len(doc) and r.para_of(later.start_char) == para:
        later = doc[later.end].sent
    if r.para_of(later.start_char) == para + 1 and later.start != sent.end:
        yield later


__all__ = ["named_next"]
