"""The speaker of a cue verb in the parse: its subject, agent, antecedent, or the name
the parser left beside it."""

from __future__ import annotations

from .acts import PEOPLE, is_source
from .speakerwords import GENERIC_PERSON, PERSON_WORDS, REPRESENTATIVE, TITLES, norm_word
from .context import Context
from .parenthetical import appended_speaker, inverted_speaker
from .phraseedges import _after_adjuncts, _before_cue, _before_time, _opened
from .cuesubjects import issuer, reporters_act, stranded_agent
from .cuewords import (_MANNER, _RELATIVE, SPEECH_VERBS, STANCE_VERBS, cue_lemma, name_as_modal,
                       saying_form)
from .namewords import possessive_mark
from .quotes import MARKUP, QUOTE_MARKS


def _appositive_as_subject(nearest, subjects):
    """The named subject whose appositive the parser made a second subject of the verb
    (``Jane Roe, a teacher from Tampa, responded``: ``teacher`` nearest the verb), else
    None: a common noun opened by an article right after the name and its comma."""
    doc = nearest.doc
    lo = nearest.left_edge.i
    if nearest.pos_ != "NOUN" or lo < 2 or doc[lo - 1].text != "," \
            or doc[lo].lower_ not in ("a", "an", "the") and not _person_noun(nearest):
        return None  # (with no article, a word for a person: "Roe, senior researcher at")
    return next((c for c in subjects if c.i < lo and c.right_edge.i in (lo - 2, lo - 1)
                 and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)


def _person_noun(tok) -> bool:
    """Whether the noun ``tok`` is a title or a word for a person (``researcher``)."""
    return norm_word(tok.lemma_) in PERSON_WORDS


def _speaker_span(ctx: Context, head, cue_tok=None) -> tuple[int, int]:
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
        if cue_tok is not None and i == cue_tok.i and not ctx.in_quote(doc[i]):
            hi = _before_cue(head, cue_tok)
            break
        if stop(doc[i]):
            # a phrase running into a quote ("CNN in its article, "...") keeps its head only
            hi = head.i
            break
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space or doc[lo].text in MARKUP):
        lo += 1
    lo = _after_adjuncts(doc, head, lo)
    end = _agency_close(doc[lo]) if doc[lo].pos_ == "PROPN" else None
    if end is not None and end < head.i and doc[lo].idx <= ctx.para_span(
            ctx.para_of(doc[lo].idx))[0] + 1:
        lo = end + 1  # "WASHINGTON (Reuters) - Senate leader Jane Roe": no dateline
    hi = _before_time(doc, head, hi)
    hi = _owned_name(doc, head, hi, cue_tok)
    while hi > head.i and (doc[hi].is_punct or doc[hi].is_space or doc[hi].text in MARKUP
                           or doc[hi].lower_ in ("'s", "\u2019s")):
        if doc[hi].text == ")" and _opened(doc[lo:hi]):
            break  # "Sen. Bernie Sanders (I-Vt.)": the bracket closes what the phrase opened
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _owned_name(doc, head, hi: int, cue_tok) -> int:
    """The end of a speaker phrase that goes on past its head's possessive to a name the
    parser made a second subject of the cue (``the Federation of American Scientists' Jane
    Roe, a scholar``): the end of that name's phrase, else ``hi``."""
    k = hi + 1 if not possessive_mark(doc[hi]) else hi
    if k + 1 >= len(doc) or not possessive_mark(doc[k]) or head.dep_ not in ("nsubj", "nsubjpass"):
        return hi
    other = next((c for c in head.head.children if c.dep_ == head.dep_ and c.i > k), None)
    if other is None or other.pos_ != "PROPN" or any(
            t.pos_ != "PROPN" for t in doc[k + 1:other.i]):
        return hi
    end = other.right_edge.i
    if cue_tok is not None and head.i < cue_tok.i <= end:
        end = cue_tok.i - 1
    return max(hi, end)


