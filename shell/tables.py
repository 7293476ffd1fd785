"""The meta-commands' reports as tables, for the machine formats (csv, tsv, json).

With ``.format csv|tsv|json`` (or ``kg shell --format ...``), ``.top``, ``.claims``, ``.why``,
``.describe``, ``.schema`` and the ``.q`` list print these tables through the W3C result
writers of :mod:`kg.results`, byte for byte what ``kg query`` would print; ``table`` and
``vertical`` keep the reports of :mod:`kg.shell.reports`. Pure functions of kg.lookup records.

>>> from kg.lookup import TopResult
>>> t = top_table(TopResult("pagerank", (("http://kg.example/entity/isis", "ISIS", 0.25),)))
>>> print(render_tables(t, "csv"), end="")
rank,entity,name,pagerank
1,http://kg.example/entity/isis,ISIS,0.25
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable, Sequence

import pyoxigraph as ox

from kg.formats import SHELL_MACHINE as MACHINE_FORMATS  # tables of data, not reports for people
from kg.lookup import ClaimInfo, Description, Evidence, TopResult
from kg.results import render
from kg.store.base import QueryResult


@dataclass(frozen=True)
class Table:
    """One named table of a report (``name`` keys it in JSON output)."""

    name: str
    result: QueryResult


def _term(value) -> ox.NamedNode | ox.Literal | None:
    if value is None or value == "":
        return None
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal(value)
    if isinstance(value, (int, float)):
        return ox.Literal(value)
    return ox.Literal(str(value))


def _iri(value: str | None) -> ox.NamedNode | None:
    return ox.NamedNode(value) if value else None


def _table(name: str, variables: Sequence[str], rows: Iterable[Sequence]) -> Table:
    return Table(name, QueryResult("select", list(variables), [tuple(_term(v) for v in r) for r in rows]))


def top_table(t: TopResult) -> list[Table]:
    return [_table("top", ["rank", "entity", "name", t.measure],
                   [(i, _iri(iri), name, score) for i, (iri, name, score) in enumerate(t.rows, 1)])]


def _claim_row(c: ClaimInfo) -> tuple:
    return (c.role, _iri(c.iri), c.text, _iri(c.speaker), c.speaker_name, c.cue, c.kind,
            _iri(c.article.iri), c.article.headline, c.article.publisher, c.article.date)


_CLAIM_COLUMNS = ("role", "claim", "text", "speaker", "speakerName", "cue", "kind", "article",
                  "headline", "publisher", "date")


def claims_table(claims: Iterable[ClaimInfo]) -> list[Table]:
    return [_table("claims", _CLAIM_COLUMNS, [_claim_row(c) for c in claims])]


def evidence_table(items: Iterable[Evidence]) -> list[Table]:
    rows = [(e.kind, _iri(e.iri), _iri(e.of), _iri(e.article.iri if e.article else None),
             e.article.headline if e.article else None, e.start, e.end, e.text, e.speaker,
             _iri(e.sentence_iri), e.sentence) for e in items]
    return [_table("evidence", ("kind", "node", "of", "article", "headline", "start", "end", "text",
                                "speaker", "sentenceNode", "sentence"), rows)]


def schema_table(classes, properties) -> list[Table]:
    rows = [("class", _iri(c), n) for c, n in classes] + [("property", _iri(p), n) for p, n in properties]
    return [_table("schema", ("kind", "iri", "count"), rows)]


def describe_tables(d: Description) -> list[Table]:
    """The entity's facts (``field``, ``value`` rows), its articles, and its claims by and about it."""
    facts: list[tuple] = [("name", d.name)]
    facts += [("type", _iri(t)) for t in d.types]
    facts += [("alias", a) for a in d.aliases]
    facts.append(("description", d.description))
    facts += [("sameAs", _iri(s)) for s in d.same_as]
    facts += [("latitude", d.latitude), ("longitude", d.longitude)]
    facts += [("containedInPlace", _iri(c)) for c, _ in d.contained_in]
    facts += [("mentions", d.mentions), ("articles", max(d.article_count, len(d.articles)))]
    facts += [(m.name, m.value) for m in d.measures]
    if d.community is not None:
        facts.append(("community", d.community.value))
    entity = _table("entity", ("entity", "field", "value"),
                    [(_iri(d.iri), f, v) for f, v in facts if v is not None and v != ""])
    articles = _table("articles", ("article", "headline", "publisher", "date", "mentions"),
                      [(_iri(a.iri), a.headline, a.publisher, a.date, a.mentions) for a in d.articles])
    claims = claims_table([*d.claims_by, *d.claims_about])
    return [entity, articles, *claims]


def queries_table(queries) -> list[Table]:
    return [_table("queries", ("name", "usage", "description"),
                   [(q.name, q.usage(), q.description) for q in queries.values()])]


def render_tables(tables: Sequence[Table], fmt: str) -> str:
    """``tables`` in a machine format: CSV and TSV tables one after another (a blank line
    between them); JSON one SPARQL results document, or an object of them keyed by table name."""
    if fmt not in MACHINE_FORMATS:
        raise ValueError(f"format {fmt!r} is not one of {', '.join(MACHINE_FORMATS)}")
    if fmt == "json":
        if len(tables) == 1:
            return render(tables[0].result, "json") + "\n"
        doc = {t.name: json.loads(render(t.result, "json")) for t in tables}
        return json.dumps(doc, ensure_ascii=False) + "\n"
    blank = "\r\n" if fmt == "csv" else "\n"
    return blank.join(render(t.result, fmt) for t in tables)


__all__ = ["MACHINE_FORMATS", "Table", "top_table", "claims_table", "evidence_table", "schema_table",
           "describe_tables", "queries_table", "render_tables"]


def compare_tables(c) -> list[Table]:
    """A comparison (:class:`kg.compare.Comparison`): one row per claim of a group, and its relations."""
    claims, relations = [], []
    for i, g in enumerate(c.groups, 1):
        for d in g.claims:
            claims.append((i, _iri(d.iri), d.text, _iri(d.speaker_iri), d.speaker, d.outlet, d.date, d.act))
        for r in g.relations:
            relations.append((i, _iri(r.a), r.kind, _iri(r.b), r.basis))
    return [_table("claims", ["group", "claim", "text", "speaker", "speakerName", "outlet", "date", "act"], claims),
            _table("relations", ["group", "claim", "relation", "other", "basis"], relations)]
