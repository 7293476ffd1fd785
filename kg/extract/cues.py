"""Cues of a document: verbs, ``according to``, nominal cues and ``Name:`` lines, each
with its speaker phrase and the content it reports."""

from __future__ import annotations

import re

from typing import Sequence

from ..model import Entity
from .anonymity import explains_anonymity
from .clauses import NAMING_VERBS, as_reported
from .context import Context, Cue, _clip
from .cuesubjects import (aside_of, fronted_name, issuer, name_after_quote, passive_aside,
                          prompted, stranded_agent)
from .cuewords import (_END, _LABELS, CONTENT_VERBS, CUE_VERBS, INTRO_NOUNS, NO_CUE_PARTICLES,
                       NOUN_CUES, PARTICLE_CUES, PARTICLE_ONLY, QUOTE_VERBS, SPEECH_VERBS,
                       XCOMP_VERBS, cue_lemma, without_saying_verb)
from .nominal import (_according, _adjective_cue, _against, _in_source, _light_cue, _noun_cue,
                      _to_view, extra_candidates, object_before_colon)
from .quotes import MARKUP, QUOTE_MARKS, is_title_case, word_count
from .parenthetical import FINITE, in_quotation
from .runon import run_on
from .speakerwords import BODIES
from .subjects import _interposed, _speaker_span, _subject
from .verbcontent import front_piece, verb_content


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
        if e.broad not in ("Person", "Organization"):
            continue
        for name in (e.name, *e.aliases):
            out.add(name.lower())
            if e.broad == "Person" and " " in name:
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
    if not ctx.in_quote(colon):
        phrase = without_saying_verb(phrase)  # "Said Roe: ...", "Added Roe: ..."
    if not phrase:
        return None
    transcript = ctx.in_quote(colon) and _transcript_label(ctx, phrase, ps)
    known = _known_actor(ctx, phrase) or transcript
    label = _document_label(phrase)
    person = None
    if not known and not label and (not _name_phrase(phrase, 5) or not any(
            t.ent_type_ in ("PERSON", "ORG", "NORP") for t in phrase)):
        person = _person_quoted(ctx, phrase, colon, pe)
        if person is None:
            return None
        phrase = person  # "Jane Roe to Senate: 'You should resign'": her words
    if word_count(ctx.text[colon.idx + 1:pe]) < 3:
        return None
    if ctx.in_quote(colon) and not transcript:
        return None
    if not transcript and (_topic_label(ctx.text[colon.idx + 1:pe], phrase)
                           or _section_title(ctx, colon, pe, n)
                           or not known and _recurring_label(ctx, phrase, n)):
        return None
    roots = [t for t in phrase if not (phrase[0].i <= t.head.i <= phrase[-1].i) or t.head.i == t.i]
    head = roots[0] if roots else phrase[-1]
    cue = Cue(colon, colon.idx, colon.idx + 1, "colon", n, head,
               (phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)))
    cue.content = ctx.tidy(colon.idx + 1, pe, mark=False)
    if cue.content is not None:
        s, e = cue.content
        if e - s > 2 and ctx.text[s] in "'\u2018" and ctx.text[e - 1] in "'\u2019":
            cue.content = ctx.tidy(s + 1, e - 1, mark=False)  # "Reid: 'Never underestimate'"
    return cue


def _person_quoted(ctx: Context, phrase, colon, pe: int) -> list | None:
    """The one person named in a label with no verb that is no name of its own (``Jane Roe
    to the Senate``, ``A lesson from Jane Roe``) when what follows its colon is wholly
    quoted: her words; else None."""
    if ctx.in_quote(colon) or len(phrase) > 10 \
            or any(t.pos_ in ("VERB", "AUX", "PRON") or t.text == "," for t in phrase):
        return None  # ("Mr Snowden said:", "His criticism of Roe ended:": a sentence's own;
        # "Little daylight between her and Roe:": the words may be hers)
    rest = ctx.text[colon.idx + 1:pe].strip(MARKUP + " ").rstrip(".")
    marks = QUOTE_MARKS + "'\u2018\u2019"  # (headlines quote with single marks)
    if len(rest) < 3 or rest[0] not in marks or rest[-1] not in marks:
        return None
    people = [t for t in phrase if t.ent_type_ == "PERSON"]
    if not people or any(t.ent_iob_ == "B" for t in people[1:]) \
            or people[-1].i - people[0].i + 1 != len(people):
        return None  # no one, or two people
    return people