def _antecedent_span(ctx: Context, ante, rel) -> tuple[int, int]:
    """``Trump`` of ``Trump, who said``: the antecedent up to the relative pronoun ``rel``."""
    doc = ctx.doc
    lo, hi = ante.left_edge.i, max(rel.i - 1, ante.i)
    while lo < ante.i and (doc[lo].is_punct or ctx.in_quote(doc[lo])):
        lo += 1
    while hi > ante.i and (doc[hi].is_punct or doc[hi].is_space):
        if doc[hi].text == ")" and _opened(doc[lo:hi]):
            break  # "Rep. Joseph Crowley (D-N.Y.), who ..."
        hi -= 1
    lo = _after_adjuncts(doc, ante, lo)
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _subject(ctx: Context, tok) -> tuple[object | None, tuple[int, int] | None, bool]:
    """``(speaker head, speaker span, inherit)`` for the verb ``tok``."""
    t = tok
    para = ctx.para_of(tok.idx)
    if _interposed(tok):
        return None, None, False  # "Trump, asked about X, said": Trump was asked
    quoted = quoted_as_saying(tok)
    if quoted is None and tok.dep_ == "pcomp" and tok.head.lower_ == "as" \
            and tok.head.head.i != tok.head.i:  # "quoted the ministry as saying ...": saying
        quoted = quoted_as_saying(tok.head.head)
    if quoted is not None and not ctx.in_quote(quoted):
        return quoted, _speaker_span(ctx, quoted, tok), False
    inverted = inverted_speaker(tok, list(tok.children)) or (
        appended_speaker(tok) if cue_lemma(tok) in SPEECH_VERBS else None)
    if inverted is not None and not ctx.in_quote(inverted):
        # "..., argued Flynn.", "..., a spokesman, Col. Ahmed Ali, said Monday."
        return inverted, _speaker_span(ctx, inverted, tok), False
    named = modal_name(tok) or colon_name(tok)
    if named is not None and not ctx.in_quote(named):  # "'...,' May said": Theresa May
        return named, _speaker_span(ctx, named, tok), False
    gerund = said_after_gerund(tok)
    if gerund is not None:  # "Roe, noting the size of the crowd, said, ...": Roe
        subj = next(c for c in gerund.children if c.dep_ == "nsubj")
        if not ctx.in_quote(subj):
            return subj, _speaker_span(ctx, subj, tok), False
    named = participle_subject(tok) or depicted_speaker(tok)
    if named is not None and not ctx.in_quote(named):  # "Critics opposed to X say ...": the
        doc = tok.doc  # critics, described up to the verb; "footage of X saying": X
        last = doc[tok.i - 1] if named.i < tok.head.i else named.right_edge
        return named, (doc[named.left_edge.i].idx, last.idx + len(last.text)), False
    for _ in range(5):
        if t is not tok and t.pos_ in ("NOUN", "PROPN"):  # "Trump, saying he had ..."
            t = _after_dateline(ctx, t) or t  # "HANOI, Vietnam — Trump greeted ..., saying"
            return t, _speaker_span(ctx, t, tok), False
        # of two subjects the parser gave one verb ("BUENOS AIRES, Argentina - President
        # Trump said"), the one next to it speaks: the first is a dateline
        subjects = [c for c in t.children if c.dep_ == "nsubj" and not _mark(c)]
        nearest = max(subjects, key=lambda c: c.i if c.i < t.i else -c.i) \
            if len(subjects) > 1 else None
        if nearest is not None and nearest.i > t.i:
            # "said regional military spokeswoman Capt. Joan Petinglay": a role and the name
            # right after it, which the parser made two subjects; the name speaks
            named = next((c for c in subjects if c.left_edge.i == nearest.right_edge.i + 1
                          and c.ent_type_ in ("PERSON", "ORG")), None)
            nearest = named or nearest
        elif nearest is not None:
            nearest = _appositive_as_subject(nearest, subjects) or nearest
        for c in t.children:
            if ctx.para_of(c.idx) != para or (nearest is not None and c.dep_ == "nsubj"
                                              and c.i != nearest.i):
                continue
            if c.dep_ == "nsubj" and not ctx.in_quote(c) and not _mark(c):
                if t is not tok and _expletive(t, c):
                    # "It is worth noting that": the writer notes; "It is not clear what they
                    # make of the papers his lawyer says he gave": the noun before speaks
                    before = tok.doc[tok.i - 1]
                    if tok.dep_ == "conj" and before.pos_ in ("NOUN", "PROPN") \
                            and before.head.i != tok.i and not ctx.in_quote(before):
                        return before, _speaker_span(ctx, before, tok), False
                    return None, None, False
                if c.lower_ in _RELATIVE and t.dep_ == "relcl" and t.head.i != t.i:
                    ante = _person_before(ctx, t.head, c) if c.lower_ in ("who", "whom") \
                        else t.head
                    if ante.i != t.head.i:
                        return ante, _speaker_span(ctx, ante, tok), False
                    return t.head, _antecedent_span(ctx, t.head, c), False
                if c.lower_ in _RELATIVE and not (c.is_upper and len(c) > 1):
                    return None, None, False  # (but "WHO said": an acronym, in capitals)
                c = run_in_speaker(tok) or _after_dateline(ctx, c) or c
                return c, _speaker_span(ctx, c, tok), False
            if c.dep_ == "agent" and (t is not tok or stranded_agent(tok) is None):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p, _speaker_span(ctx, p, tok), False
            if t is not tok and c.dep_ == "nsubjpass" and tok.dep_ == "conj" \
                    and tok.head.i == t.i and t.lemma_.lower() in _ADDRESSED \
                    and c.lower_ not in _RELATIVE \
                    and not ctx.in_quote(c) and not _mark(c):
                # "Trump Jr. was emailed an offer and responded": who was emailed responds
                c = _after_dateline(ctx, c) or c
                return c, _speaker_span(ctx, c, tok), False
            if t is tok and (_interposed(c) or gerund_aside(c)):
                # "Trump, asked about X, said", "Roe, noting the size of the crowd, said":
                # the one set before the aside says
                s = next(k for k in c.children if k.dep_ == "nsubj")
                if not ctx.in_quote(s):
                    return s, _speaker_span(ctx, s, tok), False
        if t is tok and _passive_participle(tok):
            return None, None, False  # "Asked about X, Y said": Y was asked, Y did not ask
        if t.dep_ == "advcl" and any(c.dep_ == "nsubjpass" for c in t.children):
            # "If it is confirmed that ..., it will": no one's word; "when he was pressed to
            # address X, Biden was ...": not Biden's stand
            return None, None, False
        if t.dep_ in ("advcl", "conj", "xcomp", "acomp") and t.head.i != t.i:
            if t.dep_ == "xcomp" and (t.tag_ != "VBG" or cue_lemma(t.head) in SPEECH_VERBS
                                      or t.head.dep_ != "ROOT") \
                    and any(c.dep_ in ("dobj", "dative") for c in t.head.children) \
                    and not _means(t.head):
                break  # "challenged the head of the government to admit": not the subject
                # (but "used his speech to urge": the one who used it; "started his term
                # hoping to ...": a participle on a main verb, the subject's own; "told
                # Reuters, adding": the speaker of the cue it hangs on)
            if ctx.in_quote(t.head) and t.dep_ == "conj" and t.tag_ == "VBG":
                first = _opening_subject(ctx, t)
                if first is not None:  # "Roe hardly clarified it, treating it as praise --
                    # "..." -- and asserting, "...": the quote the parser joined it to is
                    # inside Roe's sentence
                    return first, _speaker_span(ctx, first, tok), False
            if ctx.in_quote(t.head) or ctx.para_of(t.head.idx) != para:
                return None, None, True
            t = _reporter(ctx, t) or _over_question(t) or reporters_act(t) or _past_clause(t)
            continue
        if t.dep_ == "acl" and t.head.dep_ == "dobj" and _means(t.head.head) \
                and t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                           for c in t.children):
            t = t.head.head  # "took the opportunity to warn": the one who took it
            continue
        if t.dep_ in ("acl", "relcl") and t.tag_ == "VB" and t.head.lower_ == "way" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
                and (went := _out_of_way(t.head)) is not None:
            t = went  # "went out of his way to say": the one who went
            continue
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and not ctx.in_quote(t.head):
            if t is tok and tok.tag_ == "VBN" and tok.lemma_.lower() not in _STATE_PARTICIPLES \
                    and not any(c.dep_ in ("ccomp", "dobj") for c in tok.children) \
                    and not (t.head.dep_ == "ROOT" and tok.i > 0
                             and tok.doc[tok.i - 1].text == ",") \
                    and not _after_appositive(tok):
                # "officials accused of bombing": they are accused; not "Americans worried
                # about X" (their state), "a poll found that" (an object: the verb is past)
                # nor "Dempsey, former chairman, railed against"
                return None, None, False
            if t is tok and tok.tag_ == "VB" and not is_source(t.head, False) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
                    and issuer(ctx, t.head, tok) is None:
                # "a woman's right to seek an abortion": no one's (but "X will spearhead an
                # effort to paint": X's)
                return None, None, False
            up = _object_of(t.head) if t.tag_ == "VBG" and (
                not is_source(t.head, False) or _refers_back(t)) else None
            if up is not None and not ctx.in_quote(up) and ctx.para_of(up.idx) == para:
                t = up  # "cast doubt on the intentions of X saying": who cast doubt says
                continue
            h = _after_dateline(ctx, t.head) or t.head  # "HANOI, Vietnam — Trump ..., saying"
            return h, _speaker_span(ctx, h, tok), False
        if t.dep_ == "pcomp" and t.head.lower_ in _MANNER and t.head.head.i != t.head.i:
            main = t.head.head
            if tok.i < main.i and main.head.i != main.i and main.dep_ in ("ccomp", "advcl") \
                    and any(c.dep_ == "nsubj" and tok.i < c.i < main.i
                            and not any(w.text == "," for w in tok.doc[tok.i:c.i])
                            for c in main.children):
                main = main.head  # "After saying her foot was swollen, she was taken", the
                # preposition hung on what was said: the verb that clause hangs on
            if not ctx.in_quote(main):
                t = main  # "punctuated his list by saying"
                continue
            passive = _passive_subject(ctx, main, para) if t.head.lower_ != "by" else None
            if passive is not None:  # "After saying ..., she was "whisked off" ...": she said
                return passive, _speaker_span(ctx, passive, tok), False
        if t is not tok and t.dep_ != "pcomp" and tok.dep_ == "pcomp" \
                and tok.head.lower_ in _MANNER and tok.head.lower_ != "by" \
                and tok.head.head.i == t.i:
            passive = _passive_subject(ctx, t, para)
            if passive is not None:  # "After saying ..., she was taken to a hospital": she
                return passive, _speaker_span(ctx, passive, tok), False
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


