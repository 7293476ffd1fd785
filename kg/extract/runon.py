"""Attributions run on without a comma: texts whose punctuation was stripped close a sentence
with its source and the verb of saying and nothing between them and what was said
("Five civilians were killed in the shelling a monitoring group said"; "... 25 others were
wounded said the Syrian Observatory for Human Rights").  The parser then often takes the
speaker's phrase into the clause it reports, or hangs the verb on a noun of that clause;
the surface of the sentence is read instead of its parse.

The shape is strict: a sentence with no comma and no quote at all (the mark of the stripped
text), the verb at its end with only whom it was told and when after it, a clause with a
verb of its own and no attribution of its own before the speaker, and a speaker that can be
a source.
"""

from __future__ import annotations

from .acts import is_source
from .context import Context, _clip
from .cuewords import NOUN_CUES, SPEECH_VERBS, cue_lemma
from .quotes import QUOTE_MARKS

#: verbs of saying that close a sentence after what was said ("... a monitor said"), not
#: the nouns the parser may read as a verb there ("dismay at Kerry's remarks")
_CLOSING = frozenset({"say", "tell", "report", "add", "state", "confirm", "announce", "claim",
                      "note", "write", "explain", "warn", "estimate", "allege", "insist",
                      "stress", "argue", "conclude", "acknowledge", "admit", "tweet", "reply",
                      "respond", "declare", "reveal", "indicate", "predict", "suggest",
                      "assert", "affirm", "emphasize", "emphasise", "deny", "maintain"})
_ARTICLES = frozenset({"the", "a", "an"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: tokens of a phrase's edge that modify a word to their right inside the phrase
_MODIFIERS = frozenset({"compound", "amod", "det", "nummod", "poss", "nmod", "npadvmod",
                        "punct", "case", "quantmod", "advmod"})
#: what may stand right before the speaker's phrase: not a word that makes the phrase part
#: of a clause of its own ("not what the minister said", "the things the envoy said")
_NOT_BEFORE = frozenset({"what", "that", "which", "who", "whom", "as", "than", "if",
                         "whether", "and", "or", "but", "nor", "how", "why", "where", "when"})
#: nouns of what is said besides the nouns of saying
_SAID_THINGS = frozenset({"thing", "word", "lie", "story", "everything", "something",
                          "anything", "nothing", "much", "all"})
_RELATIVE = frozenset({"who", "whom", "which", "that"})
#: what a verb of saying has after it when that is what was said
_CONTENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "acomp", "dative"})
_THIRD = frozenset({"he", "she", "they", "it"})
_NAMES = frozenset({"PERSON", "ORG", "NORP"})
_PERSONAL = frozenset({"he", "she", "it", "they", "we", "i"})
#: entity types of no speaker's head
_NOT_SPEAKING = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY",
                           "QUANTITY", "LOC"})
#: words of what follows the verb: whom it was told and when, nothing with a verb
_AFTER = frozenset({"ADP", "NOUN", "PROPN", "NUM", "DET", "PRON", "ADJ", "PUNCT", "SPACE"})


