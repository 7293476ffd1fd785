"""Claims: direct quotes and reported speech, with their speakers.

A claim is *what* is said (an exact span of the text), *who* says it (the
speaker phrase as written, resolved to an entity when the text allows) and
the *cue* that says so (``said``, ``according to``, ``X's claim that``).

Cues come from the dependency parse:

* **speech and cognition verbs** (``say``, ``tell``, ``warn``, ``believe``,
  ``point out`` ...) with their clausal complement; the speaker is the
  verb's subject — or, for a participle or coordinated verb without one
  (``..., adding that``), the subject of the verb it hangs on; a relative
  pronoun (``Trump, who said``) stands for its antecedent;
* **stance and topic verbs** with their object: ``endorsed Sanders``,
  ``accused Trump of lying``, ``called the deal "a disaster"``, ``talked
  about the wall``, and verbs with an infinitive (``vowed to retaliate``,
  ``urged Congress to act``, ``declined to comment``); verbs of physical
  action that double as stance verbs in war news (``attack``, ``defend``)
  are left out;
* ``according to X``: the clause it modifies, spoken by ``X``;
* **nominal cues**: ``X's claim that ...``, ``X's declaration of victory``,
  ``a statement by X that ...``;
* **a name and a colon**: ``Pew Research: "..."`` before a quote, and
  headline lines such as ``Kasich: We Are Going All The Way``.

A cue's content never crosses a paragraph break, never holds the speaker
phrase, and a clause fronted before its cue counts only after a comma, dash or
quote mark (``X, he said``; also where the parser took ``..., said the chief
executive`` for a clause of its own).  A participle clause set before what it
hangs on (``Asked about X, Y said ...``, ``Trump, accused of lying, ...``) is
spoken by its ``by`` agent if it has one, never by the one it describes, who
was asked.  A finite cue the parser left without a subject takes the last name
of a person or organization before it in its sentence (``Alarmed by X, Senator
Harry Reid, the minority leader, said``).

Direct quotes are the passages between double quote marks
(:mod:`kg.extract.quotes`).  Each passage is attributed, in this order, to

1. the nearest cue of the same sentence outside the quote (``"...," he
   said`` / ``She said: "..."``), skipping a cue that introduces what
   *follows* it (``..." adding:``);
2. an introduction ending the previous paragraph (``X said:``, ``X would
   note:``, ``said over the past two years,``, ``saying``) when the passage
   opens its paragraph;
3. the speaker of the claim just before it, when it is at most two
   paragraphs back and no cue comes in between (a quote continued in the
   next paragraph, or after ``adding:``).

A paragraph without quote marks after an introduction ending in a colon is a
block quote (``CNN claims:``) and is a direct claim too.  Passages that read
as titles or names (title case, ``titled "..."``, ``so-called "..."``) and
short scare quotes are not claims.  A quote that lies inside reported speech
(``Trump said the plan was "a disaster"``) is part of that claim, not one of
its own; so is what a speaker says of itself (``Rubio said he opposes the
deal`` gives no second claim "opposes the deal" of Rubio's), while a claim it
reports of someone else (``Rubio said Cruz opposes the deal``) is one of its
own.  Each quoted passage gives one claim, so a quote broken by ``he
said`` or continued over paragraphs gives one claim per passage, all with
the same speaker.  Content spans exclude the quote marks and the
complementizer ``that``.

Speakers are resolved by :class:`kg.extract.speakers.Resolver` in text
order; a speaker that cannot be resolved is an unnamed source
(``speaker_key=None``, the ``speaker`` phrase as written, e.g. ``a cab
driver``).  An indefinite phrase (``an official in the coalition``) always
introduces a new, unnamed source — even when a named official speaks
later — and a pronoun or description that follows an unnamed source stays
unnamed: a claim is never given a name the text does not support.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator, Sequence

from ..model import Claim, Entity
from .quotes import MARKUP, QUOTE_MARKS, Passage, is_title_case, paragraphs, passages, word_count
from .entities import doc_text
from .sentences import sent_index, token_starts
from .speakers import Resolver
from ..vocab import KIND_BROAD

#: verbs of saying: a clausal complement is what was said
SPEECH_VERBS = frozenset({
    "say", "tell", "claim", "add", "note", "announce", "confirm", "deny", "warn", "stress",
    "reveal", "indicate", "affirm", "insist", "accuse", "argue", "explain", "report",
    "state", "suggest", "acknowledge", "admit", "predict", "promise", "threaten", "urge",
    "write", "declare", "assert", "maintain", "contend", "allege", "concede", "emphasize",
    "emphasise", "reiterate", "remark", "comment", "observe", "agree", "estimate",
    "conclude", "recall", "respond", "reply", "answer", "ask", "tweet", "post", "vow",
    "pledge", "complain", "boast", "brag", "joke", "quip", "testify", "charge", "counter",
    "caution", "demand", "propose", "recommend", "advise", "inform", "assure", "reassure",
    "signal", "hint", "imply", "speculate", "forecast", "disclose", "divulge", "retort",
    "proclaim", "announce", "mention", "repeat", "whisper", "shout", "yell", "scream",
    "exclaim", "lament", "plead", "beg", "order", "instruct", "guarantee", "swear", "object",
    "protest", "acknowledge", "clarify", "elaborate", "specify", "underline", "underscore",
    "highlight", "wonder", "question", "dispute", "contest", "reject", "denounce",
    "condemn", "criticize", "criticise", "blame", "praise", "welcome", "show", "find",
    "describe", "characterize", "demonstrate", "prove", "illustrate", "cite",
    "quote", "recount", "tout", "hail", "muse", "posit", "theorize", "concur", "advocate"})
#: verbs of thinking and feeling: the complement is a belief or a fear, still attributed
COGNITION_VERBS = frozenset({
    "believe", "think", "fear", "hope", "expect", "doubt", "suspect", "worry", "feel",
    "know", "realize", "realise", "recognize", "recognise", "understand", "assume",
    "suppose", "guess", "consider", "reckon", "anticipate", "learn", "hear", "figure",
    "sense", "imagine", "trust", "wish", "want", "prefer", "insist", "hold", "regret",
    "acknowledge"})
#: verbs that only introduce a direct quote ("he continued", "she laughed")
QUOTE_VERBS = frozenset({
    "continue", "go", "laugh", "smile", "sigh", "shrug", "chime", "interject", "gush",
    "sneer", "scoff", "snap", "cry", "tweet", "read", "begin", "conclude", "offer", "put"})
#: verbs whose infinitival complement is what was said ("urged Congress to act")
XCOMP_VERBS = frozenset({
    "promise", "threaten", "urge", "vow", "pledge", "ask", "call", "refuse", "decline",
    "agree", "offer", "demand", "warn", "tell", "order", "encourage", "advise", "plan",
    "hope", "want", "expect", "intend", "beg", "instruct", "propose", "claim", "swear",
    "guarantee", "wish", "prefer", "plead", "push", "press", "seek", "aim"})
#: verbs of taking a stand: the direct object is what is supported or attacked
STANCE_VERBS = frozenset({
    "support", "endorse", "oppose", "back", "criticize", "criticise", "praise",
    "reject", "dismiss", "slam", "mock", "ridicule", "applaud", "welcome",
    "condemn", "decry", "echo", "champion", "tout", "hail", "denounce", "blame", "favor",
    "favour", "embrace", "question", "challenge", "dispute", "deride", "lambaste", "chastise",
    "rebuke", "scold", "berate", "fault", "commend", "laud", "salute", "thank", "accuse",
    "label", "brand", "portray", "characterize", "characterise", "depict", "paint", "cast",
    "describe", "call", "dub", "regard", "view", "see", "consider"})
#: stance verbs whose object is a claim only with what follows it ("called him a liar",
#: "described the deal as a disaster")
AS_ONLY = frozenset({
    "label", "brand", "portray", "characterize", "characterise", "depict", "paint", "cast",
    "describe", "call", "dub", "regard", "view", "see", "consider", "thank"})
#: verbs whose direct object is what was said ("announced its withdrawal")
OBJECT_VERBS = STANCE_VERBS | frozenset({
    "announce", "confirm", "deny", "reveal", "report", "acknowledge", "admit", "predict",
    "promise", "propose", "demand", "pledge", "vow", "declare", "disclose", "forecast",
    "guarantee", "claim", "allege", "concede", "estimate", "recommend", "urge", "advocate",
    "cite", "show", "express", "reiterate", "mention", "outline", "unveil",
    "detail", "voice", "suggest", "predict", "recall", "note", "stress", "emphasize",
    "emphasise", "highlight", "underscore", "discuss"})
#: prepositions whose object is what a verb is about ("talked about the wall")
TOPIC_PREPS = {
    "talk": ("about", "of"), "speak": ("about", "of"), "write": ("about",),
    "tweet": ("about",), "ask": ("about",), "comment": ("on",), "complain": ("about", "of"),
    "warn": ("about", "of", "against"), "boast": ("about", "of"), "brag": ("about",),
    "joke": ("about",), "testify": ("about", "on"), "refer": ("to",), "point": ("to",),
    "focus": ("on",), "insist": ("on",), "argue": ("for", "against"), "call": ("for",),
    "push": ("for",), "advocate": ("for",), "rail": ("against",), "hint": ("at",),
    "allude": ("to",), "reflect": ("on",), "muse": ("about", "on"), "worry": ("about",),
    "think": ("about", "of"), "rave": ("about",), "speculate": ("about", "on"),
    "agree": ("with",), "disagree": ("with",), "lash": ("out",), "respond": ("to",),
    "reply": ("to",), "answer": (), "lie": ("about",), "care": ("about",),
    "express": (), "apologize": ("for",), "apologise": ("for",), "praise": ("for",),
    "criticize": ("for",), "blame": ("for",), "thank": ("for",), "accuse": ("of",)}
#: prepositions that extend an object into the claim ("accused Trump of lying")
_OBJECT_EXTENSIONS = frozenset({"as", "of", "for"})
#: verbs that are cues only with a particle ("point out", "go on")
PARTICLE_CUES = {"point": ("out", "to"), "go": ("on",), "lay": ("out",), "spell": ("out",),
                 "sum": ("up",), "chime": ("in",), "speak": ("out", "about", "of", "on"),
                 "fire": ("back",), "hit": ("back",), "lash": ("out",), "rail": ("against",),
                 "hint": ("at",), "allude": ("to",), "refer": ("to",), "focus": ("on",),
                 "talk": ("about", "of"), "reflect": ("on",), "lie": ("about",),
                 "care": ("about",), "apologize": ("for",), "apologise": ("for",),
                 "disagree": ("with",), "rave": ("about",)}
#: nouns that carry a claim ("X's claim that", "a statement by X")
NOUN_CUES = frozenset({
    "claim", "statement", "declaration", "assertion", "announcement", "warning",
    "accusation", "denial", "admission", "promise", "pledge", "insistence", "allegation",
    "argument", "suggestion", "prediction", "remark", "comment", "threat", "belief", "view",
    "vow", "assurance", "contention", "charge", "testimony", "message", "demand", "call",
    "proclamation", "confirmation", "acknowledgment", "acknowledgement", "estimate",
    "assessment", "conclusion", "finding", "insinuation", "implication", "hope", "fear",
    "concern", "worry", "opinion", "position", "stance", "complaint", "criticism",
    "recommendation", "proposal", "request", "appeal", "plea", "boast", "promise"})
#: nominal cues whose ``of`` phrase is the content ("declaration of victory")
NOUN_OF = frozenset({
    "declaration", "announcement", "denial", "admission", "promise", "pledge", "warning",
    "threat", "prediction", "claim", "accusation", "allegation", "assurance", "call",
    "demand", "vow", "proclamation", "confirmation", "acknowledgment", "acknowledgement",
    "criticism", "estimate", "assessment"})
#: verbs with a content of their own (the rest only introduce quotes)
CONTENT_VERBS = (SPEECH_VERBS | COGNITION_VERBS | OBJECT_VERBS | XCOMP_VERBS
                 | frozenset(TOPIC_PREPS))
CUE_VERBS = CONTENT_VERBS | QUOTE_VERBS | frozenset(PARTICLE_CUES)
#: verbs that are no cue without their particle
PARTICLE_ONLY = frozenset(PARTICLE_CUES) - SPEECH_VERBS - COGNITION_VERBS - OBJECT_VERBS

#: words before a quote that make it a name, not speech ("titled", "so-called")
NAMING = frozenset({"titled", "entitled", "headlined", "dubbed", "nicknamed", "so-called",
                    "term", "word", "words", "phrase", "slogan", "hashtag", "label", "motto",
                    "headline", "named", "as"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
#: prepositions whose gerund shares the subject of the verb they modify ("by saying")
_MANNER = frozenset({"by", "after", "before", "while", "when", "in"})
_END = frozenset({".", "!", "?"})
#: pronouns by which a speaker refers to itself inside what it says ("Rubio said he ...")
_SELF = frozenset({"he", "she", "they", "we", "i", "it"})
_EDGE = set(" \t\n,;:\u2014\u2013-") | set(MARKUP)
CONTINUE_WINDOW = 2  # paragraphs a quote may continue the claim before it


@dataclass
class _Cue:
    tok: object  # the cue's head token
    start: int
    end: int
    kind: str  # "verb", "according" or "noun"
    para: int
    head: object | None = None  # head token of the speaker phrase
    sp: tuple[int, int] | None = None  # speaker span
    content: tuple[int, int] | None = None  # reported content span
    inherit: bool = False  # no subject of its own: continues the speaker before it
    intro: bool = False  # introduces what follows it ("X said:")


@dataclass
class _Draft:
    start: int
    end: int
    kind: str
    cue: _Cue | None
    passage: Passage | None = None
    source: int | None = None  # index of the draft whose speaker this one continues


class _Context:
    """One document with its paragraphs, quotes and token lookups."""

    def __init__(self, doc, names: frozenset[str] = frozenset()):
        self.doc = doc
        self.names = names  # lower-cased names and surnames of the document's actors
        self.text = doc_text(doc)
        self.sidx = sent_index(doc)
        self.paras = paragraphs(self.text)
        self.para_starts = [s for s, _ in self.paras]
        self.passages = list(passages(self.text))
        self.token_starts = token_starts(doc)
        self.candidates, self.cue_words = _candidates(doc)
        # passage index of each token (-1 outside quotes); marks count as inside
        self.tq = [-1] * len(doc)
        starts = self.token_starts
        for n, p in enumerate(self.passages):
            lo = bisect.bisect_left(starts, p.open)
            hi = bisect.bisect_left(starts, p.outer_end)
            self.tq[lo:hi] = [n] * (hi - lo)

    def para_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.para_starts, offset) - 1, 0)

    def para_span(self, n: int) -> tuple[int, int]:
        return self.paras[n] if 0 <= n < len(self.paras) else (0, 0)

    def in_quote(self, tok) -> bool:
        return self.tq[tok.i] >= 0

    def tidy(self, s: int, e: int, *, mark: bool = True) -> tuple[int, int] | None:
        """Trim a content span: spaces, commas, markup, a leading ``that``, a final stop,
        a stray quote mark at either end."""
        text = self.text
        for _ in range(4):
            while s < e and text[s] in _EDGE:
                s += 1
            while e > s and text[e - 1] in _EDGE:
                e -= 1
            if mark and text.startswith(("that ", "That "), s):
                s += 5
                continue
            if e > s and text[e - 1] == "." and (e - 2 < s or text[e - 2] not in ".") \
                    and not _abbreviation(text, s, e):
                e -= 1
                continue
            marks = sum(1 for ch in text[s:e] if ch in QUOTE_MARKS)
            if marks % 2 and e > s:
                if text[s] in QUOTE_MARKS:
                    s += 1
                    continue
                if text[e - 1] in QUOTE_MARKS:
                    e -= 1
                    continue
            break
        return (s, e) if e > s and word_count(text[s:e]) else None


def _abbreviation(text: str, s: int, e: int) -> bool:
    """Whether the full stop ending ``text[s:e]`` belongs to an abbreviation (``U.S.``)."""
    word = text[s:e].rsplit(None, 1)[-1]
    return word.count(".") > 1 or (len(word) <= 4 and word[:1].isupper() and word != word.upper()
                                   and word.rstrip(".") in ("Jr", "Sr", "Inc", "Co", "Ltd", "St"))


def _tok_span(toks) -> tuple[int, int]:
    toks = list(toks)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _clip(ctx: _Context, lo_tok: int, hi_tok: int, para: int) -> tuple[int, int] | None:
    """Char span of tokens ``[lo_tok, hi_tok]`` clipped to paragraph ``para``."""
    if hi_tok < lo_tok:
        return None
    doc = ctx.doc
    ps, pe = ctx.para_span(para)
    s = max(doc[lo_tok].idx, ps)
    e = min(doc[hi_tok].idx + len(doc[hi_tok].text), pe)
    return (s, e) if e > s else None


# -- cues ------------------------------------------------------------------------------

def _speaker_span(ctx: _Context, head, cue_tok=None) -> tuple[int, int]:
    """The speaker phrase around ``head``: its subtree, kept outside quotes and the cue."""
    lo, hi = head.left_edge.i, head.right_edge.i
    doc = ctx.doc

    def stop(t) -> bool:
        return ctx.in_quote(t) or (cue_tok is not None and t.i == cue_tok.i) or (
            t.is_space and "\n" in t.text)

    for i in range(head.i - 1, lo - 1, -1):
        if stop(doc[i]):
            lo = i + 1
            break
    for i in range(head.i + 1, hi + 1):
        if stop(doc[i]):
            # a phrase running into a quote ("CNN in its article, "...") keeps its head only
            hi = head.i
            break
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space or doc[lo].text in MARKUP):
        lo += 1
    while hi > head.i and (doc[hi].is_punct or doc[hi].is_space or doc[hi].text in MARKUP
                           or doc[hi].lower_ in ("'s", "\u2019s")):
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _antecedent_span(ctx: _Context, ante, rel) -> tuple[int, int]:
    """``Trump`` of ``Trump, who said``: the antecedent up to the relative pronoun ``rel``."""
    doc = ctx.doc
    lo, hi = ante.left_edge.i, max(rel.i - 1, ante.i)
    while lo < ante.i and (doc[lo].is_punct or ctx.in_quote(doc[lo])):
        lo += 1
    while hi > ante.i and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _subject(ctx: _Context, tok) -> tuple[object | None, tuple[int, int] | None, bool]:
    """``(speaker head, speaker span, inherit)`` for the verb ``tok``."""
    t = tok
    para = ctx.para_of(tok.idx)
    if _interposed(tok):
        return None, None, False  # "Trump, asked about X, said": Trump was asked
    for _ in range(5):
        if t is not tok and t.pos_ in ("NOUN", "PROPN"):  # "Trump, saying he had ..."
            return t, _speaker_span(ctx, t, tok), False
        for c in t.children:
            if ctx.para_of(c.idx) != para:
                continue
            if c.dep_ == "nsubj" and not ctx.in_quote(c):
                if c.lower_ in _RELATIVE and t.dep_ == "relcl" and t.head.i != t.i:
                    return t.head, _antecedent_span(ctx, t.head, c), False
                if c.lower_ in _RELATIVE:
                    return None, None, False
                return c, _speaker_span(ctx, c, tok), False
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p, _speaker_span(ctx, p, tok), False
            if t is tok and _interposed(c):  # "Trump, asked about X, said": Trump says
                s = next(k for k in c.children if k.dep_ == "nsubj")
                if not ctx.in_quote(s):
                    return s, _speaker_span(ctx, s, tok), False
        if t is tok and _passive_participle(tok):
            return None, None, False  # "Asked about X, Y said": Y was asked, Y did not ask
        if t.dep_ in ("advcl", "conj", "xcomp", "acomp") and t.head.i != t.i:
            if t.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in t.head.children):
                break  # "challenged the head of the government to admit": not the subject
            if ctx.in_quote(t.head) or ctx.para_of(t.head.idx) != para:
                return None, None, True
            t = t.head
            continue
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and not ctx.in_quote(t.head):
            return t.head, _speaker_span(ctx, t.head, tok), False
        if t.dep_ == "pcomp" and t.head.lower_ in _MANNER and t.head.head.i != t.head.i \
                and not ctx.in_quote(t.head.head):
            t = t.head.head  # "punctuated his list by saying"
            continue
        break
    after = _after_quote_speaker(ctx, tok)
    if after is not None:
        return after, _speaker_span(ctx, after, tok), False
    before = _name_before(ctx, tok)
    if before is not None:
        return before, _speaker_span(ctx, before, tok), False
    # "..., adding that": a participle or coordinated verb continues the speaker before it
    return None, None, tok.dep_ in ("advcl", "conj") or (
        tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "ROOT", "parataxis"))


def _interposed(tok) -> bool:
    """A participle set off by commas between a name and the verb it belongs to, which the
    parser took for a clause with that name as subject: in ``Trump, asked about the wall,
    said ...`` Trump was asked, and is the one who says."""
    if tok.tag_ not in ("VBN", "VBD") or tok.dep_ not in ("ccomp", "advcl", "conj"):
        return False
    if tok.head.i <= tok.i or not _set_off(tok):
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubjpass", "dobj") for c in tok.children):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].right_edge.i not in (tok.i - 2, tok.i - 1):
        return False  # the subject, then the comma, then the participle
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.head.children)


#: participles that describe their subject's own state ("Worried that ..., officials said")
_STATE_PARTICIPLES = frozenset({"worry", "concern", "convince", "satisfy", "surprise"})


def _set_off(tok) -> bool:
    """Whether the phrase of ``tok`` stands between commas (``Trump, accused of lying, ...``)."""
    doc = tok.doc
    after = tok.right_edge.i + 1
    return tok.i > 0 and doc[tok.i - 1].text == "," and after < len(doc) and doc[after].text == ","


def _passive_participle(tok) -> bool:
    """A participle clause set before what it hangs on, with no subject or auxiliary of its
    own (``Asked about X, Y said``, ``When pressed, ...``, ``Trump, accused of ...,``):
    what it hangs on names the one addressed or talked about, not the speaker."""
    if tok.dep_ == "advcl":
        if tok.tag_ not in ("VBN", "VBD") or tok.i > tok.head.i:
            return False
    elif tok.dep_ != "acl" or tok.tag_ != "VBN" or not _set_off(tok):
        return False
    if tok.lemma_.lower() in _STATE_PARTICIPLES:
        return False
    doc = tok.doc
    if any(doc[i].dep_ not in ("mark", "advmod") for i in range(tok.left_edge.i, tok.i)):
        return False  # "When asked", not "Trump asked"
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl")
                   for c in tok.children)


#: relations of a name that modifies a noun (``a top Clinton adviser``, ``Trump's aide``)
_MODIFIER = frozenset({"compound", "poss", "amod", "nmod"})


def _name_before(ctx: _Context, tok):
    """The subject a finite cue was left without by the parser (``Alarmed by X, Senator
    Harry Reid, the minority leader, said ...``): the last name of a person or an
    organization before the cue in its sentence, with no verb in between, that is not
    a modifier inside another phrase (``a top Clinton adviser``)."""
    if tok.dep_ != "ROOT" or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = tok.doc
    start = tok.sent.start
    i = tok.i - 1
    while i >= start:
        t = doc[i]
        if ctx.in_quote(t) or t.pos_ in ("VERB", "AUX") or t.is_space:
            return None
        if t.ent_type_ in ("PERSON", "ORG") and t.ent_iob_ in ("B", "I"):
            j = i
            while j > start and doc[j].ent_iob_ == "I":
                j -= 1
            root = doc[j:i + 1].root
            if root.dep_ not in _MODIFIER or not j < root.head.i < tok.i:
                return root
            i = j
        i -= 1
    return None


def _after_quote_speaker(ctx: _Context, tok):
    """The head of ``Skelly`` in ``"...," said Skelly, ...`` when the parser missed it."""
    doc = ctx.doc
    i = tok.i - 1
    while i >= 0 and (doc[i].is_punct and not ctx.in_quote(doc[i]) or doc[i].is_space):
        i -= 1
    if i < 0 or not ctx.in_quote(doc[i]) and not doc[i].text in QUOTE_MARKS:
        return None
    words = []
    for t in doc[tok.i + 1: tok.i + 14]:
        if t.is_punct or t.is_space or ctx.in_quote(t) or t.pos_ in ("VERB", "AUX", "SCONJ"):
            break
        words.append(t)
    nouns = [t for t in words if t.pos_ in ("PROPN", "NOUN") or t.ent_type_ == "PERSON"
             or t.shape_[:1] == "X"]
    if not nouns:
        return None
    for t in words:  # the phrase's root, if it is a noun
        if t.head.i < words[0].i or t.head.i > words[-1].i:
            if t in nouns:
                return t
    return nouns[-1]


def _verb_content(ctx: _Context, tok, para: int) -> tuple[int, int] | None:
    lemma = tok.lemma_.lower()
    kids = [c for c in tok.children if not c.is_space and ctx.para_of(c.idx) == para]
    comps = [c for c in kids if c.dep_ == "ccomp" and (c.i > tok.i or _inverted(c, tok))
             and not _interposed(c)]
    extend = False
    if not comps and lemma in XCOMP_VERBS:
        comps = [c for c in kids if c.dep_ == "xcomp"]
        objs = [c for c in kids if c.dep_ == "dobj" and c.i > tok.i]
        if comps and objs and objs[0].i < comps[0].i:  # "urged Congress to act"
            comps = objs + comps
    if not comps and lemma in SPEECH_VERBS:
        comps = _misparsed_complement(tok, kids)
    if not comps and lemma in STANCE_VERBS and lemma not in AS_ONLY:
        # "opposes raising the minimum wage": a gerund is what is supported or attacked
        comps = [c for c in kids if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > tok.i]
    if not comps and lemma in OBJECT_VERBS:
        for c in kids:
            if c.dep_ != "dobj" or c.lower_ in ("statement", "report", "comments", "remarks"):
                continue
            if lemma in AS_ONLY or c.pos_ == "PRON":  # "called him a liar", not "called him"
                nxt = [k for k in kids if k.left_edge.i == c.right_edge.i + 1]
                if not nxt or not (nxt[0].dep_ == "prep" and nxt[0].lower_ in _OBJECT_EXTENSIONS
                                   or nxt[0].dep_ in ("oprd", "xcomp")):
                    continue
            comps = [c]
            break
        extend = True
    if not comps and lemma in TOPIC_PREPS:
        for c in kids:
            if c.dep_ in ("prep", "prt") and c.lower_ in TOPIC_PREPS[lemma]:
                comps = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
                extend = True
                break
    if comps:
        right = [c for c in comps if c.i > tok.i]
        left = [c for c in comps if c.i < tok.i]
        size = lambda cs: sum(c.right_edge.i - c.left_edge.i + 1 for c in cs)  # noqa: E731
        if right and size(right) >= size(left):
            lo = min(c.left_edge.i for c in right)
            hi = max(c.right_edge.i for c in right)
            doc = tok.doc
            for i in range(tok.i + 1, lo):  # "said in a report that ...": start at "that"
                if doc[i].lower_ == "that" and doc[i].dep_ == "mark":
                    lo = i
                    break
            for ch in tok.rights:  # what the parser hung on the cue after the content
                if ch.i <= hi:
                    continue
                if extend and ch.left_edge.i == hi + 1 and (
                        ch.dep_ == "prep" and ch.lower_ in _OBJECT_EXTENSIONS
                        or ch.dep_ in ("oprd", "xcomp")):
                    hi = ch.right_edge.i  # "accused Trump of lying", "called him a liar"
                    continue
                if ch.dep_ != "conj":
                    continue
                if any(k.dep_ in ("nsubj", "nsubjpass") for k in ch.children) or _is_cue_word(ch):
                    break
                hi = ch.right_edge.i  # "that A are B and has been C"
        else:
            lo = min(c.left_edge.i for c in left)
            hi = max(c.right_edge.i for c in left)
        words = ctx.cue_words  # '"...," adding that': the participle is not content
        for k in range(bisect.bisect_right(words, lo), bisect.bisect_right(words, hi)):
            t = tok.doc[words[k]]
            if t.tag_ == "VBG" and t.dep_ in ("advcl", "conj") and not ctx.in_quote(t):
                hi = t.left_edge.i - 1
                break
        return _clip(ctx, lo, hi, para)
    if tok.dep_ == "conj" and lemma in SPEECH_VERBS and _inverted_conj(ctx, tok, kids):
        # "X is under pressure, said the chief executive": the parser took the cue for a
        # second clause; what comes before the comma is the content
        return _clip(ctx, tok.head.left_edge.i, tok.i - 2, para)
    if tok.dep_ == "parataxis" and tok.head.i != tok.i:
        head = tok.head
        lo, hi = head.left_edge.i, head.right_edge.i
        l2, h2 = tok.left_edge.i, tok.right_edge.i
        left, right = (lo, l2 - 1), (h2 + 1, hi)
        lo, hi = left if left[1] - left[0] >= right[1] - right[0] else right
        return _clip(ctx, lo, hi, para)
    return None


def _misparsed_complement(tok, kids) -> list:
    """The clause a speech verb introduces where the parser did not make it a ``ccomp``.

    Two shapes, both with a clause of its own (a verb with a subject) that can
    only be what was said:

    * a gerund ``xcomp`` holding a ``ccomp`` ("said legalizing it could put
      thousands to work"): the parser took the gerund subject for a complement;
    * a "that"-clause hung as a relative clause on a noun of an adverbial
      phrase ("said during a news conference that he may wait"): a true
      relative clause has "that" fill the place of its missing subject or
      object, never as a marker nor beside a subject and an object of its own.
    """
    for c in kids:
        if (c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > tok.i
                and any(d.dep_ == "ccomp" and d.i > c.i for d in c.children)):
            return [c]
    for c in kids:
        if c.dep_ not in ("prep", "npadvmod", "advmod") or c.i < tok.i:
            continue
        for t in c.subtree:
            if t.lower_ != "that" or not _complementizer(t):
                continue
            clause = t.head
            if clause.dep_ not in ("relcl", "acl") or not any(
                    k.dep_ in ("nsubj", "nsubjpass", "expl") for k in clause.children):
                continue
            up = clause.head
            while up.i != c.i and up.dep_ in ("pobj", "prep", "compound", "amod", "npadvmod"):
                up = up.head
            if up.i == c.i:
                return [t, clause]
    return []


def _complementizer(that) -> bool:
    """Whether this "that" introduces a clause rather than standing in a relative one."""
    if that.dep_ == "mark":
        return True
    if that.dep_ in ("dobj", "nsubj"):
        return any(k.dep_ == that.dep_ and k.i != that.i for k in that.head.children)
    return False


def _inverted_conj(ctx: _Context, tok, kids) -> bool:
    """``..., said X`` parsed as a clause of its own: a comma before the cue, its subject
    after it, no quote in what comes before."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "," or tok.head.i >= tok.i:
        return False
    if not any(c.dep_ == "nsubj" and c.i > tok.i for c in kids):
        return False
    return not any(ctx.in_quote(doc[i]) or doc[i].text in QUOTE_MARKS or doc[i].text == "''"
                   for i in range(tok.head.left_edge.i, tok.i))


def _inverted(comp, tok) -> bool:
    """Whether ``comp``, left of the cue ``tok``, is a fronted content (``X, he said``): a
    comma, dash or quote mark ends it, and the cue is a verb of saying or thinking."""
    lemma = tok.lemma_.lower()
    if lemma not in SPEECH_VERBS and lemma not in COGNITION_VERBS and lemma not in QUOTE_VERBS:
        return False
    doc = tok.doc
    after = comp.right_edge.i + 1
    return after < len(doc) and (doc[after].text in (",", "\u2014", "\u2013", "--", "-")
                                 or doc[after].text in QUOTE_MARKS or doc[after].text == "''"
                                 or doc[comp.right_edge.i].text in (",", "\u201d", '"', "''"))


_CUE_WORDS = SPEECH_VERBS | COGNITION_VERBS | QUOTE_VERBS


def _is_cue_word(tok) -> bool:
    return tok.lemma_.lower() in _CUE_WORDS


def _according(ctx: _Context, tok, para: int) -> _Cue | None:
    to = [c for c in tok.children if c.lower_ == "to"]
    if not to:
        return None
    pobj = [c for c in to[0].children if c.dep_ == "pobj"]
    if not pobj:
        return None
    head = pobj[0]
    cue = _Cue(tok, tok.idx, to[0].idx + len(to[0].text), "according", para, head,
               _speaker_span(ctx, head))
    anchor = tok.head
    for _ in range(4):
        if anchor.pos_ in ("VERB", "AUX") or anchor.dep_ == "ROOT":
            break
        anchor = anchor.head
    if anchor.i != tok.i:
        lo, hi = anchor.left_edge.i, anchor.right_edge.i
        l2, h2 = tok.left_edge.i, tok.right_edge.i
        left, right = (lo, l2 - 1), (h2 + 1, hi)
        lo, hi = left if left[1] - left[0] >= right[1] - right[0] else right
        cue.content = _clip(ctx, lo, hi, para)
    return cue


def _noun_cue(ctx: _Context, tok, para: int) -> _Cue | None:
    lemma = tok.lemma_.lower()
    head = None
    content = None
    for c in tok.children:
        if c.dep_ == "poss" and head is None:
            head = c
        elif c.dep_ == "prep" and c.lower_ in ("by", "from") and head is None:
            pobj = [p for p in c.children if p.dep_ == "pobj"]
            if pobj:
                head = pobj[0]
        elif c.dep_ in ("acl", "ccomp", "relcl") and any(
                k.dep_ == "mark" and k.lower_ == "that" for k in c.children):
            content = _clip(ctx, c.left_edge.i, c.right_edge.i, para)
        elif c.dep_ == "prep" and c.lower_ == "of" and lemma in NOUN_OF and content is None:
            pobj = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
            if pobj:
                content = _clip(ctx, pobj[0].left_edge.i, pobj[0].right_edge.i, para)
    if head is None or content is None or ctx.in_quote(head):
        return None
    return _Cue(tok, tok.idx, tok.idx + len(tok.text), "noun", para, head,
                _speaker_span(ctx, head, tok), content)


def _is_intro(ctx: _Context, cue: _Cue) -> bool:
    """Whether ``cue`` ends its paragraph with ``:`` or ``,`` (or is its last word):
    it introduces the next paragraph."""
    doc = ctx.doc
    end = max(cue.end, cue.sp[1] if cue.sp and cue.sp[0] > cue.start else cue.end)
    _, pe = ctx.para_span(cue.para)
    rest = ctx.text[end:pe].rstrip(MARKUP + " ")
    if rest and rest[-1] not in ":,":
        return False
    if any(ch in QUOTE_MARKS for ch in rest):
        return False
    span = doc.char_span(end, pe, alignment_mode="expand") if pe > end else None
    if span is not None and any(t.text in _END for t in span):
        return False
    return bool(rest) or cue.tok.tag_ == "VBG" or cue.kind == "according"


#: words that make "X:" a label rather than a speaker ("Editor's note:")
_LABELS = frozenset({"note", "update", "correction", "editor", "disclaimer", "source", "photo",
                     "credit", "related", "watch", "read", "video", "listen", "see", "warning",
                     "daily", "live", "breaking", "exclusive", "opinion", "analysis", "transcript",
                     "region", "theme", "report", "poll"})


def _name_phrase(phrase, most: int) -> bool:
    """Whether tokens ``phrase`` read as a short name of a speaker (``Pew Research``)."""
    if not phrase or len(phrase) > most:
        return False
    if any(t.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PART") and not t.is_punct
           for t in phrase):
        return False
    if any(t.lower_ in _LABELS for t in phrase):
        return False
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP") for t in phrase)


def _actor_names(entities: Sequence[Entity]) -> frozenset[str]:
    """Lower-cased names, aliases and (for people) surnames of the actors of a document."""
    out: set[str] = set()
    for e in entities:
        if KIND_BROAD.get(e.kind, e.kind) not in ("Person", "Organization"):
            continue
        for name in (e.name, *e.aliases):
            out.add(name.lower())
            if KIND_BROAD.get(e.kind, e.kind) == "Person" and " " in name:
                out.add(name.rsplit(" ", 1)[-1].lower())
    return frozenset(out)


def _known_actor(ctx: _Context, phrase) -> bool:
    """``Lynch: ...`` where the tagger saw no name: the article names that actor elsewhere."""
    if not phrase or len(phrase) > 5 or not ctx.names:
        return False
    if not all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in _LABELS for t in phrase):
        return False
    return " ".join(t.text for t in phrase).lower() in ctx.names


