"""Word lists for speakers: person descriptions, titles, representatives, words that are
no person, abbreviations of titles, and words that tell a gender."""

from __future__ import annotations

#: descriptions that may refer back to the last person who spoke
GENERIC_PERSON = frozenset({
    "official", "spokesman", "spokeswoman", "spokesperson", "representative", "envoy",
    "diplomat", "officer", "politician", "lawmaker", "legislator", "strategist", "adviser",
    "advisor", "analyst", "expert", "researcher", "scholar", "professor", "economist",
    "pollster", "candidate", "nominee", "businessman", "businesswoman", "billionaire",
    "mogul", "activist", "lawyer", "attorney", "veteran", "author", "writer", "journalist",
    "reporter", "columnist", "host", "anchor", "commentator", "incumbent", "challenger",
    "contender", "hopeful", "frontrunner", "front-runner", "runner", "rival"})
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
    "pastor", "reverend"})
#: titles that fit whoever holds the top post ("the Russian leader" of a president)
LEADERS = frozenset({"leader"})
#: words before a title that make it another title ("vice president", "foreign minister")
TITLE_MODIFIERS = frozenset({
    "vice", "deputy", "assistant", "associate", "prime", "foreign", "defense", "defence",
    "interior", "finance", "health", "justice", "press", "executive", "attorney", "surgeon",
    "majority", "minority", "supreme", "crown", "first"})
#: party words that describe a person of the article ("the South Carolina Republican")
PARTISAN = frozenset({"republican", "democrat", "conservative", "liberal", "tory", "socialist",
                      "libertarian", "independent", "progressive"})
#: nouns naming someone who speaks for the entity that owns them
REPRESENTATIVE = frozenset({
    "office", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "campaign",
    "representative", "representatives", "press", "secretary", "aide", "aides", "lawyer",
    "lawyers", "attorney", "attorneys", "team", "staff", "website", "account", "statement",
    "ministry", "embassy", "mission", "administration", "government"})
#: head nouns of speakers that are not people (a pronoun never refers back to them)
NOT_PERSON = frozenset({
    "report", "poll", "polls", "study", "survey", "statement", "document", "article", "data",
    "analysis", "letter", "memo", "website", "paper", "book", "ad", "video", "post", "tweet",
    "ministry", "government", "department", "agency", "army", "force", "forces", "coalition",
    "campaign", "committee", "office", "group", "organization", "council", "party", "company",
    "network", "media", "news", "newspaper", "agency", "release", "source", "sources",
    "record", "records", "figure", "figures", "number", "numbers", "evidence", "research",
    "he", "she"})  # pronouns are handled by resolution, not as antecedents
ABBREVIATIONS = {
    "gen": "general", "lt": "lieutenant", "col": "colonel", "maj": "major", "capt": "captain",
    "adm": "admiral", "sen": "senator", "rep": "representative", "gov": "governor",
    "pres": "president", "sgt": "sergeant", "dr": "doctor", "prof": "professor",
    "cmdr": "commander", "gen.": "general", "pm": "minister", "msgr": "monsignor",
    "rev": "reverend"}
#: words next to a name that tell a person's gender
GENDERED = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "spokeswoman": "f",
            "congresswoman": "f", "chairwoman": "f", "businesswoman": "f", "queen": "f",
            "princess": "f", "actress": "f", "mother": "f", "wife": "f", "daughter": "f",
            "sister": "f", "grandmother": "f", "spokesman": "m", "congressman": "m",
            "businessman": "m", "king": "m", "prince": "m", "father": "m", "husband": "m",
            "son": "m", "brother": "m", "grandfather": "m", "sir": "m", "lady": "f",
            "madam": "f", "first lady": "f"}

__all__ = ["GENERIC_PERSON", "TITLES", "LEADERS", "TITLE_MODIFIERS", "PARTISAN", "REPRESENTATIVE", "NOT_PERSON", "ABBREVIATIONS", "GENDERED"]
