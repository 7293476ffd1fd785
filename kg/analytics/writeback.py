"""Analytics as triples in the named graph ``http://kg.example/graph/analytics``.

The analytics graph never mixes with article graphs: it is written whole with
``store.replace_graph`` and holds one run per projection.

Default projection (co-mention): a score is one triple away from its entity,
so ``ORDER BY DESC(?score)`` needs no join::

    ent:isis kg:pagerank 0.083 ; kg:betweenness 0.21 ; kg:degree 14 ;
             kg:weightedDegree 31.0 ; kg:eigenvector 0.44 ; kg:closeness 0.61 ;
             kg:community 0 .

Other projections: one score record per entity and measure, so that their
scores never show up in a query for ``?e kg:pagerank ?s``::

    [] a kg:Score ; kg:projection "claim" ; kg:entity ent:isis ;
       kg:measure kg:pagerank ; kg:value 0.12 .

Every run is recorded; the run of the default projection is the analytics
graph's own IRI, the run of projection P is ``<…/graph/analytics#P>``::

    <http://kg.example/graph/analytics> a kg:AnalyticsRun ;
        kg:projection "co-mention" ; kg:computedAt "2025-05-01T10:00:00Z"^^xsd:dateTime ;
        kg:stale false ; kg:engine "networkx" ; kg:nodeCount 120 ; kg:edgeCount 410 ;
        kg:seed 42 ; kg:measure kg:pagerank, kg:betweenness, … ;
        kg:pivots 256 .          # only when betweenness and closeness were sampled

Scores are ``xsd:double``; ``kg:degree`` and ``kg:community`` are ``xsd:integer``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import pyoxigraph as ox

from .. import vocab as V
from ..lookup.measures import DEFAULT_PROJECTION, INTEGER_MEASURES, PROPERTIES
_MEASURE_OF = {V.KG + local: name for name, local in PROPERTIES.items()}

_A = ox.NamedNode(V.RDF_TYPE)
_XSD_DOUBLE = ox.NamedNode(V.XSD + "double")
_XSD_INT = ox.NamedNode(V.XSD + "integer")
_XSD_DT = ox.NamedNode(V.XSD + "dateTime")
_XSD_BOOL = ox.NamedNode(V.XSD + "boolean")
_GRAPH = ox.NamedNode(V.ANALYTICS_GRAPH)
_PREFIXES = V.QUERY_PREFIXES


def K(local: str) -> ox.NamedNode:
    return ox.NamedNode(V.KG + local)


def run_iri(projection: str) -> str:
    """The IRI of the run record of ``projection``.

    >>> run_iri("co-mention")
    'http://kg.example/graph/analytics'
    >>> run_iri("claim")
    'http://kg.example/graph/analytics#claim'
    """
    return V.ANALYTICS_GRAPH if projection == DEFAULT_PROJECTION else f"{V.ANALYTICS_GRAPH}#{projection}"


def measure_property(measure: str) -> str:
    """The IRI of the ontology property of ``measure``.

    >>> measure_property("weighted-degree")
    'http://kg.example/ontology#weightedDegree'
    """
    return V.KG + PROPERTIES[measure]


@dataclass(frozen=True)
class RunInfo:
    """The record of one analytics run, as stored."""

    projection: str
    computed_at: str
    stale: bool
    engine: str
    node_count: int
    edge_count: int
    measures: tuple[str, ...]
    pivots: int | None = None
    seed: int | None = None


def value_literal(measure: str, value) -> ox.Literal | None:
    """The literal of a score (None for NaN and infinities, which have no place in a ranking).

    >>> str(value_literal("degree", 3))
    '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    >>> str(value_literal("pagerank", 0.25))
    '"0.25"^^<http://www.w3.org/2001/XMLSchema#double>'
    >>> value_literal("pagerank", float("nan")) is None
    True
    """
    if measure in INTEGER_MEASURES:
        return ox.Literal(str(int(value)), datatype=_XSD_INT)
    v = float(value)
    if v != v or v in (float("inf"), float("-inf")):
        return None
    return ox.Literal(repr(v), datatype=_XSD_DOUBLE)


def run_quads(info: RunInfo) -> list[ox.Quad]:
    """The quads recording a run."""
    run = ox.NamedNode(run_iri(info.projection))
    g = _GRAPH
    out = [
        ox.Quad(run, _A, K("AnalyticsRun"), g),
        ox.Quad(run, K("projection"), ox.Literal(info.projection), g),
        ox.Quad(run, K("computedAt"), ox.Literal(info.computed_at, datatype=_XSD_DT), g),
        ox.Quad(run, K("stale"), ox.Literal("true" if info.stale else "false", datatype=_XSD_BOOL), g),
        ox.Quad(run, K("engine"), ox.Literal(info.engine), g),
        ox.Quad(run, K("nodeCount"), ox.Literal(str(info.node_count), datatype=_XSD_INT), g),
        ox.Quad(run, K("edgeCount"), ox.Literal(str(info.edge_count), datatype=_XSD_INT), g),
    ]
    if info.seed is not None:
        out.append(ox.Quad(run, K("seed"), ox.Literal(str(info.seed), datatype=_XSD_INT), g))
    if info.pivots is not None:
        out.append(ox.Quad(run, K("pivots"), ox.Literal(str(info.pivots), datatype=_XSD_INT), g))
    for m in info.measures:
        out.append(ox.Quad(run, K("measure"), ox.NamedNode(measure_property(m)), g))
    return out


def score_quads(projection: str, scores: dict[str, dict]) -> Iterable[ox.Quad]:
    """The quads of the scores of one projection (``{measure: {IRI: value}}``)."""
    g = _GRAPH
    if projection == DEFAULT_PROJECTION:
        for measure, values in scores.items():
            prop = ox.NamedNode(measure_property(measure))
            for iri, value in values.items():
                lit = value_literal(measure, value)
                if lit is not None:
                    yield ox.Quad(ox.NamedNode(iri), prop, lit, g)
        return
    proj = ox.Literal(projection)
    kind, p_proj, p_ent, p_meas, p_val = K("Score"), K("projection"), K("entity"), K("measure"), K("value")
    for measure, values in scores.items():
        prop = ox.NamedNode(measure_property(measure))
        for iri, value in values.items():
            lit = value_literal(measure, value)
            if lit is None:
                continue
            rec = ox.BlankNode()
            yield ox.Quad(rec, _A, kind, g)
            yield ox.Quad(rec, p_proj, proj, g)
            yield ox.Quad(rec, p_ent, ox.NamedNode(iri), g)
            yield ox.Quad(rec, p_meas, prop, g)
            yield ox.Quad(rec, p_val, lit, g)


def _belongs_to(projection: str, store) -> set:
    """Subjects of the analytics graph that belong to ``projection`` (run, entities or records)."""
    subjects: set = {ox.NamedNode(run_iri(projection))}
    if projection == DEFAULT_PROJECTION:
        q = _PREFIXES + f"""SELECT DISTINCT ?s WHERE {{ GRAPH <{V.ANALYTICS_GRAPH}> {{
              ?s ?p ?v . FILTER(?p IN ({", ".join(f"kg:{p}" for p in PROPERTIES.values())}))
              FILTER NOT EXISTS {{ ?s a kg:AnalyticsRun }} FILTER NOT EXISTS {{ ?s a kg:Score }} }} }}"""
        subjects.update(r[0] for r in store.query(q, union=False).rows)
    else:
        q = _PREFIXES + f"""SELECT DISTINCT ?s WHERE {{ GRAPH <{V.ANALYTICS_GRAPH}> {{
              ?s a kg:Score ; kg:projection ?proj }} }}"""
        subjects.update(r[0] for r in store.query(
            q, bindings={"proj": ox.Literal(projection)}, union=False).rows)
    return subjects


def write_scores(store, info: RunInfo, scores: dict[str, dict]) -> None:
    """Replace the analytics of ``info.projection``, keeping other projections' analytics."""
    drop = _belongs_to(info.projection, store)
    keep = [q for q in store.quads(V.ANALYTICS_GRAPH) if q.subject not in drop]
    quads = keep + run_quads(info) + list(score_quads(info.projection, scores))
    store.replace_graph(V.ANALYTICS_GRAPH, quads)


