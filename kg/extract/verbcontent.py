"""What a verb cue reports: the clause, object or predicate its parse gives it
(``said that ...``, ``urged Congress to act``, ``called the deal "a disaster"``), a
content fronted before it (``X, he said``) or closing a sentence, and the parser's
look-alikes of these (a clause of time, a relayed report)."""

from __future__ import annotations

import bisect

from .acts import is_source
from .clauses import (NAMING_VERBS, addressee, as_reported, for_to, only_asides,
                      passive_object, passive_participle, personal_subject, phrases_of,
                      quoted_predicate, relative_object, relay_subject, relayed, relays,
                      stance_object)
from .context import Context, _clip
from .cuewords import (_CUE_WORDS, _OBJECT_EXTENSIONS, AS_ONLY, ASKING, COGNITION_VERBS,
                       EXTENSIONS, GERUND_VERBS, HEARERS, OBJECT_VERBS, PARTICLE_OBJECTS,
                       PERSONAL_STANCE, QUOTE_VERBS, SAID_OBJECTS, SPEECH_VERBS, STANCE_VERBS,
                       TOPIC_PREPS, XCOMP_VERBS, cue_lemma)
from .misparsed import (hung_between, misparsed_complement, noun_predicate,
                        object_after_comma, that_root)
from .parenthetical import FINITE, appended_speaker, in_quotation, set_off
from .quotes import QUOTE_MARKS, word_count
from .cuesubjects import reporters_act, stranded_agent
from .subjects import (_interposed, as_saying, gerund_aside, quoted_as_saying,
                       run_in_speaker, said_after_gerund)


#: conjunctions opening a clause of time or reason
_SUBORDINATORS = frozenset({"after", "before", "when", "while", "since", "because", "as",
                            "until", "once", "though", "although", "whereas"})


#: verbs of answering, and the nouns of a message they answer that say nothing of what was
#: said ("did not respond to a request for comment", "replied to our emails")
_ANSWERING = frozenset({"respond", "reply", "answer"})
_CONTACTS = frozenset({"request", "message", "call", "email", "e-mail", "inquiry", "query",
                       "voicemail"})


def _contact(noun) -> bool:
    """Whether ``noun`` is a message or request sent to someone (``a request for comment``,
    ``several emails``, ``phone calls and emails``), whose answer tells nothing of its own.

    >>> import spacy
    >>> doc = spacy.blank("en")("requests emails")
    >>> doc[0].lemma_, doc[1].lemma_ = "request", "email"
    >>> _contact(doc[0]), _contact(doc[1])
    (True, True)
    """
    return noun.lemma_.lower() in _CONTACTS or noun.lower_.rstrip("s") in _CONTACTS


#: entity labels of a time
_TIMES = frozenset({"DATE", "TIME"})


def _past_said_when(clause, lo: int) -> int:
    """Where the clause ``clause`` reported right after its cue starts past a time the
    parser hung on it before its subject (``said on Tuesday it would ground its planes``,
    the time the saying's); ``lo`` where there is none."""
    doc = clause.doc
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")
                 and c.i > lo), None)
    if subj is None:
        return lo
    for c in clause.children:
        if c.left_edge.i == lo and c.right_edge.i < subj.left_edge.i \
                and c.dep_ in ("prep", "npadvmod") and all(
                    t.ent_type_ in _TIMES for t in c.subtree if t.dep_ != "prep"):
            return c.right_edge.i + 1 + (doc[c.right_edge.i + 1].text == ",")
    return lo


def _after_subordinate(clause) -> bool:
    """Whether ``clause``, hung on a verb of saying as what it says, opens after a comma with
    the conjunction of a clause of time or reason inside it (``"...," Jane Roe told Tom
    Baker, after he admitted he had not been held accountable``): the parser's misreading
    of an aside, not what was said."""
    first = clause.left_edge
    return first.dep_ == "mark" and first.lower_ in _SUBORDINATORS \
        and first.head.i != clause.i and first.head.dep_ == "advcl" \
        and first.i > 0 and clause.doc[first.i - 1].text == ","


