"""Making a big view readable: its backbone, its communities and the evidence on its edges."""

from __future__ import annotations

from dataclasses import dataclass

from . import backbone as B
from . import evidence as E
from .graph import ViewEdge, ViewNode


@dataclass(frozen=True)
class Overview:
    """The edges drawn, the community of each node, and what the page says about them."""

    edges: tuple[ViewEdge, ...]
    groups: dict
    edge_filter: str = ""
    communities: tuple[dict, ...] = ()


def overview(nodes: list[ViewNode], edges: list[ViewEdge], *, backbone: str | float | None = "auto",
             group: bool = True, roots: frozenset[str] = frozenset()) -> Overview:
    """The backbone of ``edges`` (``backbone``: ``"auto"`` — only when the view is dense —,
    an alpha, or None for every edge; the edges of ``roots`` are always kept) and the
    communities of ``nodes`` (from all edges)."""
    triples = [(e.source, e.target, e.weight) for e in edges]
    kept = list(edges)
    note = ""
    if backbone is not None and edges:
        alpha = B.ALPHA if backbone == "auto" else float(backbone)
        if backbone != "auto" or B.wants_backbone(len(nodes), len(edges)):
            bb = B.backbone(triples, alpha=alpha, n_nodes=len(nodes))
            keep = set(bb.kept) | {i for i, e in enumerate(edges)
                                   if e.source in roots or e.target in roots}
            kept = [edges[i] for i in sorted(keep)]
            note = bb.note.replace(f"{len(bb.kept):,} of", f"{len(kept):,} of")
            if roots and len(keep) > len(bb.kept):
                note = note.replace("; ", "; every edge of the centre kept; ", 1)
    groups: dict[str, int] = {}
    comms: list[dict] = []
    if group and len(nodes) >= B.COMMUNITY_MIN_NODES:
        groups = B.communities([n.id for n in nodes], triples)
        size = {n.id: n.size for n in nodes}
        label = {n.id: n.label for n in nodes}
        members: dict[int, list[str]] = {}
        for n, c in groups.items():
            members.setdefault(c, []).append(n)
        for c in sorted(members):
            top = sorted(members[c], key=lambda n: (-size.get(n, 0), label.get(n, n)))
            comms.append({"id": c, "size": len(top), "names": [label[n] for n in top[:3]]})
    return Overview(tuple(kept), groups, note, tuple(comms))


def edge_evidence(store, proj, edges: list[ViewEdge]) -> list[list[dict]]:
    """The evidence of each edge (sentences for co-mention, articles for co-article, claims
    for the claim projection; nothing for article-entity edges, whose end is the article)."""
    if proj is None or not edges:
        return [[] for _ in edges]
    name = getattr(proj, "name", "")
    pairs = [(e.source, e.target) for e in edges]
    if name == "co-mention":
        return E.sentence_evidence(store, pairs, E.by_unit_pairs(proj.by_entity, pairs))
    if name == "co-article":
        return E.article_evidence(store, pairs, E.by_unit_pairs(proj.by_entity, pairs))
    if name == "claim":
        return E.claim_evidence(store, [proj.claims.get(p, []) for p in pairs])
    return [[] for _ in edges]
