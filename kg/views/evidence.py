"""The evidence behind the edges of a view: the sentences (or claims) an edge stands for.

Each item names its article, date and text and carries the IRI the shell's
``.why`` accepts (a mention or a claim).  IRIs reach SPARQL only in VALUES
blocks written as N-Triples terms (``<...>``) by pyoxigraph, which refuses
anything that could break out of the brackets.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Sequence

import pyoxigraph as ox

from .data import PREFIXES

#: Items of evidence per edge, and the candidates looked at to pick the latest of them.
PER_EDGE = 3
CANDIDATES = 12
#: Edges beyond this many carry their weight only (the page would grow too big).
MAX_EDGES = 4000
_CHUNK = 300

#: Order of speech acts in tooltips: statements first.
ACT_ORDER = {"Statement": 0, "Finding": 1, "Belief": 2}


def _terms(iris: Iterable[str]) -> list[str]:
    out = []
    for iri in iris:
        try:
            out.append(str(ox.NamedNode(iri)))
        except ValueError:
            continue
    return out


def _chunks(items: list, size: int = _CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _date(term) -> str:
    return term.value[:10] if term is not None else ""


def _article(a, h, ident) -> str:
    for t in (h, ident, a):
        if t is not None and t.value:
            return t.value
    return ""


def sentence_evidence(store, pairs: Sequence[tuple[str, str]], units: Sequence[set[str]]
                      ) -> list[list[dict]]:
    """For each pair ``(a, b)`` with the sentences ``units[i]`` naming both: up to
    :data:`PER_EDGE` of them, latest first, as ``{text, article, date, iri}`` (``iri``: the
    mention of ``a`` in that sentence)."""
    pick = [sorted(u)[:CANDIDATES] for u in units[:MAX_EDGES]]
    every = sorted({s for p in pick for s in p})
    dated: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(_terms(every)):
        q = PREFIXES + f"""
SELECT ?s ?a ?d WHERE {{ VALUES ?s {{ {' '.join(chunk)} }}
  ?s kg:inArticle ?a . OPTIONAL {{ ?a schema:datePublished ?d }} }}"""
        for s, a, d in store.query(q).rows:
            if s is not None and a is not None:
                dated[s.value] = (_date(d), a.value)
    chosen: list[list[str]] = []
    for p in pick:
        ranked = sorted(p, key=lambda s: (dated.get(s, ("", ""))[0], s), reverse=True)
        chosen.append(ranked[:PER_EDGE])
    wanted = sorted({s for c in chosen for s in c})
    text: dict[str, tuple[str, str, str]] = {}
    for chunk in _chunks(_terms(wanted)):
        q = PREFIXES + f"""
SELECT ?s ?t ?a ?h ?id ?d WHERE {{ VALUES ?s {{ {' '.join(chunk)} }}
  ?s schema:text ?t ; kg:inArticle ?a .
  OPTIONAL {{ ?a schema:headline ?h }} OPTIONAL {{ ?a schema:identifier ?id }}
  OPTIONAL {{ ?a schema:datePublished ?d }} }}"""
        for s, t, a, h, ident, d in store.query(q).rows:
            if s is not None and s.value not in text:
                text[s.value] = (t.value if t is not None else "", _article(a, h, ident), _date(d))
    mention: dict[tuple[str, str], str] = {}
    for chunk in _chunks(_terms(wanted)):
        q = PREFIXES + f"""
SELECT ?s ?e ?m WHERE {{ VALUES ?s {{ {' '.join(chunk)} }} ?m kg:sentence ?s ; kg:mentionOf ?e }}"""
        for s, e, m in store.query(q).rows:
            if s is not None and e is not None and m is not None:
                k = (s.value, e.value)
                if k not in mention or m.value < mention[k]:
                    mention[k] = m.value
    out: list[list[dict]] = []
    for (a, _b), c in zip(pairs, chosen):
        items = []
        for s in c:
            t, art, d = text.get(s, ("", "", ""))
            items.append({"text": t, "article": art, "date": d or "undated",
                          "iri": mention.get((s, a), s)})
        out.append(items)
    return out + [[] for _ in units[MAX_EDGES:]]


def article_evidence(store, pairs: Sequence[tuple[str, str]], units: Sequence[set[str]]
                     ) -> list[list[dict]]:
    """For each pair ``(a, b)`` with the articles ``units[i]`` naming both: up to
    :data:`PER_EDGE` of them, latest first, as ``{text: "", article, date, iri}`` (``iri``: the
    first mention of ``a`` in that article)."""
    every = sorted({u for us in units[:MAX_EDGES] for u in us})
    info: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(_terms(every)):
        q = PREFIXES + f"""
