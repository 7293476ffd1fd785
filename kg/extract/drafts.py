"""Drafts of claims: the quoted passages and reported contents of a document, each with
the cue that attributes it, a quote split by its cue joined again, and the speaker a
continuation quote takes from the draft before it (see :mod:`kg.extract.claims`)."""

from __future__ import annotations

import bisect

from .attribution import (_attribute, _colon_source, _dash_source, _dashed_after_name,
                          _intro_before, _label_paragraph, _named_before_colon, _names_it,
                          _opens_paragraph, _same_sentence, _utterance)
from .context import Context, Cue, Draft
from .cues import transcript_line
from .cuewords import CONTINUE_WINDOW
from .quotes import MARKUP, Passage, is_title_case, several_sentences, word_count


def _inside(a: tuple[int, int], b: tuple[int, int], slack: int = 2) -> bool:
    return b[0] - slack <= a[0] and a[1] <= b[1] + slack


def _own_speaker(ctx: Context, cue: Cue, start: int) -> bool:
    """Whether ``cue`` gives the first sentence of the paragraph opening at ``start`` a
    speaker of its own, named as its subject: that paragraph is no block quote of the one
    before."""
    tok = cue.tok
    return cue.head is not None and cue.content is not None and not ctx.in_quote(tok) \
        and tok.sent.start_char <= start + 2 and tok.dep_ == "ROOT" \
        and cue.head.dep_ in ("nsubj", "nsubjpass") and cue.head.pos_ == "PROPN"


