"""Clauses a verb of saying reports that the parser did not make its complement: a gerund
taken for a complement, a ``that`` clause hung on a noun of an adverbial phrase or a clause
of time, the clause's subject taken for a second subject or the object of the verb, and a
clause hung as a relative clause on the one told."""

from __future__ import annotations

from .clauses import phrases_of
from .cuewords import _CUE_WORDS, HEARERS, SPEECH_VERBS, cue_lemma
from .quotes import QUOTE_MARKS


def misparsed_complement(tok, kids) -> list:
    """The clause a speech verb introduces where the parser did not make it a ``ccomp``.

    Its shapes, each a clause of its own (a verb with a subject) that can only be
    what was said:

    * a gerund ``xcomp`` holding a ``ccomp`` ("said legalizing it could put
      thousands to work"): the parser took the gerund subject for a complement;
    * a gerund ``xcomp`` right after the verb and a modal verb with no subject
      coordinated with the cue ("said ending foreign fund-raising ... could
      needlessly gut programs"): the gerund is the subject of that verb;
    * a "that"-clause hung as a relative clause on a noun of an adverbial
      phrase ("said during a news conference that he may wait"): a true
      relative clause has "that" fill the place of its missing subject or
      object, never as a marker nor beside a subject and an object of its own;
    * a second subject after the verb that carries a participle (``Smith, head of
      the command, said officials expected to finish ...``): the verb has its subject
      before it, the noun after it with that verb is the clause said;
    * a clause with a subject of its own hung as a relative clause on the one told
      (``told the public it had arrested al-Bashir``): a relative clause has no
      subject of its own but its relative word;
    * the clause's subject taken for the verb's object, its verb for a second verb of the
      cue (``had said all of the emails, which ..., are no longer available``), or for a
      complement of a relative clause on that object (``said the program the mayor
      announced is a risk``);
    * a phrase of time right after the verb taken for the opening of the clause said
      (``said after the vote he would not sign it``);
    * a ``that`` clause hung on the verb that governs the cue's infinitive, past an aside
      (``went on to argue, in a letter to the board, that ...``);
    * the clause's subject taken for an object after a comma, its verb in the past for a
      participle on it (``Roe said, those donations paid for ...``).
    """
    clause = told_clause(tok, kids) or after_subject_clause(tok, kids) \
        or _object_as_subject(tok, kids) or object_after_comma(tok, kids) \
        or _that_clause_as_modifier(tok, kids) \
        or _clause_after_phrase(tok, kids) or _object_with_predicate(tok, kids) \
        or _clause_on_governor(tok) or _clause_past_title(tok, kids)
    if clause:
        return clause
    for c in kids:
        if (c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > tok.i
                and any(d.dep_ == "ccomp" and d.i > c.i for d in c.children)):
            return [c]
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == tok.i + 1:
            verb = next((k for k in kids if k.dep_ == "conj" and k.i > c.right_edge.i
                         and k.pos_ == "VERB" and any(a.tag_ == "MD" for a in k.children)
                         and not _has_subject(k)), None)
            if verb is not None:
                return [c, verb]
    for c in kids:
        if c.dep_ not in ("prep", "npadvmod", "advmod", "advcl") or c.i < tok.i:
            continue
        if c.dep_ == "advcl" and not any(k.dep_ == "mark" and k.lower_ in _TIME_MARKS
                                         for k in c.children):
            continue  # "said hours before Trump launched missiles that she would ...": a time
        for t in c.subtree:
            if t.lower_ != "that" or not _complementizer(t):
                continue
            clause = t.head.head if t.dep_ == "pobj" else t.head  # ("looking into that")
            if not _has_subject(clause):
                continue
            if clause.dep_ not in ("relcl", "acl") and not (
                    clause.dep_ == "ccomp" and clause.head.tag_ == "VBG"
                    and clause.head.dep_ == "pcomp" and cue_lemma(clause.head) not in _CUE_WORDS):
                continue  # (not "after visiting the border that": visiting says nothing)
            up = clause.head
            while up.i != c.i and up.dep_ in ("pobj", "prep", "compound", "amod", "npadvmod",
                                              "pcomp", "dobj"):
                up = up.head
            if up.i == c.i:
                return [t, clause]
    that = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if that is not None and that.lower_ == "that" and that.dep_ == "mark" \
            and that.head.head.i == tok.i and that.head.dep_ in ("dobj", "npadvmod", "attr"):
        # "said that ... common sense and the recent past point to one culprit": a noun the
        # parser took for the object carries the "that" of the clause
        return [that.head]
    return []


