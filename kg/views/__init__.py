"""Graph views: one self-contained HTML page per view, drawn with vis-network.

::

    from kg.views import render_view
    view = render_view(store, entity="ISIS", depth=1)
    view.write("isis.html")

``render_view(store, *, entity=None, depth=1, query=None, all=False, top=None,
community=None, projection="co-mention", geo=False, size_by="pagerank",
title=None, backbone="auto") -> View`` — exactly one of ``entity``, ``query``, ``all`` and
``community`` says what the view shows:

``entity``
    a name or alias (matched case-insensitively, bound as an RDF literal), or
    an IRI (``ent:isis``, ``<http://...>``); the view holds every node within
    ``depth`` hops of it in the projection.
``query``
    SPARQL text (or a :class:`pathlib.Path` to a ``.rq`` file).  A SELECT
    gives edges from its first two columns (``?label`` / ``?weight`` or a
    third text / numeric column label and weigh them); a CONSTRUCT or
    DESCRIBE gives an edge per triple whose object is a node.
``all``
    the whole projection cut to the ``top`` nodes (default
    :data:`DEFAULT_TOP`) by ``size_by``; the caption says what was left out.
``community``
    the members of one community (``kg:community`` in the analytics graph).

``projection`` names a network as :mod:`kg.analytics` does: ``co-mention``
(actors and places linked when one sentence names both; weight = sentences),
``co-article`` (… one article; weight = articles), ``article-entity``
(articles → what they mention; weight = mentions) or ``claim`` (speaker →
what their claims are about; weight = claims).  Nodes are coloured by kind (Person,
Organization, Place, Article, Claim, …) and sized by ``size_by`` — an
analytics measure (``pagerank``, ``degree``, ``weighted-degree``,
``betweenness``, ``eigenvector``, ``closeness``, written by ``kg rank``; the
projection's own scores, else the co-mention ones) or ``mentions``; when the
measure was never computed, mention counts are used and the caption says so.
``geo`` pins places with coordinates to a map projection of their longitude
and latitude.  ``top`` caps any view (default: :data:`DEFAULT_TOP` for
``all``, :data:`MAX_NODES` otherwise).

Evidence is one click away: a co-mention edge carries the latest sentences
naming both ends (article, date, text), a claim edge its claims (statements
first), a node its top claims with speakers — each with the IRI the shell's
``.why`` accepts (a mention or a claim); the page shows them in tooltips and,
on a click, in a side panel.

Big views are drawn to be read (:mod:`kg.views.overview`): above 3 edges per
node only the ``backbone`` is drawn (the disparity filter at 0.05, each node's
heaviest edge, at least 1.5 edges per node; ``backbone=None`` draws every
edge, a number sets the significance level) and the page states the filter;
from :data:`~kg.views.backbone.COMMUNITY_MIN_NODES` (80) nodes on, the
communities (Louvain) are laid out apart, tinted, listed beside the graph and
collapsible to one node each; the page draws only the labels of the most
prominent nodes that fit without overlapping (more on zoom, any on hover).
With ``geo`` the places are drawn over an offline base map (Natural Earth
countries, :mod:`kg.views.geo`) and places on one spot are spread on a ring.

Every view is laid out before the page opens (each connected component, or
community, on its own, packed side by side; places pinned with ``geo``).  Up
to :data:`PHYSICS_LIMIT` (1,000) nodes and without communities, physics then
polishes the layout in the browser and stops; otherwise physics is off.  Above :data:`EDGE_LIMIT` edges,
edges are straight, hidden while dragging, and labelled in their tooltips
only.  Any view keeps at most :data:`MAX_EDGES` edges (each node's heaviest
first).

Raises :class:`ViewError` (a one-line message) for inputs that cannot make a
view, and the store's ``QueryError`` for a query that does not parse.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass
from pathlib import Path

from .data import MEASURES, PROJECTIONS, ViewError
from .layout import PHYSICS_LIMIT
from .options import EDGE_LIMIT
from .selection import DEFAULT_TOP, MAX_EDGES, MAX_NODES

__all__ = ["render_view", "View", "ViewError", "DEFAULT_TOP", "MAX_NODES", "MAX_EDGES",
           "PHYSICS_LIMIT", "EDGE_LIMIT", "PROJECTIONS", "MEASURES"]


@dataclass(frozen=True)
class View:
    """A rendered view: the page and what it shows."""

    html: str
    title: str
    caption: str
    nodes: int
    edges: int
    notes: tuple[str, ...] = ()
    omitted_nodes: int = 0
    physics: bool = True

    def write(self, path: str | os.PathLike) -> Path:
        """Write the page (UTF-8); returns the path written."""
        out = Path(path)
        out.write_text(self.html, encoding="utf-8")
        return out


def render_view(store, *, entity: str | None = None, depth: int = 1,
                query: str | os.PathLike | None = None, all: bool = False,  # noqa: A002
                top: int | None = None, community: str | int | None = None,
                projection: str = "co-mention", geo: bool = False,
                size_by: str = "pagerank", title: str | None = None,
                backbone: str | float | None = "auto") -> View:
    """Draw one view of ``store`` (see the module documentation for the options)."""
    from . import selection as S
    from .graph import STYLES, Assembler
    from ..lookup.summaries import KINDS

    chosen = [entity is not None, query is not None, bool(all), community is not None]
    if sum(chosen) != 1:
        raise ViewError("say what to show: exactly one of an entity, a query, all, or a community")
    if projection not in PROJECTIONS:
        raise ViewError(f"unknown projection {projection!r} "
                        f"(choose from {', '.join(PROJECTIONS)})")
    if size_by not in MEASURES:
        raise ViewError(f"unknown measure {size_by!r} (choose from {', '.join(MEASURES)})")
    if top is not None and top < 1:
        raise ViewError("top must be at least 1")

    asm = Assembler(store, size_by, projection="co-mention" if query is not None else projection)
    if entity is not None:
        sel = S.around(store, asm, entity=str(entity), depth=int(depth),
                       projection=projection, top=top)
    elif query is not None:
        text = _query_text(query)
        sel = S.from_query(store, asm, text=text, top=top)
    elif all:
        sel = S.everything(store, asm, projection=projection, top=top)
    else:
        sel = S.community(store, asm, ident=str(community), projection=projection, top=top)
    S.cap_edges(sel)

    nodes, edges = asm.assemble(sel.nodes, sel.edges, extra=sel.extra)
    notes = list(sel.notes) + [n for n in asm.notes if n not in sel.notes]
    from .overview import edge_evidence, overview

    roots = frozenset(n for n, ex in sel.extra.items() if ex.get("tip", {}).get("root"))
    ov = overview(nodes, edges, backbone=backbone, group=not geo, roots=roots)
    edges = list(ov.edges)
    if ov.edge_filter:
        notes.append(ov.edge_filter)
    # communities laid out apart are the final layout: physics would pull them together
    physics = len(nodes) <= PHYSICS_LIMIT and not ov.groups
    positions, pinned, basemap = _positions(nodes, edges, geo=geo, notes=notes,
                                            groups=ov.groups)
    physics = physics and basemap is None  # on a map every position is final
    evidence = edge_evidence(store, sel.proj, edges)

    index = {n.id: i for i, n in enumerate(nodes)}
    payload_nodes = []
    counts: dict[str, int] = {}
    for n in nodes:
        counts[n.kind] = counts.get(n.kind, 0) + 1
        item = {"label": n.label, "kind": n.kind, "size": n.size, "tip": n.tip}
        if n.id in positions:
            item["x"], item["y"] = positions[n.id]
        if n.id in pinned:
            item["fixed"] = True
        if n.id in ov.groups:
            item["community"] = ov.groups[n.id]
        payload_nodes.append(item)
    directed = any(e.directed for e in edges)
    payload_edges = []
    for e, ev in zip(edges, evidence):
        if e.source not in index or e.target not in index:
            continue
        item = {"from": index[e.source], "to": index[e.target], "label": e.label,
                "weight": e.weight}
        if ev:
            item["evidence"] = ev
        if basemap is not None and (e.source not in pinned or e.target not in pinned):
            item["faint"] = True  # to a node beside the map: drawn faintly, dark when selected
        payload_edges.append(item)
    payload = {
        "nodes": payload_nodes,
        "edges": payload_edges,
        "communities": list(ov.communities),
        "edge_filter": ov.edge_filter,
        "basemap": basemap,
        "styles": STYLES,
        "legend": [{"kind": k, "count": counts[k]} for k in KINDS if k in counts],
        "sized_by": asm.measure_name,
        "edge_note": sel.edge_note,
        "options": _options(physics=physics, directed=directed, n_nodes=len(nodes),
                            n_edges=len(edges)),
        # drawn edge labels cost more than the rest of a frame in big views: there the
        # label is in the edge's tooltip only
        "edge_labels": physics and len(edges) <= EDGE_LIMIT,
    }
    when = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    location = store.location
    caption = (f"{sel.subject[:1].upper()}{sel.subject[1:]} · {len(nodes):,} nodes, "
               f"{len(payload['edges']):,} edges · sized by {asm.measure_name} · "
               f"store {location} · {when}")
    heading = title if title is not None else sel.default_title
    from .page import render_page

    page = render_page(title=heading, caption=caption, notes=notes, payload=payload)
    return View(html=page, title=heading, caption=caption, nodes=len(nodes),
                edges=len(payload["edges"]), notes=tuple(notes),
                omitted_nodes=sel.omitted_nodes, physics=physics)


def _query_text(query) -> str:
    if isinstance(query, os.PathLike):
        try:
            return Path(query).read_text(encoding="utf-8")
        except OSError as exc:
            raise ViewError(f"cannot read {query}: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise ViewError(f"{query} is not UTF-8 text") from None
    text = str(query)
    if not text.strip():
        raise ViewError("the query is empty")
    return text


def _positions(nodes, edges, *, geo: bool, notes: list[str], groups: dict):
    from .layout import precompute

    pinned: dict[str, tuple[float, float]] = {}
    basemap = None
    if geo:
        from .geo import place_on_map

        coords = {n.id: n.geo for n in nodes if n.geo is not None}
        if coords:
            sizes = sorted(n.size for n in nodes if n.id in coords)
            pinned, basemap = place_on_map(coords, n_nodes=len(nodes), notes=notes,
                                           node_size=sizes[len(sizes) * 3 // 4])
        else:
            notes.append("no place in this view has coordinates; geo layout not applied")
    if basemap is not None:
        from .geo import beside_map

        # nodes without coordinates go beside the map (largest first), never onto a place
        rest = sorted((n for n in nodes if n.id not in pinned), key=lambda n: (-n.size, n.label))
        positions = dict(pinned)
        positions.update(beside_map([n.id for n in rest], basemap["box"]))
        if rest:
            notes.append(f"{len(rest):,} nodes without coordinates are in the columns right of "
                         "the map")
        return positions, pinned, basemap
    positions = precompute([n.id for n in nodes], [(e.source, e.target) for e in edges],
                           pinned=pinned, groups=groups or None)
    return positions, pinned, basemap


def _options(**kw) -> dict:
    from .options import network_options

    return network_options(**kw)
