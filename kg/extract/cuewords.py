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
    "determine", "rule", "remind", "reference", "list", "articulate", "interpret",
    "reaffirm", "reassert", "opine", "profess", "utter", "email", "recite", "preach", "rebut",
    "bemoan", "insinuate", "surmise", "chant"})
#: verbs of asking: an ``if`` or ``whether`` clause after them is the question asked
ASKING = frozenset({"ask", "wonder", "question", "inquire", "enquire"})
#: verbs of thinking and feeling: the complement is a belief or a fear, still attributed
COGNITION_VERBS = frozenset({
    "believe", "think", "fear", "hope", "expect", "doubt", "suspect", "worry", "feel",
    "know", "realize", "realise", "recognize", "recognise", "understand", "assume",
    "suppose", "guess", "consider", "reckon", "anticipate", "learn", "hear", "figure",
    "sense", "imagine", "trust", "wish", "want", "prefer", "insist", "hold", "regret",
    "acknowledge", "remember", "forget", "notice", "envision", "contemplate", "foresee",
    "mull"})
#: verbs that only introduce a direct quote ("he continued", "she laughed")
QUOTE_VERBS = frozenset({
    "continue", "go", "laugh", "smile", "sigh", "shrug", "chime", "interject", "gush",
    "sneer", "scoff", "snap", "cry", "tweet", "read", "begin", "conclude", "offer", "put"})
#: verbs whose infinitival complement is what was said ("urged Congress to act")
XCOMP_VERBS = frozenset({
    "promise", "threaten", "urge", "vow", "pledge", "ask", "call", "refuse", "decline",
    "agree", "offer", "demand", "warn", "tell", "order", "encourage", "advise", "plan",
    "hope", "want", "expect", "intend", "beg", "instruct", "propose", "claim", "swear",
    "guarantee", "wish", "prefer", "plead", "push", "press", "seek", "aim", "decide", "like",
    "love", "hate", "look"})
#: verbs of saying whose gerund complement is what they say ("denied taking the money")
GERUND_VERBS = frozenset({"deny", "admit", "acknowledge", "concede", "confess", "recall",
                          "suggest", "recommend", "mention", "report", "describe"})
#: stance verbs that are also verbs of force ("defended the town", "attacked a convoy"):
#: a stance only when a named person or a personal pronoun takes it
PERSONAL_STANCE = frozenset({"defend", "attack", "blast", "congratulate", "knock", "savage",
                             "pan"})
#: verbs of taking a stand: the direct object is what is supported or attacked
STANCE_VERBS = frozenset({
    "support", "endorse", "oppose", "back", "criticize", "criticise", "praise",
    "reject", "dismiss", "slam", "mock", "ridicule", "applaud", "welcome",
    "condemn", "decry", "echo", "champion", "tout", "hail", "denounce", "blame", "favor",
    "favour", "embrace", "question", "challenge", "dispute", "deride", "lambaste", "chastise",
    "rebuke", "scold", "berate", "fault", "commend", "laud", "salute", "thank", "accuse",
    "label", "brand", "portray", "characterize", "characterise", "depict", "paint", "cast",
    "describe", "call", "dub", "regard", "view", "see", "consider", "assail", "lambast",
    "rip", "promote", "compare", "liken", "credit", "attribute", "deem", "identify", "list",
    "name", "like", "love", "hate", "dislike", "resist", "celebrate", "cheer", "boo", "equate",
    "contrast", "invoke", "reference", "address", "debate", "envision", "contemplate",
    "remember", "need", "prefer", "chide", "revile", "disavow", "repudiate", "downplay",
    "heckle", "insult", "extol", "herald", "trumpet", "belittle", "disparage", "demonize",
    "demonise", "vilify", "contradict", "rebut", "bemoan"}) | PERSONAL_STANCE
#: stance verbs whose object is a claim only with what follows it ("called him a liar",
#: "described the deal as a disaster")
AS_ONLY = frozenset({
    "label", "brand", "portray", "characterize", "characterise", "depict", "paint", "cast",
    "call", "dub", "regard", "view", "see", "consider", "thank", "compare", "liken",
    "credit", "attribute", "deem", "identify", "list", "name", "equate", "contrast", "need",
    "tie", "link"})