def modal_name(verb):
    """The capitalised word the tagger read as a modal right before ``verb`` in the past or
    the third person (``May said``, ``May says``: no modal governs those forms), where the
    verb has no subject: a name, the verb's subject; else None.

    >>> from spacy.tokens import Doc
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["May", "said", "so"],
    ...           tags=["MD", "VBD", "RB"], heads=[1, 1, 1], deps=["aux", "ROOT", "advmod"])
    >>> modal_name(doc[1]).text
    'May'
    """
    if verb.tag_ not in ("VBD", "VBZ") or verb.i == 0 \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    m = verb.doc[verb.i - 1]
    return m if name_as_modal(m) and m.head.i == verb.i and len(m) > 2 else None


def said_after_gerund(verb):
    """The gerund set off after a name that the parser made the main verb, the verb of
    saying after it a clause of the gerund, with what the gerund notes as its subject
    (``Roe, noting the size of the crowd, said, "..."``) or with no subject, an aside of
    it: the gerund, else None."""
    doc, gerund = verb.doc, verb.head
    if verb.dep_ not in ("ccomp", "parataxis") or gerund.tag_ != "VBG" or gerund.i > verb.i \
            or verb.tag_ not in ("VBD", "VBZ", "VBP") or cue_lemma(verb) not in SPEECH_VERBS \
            or doc[verb.i - 1].text != "," or gerund.i < 2 or doc[gerund.i - 1].text != ",":
        return None
    if not any(c.dep_ == "nsubj" and c.i < gerund.i for c in gerund.children):
        return None
    noted = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if noted is None and verb.dep_ == "parataxis":
        return gerund  # (", said, ...": no subject of its own)
    if noted is None or noted.left_edge.i != gerund.i + 1 or noted.right_edge.i > verb.i - 1:
        return None
    return gerund


