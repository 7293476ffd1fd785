"""Figures that count the same thing: two outlets' death tolls for one event agree or contradict.

Two quantities are compared when they come from different outlets, count the same thing (the
same head noun of what is counted and the same verb, stemmed: "killed 14 civilians" and "14
civilians were killed"), name a common place in their sentence, and were published within a
day of each other. Each figure is read as an interval: "at least 50" is [50, ∞), "nearly 20"
[0, 20], "about 30" [27, 33], a plain 14 is [14, 14]. Overlapping intervals (within
:data:`TOLERANCE`) agree, disjoint ones contradict.

>>> a = Figure("a", "at least 50 people", 50, "people", "kill", "art1", "2018-04-08", "sana", frozenset({"douma"}))
>>> b = Figure("b", "70 civilians", 70, "civilians", "kill", "art2", "2018-04-08", "reuters", frozenset({"douma"}))
>>> c = Figure("c", "42 people", 42, "people", "kill", "art2", "2018-04-08", "reuters", frozenset({"douma"}))
>>> d = Figure("d", "60 people", 60, "people", "kill", "art3", "2018-04-09", "trt", frozenset({"douma"}))
>>> relate_figures(a, b) is None                     # civilians are not people, for a machine
True
>>> relate_figures(a, c).kind, relate_figures(a, d).kind
('contradicts', 'agrees')
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from .relate import Relation

#: Relative slack when comparing two figures (rounding in reports).
TOLERANCE = 0.05
#: Figures further apart in publication days are different events.
MAX_DAYS = 1

#: A figure's text may begin inside its qualifier ("least 58 people" for "at least 58 people",
#: "many as 100" for "as many as 100"), so the qualifiers' last words suffice.
_LOWER = re.compile(r"\b(?:(?:at )?least|more than|over|upwards of|no fewer than|no less than|"
                    r"above|in excess of|exceeding)\b", re.I)
_UPPER = re.compile(r"\b(?:up to|less than|fewer than|under|nearly|almost|at most|no more than|"
                    r"below|just under|(?:as )?many as)\b", re.I)
_ABOUT = re.compile(r"\b(?:about|around|some|roughly|approximately|an estimated|estimated|"
                    r"nearly|close to)\b", re.I)


@dataclass(frozen=True)
class Figure:
    """One stated quantity, as comparison sees it."""

    iri: str
    text: str
    amount: float
    counted: str | None
    verb: str | None
    article: str
    date: str | None
    outlet: str | None
    places: frozenset[str]
    context: str = ""            #: the sentence the figure stands in


#: A figure that is part of or a running total of another count: "54 of the 113", "the toll
#: rose to", "so far", "in total", "including". Such figures agree with others but never
#: contradict them: a day's toll and a week's are different counts.
_PARTIAL = re.compile(r"\b(?:of the|of them|total|so far|to date|in all|overall|since|including|"
                      r"among|rose to|risen to|climbed to|cumulative|altogether|this year|this week|"
                      r"this month)\b", re.I)


def interval(text: str, amount: float) -> tuple[float, float]:
    """The range of values ``text`` allows.

    >>> interval("at least 50 people", 50)
    (50, inf)
    >>> interval("nearly 20", 20)
    (0.0, 20)
    >>> interval("about 30", 30)
    (27.0, 33.0)
    """
    if _LOWER.search(text):
        return amount, float("inf")
    if _UPPER.search(text):
        return 0.0, amount
    if _ABOUT.search(text):
        return round(amount * 0.9, 6), round(amount * 1.1, 6)
    return amount, amount


def _head(counted: str | None) -> str | None:
    if not counted:
        return None
    from .proposition import stems, tokens

    words = tokens(counted)
    if "of" in words:             # "members of illegal armed units": the head precedes "of"
        words = words[:words.index("of")]
    return stems(words[-1:])[0] if words else None


#: Verbs that count the same thing: "22 people died" and "killed 44 people" are both a toll.
_SAME_COUNT = {"die": "kill", "perish": "kill"}


def _verb(verb: str | None) -> str | None:
    if not verb:
        return None
    from .proposition import stems

    stem = stems([verb.lower()])[0]
    return _SAME_COUNT.get(stem, stem)


def _near(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days) <= MAX_DAYS
    except ValueError:
        return False


def relate_figures(a: Figure, b: Figure) -> Relation | None:
    """Agreement or contradiction of two figures, or None when they count different things."""
    if not a.outlet or not b.outlet or a.outlet == b.outlet or a.article == b.article:
        return None
    if _head(a.counted) is None or _head(a.counted) != _head(b.counted):
        return None
    if _verb(a.verb) is None or _verb(a.verb) != _verb(b.verb):
        return None
    common = a.places & b.places
    if not common or not _near(a.date, b.date):
        return None
    lo_a, hi_a = interval(a.text, a.amount)
    lo_b, hi_b = interval(b.text, b.amount)
    slack = TOLERANCE * max(a.amount, b.amount)
    overlap = lo_a <= hi_b + slack and lo_b <= hi_a + slack
    if not overlap and (_PARTIAL.search(a.context or a.text) or _PARTIAL.search(b.context or b.text)):
        return None
    x, y = sorted((a.iri, b.iri))
    return Relation(x, y, "agrees" if overlap else "contradicts", "figure", min(common))


def figure_relations(figures: list[Figure]) -> list[Relation]:
    """Every agreement and contradiction among ``figures``."""
    buckets: dict[tuple, list[Figure]] = defaultdict(list)
    for f in figures:
        head, verb = _head(f.counted), _verb(f.verb)
        if head and verb and f.places and f.date:
            buckets[(head, verb, f.date[:10])].append(f)
    out = {}
    for (head, verb, day), group in buckets.items():
        try:
            nxt = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
        except ValueError:
            continue
        later = buckets.get((head, verb, nxt), [])
        pairs = list(combinations(group, 2)) + [(a, b) for a in group for b in later]
        for a, b in pairs:
            rel = relate_figures(a, b)
            if rel is not None:
                out[(rel.a, rel.b)] = rel
    return [out[k] for k in sorted(out)]
