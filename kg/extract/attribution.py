"""Which cue a quoted passage belongs to: its own sentence's cue (or, with none there that
reads it, the cue of the quote just before it, or of a short sentence of saying right
before it), an introduction ending the paragraph before, or a ``Name:`` before it."""

from __future__ import annotations

import bisect

from .acts import DOCUMENTS, WRITINGS, is_source
from .context import Context, Cue
from .cues import _name_phrase
from .cuewords import _END, NAMING, without_saying_verb
from .quoteframes import reply_verb
from .quotes import MARKUP, Passage, word_count


#: nouns of writings whose title may follow them between commas
WRITTEN = (DOCUMENTS | WRITINGS | {"piece", "story", "essay", "headline"}) - {
    "statement", "remarks", "comments", "speech", "testimony", "message", "note", "post",
    "tweet"}


#: prepositions before a quoted title rather than a quote ('said on "Fox & Friends."')
_TITLE_PREPS = frozenset({"on", "in", "at", "from", "of"})


def _names_it(ctx: Context, p: Passage) -> bool:
    """Whether the passage is a name or title: ``titled "..."``, ``so-called "..."``."""
    doc = ctx.doc
    span = doc.char_span(max(p.open - 30, 0), p.open, alignment_mode="expand")
    if span is None:
        return False
    stops = [t.i for t in span if t.text in (".", "!", "?")]
    if stops:  # "... as attorney general. "That's like a bribe": no name of the sentence before
        span = doc[stops[-1] + 1:span.end]
    words = [t.lower_ for t in span if not t.is_punct and not t.is_space][-3:]
    if set(words) & NAMING:
        return True
    toks = [t for t in span if not t.is_space]
    if toks and toks[-1].i + 1 < len(doc) and doc[toks[-1].i + 1].idx >= p.open and (
            toks[-1].lower_ in _TITLE_PREPS and toks[-1].pos_ == "ADP"
            or toks[-1].lower_ in ("'s", "\u2019s")) and _title_like(ctx.text[p.start:p.end]):
        # 'said on "This Week."', 'told ABC's "This Week"': a show or a work, named
        return True
    # "CNN in its article, "Thousands of ...," claims": a quote set off after a noun of a
    # writing is its title
    return (len(toks) >= 2 and toks[-1].text == "," and toks[-2].pos_ == "NOUN"
            and toks[-2].lemma_.lower() in WRITTEN)


def _title_like(body: str) -> bool:
    """Whether every longer word of ``body`` is capitalized, as in a title (``Fox &
    Friends``, ``This Week``), not ``honesty and straight talk``.

    >>> _title_like("Meet the Press."), _title_like("a city of honesty and straight talk")
    (True, False)
    """
    words = [w for w in body.replace("-", " ").split() if w[:1].isalpha()]
    return bool(words) and words[0][0].isupper() and all(
        w[0].isupper() for w in words if len(w.strip(".,!?")) > 3)


def _utterance(ctx: Context, p: Passage) -> bool:
    """Whether the passage is a whole utterance rather than a scare-quoted phrase."""
    text = ctx.text
    words = word_count(text[p.start:p.end])
    if words >= 4:
        return True
    last = text[p.close - 1] if p.close is not None else text[p.end - 1]
    return words >= 1 and (last in ".,!?" and text[p.start].isupper() or _second_half(ctx, p))


def _second_half(ctx: Context, p: Passage) -> bool:
    """Whether ``p`` goes on a quote its cue broke off at a comma: '"The ultimate
    responsibility," she said, "rests with Hamas."'."""
    text = ctx.text
    k = ctx.passages.index(p)
    if k == 0 or not text[p.start].islower():
        return False
    q = ctx.passages[k - 1]
    if q.close is None or q.paragraph != p.paragraph:
        return False
    between = text[q.close + q.width:p.open].strip()
    return text[q.end:q.close + 1].strip().startswith(",") and between.endswith(",") \
        and 1 <= word_count(between) <= 6


def _opens_paragraph(ctx: Context, p: Passage) -> bool:
    ps, _ = ctx.para_span(p.paragraph)
    return not ctx.text[ps:p.open].strip(MARKUP + " ([")