def participle_subject(verb):
    """The subject of a verb of saying that the parser hung on a participle it took for the
    main verb (``Critics opposed to Roe say ...``, ``Activists clamoring to block Roe say
    ...``): the participle's subject, right before it, where the verb of saying has a tense
    and no subject of its own and follows the participle's phrase with no comma between."""
    part = verb.head
    if verb.dep_ != "dep" or part.i >= verb.i or part.tag_ not in ("VBG", "VBN", "VBD") \
            or verb.tag_ not in ("VBP", "VBZ", "VBD") or cue_lemma(verb) not in SPEECH_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    subj = next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.right_edge.i != part.i - 1:
        return None
    doc = verb.doc
    if any(doc[i].text in (",", ";", ":") or doc[i].tag_ in ("VBP", "VBZ", "MD")
           for i in range(part.i + 1, verb.i)):
        return None
    return subj


#: nouns of what shows someone: who is shown saying something says it
_DEPICTIONS = frozenset({"footage", "video", "clip", "tape", "recording", "audio", "image",
                         "photo", "picture", "film"})


def depicted_speaker(verb):
    """The one shown saying something (``The ad ends with footage of Roe saying, "..."``),
    where the parser hung the gerund on the main verb: the person named right before it
    after ``of`` and a noun of what shows someone."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "acl") or verb.i < 3 \
            or verb.head.i > verb.i:
        return None
    name = doc[verb.i - 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if name.dep_ != "pobj" or name.right_edge.i != verb.i - 1 or name.head.lower_ != "of" \
            or name.head.head.lemma_.lower() not in _DEPICTIONS:
        return None
    return name if name.ent_type_ == "PERSON" or name.pos_ == "PRON" else None


def colon_name(verb):
    """The name between a verb of saying that opens its sentence and a colon (``Added Jane
    Roe: "..."``, the parser taking the verb for part of the name): its last word; else
    None."""
    doc = verb.doc
    if verb.i != verb.sent.start or not verb.is_title or not saying_form(verb.text):
        return None
    k = verb.i + 1
    while k < len(doc) and k - verb.i <= 4 and doc[k].pos_ == "PROPN" and doc[k].is_title:
        k += 1
    if k == verb.i + 1 or k >= len(doc) or doc[k].text != ":":
        return None
    return doc[k - 1]


def _passive_subject(ctx: Context, verb, para: int):
    """The subject of ``verb`` in the passive, outside quotes and in paragraph ``para``, a
    pronoun or a name, that a gerund of time hung on the verb shares (``After saying ...,
    she was taken``: she said it), or None; not with ``by``, whose gerund's doer a passive
    leaves unsaid (``the argument is bolstered by noting``)."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None
    s = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if s is None or ctx.in_quote(s) or ctx.para_of(s.idx) != para or _mark(s) \
            or s.lower_ in _RELATIVE or s.lower_ == "it" \
            or not (s.pos_ in ("PRON", "PROPN") or s.ent_type_ in ("PERSON", "ORG", "NORP")):
        return None  # (not "This argument is bolstered by noting ...": who notes is unsaid)
    return _after_dateline(ctx, s) or s