def verb_content(ctx: Context, tok, para: int) -> tuple[int, int] | None:
    """The character span of what the verb cue ``tok`` reports in paragraph ``para``, or
    None: its clausal complement (or infinitive, object of stance, what a naming verb
    calls, ...), a clause fronted before it after a comma, dash or quote mark, or the clause
    before a cue closing its sentence."""
    lemma = cue_lemma(tok)
    if quoted_as_saying(tok) is not None and any(
            v.dep_ in ("ccomp", "dobj") for v in as_saying(tok).children):
        return None  # "cited officials as saying that ...": what the officials said is theirs
    kids = [c for c in tok.children if not c.is_space and ctx.para_of(c.idx) == para]
    said = next((c for c in kids if said_after_gerund(c) is not None), None)
    if said is not None:  # "Roe, noting the size of the crowd, said, ...": what is noted
        return _clip(ctx, tok.i + 1, said.i - 2, para)
    root = that_root(tok)
    if root is not None and lemma in SPEECH_VERBS | COGNITION_VERBS:
        return _clip(ctx, root[0].i + 1, root[1].right_edge.i, para)
    resumed = _resumed_clause(tok, kids) if lemma in SPEECH_VERBS else None
    if resumed is not None:  # "These employees, Baker explained, were well paid": the
        # verb after the aside, its subject the front (front_piece)
        return _clip(ctx, resumed.left_edge.i, resumed.right_edge.i, para)
    stranded = stranded_agent(tok)
    if stranded is not None:  # "challenged an account by X that ...": X's clause
        kids = [c for c in kids if c.i not in (stranded[1].i, stranded[2].i)]
    if relayed(tok) is not None or relays(tok, kids) or _passes_on(ctx, tok, kids):
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
             and not _interposed(c) and not gerund_aside(c) and not noun_predicate(c, tok)
             and not _after_subordinate(c)]
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
        comps = misparsed_complement(tok, kids)
    if not comps and lemma in ASKING:
        # "asked the students if they were serious": the parser hangs the question on the
        # verb as a clause of condition
        comps = [c for c in kids if c.dep_ == "advcl" and c.i > tok.i and any(
            k.dep_ == "mark" and k.lower_ in ("if", "whether") and k.i == c.left_edge.i
            for k in c.children)][:1]
    if not comps and (lemma in STANCE_VERBS and lemma not in AS_ONLY or lemma in GERUND_VERBS):
        # "opposes raising the minimum wage": a gerund is what is supported or attacked;
        # "denied taking the money", "recalled seeing the gunman": what is said
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
    if not comps and lemma in PARTICLE_OBJECTS and any(
            c.dep_ == "prt" and c.lower_ in PARTICLE_OBJECTS[lemma] for c in kids):
        # "laid out his plan", "spelled out the terms": what the verb with its particle sets out
        comps = [c for c in kids if c.dep_ == "dobj" and c.i > tok.i][:1]
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
                comps = [p for p in c.children if p.dep_ in ("pobj", "pcomp")
                         and not (lemma in _ANSWERING and _contact(p))]
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
        if right and (size(right) >= size(left) or _own_clause(right[0], tok)) \
                and not (left and _dashed(right[0], tok)):
            lo = min(c.left_edge.i for c in right)
            hi = max(c.right_edge.i for c in right)
            doc = tok.doc
            obj = next((d for d in kids if d.dep_ == "dobj" and tok.i < d.i and d.pos_ != "PRON"
                        and hung_between(tok, d.right_edge.i + 1, lo)), None)
            if obj is not None and not (lemma in HEARERS and addressee(obj)) \
                    and right[0].dep_ == "ccomp" \
                    and not any(k.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                for k in right[0].children):
                lo = obj.left_edge.i  # "believed engagement with Iran would create ...": the
                # parser took the clause's subject for the verb's object
            acts = [v for c in right for v in c.children if reporters_act(v) is not None
                    or _contrasted_report(v)]
            if acts:  # "said the plane plunged and challenged ...": the speaker challenged
                hi = min(hi, min(v.left_edge.i for v in acts) - 1)
                while hi > lo and (doc[hi].dep_ == "cc" or doc[hi].is_punct):
                    hi -= 1
            for i in range(tok.i + 1, lo):  # "said in a report that ...": start at "that"
                if doc[i].lower_ == "that" and doc[i].dep_ == "mark":
                    lo = i
                    break
            if lo == tok.i + 1:  # "said on Tuesday it would ...": the day is the saying's
                lo = _past_said_when(right[0], lo)
            for ch in tok.rights:  # what the parser hung on the cue after the content
                if ch.i <= hi:
                    continue
                if extend and only_asides(doc, hi + 1, ch.left_edge.i) and (
                        ch.dep_ == "prep" and (ch.lower_ in _OBJECT_EXTENSIONS
                                               or ch.lower_ in EXTENSIONS.get(lemma, ()))
                        or ch.dep_ in ("oprd", "xcomp")):
                    hi = ch.right_edge.i  # "accused Trump of lying", "called him a liar"
                    continue
                if extend and ch.dep_ == "prep" and any(
                        k.dep_ == "oprd" and k.i > ch.i and phrases_of(
                            kids, hi + 1, k.left_edge.i) for k in tok.rights):
                    hi = ch.right_edge.i
                    continue  # "called her vote in favor of the war a mistake": the phrase
                    # of the object, hung on the verb, before the predicate
                if ch.dep_ != "conj":
                    continue
                if any(k.dep_ in ("nsubj", "nsubjpass") for k in ch.children) or _is_cue_word(ch):
                    break
                hi = ch.right_edge.i  # "that A are B and has been C"
        else:
            lo = min(c.left_edge.i for c in left)
            hi = max(c.right_edge.i for c in left)
            speaker = run_in_speaker(tok)
            if speaker is not None:  # "... added 0.2 points to GDP, the office said"
                hi = speaker.left_edge.i - 1
        words = ctx.cue_words  # '"...," adding that': the participle is not content
        for k in range(bisect.bisect_right(words, lo), bisect.bisect_right(words, hi)):
            t = tok.doc[words[k]]
            if t.tag_ == "VBG" and t.dep_ in ("advcl", "conj") and not ctx.in_quote(t):
                hi = t.left_edge.i - 1
                break
        return _clip(ctx, lo, hi, para)
    appended = appended_speaker(tok) if lemma in SPEECH_VERBS else None
    if appended is not None:  # "..., a spokesman, Col. Ahmed Ali, said Monday."
        return _clip(ctx, tok.sent.start, appended.left_edge.i - 2, para)
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
        head = _as_head(tok)
        said = cue_lemma(head)
        if (said in _PASSING_ON or said in SPEECH_VERBS and any(
                c.dep_ == "ccomp" and c.i > head.i or ctx.in_quote(c) for c in head.subtree
                if c.i > head.i)) and any(c.dep_ == "nsubj" and c.i < head.i
                                          and is_source(c, False) for c in head.children):
            return None  # "As Politico notes, Clinton said ...", "As The Hill reported, X
            # indicated that ...", "As we reported, Obama told the nation: "..."": X's words
        lo, hi = head.left_edge.i, head.right_edge.i
        l2, h2 = tok.left_edge.i, tok.right_edge.i
        after = _as_inside(tok)
        if after is not None:
            # "The plan, as Roe said, is dead": what follows the aside, its opening piece
            # the front (front_piece)
            return _clip(ctx, after, hi, para)
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
    if tok.dep_ == "parataxis" and tok.head.i != tok.i and not _tags_quote(ctx, tok):
        head = tok.head
        if head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
            head = head.head  # "Clinics, they argue, are better placed ...": hung on "are"
        lo, hi = head.left_edge.i, head.right_edge.i
        l2, h2 = tok.left_edge.i, tok.right_edge.i
        left, right = (lo, l2 - 1), (h2 + 1, hi)
        if right[1] >= right[0]:
            after = _clip(ctx, *right, para)
            if front_piece(ctx, tok, after, para) is not None:
                return after  # "The plan would, officials said, cost billions": both pieces
        lo, hi = left if left[1] - left[0] >= right[1] - right[0] else right
        return _clip(ctx, lo, hi, para)
    return None


