"""Word lists for speakers: person descriptions, titles, representatives, words that are
no person, abbreviations of titles, words and first names that tell a gender, and nouns of
bodies and documents."""

from __future__ import annotations

from functools import lru_cache

#: Nouns of what people are or do, beyond titles and sources' roles, that come right before
#: a person's name ("campaign aide Jane Roe", "Rancher John Doe").
PERSON_NOUNS = frozenset("""aide staffer assistant operative volunteer organizer fundraiser donor
lobbyist consultant contractor executive entrepreneur banker investor developer rancher farmer
doctor physician nurse surgeon teacher student pastor priest rabbi actor actress singer
comedian athlete coach player resident survivor witness victim defendant plaintiff suspect
soldier sergeant inmate hostage prisoner widow mother father wife husband son daughter""".split())
#: descriptions that may refer back to the last person who spoke
GENERIC_PERSON = frozenset({
    "official", "spokesman", "spokeswoman", "spokesperson", "representative", "envoy",
    "diplomat", "officer", "politician", "lawmaker", "legislator", "strategist", "adviser",
    "advisor", "analyst", "expert", "researcher", "scholar", "professor", "economist", "fellow",
    "pollster", "candidate", "nominee", "businessman", "businesswoman", "billionaire",
    "mogul", "activist", "lawyer", "attorney", "veteran", "author", "writer", "journalist",
    "reporter", "columnist", "host", "anchor", "commentator", "incumbent", "challenger",
    "contender", "hopeful", "frontrunner", "front-runner", "runner", "rival", "operative",
    "consultant", "lobbyist", "campaigner", "educator", "historian", "scientist",
    "entrepreneur", "investor", "organizer", "organiser"})
#: titles: a description with one of these refers to the person introduced with it
TITLES = frozenset({
    "president", "minister", "premier", "chancellor", "secretary", "general", "colonel",
    "lieutenant", "major", "captain", "admiral", "commander", "chief", "director", "governor",
    "senator", "congressman", "congresswoman", "representative", "mayor", "ambassador",
    "judge", "justice", "king", "queen", "prince", "emir", "sheikh", "cleric", "imam",
    "leader", "chairman", "chairwoman", "chair", "speaker", "prosecutor", "sheriff",
    "candidate", "nominee", "spokesman", "spokeswoman", "spokesperson", "founder", "ceo",
    "head", "pope", "bishop", "rabbi", "mogul", "billionaire", "commissioner", "sergeant",
    "doctor", "dr", "professor", "coach", "monsignor", "archbishop", "cardinal", "patriarch",
    "pastor", "reverend", "mp", "mep", "whip", "counsel", "mpp", "mla", "msp", "councillor",
    "alderman", "assemblyman", "constable", "detective", "inspector", "superintendent",
    "corporal", "brigadier", "marshal", "coroner", "manager", "goaltender", "goalie",
    "quarterback", "pitcher", "striker", "midfielder", "defenceman", "defenseman", "winger",
    "linebacker", "skipper", "principal", "treasurer", "dean", "ombudsman", "trustee",
    "consul", "provost", "registrar", "warden", "auditor", "chaplain"})
#: words for a person: a title, a generic description or another person noun
PERSON_WORDS = TITLES | GENERIC_PERSON | PERSON_NOUNS
#: words for a government a person leads ("the Obama administration", "his government"),
#: whose members speak for the body, not for that person
REGIMES = frozenset({"administration", "government", "regime"})
#: titles that fit whoever holds the top post ("the Russian leader" of a president)
LEADERS = frozenset({"leader"})
#: words before a title that make it another title ("vice president", "foreign minister")
TITLE_MODIFIERS = frozenset({
    "vice", "deputy", "assistant", "associate", "prime", "foreign", "defense", "defence",
    "interior", "finance", "health", "justice", "press", "executive", "attorney", "surgeon",
    "majority", "minority", "supreme", "crown", "first", "special"})
