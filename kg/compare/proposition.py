"""What a claim asserts, reduced to what comparison needs: stems, concepts with polarity, hedging.

A claim's text is tokenized and stemmed (Snowball). Each stem that belongs to a *predicate
concept* (a pair of opposite poles such as defeated / resurgent, rising / falling, true / false)
contributes that concept with a polarity of +1 or -1; a negation just before it ("not defeated",
"no longer a threat", "far from over") flips it. A concept met with both polarities in one claim
("defeated, but not eliminated") is *mixed* and never decides a relation. Modal and hedging words
("may", "likely", "could") mark the claim as hedged. Cue verbs of denial ("denied", "rejected")
negate what is reported.

>>> p = proposition("ISIS has been defeated in Syria")
>>> p.concepts
{'defeat': 1}
>>> proposition("ISIS is not defeated and remains a threat in Syria").concepts
{'defeat': -1}
>>> proposition("ISIS has been defeated, but not eliminated").concepts
{}
>>> proposition("the caliphate is gone").concepts
{'defeat': 1}
>>> proposition("the group is no longer a threat").concepts
{'defeat': 1}
>>> proposition("ISIS was defeated", cue="denied").concepts
{'defeat': -1}
>>> proposition("ISIS may be resurging").hedged
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

#: Predicate concepts: name → (stems of the + pole, stems of the - pole). Stems are Snowball
#: English stems of general vocabulary; a concept is an axis on which two claims can agree or
#: disagree. Add axes here, never strings of a particular story.
CONCEPTS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "defeat": (
        frozenset("defeat vanquish rout crush eradic wipe elimin annihil obliter gone dismantl "
                  "finish collaps extinguish destroy beaten".split()),
        frozenset("resurg resurf reemerg re-emerg regroup resili comeback rebuild reconstitut "
                  "threat thrive surviv strong stronger potent persist alive".split()),
    ),
    "trend": (
        frozenset("increas rise rose risen grow grew grown surg climb doubl tripl soar spike "
                  "expand escal mount".split()),
        frozenset("decreas fall fell fallen declin drop shrink shrank shrunk plung plummet "
                  "halv reduc diminish eas".split()),
    ),
    "truth": (
        frozenset("true truth accur correct genuin authent confirm verifi".split()),
        frozenset("fals lie lie untru fake fabric bogus baseless wrong hoax mislead deni".split()),
    ),
    "legality": (
        frozenset("legal lawful legitim".split()),
        frozenset("illeg unlaw illegitim".split()),
    ),
    "safety": (
        frozenset("safe secur stabl calm peac".split()),
        frozenset("danger unsaf insecur unstabl instabl violent chao chaotic".split()),
    ),
    "success": (
        frozenset("success succeed succeed triumph victori victory win won".split()),
        frozenset("fail failur fiasco flop lost lose loss".split()),
    ),
    "guilt": (
        frozenset("guilti respons blame culpabl perpetr".split()),
        frozenset("innoc blameless exoner acquit".split()),
    ),
}

_NEGATORS = frozenset("not no never n't nor neither without none nobody nothing cannot hardly "
                      "barely".split())
#: Two-word negators: "no longer", "far from", "yet to".
_NEG_PAIRS = frozenset({("no", "longer"), ("far", "from"), ("yet", "to"), ("rather", "than"),
                        ("instead", "of")})
_HEDGES = frozenset("may might could possibl probabl perhap like likely unlik allegedli "
                    "reportedli appar seem suggest rumor rumour expect would risk ensur favor "
                    "favour threaten lead prevent if unless".split())
#: Words that, before the subject, say what follows is untrue or only a story.
_FALSITY = frozenset("lie lie fals myth untru fake nonsens absurd ridicul fiction propaganda claim "
                     "pretend pretext".split())
#: Cue verbs (stems) of prediction and warning: what they report is not a present state.
_HEDGE_CUES = frozenset("warn fear predict expect worri caution forecast anticip project hope "
                        "believ think suspect".split())
#: Cue verbs (stems) whose reported content the speaker says is untrue.
_DENIALS = frozenset("deni deny reject dismiss refut disput rebut contradict".split())
#: Words before a concept word that make it unreal: purpose, attempt, concession, nearness.
_UNREAL = frozenset("to aim aimed aiming at attempt attempts verge bid effort efforts order despite "
                    "spite try trying tried vow vowed vows seek seeking sought plan plans planned "
                    "want wants wanted goal will if unless whether".split())
#: What may stand between a subject and a concept word said of it: auxiliaries, link verbs,
#: negators, adverbs of time and degree, articles ("ISIS has not yet been completely defeated",
#: "ISIS remains a serious threat").
_LINK = frozenset("""is are was were be been being got gets get has have had seems seem seemed
appears appear remain remains remained stays stay stayed still now already largely completely
effectively totally entirely virtually all but nearly almost not no longer never n't yet also
a an the very more most less increasingly again poses pose posed posing becomes become became
serious major real growing clear significant grave""".split())
_LINK_MAX = 6
_PERFECT = frozenset("have has had having".split())
_PASSIVE = frozenset("is are was were be been being got gets get remain remains remained stays "
                     "stay stayed seems seem seemed appears appear appeared".split())
_DETERMINERS = frozenset("the a an out off up".split())
#: Irregular past participles of concept verbs.
_PAST = frozenset("beaten gone won lost rose risen fell fallen grew grown shrank shrunk".split())
#: Stems too ambiguous to carry a concept alone ("back into Iraq", "it is over").
_AMBIGUOUS = frozenset("back end over".split())
#: How many tokens before a concept word a negator reaches.
_SCOPE = 4

_STOP = frozenset("""a an the and or but if of to in on at by for with from as is are was were be
been being has have had do does did this that these those it its it's they them their there here
he she his her him we our us you your i me my which who whom whose what when where why how all
any both each few more most other some such only own same so than too very s t can will just
also into over under again further then once about against between during before after above
below up down out off said says say told tell according there's that's would could should may
might must shall""".split())

_TOKEN = re.compile(r"[A-Za-z]+(?:[-'\u2019][A-Za-z]+)*|n't|\d+(?:[.,]\d+)*")


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; "n't" split off as a negator.

    >>> tokens("ISIS hasn't been defeated, analysts say")
    ['isis', 'has', "n't", 'been', 'defeated', 'analysts', 'say']
    """
    return [w for w, _quoted in _tokens(text)]