def mark_stale(store) -> None:
    """Mark every analytics run stale (after article graphs changed); no-op when there is none."""
    if not store.writable:
        return
    g = f"<{V.ANALYTICS_GRAPH}>"
    store.update(_PREFIXES + f"""
    DELETE {{ GRAPH {g} {{ ?run kg:stale ?old }} }}
    INSERT {{ GRAPH {g} {{ ?run kg:stale true }} }}
    WHERE {{ GRAPH {g} {{ ?run a kg:AnalyticsRun . OPTIONAL {{ ?run kg:stale ?old }} }} }}""")


def run_info(store, projection: str = DEFAULT_PROJECTION) -> RunInfo | None:
    """The stored record of the run of ``projection``; None when it was never computed."""
    q = _PREFIXES + f"""SELECT ?p ?o WHERE {{ GRAPH <{V.ANALYTICS_GRAPH}> {{
        ?run a kg:AnalyticsRun ; ?p ?o }} }}"""
    rows = store.query(q, bindings={"run": ox.NamedNode(run_iri(projection))}, union=False).rows
    if not rows:
        return None
    props: dict[str, list] = {}
    for p, o in rows:
        props.setdefault(p.value[len(V.KG):] if p.value.startswith(V.KG) else p.value, []).append(o)

    def one(name, default=None):
        vals = props.get(name)
        return vals[0].value if vals else default

    measures = tuple(m for m in PROPERTIES if any(o.value == measure_property(m)
                                                 for o in props.get("measure", [])))
    pivots = one("pivots")
    seed = one("seed")
    return RunInfo(
        projection=one("projection", projection),
        computed_at=one("computedAt", ""),
        stale=any(o.value in ("true", "1") for o in props.get("stale", [])),
        engine=one("engine", ""),
        node_count=int(one("nodeCount", 0)),
        edge_count=int(one("edgeCount", 0)),
        measures=measures,
        pivots=int(pivots) if pivots is not None else None,
        seed=int(seed) if seed is not None else None,
    )


