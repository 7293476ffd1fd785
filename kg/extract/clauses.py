"""Shapes of the clause around a verb cue that decide what it reports: ``as X reported``,
``called for X to do Y``, a stand taken by a person (``attacked Trump``) rather than by
force, and an outlet relaying what someone said (``X said ..., ABC News reported``)."""

from __future__ import annotations

from .acts import PEOPLE, is_source
from .cuewords import (_OBJECT_EXTENSIONS, EXTENSIONS, HEARERS, PARTICLE_OBJECTS, SPEECH_VERBS,
                       STANCE_VERBS)


def relay_subject(tok):
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def relayed(tok):
    """The verb of saying whose report ``tok`` relays, as in "The official said the plan
    failed, ABC News reported" (the parser hangs "reported" on "said"): ``said``, else
    None."""
    head = tok.head
    if tok.dep_ != "ccomp" or head.i >= tok.i or tok.lemma_.lower() not in SPEECH_VERBS:
        return None
    if head.lemma_.lower() not in SPEECH_VERBS or not any(
            c.dep_ == "nsubj" and c.i < head.i for c in head.children):
        return None
    subj = relay_subject(tok)
    if subj is None or subj.i > tok.i or subj.left_edge.i <= head.i + 2:
        return None
    before = tok.doc[subj.left_edge.i - 1]
    return head if before.text == "," else None


def relays(tok, kids) -> bool:
    """Whether ``tok`` closes a report of what someone else said: "Mayor Ann Ruiz said the
    bridge will reopen, the Tribune reported" (the parser hangs "said" on "reported")."""
    if tok.lemma_.lower() not in SPEECH_VERBS:
        return False
    subj = relay_subject(tok)
    if subj is None or subj.left_edge.i == 0 or tok.doc[subj.left_edge.i - 1].text != ",":
        return False
    # (the relayed speaker one who can speak: not "The pieces suggest X, a source said")
    return any(c.dep_ == "ccomp" and c.i < subj.i and c.lemma_.lower() in SPEECH_VERBS
               and any(k.dep_ == "nsubj" and k.i < c.i and is_source(k, False)
                       for k in c.children)
               and any(k.dep_ == "ccomp" and k.i > c.i for k in c.children) for c in kids)


#: objects of ``defend`` or ``attack`` that only words and deeds of office are (``defended
#: their strategy``, ``attacked his record``): a stand whoever takes it
_STANCE_OBJECTS = frozenset({
    "comment", "comments", "remark", "remarks", "record", "decision", "decisions", "policy",
    "policies", "strategy", "statement", "statements", "plan", "plans", "vote", "votes",
    "proposal", "proposals", "approach", "handling", "response", "article", "articles",
    "speech", "claim", "claims", "tweet", "tweets", "ad", "ads", "views", "stance", "agenda",
    "rhetoric", "remark", "choice", "choices", "actions", "conduct", "use", "ruling", "law",
    "bill", "candidacy", "nomination", "nominee", "pick", "endorsement", "character"})


def personal_subject(tok, kids) -> bool:
    """Whether the subject of ``tok`` is a named person or a personal pronoun, and its
    object no place ("Clinton attacked Trump", not "the rebels attacked the town"); or its
    object is words or deeds of office, whoever the subject ("Columbia defends the
    articles", "officials defend their strategy")."""
    subj = [c for c in kids if c.dep_ == "nsubj"]
    if not subj:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _STANCE_OBJECTS | {c.lower_} & _STANCE_OBJECTS
           for c in kids):
        return True
    if not (subj[0].ent_type_ == "PERSON" or subj[0].lower_ in ("he", "she")):
        return False
    return not any(c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC", "FAC") for c in kids)


def for_to(clause, preps) -> bool:
    """Whether ``clause`` is a ``for X to do Y`` clause opened by one of ``preps``."""
    kids = list(clause.children)
    return (clause.tag_ in ("VB", "VBN") and clause.left_edge.lower_ in preps
            and any(k.dep_ == "mark" and k.i == clause.left_edge.i for k in kids)
            and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids)
            and any(k.dep_ in ("nsubj", "nsubjpass") for k in kids))


