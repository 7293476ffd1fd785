"""Agreements and contradictions as triples in ``http://kg.example/graph/comparisons``.

Both directions are written, so a query needs no UNION::

    art:a#c10-80 kg:contradicts art:b#c200-260 .
    art:b#c200-260 kg:contradicts art:a#c10-80 .

and one record per pair says why (the concept or ``words`` or ``figure``) and about what::

    <…/graph/comparisons#r1> a kg:ClaimRelation ; kg:relation kg:contradicts ;
        kg:claim art:a#c10-80, art:b#c200-260 ; kg:basis "defeat" ; schema:about ent:isis .

The run record carries a fingerprint of the articles it was computed from: when articles are
added, replaced or removed the fingerprint no longer matches and :func:`ensure` recomputes.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pyoxigraph as ox

from .. import vocab as V
from .relate import Relation

_G = ox.NamedNode(V.COMPARISONS_GRAPH)
_A = ox.NamedNode(V.RDF_TYPE)
_P = V.QUERY_PREFIXES
_XSD_INT = ox.NamedNode(V.XSD + "integer")


def K(local: str) -> ox.NamedNode:
    return ox.NamedNode(V.KG + local)


def fingerprint(store) -> str:
    """A digest of which articles the store holds, in which version."""
    rows = store.query(_P + """SELECT ?a ?d ?x WHERE { ?a a schema:NewsArticle .
        OPTIONAL { ?a kg:digest ?d } OPTIONAL { ?a kg:extractor ?x } }""").rows
    lines = sorted("\t".join(t.value if t is not None else "" for t in row) for row in rows)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:32]


def stored_fingerprint(store) -> str | None:
    rows = store.query(_P + "SELECT ?f WHERE { GRAPH ?g { ?g a kg:ComparisonRun ; kg:fingerprint ?f } }",
                       bindings={"g": _G}, union=False).rows
    return rows[0][0].value if rows else None


def stored_counts(store) -> tuple[int, int]:
    """The agreements and contradictions the stored run counted ((0, 0) when there is none)."""
    rows = store.query(_P + """SELECT ?n ?m WHERE { GRAPH ?g {
        ?g a kg:ComparisonRun ; kg:agreements ?n ; kg:contradictions ?m } }""",
                       bindings={"g": _G}, union=False).rows
    return (int(rows[0][0].value), int(rows[0][1].value)) if rows else (0, 0)


def quads(relations: list[Relation], print_: str) -> list[ox.Quad]:
    """The whole comparisons graph for ``relations``."""
    out = []
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    out.append(ox.Quad(_G, _A, K("ComparisonRun"), _G))
    out.append(ox.Quad(_G, K("computedAt"), ox.Literal(now, datatype=ox.NamedNode(V.XSD + "dateTime")), _G))
    out.append(ox.Quad(_G, K("fingerprint"), ox.Literal(print_), _G))
    counts = {"agrees": 0, "contradicts": 0}
    for i, rel in enumerate(relations):
        counts[rel.kind] += 1
        prop = K("agreesWith" if rel.kind == "agrees" else "contradicts")
        a, b = ox.NamedNode(rel.a), ox.NamedNode(rel.b)
        out.append(ox.Quad(a, prop, b, _G))
        out.append(ox.Quad(b, prop, a, _G))
        node = ox.NamedNode(f"{V.COMPARISONS_GRAPH}#r{i}")
        out.append(ox.Quad(node, _A, K("ClaimRelation"), _G))
        out.append(ox.Quad(node, K("relation"), prop, _G))
        out.append(ox.Quad(node, K("claim"), a, _G))
        out.append(ox.Quad(node, K("claim"), b, _G))
        out.append(ox.Quad(node, K("basis"), ox.Literal(rel.basis), _G))
        out.append(ox.Quad(node, ox.NamedNode(V.SCHEMA + "about"), ox.NamedNode(rel.subject), _G))
    out.append(ox.Quad(_G, K("agreements"), ox.Literal(str(counts["agrees"]), datatype=_XSD_INT), _G))
    out.append(ox.Quad(_G, K("contradictions"), ox.Literal(str(counts["contradicts"]), datatype=_XSD_INT), _G))
    return out


def write(store, relations: list[Relation], print_: str) -> None:
    """Replace the comparisons graph by ``relations``."""
    store.replace_graph(V.COMPARISONS_GRAPH, quads(relations, print_))


def read(store, iris: set[str] | None = None) -> list[Relation]:
    """The stored relations (those touching ``iris`` when given)."""
    rows = store.query(_P + """SELECT ?r ?rel ?a ?b ?basis ?about WHERE { GRAPH ?g {
        ?r a kg:ClaimRelation ; kg:relation ?rel ; kg:claim ?a, ?b ; kg:basis ?basis ; schema:about ?about .
        FILTER(STR(?a) < STR(?b)) } }""", bindings={"g": _G}, union=False).rows
    out = []
    for _r, rel, a, b, basis, about in rows:
        if iris is not None and a.value not in iris and b.value not in iris:
            continue
        kind = "agrees" if rel.value.endswith("agreesWith") else "contradicts"
        out.append(Relation(a.value, b.value, kind, basis.value, about.value))
    return sorted(out, key=lambda r: (r.a, r.b))
