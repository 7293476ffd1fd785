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
"""

from __future__ import annotations

from . import vocab as V

_PRUNE = f"""PREFIX schema: <{V.SCHEMA}>
PREFIX kg: <{V.KG}>
DELETE {{ GRAPH <{V.ENTITIES_GRAPH}> {{ ?e schema:alternateName ?alias }} }}
WHERE {{
  GRAPH <{V.ENTITIES_GRAPH}> {{ ?e schema:alternateName ?alias }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?m kg:mentionOf ?e ; kg:surface ?alias }} }}
}} ;
DELETE {{ GRAPH <{V.ENTITIES_GRAPH}> {{ ?e ?p ?o }} }}
WHERE {{
  {{ SELECT DISTINCT ?e WHERE {{
      GRAPH <{V.ENTITIES_GRAPH}> {{ ?e a ?type }}
      FILTER NOT EXISTS {{ GRAPH <{V.ENTITIES_GRAPH}> {{ ?owner schema:geo ?e }} }}
      FILTER NOT EXISTS {{
        GRAPH ?g {{ ?x ?link ?e }}
        FILTER(?g != <{V.ENTITIES_GRAPH}> && ?g != <{V.ANALYTICS_GRAPH}>)
      }}
  }} }}
  GRAPH <{V.ENTITIES_GRAPH}> {{ ?e ?p ?o }}
}} ;
DELETE {{ GRAPH <{V.ENTITIES_GRAPH}> {{ ?geo ?p ?o }} }}
WHERE {{
  GRAPH <{V.ENTITIES_GRAPH}> {{ ?geo a schema:GeoCoordinates ; ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH <{V.ENTITIES_GRAPH}> {{ ?e schema:geo ?geo }} }}
}}"""


def prune(store) -> None:
    """Drop from the entities graph what no article backs any more (see the module)."""
    store.update(_PRUNE)