def _same_sentence(ctx: Context, a: int, b: int) -> bool:
    """No sentence-final stop outside quotes between char offsets ``a`` < ``b``."""
    if b <= a:
        return True
    span = ctx.doc.char_span(a, b, alignment_mode="contract")
    if span is None:
        return True
    return not any(t.text in _END and not ctx.in_quote(t) for t in span)


def _frame_before(ctx: Context, c: Cue, p: Passage) -> str | None:
    """How a frame verb of the sentence ending right before the quote frames it: ``"reply"``
    where that sentence holds no quote and says who spoke (``Trump shot back. "..."``;
    :func:`kg.extract.quoteframes.reply_verb`), ``"goes on"`` where it frames a quote of its
    own (``"A," Trump said. "B."``); else None."""
    sent = c.tok.sent
    if c.tok.i not in ctx.frames or ctx.text[sent.end_char:p.open].strip():
        return None
    if any(ctx.in_quote(t) for t in sent):
        return "goes on"
    verb = reply_verb(sent, ctx.in_quote)
    return "reply" if verb is not None and verb.i == c.tok.i else None


#: the score of a quote going on with the speaker of the quote just before it: worse than a
#: cue of its own sentence, better than one whose own words are elsewhere (see _attribute)
_GOES_ON = 5


def _after_quoted(ctx: Context, p: Passage) -> bool:
    """Whether the passage ``p`` opens a sentence, in its paragraph, right after a sentence
    holding a quote (``"A," Roe said. "B."``), or after the frame of such a one."""
    k = bisect.bisect_left(ctx.token_starts, p.open) - 1
    doc = ctx.doc
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or doc[k].text not in (".", "?", "!") and not doc[k].is_quote \
            or "\n" in ctx.text[doc[k].idx:p.open]:
        return False  # (a quote opening a paragraph goes on from nothing)
    sent = doc[k].sent
    if _quotes_a_sentence(ctx, sent):
        return True
    # '"A," ' + 'Roe said.' parsed as two sentences: a frame of the quote before
    return sent.root.i in ctx.frames and sent.start > 0 \
        and _quotes_a_sentence(ctx, doc[sent.start - 1].sent)


#: what a verb that says only who spoke does not have: an object, a complement, a negation
_NOT_BARE = frozenset({"dobj", "xcomp", "ccomp", "attr", "acomp", "dative", "oprd", "advcl",
                       "neg"})


def _bare_frame(c: Cue) -> bool:
    """Whether the cue is the verb of a short sentence that says only who spoke (``Roe
    said.`` after ``"We won."``; not ``But Republicans continue to slam it.``, ``He didn't
    elaborate.``)."""
    return c.tok.dep_ == "ROOT" and c.content is None and len(c.tok.sent) <= 8 \
        and not any(t.dep_ in _NOT_BARE for t in c.tok.children)


def _quotes_a_sentence(ctx: Context, sent) -> bool:
    """Whether ``sent`` holds a quote, or one of its marks, that opens with a capital
    (``"We won," Roe said``), not a phrase only (``compared to "the attacks of the past,"
    the piece states``)."""
    return any(q.open < sent.end_char and sent.start_char < q.outer_end
               and ctx.text[q.start:q.start + 1].isupper() for q in ctx.passages)


def _attribute(ctx: Context, p: Passage, cues: list[Cue]) -> Cue | None:
    """The cue of the quote's own sentence (rule 1); else the verb of a short sentence right
    before it that says who spoke (``Trump shot back. "..."``)."""
    best = None
    reply = None
    # the quote ends a sentence ('... U.S."', not '... U.S.," Roe said')
    ended = ctx.text[p.end - 1:p.end] == "." and "," not in ctx.text[p.end:p.outer_end]
    goes_on = ended and _after_quoted(ctx, p)
    for c in cues:
        if c.para != p.paragraph or c.kind in ("noun", "adjective", "view"):
            continue
        after = c.start >= p.outer_end
        if after and c.intro:
            continue
        if after and ended and (c.tok.dep_ not in ("ROOT", "parataxis")
                                or goes_on and not _bare_frame(c)):
            continue  # '"... in the gut." Roe had to call Baker and apologize': a sentence
            # of its own after a quote that ended one, whose main verb is no cue of it;
            # nor is any where the quote goes on from a quoted sentence ('"A," Roe said.
            # "B." Baker acknowledged that ...'); one set inside the sentence may be ('"B."
            # But maybe, Roe said, ...')
        if after:
            a, b = p.outer_end, c.start
        else:
            a, b = c.end, p.open
        if not _same_sentence(ctx, a, b):
            frame = None if after else _frame_before(ctx, c, p)
            if frame == "reply":
                reply = c
            elif frame == "goes on" and (best is None or _GOES_ON < best[0]):
                # '"A," Trump said. "B." Aides said ...': B goes on with Trump, before a
                # cue after B whose own words are elsewhere
                best = (_GOES_ON, c)
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
    return best[1] if best else reply