def run_on(ctx: Context, tok, para: int):
    """``(head, speaker span, content span)`` of the verb of saying ``tok`` closing a sentence
    with no comma after what it reports, or None.

    >>> from kg.extract import load_nlp
    >>> from kg.extract.context import Context
    >>> doc = load_nlp()("Six civilians were killed in the shelling of the town a monitor said.")
    >>> ctx = Context(doc, frozenset())
    >>> head, sp, content = run_on(ctx, doc[12], 0)
    >>> doc.text[slice(*sp)], doc.text[slice(*content)]
    ('a monitor', 'Six civilians were killed in the shelling of the town')
    """
    doc = ctx.doc
    if cue_lemma(tok) not in _CLOSING or not tok.is_lower or ctx.in_quote(tok):
        return None
    sent = tok.sent
    if not _unpunctuated(sent):
        return None  # punctuation kept: the parser's own reading stands
    if any(t.text in QUOTE_MARKS or t.text == "''" or ctx.in_quote(t) for t in sent):
        return None  # a quote's attribution is the quote's own
    told = cue_lemma(tok) == "tell"
    named = _named_object(tok)
    trailing = next((c for c in tok.children if c.tag_ == "VBG" and c.i > tok.i
                     and c.dep_ in ("advcl", "xcomp", "conj") and c.right_edge.i >= sent.end - 2
                     and c.lemma_.lower() in _ASIDE_GERUNDS), None)
    if any(c.dep_ in _CONTENT_DEPS and c.i > tok.i and (named is None or c.i != named.i)
           and (trailing is None or c.i != trailing.i)
           and not (told and c.dep_ in ("dobj", "dative")) for c in tok.children):
        return None  # "demanded a UN investigation": what follows the verb is its content
    inverted = _inverted(ctx, tok, sent, named)
    if inverted is not None:
        return inverted
    end = sent.end
    if trailing is not None:  # "... the Observatory said updating an earlier toll"
        end = trailing.left_edge.i
    after = list(doc[tok.i + 1:end])
    if len(after) > 9 or any(t.pos_ not in _AFTER or t.lower_ == "that" for t in after):
        return None
    if tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    if tok.dep_ == "relcl" and (tok.head.lemma_.lower() in NOUN_CUES
                                or tok.head.lemma_.lower() in _SAID_THINGS):
        return None  # "repeated the claims the minister said": what was said is the noun
    j = tok.i - 1
    while j > sent.start and doc[j].dep_ == "aux" and doc[j].head.i == tok.i:
        j -= 1
    if tok.tag_ == "VBN" and j == tok.i - 1:
        return None  # a participle with no auxiliary: "the number of dead reported"
    if j <= sent.start or doc[j].is_punct and doc[j].text != ")":
        return None
    found = _phrase_start(doc, j, sent.start)
    if found is None:
        return None
    start, person = found
    head = doc[j - 1] if doc[j].text == ")" else doc[j]
    if person is not None and head.ent_type_ != "PERSON":
        head = person  # "a source at Quneitra Police Command": the source speaks
    if not (head.lower_ in _PERSONAL and start == j or is_source(head, False)
            or head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in _NOT_SPEAKING) \
            or head.lower_ in _RELATIVE or head.like_num:
        return None  # "the AFP photographer said", "a watchdog said": whoever says speaks
    if doc[start - 1].pos_ == "ADP":  # "in southern Syria state media": the place is the
        # preposition's, the rest is the speaker ("of the city state news agency SANA": the
        # city's)
        start = _after_place(doc, start, j) or _speaker_tail(doc, start, j)
    elif doc[start].lower_ in ("a", "an") and doc[start - 1].ent_type_ in _NAMES:
        named = _named_before(doc, start, sent.start)
        if named is not None:  # "The Observatory a monitor said": the name speaks
            head, start = doc[start - 1], named
    if start is None or doc[start - 1].lower_ in _NOT_BEFORE \
            or doc[start - 1].pos_ in ("ADP", "SCONJ", "DET"):
        return None
    return _result(ctx, head, doc[start].idx, doc[j].idx + len(doc[j].text), sent.start,
                   start - 1, para)


#: gerunds that close a source's verb with how it said it, not what ("said updating an
#: earlier toll", "reported citing a local source")
_ASIDE_GERUNDS = frozenset({"cite", "quote", "update", "add", "revise", "raise", "lower"})


def _named_object(tok):
    """A name the parser made the object of a verb of saying with no subject, running from
    right after the verb to its sentence's end (``... attacks said Kirkuki.``), or None."""
    doc = tok.doc
    if cue_lemma(tok) == "tell":
        return None  # "... told Anadolu Agency": the one told
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.left_edge.i == tok.i + 1
                and c.ent_type_ in _NAMES), None)
    if obj is None or any(k.dep_ in ("nsubj", "nsubjpass") and not _object_taken(k, tok)
                          for k in tok.children):
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[obj.right_edge.i + 1:tok.sent.end]):
        return None
    return obj


