"""Who speaks a verb cue the parser left without a subject, or gave the wrong one: someone
a causative verb brings to speak ("led some to speculate that"), who issued the statement a
participle hangs on ("Gowdy released a statement highlighting"), the one asked in an aside
the parser made the main verb ("Trump, asked about X, had said"), the name set between
a quote and its cue ("...," Conway notes), the one who said a clause the parser joined a
stand of theirs to ("said the jet crashed and disputed ..."), and the ``by`` agent of a noun
of saying the parser hung on the verb ("challenged an account by X that ...")."""

from __future__ import annotations

from .acts import FINDING_VERBS, is_source
from .context import Context
from .cuewords import ASKING, CUE_VERBS, HEARERS, NOUN_CUES, SPEECH_VERBS, cue_lemma
from .quotes import QUOTE_MARKS
from .speakerwords import first_name_gender


#: verbs that bring someone to say or think something ("led some to speculate that",
#: "leaving many to wonder whether", "prompted Priebus to declare")
CAUSATIVES = frozenset({"lead", "leave", "prompt", "cause", "spur", "drive", "inspire",
                        "move", "force", "compel", "provoke", "get"})


def prompted(ctx: Context, tok):
    """The one a causative verb brings to say or think ``tok`` (``some`` of "led some to
    speculate that ..."), or None."""
    up = tok.head
    if tok.dep_ not in ("xcomp", "ccomp") or up.i >= tok.i or up.lemma_.lower() not in CAUSATIVES:
        return None
    obj = next((c for c in up.children if c.dep_ in ("dobj", "nsubj") and up.i < c.i < tok.i),
               None)
    if obj is None or ctx.in_quote(obj) or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return obj


#: writings one issues, and the occasions one speaks at, that speak for whoever issued them
#: or spoke there ("said during remarks in the Rose Garden calling on Congress to act")
_ISSUED = frozenset({"statement", "letter", "ad", "advertisement", "memo", "resolution",
                     "release", "op-ed", "video", "email", "e-mail", "tweet", "post",
                     "paper", "report", "column", "editorial", "petition", "piece", "data",
                     "article", "commercial", "spot", "message", "note", "remark",
                     "remarks", "speech", "interview", "address", "testimony", "briefing",
                     "comment", "comments", "appearance", "conference", "rally"})


#: nouns whose infinitive is a possibility, not something done ("has a chance to show")
_MODAL_NOUNS = frozenset({
    "chance", "opportunity", "time", "way", "ability", "power", "right", "need", "moment",
    "occasion", "reason", "room", "incentive", "obligation", "duty", "freedom", "authority",
    "capacity", "means", "license", "option", "tendency", "habit"})


def issuer(ctx: Context, head, tok):
    """Who issued the writing a participle cue hangs on, or holds the thing that cannot speak
    it hangs on: ``Gowdy`` of "Gowdy released a statement highlighting ...", ``Pence`` of
    "Pence had no trouble endorsing Ryan"; or None."""
    if head is None or head.i != tok.head.i:
        return None
    if head.dep_ == "dobj":
        verb = head.head
    elif head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "VERB":
        verb = head.head.head  # "responded with an editor's note saying"
    else:
        return None
    # "spearhead an effort to paint X as ...", not "in an effort to suggest" (the writer's
    # reading of a motive)
    infinitive = tok.tag_ == "VB" and head.dep_ == "dobj" \
        and head.lemma_.lower() not in _MODAL_NOUNS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if head.lemma_.lower() in _ISSUED:  # "ran a piece that noted", "an ad calling"
        if tok.dep_ not in ("acl", "relcl"):
            return None
    elif head.dep_ != "dobj":
        return None
    elif tok.dep_ != "acl" or not (tok.tag_ == "VBG" or infinitive) or head.pos_ != "NOUN" \
            or is_source(head, False):
        # "had no trouble endorsing Ryan", "will spearhead an effort to paint Trump as ...":
        # no trouble or effort speaks; a person does
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or ctx.in_quote(subj) or subj.lower_ in ("who", "which", "that", "it"):
        return None
    return subj