def _intro_before(ctx: Context, p: Passage, cues: list[Cue]) -> Cue | None:
    """The introduction ending the paragraph before the quote (rule 2)."""
    if p.paragraph == 0 or not _opens_paragraph(ctx, p):
        return None
    prev = [c for c in cues if c.para == p.paragraph - 1 and c.intro]
    return prev[-1] if prev else None


def _colon_source(ctx: Context, p: Passage) -> Cue | None:
    """``Pew Research: "..."``: a short name phrase and a colon right before the quote."""
    ps, _ = ctx.para_span(p.paragraph)
    return _colon_label(ctx, p.paragraph, ps, p.open)


_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "i", "me", "we", "us", "they",
                              "them"})


def _named_before_colon(ctx: Context, p: Passage) -> Cue | None:
    """``That view is shared by Jane Roe, a historian at Yale: "..."``, ``The timing does
    not surprise pollster Tom Baker: "..."``: a sentence whose subject is a thing, no
    speaker, ends with a person's name (and its appositive) and a colon right before the
    quote: that person speaks."""
    doc = ctx.doc
    ps, _ = ctx.para_span(p.paragraph)
    span = doc.char_span(ps, p.open, alignment_mode="contract")
    toks = [t for t in span if not t.is_space] if span is not None else []
    if len(toks) < 4 or toks[-1].text != ":":
        return None
    colon = toks[-1]
    name = next((e for e in reversed(doc.ents) if e.label_ == "PERSON" and e.end <= colon.i
                 and e.start >= colon.sent.start), None)
    if name is None:
        return None
    sent = colon.sent
    if sent.start_char < ps or any(e.label_ == "PERSON" and sent.start <= e.start < name.start
                                   for e in doc.ents) or any(
            t.lower_ in _PERSON_PRONOUNS for t in doc[sent.start:name.start]):
        return None  # ("Obama issued this statement after the election of Pope Francis:",
        # "Little daylight between her and Obama:")
    root = name.root
    inside = {t.i for t in root.subtree}
    if any(t.i not in inside for t in doc[name.end:colon.i]) or ctx.in_quote(root):
        return None  # what follows the name is its appositive, or nothing
    verb = root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.pos_ not in ("VERB", "AUX") or subj is None or subj.i > root.i \
            or subj.pos_ not in ("NOUN",) or is_source(subj, False):
        return None
    at = colon.idx
    return Cue(colon, at, at + 1, "colon", p.paragraph, root, (name.start_char, name.end_char))


def _label_paragraph(ctx: Context, p: Passage) -> Cue | None:
    """A short name phrase and a colon making up the paragraph before a quote that opens its
    own (``The Milwaukee Journal Sentinel:`` on a line of its own over the editorial it
    quotes): that name speaks, whatever the quote's paragraph holds."""
    ps, _ = ctx.para_span(p.paragraph)
    if p.paragraph == 0 or ctx.text[ps:p.open].strip(MARKUP + " \t"):
        return None
    return _colon_label(ctx, p.paragraph - 1, *ctx.para_span(p.paragraph - 1))