def _headline_cue(ctx: _Context, n: int) -> _Cue | None:
    """``Kasich: We Are Going To Go All The Way``: a line that opens with a name and a colon."""
    doc = ctx.doc
    ps, pe = ctx.para_span(n)
    if ctx.text.find(":", ps, pe) < 0:
        return None
    span = doc.char_span(ps, pe, alignment_mode="contract")
    if span is None:
        return None
    toks = [t for t in span[:8] if not t.is_space]
    colon = next((t for t in toks if t.text == ":"), None)
    if colon is None or colon.i == toks[0].i:
        return None
    phrase = [t for t in toks if t.i < colon.i and not (t.is_punct and t.text in MARKUP)]
    known = _known_actor(ctx, phrase)
    if not known and (not _name_phrase(phrase, 5) or not any(
            t.ent_type_ in ("PERSON", "ORG", "NORP") for t in phrase)):
        return None
    if ctx.in_quote(colon) or word_count(ctx.text[colon.idx + 1:pe]) < 3:
        return None
    roots = [t for t in phrase if not (phrase[0].i <= t.head.i <= phrase[-1].i) or t.head.i == t.i]
    head = roots[0] if roots else phrase[-1]
    cue = _Cue(colon, colon.idx, colon.idx + 1, "colon", n, head,
               (phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)))
    cue.content = ctx.tidy(colon.idx + 1, pe, mark=False)
    return cue