def aside_of(tok):
    """``(subject, verb of saying)`` when ``tok`` is a participle set off by commas that the
    parser made the main verb of its sentence: in "Mr. Trump, asked about X, had said, ..."
    Trump was asked (no cue of his) and is who said; else None."""
    if tok.tag_ not in ("VBN", "VBD") or tok.dep_ != "ROOT":
        return None
    doc = tok.doc
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.right_edge.i not in (tok.i - 2, tok.i - 1) \
            or doc[tok.i - 1].text != ",":
        return None
    if any(c.dep_ in ("dobj", "aux", "auxpass") for c in tok.children):
        return None  # "Trump, a lawyer, asked the court": Trump asked
    said = next((c for c in tok.children if c.dep_ in ("parataxis", "conj", "ccomp", "advcl")
                 and c.i > tok.i and cue_lemma(c) in SPEECH_VERBS and c.tag_ != "VBG"
                 and "," in (doc[c.left_edge.i].text, doc[c.left_edge.i - 1].text)
                 and not any(k.dep_ == "nsubj" for k in c.children)), None)
    return (subj, said) if said is not None else None


#: verbs whose participle set off after a name says the name was spoken to ("Roe, asked
#: about X, ...", "Roe, pressed on the matter, ...")
_ASKED = ASKING | HEARERS | frozenset({"press", "interview", "quiz", "reach", "contact",
                                      "challenge", "confront"})


def passive_aside(tok) -> bool:
    """Whether ``tok`` is a participle set off by commas after a noun, with neither subject
    nor object: the noun's passive aside ("after Tom Baker, asked about X, had said"), in
    which the noun was asked and nothing is said."""
    doc = tok.doc
    if cue_lemma(tok) not in _ASKED or tok.tag_ not in ("VBN", "VBD") \
            or tok.dep_ not in ("advcl", "acl") or tok.i < 2 \
            or doc[tok.i - 1].text != "," or doc[tok.i - 2].pos_ not in ("PROPN", "NOUN"):
        return False
    if any(c.dep_ not in ("prep", "advmod", "npadvmod", "punct", "neg", "advcl")
           for c in tok.children):
        return False  # (not "Roe, the director, called his performance "a disgrace"")
    end = tok.right_edge.i
    return doc[end].text == "," or end + 1 < len(doc) and doc[end + 1].text == ","


def name_after_quote(ctx: Context, tok):
    """``"...," Conway notes`` / ``"...," Texas delegate Bill Eastland, wearing a hat, said``:
    the name set between a closing quote and a finite verb of saying the parser left without
    a subject, as (head token, character span), or ``(None, None)``."""
    doc = ctx.doc
    if tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return None, None
    lo = max(tok.sent.start, tok.i - 20)
    for j in range(tok.i - 1, lo, -1):
        if (doc[j].text in QUOTE_MARKS or doc[j].text == "''") and ctx.in_quote(doc[j - 1]) \
                and not ctx.in_quote(doc[j + 1]):
            found = _name_chunk(doc, j + 1, tok)
            if found[0] is not None:
                return found
    return None, None


def _name_chunk(doc, k: int, tok):
    """The name that opens tokens ``[k, tok)`` after a quote (see :func:`name_after_quote`)."""
    while k < tok.i and doc[k].is_punct:
        k += 1
    chunk = []
    while k < tok.i and doc[k].text != "," and len(chunk) < 7:
        chunk.append(doc[k])
        k += 1
    if not chunk or len(chunk) > 6 or any(
            t.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "PART")
            and not (t.i == chunk[0].i and t.is_title and t.pos_ == "VERB")
            for t in chunk):  # (a capitalised first word the tagger took for a verb)
        return None, None
    names = [t for t in chunk if t.pos_ == "PROPN" and (
        t.ent_type_ in ("PERSON", "ORG", "") or _after_given_name(t))]
    if not names or (k < tok.i and not any(doc[i].text == "," for i in range(k + 1, tok.i))):
        return None, None  # "...," Eastland, wearing a hat, said: the aside closes with a comma
    return names[-1], (chunk[0].idx, chunk[-1].idx + len(chunk[-1].text))


