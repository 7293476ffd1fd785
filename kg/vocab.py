"""Namespaces, vocabulary terms and IRI minting.

Every IRI kg writes is minted here, so that the same actor or place gets the
same IRI in every article and on every build.

The project namespace lives under the reserved ``.example`` top-level domain
(RFC 2606): it never resolves, so nothing ever tries to fetch it.

>>> entity_iri("isis")
'http://kg.example/entity/isis'
>>> slug("Haider al-Abadi")
'haider-al-abadi'
>>> slug("Myles  Caggins!")
'myles-caggins'
>>> slug("Дамаск")
'дамаск'
>>> article_iri("000_c05d6750a230796c.txt")
'http://kg.example/article/000_c05d6750a230796c.txt'
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

SCHEMA = "http://schema.org/"
KG = "http://kg.example/ontology#"
BASE = "http://kg.example/"
ENTITY = BASE + "entity/"
ARTICLE = BASE + "article/"
GRAPH = BASE + "graph/"
ANALYTICS_GRAPH = GRAPH + "analytics"
#: The one graph that describes actors and places (types, names, aliases, coordinates).
ENTITIES_GRAPH = GRAPH + "entities"
#: Agreements and contradictions between claims (:mod:`kg.compare`).
COMPARISONS_GRAPH = GRAPH + "comparisons"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SH = "http://www.w3.org/ns/shacl#"
WD = "http://www.wikidata.org/entity/"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"

RDF_TYPE = RDF + "type"

#: Prefixes known to every front end (query output, shell completion, exports).
PREFIXES: dict[str, str] = {
    "schema": SCHEMA,
    "kg": KG,
    "ent": ENTITY,
    "art": ARTICLE,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "wd": WD,
    "prov": PROV,
    "sh": SH,
    "dct": DCT,
}

#: Entity kinds (the ``type`` of a gazetteer entry or an extracted actor) and
#: the classes a node of that kind is typed with.  The first class is the
#: schema.org class every plain schema.org query can rely on.
KIND_CLASSES: dict[str, tuple[str, ...]] = {
    "Person": (SCHEMA + "Person",),
    "Organization": (SCHEMA + "Organization",),
    "GovernmentOrganization": (SCHEMA + "Organization", SCHEMA + "GovernmentOrganization"),
    "NewsMediaOrganization": (SCHEMA + "Organization", SCHEMA + "NewsMediaOrganization"),
    "ArmedGroup": (SCHEMA + "Organization", KG + "ArmedGroup"),
    "Military": (SCHEMA + "Organization", KG + "Military"),
    "Place": (SCHEMA + "Place",),
    "Country": (SCHEMA + "Place", SCHEMA + "Country"),
    "AdministrativeArea": (SCHEMA + "Place", SCHEMA + "AdministrativeArea"),
    "City": (SCHEMA + "Place", SCHEMA + "City"),
}

#: The broad class of each kind: Person, Organization or Place.
KIND_BROAD: dict[str, str] = {
    kind: classes[0].rsplit("/", 1)[-1] for kind, classes in KIND_CLASSES.items()
}


def broad_kind(kind: str) -> str:
    """The broad class of an entity kind; a kind kg does not know is its own class.

    >>> broad_kind("Military"), broad_kind("City"), broad_kind("Person"), broad_kind("Event")
    ('Organization', 'Place', 'Person', 'Event')
    """
    return KIND_BROAD.get(kind, kind)

_SLUG_DROP = re.compile(r"[^\w\s-]", re.UNICODE)
_SLUG_SPACE = re.compile(r"[\s_-]+", re.UNICODE)


def slug(text: str) -> str:
    """A lower-case, hyphenated key for ``text``, stable across builds."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("\u2019", "").replace("'", "")
    text = _SLUG_DROP.sub(" ", text)
    text = _SLUG_SPACE.sub("-", text).strip("-")
    return text or "x"


def _safe(local: str) -> str:
    """Percent-encode what may not appear in an IRI path segment."""
    return quote(local, safe="-._~!$&'()*+,;=:@", encoding="utf-8")


def entity_iri(key: str) -> str:
    """The IRI of an actor or place whose key (a gazetteer id or a slug) is ``key``."""
    return ENTITY + _safe(key)


def article_iri(identifier: str) -> str:
    """The IRI (and named-graph name) of the article with this identifier."""
    return ARTICLE + _safe(identifier.strip())


def wikidata_iri(qid: str) -> str:
    return WD + qid


def shorten(iri: str, prefixes: dict[str, str] | None = None) -> str:
    """``iri`` as a prefixed name where a prefix matches, else ``<iri>``.

    >>> shorten("http://schema.org/Person")
    'schema:Person'
    >>> shorten("http://other.example/x")
    '<http://other.example/x>'
    """
    best = None
    for prefix, ns in (prefixes or PREFIXES).items():
        if iri.startswith(ns) and (best is None or len(ns) > len(best[1])):
            local = iri[len(ns):]
            if re.fullmatch(r"[\w][\w.\-%:]*", local or "x") and not local.endswith("."):
                best = (prefix, ns)
    if best:
        return f"{best[0]}:{iri[len(best[1]):]}"
    return f"<{iri}>"


def sparql_prefixes(prefixes: dict[str, str] | None = None) -> str:
    """PREFIX declarations for a query."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in (prefixes or PREFIXES).items())


#: The PREFIX header of kg's own queries (``schema:`` and ``kg:``).
QUERY_PREFIXES = sparql_prefixes({"schema": SCHEMA, "kg": KG})
