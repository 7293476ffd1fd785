"""One type and one name per actor or place: the vote every front end uses.

Articles may type one entity differently ("Manchester" the city, typed a
person once); each records the broad type it gave (``kg:recognizedAs``) and
the type most of them gave wins (:func:`pick_kind`).  Of several names, the
one its mentions write most wins (:func:`pick_name`).  Analytics, views,
``.top``, ``.describe`` and ``kg stats`` all take types and names from here.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable
from urllib.parse import unquote

from ..sparql_text import values_blocks
from .common import PREFIXES as _P

#: The broad types a network node can have, in tie-break order.
NODE_TYPES = ("Person", "Organization", "Place")
_TYPE_FILTER = ", ".join(f"schema:{t}" for t in NODE_TYPES)


_TYPES = _P + f"""
SELECT DISTINCT ?e ?t WHERE {{ %s ?e a ?t . FILTER(?t IN ({_TYPE_FILTER})) }}"""
_VOTES = _P + """
SELECT ?e ?t (COUNT(*) AS ?n) WHERE { %s ?e kg:recognizedAs ?t } GROUP BY ?e ?t"""
_NAMES = _P + """
SELECT ?e ?name (COUNT(?m) AS ?n) WHERE {
  %s
  ?e schema:name ?name .
  OPTIONAL { ?m kg:mentionOf ?e ; kg:surface ?name }
} GROUP BY ?e ?name"""


def _rows(store, template: str, iris: list[str] | None):
    if iris is None:
        yield from store.query(template % "").rows
        return
    for block in values_blocks("e", iris):
        yield from store.query(template % block).rows


def entity_labels(store, *, mentioned_only: bool = False,
                  iris: Iterable[str] | None = None) -> dict[str, tuple[str, str]]:
    """``{entity IRI: (name, type)}`` for every actor and place (Person, Organization, Place).

    With ``mentioned_only``, only entities some article mentions (journalists
    and publishers are typed but not mentioned); with ``iris``, only those.
    Where articles typed an entity differently, the type most of them gave it
    (``kg:recognizedAs``) wins; of several names, the one its mentions write
    most.  Types, names and mentions come from separate aggregate queries:
    joining them in SPARQL is several times slower.
    """
    wanted = None if iris is None else sorted(set(iris))
    types: dict[str, dict[str, int]] = defaultdict(dict)
    for e, t in _rows(store, _TYPES, wanted):
        types[e.value][t.value.rsplit("/", 1)[-1]] = 0
    if mentioned_only:
        mentioned = {r[0].value for r in store.query(
            _P + "SELECT DISTINCT ?e WHERE { ?art schema:mentions ?e }").rows}
        types = {iri: t for iri, t in types.items() if iri in mentioned}
    if any(len(t) > 1 for t in types.values()):
        for e, t, n in _rows(store, _VOTES, wanted):
            kinds = types.get(e.value)
            kind = t.value.rsplit("/", 1)[-1]
            if kinds is not None and kind in kinds:
                kinds[kind] = int(n.value)
    names: dict[str, dict[str, int]] = defaultdict(dict)
    for e, name, n in _rows(store, _NAMES, wanted):
        if e.value in types:
            names[e.value][name.value] = int(n.value)
    out = {}
    for iri, tcounts in types.items():
        out[iri] = (pick_name(names.get(iri, {})) or fallback_name(iri), pick_kind(tcounts))
    return out


def entity_label(store, iri: str) -> tuple[str, str] | None:
    """``(name, type)`` of one actor or place as :func:`entity_labels` gives it; None for others."""
    return entity_labels(store, iris=[iri]).get(iri)


def pick_kind(votes: dict[str, int]) -> str:
    """The type most articles gave an entity (``kg:recognizedAs``), ties in :data:`NODE_TYPES` order.

    >>> pick_kind({"Person": 1, "Organization": 6})
    'Organization'
    >>> pick_kind({"Place": 2, "Person": 2})
    'Person'
    """
    rank = {k: i for i, k in enumerate(NODE_TYPES)}
    return max(votes, key=lambda k: (votes[k], -rank.get(k, len(NODE_TYPES))))


def pick_name(counts: dict[str, int]) -> str | None:
    """The most frequent name, ties to the alphabetically first.

    >>> pick_name({"Islamic State": 2, "ISIS": 2, "IS": 1})
    'ISIS'
    >>> pick_name({}) is None
    True
    """
    if not counts:
        return None
    return min(counts, key=lambda name: (-counts[name], name))


def ranked(rows: Iterable[tuple[str, str | None, float]]) -> list[tuple[str, str | None, float]]:
    """``(iri, name, score)`` rows, highest score first, ties by name, then IRI.

    The one order of the rankings (``kg rank``, the shell's ``.top``), so that
    they list tied entities alike.

    >>> ranked([("e:b", "Beta", 1.0), ("e:a", "Alpha", 1.0), ("e:c", None, 2.0)])
    [('e:c', None, 2.0), ('e:a', 'Alpha', 1.0), ('e:b', 'Beta', 1.0)]
    """
    return sorted(rows, key=lambda r: (-r[2], r[1] or "", r[0]))


def fallback_name(iri: str) -> str:
    """A readable name for a node the store does not name.

    >>> fallback_name("http://kg.example/entity/abu-bakr-al-baghdadi")
    'abu bakr al baghdadi'
    """
    local = iri.rstrip("/").rsplit("/", 1)[-1].split("#")[-1]
    return unquote(local).replace("-", " ") or iri
