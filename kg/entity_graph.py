"""The shared entities graph: one description per actor and place.

Every article adds what it says of its entities (types, name, aliases,
coordinates, Wikidata link, country) to :data:`kg.vocab.ENTITIES_GRAPH` in the
same write as its own graph (see :func:`kg.rdf.article_quads`).  Adding a
fact twice changes nothing, so descriptions never repeat however many
articles mention an entity.

Removing or replacing an article cannot take its facts back one by one (other
articles may say the same), so :func:`prune` drops afterwards what no article
backs any more:

* an ``schema:alternateName`` no mention is written as (aliases are the
  surface forms of the entity's mentions),
* the whole description of an entity no article refers to (no mention, no
  ``schema:mentions``, author, publisher, speaker or ``schema:about`` link),
* coordinates whose entity is gone.

Names and types of an entity that articles still mention stay as every build
gave them; rebuilding the store from scratch resets them.

The candidates are recorded durably: the update that replaces or drops an
article graph first copies the entities it refers to into
:data:`PENDING_GRAPH` (:func:`note_pending`), in the same transaction, and
:func:`prune_pending` prunes them and deletes each chunk of the record in the
transaction that prunes it.  A build or removal killed at any point leaves the
record behind, and the next build or removal finishes the pruning.
``prune(store)`` with no entities checks the whole graph.
"""

from __future__ import annotations

from typing import Iterable

from . import vocab as V
from .sparql_text import values_blocks
from .store.faults import point

#: Entities that removed or replaced articles referred to, not yet pruned
#: (``ent:X kg:prunePending true``); absent when nothing is pending.
PENDING_GRAPH = "http://kg.example/graph/prune-pending"
_PENDING = f"<{PENDING_GRAPH}>"

_E = f"<{V.ENTITIES_GRAPH}>"

_PREFIXES = V.QUERY_PREFIXES

_PRUNE_ALIASES = f"""DELETE {{ GRAPH {_E} {{ ?e schema:alternateName ?alias }} }}
WHERE {{
  %s
  GRAPH {_E} {{ ?e schema:alternateName ?alias }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?m kg:mentionOf ?e ; kg:surface ?alias }} }}
}}"""

_PRUNE_ENTITIES = f"""DELETE {{ GRAPH {_E} {{ ?e ?p ?o }} }}
WHERE {{
  {{ SELECT DISTINCT ?e WHERE {{
      %s
      GRAPH {_E} {{ ?e a ?type }}
      FILTER NOT EXISTS {{ GRAPH {_E} {{ ?owner schema:geo ?e }} }}
      FILTER NOT EXISTS {{
        GRAPH ?g {{ ?x ?link ?e }}
        FILTER(?g != {_E} && ?g != <{V.ANALYTICS_GRAPH}>)
      }}
  }} }}
  GRAPH {_E} {{ ?e ?p ?o }}
}}"""

_PRUNE_GEO = f"""DELETE {{ GRAPH {_E} {{ ?geo ?p ?o }} }}
WHERE {{
  GRAPH {_E} {{ ?geo a schema:GeoCoordinates ; ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH {_E} {{ ?e schema:geo ?geo }} }}
}}"""

_REFERENCED = f"""SELECT DISTINCT ?e WHERE {{
  GRAPH ?g {{ ?x ?link ?e }}
  FILTER(isIRI(?e) && STRSTARTS(STR(?e), "{V.ENTITY}"))
}}"""


_NOTE_PENDING = f"""INSERT {{ GRAPH {_PENDING} {{ ?e kg:prunePending true }} }}
WHERE {{
  %s
  GRAPH ?g {{ ?x ?link ?e }}
  FILTER(isIRI(?e) && STRSTARTS(STR(?e), "{V.ENTITY}"))
}}"""

_DONE_PENDING = f"""DELETE {{ GRAPH {_PENDING} {{ ?e kg:prunePending ?flag }} }}
WHERE {{
  %s
  GRAPH {_PENDING} {{ ?e kg:prunePending ?flag }}
}}"""


def note_pending(graphs: Iterable[str]) -> str:
    """An update recording the entities ``graphs`` refer to as prune candidates ('' for none).

    Run it in the transaction that drops or replaces the graphs (the
    ``prelude`` of ``Store.replace_graphs``, or ahead of the ``DROP``).
    """
    names = sorted(set(graphs))
    if not names:
        return ""
    return _PREFIXES + " ;\n".join(_NOTE_PENDING % block
                                    for block in values_blocks("g", names, chunk=len(names)))