#: subordinators of time after which a "that" clause still belongs to the verb of saying
_TIME_MARKS = frozenset({"before", "after", "when", "as", "while", "since", "until"})
#: words that open a true relative clause
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "why"})


def noun_predicate(comp, tok) -> bool:
    """Whether the complement ``comp`` of a cue in a relative clause is the predicate of the
    noun the clause describes (``the program the mayor announced is a risk``, ``the first
    example he pointed to was a charity``): a verb of a tense with no subject of its own right
    after the cue (and its particle), where the noun has no verb of its own (the sentence's
    root, the object of a verb of saying, or joined to a verb as if a clause).  Not where the
    noun has its place in the sentence (``in a move they say was meant to win his support``:
    what they say)."""
    noun = tok.head
    return tok.dep_ == "relcl" and comp.tag_ in ("VBZ", "VBD", "VBP") \
        and all(t.head.i == tok.i and t.dep_ in ("prt", "prep") and not any(t.children)
                for t in tok.doc[tok.i + 1:comp.left_edge.i]) and (
            noun.dep_ == "ROOT" or noun.dep_ == "dobj" and cue_lemma(noun.head) in SPEECH_VERBS
            or noun.dep_ == "conj" and noun.head.pos_ in ("VERB", "AUX")) \
        and not any(k.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for k in comp.children)


def _object_with_predicate(tok, kids) -> list:
    """The clause said whose subject the parser made the verb's object and whose predicate
    a complement of a relative clause on it (``said the program the mayor announced is a
    risk``)."""
    for d in kids:
        if d.dep_ == "dobj" and d.left_edge.i == tok.i + 1 and any(
                r.dep_ == "relcl" and any(c.dep_ == "ccomp" and noun_predicate(c, r)
                                          for c in r.children) for r in d.children):
            return [d]
    return []


def _clause_on_governor(tok) -> list:
    """The ``that`` clause the parser hung on the verb that governs the cue's infinitive,
    past an aside (``went on to argue, in a letter to the board, that ...``): a
    verb with an infinitive after it says what the infinitive says."""
    gov = tok.head
    if tok.dep_ != "xcomp" or tok.tag_ != "VB" or gov.i > tok.i:
        return []
    return [c for c in gov.children if c.dep_ in ("ccomp", "advcl") and c.i > tok.i and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i
        and c.doc[m.i - 1].lower_ not in ("so", "such") for m in c.children)][:1]


def _clause_past_title(tok, kids) -> list:
    """The ``that`` clause the parser hung on a verb inside a quoted title after the cue
    (``said on NBC's "Meet the Press" on Sunday that the panel ...``), taking the title's
    verb for a clause of its own: a clause with a subject, opened by ``that``, after the
    title's closing mark."""
    doc = tok.doc
    for c in kids:
        first = c.left_edge
        if c.i < tok.i or c.dep_ not in ("advcl", "xcomp", "dep", "ccomp") \
                or first.text not in QUOTE_MARKS:
            continue
        close = next((t.i for t in doc[first.i + 1:c.right_edge.i + 1]
                      if t.text in QUOTE_MARKS), None)
        if close is None or close - first.i > 6:
            continue  # a title is a few words
        return [k for k in c.children if k.dep_ in ("ccomp", "advcl") and k.i > close
                and k.left_edge.lower_ == "that" and k.left_edge.dep_ == "mark"
                and _has_subject(k)][:1]
    return []


def _clause_after_phrase(tok, kids) -> list:
    """The clause after a phrase of time the parser took for the clause's own (``said after
    the vote he would not sign it``): a clause hung on the verb of saying with a
    subject of its own, no subordinating word, and a prepositional phrase of time opening it
    right after the verb."""
    for c in kids:
        if c.dep_ != "advcl" or c.i < tok.i or not _has_subject(c):
            continue
        p = c.doc[c.left_edge.i]  # a preposition, or a subordinator with an object
        objs = [k.right_edge.i for k in kids if k.dep_ in ("dobj", "dative") and k.i > tok.i]
        if p.dep_ in ("prep", "mark") and p.head.i == c.i and p.i - 1 in (tok.i, *objs) \
                and p.lower_ in _TIME_MARKS | _TIME_PREPS \
                and any(k.dep_ == "pobj" for k in p.children) \
                and not any(k.dep_ == "mark" and k.i != p.i for k in c.children):
            return [c]
    return []