def _topic_label(rest: str, phrase) -> bool:
    """Whether the paragraph after ``Name:`` names it again (``Brexit: One certainty is that
    Brexit will finally occur``): the name is the topic of a list entry, not its speaker, who
    would not name itself."""
    name = " ".join(t.text for t in phrase)
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", rest) is not None


_BYLINE = re.compile(r"By [A-Z][\w.’'-]+ [A-Z]")


def _recurring_label(ctx: Context, phrase, n: int) -> bool:
    """Whether a ``Label:`` that names no actor of the article opens another paragraph too
    (``Comedian's Perspective: ...`` after each item of a list): a heading of the article's
    own, no one's words."""
    label = ctx.text[phrase[0].idx:phrase[-1].idx + len(phrase[-1].text)]
    for m in range(len(ctx.paras)):
        if m != n:
            ps, pe = ctx.para_span(m)
            line = ctx.text[ps:pe].lstrip(MARKUP + " ")
            if line.startswith(label) and line[len(label):].lstrip().startswith(":"):
                return True
    return False


def _section_title(ctx: Context, colon, pe: int, n: int) -> bool:
    """Whether a ``Label: ...`` paragraph is the title of a section, no one's words: what
    follows the colon has no verb and no closing stop (``Reality Check: Sanders on universal
    health care``), or a byline follows the line (``By Jane Roe, CNN``)."""
    rest = [t for t in colon.doc[colon.i + 1:] if t.idx < pe]
    ends = ctx.text[colon.idx:pe].rstrip().rstrip("".join(QUOTE_MARKS) + ")'\u2019")
    if not any(t.pos_ in ("VERB", "AUX") for t in rest) and not ends.endswith(
            (".", "?", "!", "…", "—", "–", "-")):
        return True  # (not "COOPER: Saudi Arabia, nuclear weapons?": a line of a transcript)
    ns, ne = ctx.para_span(n + 1)
    return _BYLINE.match(ctx.text, ns, ne) is not None


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