#: verbs whose direct object is what was said ("announced its withdrawal")
OBJECT_VERBS = STANCE_VERBS | frozenset({
    "announce", "confirm", "deny", "reveal", "report", "acknowledge", "admit", "predict",
    "promise", "propose", "demand", "pledge", "vow", "declare", "disclose", "forecast",
    "guarantee", "claim", "allege", "concede", "estimate", "recommend", "urge", "advocate",
    "cite", "show", "express", "reiterate", "mention", "outline", "unveil",
    "detail", "voice", "suggest", "predict", "recall", "note", "stress", "emphasize",
    "emphasise", "highlight", "underscore", "discuss", "want", "seek", "tweet", "retweet",
    "repeat", "reaffirm", "reassert", "utter", "recite", "preach", "foresee", "mull"})
#: prepositions whose object is what a verb is about ("talked about the wall")
TOPIC_PREPS = {
    "talk": ("about", "of"), "speak": ("about", "of"), "write": ("about",),
    "tweet": ("about",), "ask": ("about", "for"), "comment": ("on",), "complain": ("about", "of"),
    "warn": ("about", "of", "against"), "boast": ("about", "of"), "brag": ("about",),
    "joke": ("about",), "testify": ("about", "on"), "refer": ("to",), "point": ("to",),
    "focus": ("on",), "insist": ("on",), "argue": ("for", "against"), "call": ("for",),
    "push": ("for",), "advocate": ("for",), "rail": ("against",), "hint": ("at",),
    "allude": ("to",), "reflect": ("on",), "muse": ("about", "on"), "worry": ("about",),
    "think": ("about", "of"), "rave": ("about",), "speculate": ("about", "on"),
    "agree": ("with",), "disagree": ("with",), "lash": ("out",), "respond": ("to",),
    "reply": ("to",), "answer": (), "lie": ("about",), "care": ("about",),
    "vote": ("for", "against"), "campaign": ("for", "against", "on"),
    "hit": ("at",), "fire": ("at",), "look": ("for", "to", "at"), "believe": ("in",),
    "feel": ("about",), "hope": ("for",),
    "express": (), "apologize": ("for",), "apologise": ("for",), "praise": ("for",),
    "criticize": ("for",), "blame": ("for",), "thank": ("for",), "accuse": ("of",),
    "vouch": ("for",), "side": ("with", "against")}
#: prepositions that extend an object into the claim ("accused Trump of lying")
_OBJECT_EXTENSIONS = frozenset({"as", "of", "for"})
#: further prepositions that extend the object of some stance verbs ("likened the rules to
#: burning the Constitution", "credited Obama with the recovery")
EXTENSIONS = {"compare": ("to", "with"), "liken": ("to",), "credit": ("with",),
              "attribute": ("to",), "tie": ("to",), "link": ("to", "with"),
              "equate": ("with",), "contrast": ("with",), "say": ("about",), "blame": ("on",),
              "write": ("about",)}
#: objects of verbs of saying that stand for what was said ("said the same of Clinton",
#: "said little about the plan", "said yes")
SAID_OBJECTS = {
    "say": frozenset({"same", "much", "little", "nothing", "something", "anything", "thing",
                      "yes", "no", "opposite", "otherwise", "everything", "lot", "so"}),
    "write": frozenset({"same", "much", "little", "nothing", "something", "thing",
                        "opposite"})}
#: verbs whose object may be whom they address rather than the subject of what follows
#: ("told reporters", "assured the allies")
HEARERS = frozenset({"tell", "inform", "assure", "remind", "warn", "promise", "notify",
                      "convince", "persuade", "ask", "urge", "teach", "advise", "email",
                      "brief", "caution", "reassure"})
#: verbs that are cues only with a particle ("point out", "go on")
PARTICLE_CUES = {"point": ("out", "to"), "go": ("on",), "lay": ("out",), "spell": ("out",),
                 "sum": ("up",), "chime": ("in",), "speak": ("out", "about", "of", "on"),
                 "fire": ("back",), "hit": ("back",), "shoot": ("back",), "lash": ("out",),
                 "rail": ("against",), "hint": ("at",), "allude": ("to",), "refer": ("to",),
                 "focus": ("on",),
                 "talk": ("about", "of"), "reflect": ("on",), "lie": ("about",),
                 "care": ("about",), "apologize": ("for",), "apologise": ("for",),
                 "disagree": ("with",), "rave": ("about",), "vote": ("for", "against"),
                 "campaign": ("for", "against", "on"), "look": ("for", "forward", "at"),
                 "vouch": ("for",), "side": ("with", "against"), "single": ("out",),
                 "play": ("down",), "shrug": ("off",), "brush": ("off",)}
