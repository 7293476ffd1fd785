"""Which claims state the same proposition, and whether they agree or contradict.

Two claims are compared only when they are about a common actor or place (``schema:about``),
come from different speakers, and have compatible *scope*: the places each is about, apart from
the common subject, must overlap (or both name none). Then:

* both carry the same predicate concept (:data:`kg.compare.proposition.CONCEPTS`) with a clear
  polarity: the same polarity agrees, opposite polarities contradict;
* otherwise, when they share most of their content words (the lexical fallback) and the same
  negation parity, they agree (the fallback never finds a contradiction: a "not" elsewhere in
  a long claim proves nothing).

No false contradiction is the first rule, so a contradiction further needs: neither claim
hedged nor a belief (``kg:act``), both scoped alike (both with places that overlap, or both without), and articles
published within :data:`WINDOW_DAYS` of each other (undated articles never contradict: what
was true in 2017 may be false in 2020).

>>> names = {"isis": [("isis",), ("the", "caliphate")], "syria": [("syria",)], "iraq": [("iraq",)]}
>>> def claim(iri, text, about, date):
...     return item(iri, "speaker-" + iri, about, {"syria", "iraq"}, text, names, date)
>>> a = claim("a", "ISIS has been defeated in Syria", {"isis", "syria"}, "2019-03-23")
>>> b = claim("b", "ISIS is not defeated and remains a threat in Syria", {"isis", "syria"}, "2019-03-30")
>>> c = claim("c", "ISIS was defeated in Iraq", {"isis", "iraq"}, "2019-03-30")
>>> d = claim("d", "the caliphate is gone", {"isis"}, "2019-03-24")
>>> e = claim("e", "the Kurds in Syria say they defeated ISIS", {"isis", "syria"}, "2019-03-24")
>>> relate(a, b).kind, relate(a, d).kind, relate(a, e).kind
('contradicts', 'agrees', 'agrees')
>>> relate(a, c) is None, relate(b, d) is None
(True, True)
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Iterable, Iterator

from .proposition import Proposition, proposition, stems

#: Claims from articles further apart than this never contradict (they may describe change).
WINDOW_DAYS = 180
#: The lexical fallback: shared content stems needed, and their share of the smaller claim.
MIN_SHARED = 5
MIN_OVERLAP = 0.7
#: Claims about one subject beyond this many are compared within the most recent ones only.
MAX_BUCKET = 3000


@dataclass(frozen=True)
class Item:
    """One claim as comparison sees it."""

    iri: str
    speaker: str                  #: the speaker's IRI (or the unnamed source's node)
    subjects: frozenset[str]      #: what the claim is about (actors and places)
    places: frozenset[str]        #: the places among ``subjects``
    prop: Proposition
    date: str | None = None       #: the article's publication date, ISO
    #: subject → the concepts said of it (the concept words near where the claim names it)
    near: tuple = ()
    named: frozenset[str] = frozenset()   #: stems of the words naming the subjects
    act: str | None = None                #: Statement, Belief, Finding (None when not recorded)

    def content(self) -> frozenset[str]:
        """Content stems, leaving out the words that name what the claim is about."""
        return self.prop.stems - self.named

    def concepts(self, subject: str) -> dict[str, int]:
        for s, concepts in self.near:
            if s == subject:
                return concepts
        return {}


def item(iri: str, speaker: str, subjects, places, text: str, names, date: str | None = None,
         cue: str | None = None, act: str | None = None) -> Item:
    """An :class:`Item`; ``names`` maps an entity to the token sequences that name it."""
    prop = proposition(text, cue=cue)
    subjects = frozenset(subjects)
    near = []
    named: set[str] = set()
    for s in sorted(subjects):
        positions = prop.positions(names.get(s, []))
        for a, b in positions:
            named.update(stems(list(prop.words[a:b])))
        if positions:
            near.append((s, prop.concepts_near(positions)))
        elif len(subjects - frozenset(places)) == 1 and s not in places:
            near.append((s, prop.concepts))      # named by a pronoun: the claim's own concepts
    return Item(iri=iri, speaker=speaker, subjects=subjects,
                places=frozenset(s for s in subjects if s in places), prop=prop, date=date,
                near=tuple(near), named=frozenset(named), act=act)


@dataclass(frozen=True)
class Relation:
    """``a`` and ``b`` agree or contradict; ``basis`` says why (a concept, or ``words``)."""

    a: str
    b: str
    kind: str                     #: "agrees" or "contradicts"
    basis: str
    subject: str                  #: a common subject


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _span(iri: str) -> tuple[str, int, int] | None:
    base, _, frag = iri.partition("#")
    m = re.fullmatch(r"[cq](\d+)-(\d+)", frag)
    return (base, int(m.group(1)), int(m.group(2))) if m else None


def _same_passage(a: str, b: str) -> bool:
    """Two claims of one article over overlapping text (one passage read twice)."""
    sa, sb = _span(a), _span(b)
    return bool(sa and sb and sa[0] == sb[0] and sa[1] < sb[2] and sb[1] < sa[2])


def _repeated(a: Item, b: Item) -> bool:
    """One sentence printed twice in one article (a timeline or a caption repeated): one voice."""
    sa, sb = _span(a.iri), _span(b.iri)
    return bool(sa and sb and sa[0] == sb[0] and a.prop.words == b.prop.words)


def _scope(item: Item, common: frozenset[str]) -> frozenset[str]:
    return item.places - common


def relate(a: Item, b: Item) -> Relation | None:
    """The relation between two claims, or None when they do not state the same proposition."""
    same_speaker = a.speaker == b.speaker
    if same_speaker and a.iri.partition("#")[0] == b.iri.partition("#")[0]:
        return None                   # one speaker in one article: no second voice
    if _same_passage(a.iri, b.iri) or _repeated(a, b):
        return None
    common = a.subjects & b.subjects
    if not common:
        return None
    sa, sb = _scope(a, common), _scope(b, common)
    if sa and sb and not (sa & sb):
        return None                                   # about different places
    same_scope = bool(sa and sb) or (not sa and not sb)
    subject = min(common - (a.places | b.places) or common)
    kind = basis = None
    actors = common - (a.places | b.places)
    for s in sorted(actors or common):   # places are the scope unless nothing else is shared
        cb = b.concepts(s)
        for name, pole in a.concepts(s).items():
            other = cb.get(name)
            if other is not None and kind != "contradicts":
                kind, basis, subject = ("agrees" if pole == other else "contradicts"), name, s
    if kind is None:
        sa_, sb_ = a.content(), b.content()
        shared = sa_ & sb_
        smaller = min(len(sa_), len(sb_)) or 1
        if len(shared) >= MIN_SHARED and len(shared) / smaller >= MIN_OVERLAP:
            if a.prop.numbers != b.prop.numbers and a.prop.numbers and b.prop.numbers:
                return None                           # different figures: quantities decide
            if a.prop.negated != b.prop.negated:
                return None       # a stray "not" elsewhere in a long claim proves nothing
            kind, basis = "agrees", "words"
    if kind is None:
        return None
    if same_speaker and kind != "agrees":
        return None                   # one speaker reported by two outlets: they agree or nothing
    if kind == "contradicts":
        days = _days(a.date, b.date)
        if a.prop.hedged or b.prop.hedged or not same_scope or days is None or days > WINDOW_DAYS:
            return None
        if "Belief" in (a.act, b.act):
            return None            # an opinion or a fear is no assertion of fact to contradict
    return Relation(a.iri, b.iri, kind, basis, subject)


def candidate_pairs(items: Iterable[Item]) -> Iterator[tuple[Item, Item]]:
    """Pairs worth comparing: a common subject and a common concept or several content stems.

    Each pair is yielded once, whatever the number of subjects the two claims share.
    """
    by_subject: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        for s in it.subjects:
            by_subject[s].append(it)
    seen: set[tuple[str, str]] = set()
    for subject, group in sorted(by_subject.items()):
        if len(group) > MAX_BUCKET:
            group = sorted(group, key=lambda i: (i.date or "", i.iri))[-MAX_BUCKET:]
        buckets: dict[str, list[Item]] = defaultdict(list)
        for it in group:
            for name in it.concepts(subject):
                buckets["c:" + name].append(it)
        lexical: dict[str, list[Item]] = defaultdict(list)
        for it in group:
            if len(it.content()) >= MIN_SHARED:
                for stem in it.content():
                    lexical[stem].append(it)
        shared: dict[tuple[str, str], int] = defaultdict(int)
        limit = max(50, len(group) // 4)   # stems in more claims than this say little
        for members in lexical.values():
            if len(members) <= limit:
                for x, y in combinations(members, 2):
                    shared[(x.iri, y.iri) if x.iri < y.iri else (y.iri, x.iri)] += 1
        index = {i.iri: i for i in group}
        pairs = [(index[x], index[y]) for (x, y), n in shared.items() if n >= MIN_SHARED]
        for members in buckets.values():
            pairs += list(combinations(members, 2))
        for x, y in pairs:
            key = (x.iri, y.iri) if x.iri < y.iri else (y.iri, x.iri)
            if key not in seen:
                seen.add(key)
                yield x, y


def relations(items: Iterable[Item]) -> list[Relation]:
    """Every agreement and contradiction among ``items``, each pair once, ordered."""
    out = []
    for x, y in candidate_pairs(list(items)):
        if x.iri > y.iri:
            x, y = y, x
        rel = relate(x, y)
        if rel is not None:
            out.append(rel)
    return sorted(out, key=lambda r: (r.a, r.b))