def _link_headline(ctx: Context, tok, para: int) -> bool:
    """Whether ``tok`` is the present-tense ``says``/``tells``/``warns`` of a short paragraph
    with no final stop between the story's paragraphs: the headline of a link or a subhead,
    not a sentence of the story (which reports in the past tense, stop or none)."""
    if tok.tag_ != "VBZ" or tok.lemma_.lower() not in ("say", "tell", "warn") \
            or not 0 < para < len(ctx.paras) - 1:
        return False  # the article's own headline, first, still reports
    ps, pe = ctx.para_span(para)
    line = ctx.text[ps:pe].rstrip(MARKUP + " \n\t")
    if not line or line[-1] in ".!?:;," or line[-1] in QUOTE_MARKS and line[-2:-1] in (
            ".", "!", "?", ","):
        return False
    return word_count(line) <= 25


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
        elif tok.pos_ == "NOUN" and tok.tag_ == "NNS" and lemma in SPEECH_VERBS \
                and (cue := _verb_taken_for_noun(ctx, tok, para)
                     or _closing_verb_taken_for_noun(ctx, tok, para)) is not None:
            pass  # "Jane Roe charges that ...": the name the verb's subject
        elif tok.pos_ == "NOUN" and tok.tag_ == "NNS" and lemma in SPEECH_VERBS \
                and lemma not in NOUN_CUES and not _parsed_as_verb(tok, lemma):
            cue = _aside_taken_for_noun(ctx, tok, para)
        elif tok.pos_ in ("VERB", "AUX") and (lemma in CUE_VERBS or i in ctx.frames) \
                or _parsed_as_verb(tok, lemma):
            if tok.pos_ == "AUX" and lemma != "say":
                continue
            if tok.i and doc[tok.i - 1].text.endswith(("<", "</")):
                continue  # "<tweet author=...>": a tag of markup, not a verb
            if tok.tag_ in ("VBN", "VBD") and 0 < tok.i < len(doc) - 1 \
                    and doc[tok.i - 1].pos_ == "NUM" and doc[tok.i + 1].tag_ == "NNS":
                continue  # "60 pledged delegates": a participle between a number and its noun
            prt = [c for c in tok.children
                   if c.dep_ in ("prt", "prep", "advmod") and c.i == tok.i + 1]
            if prt and prt[0].lower_ in NO_CUE_PARTICLES.get(lemma, ()) \
                    and not _calls_for(tok):
                continue  # "showed off its missiles": a display, nothing said or found;
                # "called in a helicopter": a summons (not "called in a statement for ...")
            if lemma in PARTICLE_ONLY and not (prt and prt[0].lower_ in PARTICLE_CUES[lemma]) \
                    and not _particle_later(tok, lemma) and not _aiming(tok, lemma):
                continue
            end = tok.idx + len(tok.text)
            if prt and (prt[0].lower_ in PARTICLE_CUES.get(lemma, ())
                        or i in ctx.frames and prt[0].lower_ == "back"):  # "shot back"
                end = prt[0].idx + len(prt[0].text)
            if aside_of(tok) is not None or _interposed(tok) or passive_aside(tok):
                continue  # "Trump, asked about X, had said ...": Trump was asked
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "emphasis"
                   for c in tok.children):
                continue  # "(emphasis added)", "(emphasis mine)": the writer's typography
            if lemma in NAMING_VERBS and tok.tag_ == "VBN" and tok.dep_ == "acl" \
                    and not any(c.dep_ == "agent" for c in tok.children):
                continue  # "the ancient city called "a pearl of the desert"": a name it goes by
            if _purpose(tok):
                continue  # "To determine this, ...": why something was done, no cue
            if _counterfactual(tok):
                continue  # "should have said that ...", "could have used his address to
                # announce ...": what was not said
            if _link_headline(ctx, tok, para):
                continue  # "Syria: Mayor says talks failed" between paragraphs: a link
            if explains_anonymity(tok):
                continue  # "who asked not to be named discussing ...": why X is unnamed
            if lemma in _REFLEXIVE_NO_CUE and tok.i + 1 < len(doc) \
                    and doc[tok.i + 1].tag_ == "PRP" \
                    and doc[tok.i + 1].lower_.endswith(("self", "selves")):
                continue  # "found herself answering questions": where she was, no finding;
                # "denied himself the luxuries": what he went without, nothing denied
            head, sp, inherit = _subject(ctx, tok)
            quoted = _quoting(tok) if head is None else None
            if quoted is not None:  # "To quote Mark Twain: "..."": Twain's words
                head, sp, inherit = quoted, _speaker_span(ctx, quoted, tok), False
            aside = aside_of(tok.head) if head is None and tok.head.i != tok.i else None
            if aside is not None and aside[1].i == tok.i:
                head = aside[0]
                sp, inherit = _speaker_span(ctx, head, tok), False
            if head is None and not inherit:
                head = prompted(ctx, tok)
                sp = _speaker_span(ctx, head, tok) if head is not None else None
            if head is None and (not inherit or not ctx.in_quote(tok)):
                # (also where the parser hung the verb on the quote's own verb: '"We will
                # win," police Chief Jane Roe said', the name between them speaks)
                head, sp = name_after_quote(ctx, tok)
                inherit = inherit and head is None
            if head is None and not inherit:
                head = _has_said(tok)  # "He's said he gets his ideas from ...": he has said
                sp = _speaker_span(ctx, head, tok) if head is not None else None
            if head is None and not inherit:
                head, sp = fronted_name(ctx, tok)
            by = issuer(ctx, head, tok)
            if by is not None:  # "Gowdy released a statement highlighting ...": Gowdy
                head, sp = by, _speaker_span(ctx, by, tok)
            cue = Cue(tok, tok.idx, end, "verb", para, head, sp, inherit=inherit)
            if (lemma not in QUOTE_VERBS or lemma in CONTENT_VERBS) and lemma in CUE_VERBS \
                    or lemma == "put" and as_reported(tok, list(tok.children), lemma):
                cue.content = verb_content(ctx, tok, para)
                cue.front = front_piece(ctx, tok, cue.content, para)
            if cue.content is None and head is not None and lemma in SPEECH_VERBS:
                cue.content = _headline_rest(ctx, tok, para)
            run = run_on(ctx, tok, para)
            if run is not None:  # "... were killed in the shelling a monitoring group said"
                keep = head is not None and run[1][0] <= head.idx < run[1][1] \
                    and (head.ent_type_ or not run[0].ent_type_)  # a name over a noun
                content = run[2]
                if keep and cue.content is not None and cue.content[0] < content[1] \
                        and _hung_on(tok, cue.content[1], content[1]):
                    # the parse agrees on the speaker: a word of time it hung on the cue
                    # ("... overnight a monitoring group said") stays out of the content
                    content = (content[0], cue.content[1])
                cue.head, cue.sp, cue.content = head if keep else run[0], run[1], content
                cue.front = None
                cue.inherit = False
            if _question_left_open(ctx, tok, cue.content):
                continue  # "did not say who was behind it", "declined to say what ..."
        elif tok.pos_ == "NOUN" and lemma in NOUN_CUES:
            cue = _noun_cue(ctx, tok, para) or _stranded_cue(ctx, tok, para) \
                or _object_introducing(ctx, tok, para)
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
        _add(ctx, out, make(ctx, tok, ctx.para_of(tok.idx)), intro=make is _light_cue)
    out.sort(key=lambda c: c.start)
    return out