#: prepositions of a phrase of time ("during the interview", "on Monday")
_TIME_PREPS = frozenset({"during", "on", "at", "in", "following", "ahead"})


def _has_subject(verb) -> bool:
    """Whether the verb ``verb`` has a subject of its own (or the ``there`` of ``there is``)."""
    return any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in verb.children)


def _then_that(kids, after: int) -> list:
    """Clauses coordinated with the cue after token ``after`` that open with ``that``
    (``told the public it had arrested him, and that his regime was over``)."""
    return [k for k in kids if k.dep_ == "conj" and k.i > after and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i == k.left_edge.i for m in k.children)]


def _object_as_subject(tok, kids) -> list:
    """The clause after a verb of saying whose subject the parser made the verb's object and
    whose verb a second verb of the cue (``had said all of the emails from her first months,
    which ..., are no longer available``): a verb with no subject of its own, after only a
    comma, in a tense the cue's subject cannot take."""
    if cue_lemma(tok) not in SPEECH_VERBS or tok.tag_ not in ("VBD", "VBN"):
        return []
    obj = next((c for c in kids if c.dep_ == "dobj" and c.left_edge.i == tok.i + 1), None)
    if obj is None:
        return []
    verb = next((k for k in kids if k.dep_ == "conj" and k.i > obj.right_edge.i), None)
    if verb is None or verb.tag_ not in ("VBP", "VBZ") or _has_subject(verb):
        return []
    if verb.left_edge.i == obj.right_edge.i + 1 \
            or not hung_between(tok, obj.right_edge.i + 1, verb.left_edge.i):
        return []
    return [obj, verb]


def that_root(tok):
    """``(that, root)`` where the parser made the clause a verb of saying introduces with
    ``that``, past an aside, the root of the sentence and the verb's clause its complement
    (``The nominee continues to insist, most recently in an interview, that he wants ...``):
    ``tok`` (or the verb whose infinitive it is) is that complement, before the ``that``
    that opens the root's clause; else None."""
    root = tok.sent.root
    that = next((c for c in root.children if c.dep_ == "mark" and c.lower_ == "that"
                 and c.i > tok.i and tok.doc[c.i - 1].text == ","), None)
    if that is None or root.i <= tok.i:
        return None
    up = tok
    while up.dep_ in ("xcomp", "conj") and up.head.i < up.i:
        up = up.head
    if up.dep_ != "ccomp" or up.head.i != root.i or up.right_edge.i >= that.i \
            or any(c.dep_ == "ccomp" for c in tok.children):
        return None
    return that, root


def object_after_comma(tok, kids) -> list:
    """The clause after a verb of saying and a comma whose subject the parser made the
    verb's object and whose verb in the past a participle on it (``In both cases, Roe said,
    those donations paid for the tournament``): no object follows a verb of saying after a
    comma."""
    doc = tok.doc
    if cue_lemma(tok) not in SPEECH_VERBS or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return []
    obj = next((c for c in kids if c.dep_ == "dobj" and c.left_edge.i == tok.i + 2
                and c.pos_ in ("NOUN", "PROPN") and c.left_edge.lower_ not in ("a", "an")),
               None)  # (not '"Is he frit?" X asked, a term used by ...': an aside on it)
    if obj is None or not any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i == obj.i + 1
                              for c in obj.children):
        return []
    return [obj]


def hung_between(tok, lo: int, hi: int) -> bool:
    """Whether tokens ``[lo, hi)`` are only commas and phrases the parser hung on the verb
    ``tok`` that belong to the noun before them (``said all of the emails from her first
    months, which ..., are``): nothing stands between that noun and what follows."""
    doc = tok.doc
    i = lo
    while i < hi:
        t = doc[i]
        if t.text == ",":
            i += 1
            continue
        if t.dep_ == "prep" and t.head.i == tok.i and t.right_edge.i < hi:
            i = t.right_edge.i + 1
            continue
        return False
    return True