_QUOTES = "\"'\u201c\u201d\u2018\u2019"


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Tokens with a flag: the word stands alone in quotation marks (scare quotes)."""
    out: list[tuple[str, bool]] = []
    for m in _TOKEN.finditer(text):
        tok = m.group(0).replace("\u2019", "'").replace("\u2018", "'")
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        quoted = before in _QUOTES and before != "" and after in _QUOTES and after != ""
        low = tok.lower()
        if low.endswith("n't") and len(low) > 3:
            out += [(low[:-3], quoted), ("n't", False)]
        else:
            out.append((low, quoted))
    return out


def stems(words: list[str]) -> list[str]:
    """Snowball stems of ``words``.

    >>> stems(["defeated", "eliminating", "threats"])
    ['defeat', 'elimin', 'threat']
    """
    return _stemmer().stemWords(words)


@dataclass(frozen=True)
class Proposition:
    """A claim reduced for comparison."""

    stems: frozenset[str]        #: content stems (stop words left out)
    hits: tuple                  #: (token index, concept, +1/-1) for each concept word that counts
    words: tuple[str, ...]       #: the claim's tokens, lower case
    negated: bool                #: an odd number of negators (for the lexical fallback)
    hedged: bool                 #: modal or hedging words, or a hedged cue
    numbers: frozenset[str]      #: numbers written in the claim

    @property
    def concepts(self) -> dict[str, int]:
        """Concept → polarity over the whole claim; a concept met with both polarities is left out."""
        return _settle(self.hits)

    def concepts_near(self, spans: list[tuple[int, int]]) -> dict[str, int]:
        """Concepts predicated of the subject written at ``spans`` (token start, end).

        A concept word counts when the claim says it of the subject: after it, linked only by
        auxiliaries, negators and adverbs ("ISIS has not been defeated", "ISIS remains a
        threat", "ISIS is still strong"), or as the past-tense verb just before it ("we have
        defeated ISIS"). A goal ("defeating ISIS remains the priority"), an attribute of
        something else ("a strong ally"), a noun phrase ("the threat of ISIS") or the subject
        as agent ("ISIS destroyed the village") says nothing of the subject's state.

        >>> p = proposition("ISIS is resurging while the Kurds were defeated")
        >>> p.concepts_near([(0, 1)]), p.concepts_near([(5, 6)])
        ({'defeat': -1}, {'defeat': 1})
        >>> proposition("ISIS destroyed the village").concepts_near([(0, 1)])
        {}
        >>> proposition("we have defeated ISIS").concepts_near([(3, 4)])
        {'defeat': 1}
        >>> proposition("defeating ISIS remains the priority").concepts_near([(1, 2)])
        {}
        >>> proposition("curbing the threat of ISIS").concepts_near([(4, 5)])
        {}
        >>> proposition("the biggest lie is that ISIS is defeated").concepts_near([(5, 6)])
        {}
        >>> proposition("250 U.S. victories").concepts_near([(1, 2)])
        {}
        """
        hits = []
        if spans and any(s in _FALSITY for s in stems(list(self.words[:min(a for a, _ in spans)]))):
            return {}                # "the biggest lie is that ISIS is defeated": not asserted
        # "250 U.S. victories": the name modifies a counted noun, it is no subject
        spans = [(a, b) for a, b in spans if not (a and self.words[a - 1][:1].isdigit())]
        for i, name, pole in self.hits:
            if any(self._predicated(i, a, b) or self._patient(i, a) for a, b in spans):
                hits.append((i, name, pole))
        return _settle(tuple(hits))

    def _predicated(self, i: int, a: int, b: int) -> bool:
        between = self.words[b:i]
        if not (b <= i and len(between) <= _LINK_MAX and all(w in _LINK for w in between)):
            return False
        w = self.words[i]
        if (w.endswith("ed") or w in _PAST) and self._transitive(i):
            return any(x in _PASSIVE for x in between)     # "ISIS defeated the army": its agent
        return True

    def _transitive(self, i: int) -> bool:
        return any(name == "defeat" for j, name, _pole in self.hits if j == i)

    def _patient(self, i: int, a: int) -> bool:
        w = self.words[i]
        if i >= a or not (w.endswith("ed") or w in _PAST):
            return False
        if i and self.words[i - 1] not in _PERFECT and self.words[i - 1] in _LINK:
            return False            # "is defeated ISIS" makes no sense; "was destroyed" is handled above
        return all(x in _DETERMINERS for x in self.words[i + 1:a]) and a - i <= 3

    def positions(self, names: list[tuple[str, ...]]) -> list[tuple[int, int]]:
        """Token spans where one of ``names`` (each a token sequence) is written."""
        out = []
        words = self.words
        for name in names:
            k = len(name)
            if not k:
                continue
            for i in range(len(words) - k + 1):
                if words[i] == name[0] and words[i:i + k] == name:
                    out.append((i, i + k))
        return out


def _settle(hits) -> dict[str, int]:
    found: dict[str, set[int]] = {}
    for _i, name, pole in hits:
        found.setdefault(name, set()).add(pole)
    return {name: next(iter(poles)) for name, poles in found.items() if len(poles) == 1}


def _negated_at(words: list[str], i: int) -> bool:
    lo = max(0, i - _SCOPE)
    window = words[lo:i]
    if any(w in _NEGATORS for w in window):
        return True
    return any((a, b) in _NEG_PAIRS for a, b in zip(window, window[1:]))


def _unreal_at(words: list[str], i: int) -> bool:
    """The concept word is aimed at, attempted, conceded or only near: "aimed at eliminating",
    "on the verge of defeating", "despite its defeat", "to defeat"."""
    window = words[max(0, i - 3):i]
    return any(w in _UNREAL for w in window)


def proposition(text: str, *, cue: str | None = None, hedged_cue: bool = False) -> Proposition:
    """The :class:`Proposition` of a claim ``text`` reported with ``cue``."""
    flagged = _tokens(text)
    words = [w for w, _q in flagged]
    st = stems(words)
    cue_stems = stems(tokens(cue)) if cue else []
    denial = any(s in _DENIALS for s in cue_stems)
    hedged_cue = hedged_cue or any(s in _HEDGE_CUES or s in _HEDGES for s in cue_stems)
    hits = []
    for i, s in enumerate(st):
        if flagged[i][1] or s in _AMBIGUOUS:
            continue                  # scare quotes: the speaker does not assert the word
        for name, (plus, minus) in CONCEPTS.items():
            if s in plus or words[i] in plus:
                pole = 1
            elif s in minus or words[i] in minus:
                pole = -1
            else:
                continue
            if _unreal_at(words, i):
                continue
            if _negated_at(words, i):
                pole = -pole
            hits.append((i, name, -pole if denial else pole))
    negations = sum(1 for w in words if w in _NEGATORS)
    negated = (negations % 2 == 1) != denial
    hedged = hedged_cue or any(s in _HEDGES or w in _HEDGES for s, w in zip(st, words))
    content = frozenset(s for s, w in zip(st, words)
                        if w not in _STOP and w not in _NEGATORS and not w.isdigit() and len(w) > 1)
    numbers = frozenset(w.replace(",", "") for w in words if w[:1].isdigit())
    return Proposition(stems=content, hits=tuple(hits), words=tuple(words), negated=negated,
                       hedged=hedged, numbers=numbers)
