"""Attribution acts: whether a claim is a statement, a belief or a finding — and whether
it has a source at all.

* ``Statement`` — something said or written: ``said``, ``told``, ``wrote``,
  ``tweeted``, ``announced``, ``denied``, ``warned``, ``according to X``, and
  every direct quote introduced by a verb of saying;
* ``Belief`` — what someone thinks, fears, hopes or favours, and the stand it
  takes on something: ``believes``, ``thinks``, ``fears``, ``expects``, ``wants``,
  ``supports``, ``X's view that``, and ``condemned the attack``, ``demanded a
  vote``, ``called the deal a disaster`` (a position, with no clause stating a fact, unless
  it reports the words said: ``called the deal "a disaster"`` is a statement), and a
  verb of saying that only names a thing (``claimed victory``, ``announced its plan``);
* ``Finding`` — what a study, poll, report or data shows: a speaker that is a
  document or a body of data (``the report said``, ``according to a poll``), or a
  verb of finding (``found``, ``estimates``, ``shows``, ``indicates``).

The author's own inference is nobody's claim, nor is what the reader is told to think
(``you know that ...``): a verb that draws a conclusion
(``indicates``, ``shows``, ``suggests``, ``proves``) whose subject is no source —
neither a name, nor a person or body, nor a document or data (``Facts indicate``,
``This operation shows``, ``170 of them show``) — gives no claim.
"""

from __future__ import annotations

from .cuewords import COGNITION_VERBS, SPEECH_VERBS, STANCE_VERBS
from .speakerwords import GENERIC_PERSON, NOT_PERSON, REPRESENTATIVE, TITLES

STATEMENT, BELIEF, FINDING = "Statement", "Belief", "Finding"
ACTS = (STATEMENT, BELIEF, FINDING)

#: verbs of holding a view or an attitude (the speech verbs among the cognition verbs,
#: ``insist``, ``acknowledge``, stay statements)
BELIEF_VERBS = (COGNITION_VERBS - SPEECH_VERBS) | frozenset({
    "support", "oppose", "favor", "favour", "back", "embrace", "want", "hope", "wish",
    "prefer", "intend", "plan", "aim", "seek", "expect", "regard", "view", "see", "consider",
    "care", "worry", "doubt", "suspect", "fear", "believe", "think", "look"})
#: verbs that take a stand on something (``condemned the attack``, ``demanded a vote``,
#: ``called the deal a disaster``): with no clause of content, a position, not a statement
POSITION_VERBS = (STANCE_VERBS - {"prefer"}) | frozenset({  # "prefer": a cognition verb
    "demand", "urge", "push", "press", "seek", "ask", "encourage", "order", "express", "cite",
    "aim", "plan", "intend", "refuse", "decline", "advocate", "recommend", "propose", "agree",
    "disagree", "highlight", "underscore", "stress", "emphasize", "emphasise", "instruct",
    "advise", "beg", "plead", "decide", "vote", "campaign", "want", "tie", "link", "remind",
    "forget", "notice", "mention", "discuss", "recall", "detail", "outline", "unveil", "voice",
    "look", "hit", "fire", "lash", "vouch", "side"})
#: verbs of finding out or measuring
FINDING_VERBS = frozenset({
    "find", "show", "indicate", "estimate", "demonstrate", "prove", "illustrate", "calculate",
    "measure", "project", "document", "conclude", "record", "reveal", "determine"})
#: verbs of finding that a person or body uses to state something (``he indicated that``),
#: as a document issued by one does (``the report indicated that``)
SAYING_FINDINGS = frozenset({"indicate", "reveal"})
#: documents issued by a body, which state what it says (``the report said``); data, polls
#: and studies find
ISSUED = frozenset({"report", "memo", "document", "paper", "dossier", "communique"})
#: verbs that draw a conclusion: with a subject that is no source, the author's inference
INFERENCE_VERBS = frozenset({
    "indicate", "show", "suggest", "demonstrate", "prove", "illustrate", "imply", "signal",
    "reveal", "confirm", "underscore", "underline", "highlight", "reflect", "mean", "point",
    "explain", "hint"})
#: nouns of documents and data: a speaker that finds rather than speaks
DOCUMENTS = frozenset({
    "report", "study", "poll", "survey", "data", "analysis", "research", "investigation",
    "review", "assessment", "audit", "estimate", "figure", "statistic", "statistics",
    "census", "finding", "paper", "document", "record", "memo", "intelligence", "index",
    "model", "projection", "forecast", "test", "experiment", "evaluation", "inquiry", "probe",
    "number", "count", "tally", "database", "dataset", "chart", "footage", "image", "photo",
    "satellite", "tracker", "calculation", "modeling", "modelling", "result",
    "recording", "polling", "average", "ledger", "slide", "graph", "map", "spreadsheet",
    "log", "receipt"})