_LEMMA_KIND: dict[int, int] = {}  # lemma hash -> 1 cue verb | 2 cue noun (hashes are stable)


def _without(content: tuple[int, int], speaker: tuple[int, int],
             cue: tuple[int, int]) -> tuple[int, int] | None:
    """``content`` without the speaker phrase where the parse ran one into the other:
    what follows the cue when the content wraps around cue and speaker (``which he said
    was careless``), else the part before or after the speaker (``"Yes, I support him,"
    Brent Bozell tells``)."""
    (s, e), (a, b) = content, speaker
    if not (s < b and a < e):
        return content
    if s <= cue[0] < e:
        s = max(cue[1], b)
    elif s < a:
        e = a
    else:
        s = b
    return (s, e) if s < e else None


def _candidates(doc) -> tuple[list[int], list[int]]:
    """Indices of the tokens that may be cues (a cue verb's or noun's lemma, or
    ``according``), and of those whose lemma is a verb of saying, thinking or quoting
    (:func:`_is_cue_word`); read from the token arrays, so that no other token is built."""
    if not len(doc):
        return [], []
    import numpy
    from spacy.attrs import LEMMA, LOWER, POS
    from spacy.parts_of_speech import AUX, NOUN, VERB

    arr = doc.to_array([LEMMA, POS, LOWER])
    strings = doc.vocab.strings
    verbs, nouns, words = [], [], []
    for h in numpy.unique(arr[:, 0]).tolist():
        kind = _LEMMA_KIND.get(h)
        if kind is None:
            lemma = strings[h].lower()
            kind = _LEMMA_KIND[h] = ((lemma in CUE_VERBS) | (lemma in NOUN_CUES) << 1
                                     | (lemma in _CUE_WORDS) << 2)
        if kind & 1:
            verbs.append(h)
        if kind & 2:
            nouns.append(h)
        if kind & 4:
            words.append(h)
    pos = arr[:, 1]
    hit = numpy.isin(arr[:, 0], verbs) & ((pos == VERB) | (pos == AUX))
    hit |= numpy.isin(arr[:, 0], nouns) & (pos == NOUN)
    hit |= arr[:, 2] == strings["according"]  # the hash, known or not
    return (numpy.flatnonzero(hit).tolist(),
            numpy.flatnonzero(numpy.isin(arr[:, 0], words)).tolist())