def _resumed_clause(tok, kids):
    """The verb of a sentence that a cue set between commas interrupts, where the parser made
    it a second verb of the cue (``These employees, Baker explained at the hearing, were
    well paid``): a verb of a tense with no subject, joined to the cue by a comma alone,
    after a cue with its own subject right after the comma that closes the sentence's
    opening noun phrase; else None."""
    doc = tok.doc
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.left_edge.i - 2 < tok.sent.start \
            or doc[subj.left_edge.i - 1].text != "," or any(
                c.dep_ in ("ccomp", "xcomp", "dobj", "cc") for c in kids):
        return None
    verb = next((c for c in kids if c.dep_ == "conj" and c.i > tok.i), None)
    if verb is None or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or doc[verb.left_edge.i - 1].text != "," or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    opening = doc[tok.sent.start:subj.left_edge.i - 1]
    tops = [t for t in opening if not opening.start <= t.head.i < opening.end]
    if any(t.tag_ in FINITE for t in opening) or len(tops) != 1 \
            or tops[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None  # (not "In the end, ...": a phrase, no subject)
    return verb


def _as_head(tok):
    """The verb of the clause an ``as`` clause of saying reports: the verb it modifies, or
    the verb of the subject the parser hung it on ("The plan, as Roe said, is dead")."""
    head = tok.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.i != head.i:
        return head.head
    return head


def _as_inside(tok) -> int | None:
    """Where the clause reported resumes after an ``as`` clause of saying set inside it
    between commas, past its subject (``The plan, as Roe said, is dead``, ``The plan would,
    as Roe noted, cost billions``); None where the clause starts after it (``In fact, as
    Roe noted, the plan ...``) or a negation before it turns what follows into the
    writer's (``We should not, as Roe pleaded, simply forgive ...``)."""
    doc, head = tok.doc, _as_head(tok)
    lo, hi = head.left_edge.i, head.right_edge.i
    l2, h2 = tok.left_edge.i, tok.right_edge.i
    if doc[h2].text == ",":  # the parser hangs the closing comma on the cue
        h2 -= 1
    if not (lo < l2 - 1 and h2 + 2 < hi and doc[l2 - 1].text == "," and doc[h2 + 1].text == ","):
        return None
    before = doc[lo:l2 - 1]
    if any(t.dep_ == "neg" for t in before) or not any(
            t.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") and t.head.i == head.i
            for t in before):
        return None
    return h2 + 2


def front_piece(ctx: Context, tok, content: tuple[int, int] | None,
                para: int) -> tuple[int, int] | None:
    """The opening piece of what a cue set inside its sentence between commas reports, where
    its content runs on after the cue (``Too often, he says, they get it wrong``: ``Too
    often``; ``The attack, the ministry said, killed 12``: ``The attack``), or None.

    The piece runs from the start of the sentence to the comma before the cue's subject; it
    is no piece when it holds a verb of a tense of its own (a clause said on its own), a
    quote mark, or a word in a quotation."""
    if content is None or content[0] < tok.idx:
        return None
    doc = tok.doc
    if tok.dep_ == "advcl" and as_reported(tok, list(tok.children), cue_lemma(tok)):
        if _as_inside(tok) is None:
            return None
        first = tok.left_edge.i  # "The plan, as Roe said, is dead": the piece before "as"
    elif tok.dep_ in ("parataxis", "ROOT"):
        # of two subjects before the cue, the one next to it speaks ("Hospitals, the
        # nurses argue, are ...": the parser gave "argue" both)
        subj = next((c for c in reversed(list(tok.children))
                     if c.dep_ == "nsubj" and c.i < tok.i), None)
        misparsed = object_after_comma(tok, list(tok.children))
        if subj is None or any(c.dep_ in ("ccomp", "xcomp", "dobj") and c not in misparsed
                               for c in tok.children):
            return None
        first = subj.left_edge.i
    else:
        return None
    lo = tok.sent.start
    if first - 2 < lo or doc[first - 1].text != ",":
        return None
    back = next((i for i in range(tok.i + 1, tok.sent.end) if doc[i].idx >= content[0]), None)
    if back is None or doc[back - 1].text != ",":
        return None  # the content must follow the comma that closes the cue
    hi = first - 2
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    # a verb of a tense before the cue makes the piece a clause said on its own, but for an
    # auxiliary of the verb after the cue ("The plan would, officials said, cost billions")
    # and a "be" the words after the cue complete ("He was, Smith said, a kind man")
    last = next((i for i in range(back, tok.sent.end) if doc[i].idx >= content[1]),
                tok.sent.end)
    tensed = any(doc[i].tag_ in FINITE for i in range(back, last))
    if hi < lo or in_quotation(doc, lo, hi, ctx.in_quote) or any(
            doc[i].tag_ in FINITE and not (
                doc[i].dep_ in ("aux", "auxpass") and back <= doc[i].head.i < last
                or not tensed and doc[i].lemma_ == "be" and not any(
                    c.dep_ in ("attr", "acomp", "ccomp", "xcomp") and c.i <= hi
                    for c in doc[i].children))
            for i in range(lo, hi + 1)):
        return None
    return _clip(ctx, lo, hi, para)


#: verbs that pass on what someone else said without taking a stand on it
_PASSING_ON = frozenset({"say", "write", "report", "tell", "add", "note", "recount", "recall",
                         "explain", "reveal", "confirm", "disclose", "testify"})
#: plain verbs of telling: their subject is who said what follows them
_TELLING = frozenset({"say", "tell"})


def _passes_on(ctx: Context, tok, kids) -> bool:
    """Whether the verb ``tok`` only passes on the words someone else told (``the columnist
    writes that aides told her "..."``): its complement is a plain verb of telling with a
    subject of its own and a direct quote, so what is quoted is the teller's claim, not the
    one's who relays it.  Not when the telling is only reported in other words (``the paper
    noted that the minister has said he would ...`` is the paper's account), when either
    verb is negated (``did not say that aides told him "..."``) or the telling only possible
    (``wrote that aides would say "..."``)."""
    if cue_lemma(tok) not in _PASSING_ON or any(c.dep_ == "neg" for c in kids):
        return False
    for comp in kids:
        if comp.dep_ != "ccomp" or comp.i < tok.i or cue_lemma(comp) not in _TELLING:
            continue
        inner = list(comp.children)
        if not any(c.dep_ == "nsubj" and c.i < comp.i for c in inner):
            continue
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in inner):
            continue
        if any(c.dep_ == "ccomp" and c.i > comp.i and ctx.in_quote(c) for c in inner):
            return True
    return False


