"""Which nodes and edges a view shows: around an entity, the top of the store, a community,
or whatever a query returns."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from .. import vocab as V
from ..lookup import summaries as S
from . import data as D
from .graph import ViewEdge, literal_number, term_id, truncate

#: ``--all`` shows this many nodes unless ``top`` says otherwise.
DEFAULT_TOP = 300
#: No view holds more nodes than this unless ``top`` asks for more.
MAX_NODES = 5000
#: Edges beyond this many are dropped, lightest first.
MAX_EDGES = 20000

_NAME_PREDICATES = {V.SCHEMA + "name", V.RDFS + "label", V.SCHEMA + "headline"}


@dataclass
class Selection:
    """Node ids (in order), edges, per-node overrides and what the view shows (for the caption)."""

    nodes: list[str]
    edges: list[ViewEdge]
    subject: str
    extra: dict[str, dict] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    omitted_nodes: int = 0
    omitted_edges: int = 0
    default_title: str = "Graph view"
    edge_note: str = ""
    #: the projection the edges come from (None for a query view): evidence is read from it
    proj: object = None


#: What an edge means in each projection (shown under the legend).
EDGE_NOTES = {
    "co-mention": "edge: named in one sentence; weight = sentences",
    "co-article": "edge: named in one article; weight = articles",
    "article-entity": "edge: article mentions; weight = mentions",
    "claim": "edge: speaker → what their claims are about; weight = claims",
}


def _edges(proj, keep: set[str]) -> list[ViewEdge]:
    return [ViewEdge(a, b, label, w, proj.directed) for a, b, label, w in proj.among(keep)]


def cap_edges(sel: Selection, limit: int = MAX_EDGES) -> None:
    """Keep at most ``limit`` edges: each node's heaviest edge first (so that no node is
    cut off), then the heaviest of the rest."""
    if len(sel.edges) <= limit:
        return
    order = sorted(range(len(sel.edges)), key=lambda i: -sel.edges[i].weight)
    keep: list[int] = []
    kept: set[int] = set()
    linked: set[str] = set()
    for i in order:
        e = sel.edges[i]
        if (e.source not in linked or e.target not in linked) and len(keep) < limit:
            keep.append(i)
            kept.add(i)
            linked.update((e.source, e.target))
    for i in order:
        if len(keep) >= limit:
            break
        if i not in kept:
            keep.append(i)
    left = len(sel.edges) - len(keep)
    sel.edges = [sel.edges[i] for i in sorted(keep)]
    sel.omitted_edges += left
    sel.notes.append(f"showing {len(sel.edges):,} of {len(sel.edges) + left:,} edges; "
                     f"{left:,} of the lightest left out")


def _proj_notes(proj) -> list[str]:
    return list(getattr(proj, "notes", []))


def _cap(ranked: list[str], limit: int, what: str, sel_notes: list[str]) -> tuple[list[str], int]:
    if len(ranked) <= limit:
        return ranked, 0
    left = len(ranked) - limit
    sel_notes.append(f"showing {limit:,} of {len(ranked):,} {what}; {left:,} left out")
    return ranked[:limit], left


def around(store, asm, *, entity: str, depth: int, projection: str,
           top: int | None) -> Selection:
    """The neighbourhood of the entity named ``entity`` (name, alias or IRI)."""
    if depth < 0:
        raise D.ViewError("depth must be 0 or more")
    roots = D.resolve_name(store, entity)
    proj = D.projection(store, projection)
    dist = proj.neighbourhood(roots, depth)
    scores = asm.scores()
    ranked = sorted(dist, key=lambda n: (dist[n], -scores.get(n, 0.0), n))
    notes: list[str] = _proj_notes(proj)
    nodes, left = _cap(ranked, top or MAX_NODES, "nodes (nearest and most central kept)", notes)
    typed = entity.strip()
    canonical = sorted({d.name for d in S.details(store, roots).values() if d.name})
    names = " / ".join(canonical) or typed
    if names.casefold() != typed.casefold():
        names = f"{names} ({typed})"
    hop = "hop" if depth == 1 else "hops"
    if len(roots) > 1:
        notes.append(f"{typed!r} names {len(roots)} nodes: all are shown as roots")
    if len(dist) == len(roots) and depth > 0:
        notes.append(f"no {projection} links from {names}")
    sel = Selection(nodes, _edges(proj, set(nodes)),
                    subject=f"{projection} network within {depth} {hop} of {names}",
                    notes=notes, omitted_nodes=left,
                    default_title=f"{' / '.join(canonical) or typed} — {projection} network",
                    edge_note=EDGE_NOTES[projection])
    for r in roots:
        sel.extra.setdefault(r, {}).setdefault("tip", {})["root"] = True
    sel.proj = proj
    return sel


def everything(store, asm, *, projection: str, top: int | None) -> Selection:
    """The whole projection, cut to the ``top`` nodes by the sizing measure."""
    proj = D.projection(store, projection)
    scores = asm.scores()
    degree = getattr(proj, "adjacency", {})
    ranked = sorted(proj.nodes(),
                    key=lambda n: (-scores.get(n, 0.0), -len(degree.get(n, ())), n))
    notes: list[str] = _proj_notes(proj)
    limit = top if top is not None else DEFAULT_TOP
    if limit < 1:
        raise D.ViewError("top must be at least 1")
    if not ranked:
        raise D.ViewError(f"nothing to show: the store has no {projection} links "
                          "(build some articles first)")
    nodes, left = _cap(ranked, limit, f"nodes (top by {asm.measure_name})", notes)
    subject = (f"{projection} network, top {len(nodes):,} nodes by {asm.measure_name}" if left
               else f"{projection} network, all {len(nodes):,} nodes")
    return Selection(nodes, _edges(proj, set(nodes)), subject=subject,
                     notes=notes, omitted_nodes=left,
                     default_title=f"Whole store — {projection} network",
                     edge_note=EDGE_NOTES[projection], proj=proj)


def community(store, asm, *, ident: str, projection: str, top: int | None) -> Selection:
    """The members of one community (``kg:community`` in the analytics graph)."""
    comms = asm.communities()
    if not comms:
        raise D.ViewError("the store has no communities (run kg rank first)")
    want = str(ident).strip()
    members = sorted(n for n, c in comms.items() if c == want)
    if not members:
        known = sorted(set(comms.values()), key=lambda c: (len(c), c))
        raise D.ViewError(f"no community {want!r} (communities: {', '.join(known[:12])}"
                          f"{', …' if len(known) > 12 else ''})")
    proj = D.projection(store, projection)
    if projection != "co-mention":
        dist = proj.neighbourhood(members, 1)
        members = list(dist)
    scores = asm.scores()
    ranked = sorted(members, key=lambda n: (-scores.get(n, 0.0), n))
    notes: list[str] = _proj_notes(proj)
    nodes, left = _cap(ranked, top or MAX_NODES, "members", notes)
    return Selection(nodes, _edges(proj, set(nodes)),
                     subject=f"community {want} ({projection} network)",
                     notes=notes, omitted_nodes=left,
                     default_title=f"Community {want} — {projection} network",
                     edge_note=EDGE_NOTES[projection], proj=proj)


def from_query(store, asm, *, text: str, top: int | None) -> Selection:
    """A view of what a query returns.

    SELECT: the first two columns (other than ``?label`` and ``?weight``) are
    the two ends of an edge; ``?label`` or a third text column labels it,
    ``?weight`` or a numeric column weighs it.  CONSTRUCT/DESCRIBE: every
    triple whose object is a node is an edge labelled by its predicate;
    ``rdf:type`` and literal objects describe the subject.
    """
    result = store.query(text)
    if result.kind == "ask":
        raise D.ViewError("an ASK query answers yes or no; a view needs a SELECT with two "
                          "node columns or a CONSTRUCT")
    first = next((ln.strip() for ln in text.splitlines()
                  if ln.strip() and not ln.strip().startswith(("#", "PREFIX", "prefix"))), "")
    subject = f"query {truncate(first, 60)!r}" if first else "query"
    if result.kind == "select":
        sel = _select_view(result)
    else:
        sel = _graph_view(result)
    sel.subject = subject
    sel.default_title = "Query view"
    sel.edge_note = "edge: a query row or triple"
    if not sel.nodes:
        sel.notes.append("the query returned no nodes")
    degree: dict[str, int] = {}
    for e in sel.edges:
        degree[e.source] = degree.get(e.source, 0) + 1
        degree[e.target] = degree.get(e.target, 0) + 1
    limit = top or MAX_NODES
    if len(sel.nodes) > limit:
        ranked = sorted(sel.nodes, key=lambda n: -degree.get(n, 0))
        sel.nodes, sel.omitted_nodes = _cap(ranked, limit, "nodes (most linked kept)", sel.notes)
        keep = set(sel.nodes)
        sel.edges = [e for e in sel.edges if e.source in keep and e.target in keep]
    return sel


def _column_roles(result) -> tuple[int, int, int | None, int | None]:
    lower = [v.lower() for v in result.variables]
    label_i = lower.index("label") if "label" in lower else None
    weight_i = lower.index("weight") if "weight" in lower else None
    cols = [i for i in range(len(lower)) if i not in (label_i, weight_i)]
    if len(cols) < 2:
        raise D.ViewError("a SELECT view needs two node columns "
                          "(?source ?target, optionally ?label and ?weight)")

    def numeric(i: int) -> bool:
        vals = [row[i] for row in result.rows if row[i] is not None]
        return bool(vals) and all(literal_number(v) is not None for v in vals)

    for i in cols[2:]:
        if weight_i is None and numeric(i):
            weight_i = i
        elif label_i is None:
            label_i = i
    return cols[0], cols[1], label_i, weight_i


def _select_view(result) -> Selection:
    s_i, t_i, label_i, weight_i = _column_roles(result)
    nodes: dict[str, None] = {}
    extra: dict[str, dict] = {}
    edges: dict[tuple[str, str, str], float] = {}
    default_label = result.variables[t_i]
    for row in result.rows:
        ends = []
        for i in (s_i, t_i):
            term = row[i]
            nid = term_id(term)
            if nid is None:
                continue
            nodes.setdefault(nid)
            _describe_term(term, nid, extra)
            ends.append(nid)
        if len(ends) < 2 or ends[0] == ends[1]:
            continue
        label_term = row[label_i] if label_i is not None else None
        label = _label_text(label_term) if label_term is not None else default_label
        w = literal_number(row[weight_i]) if weight_i is not None else None
        key = (ends[0], ends[1], label)
        if w is None:
            edges[key] = edges.get(key, 0.0) + 1.0
        else:
            edges[key] = max(edges.get(key, w), w)
    out = [ViewEdge(a, b, lab, w, True) for (a, b, lab), w in edges.items()]
    return Selection(list(nodes), out, subject="", extra=extra)


def _graph_view(result) -> Selection:
    nodes: dict[str, None] = {}
    extra: dict[str, dict] = {}
    edges: dict[tuple[str, str, str], float] = {}
    for t in result.triples:
        s, p, o = t.subject, t.predicate, t.object
        sid = term_id(s)
        if sid is None:
            continue
        nodes.setdefault(sid)
        _describe_term(s, sid, extra)
        ex = extra.setdefault(sid, {})
        if p.value == V.RDF_TYPE and isinstance(o, ox.NamedNode):
            ex.setdefault("types", []).append(o.value)
        elif isinstance(o, ox.Literal):
            if p.value in _NAME_PREDICATES and "name" not in ex:
                ex["name"] = o.value
            else:
                facts = ex.setdefault("tip", {}).setdefault("facts", [])
                if len(facts) < 12:
                    facts.append([_label_text(p), o.value])
        else:
            oid = term_id(o)
            nodes.setdefault(oid)
            _describe_term(o, oid, extra)
            key = (sid, oid, _label_text(p))
            edges[key] = edges.get(key, 0.0) + 1.0
    out = [ViewEdge(a, b, lab, w, True) for (a, b, lab), w in edges.items()]
    return Selection(list(nodes), out, subject="", extra=extra)


def _describe_term(term, nid: str, extra: dict[str, dict]) -> None:
    if isinstance(term, ox.Literal):
        extra.setdefault(nid, {}).update(
            kind="Value", label=truncate(term.value), tip={"name": term.value})
    elif isinstance(term, ox.BlankNode):
        ex = extra.setdefault(nid, {})
        ex.setdefault("label", "(blank node)")


def _label_text(term) -> str:
    """An edge label: a predicate's local name, a literal's value.

    >>> _label_text(ox.NamedNode("http://schema.org/mentions"))
    'mentions'
    >>> _label_text(ox.Literal("co-mention"))
    'co-mention'
    """
    if isinstance(term, ox.NamedNode):
        iri = term.value
        for sep in ("#", "/"):
            if sep in iri:
                local = iri.rsplit(sep, 1)[-1]
                if local:
                    return truncate(local)
        return truncate(iri)
    if isinstance(term, ox.Literal):
        return truncate(term.value)
    return truncate(str(term))