def _cues(ctx: _Context) -> list[_Cue]:
    out = [c for n in range(len(ctx.paras)) for c in [_headline_cue(ctx, n)] if c is not None]
    doc = ctx.doc
    for i in ctx.candidates:
        tok = doc[i]
        if ctx.in_quote(tok) or tok.is_space:
            continue
        lemma = tok.lemma_.lower()
        para = ctx.para_of(tok.idx)
        cue = None
        if tok.lower_ == "according":
            cue = _according(ctx, tok, para)
        elif tok.pos_ in ("VERB", "AUX") and lemma in CUE_VERBS:
            if tok.pos_ == "AUX" and lemma != "say":
                continue
            prt = [c for c in tok.children if c.dep_ in ("prt", "prep") and c.i == tok.i + 1]
            if lemma in PARTICLE_ONLY and not (prt and prt[0].lower_ in PARTICLE_CUES[lemma]):
                continue
            end = tok.idx + len(tok.text)
            if prt and prt[0].lower_ in PARTICLE_CUES.get(lemma, ()):
                end = prt[0].idx + len(prt[0].text)
            head, sp, inherit = _subject(ctx, tok)
            cue = _Cue(tok, tok.idx, end, "verb", para, head, sp, inherit=inherit)
            if lemma not in QUOTE_VERBS or lemma in CONTENT_VERBS:
                cue.content = _verb_content(ctx, tok, para)
        elif tok.pos_ == "NOUN" and lemma in NOUN_CUES:
            cue = _noun_cue(ctx, tok, para)
        if cue is None:
            continue
        if cue.content is not None and cue.sp is not None:
            cue.content = _without(cue.content, cue.sp, (cue.start, cue.end))
        if cue.content is not None:
            cue.content = ctx.tidy(*cue.content)
        if cue.content is None:
            cue.intro = _is_intro(ctx, cue)
        out.append(cue)
    out.sort(key=lambda c: c.start)
    return out