def _object_taken(subj, tok) -> bool:
    """Whether the parser took the object of the reported clause's verb for the subject of
    the verb of saying ``tok`` (``... strikes killed at least 10 civilians said the
    Observatory``): the subject runs up to ``tok``, right after a verb of the clause
    ``tok`` reports that has no object of its own."""
    if subj.i > tok.i or subj.right_edge.i != tok.i - 1:
        return False
    return any(v.dep_ == "ccomp" and v.i < subj.i and v.pos_ == "VERB"
               and v.right_edge.i == subj.left_edge.i - 1
               and not any(k.dep_ in ("dobj", "attr", "ccomp", "xcomp") for k in v.children)
               for v in tok.children)


def _inverted(ctx: Context, tok, sent, named):
    """``... were wounded said the Observatory``: the verb right after what it reports, its
    subject after it to the sentence's end (``named``: the name the parser made its object
    instead, :func:`_named_object`, or None)."""
    doc = ctx.doc
    if tok.tag_ != "VBD" or tok.i == sent.start or doc[tok.i - 1].is_punct:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i), None) \
        or named  # ("... surprise attacks said Kirkuki": the name, :func:`_named_object`)
    if subj is None or subj.left_edge.i != tok.i + 1 or subj.pos_ == "PRON":
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[subj.right_edge.i + 1:sent.end]):
        return None
    hi = subj.right_edge.i
    for c in subj.children:
        if c.i > subj.i and (c.dep_ in ("appos", "relcl") or c.dep_ == "prep" and _told(c)):
            # "the Observatory a Britain-based monitor", "Officer X to ARA News": the name
            hi = min(hi, c.left_edge.i - 1)
    while hi > subj.i and (doc[hi].is_punct or doc[hi].is_space) and not (
            doc[hi].text == ")" and any(t.text == "(" for t in doc[subj.i:hi])):
        hi -= 1
    return _result(ctx, subj, doc[subj.left_edge.i].idx, doc[hi].idx + len(doc[hi].text),
                   sent.start, tok.i - 1, ctx.para_of(tok.idx))


def _told(prep) -> bool:
    """Whether the preposition ``prep`` after a speaker says whom or how it was told ("to
    ARA News", "on Sunday", "in a statement")."""
    if prep.lower_ in ("to", "on", "via", "during", "after", "before"):
        return True
    return prep.lower_ in ("in", "through") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in NOUN_CUES for o in prep.children)


def _unpunctuated(sent) -> bool:
    """Whether the sentence ``sent`` has no comma or semicolon: the mark of a text whose
    punctuation was stripped."""
    return not any(t.text in (",", ";") for t in sent)


def _result(ctx: Context, head, s: int, e: int, lo: int, hi: int, para: int):
    """``(head, speaker span (s, e), content span)`` with tokens ``[lo, hi]`` as what was
    said, or None when they hold no clause of their own or another's attribution."""
    doc = ctx.doc
    words = [t for t in doc[lo:hi + 1] if not (t.is_punct or t.is_space)]
    if len(words) < 4 or not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in words):
        return None  # no clause of its own to report
    if any(cue_lemma(t) in SPEECH_VERBS and t.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "NOUN") or c.lower_ in _THIRD)
            for c in t.children) for t in words):
        return None  # "X said ... Y said": whose is what, the sentence does not show
    content = _clip(ctx, lo, hi, para)
    return (head, (s, e), content) if content is not None else None