#: party words that describe a person of the article ("the South Carolina Republican")
PARTISAN = frozenset({"republican", "democrat", "conservative", "liberal", "tory", "socialist",
                      "libertarian", "independent", "progressive"})
#: parties' words, as a title may hold them ("Labour leader", "the Conservative leader")
PARTIES = {"labour": "labour", "conservative": "conservative", "tory": "conservative",
           "republican": "republican", "gop": "republican", "democrat": "democrat",
           "democratic": "democrat", "liberal": "liberal"}
#: nouns naming someone who speaks for the entity that owns them
REPRESENTATIVE = frozenset({
    "office", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "campaign",
    "representative", "representatives", "press", "secretary", "aide", "aides", "lawyer",
    "lawyers", "attorney", "attorneys", "team", "staff", "website", "account", "statement",
    "ministry", "embassy", "mission", "administration", "government", "side", "correspondent",
    "reporter"})
#: head nouns of speakers that are not people (a pronoun never refers back to them)
NOT_PERSON = frozenset({
    "report", "poll", "polls", "study", "survey", "statement", "document", "article", "data",
    "analysis", "letter", "memo", "website", "paper", "book", "ad", "video", "post", "tweet",
    "ministry", "government", "department", "agency", "army", "force", "forces", "coalition",
    "campaign", "committee", "office", "group", "organization", "council", "party", "company",
    "network", "media", "news", "newspaper", "agency", "release", "source", "sources",
    "record", "records", "figure", "figures", "number", "numbers", "evidence", "research",
    "he", "she"})  # pronouns are handled by resolution, not as antecedents
#: short and other forms of titles, mapped to the one form titles are compared in
ABBREVIATIONS = {
    "gen": "general", "lt": "lieutenant", "col": "colonel", "maj": "major", "capt": "captain",
    "adm": "admiral", "sen": "senator", "rep": "congressman", "gov": "governor",
    "pres": "president", "sgt": "sergeant", "dr": "doctor", "prof": "professor",
    "cmdr": "commander", "gen.": "general", "pm": "minister", "msgr": "monsignor",
    "rev": "reverend", "coun": "councillor", "cllr": "councillor", "councilor": "councillor",
    "councilman": "councillor", "councilwoman": "councillor", "ald": "alderman",
    "alderwoman": "alderman", "const": "constable", "cst": "constable", "det": "detective",
    "insp": "inspector", "supt": "superintendent", "cpl": "corporal", "amb": "ambassador",
    "commr": "commissioner", "assemblywoman": "assemblyman",
    # one title in its other forms: "Rep. Duncan Hunter ... the congressman said"
    "congresswoman": "congressman", "congressperson": "congressman",
    "spokeswoman": "spokesman", "spokesperson": "spokesman", "chairwoman": "chairman",
    "chairperson": "chairman", "pontiff": "pope"}
#: words next to a name that tell a person's gender
#: Determiners of an indefinite noun phrase ("a spokesman", "another official").
INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any"})


def norm_word(word: str) -> str:
    """A title or person noun as kg's word lists spell it.

    >>> norm_word("Sen."), norm_word("spokesman"), norm_word("rep")
    ('senator', 'spokesman', 'representative')
    """
    if word == "rep":  # "the rep said": a press representative, not a "Rep." in Congress
        return "representative"
    w = word.lower().strip(".")
    return ABBREVIATIONS.get(w, w)


GENDERED = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "spokeswoman": "f",
            "congresswoman": "f", "chairwoman": "f", "businesswoman": "f", "queen": "f",
            "princess": "f", "actress": "f", "mother": "f", "wife": "f", "daughter": "f",
            "sister": "f", "grandmother": "f", "spokesman": "m", "congressman": "m",
            "businessman": "m", "king": "m", "prince": "m", "father": "m", "husband": "m",
            "son": "m", "brother": "m", "grandfather": "m", "sir": "m", "lady": "f",
            "madam": "f", "first lady": "f", "aunt": "f", "niece": "f", "widow": "f",
            "girlfriend": "f", "granddaughter": "f", "stepmother": "f", "mom": "f", "mum": "f",
            "councilwoman": "f", "assemblywoman": "f", "uncle": "m", "nephew": "m",
            "widower": "m", "boyfriend": "m", "grandson": "m", "stepfather": "m", "dad": "m",
            "councilman": "m", "assemblyman": "m"}