#: nouns of groups of people one addresses ("told a group of students", "told the crowd")
_AUDIENCES = frozenset({"group", "crowd", "audience", "reporter", "journalist", "adviser",
                        "advisor", "aide", "official", "lawmaker", "delegate", "supporter",
                        "student", "people", "member", "colleague", "friend", "staff",
                        "employee", "worker", "voter", "donor", "hopeful", "leader"})


def addressee(obj) -> bool:
    """Whether the object of a verb of telling is someone addressed (``told reporters``,
    ``warned the North Koreans``, ``asked the White House hopeful``), not the subject of the
    clause that follows (``warned the US will abandon the deal``)."""
    word = obj.lemma_.lower()
    return obj.pos_ == "PRON" or obj.ent_type_ in ("PERSON", "NORP", "ORG") and \
        obj.pos_ == "PROPN" or word in _AUDIENCES or word in PEOPLE


def as_reported(tok, kids, lemma: str) -> bool:
    """Whether ``tok`` is a verb of saying in an ``as`` clause with a subject (or an agent)
    and nothing said of its own ("As Reuters reported, ...", "..., as the senator noted",
    "As Roe pointed out", "as she told reporters", "As one official put it", "As reported
    by Reuters"), not an ``as`` clause of time or manner ("as she said goodbye", "as it is
    written")."""
    if tok.dep_ != "advcl" or tok.head.i == tok.i:
        return False
    particle = next((c.lower_ for c in kids if c.dep_ == "prt"), None)
    if lemma == "put":  # "as one official put it": the idiom, no other object
        objs = [c for c in kids if c.dep_ == "dobj"]
        if len(objs) != 1 or objs[0].lower_ != "it" or particle is not None or any(
                c.dep_ == "prep" and c.lower_ not in ("in", "during", "to") for c in kids):
            return False  # not "as he put it on the table"
        if any(t.is_quote for t in tok.sent):
            return False  # '"got along with Russia," as Trump puts it': the words quoted
        kids = [c for c in kids if c.dep_ != "dobj"]
    elif lemma in PARTICLE_OBJECTS and particle in PARTICLE_OBJECTS[lemma]:
        pass  # "as Roe pointed out": the particle makes the verb one of saying
    elif lemma not in SPEECH_VERBS:
        return False
    objs = [c for c in kids if c.dep_ in ("dobj", "dative")]
    if lemma in HEARERS and len(objs) == 1 and addressee(objs[0]) \
            and objs[0].lower_ not in ("it", "that", "this", "so") and any(
                c.dep_ == "nsubj" and is_source(c, False) for c in kids):
        kids = [c for c in kids if c is not objs[0]]  # "as she told reporters": who heard it
    if tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    marks = [c for c in kids if c.dep_ == "mark"]
    if len(marks) != 1 or marks[0].lower_ != "as" or marks[0].i != tok.left_edge.i:
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON") for c in kids) \
            and not (tok.tag_ == "VBN" and any(  # "As reported by Reuters, ..."
                c.dep_ == "agent" and any(p.dep_ == "pobj" and is_source(p, False)
                                          for p in c.children) for c in kids)):
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr", "acomp", "oprd",
                              "nsubjpass", "auxpass") for c in kids)


#: quote marks that open a quoted predicate inside an object
_OPENING_MARKS = frozenset({'"', "\u201c", "''", "``"})
_QUOTE_TOKENS = _OPENING_MARKS | {"\u201d"}
#: objects that are the means of saying, not what is said ("issued a statement")
_VEHICLES = frozenset({"statement", "report", "comments", "remarks"})
#: gatherings and bodies one addresses, as one addresses an audience (:data:`_AUDIENCES`):
#: no matter addressed ("addressing a rally", "addressed the nation", not "addressed the
#: crisis")
_GATHERINGS = frozenset({
    "rally", "meeting", "conference", "summit", "gathering", "parliament", "assembly",
    "nation", "convention", "session", "ceremony", "event", "forum", "congress",
    "legislature", "graduate", "troop", "soldier", "senate", "chamber", "dinner", "luncheon",
    "breakfast", "briefing", "attendee", "media", "press", "congregation", "class", "council",
    "committee", "jury", "court", "graduation"})
_RELATIVE_OBJECTS = frozenset({"which", "that", "what", "whom"})