def _after_given_name(tok) -> bool:
    """Whether ``tok`` follows a given name in a name (``Chuck Jordan``, though ``Jordan``
    alone is a country's name)."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.pos_ == "PROPN" and prev.is_title \
        and first_name_gender(prev.lower_) is not None


#: words that may open a sentence before its subject ("But Sanders, ..., said")
_OPENERS = frozenset({"but", "and", "yet", "still", "meanwhile", "so", "now", "also"})
#: courtesy titles before a surname
_COURTESY = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen"})
#: marks that close an aside set between a subject and its verb
_ASIDE_CLOSE = frozenset({",", "-", "--", "\u2013", "\u2014", ")"})


def fronted_name(ctx: Context, tok):
    """The name that opens the sentence of a finite cue the parser left without a subject,
    when an aside set off by commas stands between them: ``Jeffrey Salkin`` of "Jeffrey
    Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said ..." (the parser
    took "rabbi" for a verb), ``Sanders`` of "Sanders, meanwhile, who sits at zero such
    endorsements, said ..."; as (head token, character span), or ``(None, None)``."""
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in tok.children):
        return None, None
    doc = ctx.doc
    start = tok.sent.start
    j = tok.i - 1
    while j > start and doc[j].pos_ == "ADV":  # "..., also said", "..., later wrote"
        j -= 1
    if doc[j].text not in _ASIDE_CLOSE:
        return None, None
    k = start
    while k < j and (doc[k].is_space or doc[k].is_punct and not ctx.in_quote(doc[k])):
        k += 1
    if doc[k].lower_ in _OPENERS:
        k += 1
    first = k
    if doc[k].lower_.rstrip(".") in _COURTESY and k + 1 < j:
        k += 1  # "Mr. Slinker, whose ..., said"
    if doc[k].ent_iob_ == "B" and doc[k].ent_type_ in ("PERSON", "ORG"):
        e = k
        while e + 1 < j and doc[e + 1].ent_iob_ == "I":
            e += 1
    else:  # a name the tagger missed here that the article gives an actor elsewhere
        e = next((e for e in range(min(k + 3, j - 1), k - 1, -1)
                  if " ".join(t.text for t in doc[k:e + 1]).lower() in ctx.names
                  and all(t.text[:1].isupper() for t in doc[k:e + 1])), None)
        if e is None:
            return None, None
    if doc[e + 1].text != "," or e + 1 >= j:
        return None, None  # the name, then its aside, then the verb
    if any(ctx.in_quote(doc[i]) or (doc[i].is_space and "\n" in doc[i].text)
           for i in range(k, tok.i)):
        return None, None
    return doc[e], (doc[first].idx, doc[e].idx + len(doc[e].text))


__all__ = ["CAUSATIVES", "prompted", "issuer", "aside_of", "passive_aside", "name_after_quote",
           "fronted_name"]


def stranded_agent(tok):
    """``(noun, agent, clause)`` where the parser hung the ``by`` phrase and the ``that``
    clause of a noun of saying on the active verb whose object the noun is (``challenged an
    account by the minister that the jet swerved``): an active verb takes no agent, so both
    are the noun's, and the clause is what the agent said; or None."""
    kids = list(tok.children)
    if tok.tag_ == "VBN" or any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        return None
    agent = next((c for c in kids if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                  and c.i > tok.i), None)
    noun = next((c for c in kids if c.dep_ == "dobj" and c.i < tok.i + 4 and agent is not None
                 and c.right_edge.i + 1 == agent.i), None)
    if noun is None or noun.lemma_.lower() not in NOUN_CUES:
        return None
    clause = next((c for c in kids if c.dep_ == "ccomp" and c.left_edge.i == agent.right_edge.i + 1
                   and c.left_edge.lower_ == "that"), None)
    if clause is None or not any(p.dep_ == "pobj" for p in agent.children):
        return None
    return noun, agent, clause


def reporters_act(t):
    """The verb of saying whose subject takes the stand ``t`` that the parser joined to the
    clause it reports (``X said the plane plunged into the sea and challenged an account of
    the crash``): ``t`` is active, finite, no verb of finding and has no subject of its own,
    and the subject of the clause it is joined to cannot take a stand (``the plane``), so the
    one who said it does; or None."""
    up = t.head
    if t.dep_ != "conj" or up.dep_ != "ccomp" or up.head.i > up.i or t.i < up.i \
            or cue_lemma(t) not in CUE_VERBS or cue_lemma(up.head) not in SPEECH_VERBS:
        return None
    if t.tag_ in ("VBN", "VBG") or cue_lemma(t) in FINDING_VERBS or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "auxpass") for c in t.children):
        return None  # "had not found", "will be missed": what the clause's subject did
    subj = next((c for c in up.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or is_source(subj, False):
        return None
    return up.head