def read_scores(store, projection: str = DEFAULT_PROJECTION,
                measures: Iterable[str] | None = None) -> dict[str, dict[str, float]]:
    """``{measure: {IRI: value}}`` as stored for ``projection``."""
    from ..store import python_value

    wanted = tuple(measures) if measures is not None else tuple(PROPERTIES)
    props = ", ".join(f"kg:{PROPERTIES[m]}" for m in wanted)
    out: dict[str, dict[str, float]] = {m: {} for m in wanted}
    if projection == DEFAULT_PROJECTION:
        q = _PREFIXES + f"""SELECT ?e ?p ?v WHERE {{ GRAPH <{V.ANALYTICS_GRAPH}> {{
            ?e ?p ?v . FILTER(?p IN ({props})) FILTER(isIRI(?e)) }} }}"""
        rows = store.query(q, union=False).rows
    else:
        q = _PREFIXES + f"""SELECT ?e ?p ?v WHERE {{ GRAPH <{V.ANALYTICS_GRAPH}> {{
            ?r a kg:Score ; kg:projection ?proj ; kg:entity ?e ; kg:measure ?p ; kg:value ?v .
            FILTER(?p IN ({props})) }} }}"""
        rows = store.query(q, bindings={"proj": ox.Literal(projection)}, union=False).rows
    for e, p, v in rows:
        out[_MEASURE_OF[p.value]][e.value] = python_value(v)
    return out
