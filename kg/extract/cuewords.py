"""Word lists of claim cues: verbs and nouns of saying, thinking, stance and topic,
and the words that make a quoted passage a name rather than speech."""

from __future__ import annotations

from .quotes import MARKUP

#: verbs of saying: a clausal complement is what was said
SPEECH_VERBS = frozenset({
    "say", "tell", "claim", "add", "note", "announce", "confirm", "deny", "warn", "stress",
    "reveal", "indicate", "affirm", "insist", "accuse", "argue", "explain", "report",
    "state", "suggest", "acknowledge", "admit", "predict", "promise", "threaten", "urge",
    "write", "declare", "assert", "maintain", "contend", "allege", "concede", "emphasize",
    "emphasise", "reiterate", "remark", "comment", "observe", "agree", "estimate",
    "conclude", "recall", "respond", "reply", "answer", "ask", "tweet", "post", "vow",
    "pledge", "complain", "boast", "brag", "joke", "quip", "testify", "charge", "counter",
    "caution", "demand", "propose", "recommend", "advise", "inform", "assure", "reassure",
    "signal", "hint", "imply", "speculate", "forecast", "disclose", "divulge", "retort",
    "proclaim", "announce", "mention", "repeat", "whisper", "shout", "yell", "scream",
    "exclaim", "lament", "plead", "beg", "order", "instruct", "guarantee", "swear", "object",
    "protest", "acknowledge", "clarify", "elaborate", "specify", "underline", "underscore",
    "highlight", "wonder", "question", "dispute", "contest", "reject", "denounce",
    "condemn", "criticize", "criticise", "blame", "praise", "welcome", "show", "find",
    "describe", "characterize", "demonstrate", "prove", "illustrate", "cite",
    "quote", "recount", "tout", "hail", "muse", "posit", "theorize", "concur", "advocate",
    "determine", "rule"})
#: verbs of thinking and feeling: the complement is a belief or a fear, still attributed
COGNITION_VERBS = frozenset({
    "believe", "think", "fear", "hope", "expect", "doubt", "suspect", "worry", "feel",
    "know", "realize", "realise", "recognize", "recognise", "understand", "assume",
    "suppose", "guess", "consider", "reckon", "anticipate", "learn", "hear", "figure",
    "sense", "imagine", "trust", "wish", "want", "prefer", "insist", "hold", "regret",
    "acknowledge"})
#: verbs that only introduce a direct quote ("he continued", "she laughed")
QUOTE_VERBS = frozenset({
    "continue", "go", "laugh", "smile", "sigh", "shrug", "chime", "interject", "gush",
    "sneer", "scoff", "snap", "cry", "tweet", "read", "begin", "conclude", "offer", "put"})
#: verbs whose infinitival complement is what was said ("urged Congress to act")
XCOMP_VERBS = frozenset({
    "promise", "threaten", "urge", "vow", "pledge", "ask", "call", "refuse", "decline",
    "agree", "offer", "demand", "warn", "tell", "order", "encourage", "advise", "plan",
    "hope", "want", "expect", "intend", "beg", "instruct", "propose", "claim", "swear",
    "guarantee", "wish", "prefer", "plead", "push", "press", "seek", "aim"})
#: stance verbs that are also verbs of force ("defended the town", "attacked a convoy"):
#: a stance only when a named person or a personal pronoun takes it
PERSONAL_STANCE = frozenset({"defend", "attack", "blast", "congratulate"})
#: verbs of taking a stand: the direct object is what is supported or attacked
STANCE_VERBS = frozenset({
    "support", "endorse", "oppose", "back", "criticize", "criticise", "praise",
    "reject", "dismiss", "slam", "mock", "ridicule", "applaud", "welcome",
    "condemn", "decry", "echo", "champion", "tout", "hail", "denounce", "blame", "favor",
    "favour", "embrace", "question", "challenge", "dispute", "deride", "lambaste", "chastise",
    "rebuke", "scold", "berate", "fault", "commend", "laud", "salute", "thank", "accuse",
    "label", "brand", "portray", "characterize", "characterise", "depict", "paint", "cast",
    "describe", "call", "dub", "regard", "view", "see", "consider"}) | PERSONAL_STANCE
#: stance verbs whose object is a claim only with what follows it ("called him a liar",
#: "described the deal as a disaster")
AS_ONLY = frozenset({
    "label", "brand", "portray", "characterize", "characterise", "depict", "paint", "cast",
    "describe", "call", "dub", "regard", "view", "see", "consider", "thank"})
#: verbs whose direct object is what was said ("announced its withdrawal")
OBJECT_VERBS = STANCE_VERBS | frozenset({
    "announce", "confirm", "deny", "reveal", "report", "acknowledge", "admit", "predict",
    "promise", "propose", "demand", "pledge", "vow", "declare", "disclose", "forecast",
    "guarantee", "claim", "allege", "concede", "estimate", "recommend", "urge", "advocate",
    "cite", "show", "express", "reiterate", "mention", "outline", "unveil",
    "detail", "voice", "suggest", "predict", "recall", "note", "stress", "emphasize",
    "emphasise", "highlight", "underscore", "discuss"})
