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
                    "reportedli appar seem suggest rumor rumour expect would".split())
#: Cue verbs (stems) whose reported content the speaker says is untrue.
_DENIALS = frozenset("deni deny reject dismiss refut disput rebut contradict".split())
#: Words before a concept word that make it unreal: purpose, attempt, concession, nearness.
_UNREAL = frozenset("to aim aimed aiming at attempt attempts verge bid effort efforts order despite "
                    "spite try trying tried vow vowed vows seek seeking sought plan plans planned "
                    "want wants wanted goal will if unless whether".split())
#: Auxiliaries of the passive and of states ("was defeated", "has been eliminated", "is gone").
_BE = frozenset("is are was were be been being got gets get has have had seems".split())
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

    def concepts_near(self, spans: list[tuple[int, int]], *, window: int = 6) -> dict[str, int]:
        """Concepts whose words stand within ``window`` tokens of a span naming the subject.

        A subject written just before an active verb of defeat is its agent, not its victim:
        "ISIS defeated the army" says nothing of ISIS's defeat.

        >>> p = proposition("ISIS is resurging while the Kurds were defeated")
        >>> p.concepts_near([(0, 1)]), p.concepts_near([(5, 6)])
        ({'defeat': -1}, {'defeat': 1})
        >>> proposition("ISIS destroyed the village").concepts_near([(0, 1)])
        {}
        """
        if not spans:
            return {}
        near = []
        for i, name, pole in self.hits:
            d = min(min(abs(i - a), abs(i - (b - 1))) for a, b in spans)
            if d > window or self._agent(i, name, spans):
                continue
            near.append((d, i, name, pole))
        # of the words on both sides, only those nearest the subject count
        best: dict[str, int] = {}
        for d, _i, name, _pole in near:
            best[name] = min(best.get(name, d), d)
        return _settle(tuple((i, n, pole) for d, i, n, pole in near if d <= best[n]))

    def _agent(self, i: int, name: str, spans: list[tuple[int, int]]) -> bool:
        if name != "defeat" or not self.words[i].endswith(("ed", "ing", "s")):
            return False
        for a, b in spans:
            if b <= i and i - b <= 3 and not any(w in _BE for w in self.words[b:i]):
                return True
        return False

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
    denial = bool(cue) and any(s in _DENIALS for s in stems(tokens(cue)))
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