# -- quotes ----------------------------------------------------------------------------

def _names_it(ctx: _Context, p: Passage) -> bool:
    """Whether the passage is a name or title: ``titled "..."``, ``so-called "..."``."""
    doc = ctx.doc
    span = doc.char_span(max(p.open - 30, 0), p.open, alignment_mode="expand")
    if span is None:
        return False
    words = [t.lower_ for t in span if not t.is_punct and not t.is_space][-3:]
    return bool(set(words) & NAMING)


def _utterance(ctx: _Context, p: Passage) -> bool:
    """Whether the passage is a whole utterance rather than a scare-quoted phrase."""
    text = ctx.text
    words = word_count(text[p.start:p.end])
    if words >= 4:
        return True
    last = text[p.close - 1] if p.close is not None else text[p.end - 1]
    return words >= 1 and last in ".,!?" and text[p.start].isupper()


def _opens_paragraph(ctx: _Context, p: Passage) -> bool:
    ps, _ = ctx.para_span(p.paragraph)
    return not ctx.text[ps:p.open].strip(MARKUP + " ([")


def _same_sentence(ctx: _Context, a: int, b: int) -> bool:
    """No sentence-final stop outside quotes between char offsets ``a`` < ``b``."""
    if b <= a:
        return True
    span = ctx.doc.char_span(a, b, alignment_mode="contract")
    if span is None:
        return True
    return not any(t.text in _END and not ctx.in_quote(t) for t in span)