def quoted_as_saying(tok):
    """The one a relaying verb quotes (``Reuters quoted the ministry as saying``, ``the agency
    cited officials as saying``, ``the official was quoted by Reuters as saying``): the
    object (or passive subject) of the verb whose ``as`` clause is a verb of saying speaks;
    who quotes it only relays; or None."""
    if tok.lemma_.lower() not in ("quote", "cite") or as_saying(tok) is None:
        return None
    return next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)


def as_saying(tok):
    """The verb of saying of the ``as`` clause after ``tok`` (``saying`` of ``quoted the
    ministry as saying``), or None."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > tok.i:
            for c in prep.children:
                if c.dep_ == "pcomp" and c.tag_ == "VBG" and cue_lemma(c) in SPEECH_VERBS:
                    return c
    return None


#: words opening a clause of time or cause that a participle after it is no part of
_SUBORDINATORS = frozenset({"after", "before", "when", "while", "as", "since", "until",
                            "because", "once", "though", "although"})


def _past_clause(t):
    """The verb a participle set off by a comma goes with: the one its head's clause of time
    or cause hangs on, not that clause's own (``Thatcher came down on the wrong side after
    the Wall fell, arguing ...``: Thatcher argues), else its head."""
    h = t.head
    if t.tag_ == "VBG" and t.dep_ == "advcl" and h.dep_ == "advcl" and h.head.i != h.i \
            and t.i > h.i and t.doc[t.i - 1].text == "," and any(
                c.dep_ == "mark" and c.lower_ in _SUBORDINATORS and c.i < h.i
                for c in h.children) and not any(
                c.dep_ in ("nsubj", "nsubjpass") and _actor(c) for c in h.children):
        # (not "... soured as Pyongyang stepped up its programs, rejecting ...": Pyongyang's)
        return h.head
    doc = t.doc
    if t.tag_ == "VBG" and t.dep_ == "advcl" and h.head.i != h.i and t.i > h.i \
            and t.left_edge.i > 0 and h.left_edge.i > 0 \
            and doc[t.left_edge.i - 1].text in _DASHES and doc[h.left_edge.i - 1].text in _DASHES:
        # "... looped the streets - where the team played - while chanting": the clause set off
        # by dashes is an aside; the participle after it goes with what it interrupts
        return h.head
    return h


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


#: entity labels of subjects that may say what a participle after their clause says
_ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _actor(tok) -> bool:
    """Whether a subject may say what a participle after its clause says: a pronoun, a name
    of a person, body or country, or a word for a person or body (``the group``)."""
    from .speakerwords import BODIES

    lemma = tok.lemma_.lower()
    return tok.pos_ == "PRON" or tok.ent_type_ in _ACTORS or tok.pos_ == "NOUN" and (
        lemma in BODIES or lemma in GENERIC_PERSON or lemma in TITLES)


_DATELINE_DASHES = frozenset({"--", "\u2013", "\u2014", "\u2015"})


def _after_dateline(ctx: Context, subj):
    """The subject after a dateline the parser took for the subject ("SEOUL, South Korea --
    North Korean state radio announced", "Columbia, South Carolina (CNN) Jane Roe said"): a
    word in capitals opening its paragraph and a dash after it, or a place and a news
    agency's name in parentheses, and the noun set after them as its appositive."""
    doc = subj.doc
    ps, _ = ctx.para_span(ctx.para_of(subj.idx))
    first = subj.left_edge
    if not (subj.is_alpha and len(subj) > 2 and first.idx <= ps + 1
            and not doc[first.i:subj.i].text.strip()):
        return None
    end = _agency_close(subj)
    if end is None and subj.is_upper:
        end = next((k.i for k in subj.children if k.text in _DATELINE_DASHES and k.i > subj.i),
                   None)
    if end is None:
        return None
    return next((k for k in subj.children if k.dep_ == "appos" and k.left_edge.i > end
                 and k.pos_ in ("NOUN", "PROPN")), None)


def _agency_close(place) -> int | None:
    """The index of the mark that ends a dateline naming a news agency after its ``place``
    (``Columbia, South Carolina (CNN)``, ``WASHINGTON (Reuters) -``): the closing
    parenthesis, or the dash right after it; None when there is no such dateline."""
    doc = place.doc
    k = place.i + 1
    while k < len(doc) and k <= place.i + 6 and (doc[k].text == "," or doc[k].pos_ == "PROPN"):
        k += 1  # the rest of the place's name ("South Carolina")
    if not (k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")"
            and doc[k + 1].text[:1].isupper()):
        return None
    k += 2
    if k + 1 < len(doc) and (doc[k + 1].text in _DATELINE_DASHES or doc[k + 1].text == "-"):
        k += 1
    return k


def run_in_speaker(tok):
    """The speaker of a cue closing its sentence (``..., X said``) where the parser ran the
    end of the fronted content into the cue's subject (``Spending by visitors added about 0.2
    points to GDP, the statistics office said``: subject ``points``, with the office an
    appositive of ``GDP``): the appositive set off by a comma right before the
    cue, when the subject does not itself open after a comma but right where the fronted
    clause stops; or None."""
    doc = tok.doc
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or cue_lemma(tok) not in SPEECH_VERBS:
        return None
    lo = subj.left_edge.i
    if lo == 0 or doc[lo - 1].is_punct or not any(
            c.dep_ == "ccomp" and c.i < lo and c.right_edge.i == lo - 1 for c in tok.children):
        return None
    return next((a for a in subj.subtree if a.dep_ == "appos" and a.head.i != subj.i
                 and a.right_edge.i == tok.i - 1 and a.left_edge.i > lo
                 and doc[a.left_edge.i - 1].text == ","), None)


def _reporter(ctx: Context, t):
    """The verb of saying whose reported clause a participle of saying set off by a comma
    (or ``adding``) hangs on (``Kerry said that Israel had a right to defend itself, saying,
    "..."``, ``saying 750,000 jobs were lost and adding ...``):
    who reports the clause goes on speaking, not the clause's subject; or None."""
    up = t.head
    if t.tag_ != "VBG" or cue_lemma(t) not in SPEECH_VERBS:
        return None
    if cue_lemma(t) != "add" and (t.dep_ not in ("advcl", "xcomp") or t.i < 1
                                  or t.doc[t.i - 1].text != ","):
        return None  # "adding" goes on with the reporter's words, comma or none
    if up.dep_ != "ccomp" or up.head.i > up.i or cue_lemma(up.head) not in SPEECH_VERBS \
            or ctx.in_quote(up.head):
        return None
    return up.head


def _over_question(t):
    """The verb an indirect question hangs on, when a verb is joined to the question
    rather than to it (``did not say when the attack occurred and said two were killed``:
    who did not say said it, not the attack); or None."""
    up = t.head
    if t.dep_ != "conj" or up.dep_ not in ("advcl", "ccomp") or up.head.i > up.i:
        return None
    first = up.left_edge
    if first.lower_ not in _OPEN_QUESTION and first.i > 0:
        first = t.doc[first.i - 1]  # "when" the parser hung on the joined verb
    if first.lower_ not in _OPEN_QUESTION:
        return None
    h = first.head  # "how many bodies were found": "how" hangs on "many", of the subject
    for _ in range(3):
        if h.i in (up.i, t.i) or h.dep_ not in ("amod", "advmod", "nsubj", "nsubjpass", "dobj",
                                                 "attr", "npadvmod"):
            break
        h = h.head
    return up.head if h.i in (up.i, t.i) else None


_OPEN_QUESTION = frozenset({"when", "whether", "how", "why", "where", "if"})


#: relations that lead from a noun up to the verb or preposition it is the object of
_OBJECT_UP = frozenset({"pobj", "prep", "dobj", "dative", "attr", "oprd", "conj", "appos",
                        "compound"})


def _opening_subject(ctx: Context, tok):
    """The subject that opens the sentence of ``tok`` outside quotes, as the subject of a
    verb outside quotes (``Mr. Roe`` of ``Mr. Roe hardly clarified the matter, ...``), when
    the sentence opens outside quotes; else None."""
    sent = tok.sent
    if ctx.in_quote(sent[0]) or sent[0].text in QUOTE_MARKS or sent[0].text in ("''", "``"):
        return None
    for t in sent:
        if t.i >= tok.i or ctx.in_quote(t):
            return None
        if t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN") and not ctx.in_quote(t.head) \
                and t.head.i < tok.i:
            return t
    return None


def _after_appositive(tok) -> bool:
    """Whether the verb ``tok`` follows its head's appositive and the comma closing it
    (``Jane Roe, the party's nominee, tweeted in response: ...``): the head's own verb,
    though the parser hung it as a participle."""
    return tok.i > 1 and tok.doc[tok.i - 1].text == "," and any(
        c.dep_ == "appos" and c.right_edge.i == tok.i - 2 for c in tok.head.children)


def _refers_back(participle) -> bool:
    """Whether the participle's object is a pronoun of the thing it hangs on (``criticised
    the order, describing it as unfair``): what the order is called, not what it says."""
    head = participle.head
    return head.tag_ == "NN" and any(
        c.dep_ == "dobj" and c.lower_ == "it" and c.i > participle.i
        for c in participle.children)


def _object_of(noun):
    """The verb a noun is the object of, directly or through prepositions and other nouns
    (``cast`` of "cast doubt on the intentions of X"), or None where the noun is a subject."""
    t = noun
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.dep_ not in _OBJECT_UP or t.head.i == t.i:
            return None
        t = t.head
    return None


def _person_before(ctx: Context, ante, rel=None):
    """The antecedent of ``who`` where the parser took a date or a number for it: the noun of
    a person or body set before that phrase (``challenger`` of "a challenger in 2018, who
    criticized him"); or, where it took the thing a person is named in (``the emails of
    campaign adviser Jane Doe, who said``), that person, named right before the relative
    pronoun ``rel``; or, where it took a name in the title set off after a person's name
    (``Jane Roe, president of Lighthouse for the Blind, who said``), that person; else
    ``ante`` itself."""
    holder = _title_holder(ante) if rel is not None else None
    if holder is not None:
        return holder
    if rel is not None and not _personal(ante):
        named = _name_right_before(ctx, ante, rel)
        if named is not None:
            return named
    if ante.ent_type_ not in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY") \
            and ante.pos_ != "NUM":
        return ante
    doc = ctx.doc
    prep = ante.head if ante.dep_ == "pobj" else None
    if prep is None or prep.left_edge.i < 1:
        return ante
    before = doc[prep.left_edge.i - 1]
    if before.pos_ in ("NOUN", "PROPN") and is_source(before, False) and not ctx.in_quote(before):
        return before
    return ante


def _title_holder(ante):
    """The person whose title, set off after the name, holds ``ante`` in a phrase of its
    prepositions (``the Blind`` of "Jane Roe, president of Lighthouse for the Blind"), or
    None."""
    t = ante
    while t.dep_ in ("pobj", "prep", "compound") and t.head.i != t.i:
        t = t.head
    if t.i == ante.i or t.dep_ != "appos" or t.pos_ != "NOUN" or t.head.i > t.i:
        return None
    name = t.head
    if name.ent_type_ != "PERSON" or norm_word(t.lemma_) not in TITLES | GENERIC_PERSON:
        return None
    return name


def _personal(noun) -> bool:
    """Whether ``noun`` can be the antecedent of ``who``: a name or a noun of a person or
    body (not ``the emails``, ``the communications``)."""
    if noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or noun.pos_ in ("PROPN", "PRON"):
        return True
    words = {noun.lower_, noun.lemma_.lower()}
    return bool(words & (PEOPLE | GENERIC_PERSON | TITLES | REPRESENTATIVE))


def _name_right_before(ctx: Context, ante, rel):
    """The name of a person that ends, inside the phrase of ``ante``, right before the
    comma and the relative pronoun ``rel``: its head; or None."""
    doc = ctx.doc
    k = rel.i - 1
    while k > ante.i and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    last = doc[k]
    if k <= ante.i or last.ent_type_ != "PERSON" or ctx.in_quote(last) \
            or not ante.left_edge.i <= k <= ante.right_edge.i:
        return None
    head = last
    while head.dep_ in ("compound", "flat") and head.head.i > head.i and \
            head.head.ent_type_ == "PERSON" and head.head.i <= k:
        head = head.head
    return head


def gerund_aside(tok) -> bool:
    """A gerund set off by commas between a name and the verb it belongs to, which the
    parser took for that verb's clause with the name its subject (``Roe, noting the size of
    the crowd, said ...``): Roe notes, and Roe says."""
    return tok.tag_ == "VBG" and tok.dep_ == "ccomp" and _aside_shape(tok, ("aux",))


def _interposed(tok) -> bool:
    """A participle set off by commas between a name and the verb it belongs to, which the
    parser took for a clause with that name as subject: in ``Trump, asked about the wall,
    said ...`` Trump was asked, and is the one who says."""
    if tok.tag_ not in ("VBN", "VBD") or tok.dep_ not in ("ccomp", "advcl", "conj"):
        return False
    return _aside_shape(tok, ("aux", "auxpass", "nsubjpass", "dobj"))


def _aside_shape(tok, barred) -> bool:
    """A verb form set off by commas right after its subject, before the verb it hangs on,
    which has no subject of its own; none of its children of the ``barred`` relations."""
    if tok.head.i <= tok.i or not _set_off(tok):
        return False
    if any(c.dep_ in barred for c in tok.children):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].right_edge.i not in (tok.i - 2, tok.i - 1):
        return False  # the subject, then the comma, then the participle
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.head.children)


