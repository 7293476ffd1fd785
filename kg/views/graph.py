"""Nodes and edges of a view: which nodes, how they look, what their tooltips say.

The result is plain data (:class:`ViewNode`, :class:`ViewEdge`): every string
in it is text that the page shows as text, never markup.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pyoxigraph as ox

from .. import vocab as V
from ..lookup import summaries as S
from . import data as D

#: Colour, border and shape of each node kind (legend order follows ``data.KINDS``).
STYLES: dict[str, dict[str, str]] = {
    "Person": {"color": "#e15759", "border": "#a4373a", "shape": "dot"},
    "Organization": {"color": "#4e79a7", "border": "#2f4e73", "shape": "dot"},
    "Place": {"color": "#59a14f", "border": "#3b6e34", "shape": "dot"},
    "Article": {"color": "#9c755f", "border": "#6b4f3f", "shape": "square"},
    "Claim": {"color": "#edc948", "border": "#a88c22", "shape": "diamond"},
    "Source": {"color": "#f28e2b", "border": "#b0641a", "shape": "triangle"},
    "Value": {"color": "#76b7b2", "border": "#4e8581", "shape": "box"},
    "Other": {"color": "#bab0ac", "border": "#857c78", "shape": "dot"},
}

#: Size of nodes without a measure, by kind; measured nodes range over SIZE_RANGE.
DEFAULT_SIZE = {"Article": 14, "Claim": 9, "Source": 9, "Value": 9}
SIZE_RANGE = (10.0, 45.0)
LABEL_MAX = 40


@dataclass(frozen=True)
class ViewNode:
    """One node: ``id`` is its IRI (or ``_:b`` / ``"literal"`` form), ``tip`` its tooltip fields."""

    id: str
    label: str
    kind: str
    size: float
    tip: dict = field(default_factory=dict, compare=False, hash=False)
    geo: tuple[float, float] | None = None  # (latitude, longitude)


@dataclass(frozen=True)
class ViewEdge:
    source: str
    target: str
    label: str
    weight: float = 1.0
    directed: bool = False


def truncate(text: str, limit: int = LABEL_MAX) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis.

    >>> truncate("a  very\\nlong name indeed", 12)
    'a very long…'
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def scale_sizes(scores: dict[str, float]) -> dict[str, float]:
    """Node sizes from scores: square-root scaled onto :data:`SIZE_RANGE`.

    >>> scale_sizes({"a": 0.0, "b": 1.0, "c": 0.25})
    {'a': 10.0, 'b': 45.0, 'c': 27.5}
    """
    if not scores:
        return {}
    lo, hi = min(scores.values()), max(scores.values())
    small, big = SIZE_RANGE
    if hi <= lo:
        return {k: round((small + big) / 3, 2) for k in scores}
    return {k: round(small + (big - small) * math.sqrt((v - lo) / (hi - lo)), 2)
            for k, v in scores.items()}


def node_label(node_id: str, d: S.Details | None) -> str:
    if d is not None:
        kind = d.kind
        if kind == "Article" and (d.headline or d.identifier):
            return truncate(d.headline or d.identifier)
        if kind == "Claim" and d.text:
            return truncate(f"“{d.text}”")
        if kind == "Source" and d.description:
            return truncate(d.description)
        if d.name:
            return truncate(d.name)
    if node_id.startswith(("http://", "https://")):
        short = V.shorten(node_id)
        if short.startswith("<"):
            short = node_id.rstrip("/").rsplit("/", 1)[-1] or node_id
        return truncate(short.split(":", 1)[-1] if not short.startswith("<") else short)
    return truncate(node_id)


def tooltip(node_id: str, kind: str, d: S.Details | None, *, measure: str | None,
            value: float | None, mentions: int | None, community: str | None) -> dict:
    """The tooltip fields of a node (all plain text; the page builds DOM text from them)."""
    tip: dict = {"kind": kind}
    if d is not None:
        name = {"Article": d.headline or d.identifier, "Claim": None,
                "Source": d.description}.get(kind, d.name)
        if name or d.name:
            tip["name"] = name or d.name
        sub = d.subtypes()
        if sub:
            tip["types"] = sub
        if d.aliases:
            tip["aliases"] = d.aliases[:12]
            if len(d.aliases) > 12:
                tip["more_aliases"] = len(d.aliases) - 12
        if d.wikidata:
            tip["wikidata"] = d.wikidata
        if d.lat is not None:
            tip["coordinates"] = f"{d.lat:.4f}, {d.lon:.4f}"
        if kind == "Article" and d.date:
            tip["date"] = d.date
        if kind == "Claim":
            if d.text:
                tip["text"] = d.text
            if d.speaker:
                tip["speaker"] = d.speaker
            if d.article:
                tip["article"] = d.article
        if d.claims:
            tip["claims"] = [{"text": t, "speaker": s, "article": a, "iri": iri,
                              "date": date or "undated", "act": act}
                             for t, s, a, iri, date, act in d.claims]
            tip["claim_count"] = d.claim_count
    if "name" not in tip and kind != "Claim":
        tip["name"] = node_id
    if measure and value is not None:
        tip["measure"] = f"{measure} {value:.4g}"
    if mentions:
        tip["mentions"] = mentions
    if community is not None:
        tip["community"] = community
    if node_id.startswith(("http://", "https://")):
        tip["iri"] = node_id
    return tip


@dataclass
class Assembler:
    """Turns node ids and edges into view nodes with labels, sizes and tooltips."""

    store: object
    size_by: str
    projection: str = "co-mention"
    notes: list[str] = field(default_factory=list)
    _measure: dict[str, float] | None = None
    _mentions: dict[str, int] | None = None
    _communities: dict[str, str] | None = None
    measure_name: str | None = None

    def scores(self) -> dict[str, float]:
        """Values of the chosen measure; mention counts when it was never computed."""
        if self._measure is None:
            if self.size_by not in D.MEASURES:
                raise D.ViewError(f"unknown measure {self.size_by!r} "
                                  f"(choose from {', '.join(D.MEASURES)})")
            values = D.measure_values(self.store, self.size_by, self.projection)
            self.measure_name = self.size_by
            if not values and self.size_by != "mentions" and self.projection != "co-mention":
                values = D.measure_values(self.store, self.size_by, "co-mention")
                if values:
                    self.notes.append(f"no {self.size_by} for the {self.projection} projection; "
                                      f"co-mention {self.size_by} used")
            if not values and self.size_by != "mentions":
                self.notes.append(f"no {self.size_by} in the store (run kg rank); "
                                  "nodes sized by mentions")
                values = {k: float(v) for k, v in self.mentions().items()}
                self.measure_name = "mentions"
            self._measure = values
        return self._measure

    def mentions(self) -> dict[str, int]:
        if self._mentions is None:
            self._mentions = D.mention_counts(self.store)
        return self._mentions

    def communities(self) -> dict[str, str]:
        if self._communities is None:
            self._communities = D.communities(self.store)
        return self._communities

    def assemble(self, node_ids: list[str], edges: list[ViewEdge], *,
                 extra: dict[str, dict] | None = None) -> tuple[list[ViewNode], list[ViewEdge]]:
        """Nodes with labels, kinds, sizes and tooltips; ``extra`` overrides details per node."""
        info = S.details(self.store, [n for n in node_ids if not n.startswith(('"', "_:"))])
        scores = self.scores()
        mentions = self.mentions()
        comms = self.communities()
        measured = {n: scores[n] for n in node_ids if n in scores}
        sizes = scale_sizes(measured)
        nodes = []
        for n in node_ids:
            d = info.get(n)
            ex = (extra or {}).get(n, {})
            if ex.get("types"):
                d = d or S.Details()
                d.types = list(dict.fromkeys(d.types + ex["types"]))
            if ex.get("name") and d is not None and not d.name:
                d.name = ex["name"]
            kind = ex.get("kind") or (d.kind if d is not None else "Other")
            label = ex.get("label") or node_label(n, d)
            size = sizes.get(n, DEFAULT_SIZE.get(kind, 12.0))
            tip = tooltip(n, kind, d, measure=self.measure_name, value=scores.get(n),
                          mentions=mentions.get(n), community=comms.get(n))
            if ex.get("tip"):
                tip.update(ex["tip"])
            geo = (d.lat, d.lon) if d is not None and d.lat is not None else None
            nodes.append(ViewNode(id=n, label=label, kind=kind, size=size, tip=tip, geo=geo))
        return nodes, edges


def term_id(term) -> str | None:
    """The node id of a query term: IRI text, ``_:id`` for a blank node, N-Triples for a literal.

    >>> term_id(ox.Literal("x"))
    '"x"'
    >>> term_id(ox.NamedNode("http://kg.example/entity/isis"))
    'http://kg.example/entity/isis'
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def literal_number(term) -> float | None:
    if isinstance(term, ox.Literal):
        try:
            return float(term.value)
        except ValueError:
            return None
    return None