def _attribute(ctx: _Context, p: Passage, cues: list[_Cue]) -> _Cue | None:
    """The cue of the quote's own sentence (rule 1)."""
    best = None
    for c in cues:
        if c.para != p.paragraph or c.kind == "noun":
            continue
        after = c.start >= p.outer_end
        if after and c.intro:
            continue
        if after:
            a, b = p.outer_end, c.start
        else:
            a, b = c.end, p.open
        if not _same_sentence(ctx, a, b):
            continue
        between = ctx.doc.char_span(a, b, alignment_mode="contract") if b > a else None
        words = 0
        if between is not None:
            for t in between:
                if t.is_punct or t.is_space or ctx.in_quote(t):
                    continue
                if c.sp and c.sp[0] <= t.idx < c.sp[1]:
                    continue
                words += 1
        score = words
        if c.content is not None:
            if c.content[0] < p.end and p.start < c.content[1]:
                score -= 5
            else:
                score += 10
        if c.head is None and not c.inherit:
            score += 3
        if best is None or score < best[0]:
            best = (score, c)
    return best[1] if best else None


def _intro_before(ctx: _Context, p: Passage, cues: list[_Cue]) -> _Cue | None:
    """The introduction ending the paragraph before the quote (rule 2)."""
    if p.paragraph == 0 or not _opens_paragraph(ctx, p):
        return None
    prev = [c for c in cues if c.para == p.paragraph - 1 and c.intro]
    return prev[-1] if prev else None


