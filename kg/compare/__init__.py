"""Who agrees with whom, who contradicts whom: claims compared across speakers, outlets and time.

::

    from kg.compare import ensure, report
    ensure(store)                                   # (re)compute when articles changed
    r = report(store, "http://kg.example/entity/isis", since="2019-01-01")
    for group in r.groups:
        ...

* :mod:`~kg.compare.proposition` — a claim reduced to stems, predicate concepts, polarity, hedging;
* :mod:`~kg.compare.relate` — which claims state the same proposition, and how they relate;
* :mod:`~kg.compare.quantities` — figures that count the same thing;
* :mod:`~kg.compare.read` — claims and quantities read from a store;
* :mod:`~kg.compare.graph` — the comparisons named graph;
* :mod:`~kg.compare.report` — the groups about one actor or place, for the CLI, shell and views.

Relations are computed over every claim; reports show statements unless asked for all acts.
"""

from __future__ import annotations

from .relate import Relation
from .report import Comparison, Group, SpeakerPair, report

__all__ = ["compute", "ensure", "report", "Comparison", "Group", "SpeakerPair", "Relation"]


def compute(store) -> list[Relation]:
    """Every agreement and contradiction among the store's claims and quantities."""
    from .quantities import figure_relations
    from .read import place_keys, read_figures, read_items
    from .relate import relations

    places = place_keys(store)
    rels = relations(read_items(store, statements_only=False, places=places))
    rels += figure_relations(read_figures(store, places=places))
    return sorted(rels, key=lambda r: (r.a, r.b))


def ensure(store, *, force: bool = False) -> tuple[int, int, bool]:
    """Recompute the comparisons graph when articles changed (or ``force``).

    Returns (agreements, contradictions, recomputed). A read-only store keeps what it has.
    """
    from . import graph

    current = graph.fingerprint(store)
    if force or graph.stored_fingerprint(store) != current:
        if store.writable:
            rels = compute(store)
            graph.write(store, rels, current)
            return (sum(r.kind == "agrees" for r in rels),
                    sum(r.kind == "contradicts" for r in rels), True)
    agreements, contradictions = graph.stored_counts(store)
    return agreements, contradictions, False