def _drafts(ctx: Context, cues: list[Cue]) -> list[Draft]:
    text = ctx.text
    direct: list[Draft] = []
    dashed: list[Draft] = []  # quotes set between dashes after a name
    by_para: dict[int, list[Cue]] = {}
    for c in cues:
        by_para.setdefault(c.para, []).append(c)
    passages_in: dict[int, list[Passage]] = {}
    for p in ctx.passages:
        passages_in.setdefault(p.paragraph, []).append(p)
    speaker_spans = sorted(c.sp for c in cues if c.sp)
    sp_starts = [sp[0] for sp in speaker_spans]
    sp_reach = max((e - s for s, e in speaker_spans), default=0)
    lines = sorted(c.start for c in cues if transcript_line(ctx, c))
    for p in ctx.passages:
        body = text[p.start:p.end]
        if is_title_case(body) and not several_sentences(body) or _names_it(ctx, p):
            continue  # a title ("Thousands of Troops Surrender"), not "Like Paris. Or Berlin"
        k = bisect.bisect_left(lines, p.open)
        if k < len(lines) and lines[k] < p.end and ctx.para_of(lines[k]) == p.paragraph:
            continue  # a transcript line: its speaker's label says who speaks
        lo = bisect.bisect_left(sp_starts, p.open - sp_reach)
        hi = bisect.bisect_right(sp_starts, p.open)
        if any(_inside((p.open, p.outer_end), speaker_spans[k], 0) for k in range(lo, hi)):
            continue
        here = by_para.get(p.paragraph, [])
        long = word_count(body) >= 4
        cue = _label_paragraph(ctx, p) if long else None
        if cue is None and long:
            cue = _dashed_after_name(ctx, p)
            if cue is not None:
                dashed.append(Draft(p.start, p.end, "direct", cue, p))
                continue
        if cue is None and _utterance(ctx, p):
            cue = _attribute(ctx, p, here)
        if cue is None and long:
            cue = (_intro_before(ctx, p, by_para.get(p.paragraph - 1, []))
                   or _colon_source(ctx, p) or _dash_source(ctx, p)
                   or _named_before_colon(ctx, p))
        if cue is None and not long:
            continue
        direct.append(Draft(p.start, p.end, "direct", cue, p))
    direct = _join_split(ctx, direct) + dashed

    reported: list[Draft] = []
    said_framed: list[Draft] = []  # quotes framed by a colon, said by a cue after them
    marks = [d.marks for d in direct]
    for c in cues:
        if c.content is not None and (c.head is not None or c.inherit):
            span = c.content
            inside_quote = any(_inside(span, m) for m in marks)
            if inside_quote:
                continue
            framed = _framed_quote(ctx, c, span, direct)
            if framed is not None:
                # 'Roe scolded him: "It failed," she said.': the cue says the quote, what
                # frames it before the colon is the writer's
                if framed.cue is None:
                    framed.cue = c
                said_framed.append(framed)
                continue
            end = _closed(ctx, span)
            if c.front is not None and not any(_inside(c.front, m) for m in marks):
                # "Too often, he says, they get it wrong": one claim of two pieces
                reported.append(Draft(c.front[0], end, "reported", c,
                                      parts=[c.front, (span[0], end)]))
            else:
                reported.append(Draft(span[0], end, "reported", c))
        elif c.intro and (c.head is not None or c.inherit) and c.para + 1 < len(ctx.paras):
            nxt = c.para + 1
            ps, pe = ctx.para_span(nxt)
            if any(d.passage.paragraph == nxt and d.cue is c for d in direct):
                continue
            if any(_opens_paragraph(ctx, p) for p in passages_in.get(nxt, ())):
                continue
            if any(_own_speaker(ctx, o, ps) for o in by_para.get(nxt, ())):
                continue  # "... can read the transcript:\n\nMattis revealed he ...": his own
            span = ctx.tidy(ps, pe, mark=False)
            if span is None or word_count(text[span[0]:span[1]]) < 4:
                continue
            colon = text[c.end:ctx.para_span(c.para)[1]].rstrip(MARKUP + " ").endswith(":")
            reported.append(Draft(span[0], span[1], "direct" if colon else "reported", c))

    # a quote opened inside reported speech by the same cue and running on past the end of
    # its sentence (`Stimson said the letters "are ... war. I think ..."`) ends that claim
    for r in reported:
        for d in direct:
            if r.start < d.start < r.end < d.end and not d.parts and d.cue is not None \
                    and d.cue.start == r.cue.start and ctx.para_of(d.end) == r.cue.para:
                r.end = d.end
    # a verb of saying under another cue's verb is part of that cue's content, no claim of its
    # own ("declined to say whether ...", "wants to know why ...": nothing was said or known)
    heads = {r.cue.tok.i: r for r in reported}
    reported = [r for r in reported if not (
        r.cue.tok.dep_ == "xcomp" and r.cue.tok.head.i in heads
        and _inside((r.start, r.end), (heads[r.cue.tok.head.i].start,
                                       heads[r.cue.tok.head.i].end)))]
    # a quote inside reported speech belongs to that claim; not one a cue after it says
    # ('He warns that ... but admonishes them: "...," Roe writes': what he warns ends at the
    # colon)
    for d in said_framed:
        colon = ctx.text.rfind(":", 0, d.marks[0])
        for r in reported:
            if not r.parts and r.start < colon < d.start < r.end:
                r.end = len(ctx.text[:colon].rstrip())
    # a quote set between dashes after a name ("including Tom Baker -- "..." -- and") is
    # his, not part of what a cue before the list says
    reported = [r for r in reported if not any(
        r.start <= d.start and d.end <= r.end and r.cue.start < d.cue.start for d in dashed)]
    framed_ids = {id(f) for f in said_framed} | {id(d) for d in dashed}
    kept = [d for d in direct if id(d) in framed_ids
            or not any(_inside((d.start, d.end), (r.start, r.end)) for r in reported)]
    drafts = sorted(kept + reported, key=lambda d: (d.start, -d.end))
    out: list[Draft] = []
    seen = set()
    for d in drafts:
        if (d.start, d.end) in seen:
            continue
        seen.add((d.start, d.end))
        out.append(d)
    # continuations: a quote with no cue, or a cue without a subject, takes the speaker before
    # (a cue in a relative clause on a phrase of another claim's sentence neither speaks on
    # nor stops it: '"...," X declared after a conference where Y discussed the deal. "..."')
    quoting = {d.cue.tok.i for d in out  # the verbs that cue a quote
               if d.kind == "direct" and d.cue is not None and d.cue.kind == "verb"}
    cue_starts = sorted(c.start for c in cues
                        if c.kind not in ("noun", "adjective", "view") and not _aside(c, quoting))
    for i, d in enumerate(out):
        if d.cue is not None and not (d.cue.head is None and d.cue.inherit):
            continue
        para = ctx.para_of(d.start)
        for j in range(i - 1, -1, -1):
            prev = out[j]
            if para - ctx.para_of(prev.start) > CONTINUE_WINDOW:
                break
            if prev.cue is None and prev.source is None or d.cue is None and prev.cue is not None \
                    and _aside(prev.cue, quoting):
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


