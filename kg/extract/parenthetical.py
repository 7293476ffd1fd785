"""Cues set off by a comma from what they report, which the parser did not make their
complement: ``..., police said.`` closing a sentence, ``..., said Christine Link.`` with the
speaker after the cue, and ``In both cases, Eric Trump said, the donations paid ...`` set
inside the sentence."""

from __future__ import annotations

from typing import Callable

from .acts import is_source
from .phraseedges import hung_clause
from .quotes import QUOTE_MARKS

#: what may follow the cue and its speaker before the sentence ends ("police said on
#: Tuesday", "he said in a statement")
_AFTER = frozenset({"prep", "npadvmod", "advmod", "punct", "pobj"})
#: prepositions of time, place and occasion after a cue ("said in a statement"), not of an
#: argument ("agreed to a deal")
_ASIDE_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "via", "through",
                          "from", "late", "earlier", "this"})
#: tags of a verb of a tense
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def in_quotation(doc, lo: int, hi: int, in_quote: Callable) -> bool:
    """Whether tokens ``[lo, hi]`` hold a quote mark or a word inside a quotation."""
    return any(in_quote(doc[i]) or doc[i].text in QUOTE_MARKS or doc[i].text == "''"
               for i in range(lo, hi + 1))


def _tail_ok(doc, lo: int, end: int) -> bool:
    """Whether tokens ``[lo, end)`` are only time, place or manner asides and punctuation
    (a phrase inside an aside may be any: ``on a call with reporters``)."""
    if any(doc[i].dep_ == "prep" and doc[i].lower_ not in _ASIDE_PREPS and doc[i].head.i < lo
           for i in range(lo, end)):
        return False
    return all(doc[i].is_punct or doc[i].is_space or doc[i].dep_ in _AFTER
               or doc[i].ent_type_ in ("DATE", "TIME") or doc[i].head.dep_ in _AFTER
               for i in range(lo, end))


def _clause(doc, lo: int, hi: int) -> bool:
    """Whether tokens ``[lo, hi]`` are a clause with a finite verb, not a phrase that holds
    one ("Beyond reports suggesting that ...")."""
    if hi - lo < 2 or not any(doc[i].tag_ in FINITE for i in range(lo, hi + 1)):
        return False
    tops = [doc[i] for i in range(lo, hi + 1) if not doc[i].is_punct
            and not lo <= doc[i].head.i <= hi or doc[i].head.i == i]
    return any(t.pos_ in ("VERB", "AUX") for t in tops) and not any(
        t.pos_ == "ADP" for t in tops)


def _hearer(tok, kids):
    """The one told, right after a verb of telling that has no clause of its own (``...,
    a French official told CNN.``, ``..., she told reporters``), or None."""
    if tok.lemma_.lower() != "tell" or any(c.dep_ in ("ccomp", "xcomp") for c in kids):
        return None
    objs = [c for c in kids if c.dep_ in ("dobj", "dative")]
    if len(objs) != 1 or objs[0].left_edge.i != tok.i + 1:
        return None
    obj = objs[0]
    return obj if obj.pos_ in ("PROPN", "PRON", "NOUN") and obj.lower_ not in (
        "it", "this", "that", "so", "story", "stories", "truth", "lie", "lies") else None