#: nouns of an unnamed person of a gender ("a woman begged")
UNNAMED_GENDER = {"man": "m", "woman": "f", "boy": "m", "girl": "f"}

__all__ = ["PERSON_NOUNS", "GENERIC_PERSON", "TITLES", "PERSON_WORDS", "LEADERS", "PARTIES",
           "TITLE_MODIFIERS", "REGIMES", "PARTISAN", "REPRESENTATIVE", "NOT_PERSON", "ABBREVIATIONS", "GENDERED",
           "MALE_NAMES", "FEMALE_NAMES", "BODIES", "DOCUMENTS", "FIRST_NAMES", "EXTRAPOSED",
           "INDEFINITE", "UNNAMED_GENDER", "norm_word", "first_name_gender"]

#: nouns of bodies and the kinds of organization they fit ("" = any)
BODIES = {
    "ministry": "GovernmentOrganization", "department": "GovernmentOrganization",
    "agency": "", "government": "GovernmentOrganization", "administration":
    "GovernmentOrganization", "embassy": "GovernmentOrganization", "office": "",
    "group": "", "organization": "", "organisation": "", "movement": "", "militia": "ArmedGroup",
    "brigade": "ArmedGroup", "battalion": "ArmedGroup", "company": "", "firm": "", "party": "",
    "coalition": "", "alliance": "", "committee": "",
    "council": "", "newspaper": "NewsMediaOrganization", "paper": "NewsMediaOrganization",
    "network": "NewsMediaOrganization", "outlet": "NewsMediaOrganization", "channel":
    "NewsMediaOrganization", "broadcaster": "NewsMediaOrganization", "army": "Military",
    "military": "Military", "institute": "", "foundation": "", "union": "", "bank": "",
    "lobby": "", "campaign": "", "court": "", "commission": "", "service": "", "airline": "",
    "carrier": "", "university": "", "hospital": "", "charity": "Organization", "association": "",
    "federation": "", "league": "", "board": "", "authority": "", "panel": "", "tribunal": "",
    "parliament": "", "assembly": "", "legislature": "", "watchdog": "", "regulator": "",
    "monitor": "", "observatory": "", "bureau": "", "directorate": "", "society": "",
    "club": "", "manufacturer": "", "maker": "", "retailer": "", "police": "",
    "tank": "", "think-tank": "", "nonprofit": "", "institution": "", "center": "",
    "centre": "", "ngo": ""}
#: adjectives of "it is clear that ...", "it was unclear whether ...": an "it" that
#: stands for the clause after them, never for a body
EXTRAPOSED = frozenset({
    "clear", "unclear", "possible", "impossible", "important", "necessary", "unnecessary",
    "true", "obvious", "evident", "apparent", "difficult", "hard", "easy", "essential",
    "vital", "crucial", "imperative", "doubtful", "probable", "improbable", "interesting",
    "significant", "notable", "surprising", "unsurprising", "unknown", "understandable",
    "inevitable", "worth"})
#: words that tie a role to the one it serves ("an adviser to X", "a spokesman for X")
LINK_WORDS = frozenset({"to", "for", "of", "with"})
#: nouns of documents, and of words spoken (``Obama's remarks``), that speak for whoever
#: issued them
DOCUMENTS = frozenset({
    "remark", "comment", "speech", "testimony", "word", "words", "remarks", "comments",
    "report", "statement", "document", "study", "survey", "poll", "letter", "memo",
    "release", "communique", "analysis", "assessment", "review", "audit", "filing",
    "complaint", "indictment", "ruling", "order", "decree", "paper", "tweet", "post",
    "message", "notice", "transcript", "declaration", "reporting", "coverage",
    "investigation", "editorial", "column", "op-ed", "broadcast", "interview", "article",
    "story", "piece", "book", "caption", "headline", "email", "e-mail", "mail", "cable",
    "summary", "claim", "advice", "response", "reply", "answer", "argument", "assertion",
    "allegation", "explanation"})