#: nouns of writings that speak for their author (``the statement said``): statements
WRITINGS = frozenset({
    "remarks", "comments", "speech", "testimony", "disclosure", "regulation", "regulations",
    "guideline", "guidelines", "outcome", "indictment", "complaint", "filing", "lawsuit",
    "ruling", "verdict", "letter", "transcript", "release", "statement", "article", "book",
    "cable", "email", "e-mail", "post", "tweet", "video", "website", "ad", "advertisement",
    "editorial", "column", "communique", "declaration", "message", "note", "decree",
    "order", "resolution", "summary", "description", "blurb", "caption"})
#: nouns of people and bodies that may be a source besides the speaker word lists
PEOPLE = frozenset({
    "people", "person", "man", "woman", "resident", "witness", "source", "critic",
    "observer", "supporter", "opponent", "voter", "member", "leader", "authority",
    "investigator", "scientist", "doctor", "officer", "soldier", "fighter", "militant",
    "rebel", "activist", "student", "worker", "citizen", "refugee", "villager", "survivor",
    "victim", "family", "friend", "neighbor", "neighbour", "colleague", "ally", "insider",
    "aide", "staffer", "employee", "executive", "manager", "owner", "founder", "director",
    "democrat", "republican", "conservative", "liberal", "progressive", "party", "public",
    "police", "military", "army", "navy", "court", "panel", "board", "commission", "court",
    "parliament", "congress", "senate", "house", "cabinet", "regime", "administration",
    "opposition", "camp", "side", "union", "alliance", "bloc", "movement", "institute",
    "university", "center", "centre", "foundation", "firm", "bank", "agency", "ministry",
    "department", "group", "organization", "organisation", "council", "committee",
    "company", "network", "newspaper", "outlet", "media", "press", "station", "channel",
    "monitor"})
_AGENT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "who", "whom"})
#: words that stand for some people of a group named before ("Some have suggested")
#: ("one" and "another" stand as often for a thing: "a performance, but one that confirmed")
_QUANTIFIERS = frozenset({"some", "many", "others", "few", "most", "several"})
_BELIEF_NOUNS = frozenset({"belief", "view", "hope", "fear", "concern", "worry", "opinion",
                           "position", "stance", "support", "opposition", "plan", "intention",
                           "desire", "wish", "willingness", "determination", "mind",
                           "estimation", "judgment", "judgement"})
_FINDING_NOUNS = frozenset({"finding", "estimate", "assessment", "conclusion"})


def is_document(head) -> bool:
    """Whether the speaker head token names a document or data (``the report``, ``early
    results of an entrance poll``)."""
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.lemma_.lower() in DOCUMENTS or head.lower_ in DOCUMENTS:
        return True
    return any(p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in DOCUMENTS
                                         for o in p.children)
               for p in head.children if p.dep_ == "prep")


def act(kind: str, cue_kind: str | None, cue_lemma: str | None, head,
        clause: bool = True, quoted: bool = False) -> str:
    """The act of a claim of ``kind`` (``direct``/``reported``) whose cue is of
    ``cue_kind`` (``verb``, ``noun``, ``according``, ``colon`` or ``None``) with lemma
    ``cue_lemma``, spoken by the phrase whose head token is ``head``; ``clause`` says
    whether the content is a clause (``that the plan failed``) rather than what a stand
    is taken on (``the plan``, ``to vote``); ``quoted`` whether reported content holds
    quoted words (``called the deal "premature"``: the words were said)."""
    lemma = cue_lemma or ""
    if kind == "direct":
        if cue_kind == "verb" and lemma in BELIEF_VERBS and lemma not in SPEECH_VERBS:
            return BELIEF
        return STATEMENT
    if is_document(head):
        if (cue_kind == "verb" and lemma in SAYING_FINDINGS | SPEECH_VERBS and lemma not in
                FINDING_VERBS - SAYING_FINDINGS and head.lemma_.lower() in ISSUED):
            return STATEMENT  # "the report indicated that ...": what its issuer states
        return FINDING
    if cue_kind == "verb" and lemma in SAYING_FINDINGS and clause:
        return STATEMENT  # "He indicated that ...", "the ministry revealed that ..."
    if cue_kind in ("adjective", "view"):
        return BELIEF  # "X is critical of", "To many, ..."
    if cue_kind == "noun":
        if lemma in _BELIEF_NOUNS or not clause:
            return BELIEF  # "her support for the bill", "his call for a ban": a position
        return FINDING if lemma in _FINDING_NOUNS else STATEMENT
    if cue_kind != "verb":
        return STATEMENT
    if quoted and lemma in POSITION_VERBS and lemma not in BELIEF_VERBS:
        return STATEMENT  # 'called the deal "premature"', 'slammed it as "a farce"'
    if lemma in FINDING_VERBS and clause:
        return FINDING
    if lemma in BELIEF_VERBS or not clause:
        # "claimed victory", "expressed skepticism", "announced its plan": a thing named,
        # no clause stated — a position taken, not a statement
        return BELIEF
    return STATEMENT


