"""A person the article's opening describes before naming them.

A news story often opens on a description of its speaker and names them in the sentence
after it (``The nation's top diplomat said on Monday that the talks would resume. Jane
Holt, who met both delegations in Geneva, said ...``; ``The senator's chief rival said he
would run. The announcement by Tom Reyes came ...``).  :func:`named_next` gives such a
definite description of a person, when no person was named before it in the article,
the person the next sentence names as its main subject (or as the one ``by`` whom its
subject was made), met there for the first time, unless the article introduces them with
another title than the description's.
"""

from __future__ import annotations

from .speakerwords import GENERIC_PERSON, INDEFINITE, LEADERS, TITLES, norm_word

#: prepositions whose object makes the subject of a sentence theirs (``The announcement by
#: Tom Reyes``, ``A statement from Jane Holt``)
_BY = frozenset({"by", "from", "of"})


def _person_noun(head) -> str | None:
    """The normalized title or person noun of a definite singular description (``the US
    secretary of state``, ``Netanyahu's chief rival``), else ``None``."""
    if head.tag_ not in ("NN", "NNP"):
        return None
    lemma = norm_word(head.lemma_)
    if lemma not in TITLES and lemma not in GENERIC_PERSON:
        return None
    dets = [c for c in head.children if c.dep_ in ("det", "poss")]
    if not dets or any(c.lower_ in INDEFINITE for c in dets):
        return None
    return lemma


def _main_subject(tok) -> bool:
    """Whether ``tok`` is the subject of its sentence's main verb, or the object of ``by``
    (``from``, ``of``) on that subject (``The announcement by Tom Reyes dealt ...``)."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
        return True
    up = tok.head
    return tok.dep_ == "pobj" and up.lower_ in _BY and up.head.dep_ in ("nsubj", "nsubjpass") \
        and up.head.head.dep_ == "ROOT"


def named_next(r, head, start: int) -> str | None:
    """The person the sentence after an opening description (the speaker phrase starting
    at ``start``, headed by ``head``) names as its main subject; ``None`` when a person was
    named before the phrase, the description is indefinite or no person's, or the person
    named was met before or introduced with other titles only."""
    lemma = _person_noun(head)
    if lemma is None or r.in_quote(head):
        return None
    if any(ent.broad == "Person" for m, ent in r.mentions_in(0, start)):
        return None
    doc = r.doc
    sent = head.sent
    if sent.end >= len(doc):
        return None
    later = doc[sent.end].sent
    for m, ent in r.mentions_in(later.start_char, later.end_char):
        if ent.broad != "Person":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or r.in_quote(span[0]) or not _main_subject(span.root):
            continue
        if any(n.start < m.start and n.start < later.start_char for n in ent.mentions):
            return None  # one met before would not be introduced so
        titles = r.titles().get(ent.key, set())
        if lemma in TITLES and lemma not in GENERIC_PERSON | LEADERS \
                and titles & TITLES and lemma not in titles:
            return None  # "the senator said ... Governor Ann Ruiz said": not the governor
        return ent.key
    return None


__all__ = ["named_next"]