def _colon_source(ctx: _Context, p: Passage) -> _Cue | None:
    """``Pew Research: "..."``: a short name phrase and a colon right before the quote."""
    doc = ctx.doc
    ps, _ = ctx.para_span(p.paragraph)
    span = doc.char_span(ps, p.open, alignment_mode="contract")
    if span is None or not len(span):
        return None
    toks = [t for t in span if not t.is_space]
    if not toks or toks[-1].text != ":":
        return None
    phrase = []
    for t in reversed(toks[:-1]):
        if t.text in _END or t.text in (":", ";") or ctx.in_quote(t):
            break
        phrase.insert(0, t)
    while phrase and (phrase[0].is_punct or phrase[0].text in MARKUP):
        phrase.pop(0)
    if not _name_phrase(phrase, 8):
        return None
    roots = [t for t in phrase if not (phrase[0].i <= t.head.i <= phrase[-1].i) or t.head.i == t.i]
    head = roots[0] if roots else phrase[-1]
    colon = toks[-1]
    return _Cue(colon, colon.idx, colon.idx + 1, "colon", p.paragraph, head,
                (phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)))


# -- assembly --------------------------------------------------------------------------

def _inside(a: tuple[int, int], b: tuple[int, int], slack: int = 2) -> bool:
    return b[0] - slack <= a[0] and a[1] <= b[1] + slack


