"""Cues of a document: verbs, ``according to``, nominal cues and ``Name:`` lines, each
with its speaker phrase and the content it reports."""

from __future__ import annotations

import bisect
from typing import Sequence

from ..model import Entity
from ..vocab import KIND_BROAD
from .clauses import (NAMING_VERBS, as_reported, for_to, only_asides, passive_object,
                      passive_participle, personal_subject, quoted_predicate, relative_object, relay_subject,
                      relayed, relays, stance_object)
from .context import Context, Cue, _clip
from .anonymity import explains_anonymity
from .cuesubjects import aside_of, fronted_name, issuer, name_after_quote, prompted
from .cuewords import (_CUE_WORDS, _END, _LABELS, _OBJECT_EXTENSIONS, AS_ONLY, ASKING,
                       COGNITION_VERBS, CONTENT_VERBS, CUE_VERBS, EXTENSIONS, NOUN_CUES, OBJECT_VERBS,
                       PARTICLE_CUES, PARTICLE_ONLY, PERSONAL_STANCE, QUOTE_VERBS, SPEECH_VERBS,
                       SAID_OBJECTS, STANCE_VERBS, TOPIC_PREPS, XCOMP_VERBS, cue_lemma)
from .parenthetical import set_off
from .nominal import (_according, _adjective_cue, _against, _in_source, _light_cue, _noun_cue,
                      _to_view, extra_candidates)
from .quotes import MARKUP, QUOTE_MARKS, is_title_case, word_count
from .subjects import _interposed, _speaker_span, _subject