#: particles that make a cue verb one of doing, not of saying or finding ("showed off its
#: missiles", "showed up late", "called in a helicopter", "called off the talks")
NO_CUE_PARTICLES = {"show": ("off", "up", "around"), "call": ("in", "off")}
#: verbs whose direct object is what was said only with their particle ("laid out his plan",
#: "spelled out the terms", "pointed out the flaw"; not "laid a wreath")
PARTICLE_OBJECTS = {"lay": ("out",), "spell": ("out",), "sum": ("up",), "point": ("out",),
                    "single": ("out",), "call": ("out",), "play": ("down",), "shrug": ("off",),
                    "brush": ("off",)}
#: nouns of one who holds a stand ("a critic of the deal", "a Sanders supporter")
STANCE_NOUNS = frozenset({
    "critic", "supporter", "opponent", "proponent", "advocate", "champion", "backer", "foe",
    "skeptic", "sceptic", "defender", "detractor", "fan", "admirer", "booster", "cheerleader"})
#: nouns that carry a claim ("X's claim that", "a statement by X")
NOUN_CUES = frozenset({
    "claim", "statement", "declaration", "assertion", "announcement", "warning",
    "accusation", "denial", "admission", "promise", "pledge", "insistence", "allegation",
    "argument", "suggestion", "prediction", "remark", "comment", "threat", "belief", "view",
    "vow", "assurance", "contention", "charge", "testimony", "message", "demand", "call",
    "proclamation", "confirmation", "acknowledgment", "acknowledgement", "estimate",
    "assessment", "conclusion", "finding", "insinuation", "implication", "hope", "fear",
    "concern", "worry", "opinion", "position", "stance", "complaint", "criticism",
    "recommendation", "proposal", "request", "appeal", "plea", "boast", "promise", "support",
    "attack", "plan", "opposition", "endorsement", "defense", "defence", "push", "embrace",
    "focus", "praise", "refusal", "vow", "decision", "commitment", "intention", "bid",
    "denunciation", "condemnation", "rejection", "words", "estimation", "judgment",
    "judgement", "mind", "telling", "account", "determination", "willingness", "desire",
    "wish", "offer"}) | STANCE_NOUNS
#: nominal cues whose prepositional phrase is the content ("his call for a ban", "her
#: attack on Sanders", "Trump's support for the wall")
NOUN_PREPS = {
    "support": ("for",), "attack": ("on", "against"), "criticism": ("of",), "call": ("for",),
    "view": ("of", "on", "about"), "position": ("on",), "stance": ("on",),
    "opposition": ("to",), "comment": ("on", "about"), "remark": ("about", "on"),
    "warning": ("about", "against"), "praise": ("for", "of"), "plan": ("for",),
    "proposal": ("for",), "argument": ("for", "against"), "complaint": ("about",),
    "endorsement": ("of",), "defense": ("of",), "defence": ("of",), "push": ("for",),
    "embrace": ("of",), "focus": ("on",), "concern": ("about", "over"),
    "pledge": ("of",), "promise": ("of",), "appeal": ("for",), "demand": ("for",),
    "request": ("for",), "plea": ("for",), "claim": ("of",), "fear": ("of",),
    "denunciation": ("of",), "condemnation": ("of",), "rejection": ("of",)}
#: nominal cues whose ``to`` infinitive is the content ("her plan to cut taxes")
NOUN_TO = frozenset({
    "plan", "promise", "pledge", "call", "vow", "threat", "decision", "proposal", "push",
    "demand", "refusal", "offer", "appeal", "plea", "request", "commitment", "intention",
    "bid", "determination", "willingness", "desire", "wish"})
#: nominal cues of a view held: ``in X's view, ...`` gives the clause it is set in
VIEW_NOUNS = frozenset({"view", "opinion", "words", "estimation", "judgment", "judgement",
                        "mind", "telling", "account", "assessment"})