#: verbs whose object is the means the subject uses to do what follows ("used the speech to
#: warn", "took the opportunity to thank", "seized the moment to attack"), not its doer
_MEANS = frozenset({"use", "take", "seize"})


def _out_of_way(way):
    """The verb of ``went out of his way``, ``go out of their way`` whose ``way`` is
    ``way``, or None."""
    of = way.head
    out = of.head
    if way.dep_ != "pobj" or of.lower_ != "of" or out.lower_ != "out" \
            or out.head.lemma_.lower() != "go" or not any(
                c.dep_ == "poss" for c in way.children):
        return None
    return out.head


def _means(verb) -> bool:
    """Whether ``verb`` is one of :data:`_MEANS` with a subject of its own and a common noun
    for its object, the thing used (``the mayor used his speech``), not a name (``it doesn't
    take Einstein to see``) nor a clause with no one using it (``the mayor's willingness to
    use the police to address ...``, ``It took officials days to acknowledge``)."""
    return verb.lemma_.lower() in _MEANS and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lower_ != "it" for c in verb.children)


#: participles that describe their subject's own state ("Worried that ..., officials said")
_STATE_PARTICIPLES = frozenset({"worry", "concern", "convince", "satisfy", "surprise"})


def _set_off(tok) -> bool:
    """Whether the phrase of ``tok`` stands between commas (``Trump, accused of lying, ...``)."""
    doc = tok.doc
    after = tok.right_edge.i + 1
    if doc[after - 1].text == "," and after - 1 > tok.i and after == tok.head.i:
        after -= 1  # (the parser hangs the closing comma on the phrase before its verb)
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


