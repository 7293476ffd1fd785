"""Names → IRIs and IRIs → names: an entity by name, alias (case-insensitive) or IRI.

User text reaches SPARQL only as RDF terms bound with ``Store.query(bindings=...)``.
"""

from __future__ import annotations

import difflib
from typing import Mapping

import pyoxigraph as ox

from .. import vocab as V
from .common import EXISTS, PREFIXES as _P, lit, node, val
from .records import ArticleRef, Match
from .terms import iri_term

_FIND = _P + """SELECT DISTINCT ?e ?how ?label WHERE {
  { ?e schema:name ?label BIND("name" AS ?how) }
  UNION { ?e schema:alternateName ?label BIND("alias" AS ?how) }
  BIND(LCASE(STR(?label)) AS ?key)
}"""

_MENTIONS = _P + """SELECT ?m ?a WHERE { ?m kg:mentionOf ?e OPTIONAL { ?m kg:inArticle ?a } }"""

_NAME = _P + """SELECT ?n WHERE { ?e schema:name ?n } ORDER BY STRLEN(?n) ?n LIMIT 1"""

_NAMES = _P + f"""SELECT DISTINCT ?e ?label WHERE {{
  {{ ?e schema:name ?label }} UNION {{ ?e schema:alternateName ?label }}
  FILTER(STRSTARTS(STR(?e), "{V.ENTITY}"))
}}"""

_ARTICLE = _P + """SELECT ?h ?pub ?d WHERE {
  ?a a schema:NewsArticle .
  OPTIONAL { ?a schema:headline ?h }
  OPTIONAL { ?a schema:publisher ?pub }
  OPTIONAL { ?a schema:datePublished ?d }
} LIMIT 1"""


def mentions_by_article(store, iri: str) -> dict[str, int]:
    """``{article IRI: number of mentions of iri in it}``."""
    out: dict[str, set] = {}
    for m, a in store.query(_MENTIONS, bindings={"e": node(iri)}).rows:
        out.setdefault(a.value if a is not None else "", set()).add(m)
    return {a: len(ms) for a, ms in out.items()}


def mention_count(store, iri: str) -> int:
    return sum(mentions_by_article(store, iri).values())


_MENTION_COUNTS = _P + "SELECT ?e (COUNT(?m) AS ?n) WHERE { ?m kg:mentionOf ?e } GROUP BY ?e"


def mention_counts(store) -> dict[str, int]:
    """``{entity IRI: number of its mentions}`` over every article, in one pass."""
    return {e.value: int(n.value) for e, n in store.query(_MENTION_COUNTS).rows
            if isinstance(e, ox.NamedNode)}


def name_of(store, iri: str) -> str | None:
    """The shortest ``schema:name`` of ``iri`` (ties: alphabetical), or None."""
    rows = store.query(_NAME, bindings={"e": node(iri)}).rows
    return rows[0][0].value if rows else None


class Names:
    """:func:`name_of` with a cache, for one report."""

    def __init__(self, store) -> None:
        self.store = store
        self.cache: dict[str, str | None] = {}

    def __call__(self, iri: str | None) -> str | None:
        if not iri:
            return None
        if iri not in self.cache:
            self.cache[iri] = name_of(self.store, iri)
        return self.cache[iri]


def find(store, text: str, *, prefixes: Mapping[str, str] | None = None) -> list[Match]:
    """Entities whose IRI, name or alias is ``text`` (case-insensitive), best first.

    An IRI (``<...>``, ``prefix:name``) is taken when the store knows it.
    Names beat aliases; ties go to the entity with more mentions.
    """
    text = text.strip()
    if not text:
        return []
    term = iri_term(text, prefixes=prefixes)
    if term is not None and store.query(EXISTS, bindings={"e": term}).boolean:
        return [Match(term.value, name_of(store, term.value) or V.shorten(term.value), "iri",
                      mention_count(store, term.value))]
    rows = store.query(_FIND, bindings={"key": lit(text.lower())}).rows
    best: dict[str, tuple[str, str]] = {}
    for e, how, label in rows:
        if not isinstance(e, ox.NamedNode):
            continue
        prev = best.get(e.value)
        if prev is None or (prev[0] == "alias" and how.value == "name"):
            best[e.value] = (how.value, label.value)
    matches = []
    for iri, (how, label) in best.items():
        name = label if how == "name" else (name_of(store, iri) or label)
        matches.append(Match(iri, name, how, mention_count(store, iri)))
    matches.sort(key=lambda m: (m.how != "name", -m.mentions, m.name.lower(), m.iri))
    return matches


def resolve_one(store, text: str, *, prefixes: Mapping[str, str] | None = None) -> str | None:
    """The IRI of the best entity for ``text`` (see :func:`find`), or None."""
    found = find(store, text, prefixes=prefixes)
    return found[0].iri if found else None


def entity_names(store) -> list[tuple[str, str]]:
    """``(label, iri)`` for every name and alias of every actor and place."""
    out = [(label.value, e.value) for e, label in store.query(_NAMES).rows
           if label is not None and isinstance(e, ox.NamedNode)]
    out.sort(key=lambda p: (p[0].lower(), p[1]))
    return out


def similar_names(names: list[tuple[str, str]], text: str, *, n: int = 5) -> list[str]:
    """Labels close to ``text`` (substring first, then spelling), for 'did you mean'.

    >>> similar_names([("ISIS", "e:1"), ("Islamic State", "e:1"), ("Iraq", "e:2")], "islamic")
    ['Islamic State']
    """
    low = text.strip().lower()
    if not low:
        return []
    labels = sorted({label for label, _ in names})
    contains = [label for label in labels if low in label.lower()]
    close = difflib.get_close_matches(low, [label.lower() for label in labels], n=n, cutoff=0.75)
    by_low = {label.lower(): label for label in labels}
    out: list[str] = []
    for label in contains + [by_low[c] for c in close]:
        if label not in out:
            out.append(label)
    return out[:n]


def article_ref(store, iri: str, *, mentions: int = 0, names=None) -> ArticleRef:
    """Headline, publisher name and date of an article."""
    rows = store.query(_ARTICLE, bindings={"a": node(iri)}).rows
    if not rows:
        return ArticleRef(iri, mentions=mentions)
    h, pub, d = rows[0]
    publisher = (names or Names(store))(val(pub)) if pub is not None else None
    return ArticleRef(iri, val(h), publisher, val(d), mentions)
