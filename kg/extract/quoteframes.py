"""Verbs that frame a direct quote by their place alone, whatever the verb: the writer's
``"...," Reid enthused.``, ``"...," fumed the senator.`` and ``Obama pontificated: "..."``.

A verb of no cue list is a cue of the quote it frames when the frame is the plain one of
reported speech, and the quote a sentence of its own (it opens with a capital letter): the
verb right after the quote's closing mark and its subject (or before its subject), with
nothing after it but adverbs, time and punctuation to the end of the sentence; or the verb
with its subject right before a comma or colon that opens the quote; or a verb of saying (or
one of answering with "back") that with its subject makes a short sentence of its own right
before the quote (``Trump shot back. "..."``).
"""

from __future__ import annotations

import bisect
from typing import Callable, Sequence

from .textview import doc_text

#: dependents a framing verb may have besides its subject: how, when and where it was said
_ASIDES = frozenset({"advmod", "npadvmod", "prep", "pobj", "punct", "aux", "neg", "nsubj",
                     "det", "compound", "amod", "poss", "case", "appos", "acl", "relcl",
                     "cc", "conj", "dep", "prt"})
_TENSED = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECT_WORDS = frozenset({"PROPN", "NOUN", "PRON"})


def _subject(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _inverted(verb):
    """The speaker set right after a verb that has no subject (``fumed the senator``,
    ``exulted Trump``), which the parser takes for the verb's object."""
    if _subject(verb) is not None:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1
                 and c.pos_ in ("PROPN", "NOUN")), None)


def _plain(verb, in_quote: Callable, inverted: bool = False) -> bool:
    """A tensed verb of its own clause whose dependents outside quotes are only asides;
    ``inverted``: its subject may follow it as its object (see :func:`_inverted`)."""
    if verb.pos_ != "VERB" or verb.tag_ not in _TENSED or in_quote(verb):
        return False
    subj = _subject(verb) or (_inverted(verb) if inverted else None)
    if subj is None or subj.pos_ not in _SUBJECT_WORDS or in_quote(subj) \
            or subj.lower_ in ("which", "who", "that", "what", "it", "this"):
        return False  # '"Trust, but verify," which means ...': no one speaks
    return all(in_quote(c) or c.dep_ in _ASIDES for c in verb.children if c.i != subj.i)


def _sentence_ends(doc, i: int, in_quote: Callable) -> bool:
    """Whether only asides and punctuation follow token ``i`` to its sentence's end (or to a
    quote that goes on: ``"...," she fumed, "..."``)."""
    end = doc[i].sent.end
    for k in range(i + 1, end):
        t = doc[k]
        if in_quote(t):
            return True
        if t.is_punct or t.is_space or t.pos_ in ("ADV", "ADP", "DET", "NUM") \
                or t.ent_type_ in ("DATE", "TIME"):
            continue
        if t.dep_ == "pobj" or t.head.dep_ in ("prep", "npadvmod"):
            continue
        return False
    return True


def _after(doc, text: str, p, token_starts: Sequence[int], in_quote: Callable) -> list[int]:
    """The verb framing passage ``p`` after it ('"...," Reid enthused.', '"...," fumed the
    senator.'): the quote ends in a comma, question or exclamation mark, and the frame
    starts right after its closing mark; ``text`` is the document's text."""
    n = len(doc)
    if not any(ch in text[max(p.end, p.close - 2):p.outer_end + 2] for ch in ",?!"):
        return []
    before = bisect.bisect_left(token_starts, p.open) - 1
    if before >= 0 and not (doc[before].is_punct or doc[before].is_space
                            or doc[before + 1].is_sent_start):
        return []  # 'described as "Very good," the talks fell apart': no quote of its own
    k = bisect.bisect_left(token_starts, p.outer_end)
    while k < n and (doc[k].is_punct or doc[k].is_space) and not in_quote(doc[k]):
        k += 1
    if k >= n or doc[k].idx - p.outer_end > 3:
        return []
    for v in range(k, min(k + 6, n)):
        tok = doc[v]
        if in_quote(tok) or tok.is_sent_start and v > k:
            return []
        if tok.pos_ != "VERB":
            continue
        subj = _subject(tok) or (_inverted(tok) if v == k else None)
        if subj is not None and k <= subj.left_edge.i and (subj.i < v or v == k) \
                and _plain(tok, in_quote, inverted=v == k) \
                and _sentence_ends(doc, subj.right_edge.i if subj.i > v else v, in_quote):
            return [v]
        return []
    return []


def frame_verbs(doc, passages: Sequence, token_starts: Sequence[int],
                in_quote: Callable) -> list[int]:
    """Indices of the verbs that frame a quoted passage by their place (see the module)."""
    out = set()
    text = doc_text(doc)
    for p in passages:
        if p.close is None or not text[p.start:p.start + 1].isupper():
            continue  # a quote running on to its paragraph's end, or a phrase, not a sentence
        after = _after(doc, text, p, token_starts, in_quote)
        out.update(after)
        # before the quote: 'Obama pontificated: "..."' / 'The chiefs replied, "..."'
        k = bisect.bisect_left(token_starts, p.open) - 1
        if k >= 1 and doc[k].text in (",", ":"):
            tok = doc[k - 1]
            if tok.lower_ == "back" and tok.head.lemma_.lower() in _BACK \
                    and tok.head.i == tok.i - 1:
                tok = tok.head  # 'Obama shot back, "..."'
            if _plain(tok, in_quote) and _subject(tok).i < tok.i:
                out.add(tok.i)
        elif k >= 1 and doc[k].text == "." and not after and "\n" not in text[doc[k].idx:p.open]:
            tok = reply_verb(doc[k].sent, in_quote)
            if tok is not None:  # 'Trump shot back. "I don't know him."'
                out.add(tok.i)
    return sorted(out)


def reply_verb(sent, in_quote: Callable):
    """The verb of a short sentence of its own that says someone spoke and no more, right
    before a quote that opens a sentence (``Trump shot back.``, ``The minister replied.``):
    a verb of saying, or one of answering with "back"; else None."""
    from .cuewords import SPEECH_VERBS

    verb = sent.root
    if len(sent) > 10 or not _plain(verb, in_quote) or _subject(verb).i > verb.i \
            or not _sentence_ends(sent.doc, verb.i, in_quote):
        return None
    lemma = verb.lemma_.lower()
    back = lemma in _BACK and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                  for c in verb.children)
    return verb if back or lemma in SPEECH_VERBS else None


#: verbs that with "back" say someone answered ("shot back", "hit back")
_BACK = frozenset({"shoot", "fire", "hit", "push", "snap", "strike", "write", "talk"})


__all__ = ["frame_verbs", "reply_verb"]
