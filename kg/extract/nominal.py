"""Cues that are no verb of their own: ``according to X``, nominal cues (``X's claim that``,
``his call for a ban``, ``her plan to cut taxes``, ``in X's view, ...``) and adjectives of
stance after a copula (``X is critical of Y``, ``X is confident that ...``)."""

from __future__ import annotations

from .acts import a_norm, is_document, is_source
from .context import Context, Cue, _clip
from .cuewords import (_SPEECH_NOUNS, ADJECTIVE_CUES, IN_SOURCES, INTRO_NOUNS, LIGHT_VERBS,
                       NOUN_OF, NOUN_PREPS, NOUN_TO, SPEECH_VERBS, STANCE_NOUNS, STANCE_VERBS,
                       VIEW_NOUNS, cue_lemma)
from .quotes import MARKUP
from .runon import absorbed_subject
from .subjects import _speaker_span, _subject


def _around(ctx: Context, anchor, tok, para: int, *, closing: bool = False
            ) -> tuple[int, int] | None:
    """The larger side of ``anchor``'s phrase left or right of ``tok``'s phrase: the clause
    an adverbial cue (``according to X``, ``in X's view``) is set in.  ``closing``: a cue
    after its clause's verb and subject closes that clause, whatever follows it."""
    lo, hi = anchor.left_edge.i, anchor.right_edge.i
    l2, h2 = tok.left_edge.i, tok.right_edge.i
    doc = ctx.doc
    opened = next((i for i in range(l2 - 1, lo - 1, -1) if doc[i].text in "()"), None)
    if opened is not None and doc[opened].text == "(":
        # "Iowa (93 percent were white, according to exit polls)": the aside's own clause
        lo = opened + 1
        hi = next((i - 1 for i in range(h2 + 1, hi + 1) if doc[i].text == ")"), hi)
    left, right = (lo, l2 - 1), (h2 + 1, hi)
    subj = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    before = l2 - 2 if l2 >= 2 and doc[l2 - 1].text == "," else l2 - 1
    if closing and subj is not None and max(anchor.i, subj.i) < l2 <= h2 < hi \
            and doc[before].pos_ != "CCONJ":
        # "59 percent view her unfavorably, according to X last week - ...", not "X had a
        # depth of 14 miles and, according to Y, was 9.8 times more powerful"
        lo, hi = left
    elif closing and doc[before].pos_ == "CCONJ" and lo < before and h2 < hi:
        lo, hi = right
    else:
        lo, hi = left if left[1] - left[0] >= right[1] - right[0] else right
    return _clip(ctx, lo, hi, para)


def _clause_of(tok):
    """The verb of the clause ``tok`` hangs in (at most four steps up)."""
    anchor = tok.head
    for _ in range(4):
        if anchor.pos_ in ("VERB", "AUX") or anchor.dep_ == "ROOT":
            break
        anchor = anchor.head
    return anchor


#: verbs of saying whose subject speaks even with "according to" ("Trump said, according to
#: CNN"), not verbs of finding or of taking a stand ("The department has found 600 emails,
#: according to Politico": Politico's report)
_SAYING = SPEECH_VERBS - STANCE_VERBS - frozenset({
    "find", "show", "determine", "rule", "demonstrate", "prove", "illustrate", "estimate",
    "conclude", "indicate", "reveal", "report"})