#: the dependencies an object of saying takes ("said yes", "said so", "said the same")
_SAID_DEPS = frozenset({"dobj", "intj", "advmod", "npadvmod", "nsubj", "attr", "oprd"})


def _subordinate(comp) -> bool:
    """Whether ``comp`` is opened by a conjunction of time, reason or condition (``after``,
    ``because``), not by ``that``, ``if`` or ``whether``."""
    marks = {k.lower_ for k in comp.children if k.dep_ == "mark"
             and not any(p.dep_ == "pobj" for p in k.children)}  # ("after the vote")
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


def _dashed(comp, tok) -> bool:
    """Whether the clause ``comp`` after the cue ``tok`` opens with a dash right after it: an
    aside on what came before ("..., Clinton allies believe — backers she will need"),
    not what the cue reports."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text in _DASHES \
        and comp.left_edge.i <= tok.i + 2


_DASHES = frozenset({"—", "–", "--", "-"})


def _inverted(comp, tok) -> bool:
    """Whether ``comp``, left of the cue ``tok``, is a fronted content (``X, he said``): a
    comma, dash or quote mark ends it, and the cue is a verb of saying or thinking."""
    lemma = cue_lemma(tok)
    if lemma not in SPEECH_VERBS and lemma not in COGNITION_VERBS and lemma not in QUOTE_VERBS:
        return False
    if that_root(comp) is not None:
        return False  # "X continues to insist, ..., that he wants ...": "wants" is what X says
    doc = tok.doc
    after = comp.right_edge.i + 1
    while after < tok.i and doc[after].head.i == tok.i and doc[after].dep_ in ("npadvmod",
                                                                                "advmod"):
        after += 1  # "... with his Russian counterpart Tuesday, a Pentagon spokesman told CNN"
    if after < len(doc) and doc[after].text == ";" and lemma in ("say", "report") \
            and all(t.is_punct or t.is_space or t.ent_type_ in ("DATE", "TIME")
                    for t in doc[tok.i + 1:tok.sent.end]):
        return True  # "... not covered by the agreement; Sputnik reported."
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
    if cue_lemma(tok) not in SPEECH_VERBS or tok.dep_ != "ROOT":
        return False
    if comp.right_edge.i + 1 == tok.i and tok.is_lower:
        return _closing_inverted(comp, tok)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
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


def _closing_inverted(comp, tok) -> bool:
    """The inverted shape of :func:`_closing_cue`: the verb right after the clause it reports,
    its subject after it closing the sentence ("25 others were wounded said the Syrian
    Observatory for Human Rights."); the clause has a subject or an auxiliary of its own."""
    if not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in comp.children):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].left_edge.i != tok.i + 1 or subj[0].pos_ == "PRON":
        return False
    doc = tok.doc
    if any(not (doc[i].is_punct or doc[i].is_space)
           for i in range(subj[0].right_edge.i + 1, tok.sent.end)):
        return False
    return comp.left_edge.i == tok.sent.start