def _verb_content(ctx: Context, tok, para: int) -> tuple[int, int] | None:
    lemma = cue_lemma(tok)
    kids = [c for c in tok.children if not c.is_space and ctx.para_of(c.idx) == para]
    if relayed(tok) is not None or relays(tok, kids):
        return None  # "X said ..., ABC News reported": what X said is X's, not the outlet's
    relay = next((c for c in kids if c.dep_ == "ccomp" and relayed(c) is not None
                  and relayed(c).i == tok.i), None)
    if relay is not None and lemma in SPEECH_VERBS:
        lo, hi = tok.i + 1, relay_subject(relay).left_edge.i - 2
        if tok.doc[lo].lower_ == "that":
            lo += 1
        return _clip(ctx, lo, hi, para) if hi >= lo else None
    if tok.dep_ == "ROOT" and lemma not in NAMING_VERBS and any(
            c.dep_ == "dobj" and c.i < tok.i and c.lower_ in ("what", "whatever") for c in kids):
        return None  # "What she said surprised everyone" parsed with "said" as the main verb
    comps = [c for c in kids if c.dep_ == "ccomp" and (c.i > tok.i or _inverted(c, tok))
             and not _interposed(c)]
    if not comps and lemma == "call":
        on = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "on" and c.i == tok.i + 1
                   and any(k.dep_ == "pobj" for k in c.children)), None)
        act = next((c for c in kids if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"
                    and on is not None and c.left_edge.i == on.right_edge.i + 1), None)
        if act is not None:  # "called on Congress to release the funds"
            return _clip(ctx, on.i + 1, act.right_edge.i, para)
    extend = False
    if not comps and lemma in XCOMP_VERBS:
        comps = [c for c in kids if c.dep_ == "xcomp"]
        objs = [c for c in kids if c.dep_ == "dobj" and c.i > tok.i]
        if comps and objs and objs[0].i < comps[0].i:  # "urged Congress to act"
            comps = objs + comps
    if not comps and lemma in SPEECH_VERBS:
        comps = _misparsed_complement(tok, kids)
    if not comps and lemma in ASKING:
        # "asked the students if they were serious": the parser hangs the question on the
        # verb as a clause of condition
        comps = [c for c in kids if c.dep_ == "advcl" and c.i > tok.i and any(
            k.dep_ == "mark" and k.lower_ in ("if", "whether") and k.i == c.left_edge.i
            for k in c.children)][:1]
    if not comps and lemma in STANCE_VERBS and lemma not in AS_ONLY:
        # "opposes raising the minimum wage": a gerund is what is supported or attacked
        comps = [c for c in kids if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > tok.i]
    if not comps and lemma in SAID_OBJECTS:
        # "61 percent say the same of Clinton", "said little about the plan"
        # (the parser also hangs "yes", "so" and "the same" as an interjection, adverb or
        # even a subject)
        comps = [c for c in kids if c.dep_ in _SAID_DEPS and c.i > tok.i
                 and c.lemma_.lower() in SAID_OBJECTS[lemma]
                 and (c.dep_ == "dobj" or not any(c.rights))][:1]
        extend = bool(comps)
    if not comps and lemma in OBJECT_VERBS and not _after_quote(tok) and (
            lemma not in PERSONAL_STANCE or personal_subject(tok, kids)):
        comps = stance_object(tok, kids, lemma in AS_ONLY)
        extend = True
    if not comps and lemma in OBJECT_VERBS:
        comps = passive_object(kids, lemma in PERSONAL_STANCE)
    if not comps and (lemma in OBJECT_VERBS and lemma not in AS_ONLY
                      and lemma not in PERSONAL_STANCE or lemma in SAID_OBJECTS):
        noun = relative_object(tok, kids, lemma not in OBJECT_VERBS)
        if noun is None and lemma in OBJECT_VERBS:
            noun = passive_participle(tok, kids, lemma in PERSONAL_STANCE)
        if noun is not None:  # "the plan, which Cruz opposed": the plan is what is opposed
            return _clip(ctx, noun.left_edge.i, tok.left_edge.i - 1, para)
    if not comps and lemma in TOPIC_PREPS:
        for c in kids:
            if c.dep_ in ("prep", "prt") and c.lower_ in TOPIC_PREPS[lemma]:
                comps = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
                extend = True
                if c.lower_ == "for" and comps:  # "for the state to restore the budget"
                    comps += [k for k in kids if k.dep_ == "advcl" and k.tag_ == "VB"
                              and k.left_edge.i == comps[-1].right_edge.i + 1
                              and k.left_edge.lower_ == "to"]
                break
            if c.dep_ == "advcl" and c.i > tok.i and for_to(c, TOPIC_PREPS[lemma]):
                # "called for the United States to step up its efforts"
                return _clip(ctx, c.left_edge.i + 1, c.right_edge.i, para)
    # "said just hours after the council voted": a clause of time or reason the parser
    # made a complement is not what was said
    comps = [c for k, c in enumerate(comps)
             if c.i < tok.i or not _subordinate(c) or any(
                 tok.i < d.i < c.i and not _subordinate(d) for d in comps[:k])]
    if comps:
        right = [c for c in comps if c.i > tok.i]
        left = [c for c in comps if c.i < tok.i]
        size = lambda cs: sum(c.right_edge.i - c.left_edge.i + 1 for c in cs)  # noqa: E731
        if right and (size(right) >= size(left) or _own_clause(right[0], tok)):
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
                if extend and only_asides(doc, hi + 1, ch.left_edge.i) and (
                        ch.dep_ == "prep" and (ch.lower_ in _OBJECT_EXTENSIONS
                                               or ch.lower_ in EXTENSIONS.get(lemma, ()))
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
    if tok.dep_ == "conj" and lemma in SPEECH_VERBS and _trailing_conj(ctx, tok, kids):
        # "the city lies in ruins, and the stench is overpowering, soldiers say": the cue
        # closing the sentence after a comma reports all that comes before it
        subj = next(c for c in kids if c.dep_ == "nsubj")
        return _clip(ctx, tok.head.left_edge.i, subj.left_edge.i - 2, para)
    if as_reported(tok, kids, lemma):
        # "As The Post reported, the deal fell through": the clause the cue modifies is
        # what was reported
        head = tok.head
        lo, hi = head.left_edge.i, head.right_edge.i
        l2, h2 = tok.left_edge.i, tok.right_edge.i
        left, right = (lo, l2 - 1), (h2 + 1, hi)
        lo, hi = left if left[1] - left[0] >= right[1] - right[0] else right
        return _clip(ctx, lo, hi, para)
    if lemma in NAMING_VERBS:
        hi = _quote_called(ctx, tok)
        if hi is not None:  # "he called Rubio "Little Marco" multiple times"
            return _clip(ctx, tok.i + 1, hi, para)
    if tok.dep_ != "parataxis" and (lemma in SPEECH_VERBS or lemma in COGNITION_VERBS):
        bounds = set_off(tok, kids, ctx.in_quote)
        if bounds is not None:  # "..., police said." / "..., said Christine Link."
            return _clip(ctx, bounds[0], bounds[1], para)
    if tok.dep_ == "parataxis" and tok.head.i != tok.i:
        head = tok.head
        lo, hi = head.left_edge.i, head.right_edge.i
        l2, h2 = tok.left_edge.i, tok.right_edge.i
        left, right = (lo, l2 - 1), (h2 + 1, hi)
        lo, hi = left if left[1] - left[0] >= right[1] - right[0] else right
        return _clip(ctx, lo, hi, para)
    return None


#: the dependencies an object of saying takes ("said yes", "said so", "said the same")
_SAID_DEPS = frozenset({"dobj", "intj", "advmod", "npadvmod", "nsubj", "attr", "oprd"})


def _subordinate(comp) -> bool:
    """Whether ``comp`` is opened by a conjunction of time, reason or condition (``after``,
    ``because``), not by ``that``, ``if`` or ``whether``."""
    marks = {k.lower_ for k in comp.children if k.dep_ == "mark"}
    return bool(marks) and not marks & {"that", "if", "whether"}


def _own_clause(comp, tok) -> bool:
    """Whether the complement ``comp`` after the cue ``tok`` is a clause of its own (``said
    they were unfazed``, ``said that it failed``): a subject or a ``that`` after the cue.
    Such a complement is what was said even after a longer clause fronted before the cue
    (``Although X lamented Y - "...?" - Democrats said they were unfazed``)."""
    if tok.text[:1].isupper() and tok.i > tok.sent.start:
        return False  # "Osama Said, a media activist told ...": a name, not a cue
    if any(k.dep_ == "nsubj" and k.i > tok.i for k in tok.children):
        return False  # "..., said one official, who did not want ...": the speaker follows
    doc = tok.doc
    if any(doc[i].is_punct for i in range(tok.i + 1, comp.left_edge.i)) \
            or comp.left_edge.tag_ in ("WDT", "WP", "WRB"):
        return False  # "..., Taylor said - which he then did"
    return any(k.i > tok.i and (k.dep_ in ("nsubj", "nsubjpass", "expl")
                                or k.dep_ == "mark" and k.lower_ == "that")
               for k in comp.children)


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


def _inverted_conj(ctx: Context, tok, kids) -> bool:
    """``..., said X`` parsed as a clause of its own: a comma before the cue, its subject
    after it, no quote in what comes before."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "," or tok.head.i >= tok.i:
        return False
    if not any(c.dep_ == "nsubj" and c.i > tok.i for c in kids):
        return False
    return not any(ctx.in_quote(doc[i]) or doc[i].text in QUOTE_MARKS or doc[i].text == "''"
                   for i in range(tok.head.left_edge.i, tok.i))


def _trailing_conj(ctx: Context, tok, kids) -> bool:
    """``..., soldiers on the front line say.`` parsed as a clause of its own: the cue's
    subject follows a comma, nothing but punctuation follows the cue in its sentence, and
    no quote comes before it."""
    doc = tok.doc
    if tok.head.i >= tok.i or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.left_edge.i < 2 or doc[subj.left_edge.i - 1].text != ",":
        return False
    if subj.right_edge.i + 1 != tok.i:
        return False
    end = tok.sent.end
    if any(not (doc[i].is_punct or doc[i].is_space) for i in range(tok.i + 1, end)):
        return False
    return not any(ctx.in_quote(doc[i]) or doc[i].text in QUOTE_MARKS or doc[i].text == "''"
                   for i in range(tok.head.left_edge.i, tok.i))


def _inverted(comp, tok) -> bool:
    """Whether ``comp``, left of the cue ``tok``, is a fronted content (``X, he said``): a
    comma, dash or quote mark ends it, and the cue is a verb of saying or thinking."""
    lemma = cue_lemma(tok)
    if lemma not in SPEECH_VERBS and lemma not in COGNITION_VERBS and lemma not in QUOTE_VERBS:
        return False
    doc = tok.doc
    after = comp.right_edge.i + 1
    if after < len(doc) and (doc[after].text in (",", "\u2014", "\u2013", "--", "-")
                             or doc[after].text in QUOTE_MARKS or doc[after].text == "''"
                             or doc[comp.right_edge.i].text in (",", "\u201d", '"', "''")):
        return True
    return _closing_cue(comp, tok)


def _closing_cue(comp, tok) -> bool:
    """A verb of saying that closes its sentence after the clause it reports and its subject,
    with no comma between (texts whose commas were stripped: "Government forces shelled
    the districts overnight a monitoring group said."): the parse must show the whole
    clause, the subject right after it, and nothing after the verb but whom it was told
    and when."""
    if cue_lemma(tok) not in SPEECH_VERBS or tok.dep_ != "ROOT" or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if len(subj) != 1 or subj[0].right_edge.i != tok.i - 1:
        return False
    doc = tok.doc
    if any(doc[i].head.i != tok.i or doc[i].dep_ not in ("advmod", "npadvmod")
           for i in range(comp.right_edge.i + 1, subj[0].left_edge.i)):
        return False  # only a word of time between ("... overnight a monitoring group said")
    return all(c.dep_ in ("prep", "npadvmod", "dobj", "dative", "punct", "advmod")
               for c in tok.rights) and comp.left_edge.i == tok.sent.start


def _is_cue_word(tok) -> bool:
    return cue_lemma(tok) in _CUE_WORDS


def _is_intro(ctx: Context, cue: Cue) -> bool:
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


def _known_actor(ctx: Context, phrase) -> bool:
    """``Lynch: ...`` where the tagger saw no name: the article names that actor elsewhere."""
    if not phrase or len(phrase) > 5 or not ctx.names:
        return False
    if not all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in _LABELS for t in phrase):
        return False
    return " ".join(t.text for t in phrase).lower() in ctx.names


def _headline_cue(ctx: Context, n: int) -> Cue | None:
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
    phrase = [t for t in toks if t.i < colon.i and not (t.is_punct and t.text in MARKUP)
              and t.text not in QUOTE_MARKS]
    if not phrase:
        return None
    transcript = ctx.in_quote(colon) and _transcript_label(ctx, phrase, ps)
    known = _known_actor(ctx, phrase) or transcript
    label = _document_label(phrase)
    if not known and not label and (not _name_phrase(phrase, 5) or not any(
            t.ent_type_ in ("PERSON", "ORG", "NORP") for t in phrase)):
        return None
    if word_count(ctx.text[colon.idx + 1:pe]) < 3:
        return None
    if ctx.in_quote(colon) and not transcript:
        return None
    roots = [t for t in phrase if not (phrase[0].i <= t.head.i <= phrase[-1].i) or t.head.i == t.i]
    head = roots[0] if roots else phrase[-1]
    cue = Cue(colon, colon.idx, colon.idx + 1, "colon", n, head,
               (phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)))
    cue.content = ctx.tidy(colon.idx + 1, pe, mark=False)
    return cue


def _headline_rest(ctx: Context, tok, para: int) -> tuple[int, int] | None:
    """``Mayor Says Rebels Shelled Port, Calls ...``: in a headline (a paragraph in title
    case), what follows a verb of saying up to the next verb of the headline is what is said,
    however the parser read the capitals."""
    if not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return None
    ps, pe = ctx.para_span(para)
    line = ctx.text[ps:pe]
    if "\n" in line.strip() or not is_title_case(line):
        return None
    doc = tok.doc
    end = pe
    for t in doc[tok.i + 1:]:
        if t.idx >= pe:
            break
        if t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_.rstrip("s") in CUE_VERBS:
            end = t.idx
            break
    start = tok.idx + len(tok.text)
    if word_count(ctx.text[start:end]) < 2:
        return None
    return ctx.tidy(start, end)


def _document_label(phrase) -> bool:
    """``Survey: Most Farmers Expect ...``: a headline opened by a noun of a document."""
    return (len(phrase) == 1 and phrase[0].text[:1].isupper()
            and phrase[0].lemma_.lower() in LABEL_DOCUMENTS)


def _transcript_label(ctx: Context, phrase, ps: int) -> bool:
    """``"WHITFIELD: Well, the bill ...``: a transcript's speaker in capitals opening a paragraph
    quoted whole."""
    return (all(t.is_alpha and t.is_upper and len(t) > 1 and t.lower_ not in _LABELS
                for t in phrase) and len(phrase) <= 3
            and not ctx.text[ps:phrase[0].idx].strip(MARKUP + " ").strip("".join(QUOTE_MARKS)))


def transcript_line(ctx: Context, cue: Cue) -> bool:
    """Whether the ``Name:`` cue opens a quoted transcript line (its content is the line,
    not a quote of its own)."""
    return cue.kind == "colon" and ctx.in_quote(cue.tok)


#: nouns of documents that open a headline as its source (``Poll: ...``, ``Study: ...``)
LABEL_DOCUMENTS = frozenset({"poll", "survey", "study", "report", "analysis", "memo"})


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


def _cues(ctx: Context) -> list[Cue]:
    out = [c for n in range(len(ctx.paras)) for c in [_headline_cue(ctx, n)] if c is not None]
    doc = ctx.doc
    for i in ctx.candidates:
        tok = doc[i]
        if ctx.in_quote(tok) or tok.is_space:
            continue
        lemma = cue_lemma(tok)
        para = ctx.para_of(tok.idx)
        cue = None
        if tok.lower_ == "according":
            cue = _according(ctx, tok, para)
        elif tok.pos_ in ("VERB", "AUX") and lemma in CUE_VERBS:
            if tok.pos_ == "AUX" and lemma != "say":
                continue
            if tok.i and doc[tok.i - 1].text.endswith(("<", "</")):
                continue  # "<tweet author=...>": a tag of markup, not a verb
            if tok.tag_ in ("VBN", "VBD") and 0 < tok.i < len(doc) - 1 \
                    and doc[tok.i - 1].pos_ == "NUM" and doc[tok.i + 1].tag_ == "NNS":
                continue  # "60 pledged delegates": a participle between a number and its noun
            prt = [c for c in tok.children
                   if c.dep_ in ("prt", "prep", "advmod") and c.i == tok.i + 1]
            if lemma in PARTICLE_ONLY and not (prt and prt[0].lower_ in PARTICLE_CUES[lemma]) \
                    and not _particle_later(tok, lemma) and not _aiming(tok, lemma):
                continue
            end = tok.idx + len(tok.text)
            if prt and prt[0].lower_ in PARTICLE_CUES.get(lemma, ()):
                end = prt[0].idx + len(prt[0].text)
            if aside_of(tok) is not None:
                continue  # "Trump, asked about X, had said ...": Trump was asked
            if lemma in NAMING_VERBS and tok.tag_ == "VBN" and tok.dep_ == "acl" \
                    and not any(c.dep_ == "agent" for c in tok.children):
                continue  # "the ancient city called "a pearl of the desert"": a name it goes by
            if _purpose(tok):
                continue  # "To determine this, ...": why something was done, no cue
            if explains_anonymity(tok):
                continue  # "who asked not to be named discussing ...": why X is unnamed
            if lemma == "find" and tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "PRP" \
                    and doc[tok.i + 1].lower_.endswith(("self", "selves")):
                continue  # "found herself answering questions": where she was, no finding
            head, sp, inherit = _subject(ctx, tok)
            aside = aside_of(tok.head) if head is None and tok.head.i != tok.i else None
            if aside is not None and aside[1].i == tok.i:
                head = aside[0]
                sp, inherit = _speaker_span(ctx, head, tok), False
            if head is None and not inherit:
                head = prompted(ctx, tok)
                sp = _speaker_span(ctx, head, tok) if head is not None else None
            if head is None and not inherit:
                head, sp = name_after_quote(ctx, tok)
            if head is None and not inherit:
                head = _has_said(tok)  # "He's said he gets his ideas from ...": he has said
                sp = _speaker_span(ctx, head, tok) if head is not None else None
            if head is None and not inherit:
                head, sp = fronted_name(ctx, tok)
            by = issuer(ctx, head, tok)
            if by is not None:  # "Gowdy released a statement highlighting ...": Gowdy
                head, sp = by, _speaker_span(ctx, by, tok)
            cue = Cue(tok, tok.idx, end, "verb", para, head, sp, inherit=inherit)
            if lemma not in QUOTE_VERBS or lemma in CONTENT_VERBS:
                cue.content = _verb_content(ctx, tok, para)
            if cue.content is None and head is not None and lemma in SPEECH_VERBS:
                cue.content = _headline_rest(ctx, tok, para)
        elif tok.pos_ == "NOUN" and lemma in NOUN_CUES:
            cue = _noun_cue(ctx, tok, para)
        if cue is None:
            continue
        _finish(ctx, cue)
        out.append(cue)
    done = {c.tok.i for c in out if c.content is not None}
    adjectives, lights = extra_candidates(doc)
    for i in adjectives:
        tok = doc[i]
        if not ctx.in_quote(tok):
            _add(ctx, out, _adjective_cue(ctx, tok, ctx.para_of(tok.idx)))
    for i in lights:
        tok = doc[i]
        if i in done or ctx.in_quote(tok):
            continue
        make = _in_source if tok.lower_ == "in" else _against if tok.lower_ == "against" \
            else _to_view if tok.lower_ == "to" else _light_cue
        _add(ctx, out, make(ctx, tok, ctx.para_of(tok.idx)))
    out.sort(key=lambda c: c.start)
    return out


def _add(ctx: Context, out: list[Cue], cue: Cue | None) -> None:
    if cue is not None:
        _finish(ctx, cue)
        if cue.content is not None:
            out.append(cue)


def _finish(ctx: Context, cue: Cue) -> None:
    """Trim a cue's content of its speaker phrase and edges; mark an introduction."""
    if cue.content is not None and cue.sp is not None:
        cue.content = _without(cue.content, cue.sp, (cue.start, cue.end))
    if cue.content is not None:
        cue.content = ctx.tidy(*cue.content)
    if cue.content is not None and cue.content[1] <= cue.start and _ends_with_colon(ctx, cue):
        # "X, Russia's reconciliation center saying:" / "CNN in its article uncritically
        # claims:": a cue closing its paragraph with a colon introduces what follows; what
        # comes before it is no content (a name opening it is the speaker the parse missed)
        if cue.head is None and not cue.inherit:
            cue.head, cue.sp = _opening_name(ctx, cue.content)
        cue.content = None
    if cue.content is None:
        cue.intro = _is_intro(ctx, cue)


def _ends_with_colon(ctx: Context, cue: Cue) -> bool:
    end = max(cue.end, cue.sp[1] if cue.sp and cue.sp[0] > cue.start else cue.end)
    rest = ctx.text[end:ctx.para_span(cue.para)[1]].strip(MARKUP + " ")
    return rest == ":"


def _opening_name(ctx: Context, span: tuple[int, int]):
    """The name that opens ``span`` (``CNN`` of ``CNN in its article, ...``), as (head
    token, character span), or ``(None, None)``."""
    doc = ctx.doc
    first = doc.char_span(span[0], span[1], alignment_mode="expand")
    if first is None:
        return None, None
    toks = []
    for t in first:
        if t.pos_ != "PROPN" or ctx.in_quote(t):
            break
        toks.append(t)
    if not toks or len(toks) > 5 or not any(
            t.ent_type_ in ("PERSON", "ORG", "NORP") for t in toks):
        return None, None
    return toks[-1], (toks[0].idx, toks[-1].idx + len(toks[-1].text))


def _has_said(tok):
    """The subject of ``He's said he ...`` that the parser read as a passive ("he is said")
    although a clause of what was said follows; or None."""
    kids = list(tok.children)
    if not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "\u2019s") for c in kids) \
            or not any(c.dep_ == "ccomp" and c.i > tok.i for c in kids) \
            or any(c.dep_ == "agent" for c in kids):
        return None
    return next((c for c in kids if c.dep_ == "nsubjpass" and c.i < tok.i), None)