def _phrase_start(doc, j: int, floor: int):
    """``(first token, person)`` of the noun phrase ending at token ``j``, or None: back
    over the words that modify a word of the phrase, the prepositions inside a name
    ("Observatory for Human Rights") or after a person's noun ("a source at the police",
    whose noun is then the phrase's ``person``), to an article."""
    person = None
    if doc[j].text == ")":  # "the United Nations childrens agency (UNICEF)"
        k = j - 1
        while k > floor and doc[k].text != "(":
            k -= 1
        if k <= floor + 1 or k == j - 1:
            return None
        j = k - 1
    lo = j
    k = lo - 1
    while k > floor:
        t = doc[k]
        inside = lo <= t.head.i <= j and t.i < t.head.i and t.dep_ in _MODIFIERS
        if t.pos_ == "ADP" and _crossed(doc, k, j):
            lo = k - 1  # the noun before the preposition is the phrase's
            if doc[lo].is_lower:
                person = doc[lo]
            k -= 2
            continue
        if t.lower_ in _ARTICLES:
            if not (inside or t.i + 1 == lo):
                return lo, person
            if k - 1 > floor and doc[k - 1].pos_ == "ADP" and _crossed(doc, k - 1, j):
                lo = k  # "the head of the ... group": on to the noun before "of"
                k -= 1
                continue
            return k, person
        if t.pos_ == "PROPN" and t.ent_iob_ in ("B", "I") and doc[k + 1].ent_iob_ == "B" \
                and not _introduced(doc, k, j):
            return lo, person  # "combatting Daesh Cavusoglu said": another name ends here
        if doc[lo].text in _HYPHENS and not t.whitespace_ and t.is_alpha:
            lo = k  # "Britain-based": one word, whatever the parse made of it
            k -= 1
            continue
        if t.ent_type_ in ("ORDINAL", "CARDINAL") or t.pos_ == "NUM":
            # "injuring a fourth SANA said"; "killed 13 people MSF said": the people counted;
            # but "killing four civilians two residents said": the residents counted
            if lo < j and doc[lo].tag_ == "NNS" and doc[lo].is_lower:
                lo += 1
            elif lo == j and doc[j].tag_ == "NNS" and doc[j].is_lower and inside:
                return k, person
            return lo, person
        if t.lower_ == "and" and not inside and k - 1 > floor:
            # "a monitor and rebels said": two sources, the first set off by its article
            first = _phrase_start(doc, k - 1, floor)
            if first is not None and j - first[0] <= 8 and (
                    doc[first[0]].lower_ in _ARTICLES or doc[k - 1].ent_type_ in _NAMES):
                return first
        if not inside:
            return lo, person
        lo = k
        k -= 1
    return None


def _introduced(doc, k: int, j: int) -> bool:
    """Whether the name ending at ``doc[k]`` opens with an article or follows a person's
    noun and its preposition (``the ambassador to the UN``): a part of the phrase."""
    s = _name_start(doc, k, 0)
    if s < 1:
        return False
    before = doc[s - 1]
    return before.lower_ in _ARTICLES or before.pos_ == "ADP" and _crossed(doc, before.i, j)


def _named_before(doc, start: int, floor: int) -> int | None:
    """The start of the name right before the indefinite description at ``start``, set
    off by no comma (``the Syrian Observatory for Human Rights a Britain-based monitoring
    group``, ``Bebars Mishal a civil defence worker``): an organization's with its article,
    a person's after a noun, else None (``held by the extremist Islamic State group``)."""
    k = _name_start(doc, start - 1, floor)
    if doc[start - 1].ent_type_ == "PERSON":
        return k if k > floor and doc[k - 1].pos_ in ("NOUN", "PROPN") else None
    if k - 1 > floor and doc[k - 1].lower_ == "the" and doc[k - 2].pos_ != "ADP":
        return k - 1
    return None


def _name_start(doc, k: int, floor: int) -> int:
    """The first token of the name that token ``k`` is in (``k`` when it opens it), not
    before ``floor``."""
    while k > floor and doc[k].ent_iob_ == "I":
        k -= 1
    return k