def _according(ctx: Context, tok, para: int) -> Cue | None:
    to = [c for c in tok.children if c.lower_ == "to"]
    if not to:
        return None
    pobj = [c for c in to[0].children if c.dep_ == "pobj"]
    if pobj and a_norm(pobj[0]):
        return None  # "according to their type", "according to the accords": no source
    if pobj:
        head, sp = pobj[0], _speaker_span(ctx, pobj[0])
    else:  # "..., according to the F.A.A." parsed with no object: the name that follows
        head, sp = _name_after(ctx, to[0])
        if head is None:
            return None
    cue = Cue(tok, tok.idx, to[0].idx + len(to[0].text), "according", para, head, sp)
    anchor = _clause_of(tok)
    reports = anchor.lemma_.lower() == "report" and any(c.dep_ == "ccomp"
                                                         for c in anchor.children)
    if (anchor.lemma_.lower() in _SAYING or reports) and any(
            c.dep_ == "nsubj" and not ctx.in_quote(c) for c in anchor.children) \
            and not _does(anchor):
        # "Trump said, according to CNN", "Politico reported that ..., according to
        # Forbes": the one who says speaks
        return None
    if tok.i > anchor.i:
        # "Verizon has struck a deal, taking a step toward ..., according to X": the
        # sentence the participle hangs on
        while anchor.tag_ in ("VBG", "VBN") and anchor.dep_ in ("advcl", "xcomp", "conj") \
                and anchor.head.i < anchor.i:
            anchor = anchor.head
    if anchor.i != tok.i:
        cue.content = _around(ctx, anchor, tok, para, closing=True)
    elif pobj:
        lost = _clause_lost(ctx, tok, para)
        if lost is not None:  # "According to X, the move reeks of fear", "reeks" a noun
            cue.sp, cue.content = (cue.sp[0], min(cue.sp[1], lost[0])), lost[1]
    k = absorbed_subject(ctx.doc, pobj[0].subtree, anchor) if pobj and tok.i < anchor.i \
        else None
    if k is not None and cue.content is not None:
        # "According to the Observatory heavy bombardment has battered ...": the parser took
        # the clause's subject into the source's phrase, a comma missing between them
        doc = ctx.doc
        cue.head = doc[k - 1]
        cue.sp = (cue.sp[0], doc[k - 1].idx + len(doc[k - 1].text))
        cue.content = (doc[k].idx, cue.content[1])
    return cue


def _clause_lost(ctx: Context, tok, para: int):
    """``According to X, the move reeks of fear`` parsed with ``according`` as the root and
    the clause as X's appositive: where the source's phrase ends (the first comma after it)
    and the rest of the sentence, three words or more of which the parser hung some on the
    source as its appositive; else None."""
    sent = tok.sent
    if tok.i != sent.start or tok.dep_ != "ROOT":
        return None
    comma = next((t for t in sent if t.i > tok.i + 2 and t.text == ","), None)
    if comma is None:
        return None
    rest = [t for t in sent if t.i > comma.i and not t.is_punct and not t.is_space]
    if len(rest) < 3 or any(t.text == ":" for t in sent if t.i > comma.i):
        return None
    if not any(t.head.i < comma.i and t.dep_ == "appos" for t in rest):
        return None
    content = ctx.tidy(comma.idx + 1, sent[-1].idx + len(sent[-1].text))
    if content is None or ctx.para_of(content[0]) != para:
        return None
    return comma.idx, content


def _does(verb) -> bool:
    """A verb of saying used for a deed: a noun object and no clause (``he added additional
    content``, ``she wrote legislation``), where ``according to X`` is X's report."""
    if any(c.dep_ in ("ccomp", "xcomp", "dative") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lower_ not in _SPEECH_NOUNS
               for c in verb.children)


def _name_after(ctx: Context, to):
    """The short name that follows ``to`` up to the end of its phrase, as (head, span)."""
    doc = ctx.doc
    toks = []
    for t in doc[to.i + 1:min(to.i + 8, to.sent.end)]:
        if t.is_punct and t.text != "." or t.is_space or t.pos_ not in (
                "DET", "PRON", "ADJ", "PROPN", "NOUN", "PUNCT"):
            break
        toks.append(t)
    names = [t for t in toks if t.pos_ in ("PROPN", "NOUN")]
    if not names:
        return None, None
    return names[-1], (toks[0].idx, names[-1].idx + len(names[-1].text))