#: common first names that tell a gender where the text gives none (names borne by men and
#: women alike -- Alex, Jordan, Kim, Lee, Robin, Terry -- are left out)
MALE_NAMES = frozenset("""
aaron abdul abdullah adam ahmad ahmed alan albert alexander ali andrew anthony antonio arthur
austin barack benjamin bernie bill billy bob bobby boris brandon brian bruce bryan carl carlos
charles chris christopher chuck craig daniel dave david dennis dick dmitry donald douglas
dylan edward elijah emmanuel eric ethan eugene francis frank fred gary george gerald gregory
harold harry hassan henry hussein ibrahim jack jacob james jason jeb jeff jeffrey jeremy jerry
jim jimmy joe john jonathan jose joseph joshua juan justin keith kenneth kevin khalid kyle
larry lawrence louis luis mahmoud marco mark martin matthew michael mike mitch mitt mohamed
mohammad mohammed muhammad mustafa nathan newt nicholas nicolas noah omar patrick paul peter
philip rand randy raymond richard rick robert roger ronald roy russell ryan samuel scott sean
sergei sergey stephen steve steven ted thomas tim timothy todd tom tony tyler victor vincent
vladimir walter wayne william yusuf zachary
""".split())
FEMALE_NAMES = frozenset("""
abigail aisha alice amanda amber amy andrea angela ann anna anne ashley barbara betty
betsy brenda carly carol carolyn catherine charlotte chelsea cheryl christina christine
condoleezza cynthia debbie deborah debra denise diana diane donna doris dorothy elizabeth
elaine ellen emily emma evelyn fatima frances gloria grace hannah heather helen hillary
hilary ivanka jacqueline jane janet janice jennifer jessica joan joyce judith judy julia
julie kamala karen katherine kathleen kathryn katie laura lauren linda lisa lori louise
madeleine margaret maria marie marilyn martha mary maryam megan megyn melania melissa
michelle nadia nancy natalie nicole nikki olivia pamela patricia rachel rebecca ruth
samantha sandra sara sarah sharon shirley sophia stephanie susan susanna suzanne teresa
theresa tulsi valerie victoria virginia wendy yasmin zainab
""".split())
#: either list: a word that is a first name
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
#: honorifics before a surname, and the gender each tells ("" for none)
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "dr": ""}


def first_name_gender(word: str) -> str | None:
    """``"m"`` or ``"f"`` for a first name (lower-cased) that tells a gender, else None: the
    lists above, then the bundled table of first names (``data/gazetteer/first-names.tsv``).

    >>> first_name_gender("barack"), first_name_gender("carly"), first_name_gender("kim")
    ('m', 'f', None)
    >>> first_name_gender("veronique"), first_name_gender("recep"), first_name_gender("general")
    ('f', 'm', None)
    """
    if word in MALE_NAMES:
        return "m"
    if word in FEMALE_NAMES:
        return "f"
    if word in TITLES or word in _NOT_FIRST_NAMES:
        return None
    return _first_names().get(word)


#: words of the table that open a name as a title or rank, not as a first name
_NOT_FIRST_NAMES = frozenset({"king", "bishop", "pastor", "major", "earl", "baron", "duke",
                              "lord", "lady", "dame", "sir", "prince", "princess", "queen"})


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    from ..resources import gazetteer_dir

    out = {}
    with open(gazetteer_dir() / "first-names.tsv", encoding="utf-8") as f:
        for line in f:
            if line[:1] != "#" and "\t" in line:
                name, gender = line.rstrip("\n").split("\t")
                out[name] = gender
    return out