def is_source(head, resolved: bool) -> bool:
    """Whether the speaker head token can be a source: a name (``resolved`` to an actor,
    or tagged as one), a personal pronoun, a person, a body, or a document or data."""
    if head is None:
        return False
    if is_document(head):
        return True
    if resolved or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or head.pos_ == "PROPN":
        return True
    lower = head.lower_
    if lower in _AGENT_PRONOUNS:
        return True
    of = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "among")
          for o in p.children if o.dep_ == "pobj"]
    if lower in _QUANTIFIERS and head.pos_ in ("PRON", "DET", "NUM", "ADJ"):
        # "Some have suggested that ...", "one suggested she marry": people, unless of a
        # thing ("some of the data suggests")
        return not of or is_source(of[0], False)
    lemma = head.lemma_.lower()
    words = {lower, lemma}
    return bool(words & (DOCUMENTS | WRITINGS | PEOPLE | GENERIC_PERSON | TITLES | REPRESENTATIVE)
                or words & (NOT_PERSON - {"he", "she", "evidence", "number", "numbers"}))


#: nouns of a norm, a plan or a measure: "according to" one is "in keeping with" it, no
#: source ("according to the accords", "according to plan", "according to their type")
NORMS = frozenset({
    "accord", "agreement", "deal", "treaty", "pact", "law", "rule", "plan", "schedule",
    "tradition", "custom", "type", "size", "pattern", "criterion", "criteria", "standard",
    "protocol", "script", "design", "principle", "procedure", "formula", "tradition",
    "definition", "timetable", "timeline", "order", "rank", "age", "weight", "class",
    "category", "kind", "level", "scale", "norm", "practice", "constitution", "statute",
    "doctrine", "recipe", "instruction", "instructions", "guideline", "guidelines"})


def a_norm(head) -> bool:
    """Whether ``head`` of "according to X" is a norm or a measure kept to, not a source
    (``the 1993 peace accords``, ``their type``); a norm some named body issued still
    speaks for it only through a cue of its own."""
    return head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in NORMS


#: modal verbs that make "one" anyone at all ("one has to admit", "one must say")
_GENERIC_MODALS = frozenset({"must", "should", "can", "could", "would", "might", "may"})


def authors_voice(head, quoted: bool) -> bool:
    """Whether a speaker is the article's author pointing to their own words: "I" or "we"
    outside any quote in an aside opened by "as" ("As I said, ...", "as we've reported,
    ..."), or a generic "one" under a modal or "have to" ("This, one has to admit, is
    ..."). The author's "I think" or "I told him" stays a claim, as an attribution scheme
    counts it."""
    if head is None or quoted:
        return False
    if head.lower_ in ("i", "we"):
        return any(c.dep_ == "mark" and c.lower_ == "as" for c in head.head.children)
    if head.lower_ != "one" or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    return verb.lemma_ in ("have", "need") and any(c.dep_ == "xcomp" for c in verb.children) \
        or any(c.dep_ == "aux" and c.lower_ in _GENERIC_MODALS for c in verb.children)


def sourceless(kind: str, cue_kind: str | None, cue_lemma: str | None, head,
               resolved: bool, quoted: bool = False) -> bool:
    """Whether a claim has no source in the text: the author's own inference (``Facts
    indicate ...``) or own voice (``As I said, ...``, ``quoted`` tells whether the speaker
    stands inside a quote, and ``it's safe to say that ...``), the reader addressed (``you
    may think that ...``), a supposition (``let's say that ...``), or a thing's thing (``Its
    oil wealth fails to address ...``)."""
    if head is not None and head.lower_ == "you" or authors_voice(head, quoted):
        return True
    if head is not None and _extraposed_it(head):
        return True  # "it's safe to say that ...", "it is hard to argue that ...": the author's
    if head is not None and head.lower_ in ("’s", "'s", "us") and head.dep_ == "nsubj" \
            and head.head.dep_ in ("ccomp", "xcomp") and head.head.head.lemma_ == "let":
        return True  # "let's posit that ...", "let us say that ...": a supposition
    if head is not None and head.lower_ == "it" and head.dep_ == "nsubjpass" and any(
            c.dep_ == "ccomp" for c in head.head.children):
        return True  # "If it is confirmed that the suspect ...": no one confirms
    if head is not None and not resolved and any(
            c.dep_ == "poss" and c.lower_ == "its" for c in head.children) \
            and not is_source(head, False):
        return True  # "Its oil wealth fails to address ...": a thing's thing holds no view
    if cue_kind == "verb" and not resolved and an_event(head):
        return True  # "the siege saw dozens die", "a conflict that claimed 280,000 lives"
    return (kind == "reported" and cue_kind == "verb" and (cue_lemma or "") in INFERENCE_VERBS
            and not is_source(head, resolved))


