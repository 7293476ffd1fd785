"""The read layer: what front ends (shell, CLI, views, server, analytics) ask a store.

==============  ================================================================
module          topic
==============  ================================================================
``terms``       text a person types as an IRI (``<iri>``, ``prefix:local``)
``names``       name or alias → IRI (:func:`find`, :func:`resolve_one`), IRI → name
``kinds``       one type and one name per entity: the type vote (:func:`pick_kind`)
``describe``    everything known about one node (:class:`Description`)
``claims``      claims made by or about an entity
``evidence``    the article, sentence and span behind a claim or mention
``measures``    measure and projection names, the scores a store holds
``top``         top-N entities by a measure or by mentions
``schema``      classes and properties in use
``records``     the frozen records all of these return
==============  ================================================================

User text reaches SPARQL only as RDF terms bound with ``Store.query(bindings=...)``.
"""

from __future__ import annotations

from .claims import claims
from .common import properties
from .describe import describe
from .evidence import evidence, passage, why
from .kinds import NODE_TYPES, entity_labels, fallback_name, pick_kind, pick_name
from .measures import (DEFAULT_PROJECTION, MEASURES, PROJECTIONS, RANKABLE, SIZE_BY, analytics_stale,
                       measure_local, measures)
from .names import (article_ref, entity_names, find, mention_count, mention_counts, name_of, resolve_one,
                    similar_names)
from .records import ArticleRef, ClaimInfo, Community, Description, Evidence, Match, Measure, TopResult
from .schema import classes, predicates
from .terms import iri_term
from .top import top

__all__ = [
    "Match", "ArticleRef", "ClaimInfo", "Measure", "Community", "Description", "Evidence",
    "TopResult", "find", "resolve_one", "entity_names", "similar_names", "describe", "claims",
    "evidence", "why", "top", "measures", "measure_local", "analytics_stale", "classes",
    "predicates", "mention_count", "mention_counts", "name_of", "properties", "article_ref", "passage", "iri_term",
    "entity_labels", "pick_kind", "pick_name", "fallback_name", "NODE_TYPES", "MEASURES",
    "RANKABLE", "SIZE_BY", "PROJECTIONS", "DEFAULT_PROJECTION",
]