def only_asides(doc, lo: int, hi: int) -> bool:
    """Whether tokens ``[lo, hi)`` are only punctuation or a time set aside ("called that
    report Friday a lie", "called China '' provocative''")."""
    return all(doc[i].is_punct or doc[i].dep_ == "npadvmod" or doc[i].ent_type_ in
               ("DATE", "TIME") for i in range(lo, hi))


def _extension(kids, obj, preps=_OBJECT_EXTENSIONS):
    """What extends the object ``obj`` of a stance verb into a claim: a predicate after it
    ("called him a liar", "see the deal as a failure"), asides allowed in between."""
    doc = obj.doc
    for k in kids:
        if k.i > obj.i and (k.dep_ in ("oprd", "xcomp")
                            or k.dep_ == "prep" and k.lower_ in preps):
            if only_asides(doc, obj.right_edge.i + 1, k.left_edge.i):
                return k
            if k.dep_ == "oprd" and phrases_of(kids, obj.right_edge.i + 1, k.left_edge.i):
                return k  # "called her vote in favor of the war a mistake", the phrase of
                # the object hung on the verb
    inner = ("as",) + EXTENSIONS.get(obj.head.lemma_.lower(), ())
    found = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in inner), None)
    if found is None:  # "see the elections held Sunday as a test"
        found = next((c for k in obj.children if k.dep_ == "acl" for c in k.children
                      if c.dep_ == "prep" and c.lower_ == "as"), None)
    if found is None:  # "called the TPP pact "insanity"", "called her handling "careless""
        found = _quoted_end(doc, obj.left_edge.i + 1, obj.right_edge.i)
    return found


def phrases_of(kids, lo: int, hi: int) -> bool:
    """Whether tokens ``[lo, hi)`` are whole prepositional phrases among ``kids`` (the
    verb's children), at least one."""
    covered = set()
    for k in kids:
        if k.dep_ == "prep" and lo <= k.left_edge.i and k.right_edge.i < hi:
            covered.update(range(k.left_edge.i, k.right_edge.i + 1))
    return bool(covered) and covered == set(range(lo, hi))


def _quoted_end(doc, lo: int, hi: int):
    """The quote mark opening the quoted passage that ends the phrase ``[lo, hi]`` (the
    predicate of "called the pact "insanity""), not a quoted name inside it ("the "Meet the
    Press" host"); None if there is none."""
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    marks = [i for i in range(lo, hi + 1) if doc[i].text in _QUOTE_TOKENS]
    return doc[marks[0]] if len(marks) == 1 and doc[marks[0]].text in _OPENING_MARKS else None


def stance_object(tok, kids, predicate: bool) -> list:
    """The object of the stance verb ``tok`` that is what the stand is taken on: its direct
    object, with a predicate after it where the verb needs one (``predicate``: "called him
    a liar", not "called him"); the predicate alone after a relative object ("the deal,
    which Trump called a disaster") or with no object the parser saw ("called both Trump
    and Clinton crazy")."""
    for c in kids:
        if c.dep_ != "dobj" or c.lower_ in _VEHICLES and not predicate:
            continue
        if tok.lemma_.lower() == "address" and (c.lemma_.lower() in _GATHERINGS
                                                or c.lemma_.lower() in _AUDIENCES):
            continue  # "addressing a rally in Varanasi": whom, not what
        if c.i < tok.i and c.lower_ in _RELATIVE_OBJECTS:
            # "the deal, which Trump called a disaster", "Florida, which he describes as
            # his second home"
            return [k for k in kids if k.i > tok.i and (
                k.dep_ == "oprd" or k.dep_ == "prep" and k.lower_ == "as"
                and k.doc[k.i - 1].lower_ != "such")][:1]
        preps = _OBJECT_EXTENSIONS.union(EXTENSIONS.get(tok.lemma_.lower(), ()))
        pronoun = c.pos_ == "PRON" and tok.lemma_.lower() not in STANCE_VERBS
        if (predicate or pronoun) and _extension(kids, c, preps) is None:
            continue
        return [c]
    if predicate:
        preds = [k for k in kids if k.dep_ == "oprd" and k.i > tok.i]
        if len(preds) > 1:
            return preds
    return []