def _after_quote(tok) -> bool:
    """Whether the cue comes right after a closing quote (``"...," tweeted Norm Eisen``): its
    object, if the parser saw one, is the speaker set after it."""
    doc = tok.doc
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or not any(
            c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children):
        return False  # '"...," accusing it of lying': a participle takes an object
    i = tok.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and (doc[i].text in QUOTE_MARKS or doc[i].text == "''")


def _quote_called(ctx: Context, tok) -> int | None:
    """The last token of the quoted predicate of a naming verb the parser left without one
    (:func:`kg.extract.clauses.quoted_predicate`), with a second quote joined by ``and``
    ("called protesters "illegals" and "thugs"")."""
    k = bisect.bisect_right(ctx.passages, tok.idx, key=lambda p: p.open)
    if k >= len(ctx.passages) or ctx.passages[k].close is None:
        return None
    doc = ctx.doc
    p = ctx.passages[k]
    if word_count(ctx.text[p.start:p.end]) >= 4:
        return None  # a quote of its own, spoken by the one who calls
    opening = doc.char_span(p.open, p.open + 1, alignment_mode="expand")
    closing = doc.char_span(p.close, p.close + p.width, alignment_mode="expand")
    if opening is None or closing is None:
        return None
    hi = quoted_predicate(tok, opening[0].i, closing[-1].i)
    if hi is not None and k + 1 < len(ctx.passages) and hi + 2 < len(doc) \
            and doc[hi + 1].lower_ in ("and", "or") and ctx.passages[k + 1].close is not None \
            and ctx.passages[k + 1].open == doc[hi + 2].idx:
        nxt = ctx.passages[k + 1]
        end = doc.char_span(nxt.close, nxt.close + nxt.width, alignment_mode="expand")
        hi = end[-1].i if end is not None else hi
    return hi