def _after_place(doc, start: int, j: int) -> int | None:
    """The start of the phrase ``[start, j]`` after the last place or time named at its front
    ("in southern Syria state media", "on Tuesday state media"), or None when none is."""
    places = [t.i for t in doc[start:j] if t.ent_type_ in ("GPE", "LOC", "DATE", "TIME")]
    return places[-1] + 1 if places else None


#: words of a source's description that close a phrase after the noun the clause ends on
#: ("the city | state news agency SANA", "the battlefield | FNA", "the town | activists")
_TAIL_WORDS = frozenset({"state", "news", "agency", "media", "website", "television", "tv",
                         "radio", "channel", "outlet", "newspaper", "daily", "local", "source",
                         "sources", "monitor", "activists", "residents", "witnesses"})


def _speaker_tail(doc, start: int, j: int) -> int | None:
    """The start of the source that closes the phrase ``[start, j]``: one name at its end
    and the words of a source's description before it, after a noun of the clause
    (``the city state news agency SANA``), or None."""
    i = j
    if doc[i].ent_type_ in _NAMES:
        while i > start and doc[i].ent_iob_ == "I":
            i -= 1
        i -= 1
    while i >= start and doc[i].lower_ in _TAIL_WORDS:
        i -= 1
    if i < start or i == j or doc[i].pos_ not in ("NOUN", "PROPN") or doc[i].ent_type_:
        return None
    return i + 1


def _crossed(doc, k: int, j: int) -> bool:
    """Whether the preposition ``doc[k]`` lies inside the phrase ending at ``j``: between
    the words of a name ("Organisation for the Prohibition of Chemical Weapons") or after a
    noun that names a source ("the manager of al-Quds hospital")."""
    if k + 1 > j or k < 1:
        return False
    before, after = doc[k - 1], doc[k + 1]
    if after.lower_ in _ARTICLES and k + 2 <= j:
        after = doc[k + 2]
    if doc[k].lower_ in ("for", "of") and before.is_title and after.is_title \
            and before.pos_ == "PROPN":
        return True
    return doc[k].lower_ in ("of", "for", "to", "at", "in", "from", "with") \
        and before.pos_ == "NOUN" \
        and before.is_lower and before.tag_ == "NN" and is_source(before, False)


def absorbed_subject(doc, phrase, verb) -> int | None:
    """The first token of the subject of ``verb`` that the parser took into ``phrase``, the
    noun phrase of a source before it with no comma between (``According to the statement
    missile attacks also destroyed two tanks``), or None: the phrase's name or source noun
    ends the source, the nouns after it up to the phrase's head are the subject.

    >>> from kg.extract import load_nlp
    >>> doc = load_nlp()("According to the statement missile attacks also destroyed two tanks.")
    >>> k = absorbed_subject(doc, doc[5].subtree, doc[7])
    >>> doc[k:6].text
    'missile attacks'
    """
    toks = list(phrase)
    if not toks or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    hi = toks[-1].i
    if hi >= verb.i or not _unpunctuated(verb.sent) \
            or any(doc[i].pos_ not in ("ADV", "AUX", "PART") for i in range(hi + 1, verb.i)):
        return None
    for t in toks[:-1]:
        name_end = t.pos_ == "PROPN" and t.ent_iob_ in ("B", "I") \
            and doc[t.i + 1].ent_iob_ != "I"
        if not (name_end or t.pos_ == "NOUN" and is_source(t, False)):
            continue
        rest = doc[t.i + 1:hi + 1]
        if rest[0].pos_ != "PROPN" and not is_source(rest[-1], False) \
                and all(r.pos_ in ("ADJ", "NOUN", "NUM", "DET", "PROPN") for r in rest) \
                and rest[-1].pos_ in ("NOUN", "PROPN"):
            return t.i + 1  # not "Syria | Turks Association", "a US | intelligence report"
    return None


__all__ = ["run_on", "absorbed_subject"]