#: what may stand between the end of a content and the closing mark of its quote
_CLOSERS = ".,;:!? '\"\u2018\u2019\u201c\u201d"


def _framed_quote(ctx: Context, cue: Cue, span: tuple[int, int],
                  direct: list[Draft]) -> Draft | None:
    """The quote that ends the content before ``cue`` after a colon, where the cue follows
    it (``Roe scolded him: "It failed," she said``): the cue's content is that quote."""
    if cue.start < span[1] or cue.head is None:
        return None
    for d in direct:
        opened, closed = d.marks
        if d.parts or d.cue is not None and d.cue.start != cue.start \
                and not span[0] <= d.cue.start < opened:
            continue  # (the quote's own cue may be the one that frames it: "Roe warned:")
        if span[0] < opened and span[1] <= closed + 2 \
                and not ctx.text[span[1]:closed].strip(_CLOSERS) \
                and ctx.text[span[0]:opened].rstrip().endswith(":"):
            # (the content may stop before the marks that close a quote inside the quote:
            # '... you called 'miracles,'"')
            return d
    return None


def _aside(cue: Cue, quoting: set[int]) -> bool:
    """Whether ``cue`` is a verb in a relative clause of a sentence whose main verb is the
    cue of a quote, its token's index in ``quoting`` (``"...," X declared after a conference
    where Y discussed the deal``)."""
    tok = cue.tok
    return cue.kind == "verb" and tok.sent.root.i in quoting \
        and any(t.dep_ == "relcl" for t in (tok, *tok.ancestors))


def _closed(ctx: Context, span: tuple[int, int]) -> int:
    """The end of reported content ``span``, past the closing mark of a quote it opens but
    stops short of closing (``the deal was "a betrayal of workers."``), so that it never
    keeps a stray opening mark."""
    text = ctx.text
    k = bisect.bisect_left(ctx.passages, span[0], key=lambda p: p.open)
    for p in ctx.passages[k:]:
        if p.open >= span[1]:
            break
        if span[0] <= p.open and p.close is not None and span[1] <= p.close \
                and not text[span[1]:p.close].strip(".,;:!? "):
            return p.close + p.width
    return span[1]


def _joins(ctx: Context, prev: Draft, d: Draft) -> bool:
    """Whether quote ``d`` continues quote ``prev`` as one utterance: the second half of a
    sentence broken by its cue (``"Too often," he says, "they get it wrong."``), or the next
    paragraph of a quotation whose closing mark the press convention left off."""
    p, q = prev.passage, d.passage
    if p is None or q is None or prev.kind != "direct" or d.kind != "direct":
        return False
    text = ctx.text
    if p.close is None:  # "...<paragraph end> / "... : a quotation over paragraphs
        return q.paragraph == p.paragraph + 1 and _opens_paragraph(ctx, q) and (
            prev.cue is None or d.cue is None or d.cue is prev.cue)
    c = prev.cue
    if c is None or d.cue is not c or q.paragraph != p.paragraph:
        return False
    if not (p.outer_end <= c.start and c.end <= q.open):
        return False  # the cue must stand between the two halves
    if not _same_sentence(ctx, p.outer_end, q.open):
        return False
    between = text[p.outer_end:q.open].strip()
    if not between.endswith((",", "\u2014", "\u2013", "--")):
        return False  # "X," he said: "Y" introduces a new sentence
    broken = text[p.end:p.close].strip().endswith((",", "\u2014", "\u2013", "-")) \
        or text[p.end - 1] in ",\u2014\u2013"
    return broken and (text[q.start].islower() or not text[p.end - 1] in ".!?")


def _join_split(ctx: Context, direct: list[Draft]) -> list[Draft]:
    """One draft for each utterance: a quote split by its cue, or running over paragraphs,
    becomes one draft with several parts."""
    out: list[Draft] = []
    for d in direct:
        prev = out[-1] if out else None
        if prev is not None and _joins(ctx, prev, d):
            prev.parts = (prev.parts or [(prev.start, prev.end)]) + [(d.start, d.end)]
            prev.cue = prev.cue or d.cue  # "... / "...," she said: the cue ends the quotation
            prev.outer = (prev.marks[0], d.marks[1])
            prev.end = d.end
            prev.passage = d.passage  # the last piece decides what may follow
            continue
        out.append(d)
    return out