#: verbs whose passive subject is the one addressed, who may answer in a verb joined to it
#: ("was emailed an offer and responded", "was asked about it and said")
_ADDRESSED = frozenset({"email", "send", "ask", "tell", "give", "show", "provide", "offer",
                        "present", "contact", "approach", "question", "press", "interview",
                        "hand", "inform", "brief", "invite", "call", "text", "message"})


def _mark(tok) -> bool:
    """Whether ``tok`` is a mark of punctuation (``]``), not a word (``%``)."""
    return tok.is_punct and tok.pos_ in ("PUNCT", "X", "SYM")


#: adjectives by which a writer weighs what follows (``it is worth noting that``,
#: ``it is fair to say``): the ``it`` is nobody
_EVALUATIVE = frozenset({"worth", "important", "notable", "noteworthy", "interesting", "fair",
                         "safe", "clear", "true", "obvious", "ironic", "striking", "crucial",
                         "necessary", "useful", "instructive", "remarkable", "telling"})


def _expletive(verb, subj) -> bool:
    """Whether ``subj`` of ``verb`` is the empty ``it`` of ``it is worth noting``."""
    return subj.lower_ == "it" and any(
        c.dep_ == "acomp" and c.lower_ in _EVALUATIVE for c in verb.children)


#: relations of a name that modifies a noun (``a top Clinton adviser``, ``Trump's aide``)
_MODIFIER = frozenset({"compound", "poss", "amod", "nmod"})


def _name_before(ctx: Context, tok):
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


def _after_quote_speaker(ctx: Context, tok):
    """The head of ``Skelly`` in ``"...," said Skelly, ...`` when the parser missed it; not
    the one a verb of stance takes its stand on (``(''...''), endorsed Senator Jane Roe``)."""
    if cue_lemma(tok) in STANCE_VERBS:
        return None
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