#: adjectives of stance after a copula, with what takes their content ("critical of",
#: "confident that", "eager to")
ADJECTIVE_CUES = {
    "critical": ("of",), "supportive": ("of",), "skeptical": ("of", "about", "that"),
    "sceptical": ("of", "about", "that"), "wary": ("of", "about"), "dismissive": ("of",),
    "contemptuous": ("of",), "fond": ("of",), "proud": ("of", "that"),
    "concerned": ("about", "that", "over", "by"), "worried": ("about", "that", "over", "by"),
    "confident": ("that", "of", "about", "in"), "sure": ("that", "of", "about"),
    "certain": ("that", "of", "about"), "convinced": ("that", "of"),
    "hopeful": ("that", "about", "of"), "optimistic": ("that", "about"),
    "pessimistic": ("about", "that"), "adamant": ("that", "about"),
    "eager": ("to", "for"), "keen": ("to", "on"), "reluctant": ("to",), "willing": ("to",),
    "unwilling": ("to",), "determined": ("to", "that"), "afraid": ("that", "of", "to"),
    "fearful": ("that", "of"), "angry": ("about", "at", "that", "over", "with"),
    "upset": ("about", "at", "that", "over", "with", "by"),
    "frustrated": ("with", "by", "that", "over"), "disappointed": ("in", "by", "with", "that"),
    "unhappy": ("with", "about", "that"), "happy": ("with", "about", "that"),
    "pleased": ("with", "by", "that"), "satisfied": ("with", "that"),
    "dissatisfied": ("with",), "enthusiastic": ("about",), "excited": ("about", "by", "that"),
    "opposed": ("to",), "hostile": ("to", "toward", "towards"),
    "sympathetic": ("to", "toward", "towards"), "aware": ("that", "of"),
    "unaware": ("that", "of"), "clear": ("that", "about"), "vocal": ("about", "in"),
    "outspoken": ("about", "in", "on"), "open": ("to", "about"), "undecided": ("about", "on"),
    "divided": ("on", "over", "about"), "split": ("on", "over"), "unanimous": ("in", "that"),
    "insistent": ("that", "on"), "doubtful": ("that", "about", "of"), "grateful": ("for", "to"),
    "thankful": ("for", "that"), "appreciative": ("of",), "ashamed": ("of", "that"),
    "embarrassed": ("by", "about", "that"), "alarmed": ("by", "at", "that"),
    "troubled": ("by", "that"), "disturbed": ("by", "that"), "offended": ("by", "that"),
    "outraged": ("by", "at", "that", "over"), "furious": ("about", "at", "with", "over", "that"),
    "sick": ("of",), "tired": ("of",), "suspicious": ("of", "that"), "nervous": ("about", "that"),
    "anxious": ("about", "that", "to"), "scared": ("of", "that"), "leery": ("of", "about"),
    "cautious": ("about",), "uneasy": ("about", "with"), "comfortable": ("with", "that"),
    "uncomfortable": ("with", "about"), "surprised": ("by", "at", "that"),
    "shocked": ("by", "at", "that"), "dismayed": ("by", "at", "that"),
    "interested": ("in",), "committed": ("to",), "inclined": ("to",), "prepared": ("to",),
    "ready": ("to",), "hesitant": ("to", "about"), "quick": ("to",), "firm": ("that", "in"),
    "unsure": ("about", "of", "whether", "if", "that"), "terrified": ("of", "that"),
    "enamored": ("of", "with"), "enamoured": ("of", "with"), "favorable": ("to", "toward"),
    "unfavorable": ("to", "toward"), "sanguine": ("about", "that"),
    "impressed": ("by", "with"), "unimpressed": ("by", "with"), "bullish": ("on", "about"),
    "bearish": ("on", "about"), "resentful": ("of",), "envious": ("of",),
    "jealous": ("of",), "mindful": ("of", "that"), "cognizant": ("of", "that")}
_SPEECH_NOUNS = frozenset({
    "statement", "statements", "comment", "comments", "remark", "remarks", "allegation",
    "allegations", "accusation", "accusations", "argument", "claim", "claims", "promise",
    "pledge", "vow", "point", "observation", "prediction", "apology", "reference",
    "references", "threat", "appeal", "plea", "call", "pitch", "charge", "charges",
    "assertion", "mention", "case", "joke", "jokes", "warning", "criticism", "praise",
    "defense", "defence", "explanation", "response", "assurance", "assurances", "critique",
    "rebuttal", "endorsement", "word", "words", "speech", "address", "message"})