def set_off(tok, kids, in_quote: Callable) -> tuple[int, int] | None:
    """Token bounds ``(lo, hi)`` of what the verb of saying ``tok`` reports when a comma sets
    it off from it (see the module), or None.  A stretch in or with quote marks is left to
    the quote it is."""
    doc = tok.doc
    sent = tok.sent
    hearer = _hearer(tok, kids)
    inverted = inverted_speaker(tok, kids)
    skip = {c.i for c in (hearer, inverted) if c is not None}
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "dative") and c.i not in skip for c in kids):
        return None
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if not subjects:
        subj = inverted
    elif all(c.i < tok.i for c in subjects):
        # of two subjects before the verb, the one next to it speaks ("The 25-year-old used
        # crude language that insulted the officer, Mendez said": the first is the clause's)
        subj = subjects[-1]
    else:
        subj = subjects[0]
    if subj is None or subj.lower_ in ("who", "which", "that", "it", "this"):
        return None
    if subj.i < tok.i:  # "..., police said." / "In both cases, Eric Trump said, ..."
        hung = hung_clause(subj)  # "... have died, CDC officials said": the clause hung on them
        first = subj.left_edge.i if hung is None else hung + 1
        if first - 1 <= sent.start or doc[first - 1].text != ",":
            return None
        if any(not (doc[i].pos_ in ("ADV", "AUX", "PART")) for i in range(subj.right_edge.i + 1,
                                                                           tok.i)):
            return None
        cue_end = tok.i if hearer is None else hearer.right_edge.i  # "..., X told CNN."
    elif hearer is not None:
        return None
    else:  # "..., said Christine Link, the director."
        if tok.i - 1 <= sent.start or doc[tok.i - 1].text != ",":
            return None
        first = tok.i
        cue_end = subj.right_edge.i
    front = (sent.start, first - 2)
    k = cue_end + 1
    while k < sent.end and doc[k].text != "," and doc[k].dep_ in _AFTER | {"det", "amod",
                                                                          "compound"}:
        k += 1
    if k < sent.end and doc[k].text == ",":  # set inside the sentence
        back = (k + 1, sent.end - 1)
        while back[1] > back[0] and (doc[back[1]].is_punct or doc[back[1]].is_space):
            back = (back[0], back[1] - 1)
        if subj.i > tok.i or not _clause(doc, *back) or in_quotation(doc, *back, in_quote):
            return None
        if front[1] >= front[0] and _clause(doc, *front):
            return None  # a clause on either side: which one was said, the parse cannot tell
        return back
    if not _tail_ok(doc, cue_end + 1, sent.end):
        return None
    if front[1] < front[0] or not (_clause(doc, *front) or _failed_clause(doc, *front)) \
            or in_quotation(doc, *front, in_quote):
        return None
    return front


def _failed_clause(doc, lo: int, hi: int) -> bool:
    """Whether tokens ``[lo, hi]`` are a clause the parser failed to parse as one, leaving
    its noun unattached (``The 42-year-old used explicit language that targeted the woman,
    Harrison said``): a top noun of relation ``dep``, or a second subject of the verb, and a
    verb of a tense in it."""
    tops = [doc[i] for i in range(lo, hi + 1) if not doc[i].is_punct
            and not lo <= doc[i].head.i <= hi or doc[i].head.i == i]
    if len(tops) == 1 and tops[0].tag_ == "IN" and any(
            c.dep_ == "pcomp" and c.tag_ in FINITE and c.i > tops[0].i + 1
            for c in tops[0].children):
        return True  # "All except him were handcuffed, he said": a clause made a phrase
    second = tops and tops[0].dep_ == "nsubj" and sum(
        c.dep_ == "nsubj" for c in tops[0].head.children) > 1
    return hi - lo >= 4 and len(tops) == 1 and (tops[0].dep_ == "dep" or second) \
        and tops[0].pos_ in ("NOUN", "PROPN") \
        and any(doc[i].tag_ in FINITE for i in range(lo, hi + 1))


#: verbs whose object is the one addressed
_TELLING = frozenset({"tell", "inform", "assure", "remind", "notify", "brief", "ask", "email",
                      "text", "message"})


def inverted_speaker(tok, kids):
    """The speaker the parser made an object or adverb of a verb of saying that closes its
    sentence after a comma (``..., argued Flynn.``, ``..., wrote another Republican
    respondent from the Hawkeye State.``), or None: a noun phrase right after the verb
    that runs to the end of the sentence; never after a verb of stance, whose object is
    what the stand is on."""
    from .cuewords import STANCE_VERBS

    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text != "," or tok.tag_ not in ("VBD", "VBZ", "VBP") \
            or tok.lemma_.lower() in _TELLING or tok.lemma_.lower() in STANCE_VERBS or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return None  # (not "..., told Vox.": the one told; not "..., endorsed Senator Jane
        # Roe": the one a stand is taken on)
    phrase = next((c for c in kids if c.dep_ in ("dobj", "npadvmod", "attr", "dative")
                   and c.left_edge.i == tok.i + 1 and c.pos_ in ("PROPN", "NOUN")), None)
    if phrase is None:
        return None
    end = tok.sent.end
    last = phrase.right_edge.i
    for c in kids:  # "wrote another delegate from the state": the parser hung "from" on the verb
        if c.dep_ == "prep" and c.lower_ in ("from", "of", "at", "in") \
                and c.left_edge.i == last + 1:
            last = c.right_edge.i
    if not all(doc[i].is_punct or doc[i].is_space for i in range(last + 1, end)):
        return None
    words = doc[tok.i + 1:last + 1]
    if len(words) > 12 or any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("WP", "WDT")
                              for t in words):
        return None
    if phrase.ent_type_ in ("DATE", "TIME") or not (is_source(phrase, False) or any(
            t.ent_type_ in ("PERSON", "ORG") for t in words) or any(
            c.ent_type_ == "NORP" and c.dep_ in ("amod", "compound") for c in phrase.children)):
        return None  # "..., reported Thursday.", "..., wrote a letter.": no one
    return phrase