#: adjectives whose subject is who acts ("it was ready to say", "it is willing to admit"):
#: that "it" is a body, no placeholder
_AGENT_ADJECTIVES = frozenset({
    "ready", "willing", "unwilling", "prepared", "eager", "able", "unable", "happy", "glad",
    "keen", "quick", "slow", "reluctant", "determined", "poised", "anxious", "proud", "free",
    "careful", "loath", "content", "desperate", "inclined", "set", "due", "likely",
    "unlikely", "sure", "certain", "bound"})


def _extraposed_it(head) -> bool:
    """Whether ``head`` is the placeholder "it" of an adjective or a noun whose infinitive
    holds the cue ("it's safe to say", "it is not difficult to predict", "it's best not to
    say", "it is naive to believe", "it's a shame to say", "it's so sad to be talking
    about"), or of ``take`` ("it doesn't take an expert to understand"): no one said it."""
    if head.lower_ != "it" or head.dep_ != "nsubj":
        return False
    verb = head.head
    if verb.lemma_ == "take":
        return any(c.dep_ == "dobj" for c in verb.children) \
            and _infinitive_of(verb, ("xcomp", "advcl"))
    if verb.lemma_ not in ("be", "’", "'") and verb.lower_ not in ("’s", "'s", "is", "was"):
        return False
    adj = next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"
                or c.dep_ == "advmod" and c.tag_ in ("JJ", "JJR", "JJS")
                or c.dep_ == "attr" and c.pos_ in ("ADJ", "NOUN")
                and not any(d.dep_ == "det" and d.lower_ not in ("a", "an")
                            for d in c.children)), None)
    if adj is None or adj.lemma_.lower() in _AGENT_ADJECTIVES:
        return False
    return _infinitive_of(verb) or adj.dep_ == "acomp" and _infinitive_of(adj)


def _infinitive_of(word, deps=("xcomp",)) -> bool:
    """Whether ``word`` has an infinitive as its open complement (``to say``, ``to be
    talking``), or in a relation of ``deps``."""
    return any(c.dep_ in deps and c.tag_ in ("VB", "VBG") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in word.children)


#: nouns of events, acts of force and spans of time: what happens holds no view and says
#: nothing ("the siege saw dozens die", "the attack said", "bitter exchanges focused on")
EVENTS = frozenset({
    "attack", "strike", "airstrike", "raid", "blast", "explosion", "bombing", "shelling",
    "bombardment", "fighting", "fight", "war", "conflict", "battle", "clash", "siege",
    "offensive", "assault", "violence", "crisis", "incident", "massacre", "killing",
    "shooting", "fire", "meeting", "visit", "event", "exchange", "migration", "protest",
    "demonstration", "rally", "march", "ceasefire", "truce", "election", "vote", "race",
    "debate", "hearing", "trial", "summit", "ceremony", "parade", "storm", "flood",
    "earthquake", "pandemic", "outbreak", "epidemic", "day", "week", "month", "year",
    "decade", "hour", "night", "morning", "evening", "weekend", "season", "era", "period",
    "moment", "time", "chance", "matter", "debris", "rubble", "region", "area", "weapon",
    "bomb", "missile", "rocket", "shell", "blockade", "move", "step", "decision", "deal"})


def an_event(head) -> bool:
    """Whether the speaker head is a common noun of an event, an act of force or a span of
    time (:data:`EVENTS`), or a date, with no one's ``by`` (``a decision by the FBI`` is the
    FBI's); ``the regime's siege`` is still no speaker, ``Wednesday saw`` neither."""
    if head is None:
        return False
    if head.ent_type_ in ("DATE", "TIME") and head.pos_ in ("PROPN", "NUM"):
        return True  # "Wednesday saw", not "the 46-year-old said"
    return head.pos_ == "NOUN" and head.lemma_.lower() in EVENTS \
        and not is_source(head, False) and not any(
            c.dep_ == "prep" and c.lower_ == "by" for c in head.children)


__all__ = ["ACTS", "STATEMENT", "BELIEF", "FINDING", "act", "sourceless", "authors_voice",
           "a_norm", "is_document"]