#: nouns of saying that, as the object of a verb closing its paragraph with a colon,
#: introduce the words that follow ("issued the following statement:")
INTRO_NOUNS = frozenset({"statement", "comment", "remark", "message", "note", "response",
                         "reply", "answer", "tweet", "post", "words", "warning"})
#: verbs whose object noun makes them a cue ("made the case that", "took issue with",
#: "has doubts about", "raised concerns about"), with those nouns
LIGHT_VERBS = {
    "make": _SPEECH_NOUNS | {"clear", "secret", "apologies", "excuse", "excuses"},
    "take": frozenset({"issue", "aim", "shot", "shots", "swipe", "swipes", "credit", "stance",
                       "position", "exception", "offense", "umbrage", "jab", "jabs", "dig",
                       "digs", "pride", "view", "line", "side", "stand", "potshot"}),
    "have": frozenset({"view", "views", "opinion", "opinions", "doubt", "doubts", "feeling",
                       "feelings", "idea", "impression", "impressions", "misgivings",
                       "reservations", "concern", "concerns", "problem", "problems", "word",
                       "words", "thing", "things", "confidence", "faith", "question",
                       "questions", "sympathy", "hope", "hopes", "belief", "beliefs",
                       "qualms", "objection", "objections", "complaint", "complaints"}),
    "give": _SPEECH_NOUNS | {"answer", "account", "assessment", "advice", "nod", "support",
                             "interview", "blessing"},
    "offer": _SPEECH_NOUNS | {"congratulations", "advice", "details", "specifics", "support",
                              "thoughts", "condolences", "prayers", "view", "opinion",
                              "insight", "assessment", "answer", "proposal", "plan"},
    "raise": frozenset({"concern", "concerns", "question", "questions", "doubt", "doubts",
                        "objection", "objections", "alarm", "issue", "possibility",
                        "prospect", "point", "specter", "spectre"}),
    "issue": _SPEECH_NOUNS | {"denial", "ultimatum", "rebuke", "condemnation", "challenge",
                              "call", "plea", "release"},
    "deliver": _SPEECH_NOUNS | {"rebuke", "verdict", "lecture"},
    "level": frozenset({"charge", "charges", "accusation", "accusations", "criticism",
                        "allegation", "allegations", "attack", "attacks"}),
    "lodge": frozenset({"complaint", "complaints", "objection", "objections", "protest"}),
    "pay": frozenset({"tribute", "compliment", "compliments", "homage"}),
    "sound": frozenset({"alarm", "note", "warning"}),
    "draw": frozenset({"comparison", "comparisons", "parallel", "parallels", "distinction",
                       "line", "contrast"}),
    "share": frozenset({"view", "views", "concern", "concerns", "thoughts", "belief",
                        "opinion", "opinions", "frustration", "skepticism"}),
    "hold": frozenset({"view", "views", "belief", "beliefs", "opinion", "opinions",
                       "position"}),
    "tell": frozenset({"story", "tale", "stories", "tales"}),
    "write": frozenset({"letter", "op-ed", "column", "piece", "essay", "book", "post", "blog",
                        "article", "memo", "editorial", "assessment"}),
    "express": frozenset(),  # an object verb of its own
}
#: nouns of documents and utterances whose ``in`` phrase sets a clause out as what they
#: hold ("In a CBS News poll, Clinton led by six points", "in his speech, Obama ...")
IN_SOURCES = frozenset({
    "poll", "survey", "study", "report", "statement", "interview", "speech", "letter",
    "memo", "tweet", "post", "email", "op-ed", "editorial", "column", "essay", "book",
    "article", "testimony", "remarks", "comments", "address", "filing", "ruling",
    "opinion", "analysis", "assessment", "message", "video", "ad", "advertisement",
    "lawsuit", "complaint", "indictment", "affidavit", "memoir", "podcast", "broadcast",
    "briefing"})
#: lemmas the tagger gives some forms of a cue verb ("hopes" -> "hop")
MISLEMMATIZED = {"hop": ("hope", ("hope", "hoping")), "retweete": ("retweet", ("retweet",))}
#: nominal cues whose ``of`` phrase is the content ("declaration of victory")
NOUN_OF = frozenset({
    "declaration", "announcement", "denial", "admission", "promise", "pledge", "warning",
    "threat", "prediction", "claim", "accusation", "allegation", "assurance", "call",
    "demand", "vow", "proclamation", "confirmation", "acknowledgment", "acknowledgement",
    "criticism", "estimate", "assessment"})