def _purpose(tok) -> bool:
    """An infinitive of purpose set before its clause (``To determine this, the researchers
    ...``, ``In order to estimate the toll, ...``): what is done it for, not said."""
    doc = tok.doc
    to = tok.i - 1
    if tok.tag_ != "VB" or to < 0 or doc[to].lower_ != "to" or doc[to].dep_ != "aux":
        return False
    if tok.dep_ == "advcl" and to == tok.sent.start and tok.head.i > tok.i:
        return True
    return tok.dep_ == "acl" and to >= 2 and doc[to - 1].lower_ == "order" \
        and doc[to - 2].lower_ == "in"


def _aiming(tok, lemma: str) -> bool:
    """``looking to preserve their dignity``: a verb of intent with a ``to`` infinitive (not
    ``looks to be``, which is how a thing seems)."""
    return lemma in XCOMP_VERBS and any(
        c.dep_ == "xcomp" and c.i > tok.i and c.lemma_ != "be" and any(
            k.dep_ == "aux" and k.lower_ == "to" for k in c.children) for c in tok.children)


def _particle_later(tok, lemma: str) -> bool:
    """``spoke at length about the economy``: the particle of a verb that is a cue only
    with it, after an adverbial phrase of its own."""
    return any(c.dep_ == "prep" and c.lower_ in PARTICLE_CUES[lemma] and c.i > tok.i
               and any(p.dep_ in ("pobj", "pcomp") for p in c.children) for c in tok.children)