def _drafts(ctx: _Context, cues: list[_Cue]) -> list[_Draft]:
    text = ctx.text
    direct: list[_Draft] = []
    by_para: dict[int, list[_Cue]] = {}
    for c in cues:
        by_para.setdefault(c.para, []).append(c)
    passages_in: dict[int, list[Passage]] = {}
    for p in ctx.passages:
        passages_in.setdefault(p.paragraph, []).append(p)
    speaker_spans = sorted(c.sp for c in cues if c.sp)
    sp_starts = [sp[0] for sp in speaker_spans]
    sp_reach = max((e - s for s, e in speaker_spans), default=0)
    for p in ctx.passages:
        body = text[p.start:p.end]
        if is_title_case(body) or _names_it(ctx, p):
            continue
        lo = bisect.bisect_left(sp_starts, p.open - sp_reach)
        hi = bisect.bisect_right(sp_starts, p.open)
        if any(_inside((p.open, p.outer_end), speaker_spans[k], 0) for k in range(lo, hi)):
            continue
        here = by_para.get(p.paragraph, [])
        cue = _attribute(ctx, p, here) if _utterance(ctx, p) else None
        if cue is None and word_count(body) >= 4:
            cue = _intro_before(ctx, p, by_para.get(p.paragraph - 1, [])) or _colon_source(ctx, p)
        if cue is None and word_count(body) < 4:
            continue
        direct.append(_Draft(p.start, p.end, "direct", cue, p))

    reported: list[_Draft] = []
    for c in cues:
        if c.content is not None and (c.head is not None or c.inherit):
            span = c.content
            inside_quote = any(_inside(span, (d.passage.open, d.passage.outer_end))
                               for d in direct)
            if inside_quote:
                continue
            reported.append(_Draft(span[0], span[1], "reported", c))
        elif c.intro and (c.head is not None or c.inherit) and c.para + 1 < len(ctx.paras):
            nxt = c.para + 1
            ps, pe = ctx.para_span(nxt)
            if any(d.passage.paragraph == nxt and d.cue is c for d in direct):
                continue
            if any(_opens_paragraph(ctx, p) for p in passages_in.get(nxt, ())):
                continue
            span = ctx.tidy(ps, pe, mark=False)
            if span is None or word_count(text[span[0]:span[1]]) < 4:
                continue
            colon = text[c.end:ctx.para_span(c.para)[1]].rstrip(MARKUP + " ").endswith(":")
            reported.append(_Draft(span[0], span[1], "direct" if colon else "reported", c))

    # a quote inside reported speech belongs to that claim
    kept = [d for d in direct
            if not any(_inside((d.start, d.end), (r.start, r.end)) for r in reported)]
    drafts = sorted(kept + reported, key=lambda d: (d.start, -d.end))
    out: list[_Draft] = []
    seen = set()
    for d in drafts:
        if (d.start, d.end) in seen:
            continue
        seen.add((d.start, d.end))
        out.append(d)
    # continuations: a quote with no cue, or a cue without a subject, takes the speaker before
    cue_starts = sorted(c.start for c in cues if c.kind != "noun")
    for i, d in enumerate(out):
        if d.cue is not None and not (d.cue.head is None and d.cue.inherit):
            continue
        para = ctx.para_of(d.start)
        for j in range(i - 1, -1, -1):
            prev = out[j]
            if para - ctx.para_of(prev.start) > CONTINUE_WINDOW:
                break
            if prev.cue is None and prev.source is None:
                continue
            if d.cue is None:
                lo = prev.end
                k = bisect.bisect_right(cue_starts, lo)
                if k < len(cue_starts) and cue_starts[k] < d.start and not (
                        prev.cue is not None and cue_starts[k] == prev.cue.start):
                    break
            d.source = j
            break
    return out


def claims(doc, *, entities: Sequence[Entity] = ()) -> Iterator[Claim]:
    """Yield the claims of ``doc`` (direct quotes and reported speech) in text order.

    ``entities`` (from :func:`kg.extract.entities.link`) resolve speakers and
    ``about``; without them every speaker is left unresolved.
    """
    ctx = _Context(doc, _actor_names(entities))
    cues = _cues(ctx)
    drafts = _drafts(ctx, cues)
    resolver = Resolver(doc, entities, ctx.para_of, lambda i: ctx.sidx[i], ctx.in_quote)
    text = ctx.text
    resolved: list[tuple[str, int, int, str | None] | None] = []
    said: list[tuple[int, int, str]] = []  # (start, end, speaker key) of claims yielded
    for d in drafts:
        who = None
        if d.cue is not None and d.cue.head is not None and d.cue.sp is not None:
            s, e = d.cue.sp
            key = resolver.resolve(d.cue.head, s, e, d.start)
            resolver.record(s, key, d.cue.head)
            who = (text[s:e], s, e, key)
        elif d.source is not None and resolved[d.source] is not None:
            who = resolved[d.source]
            resolver.record(d.start, who[3], None)
        resolved.append(who)
        if who is None:
            continue
        c = d.cue
        if who[3] is not None and c is not None and d.kind == "reported" \
                and who[0].lower() in _SELF and any(
                    key == who[3] and s <= who[1] and d.end <= e for s, e, key in said):
            continue  # "Rubio said he opposes it": "opposes it" is part of what Rubio said
        said.append((d.start, d.end, who[3]))
        tok = doc.char_span(d.start, d.end, alignment_mode="expand")
        sentence = ctx.sidx[tok.start] if tok is not None and len(tok) else 0
        about = []
        for m, ent in resolver.mentions_in(d.start, d.end):
            key = ent.key
            if d.start <= m.start and m.end <= d.end and key not in about:
                about.append(key)
        yield Claim(start=d.start, end=d.end, text=text[d.start:d.end], kind=d.kind,
                    sentence=sentence,
                    cue=text[c.start:c.end] if c else None,
                    cue_start=c.start if c else None, cue_end=c.end if c else None,
                    speaker=who[0], speaker_start=who[1], speaker_end=who[2],
                    speaker_key=who[3], about=tuple(about))


__all__ = ["claims", "SPEECH_VERBS", "COGNITION_VERBS", "NOUN_CUES"]