def _colon_label(ctx: Context, para: int, start: int, end: int) -> Cue | None:
    """The cue of a name phrase closed by a colon that ends ``[start, end)``."""
    doc = ctx.doc
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    toks = [t for t in span if not t.is_space]
    if not toks or toks[-1].text not in (":", "):"):
        return None
    phrase = []
    for t in reversed(toks[:-1]):
        if t.text in _END or t.text in (":", ";") or ctx.in_quote(t) \
                or t.text in _DASHES and t.whitespace_:
            break  # (a spaced dash closes a heading: "RED STATES GAIN - Jeffrey Jones:")
        phrase.insert(0, t)
    while phrase and (phrase[0].is_punct or phrase[0].text in MARKUP):
        phrase.pop(0)
    phrase = without_saying_verb(phrase)  # "Said Roe: ...", "Added Roe: ..."
    lower = [t.lower_ for t in phrase]
    document = False
    if lower[:1] == ["from"] or lower[:2] == ["more", "from"]:
        phrase = phrase[lower.index("from") + 1:]  # "More from Jones:", "From the report:"
        document = len(phrase) == 2 and phrase[0].lower_ == "the" \
            and phrase[1].lemma_.lower() in DOCUMENTS
    if not document and not _name_phrase(phrase, 8):
        return None
    words = [t.text for t in phrase]
    closed = toks[-1].text == "):" or ")" in words[words.index("("):] if "(" in words else False
    if closed:
        # "The Washington Post (E.J. Dionne): ...": the writer in brackets speaks
        o = words.index("(")
        inner = phrase[o + 1:words.index(")", o) if ")" in words[o:] else len(phrase)]
        if inner and any(t.ent_type_ == "PERSON" for t in inner):
            phrase = inner
    roots = [t for t in phrase if not (phrase[0].i <= t.head.i <= phrase[-1].i) or t.head.i == t.i]
    head = roots[0] if roots else phrase[-1]
    colon = toks[-1]
    at = colon.idx + colon.text.index(":")
    return Cue(colon, at, at + 1, "colon", para, head,
                (phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)))



_DASHES = ("\u2015", "\u2014", "\u2013", "--", "-")


def _dashed_after_name(ctx: Context, p: Passage) -> Cue | None:
    """``..., including Jane Roe -- "It is disqualifying ..." -- and Tom Baker``: a quote set
    between dashes right after a person's name is that person's."""
    if p.close is None:
        return None
    doc, text = ctx.doc, ctx.text
    before = text[:p.open].rstrip(" \t\u00a0")
    dash = next((d for d in _DASHES[:4] if before.endswith(d)), None)
    after = text[p.outer_end:p.outer_end + 4].lstrip(" \t\u00a0,.")
    if dash is None or not after.startswith(_DASHES[:4]):
        return None
    end = len(before) - len(dash)
    name = next((e for e in doc.ents if e.label_ == "PERSON"
                 and not text[e.end_char:end].strip(" \t\u00a0")
                 and e.end_char <= end), None)
    if name is None or ctx.in_quote(name.root) or ctx.para_of(name.start_char) != p.paragraph:
        return None
    return Cue(name.root, end, len(before), "colon", p.paragraph, name.root,
               (name.start_char, name.end_char))


def _dash_source(ctx: Context, p: Passage) -> Cue | None:
    """``"We need a wall around him." \u2015 Steve Quinlan``: a name after a dash closes the
    quote's paragraph (or stands alone as the next paragraph) and signs it."""
    if p.close is None:
        return None
    doc, text = ctx.doc, ctx.text
    _, pe = ctx.para_span(p.paragraph)
    start, end = p.outer_end, pe
    if not text[start:end].strip(" \t\u00a0.,"):  # "- Bernie Sanders." as the next paragraph
        start, end = ctx.para_span(p.paragraph + 1)
    rest = text[start:end].lstrip(" \t\u00a0")
    dash = next((d for d in _DASHES if rest.startswith(d)), None)
    if dash is None:
        return None
    lo = end - len(rest) + len(dash)
    span = doc.char_span(lo, end, alignment_mode="contract")
    if span is None:
        return None
    phrase = [t for t in span if not t.is_space and t.text not in _END]
    if not phrase or any(ctx.in_quote(t) for t in phrase) or not _name_phrase(phrase, 6):
        return None
    roots = [t for t in phrase if not (phrase[0].i <= t.head.i <= phrase[-1].i) or t.head.i == t.i]
    head = roots[0] if roots else phrase[-1]
    at = lo - len(dash)
    return Cue(doc[span.start - 1] if span.start else phrase[0], at, lo, "colon", p.paragraph,
               head, (phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)))
