"""Who is central: network measures over projections of the store, written back as triples.

::

    from kg.analytics import compute, write, rank
    analytics = compute(store)                   # co-mention network, every measure
    write(store, analytics)                      # into http://kg.example/graph/analytics
    for row in rank(store, measure="pagerank", type="Person", top=10):
        print(row.rank, row.name, row.score, row.community)

Then, in SPARQL, a score is one triple away::

    SELECT ?e ?score WHERE { ?e kg:pagerank ?score } ORDER BY DESC(?score) LIMIT 10

* :mod:`~kg.analytics.projections` — the store as a NetworkX graph
  (``co-mention``, ``co-article``, ``claim``, ``article-entity``);
* :mod:`~kg.analytics.measures` — the measures, NetworkX reference, gathered from
  :mod:`~kg.analytics.centrality`, :mod:`~kg.analytics.paths`,
  :mod:`~kg.analytics.community` and :mod:`~kg.analytics.sampling`;
* :mod:`~kg.analytics.engines` — NetworkX or igraph (large graphs);
* :mod:`~kg.analytics.writeback` — the analytics graph: scores, run records, staleness;
* :mod:`~kg.analytics.export` — GraphML and GEXF for Gephi.

A build or removal marks the analytics stale (:func:`mark_stale`);
:func:`rank` recomputes stale or missing analytics before it reads them back.
Importing this package does not import NetworkX.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from ..lookup.measures import RANKABLE  # measures ``rank`` orders by (community comes with each row)
from .writeback import DEFAULT_PROJECTION, RunInfo, mark_stale, read_scores, run_info


@dataclass(frozen=True)
class Analytics:
    """The measures of one projection of a store, and how they were computed."""

    projection: str
    engine: str
    computed_at: str
    scores: Mapping[str, Mapping[str, Any]]
    labels: Mapping[str, tuple[str, str]]
    node_count: int
    edge_count: int
    pivots: int | None = None
    seed: int | None = None
    stale: bool = False
    graph: Any = field(default=None, repr=False, compare=False)

    @property
    def measures(self) -> tuple[str, ...]:
        return tuple(self.scores)

    def info(self) -> RunInfo:
        return RunInfo(projection=self.projection, computed_at=self.computed_at, stale=self.stale,
                       engine=self.engine, node_count=self.node_count, edge_count=self.edge_count,
                       measures=self.measures, pivots=self.pivots, seed=self.seed)


@dataclass(frozen=True)
class Row:
    """One line of a ranking."""

    rank: int
    entity: str
    name: str
    type: str
    score: float
    community: int | None


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


#: A step callback: called with the name of each step as it is done (``projection``, each
#: measure, ``written``); :func:`kg.progress.steps` makes one that advances a progress bar.
Progress = Callable[[str], None]


def steps_of(measures: Iterable[str] | None = None, *, write: bool = False) -> int:
    """How many steps :func:`compute` (and :func:`ensure` with ``write``) report."""
    from . import measures as M

    return 1 + len(list(dict.fromkeys(measures or M.MEASURES))) + int(write)


def compute(store, *, projection: str = DEFAULT_PROJECTION, measures: Iterable[str] | None = None,
            engine: str = "auto", seed: int | None = None, pivots: int | None = None,
            progress: Progress | None = None) -> Analytics:
    """Project ``store`` and compute ``measures`` (default: all) with ``engine``.

    ``engine`` is ``auto`` (igraph above
    :data:`~kg.analytics.engines.FAST_ABOVE` nodes when installed),
    ``networkx`` or ``igraph``.  Raises ValueError for an unknown projection,
    measure or engine.  ``progress`` hears of each step as it is done.
    """
    from .projections import project

    G = project(store, projection)
    if progress is not None:
        progress("projection")
    return analyse(G, projection=projection, measures=measures, engine=engine, seed=seed,
                   pivots=pivots, progress=progress)


def analyse(G, *, projection: str = DEFAULT_PROJECTION, measures: Iterable[str] | None = None,
            engine: str = "auto", seed: int | None = None, pivots: int | None = None,
            progress: Progress | None = None) -> Analytics:
    """The measures of a projected network ``G`` (nodes with ``name`` and ``type``).

    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_edge("http://kg.example/entity/a", "http://kg.example/entity/b", weight=2)
    >>> a = analyse(G, measures=["degree", "pagerank"])
    >>> a.engine, dict(a.scores["degree"]), a.node_count, a.edge_count, a.pivots
    ('networkx', {'http://kg.example/entity/a': 1, 'http://kg.example/entity/b': 1}, 2, 1, None)
    """
    from . import measures as M
    from .engines import compute_measures

    seed = M.SEED if seed is None else seed
    ran, scores, k = compute_measures(G, measures or M.MEASURES, engine=engine, seed=seed,
                                      pivots=pivots, progress=progress)
    labels = {n: (d.get("name", n), d.get("type", "")) for n, d in G.nodes(data=True)}
    return Analytics(projection=projection, engine=ran, computed_at=_now(), scores=scores,
                     labels=labels, node_count=G.number_of_nodes(),
                     edge_count=G.number_of_edges(), pivots=k, seed=seed, graph=G)


def write(store, analytics: Analytics) -> None:
    """Write ``analytics`` into the analytics graph, replacing earlier results of its projection."""
    from .writeback import write_scores

    write_scores(store, analytics.info(), {m: dict(v) for m, v in analytics.scores.items()})


def load(store, projection: str = DEFAULT_PROJECTION) -> Analytics | None:
    """The analytics of ``projection`` as stored (None when never computed)."""
    info = run_info(store, projection)
    if info is None:
        return None
    from .projections import get

    get(projection)
    scores = read_scores(store, projection, info.measures)
    return Analytics(projection=info.projection, engine=info.engine,
                     computed_at=info.computed_at, scores=scores,
                     labels=_labels(store, projection), node_count=info.node_count,
                     edge_count=info.edge_count, pivots=info.pivots, seed=info.seed,
                     stale=info.stale)


def _labels(store, projection: str) -> dict[str, tuple[str, str]]:
    from ..lookup.kinds import entity_labels
    from .projections import article_labels

    labels = entity_labels(store, mentioned_only=projection != "claim")
    if projection == "article-entity":
        labels.update(article_labels(store))
    return labels


def fresh(store, projection: str = DEFAULT_PROJECTION, measures: Iterable[str] = ()) -> bool:
    """True when stored analytics of ``projection`` exist, are not stale and hold ``measures``."""
    info = run_info(store, projection)
    return info is not None and not info.stale and set(measures) <= set(info.measures)


def ensure(store, *, projection: str = DEFAULT_PROJECTION, measures: Iterable[str] = (),
           recompute: bool = False, engine: str = "auto",
           progress: Progress | None = None) -> Analytics:
    """Stored analytics of ``projection``, computed (and written when the store is writable)
    when missing, stale, lacking one of ``measures`` or when ``recompute`` is set.

    ``progress`` hears of each step of a computation (:func:`steps_of` with
    ``write=True`` of them); nothing when the stored analytics are read back.
    """
    from .projections import get

    get(projection)
    if not recompute and fresh(store, projection, measures):
        loaded = load(store, projection)
        if loaded is not None:
            return loaded
    analytics = compute(store, projection=projection, engine=engine, progress=progress)
    if store.writable:
        write(store, analytics)
    if progress is not None:
        progress("written")
    return analytics


def rank(store, *, measure: str = "pagerank", projection: str = DEFAULT_PROJECTION,
         type: str | None = None, top: int | None = 20, recompute: bool = False,
         engine: str = "auto") -> list[Row]:
    """The ``top`` nodes of ``projection`` by ``measure``, read back from the analytics graph.

    Analytics are (re)computed and written first when missing or stale.
    ``type`` keeps only nodes of that type (Person, Organization, Place,
    Article).  Ties are broken by name, then IRI.
    """
    if measure not in RANKABLE:
        raise ValueError(f"unknown measure {measure!r}; known: {', '.join(RANKABLE)}")
    analytics = ensure(store, projection=projection, measures=(measure,), recompute=recompute,
                       engine=engine)
    return ranking(analytics, measure=measure, type=type, top=top)


def ranking(analytics: Analytics, *, measure: str = "pagerank", type: str | None = None,
            top: int | None = 20) -> list[Row]:
    """Rows of ``analytics`` ordered by ``measure`` (highest first, ties by name, then IRI)."""
    from ..lookup.kinds import fallback_name, ranked

    values = analytics.scores.get(measure, {})
    community = analytics.scores.get("community", {})
    wanted = type.casefold() if type else None
    kinds, rows = {}, []
    for iri, score in values.items():
        name, kind = analytics.labels.get(iri) or (fallback_name(iri), "Thing")
        if wanted and kind.casefold() != wanted:
            continue
        kinds[iri] = kind
        rows.append((iri, name, score))
    rows = ranked(rows)
    if top is not None:
        rows = rows[:max(top, 0)]
    return [Row(rank=i, entity=iri, name=name, type=kinds[iri], score=score,
                community=community.get(iri))
            for i, (iri, name, score) in enumerate(rows, 1)]


__all__ = ["Analytics", "Row", "RunInfo", "compute", "analyse", "write", "load", "ensure", "rank", "ranking",
           "fresh", "mark_stale", "run_info", "RANKABLE"]
