"""A source introduced unnamed and named further on in the article.

A news story often opens with its source unnamed (``A monitoring group said a child was
among at least eight people killed in government shelling on Douma``) and names it where
it tells the same again (``at least eight people were killed ... in government shelling
on Douma, the British-based Observatory said``).  :func:`named_later` gives such an
indefinite description of a body the one organization named in a later sentence that
repeats what it said: several of the same content words, most of those it said.

:func:`reporting_outlet` gives a report no one is said to have issued (``according to a
report on Monday``) to the one news organization the article's people spoke to (``...,
Keith Krach told Reuters``): the story it retells.
"""

from __future__ import annotations

from .bodyfit import fits
from .speakerwords import BODIES, DOCUMENTS

SENTENCES_AHEAD = 15  # sentences after the description that may tell the same again
MIN_SHARED = 3  # content words a later sentence must repeat
MIN_SHARE = 0.4  # ... and at least this share of those the description's sentence said
_INDEFINITE = frozenset({"a", "an", "one"})


def _broad(e) -> str:
    from ..vocab import KIND_BROAD

    return KIND_BROAD.get(e.kind, e.kind)


def _content(tokens, skip: set[int]) -> set[str]:
    """Lemmas of the nouns, names and numbers of ``tokens`` outside ``skip``."""
    return {t.lemma_.lower() for t in tokens if t.i not in skip and (
        t.like_num or t.pos_ in ("NOUN", "PROPN") and not t.is_stop) and t.ent_type_ not in (
            "DATE", "TIME", "ORDINAL")}


def _source(doc, m) -> bool:
    """Whether the mention ``m`` is where its sentence gives its source: the subject of a
    clause or a name right before a verb (``the Observatory said``), or after ``according
    to``."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") or span.end < len(doc) and doc[span.end].pos_ == "VERB":
        return True  # "..., the Observatory said", however the parser hung the name
    up = root.head
    return root.dep_ == "pobj" and up.lower_ == "to" and up.i > 0 \
        and doc[up.i - 1].lower_ == "according"


def named_later(r, head) -> str | None:
    """The organization an indefinite description of a body (``a monitoring group``,
    ``a rights group``) turns out to be: the one organization named in a later sentence
    that says again what its own sentence said, giving it as its source (its subject,
    ``according to`` it), fitting the description's noun, and not named before it (one named already would not be introduced as ``a group``)."""
    noun = head.lemma_.lower()
    dets = {t.lower_ for t in head.children if t.dep_ == "det"}
    if head.pos_ != "NOUN" or head.tag_ != "NN" or noun not in BODIES \
            or not dets & _INDEFINITE:
        return None
    doc = r.doc
    sent = head.sent
    said = _content(sent, {t.i for t in head.subtree})
    if len(said) < MIN_SHARED:
        return None
    k = sent.end
    for _ in range(SENTENCES_AHEAD):
        if k >= len(doc):
            return None
        later = doc[k].sent
        k = later.end
        shared = said & _content(later, set())
        if len(shared) < MIN_SHARED or len(shared) < MIN_SHARE * len(said):
            continue
        orgs = {ent.key: ent for m, ent in r.mentions_in(later.start_char, later.end_char)
                if fits(ent, noun) and _source(doc, m)}
        if len(orgs) != 1:
            return None
        ent = next(iter(orgs.values()))
        if any(m.start < head.idx for m in ent.mentions):
            return None
        return ent.key
    return None


_TOLD = frozenset({"tell"})
_SPOKE = frozenset({"say", "speak", "talk", "tell"})


def reporting_outlet(r) -> str | None:
    """The one news organization the article says reported (``The AP reported``, ``the
    Associated Press' investigation``), else the one its speakers spoke to (``told
    Reuters``, ``said to CNN``); ``None`` when there is none or more than one."""
    doc = r.doc
    reported, told = set(), set()
    for s, e, m, ent in r._spans:
        if ent.kind != "NewsMediaOrganization":
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span) or r.in_quote(span[0]):
            continue
        root = span.root
        up = root.head
        if root.dep_ == "nsubj" and up.lemma_.lower() == "report" or root.dep_ in (
                "poss", "compound") and up.lemma_.lower() in DOCUMENTS:
            reported.add(ent.key)
        if root.dep_ in ("dobj", "dative") and up.lemma_.lower() in _TOLD or (
                root.dep_ == "pobj" and up.lower_ == "to"
                and up.head.lemma_.lower() in _SPOKE):
            told.add(ent.key)
    found = reported or told
    return next(iter(found)) if len(found) == 1 else None


__all__ = ["named_later", "reporting_outlet"]