def _set_off(doc, i: int) -> bool:
    """Whether ``doc[i]`` sets off what follows: a comma, or a quote's closing mark after
    one (``,"``)."""
    t = doc[i]
    return t.text == "," or t.is_quote and i > 0 and doc[i - 1].text in (",", "?", "!")


def appended_speaker(tok):
    """The speaker of a verb of saying that closes its sentence with no subject of its own,
    where the parser hung the speaker as an appositive on the last noun of what was said
    (``... part of the ruling circles, a spokesman, Col. Ahmed Ali, said Monday.``, ``... the
    driving force behind the attack, a source close to the investigation told Fox News.``),
    or None."""
    doc = tok.doc
    if tok.dep_ not in ("conj", "ROOT") or tok.i < 3 or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    end = tok.i - 2 if doc[tok.i - 1].text == "," else tok.i - 1  # (no comma: "... attack, a
    # source close to the investigation told Fox News.")
    hearer = next((c for c in tok.children if c.dep_ in ("dobj", "dative")
                   and c.left_edge.i == tok.i + 1 and tok.lemma_.lower() == "tell"
                   and c.pos_ in ("PROPN", "NOUN", "PRON")), None)  # "... told Fox News."
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "xcomp" or c.dep_ in ("ccomp", "dobj", "dative")
           and c.i > tok.i and (hearer is None or c.i != hearer.i) for c in tok.children):
        return None
    ends = [t for t in doc[tok.sent.start:end + 1] if t.dep_ == "appos"
            and t.right_edge.i == end and t.head.i < t.left_edge.i
            and t.left_edge.i > tok.sent.start + 1 and doc[t.left_edge.i - 1].text == ","]
    if not ends:
        return None
    a = min(ends, key=lambda t: t.left_edge.i)  # the outermost: "a spokesman, Col. X,"
    if subjects and not (len(subjects) == 1 and end == tok.i - 1 and subjects[0].i < a.head.i
                         and subjects[0].right_edge.i == end):
        return None  # (a subject of its own, unless the appositive closes it right before the
        # verb: "... firms close to President Xi Jinping, a senior EU official said")
    name = a.head
    if name.pos_ == "NOUN" and name.i < a.i and name.right_edge.i in (end, end + 1) \
            and name.left_edge.i > tok.sent.start + 1 and doc[name.left_edge.i - 1].text == "," \
            and is_source(name, False):
        a = name  # "..., a spokeswoman, Jane Roe, said" with the noun taken for an object
    elif name.i == a.left_edge.i - 2 and (name.pos_ == "PROPN" or name.ent_type_ == "PERSON") \
            and name.left_edge.i > 1 and _set_off(doc, name.left_edge.i - 1):
        a = name  # "..., Christopher Gascon, the chief of IOM's mission, told Vox.": the name
        # (and '"...," Jane Roe, D-Ohio, said.')
    after = tok.i + 1 if hearer is None else hearer.right_edge.i + 1
    stop = tok.sent.end
    joined = next((c for c in tok.children if c.dep_ == "conj" and c.i > tok.i
                   and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None)
    if joined is not None:  # "..., a spokeswoman, X, said on Saturday, and it has ...": the
        stop = joined.left_edge.i  # clause joined after the cue is no part of its tail
        while stop > after and (doc[stop - 1].dep_ == "cc" or doc[stop - 1].text == ","):
            stop -= 1
    if not is_source(a, False) or not _tail_ok(doc, after, stop):
        return None
    return a
