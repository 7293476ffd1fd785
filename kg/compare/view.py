"""``kg view --compare NAME``: speakers (or outlets) linked by agreement and contradiction.

The page is the same self-contained, script-safe page as every view (:mod:`kg.views.page`):
speakers are nodes coloured by type, an edge joins two speakers whose claims about NAME agree
(green) or contradict (red, dashed), its width counts the pairs and its tooltip lists the
claims with speaker, date and article, each with the IRI ``.why`` accepts.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict

from .report import report

AGREE = "#59a14f"
CONTRADICT = "#e15759"
MAX_CLAIMS_IN_TIP = 6


def render_compare(store, iri: str, *, name: str, by: str = "speaker", all_acts: bool = False,
                   since: str | None = None, until: str | None = None):
    """A :class:`kg.views.View` of who agrees and who contradicts about ``iri``."""
    from ..lookup.kinds import entity_labels
    from ..views import View
    from ..views.graph import STYLES
    from ..views.page import render_page

    c = report(store, iri, since=since, until=until, all_acts=all_acts)
    labels = entity_labels(store)
    details = {d.iri: d for g in c.groups for d in g.claims}

    def node_of(d) -> tuple[str, str, str]:
        if by == "outlet":
            return (d.outlet or "(no outlet)", d.outlet or "(no outlet)", "Organization")
        label = labels.get(d.speaker_iri)
        kind = label[1] if label else "Source"
        return (d.speaker_iri, d.speaker, kind)

    nodes: dict[str, dict] = {}
    edges: dict[tuple[str, str, str], list] = defaultdict(list)
    for g in c.groups:
        for r in g.relations:
            a, b = details[r.a], details[r.b]
            (ka, na, ta), (kb, nb, tb) = node_of(a), node_of(b)
            if ka == kb:
                continue
            for k, n, t, d in ((ka, na, ta, a), (kb, nb, tb, b)):
                node = nodes.setdefault(k, {"label": n, "kind": t, "claims": {}})
                node["claims"][d.iri] = d
            key = (min(ka, kb), max(ka, kb), r.kind)
            edges[key].append((a, b, r.basis))
    order = sorted(nodes)
    index = {k: i for i, k in enumerate(order)}
    n = max(1, len(order))
    payload_nodes = []
    for i, k in enumerate(order):
        node = nodes[k]
        claims = sorted(node["claims"].values(), key=lambda d: (d.date or "9999", d.iri))
        angle = 2 * math.pi * i / n
        payload_nodes.append({
            "label": node["label"][:40], "kind": node["kind"], "size": 12 + 3 * min(10, len(claims)),
            "x": 300 * math.cos(angle), "y": 300 * math.sin(angle),
            "tip": {"name": node["label"], "kind": node["kind"], "claim_count": len(claims),
                    "claims": [{"text": d.text, "speaker": d.speaker, "article": d.headline or d.article}
                               for d in claims[:MAX_CLAIMS_IN_TIP]]},
        })
    payload_edges = []
    for (ka, kb, kind), pairs in sorted(edges.items()):
        tip_claims = []
        for a, b, _basis in pairs[:MAX_CLAIMS_IN_TIP // 2]:
            for d in (a, b):
                tip_claims.append({"text": d.text, "speaker": d.speaker, "date": d.date or "undated",
                                   "article": d.headline or d.article, "iri": d.iri})
        payload_edges.append({
            "from": index[ka], "to": index[kb], "weight": len(pairs),
            "label": f"{'contradicts' if kind == 'contradicts' else 'agrees'} ×{len(pairs)}",
            "color": CONTRADICT if kind == "contradicts" else AGREE,
            "dashes": kind == "contradicts", "claims": tip_claims,
        })
    counts: dict[str, int] = defaultdict(int)
    for p in payload_nodes:
        counts[p["kind"]] += 1
    from ..lookup.summaries import KINDS

    payload = {
        "nodes": payload_nodes, "edges": payload_edges, "styles": STYLES,
        "legend": [{"kind": k, "count": counts[k]} for k in KINDS if k in counts],
        "sized_by": "claims in a relation", "edge_note": "green: agree · red, dashed: contradict",
        "options": {"physics": {"enabled": True, "stabilization": {"iterations": 200}},
                    "interaction": {"hover": True, "tooltipDelay": 120},
                    "edges": {"smooth": False}},
        "edge_labels": True,
    }
    contradictions = sum(1 for e in payload_edges if e["color"] == CONTRADICT)
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    caption = (f"Who agrees and who contradicts about {name} · {len(payload_nodes)} "
               f"{'outlets' if by == 'outlet' else 'speakers'}, {len(payload_edges)} links "
               f"({contradictions} contradicting) · {c.claims} claims ({c.acts}) · {when}")
    notes = ["green edges: their claims agree; red dashed edges: they contradict; hover an edge "
             "for the claims"]
    if c.undated:
        notes.append(f"{c.undated} of the claims are in undated articles")
    if not payload_edges:
        notes.append("no two speakers' claims about it agree or contradict")
    title = f"Agreement and contradiction about {name}"
    page = render_page(title=title, caption=caption, notes=notes, payload=payload)
    return View(html=page, title=title, caption=caption, nodes=len(payload_nodes),
                edges=len(payload_edges), notes=tuple(notes))