def _verb_taken_for_noun(ctx: Context, tok, para: int) -> Cue | None:
    """A verb of saying in the present tense that the tagger took for a plural noun after a
    name and before ``that`` and a clause (``Jane Roe charges that the plan failed``, the
    parser making the name a modifier of the noun and the clause hung on it): the name
    speaks the clause, or None."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "that" or not tok.lower_.endswith("s"):
        return None
    name = [c for c in tok.children if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN")
            and c.is_title and c.i == tok.i - 1 and c.ent_type_ in ("PERSON", "ORG")]
    clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and c.left_edge.i == tok.i + 1 and c.tag_ in FINITE | {"VBN"}), None)
    if not name or clause is None or any(c.dep_ in ("det", "poss", "amod", "nummod")
                                         for c in tok.children):
        return None  # ("the Trump claims that ...": a noun after all)
    head = name[0]
    if ctx.in_quote(head):
        return None
    return Cue(tok, tok.idx, tok.idx + len(tok.text), "verb", para, head,
               (doc[head.left_edge.i].idx, head.idx + len(head.text)),
               content=_clip(ctx, tok.i + 2, clause.right_edge.i, para))


def _closing_verb_taken_for_noun(ctx: Context, tok, para: int) -> Cue | None:
    """A verb of saying closing its sentence after a clause and a comma that the tagger took
    for a plural noun, the words of its subject hung on it as modifiers (``..., the
    senator's former aide maintains.``): the last of them speaks the clause, or None."""
    doc = tok.doc
    if tok.dep_ != "ROOT" or not (tok.i + 1 == tok.sent.end or doc[tok.i + 1].is_punct):
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    mods = [c for c in tok.children if clause is not None and clause.i < c.i < tok.i
            and c.dep_ in ("compound", "amod", "det", "poss")]
    if clause is None or not mods or mods[-1].dep_ != "compound" \
            or mods[-1].pos_ not in ("NOUN", "PROPN") or mods[-1].i != tok.i - 1 \
            or doc[mods[0].left_edge.i - 1].text != "," or ctx.in_quote(mods[-1]):
        return None
    head = mods[-1]
    return Cue(tok, tok.idx, tok.idx + len(tok.text), "verb", para, head,
               (doc[mods[0].left_edge.i].idx, head.idx + len(head.text)),
               content=_clip(ctx, clause.left_edge.i, clause.right_edge.i, para))


def _parsed_as_verb(tok, lemma: str) -> bool:
    """A verb of saying in the present tense that the tagger took for a plural noun though
    the parser gave it a subject and a clause (``But Jane Roe claims that she won``)."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and lemma in SPEECH_VERBS \
        and any(c.dep_ == "nsubj" for c in tok.children) \
        and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)


def _aside_taken_for_noun(ctx: Context, tok, para: int) -> Cue | None:
    """A cue set between commas inside its sentence whose verb of saying the tagger took for
    a plural noun (``That decision, Reuters reports, came ...``; ``Yet another example, the
    New York Times reports, is ...``, the parser making the cue a subject): the speaker the
    noun phrase before the verb, the content the sentence around the aside, or None.  Both
    pieces must be there, the one after the aside with a verb of a tense, the one before
    with none, and neither with a quote mark."""
    doc = tok.doc
    sent = tok.sent
    if tok.i + 2 >= sent.end or doc[tok.i + 1].text != ",":
        return None
    lo = tok.i
    while lo > sent.start and tok.i - lo < 6 and doc[lo - 1].pos_ in _NAME_POS \
            and doc[lo - 1].text != ",":
        lo -= 1
    phrase = doc[lo:tok.i]
    if not len(phrase) or lo - 2 < sent.start or doc[lo - 1].text != "," \
            or phrase[-1].pos_ not in ("PROPN", "NOUN") or doc[tok.i + 2].lower_ in _JOINS:
        return None
    if not any(t.pos_ == "PROPN" for t in phrase) and not (
            phrase[0].lower_ == "the" and phrase[-1].lemma_.lower() in BODIES):
        return None  # a name or a body ("the paper"), not an item of a list ("travel claims")
    hi = sent.end - 1
    while hi > tok.i + 1 and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    if not any(doc[i].tag_ in FINITE for i in range(tok.i + 2, hi + 1)) or any(
            doc[i].tag_ in FINITE for i in range(sent.start, lo - 1)) \
            or in_quotation(doc, sent.start, lo - 2, ctx.in_quote) \
            or in_quotation(doc, tok.i + 2, hi, ctx.in_quote):
        return None
    head = phrase[-1]
    sp = (phrase[0].idx, head.idx + len(head.text))
    return Cue(tok, tok.idx, tok.idx + len(tok.text), "verb", para, head, sp,
               content=_clip(ctx, tok.i + 2, hi, para),
               front=_clip(ctx, sent.start, lo - 2, para))


#: verbs that say nothing with a reflexive object right after them
_REFLEXIVE_NO_CUE = frozenset({"find", "deny", "identify"})
#: words that carry a list on past a comma ("..., travel claims, and expenses")
_JOINS = frozenset({"and", "or", "but", "nor"})
#: the parts of speech of the words of a speaker's name or description
_NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART"})


def _calls_for(tok) -> bool:
    """Whether a ``for`` phrase hangs on ``tok`` through its phrases and objects alone
    (``called in a video message for other tribes to join``, ``call in vague terms for
    clarity``): a call for something, not a summons (``called in a helicopter``)."""
    for t in tok.subtree:
        if t.i <= tok.i or t.lower_ != "for" or t.dep_ != "prep":
            continue
        up = t.head
        while up.i != tok.i and up.dep_ in ("prep", "pobj", "dobj", "prt"):
            up = up.head
        if up.i == tok.i:
            return True
    return False


def _hung_on(tok, start: int, end: int) -> bool:
    """Whether the words between characters ``start`` and ``end`` all hang on the cue
    ``tok``, directly or through one another."""
    words = [t for t in tok.sent if start <= t.idx < end and not (t.is_space or t.is_punct)]
    ids = {t.i for t in words}
    return bool(words) and all(t.head.i == tok.i or t.head.i in ids for t in words)


def _stranded_cue(ctx: Context, tok, para: int) -> Cue | None:
    """The cue of the noun of saying ``tok`` whose ``by`` agent and ``that`` clause the
    parser hung on the verb it is the object of (``challenged an account by the minister
    that the jet swerved``): the agent says the clause."""
    stranded = stranded_agent(tok.head) if tok.dep_ == "dobj" else None
    if stranded is None or stranded[0].i != tok.i:
        return None
    _, agent, clause = stranded
    head = next(p for p in agent.children if p.dep_ == "pobj")
    if ctx.in_quote(head):
        return None
    return Cue(tok, tok.idx, tok.idx + len(tok.text), "noun", para, head,
               _speaker_span(ctx, head, tok),
               _clip(ctx, clause.left_edge.i, clause.right_edge.i, para))


def _object_introducing(ctx: Context, tok, para: int) -> Cue | None:
    """The cue of a noun of saying that is the object of a verb of no saying and closes its
    paragraph with a colon (``Jane Roe made the following comment:``): the verb's subject
    introduces the next paragraph, or None."""
    if tok.dep_ != "dobj" or tok.lemma_.lower() not in INTRO_NOUNS \
            or tok.head.pos_ != "VERB" or cue_lemma(tok.head) in CUE_VERBS \
            or not object_before_colon(ctx, tok, para):
        return None
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None or ctx.in_quote(subj) or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return Cue(tok, tok.idx, tok.idx + len(tok.text), "noun", para, subj,
               _speaker_span(ctx, subj, tok))


def _add(ctx: Context, out: list[Cue], cue: Cue | None, *, intro: bool = False) -> None:
    """Finish ``cue`` and keep it if it has content, or (``intro``) introduces what follows."""
    if cue is not None:
        _finish(ctx, cue)
        if cue.content is not None or intro and cue.intro:
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
        cue.front = None
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


#: words that open an indirect question
_WH = frozenset({"what", "whether", "who", "whom", "whose", "when", "where", "why", "how",
                 "which", "if"})
#: verbs that withhold what would be said ("declined to say whether")
_WITHHOLD = frozenset({"decline", "refuse"})


def _question_left_open(ctx: Context, tok, content) -> bool:
    """Whether the verb of saying ``tok`` leaves a question open: what it reports is an
    indirect question and it is not said (``did not say who was behind the attack``,
    ``would not say whether``): nobody's claim (declining to say stays a stand)."""
    if content is None or cue_lemma(tok) not in SPEECH_VERBS:
        return False
    span = ctx.doc.char_span(content[0], content[1], alignment_mode="expand")
    words = [t for t in span if not t.is_punct and not t.is_space][:1] if span is not None \
        else []
    if not words or words[0].lower_ not in _WH:
        return False
    up = tok.head if tok.dep_ == "xcomp" else tok
    return any(c.dep_ == "neg" for c in tok.children) or any(
        c.dep_ == "neg" for c in up.children) or cue_lemma(up) in _WITHHOLD


#: verbs whose subject is the one who does what their infinitive says, which no passive
#: takes (``he's sought to protect``, not ``he's expected to win``)
_CONTROL = frozenset({"seek", "vow", "promise", "pledge", "try", "attempt", "refuse",
                      "threaten", "agree", "offer", "decide", "choose", "hope", "plan", "want",
                      "aim", "vote"})
#: verbs of a stand taken ``for`` something (``who's called for tax hikes``)
_FOR = frozenset({"call", "push", "press", "argue", "advocate", "lobby", "campaign"})


def _has_said(tok):
    """The subject of ``He's said he ...`` that the parser read as a passive ("he is said")
    although a clause of what was said, or an object, follows (``he's heralded plans to
    ...``: no passive takes an object), or an infinitive of a verb whose subject does it
    (``he's sought to protect``), or ``for`` after a verb of a stand (``who's called for
    tax hikes``); or None."""
    kids = list(tok.children)
    lemma = tok.lemma_.lower()
    if not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "\u2019s") for c in kids) \
            or not any(c.dep_ in ("ccomp", "dobj") and c.i > tok.i
                       or c.dep_ == "xcomp" and lemma in _CONTROL and c.i > tok.i
                       or c.dep_ == "prep" and c.lower_ == "for" and lemma in _FOR
                       for c in kids) \
            or any(c.dep_ == "agent" for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    if subj is not None and subj.lower_ in ("who", "that") and tok.dep_ == "relcl":
        return tok.head  # "Hillary Clinton - who's called for ...": she
    return subj


def _quoting(tok):
    """Whom the writer quotes in ``To quote X:`` opening a sentence: X, the object of
    ``quote``, or None."""
    doc = tok.doc
    if tok.lemma_.lower() != "quote" or tok.tag_ != "VB" or tok.i == 0 \
            or doc[tok.i - 1].lower_ != "to" or doc[tok.i - 1].i != tok.sent.start:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    end = obj.right_edge.i + 1 if obj is not None else len(doc)
    return obj if end < len(doc) and doc[end].text == ":" else None  # (not "To quote the
    # old saying, there is ...": the writer's own words)


def _counterfactual(tok) -> bool:
    """A verb of saying in a past that did not happen (``should have said that``, ``could
    have used his speech to announce``): ``could``, ``should`` or ``would`` with ``have``
    on the verb, or on the verb whose infinitive it is.  Not ``may have told`` (a report of
    what perhaps was said)."""
    t = tok
    for _ in range(3):
        if t.tag_ in ("VBN", "VBD"):  # (the tagger's past for a participle after "have")
            aux = {c.lower_ for c in t.children if c.dep_ == "aux"}
            return "have" in aux and bool(aux & _COUNTERFACTUAL)
        if t.tag_ != "VB" or t.dep_ not in ("xcomp", "advcl", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


#: modal verbs that, with "have", put a verb in a past that did not happen
_COUNTERFACTUAL = frozenset({"could", "should", "would", "'d", "\u2019d"})


def _purpose(tok) -> bool:
    """An infinitive of purpose set before its clause (``To determine this, the researchers
    ...``, ``In order to estimate the toll, ...``): what is done it for, not said."""
    doc = tok.doc
    to = tok.i - 1
    if tok.tag_ != "VB" or to < 0 or doc[to].lower_ != "to" or doc[to].dep_ != "aux" \
            or _quoting(tok) is not None:
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


