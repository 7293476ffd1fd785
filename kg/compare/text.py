"""A comparison as text for a terminal, or as JSON for scripts (pure functions)."""

from __future__ import annotations

import json
import textwrap

from ..results import short_iri
from ..terminal import printable
from .report import Comparison


def _line(d, width: int, prefixes=None) -> list[str]:
    when = d.date or "undated"
    who = printable(d.speaker)
    outlet = f" ({printable(d.outlet)})" if d.outlet else ""
    head = f"  {when}  {who}{outlet}"
    if d.act and d.act != "Statement":
        head += f"  [{d.act.lower()}]"
    body = textwrap.wrap("\u201c" + printable(d.text) + "\u201d", width - 6) or [""]
    return [head] + ["      " + b for b in body[:4]] + (["      …"] if len(body) > 4 else []) + \
           [f"      {short_iri(d.iri, prefixes)}"]


def as_text(c: Comparison, *, name: str, width: int = 100, max_groups: int = 20,
            prefixes: dict | None = None) -> str:
    """The report ``kg compare`` and ``.compare`` print."""
    out = [f"{printable(name)}: {c.claims} {'claim' if c.claims == 1 else 'claims'} "
           f"({c.acts}), {len(c.groups)} {'group' if len(c.groups) == 1 else 'groups'} "
           f"of claims that agree or contradict"]
    if c.undated:
        out.append(f"  {c.undated} of them in undated articles (shown, never dropped)")
    if c.left_out_undated:
        out.append(f"  {c.left_out_undated} claims in undated articles left out by --since/--until")
    for i, g in enumerate(c.groups[:max_groups], 1):
        out.append("")
        out.append(f"Group {i}: {g.contradictions} contradiction(s), {g.agreements} agreement(s) "
                   f"· on {', '.join(g.bases)}")
        by_iri = {d.iri: d for d in g.claims}
        for d in g.claims:
            out += _line(d, width, prefixes)
        for r in g.relations:
            a, b = by_iri[r.a], by_iri[r.b]
            verb = "contradicts" if r.kind == "contradicts" else "agrees with"
            out.append(f"    · {printable(a.speaker)} {verb} {printable(b.speaker)}")
    if len(c.groups) > max_groups:
        out.append(f"\n… and {len(c.groups) - max_groups} more groups")
    for title, pairs in (("Speakers", c.speakers), ("Outlets", c.outlets)):
        if pairs:
            out.append("")
            out.append(f"{title} (agree / contradict):")
            for p in pairs[:15]:
                out.append(f"  {printable(p.a)} — {printable(p.b)}: {p.agreements} / {p.contradictions}")
    if not c.groups:
        out.append("No two claims about it agree or contradict.")
    out.append("")
    out.append("Trace a claim to its sentence with .why IRI (kg shell -e '.why IRI').")
    return "\n".join(out)


def as_json(c: Comparison, *, name: str) -> str:
    """The report as one JSON document."""
    def claim(d):
        return {"iri": d.iri, "text": d.text, "speaker": d.speaker, "speaker_iri": d.speaker_iri,
                "cue": d.cue, "act": d.act, "article": d.article, "headline": d.headline,
                "outlet": d.outlet, "date": d.date}

    return json.dumps({
        "entity": c.entity, "name": name, "claims": c.claims, "undated": c.undated,
        "left_out_undated": c.left_out_undated, "acts": c.acts,
        "groups": [{"claims": [claim(d) for d in g.claims],
                    "relations": [{"a": r.a, "b": r.b, "relation": r.kind, "basis": r.basis}
                                  for r in g.relations]} for g in c.groups],
        "speakers": [p.__dict__ for p in c.speakers],
        "outlets": [p.__dict__ for p in c.outlets],
    }, ensure_ascii=False, indent=2)