def _in_view(ctx: Context, tok, para: int) -> Cue | None:
    """``In Clinton's view, the deal is a mistake``: the clause the phrase is set in."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.i == prep.i:
        return None
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if not poss or ctx.in_quote(poss[0]):
        return None
    anchor = _clause_of(prep)
    if anchor.i == prep.i or anchor.pos_ not in ("VERB", "AUX"):
        return None
    content = _around(ctx, anchor, prep, para)
    if content is None:
        return None
    return Cue(tok, prep.idx, tok.idx + len(tok.text), "noun", para, poss[0],
               _speaker_span(ctx, poss[0], tok), content)


def _infinitive(c) -> bool:
    """Whether ``c`` is a ``to`` infinitive hung on a noun (``plan to cut taxes``)."""
    return c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and any(
        k.dep_ == "aux" and k.lower_ == "to" and k.i < c.i for k in c.children)


def _stance_noun(ctx: Context, tok, para: int) -> Cue | None:
    """``Whitfield is a longtime critic of the toll``, ``she's a Sanders supporter``,
    ``Ann Ruiz, an opponent of the plan, ...``: one who holds a stand on what the noun's
    ``of`` phrase (or the name before it) names."""
    head = tok.head
    if tok.dep_ == "attr" and head.lemma_.lower() in ("be", "become", "remain"):
        holder = next((c for c in head.children if c.dep_ == "nsubj"), None)
    elif tok.dep_ == "appos" and head.pos_ == "PROPN":
        holder = head
    else:
        return None
    if holder is None or ctx.in_quote(holder) or holder.lower_ in ("it", "this", "that"):
        return None
    content = None
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "for" and _for_a_stand(tok)):
            pobj = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
            if pobj:
                content = (pobj[0].left_edge.i, pobj[0].right_edge.i)
                break
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i:
            content = (c.left_edge.i, c.i)
    if content is None:
        return None
    return Cue(tok, tok.idx, tok.idx + len(tok.text), "noun", para, holder,
               _speaker_span(ctx, holder, tok), _clip(ctx, content[0], content[1], para))


def _for_a_stand(tok) -> bool:
    """Whether ``for`` after the stance noun ``tok`` names what its holder stands for (``an
    advocate for reform``); after ``critic`` it names a portfolio held in a party (``his
    party's critic for health``), no stand.

    >>> import spacy
    >>> doc = spacy.blank("en")("critic advocate")
    >>> doc[0].lemma_, doc[1].lemma_ = "critic", "advocate"
    >>> _for_a_stand(doc[0]), _for_a_stand(doc[1])
    (False, True)
    """
    return tok.lemma_.lower() != "critic"


def _against(ctx: Context, tok, para: int) -> Cue | None:
    """``Sanders is against it``: a stand taken with a copula and ``against``."""
    head = tok.head
    if tok.dep_ != "prep" or head.lemma_.lower() != "be" or ctx.in_quote(tok):
        return None
    holder = next((c for c in head.children if c.dep_ == "nsubj"), None)
    pobj = next((c for c in tok.children if c.dep_ in ("pobj", "pcomp")), None)
    if holder is None or pobj is None or not is_source(holder, False) \
            or holder.lower_ in ("it", "this", "that"):
        return None
    return Cue(tok, head.idx, tok.idx + len(tok.text), "noun", para, holder,
               _speaker_span(ctx, holder, tok),
               _clip(ctx, pobj.left_edge.i, pobj.right_edge.i, para))


def _noun_cue(ctx: Context, tok, para: int) -> Cue | None:
    lemma = tok.lemma_.lower()
    if lemma in STANCE_NOUNS:
        return _stance_noun(ctx, tok, para)
    if lemma in VIEW_NOUNS and tok.dep_ == "pobj":
        cue = _in_view(ctx, tok, para)
        if cue is not None:
            return cue
    head = None
    content = None
    preps = NOUN_PREPS.get(lemma, ())
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
        elif content is None and c.dep_ == "prep" and (
                c.lower_ == "of" and lemma in NOUN_OF or c.lower_ in preps):
            pobj = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
            if pobj and _press_request(pobj[0]):
                return None  # "the newspaper's request for comment": asks, claims nothing
            if pobj:
                content = _clip(ctx, pobj[0].left_edge.i, pobj[0].right_edge.i, para)
        elif content is None and lemma in NOUN_TO and _infinitive(c):
            content = _clip(ctx, c.left_edge.i, c.right_edge.i, para)
    if head is None or content is None or ctx.in_quote(head):
        return None
    if lemma in PERSONAL_NOUNS and not _personal(head, tok):
        return None  # "the rebels' attack on the town": force, not a stand
    return Cue(tok, tok.idx, tok.idx + len(tok.text), "noun", para, head,
               _speaker_span(ctx, head, tok), content)


#: what a reporter asks someone for, which no one claims by asking ("a request for comment")
_PRESS_ASKS = frozenset({"comment", "interview"})


def _press_request(noun) -> bool:
    """Whether ``noun``, what a request or call is for, is a comment or an interview
    a reporter asked for, with no more words than its determiner (``for comment``, ``for
    an interview``).

    >>> import spacy
    >>> doc = spacy.blank("en")("comment")
    >>> doc[0].lemma_ = "comment"
    >>> _press_request(doc[0])
    True
    """
    return noun.lemma_.lower() in _PRESS_ASKS and all(
        k.dep_ == "det" for k in noun.children)


#: nominal cues that are also words of force: a stand only when a person takes it
PERSONAL_NOUNS = frozenset({"attack", "defense", "defence"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _personal(head, tok) -> bool:
    """Whether ``head`` is a named person or a personal pronoun and the object of ``tok``
    no place ("Clinton's attack on Sanders", not "the rebels' attack on the town")."""
    if not (head.ent_type_ == "PERSON" or head.lower_ in ("he", "she", "his", "her")):
        return False
    return not any(p.ent_type_ in _PLACES for c in tok.children if c.dep_ == "prep"
                   for p in c.children if p.dep_ == "pobj")


_HASHES: dict[str, list[int]] = {}  # word list -> string hashes (stable across vocabularies)


def _hashes(strings, name: str, words) -> list[int]:
    out = _HASHES.get(name)
    if out is None:
        out = _HASHES[name] = [strings.add(w) for w in sorted(words)]
    return out


def extra_candidates(doc) -> tuple[list[int], list[int]]:
    """Indices of the adjectives of stance that follow a copula, and of the verbs that make
    a cue with their object (``made the case``) and of ``in`` (``in a statement``); read
    from the token arrays, so that no other token is built."""
    if not len(doc):
        return [], []
    import numpy
    from spacy.attrs import DEP, LEMMA, LOWER, POS, SENT_START, TAG
    from spacy.parts_of_speech import ADJ, VERB

    strings = doc.vocab.strings
    arr = doc.to_array([LEMMA, POS, DEP, LOWER, SENT_START, TAG])
    adjectives = numpy.isin(arr[:, 0], _hashes(strings, "adjectives", ADJECTIVE_CUES))
    adjectives &= arr[:, 1] == ADJ
    # "is convinced that", "is determined to": a participle the tagger made a verb after its
    # copula, read as the adjective it stands for
    adjectives |= numpy.isin(arr[:, 3], _hashes(strings, "adjectives", ADJECTIVE_CUES)) \
        & (arr[:, 5] == strings.add("VBN"))
    adjectives &= arr[:, 2] == strings.add("acomp")
    lights = numpy.isin(arr[:, 0], _hashes(strings, "lights", LIGHT_VERBS)) & (arr[:, 1] == VERB)
    lights |= (arr[:, 3] == strings.add("in")) | (arr[:, 3] == strings.add("against"))
    lights |= (arr[:, 3] == strings.add("to")) & (arr[:, 4] == 1)  # "To many, ..."
    return numpy.flatnonzero(adjectives).tolist(), numpy.flatnonzero(lights).tolist()


#: pronouns and quantifiers that open a view with ``To`` ("To many, ...", "To him, ...")
_VIEW_HOLDERS = frozenset({"him", "her", "them", "me", "us", "many", "some", "most", "others",
                           "both"})


def _to_view(ctx: Context, tok, para: int) -> Cue | None:
    """``To Ms. Gil, skateboarding is a cry of dissent``, ``To many, he is a provocateur``: a
    sentence opened by ``To`` a person or people and a comma is how they see it (a belief;
    ``To date``, ``To that end`` name no one)."""
    doc = ctx.doc
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if tok.dep_ != "prep" or pobj is None or ctx.in_quote(tok):
        return None
    comma = tok.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != "," or tok.head.i <= comma:
        return None
    anchor = tok.head
    if anchor.pos_ not in ("VERB", "AUX") or anchor.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return None
    if not (pobj.ent_type_ == "PERSON" or pobj.lower_ in _VIEW_HOLDERS
            or pobj.ent_type_ not in ("ORG", "GPE", "LOC", "FAC", "DATE", "TIME")
            and pobj.pos_ == "NOUN" and is_source(pobj, False) and not is_document(pobj)):
        return None
    return Cue(tok, tok.idx, tok.idx + len(tok.text), "view", para, pobj,
               _speaker_span(ctx, pobj, tok), _clip(ctx, comma + 1, anchor.right_edge.i, para))


def _adjective_cue(ctx: Context, tok, para: int) -> Cue | None:
    """``Sanders is critical of the deal``, ``the senator is confident that it will pass``,
    ``Republicans are eager to move on``: the adjective's complement, held by the subject
    of its copula."""
    lemma = tok.lower_ if tok.tag_ == "VBN" else tok.lemma_.lower()  # "convinced"
    preps = ADJECTIVE_CUES.get(lemma, ())
    content = None
    for c in tok.children:
        if c.dep_ == "ccomp" and c.i > tok.i and "that" in preps:
            content = (c.left_edge.i, c.right_edge.i)
        elif c.dep_ == "xcomp" and c.i > tok.i and "to" in preps:
            content = (c.left_edge.i, c.right_edge.i)
        elif c.dep_ == "prep" and c.lower_ in preps:
            pobj = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
            if pobj:
                content = (pobj[0].left_edge.i, pobj[0].right_edge.i)
        if content is not None:
            break
    if content is None:
        return None
    head, sp, inherit = _subject(ctx, tok)
    if head is None or head.lower_ == "it" or not is_source(head, False):
        return None  # "it is clear that", "the outcome was clear": nobody's stance
    cue = Cue(tok, tok.idx, tok.idx + len(tok.text), "adjective", para, head, sp,
              inherit=inherit)
    cue.content = _clip(ctx, content[0], content[1], para)
    return cue


_TIME = frozenset({"DATE", "TIME"})
#: verbs whose ``to`` phrase names who is addressed ("wrote a letter to the council")
_TO_RECIPIENT = frozenset({"write", "give", "offer", "issue", "deliver", "tell", "send"})


def _complement(tok, after: int, skip: tuple[str, ...] = ()):
    """The first complement of ``tok`` right of token ``after``: a ``that`` clause, a
    ``to`` infinitive or a prepositional phrase that is no time (``on Tuesday``) and whose
    preposition is not in ``skip``; a ``that`` clause after a phrase of whom it was told
    comes first (``made it clear to the voters that ...``, which the parser may hang as a
    clause of its own)."""
    for c in tok.children:
        if c.i > after and c.dep_ in ("ccomp", "acl", "relcl", "advcl") and any(
                k.dep_ == "mark" and k.lower_ == "that" and k.i == c.left_edge.i
                for k in c.children):
            return c.left_edge.i, c.right_edge.i
    for c in tok.children:
        if c.i <= after:
            continue
        if c.dep_ in ("ccomp", "acl", "relcl") and any(
                k.dep_ == "mark" and k.lower_ in ("that", "whether", "if") for k in c.children):
            return c.left_edge.i, c.right_edge.i
        if c.dep_ in ("ccomp", "xcomp", "acl", "advcl") and _to_clause(c):
            return c.left_edge.i, c.right_edge.i
        if c.dep_ == "prep" and c.lower_ not in skip and c.lower_ not in (
                "in", "at", "during", "since", "after", "before", "by", "from", "under",
                "through", "via", "amid", "despite", "near", "outside", "inside", "within",
                "across", "without", "online"):
            pobj = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
            if pobj and pobj[0].ent_type_ not in _TIME:
                return pobj[0].left_edge.i, pobj[0].right_edge.i
        if c.dep_ == "ccomp" and c.i > tok.i:
            return c.left_edge.i, c.right_edge.i
    return None


def _to_clause(c) -> bool:
    return c.tag_ == "VB" and any(k.dep_ == "aux" and k.lower_ == "to" and k.i < c.i
                                  for k in c.children)


def _light_cue(ctx: Context, tok, para: int) -> Cue | None:
    """``Trump made the case that ...``, ``Sanders took issue with the deal``, ``she has
    doubts about the plan``, ``made clear that ...``: a verb whose object is a noun of
    speech or stance; the content is what follows that noun."""
    nouns = LIGHT_VERBS[cue_lemma(tok)]
    obj = None
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ in ("dobj", "oprd", "ccomp", "acomp") and (
                c.lemma_.lower() in nouns or c.lower_ in nouns):
            obj = c
            break
    if obj is None:
        return None
    lemma = cue_lemma(tok)
    skip = ("to",) if lemma in _TO_RECIPIENT else ()
    span = _complement(obj, obj.i, skip) or _complement(tok, obj.i, skip)
    whole = span is None and lemma in _TO_RECIPIENT and obj.pos_ == "NOUN"
    saying = whole and obj.lemma_.lower() in INTRO_NOUNS
    intro = saying and object_before_colon(ctx, obj, para)
    if saying and not intro and obj.right_edge.i == obj.i \
            and ":" not in ctx.text[obj.idx:obj.sent[-1].idx]:
        return None  # "issued a statement.": nothing said yet
    if whole:
        span = (obj.left_edge.i, obj.right_edge.i)  # "offered his condolences"
    if span is None:
        return None
    head, sp, inherit = _subject(ctx, tok)
    if head is None and not inherit or head is not None and not is_source(head, False):
        return None  # "Deadly attacks raised alarms about ...": no one's stance
    end = tok.idx + len(tok.text) if whole else obj.idx + len(obj.text)
    cue = Cue(obj, tok.idx, end, "noun", para, head, sp, inherit=inherit)
    # ("issued the following statement:": the next paragraph is what was said)
    cue.content = None if intro else _clip(ctx, span[0], span[1], para)
    return cue


def object_before_colon(ctx: Context, tok, para: int) -> bool:
    """Whether the noun ``tok``'s phrase is followed by nothing but a colon in its paragraph."""
    end = max((t for t in tok.subtree if not (t.is_punct or t.is_space)), key=lambda t: t.i)
    rest = ctx.text[end.idx + len(end.text):ctx.para_span(para)[1]].strip(MARKUP + " ")
    return rest == ":"


def _statement(doc, span: tuple[int, int]) -> bool:
    """Whether the characters ``span`` hold a statement: a finite verb and a subject that is
    no relative pronoun, nor a relative's noun (``whose party trails``)."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None:
        return False
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks) and any(
        t.dep_ in ("nsubj", "nsubjpass", "expl") and t.tag_ not in ("WP", "WDT", "WRB")
        and not any(c.tag_ == "WP$" for c in t.children) for t in toks)


def _in_source(ctx: Context, tok, para: int) -> Cue | None:
    """``In a Des Moines Register poll, Mr. Cruz had a 10-point lead``, ``in his speech,
    Obama ...``: the clause set after ``in`` a document or an utterance is what it holds,
    unless a verb of saying in that clause has a speaker of its own (``In a statement,
    the company denied ...``)."""
    pobj = [c for c in tok.children if c.dep_ == "pobj"]
    if tok.dep_ != "prep" or not pobj or ctx.in_quote(tok):
        return None
    noun = pobj[0]
    if noun.lemma_.lower() not in IN_SOURCES:
        return None
    anchor = _clause_of(tok)
    if anchor.i == tok.i or anchor.pos_ not in ("VERB", "AUX"):
        return None
    if tok.head.pos_ in ("NOUN", "PROPN") and tok.i > tok.head.i and not any(
            c.dep_ in ("poss", "compound") for c in noun.children):
        return None  # "reversed a steep drop in the polls": where the drop is, no source
    if cue_lemma(anchor) in SPEECH_VERBS or anchor.tag_ not in ("VBD", "VBZ", "VBP", "MD") and \
            not any(k.dep_ == "aux" for k in anchor.children):
        return None  # "said in a statement": the verb's own cue; a clause with no tense
    poss = [c for c in noun.children if c.dep_ == "poss"]
    head = poss[0] if poss else noun
    if poss and poss[0].lower_ in ("its", "their"):
        return None
    if not poss and not is_document(noun) and not any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
        return None  # "in a tweet": whose, the clause does not say
    if tok.i > anchor.i and tok.head.pos_ in ("VERB", "AUX"):
        # "Clinton continues to lead in polls despite ...": the clause up to the source
        while anchor.dep_ == "xcomp" and anchor.head.i < anchor.i:
            anchor = anchor.head
        content = _clip(ctx, anchor.left_edge.i, tok.i - 1, para)
    else:
        content = _around(ctx, anchor, tok, para)
    if content is None or not _statement(ctx.doc, content):
        return None  # "Trump, who leads in the polls", "his numbers in the polls plummeted"
    return Cue(noun, tok.idx, noun.idx + len(noun.text), "noun", para, head,
               _speaker_span(ctx, head, tok), content)