#: verbs with a content of their own (the rest only introduce quotes)
CONTENT_VERBS = (SPEECH_VERBS | COGNITION_VERBS | OBJECT_VERBS | XCOMP_VERBS
                 | frozenset(TOPIC_PREPS))
CUE_VERBS = CONTENT_VERBS | QUOTE_VERBS | frozenset(PARTICLE_CUES) | frozenset(MISLEMMATIZED)
#: verbs of saying, thinking or quoting
_CUE_WORDS = SPEECH_VERBS | COGNITION_VERBS | QUOTE_VERBS
#: verbs that are no cue without their particle
PARTICLE_ONLY = frozenset(PARTICLE_CUES) - SPEECH_VERBS - COGNITION_VERBS - OBJECT_VERBS



def saying_form(word: str) -> bool:
    """Whether ``word`` is the past or third-person form of a verb of saying, as it opens an
    inverted frame (``Said Roe:``, ``Added Roe:``, ``Writes Roe:``).

    >>> [saying_form(w) for w in ("Said", "Added", "replies", "Notes", "Ellis", "saying")]
    [True, True, True, True, False, False]
    """
    w = word.lower()
    if w in _IRREGULAR_SAYING:
        return True
    for suffix, stem in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""),
                         ("s", "")):
        if w.endswith(suffix) and w[:-len(suffix)] + stem in _SAYING_LEMMAS:
            return True
    return False


def name_as_modal(tok) -> bool:
    """Whether ``tok`` is a capitalised word the tagger read as a modal right before a verb
    in the past or the third person (``May said``, ``May calls``): no modal governs those
    forms, so the word is a name (Theresa May's)."""
    doc = tok.doc
    return tok.tag_ == "MD" and tok.is_title and tok.i + 1 < len(doc) \
        and doc[tok.i + 1].tag_ in ("VBD", "VBZ")


def without_saying_verb(phrase: list) -> list:
    """The name phrase of an inverted frame without its verb of saying (``Said Roe`` of
    ``Said Roe: "..."``: ``Roe``), else the phrase as it is."""
    if len(phrase) > 1 and phrase[0].is_title and saying_form(phrase[0].text) \
            and phrase[1].is_title:
        return phrase[1:]
    return phrase


_IRREGULAR_SAYING = frozenset({"said", "says", "wrote", "writes"})
_SAYING_LEMMAS = SPEECH_VERBS | QUOTE_VERBS


def cue_lemma(tok) -> str:
    """The lower-cased lemma of ``tok``, mended where the tagger gave a cue verb's form a
    lemma of another verb ("hopes" -> "hop")."""
    lemma = tok.lemma_.lower()
    fix = MISLEMMATIZED.get(lemma)
    if fix is not None and tok.lower_.startswith(fix[1]):
        return fix[0]
    return lemma


#: words before a quote that make it a name, not speech ("titled", "so-called")
NAMING = frozenset({"titled", "entitled", "headlined", "dubbed", "nicknamed", "so-called",
                    "term", "word", "words", "phrase", "slogan", "hashtag", "label", "motto",
                    "headline", "named", "as"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
#: prepositions whose gerund shares the subject of the verb they modify ("by saying")
_MANNER = frozenset({"by", "after", "before", "while", "when", "in", "despite", "upon"})
_END = frozenset({".", "!", "?"})
#: pronouns by which a speaker refers to itself inside what it says ("Rubio said he ...")
_SELF = frozenset({"he", "she", "they", "we", "i", "it"})
_EDGE = set(" \t\n,;:\u2014\u2013-") | set(MARKUP)
CONTINUE_WINDOW = 2  # paragraphs a quote may continue the claim before it
#: words that make "X:" a label rather than a speaker ("Editor's note:")
_LABELS = frozenset({"note", "update", "correction", "editor", "disclaimer", "source", "photo",
                     "credit", "related", "watch", "read", "video", "listen", "see", "warning",
                     "daily", "live", "breaking", "exclusive", "opinion", "analysis", "transcript",
                     "region", "theme", "report", "poll", "story", "stories", "more", "next",
                     "previous", "recommended", "trending", "featured", "sponsored",
                     "advertisement"})


def speech_subject(span) -> bool:
    """Whether a name is the subject of a verb of saying ("Victoria would not comment")."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB" \
        and root.head.lemma_.lower() in SPEECH_VERBS