def _contrasted_report(v) -> bool:
    """Whether ``v``, a clause hung on a reported one, is another source's report set against
    it ("said that six teachers died, while the Observatory said that 35 people were
    killed"): what the first speaker said ends before it."""
    return v.dep_ == "advcl" and cue_lemma(v) in SPEECH_VERBS and any(
        k.dep_ == "mark" and k.lower_ in ("while", "whereas", "whilst") for k in v.children) \
        and any(k.dep_ == "nsubj" and k.i < v.i for k in v.children)


def _is_cue_word(tok) -> bool:
    return cue_lemma(tok) in _CUE_WORDS


def _tags_quote(ctx: Context, tok) -> bool:
    """Whether the cue and its subject come right after a closing quote (``"...," he said,
    also alluding to ...``) or stand between the two halves of a quote: what it reports is
    the quote, not the clause around it."""
    doc = tok.doc
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None:
        return False
    j = subj.left_edge.i - 1
    if j > 0 and doc[j].text == ",":
        j -= 1
    if j <= 0 or not (doc[j].text in QUOTE_MARKS or doc[j].text == "''") \
            or not ctx.in_quote(doc[j - 1]):
        return False
    if not all(ctx.in_quote(doc[i]) or doc[i].is_punct for i in range(tok.sent.start, j)):
        return False  # the quote must open the sentence
    k = tok.right_edge.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 < len(doc) and (doc[k].text in QUOTE_MARKS or doc[k].text == "''") \
            and ctx.in_quote(doc[k + 1]):
        return True  # '"The ultimate responsibility," she said, "rests with Hamas."'
    # a participle after the cue ("also alluding to ..."), with nothing quoted in it
    return tok.head.tag_ == "VBG" and tok.head.i > tok.i and not any(
        ctx.in_quote(t) for t in tok.head.subtree if t.i > tok.i)


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


__all__ = ["verb_content", "front_piece"]