#: prepositions whose object is what a verb is about ("talked about the wall")
TOPIC_PREPS = {
    "talk": ("about", "of"), "speak": ("about", "of"), "write": ("about",),
    "tweet": ("about",), "ask": ("about",), "comment": ("on",), "complain": ("about", "of"),
    "warn": ("about", "of", "against"), "boast": ("about", "of"), "brag": ("about",),
    "joke": ("about",), "testify": ("about", "on"), "refer": ("to",), "point": ("to",),
    "focus": ("on",), "insist": ("on",), "argue": ("for", "against"), "call": ("for",),
    "push": ("for",), "advocate": ("for",), "rail": ("against",), "hint": ("at",),
    "allude": ("to",), "reflect": ("on",), "muse": ("about", "on"), "worry": ("about",),
    "think": ("about", "of"), "rave": ("about",), "speculate": ("about", "on"),
    "agree": ("with",), "disagree": ("with",), "lash": ("out",), "respond": ("to",),
    "reply": ("to",), "answer": (), "lie": ("about",), "care": ("about",),
    "express": (), "apologize": ("for",), "apologise": ("for",), "praise": ("for",),
    "criticize": ("for",), "blame": ("for",), "thank": ("for",), "accuse": ("of",)}
#: prepositions that extend an object into the claim ("accused Trump of lying")
_OBJECT_EXTENSIONS = frozenset({"as", "of", "for"})
#: verbs that are cues only with a particle ("point out", "go on")
PARTICLE_CUES = {"point": ("out", "to"), "go": ("on",), "lay": ("out",), "spell": ("out",),
                 "sum": ("up",), "chime": ("in",), "speak": ("out", "about", "of", "on"),
                 "fire": ("back",), "hit": ("back",), "lash": ("out",), "rail": ("against",),
                 "hint": ("at",), "allude": ("to",), "refer": ("to",), "focus": ("on",),
                 "talk": ("about", "of"), "reflect": ("on",), "lie": ("about",),
                 "care": ("about",), "apologize": ("for",), "apologise": ("for",),
                 "disagree": ("with",), "rave": ("about",)}
#: nouns that carry a claim ("X's claim that", "a statement by X")
NOUN_CUES = frozenset({
    "claim", "statement", "declaration", "assertion", "announcement", "warning",
    "accusation", "denial", "admission", "promise", "pledge", "insistence", "allegation",
    "argument", "suggestion", "prediction", "remark", "comment", "threat", "belief", "view",
    "vow", "assurance", "contention", "charge", "testimony", "message", "demand", "call",
    "proclamation", "confirmation", "acknowledgment", "acknowledgement", "estimate",
    "assessment", "conclusion", "finding", "insinuation", "implication", "hope", "fear",
    "concern", "worry", "opinion", "position", "stance", "complaint", "criticism",
    "recommendation", "proposal", "request", "appeal", "plea", "boast", "promise"})
#: nominal cues whose ``of`` phrase is the content ("declaration of victory")
NOUN_OF = frozenset({
    "declaration", "announcement", "denial", "admission", "promise", "pledge", "warning",
    "threat", "prediction", "claim", "accusation", "allegation", "assurance", "call",
    "demand", "vow", "proclamation", "confirmation", "acknowledgment", "acknowledgement",
    "criticism", "estimate", "assessment"})
#: verbs with a content of their own (the rest only introduce quotes)
CONTENT_VERBS = (SPEECH_VERBS | COGNITION_VERBS | OBJECT_VERBS | XCOMP_VERBS
                 | frozenset(TOPIC_PREPS))
CUE_VERBS = CONTENT_VERBS | QUOTE_VERBS | frozenset(PARTICLE_CUES)
#: verbs of saying, thinking or quoting
_CUE_WORDS = SPEECH_VERBS | COGNITION_VERBS | QUOTE_VERBS
#: verbs that are no cue without their particle
PARTICLE_ONLY = frozenset(PARTICLE_CUES) - SPEECH_VERBS - COGNITION_VERBS - OBJECT_VERBS

#: words before a quote that make it a name, not speech ("titled", "so-called")
NAMING = frozenset({"titled", "entitled", "headlined", "dubbed", "nicknamed", "so-called",
                    "term", "word", "words", "phrase", "slogan", "hashtag", "label", "motto",
                    "headline", "named", "as"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
#: prepositions whose gerund shares the subject of the verb they modify ("by saying")
_MANNER = frozenset({"by", "after", "before", "while", "when", "in"})
_END = frozenset({".", "!", "?"})
#: pronouns by which a speaker refers to itself inside what it says ("Rubio said he ...")
_SELF = frozenset({"he", "she", "they", "we", "i", "it"})
_EDGE = set(" \t\n,;:\u2014\u2013-") | set(MARKUP)
CONTINUE_WINDOW = 2  # paragraphs a quote may continue the claim before it
#: words that make "X:" a label rather than a speaker ("Editor's note:")
_LABELS = frozenset({"note", "update", "correction", "editor", "disclaimer", "source", "photo",
                     "credit", "related", "watch", "read", "video", "listen", "see", "warning",
                     "daily", "live", "breaking", "exclusive", "opinion", "analysis", "transcript",
                     "region", "theme", "report", "poll"})

