"""The comparison of what was said about one actor or place: groups, speakers, outlets, dates."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .. import vocab as V
from .read import ClaimDetail, read_details
from .relate import Relation

_P = V.QUERY_PREFIXES


@dataclass(frozen=True)
class Group:
    """Claims linked by agreements and contradictions (a connected set), in date order."""

    claims: tuple[ClaimDetail, ...]
    relations: tuple[Relation, ...]
    bases: tuple[str, ...]           #: what the relations rest on (concepts, words, figure)

    @property
    def contradictions(self) -> int:
        return sum(r.kind == "contradicts" for r in self.relations)

    @property
    def agreements(self) -> int:
        return sum(r.kind == "agrees" for r in self.relations)


@dataclass(frozen=True)
class SpeakerPair:
    """Two speakers (or outlets) and how often their claims agree and contradict."""

    a: str
    b: str
    agreements: int
    contradictions: int


@dataclass(frozen=True)
class Comparison:
    """Everything ``kg compare NAME`` shows."""

    entity: str
    claims: int                      #: claims about the entity in the period (after act filter)
    undated: int                     #: of those, in undated articles
    left_out_undated: int            #: undated claims left out by --since/--until
    groups: tuple[Group, ...]
    speakers: tuple[SpeakerPair, ...]
    outlets: tuple[SpeakerPair, ...]
    acts: str = "statements"
    notes: tuple[str, ...] = field(default_factory=tuple)


def _claims_about(store, iri: str) -> set[str]:
    import pyoxigraph as ox

    rows = store.query(_P + "SELECT DISTINCT ?c WHERE { ?c schema:about ?e . { ?c a schema:Claim } UNION { ?c a kg:Quantity } }",
                       bindings={"e": ox.NamedNode(iri)}).rows
    return {r[0].value for r in rows}


def _relations(store) -> list[Relation]:
    from . import compute, graph

    if graph.stored_fingerprint(store) == graph.fingerprint(store):
        return graph.read(store)
    return compute(store)            # stale and not refreshed: answer from the articles as they are


def _components(nodes: set[str], rels: list[Relation]) -> list[set[str]]:
    parent = {n: n for n in nodes}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in rels:
        parent[find(r.a)] = find(r.b)
    groups: dict[str, set[str]] = defaultdict(set)
    for n in nodes:
        groups[find(n)].add(n)
    return [g for g in groups.values() if len(g) > 1]


def _in_period(date: str | None, since: str | None, until: str | None) -> bool:
    if date is None:
        return since is None and until is None
    return (since is None or date[:10] >= since) and (until is None or date[:10] <= until)


_FIGURE_DETAILS = _P + """SELECT ?q ?text ?article ?headline ?date ?pname WHERE {
    %s
    ?q a kg:Quantity ; schema:text ?text ; kg:inArticle ?article .
    OPTIONAL { ?article schema:headline ?headline }
    OPTIONAL { ?article schema:datePublished ?date }
    OPTIONAL { ?article schema:publisher ?pub . ?pub schema:name ?pname } }"""


def _figure_details(store, iris: set[str]) -> dict[str, ClaimDetail]:
    """Quantities shown like claims: the outlet speaks for the figure."""
    from ..lookup.common import values_query

    out = {}
    for q, text, article, headline, date, pname in values_query(store, _FIGURE_DETAILS, "q", sorted(iris)):
        if q.value not in out:
            outlet = pname.value if pname is not None else None
            out[q.value] = ClaimDetail(
                iri=q.value, text=text.value, speaker=outlet or "unnamed source",
                speaker_iri=outlet or article.value, cue=None, act="Statement",
                article=article.value, headline=headline.value if headline is not None else None,
                outlet=outlet, date=date.value if date is not None else None)
    return out


def details_about(store, iri: str, *, all_acts: bool = False) -> dict[str, ClaimDetail]:
    """The claims and figures about ``iri``, statements only unless ``all_acts``."""
    about = _claims_about(store, iri)
    details = read_details(store, about)
    details.update(_figure_details(store, about - set(details)))
    if not all_acts:
        details = {k: d for k, d in details.items() if d.act in (None, "Statement")}
    return details


def report(store, iri: str, *, since: str | None = None, until: str | None = None,
           all_acts: bool = False) -> Comparison:
    """What was said about ``iri``: groups of agreeing and contradicting claims, and who."""
    details = details_about(store, iri, all_acts=all_acts)
    left_out_undated = sum(1 for d in details.values() if d.date is None and (since or until))
    details = {k: d for k, d in details.items() if _in_period(d.date, since, until)}
    rels = [r for r in _relations(store) if r.a in details and r.b in details]
    groups = []
    for comp in _components(set(details), rels):
        g_rels = tuple(r for r in rels if r.a in comp)
        claims = tuple(sorted((details[c] for c in comp), key=lambda d: (d.date or "9999", d.iri)))
        groups.append(Group(claims=claims, relations=g_rels,
                            bases=tuple(sorted({r.basis for r in g_rels}))))
    groups.sort(key=lambda g: (-g.contradictions, -len(g.claims), g.claims[0].iri))
    return Comparison(
        entity=iri, claims=len(details), undated=sum(1 for d in details.values() if d.date is None),
        left_out_undated=left_out_undated, groups=tuple(groups),
        speakers=_pairs(rels, details, lambda d: d.speaker),
        outlets=_pairs(rels, details, lambda d: d.outlet or "(no outlet)"),
        acts="all acts" if all_acts else "statements")


def _pairs(rels: list[Relation], details: dict[str, ClaimDetail], key) -> tuple[SpeakerPair, ...]:
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in rels:
        a, b = sorted((key(details[r.a]), key(details[r.b])))
        if a == b:
            continue
        counts[(a, b)][0 if r.kind == "agrees" else 1] += 1
    pairs = [SpeakerPair(a, b, n[0], n[1]) for (a, b), n in counts.items()]
    return tuple(sorted(pairs, key=lambda p: (-p.contradictions, -p.agreements, p.a, p.b)))