SELECT ?a ?h ?id ?d WHERE {{ VALUES ?a {{ {' '.join(chunk)} }}
  OPTIONAL {{ ?a schema:headline ?h }} OPTIONAL {{ ?a schema:identifier ?id }}
  OPTIONAL {{ ?a schema:datePublished ?d }} }}"""
        for a, h, ident, d in store.query(q).rows:
            if a is not None and a.value not in info:
                info[a.value] = (_article(a, h, ident), _date(d))
    chosen = [sorted(us, key=lambda u: (info.get(u, ("", ""))[1], u), reverse=True)[:PER_EDGE]
              for us in units[:MAX_EDGES]]
    wanted = sorted({u for c in chosen for u in c})
    ends = {a for (a, _b), c in zip(pairs, chosen) if c}
    mention: dict[tuple[str, str], str] = {}
    for chunk in _chunks(_terms(wanted)):
        q = PREFIXES + f"""
SELECT ?a ?e ?m WHERE {{ VALUES ?a {{ {' '.join(chunk)} }} ?m kg:inArticle ?a ; kg:mentionOf ?e }}"""
        for a, e, m in store.query(q).rows:
            if a is not None and e is not None and m is not None and e.value in ends:
                k = (a.value, e.value)
                if k not in mention or m.value < mention[k]:
                    mention[k] = m.value
    out: list[list[dict]] = []
    for (a, _b), c in zip(pairs, chosen):
        out.append([{"text": "", "article": info.get(u, (u, ""))[0],
                     "date": info.get(u, ("", ""))[1] or "undated",
                     "iri": mention.get((u, a), u)} for u in c])
    return out + [[] for _ in units[MAX_EDGES:]]


def claim_evidence(store, claims: Sequence[Sequence[str]]) -> list[list[dict]]:
    """For each list of claim IRIs: up to :data:`PER_EDGE` of them, statements first, then
    the latest, as ``{text, speaker, act, article, date, iri}``."""
    every = sorted({c for cs in claims[:MAX_EDGES] for c in cs})
    info: dict[str, dict] = {}
    for chunk in _chunks(_terms(every)):
        q = PREFIXES + f"""
SELECT ?c ?t ?act ?sname ?sdesc ?stext ?a ?h ?id ?d WHERE {{ VALUES ?c {{ {' '.join(chunk)} }}
  ?c schema:text ?t .
  OPTIONAL {{ ?c kg:act ?act }}
  OPTIONAL {{ ?c schema:author ?s OPTIONAL {{ ?s schema:name ?sname }}
             OPTIONAL {{ ?s schema:description ?sdesc }} }}
  OPTIONAL {{ ?c kg:speakerText ?stext }}
  OPTIONAL {{ ?c schema:appearance ?a OPTIONAL {{ ?a schema:headline ?h }}
             OPTIONAL {{ ?a schema:identifier ?id }} OPTIONAL {{ ?a schema:datePublished ?d }} }}
}}"""
        for c, t, act, sname, sdesc, stext, a, h, ident, d in store.query(q).rows:
            if c is None or c.value in info:
                continue
            speaker = next((x.value for x in (sname, sdesc, stext) if x is not None and x.value),
                           "unnamed source")
            info[c.value] = {
                "text": t.value, "speaker": speaker,
                "act": act.value.rsplit("#", 1)[-1] if act is not None else "",
                "article": _article(a, h, ident) if a is not None else "",
                "date": _date(d) or "undated", "iri": c.value}
    out: list[list[dict]] = []
    for cs in claims[:MAX_EDGES]:
        found = sorted((info[c] for c in cs if c in info), key=lambda x: x["iri"])
        found.sort(key=lambda x: x["date"], reverse=True)
        found.sort(key=lambda x: ACT_ORDER.get(x["act"], 3))
        out.append(found[:PER_EDGE])
    return out + [[] for _ in claims[MAX_EDGES:]]


def by_unit_pairs(by_entity: dict[str, set[str]], pairs: Sequence[tuple[str, str]]
                  ) -> list[set[str]]:
    """The units (sentences, articles) shared by each pair."""
    empty: set[str] = set()
    return [by_entity.get(a, empty) & by_entity.get(b, empty) for a, b in pairs]


def group_claims(rows) -> dict[tuple[str, str], list[str]]:
    """``(speaker, subject) → claim IRIs`` from ``(claim, speaker, subject)`` rows."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for c, s, x in rows:
        out[(s, x)].append(c)
    return out