def passive_participle(tok, kids, personal: bool):
    """The noun a participle of stance describes when its ``by`` agent takes the stand: "the
    immigration bill, opposed by House Republicans", "a measure strongly opposed by unions";
    else None."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.i >= tok.i \
            or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    agents = [p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not agents or personal and agents[0].ent_type_ != "PERSON":
        return None
    return tok.head


def passive_object(kids, personal: bool) -> list:
    """What a stance or speech verb in the passive is said of, when its agent says it: "The
    plan was criticized by Democrats", "the issue was first reported by The Post" (a
    relative subject, "which was reported by", stands for a noun outside the clause)."""
    agents = [p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    subj = [c for c in kids if c.dep_ == "nsubjpass" and c.lower_ not in _RELATIVE_OBJECTS]
    if not agents or not subj:
        return []
    if personal and agents[0].ent_type_ != "PERSON":
        return []  # "the town was attacked by rebels": force, not a stand
    return subj[:1]


#: words that name nothing a stand could be on ("something he opposes")
_VACUOUS = frozenset({"everything", "anything", "something", "nothing"})

#: words a relative clause of a verb of saying may stand on ("everything he said")
_SAID_ANTECEDENTS = frozenset({"everything", "anything", "something", "nothing", "thing",
                               "much", "little", "lot", "word", "words", "what"})


def relative_object(tok, kids, said: bool):
    """The noun a relative clause of the cue ``tok`` is about, where that noun is what the
    cue's subject takes a stand on or says: "the Mexican War, which most Whigs opposed",
    "the increase he seeks", "everything Trump says" (``said``: a verb of saying, whose
    noun must be a word for what is said); else None.  The clause needs a subject of its
    own that is not the relative pronoun and no object besides the relative one."""
    if tok.dep_ != "relcl" or tok.head.i >= tok.i or tok.head.pos_ not in ("NOUN", "PROPN",
                                                                            "PRON"):
        return None
    if not any(k.dep_ == "nsubj" and k.lower_ not in _RELATIVE_OBJECTS | {"who"}
               for k in kids):
        return None
    if any(k.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "dative", "attr", "nsubjpass")
           and k.i > tok.i for k in kids):
        return None
    for k in kids:
        if k.dep_ != "prep":
            continue
        if any(p.lower_ in _RELATIVE_OBJECTS for p in k.children):
            return None  # "an ad in which he declares": the noun is where it is said
        if k.i > tok.i and (said or k.lower_ in _OBJECT_EXTENSIONS
                            or k.lower_ in EXTENSIONS.get(tok.lemma_.lower(), ())):
            return None  # "the preacher whom he accuses of plotting": more than the noun
    noun = tok.head
    if said and noun.lemma_.lower() not in _SAID_ANTECEDENTS:
        return None
    if not said and noun.lower_ in _VACUOUS:
        return None  # "something his boss has resisted": no stand on anything named
    if noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in (
            "way", "time", "day", "year", "moment", "place", "reason", "point"):
        return None
    return noun


#: verbs that name what they call in a quote after the one they call ("called Rubio "Little
#: Marco"", "labeled the plan "a disaster"")
NAMING_VERBS = frozenset({"call", "dub", "label", "brand", "deem", "term", "nickname"})


def quoted_predicate(tok, opening: int, closing: int) -> int | None:
    """Index of the last token of what the naming verb ``tok`` calls its object when the
    parser lost the predicate: a quoted passage (its marks at token ``opening`` and
    ``closing``) after the object, with no verb in between and no noun after it that makes
    the quote a name inside the object ("called the "Meet the Press" host"); else None."""
    doc = tok.doc
    if opening - tok.i < 2 or opening - tok.i > 12 or closing >= tok.sent.end:
        return None
    if tok.tag_ == "VBN" and not any(k.dep_ == "aux" and k.lemma_ == "have"
                                     for k in tok.children):
        return None  # "a blog called the "Feed"": a name given, no one's claim
    if any(doc[i].pos_ in ("VERB", "AUX") or doc[i].text in (";", ":")
           for i in range(tok.i + 1, opening)):
        return None
    nxt = closing + 1
    if nxt < tok.sent.end and doc[nxt].pos_ in ("NOUN", "PROPN"):
        return None
    return closing