def _that_clause_as_modifier(tok, kids) -> list:
    """A ``that`` clause with a subject of its own the parser hung on the verb as a modifier
    (``The British press reports that a member of Parliament was among ...``), or []."""
    for c in kids:
        if c.dep_ in ("acl", "advcl") and c.i > tok.i and c.left_edge.i == tok.i + 1 \
                and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark" \
                and _has_subject(c):
            return [c]
        first = c.left_edge
        if c.dep_ == "advcl" and c.i > tok.i and first.lower_ == "that" \
                and first.dep_ in ("advmod", "dobj") and _complementizer(first) \
                and phrases_of(kids, tok.i + 1, first.i):
            # "tweeted in the early morning hours that Machado was ...": a phrase of the verb
            # between it and its clause, the clause's "that" taken for an adverb
            return [c]
    return []


def told_clause(tok, kids) -> list:
    """The clause a verb of telling reports when the parser hung it as a relative clause
    on the one told (``told the public it had arrested al-Bashir``), or []."""
    if cue_lemma(tok) not in HEARERS:
        return []
    obj = next((c for c in kids if c.dep_ in ("dobj", "dative") and c.i > tok.i), None)
    if obj is None:
        return []
    rel = next((c for c in obj.children if c.dep_ == "relcl"), None)
    if rel is None or rel.i < obj.i:
        return []
    first = rel.left_edge
    if first.lower_ == "that" and _complementizer(first):  # "told a briefing that X was ..."
        first = tok.doc[first.i + 1]
    subj = next((k for k in rel.subtree if k.dep_ in ("nsubj", "nsubjpass")
                 and k.lower_ != "that" and k.left_edge.i == first.i), None)
    if subj is None or subj.lower_ in _RELATIVE_WORDS \
            or subj.tag_ in ("WP", "WDT") or not any(
                k.dep_ in ("aux", "auxpass") or k.tag_ in ("VBD", "VBZ", "VBP")
                for k in [rel, *rel.children]):
        return []
    if any(t.tag_ in ("WP", "WDT", "WP$") and t.i >= first.i for t in rel.subtree):
        return []
    return [rel, *_then_that(kids, rel.right_edge.i)]


def after_subject_clause(tok, kids) -> list:
    """The clause after a verb of saying whose subject the parser made a second subject of
    the verb (``Smith, head of the command, said officials expected to finish ...``), or
    []: a subject before the verb, and after it a noun carrying a participle with its own
    complement."""
    if cue_lemma(tok) not in SPEECH_VERBS:
        return []
    subjects = [c for c in kids if c.dep_ == "nsubj" and c.pos_ != "PUNCT"]
    before = [c for c in subjects if c.i < tok.i]
    after = [c for c in subjects if c.i > tok.i]
    if not before or len(after) != 1:
        return []
    noun = after[0]
    verb = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i
                 and c.tag_ in ("VBD", "VBN") and any(
                     k.dep_ in ("xcomp", "ccomp", "dobj") for k in c.children)), None)
    if verb is None or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    if any(k.dep_ in ("nsubj", "nsubjpass") or k.tag_ in ("WP", "WDT") for k in verb.children):
        return []
    more = [k for k in kids if k.dep_ == "conj" and k.i > noun.right_edge.i
            and k.pos_ in ("VERB", "AUX") and not _has_subject(k)]
    return [noun, *more[:1]]


def _complementizer(that) -> bool:
    """Whether this "that" introduces a clause rather than standing in a relative one."""
    if that.dep_ == "mark":
        return True
    if that.dep_ == "dobj" and that.head.lemma_ == "be" and any(
            k.dep_ == "nsubj" and k.i > that.i for k in that.head.children):
        return True  # "... hours that Roe was disgusting": "be" takes no object
    if that.dep_ == "advmod" and that.i + 1 < len(that.doc) and any(
            k.dep_ in ("nsubj", "nsubjpass") and k.left_edge.i == that.i + 1
            for k in that.head.children):
        return True  # "tweeted in the early morning hours that Machado was ...": "that"
        # opens a clause whose subject follows it
    if that.dep_ in ("dobj", "nsubj", "nsubjpass"):  # a clause with a subject of its own
        roles = ("dobj",) if that.dep_ == "dobj" else ("nsubj", "nsubjpass")
        verb = that.head
        kin = [*verb.children, *(g for a in verb.children if a.dep_ in ("aux", "auxpass")
                                 for g in a.children)]  # ("that Korea was prepared")
        return any(k.dep_ in roles and k.i != that.i for k in kin)
    if that.dep_ == "pobj":  # "looking into that ... into whether": the preposition has its own
        return any(k.dep_ in ("pobj", "pcomp") and k.i != that.i for k in that.head.children)
    return False