def pending(store) -> list[str] | None:
    """The recorded prune candidates; None when no record exists."""
    if not store.query(f"ASK {{ GRAPH {_PENDING} {{ }} }}", union=False).boolean:
        if not store.query(f"ASK {{ GRAPH {_PENDING} {{ ?s ?p ?o }} }}", union=False).boolean:
            return None
    rows = store.query(f"SELECT ?e WHERE {{ GRAPH {_PENDING} {{ ?e ?p ?o }} }}", union=False).rows
    return sorted({r[0].value for r in rows})


def prune_pending(store, *, chunk: int = 500) -> bool:
    """Prune the recorded candidates (see the module); False when nothing was recorded."""
    iris = pending(store)
    if iris is None:
        return False
    point("prune:start")
    blocks = list(values_blocks("e", iris, chunk=chunk))
    for i, values in enumerate(blocks):
        steps = [_PRUNE_ALIASES % values, _PRUNE_ENTITIES % values]
        if i == len(blocks) - 1:
            steps.append(_PRUNE_GEO)
        steps.append(_DONE_PENDING % values)
        store.update(_PREFIXES + " ;\n".join(steps))
        point("prune:chunk")
    if not blocks:
        store.update(_PREFIXES + _PRUNE_GEO)
    point("prune:done")
    store.update(f"DROP SILENT GRAPH {_PENDING}")
    return True


def referenced(store, graph: str) -> list[str]:
    """The entities the named graph ``graph`` refers to (candidates for :func:`prune`)."""
    import pyoxigraph as ox

    rows = store.query(_REFERENCED, bindings={"g": ox.NamedNode(graph)}, union=False).rows
    return sorted(r[0].value for r in rows)


def prune(store, entities: Iterable[str] | None = None, *, chunk: int = 500) -> None:
    """Drop from the entities graph what no article backs any more (see the module).

    ``entities`` limits the work to those IRIs (the ones a removed or replaced
    article referred to); without it the whole graph is checked (5 s on a
    10-million-quad store).
    """
    if entities is None:
        store.update(_PREFIXES + " ;\n".join((_PRUNE_ALIASES % "", _PRUNE_ENTITIES % "", _PRUNE_GEO)))
        return
    iris = sorted(set(entities))
    for values in values_blocks("e", iris, chunk=chunk):
        store.update(_PREFIXES + " ;\n".join((_PRUNE_ALIASES % values, _PRUNE_ENTITIES % values)))
    if iris:
        store.update(_PREFIXES + _PRUNE_GEO)


_NAMESAKES = f"""SELECT DISTINCT ?e ?n WHERE {{
  GRAPH {_E} {{ ?e schema:name ?n , ?other . FILTER(?n != ?other) }}
}}"""


_WRITTEN = "ASK { ?m kg:mentionOf ?e ; kg:surface ?n }"


def settle_names(store) -> int:
    """One ``schema:name`` per entity: the greatest by :func:`kg.name_forms.name_rank`.

    Articles name an entity as they print it ("Leon Panetta", "Leon E.
    Panetta"); where the entities graph holds several names, the others are
    dropped as names and stay ``schema:alternateName`` where a mention is
    written so (aliases are the surface forms of the mentions).  The order is total, so the name kept
    does not depend on which article was built first.  Returns how many names
    were moved.
    """
    import pyoxigraph as ox

    from .name_forms import name_rank
    from .store.updates import add_data

    names: dict = {}
    for e, n in store.query(_PREFIXES + _NAMESAKES, union=False).rows:
        names.setdefault(e, []).append(n)
    if not names:
        return 0
    graph = ox.NamedNode(V.ENTITIES_GRAPH)
    name, alt = ox.NamedNode(V.SCHEMA + "name"), ox.NamedNode(V.SCHEMA + "alternateName")
    drop, add = [], []
    for e, ns in names.items():
        keep = max(ns, key=lambda n: name_rank(n.value))
        for n in ns:
            if n != keep:
                drop.append(ox.Quad(e, name, n, graph))
                if store.query(_PREFIXES + _WRITTEN, bindings={"e": e, "n": n}).boolean:
                    add.append(ox.Quad(e, alt, n, graph))
    update = "DELETE" + add_data(drop)[len("INSERT"):]
    store.update(update + (" ;\n" + add_data(add) if add else ""))
    return len(drop)
