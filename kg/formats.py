"""Every output format kg writes or reads, in one registry.

A :class:`Format` names a serialization once: its kind (``results`` for
SELECT/ASK tables, ``rdf`` for graphs and quads, ``network`` for Gephi,
``text`` for people), its media types (the preferred one first), the other
names it answers to and pyoxigraph's format for it.  The tuples below say
which formats each front end offers, in the order it offers them; the
lookups (:func:`rdf_format`, :func:`results_format`, :func:`media_types`)
serve the serializers, the endpoint's content negotiation and the client of
remote stores.

>>> rdf_format("ttl") == rdf_format("turtle")
True
>>> media_types("results", SERVED)["text/xml"], media_types("rdf", SERVED)["text/plain"]
('xml', 'nt')
>>> list(media_types("rdf", SERVED))[:4]
['text/turtle', 'application/n-triples', 'application/ld+json', 'application/rdf+xml']
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    name: str
    kind: str  # results | rdf | network | text
    media: tuple[str, ...] = ()  # media types, the preferred first
    aliases: tuple[str, ...] = ()
    oxigraph: str | None = None  # member of ox.QueryResultsFormat (results) or ox.RdfFormat (rdf)
    quads: bool = False  # keeps named graphs
    lossless: bool = True  # RDF terms come back as they were (csv drops their kinds)


REGISTRY: tuple[Format, ...] = (
    Format("table", "text"),
    Format("vertical", "text"),
    Format("json", "results", ("application/sparql-results+json", "application/json"), oxigraph="JSON"),
    Format("xml", "results", ("application/sparql-results+xml", "application/xml", "text/xml"),
           oxigraph="XML"),
    Format("csv", "results", ("text/csv",), oxigraph="CSV", lossless=False),
    Format("tsv", "results", ("text/tab-separated-values",), oxigraph="TSV"),
    Format("turtle", "rdf", ("text/turtle", "application/x-turtle"), ("ttl",), "TURTLE"),
    Format("nt", "rdf", ("application/n-triples", "text/plain"), ("ntriples",), "N_TRIPLES"),
    Format("jsonld", "rdf", ("application/ld+json",), (), "JSON_LD"),
    Format("rdfxml", "rdf", ("application/rdf+xml",), ("xml",), "RDF_XML"),
    Format("nq", "rdf", ("application/n-quads",), ("nquads",), "N_QUADS", quads=True),
    Format("trig", "rdf", ("application/trig",), (), "TRIG", quads=True),
    Format("graphml", "network", ("application/graphml+xml",)),
    Format("gexf", "network", ("application/gexf+xml",)),
)

#: What each front end offers, in its order.
QUERY = ("table", "csv", "tsv", "json", "xml", "turtle", "nt", "jsonld")  # kg query
SELECT = ("table", "csv", "tsv", "json", "xml")  # results of SELECT and ASK
GRAPH = ("turtle", "nt", "jsonld", "table")  # results of CONSTRUCT and DESCRIBE
SHELL = ("table", "vertical", "csv", "tsv", "json")  # kg shell, .format
SHELL_MACHINE = ("csv", "tsv", "json")  # the shell's W3C tables of meta-command reports
RANK = ("table", "csv", "json")  # kg rank
NETWORK = ("graphml", "gexf")  # networks for Gephi
RDF_EXPORT = ("ttl", "turtle", "nt", "nq", "trig", "jsonld")  # kg export, RDF
EXPORT = RDF_EXPORT + NETWORK  # kg export
SERVED = ("json", "xml", "csv", "tsv", "turtle", "nt", "jsonld", "rdfxml")  # kg serve


def get(name: str, kind: str | None = None) -> Format:
    """The format called ``name`` (or one of its aliases), of ``kind`` when given.

    >>> get("xml").kind, get("xml", "rdf").name
    ('results', 'rdfxml')
    """
    for f in REGISTRY:
        if (kind is None or f.kind == kind) and name == f.name:
            return f
    for f in REGISTRY:
        if (kind is None or f.kind == kind) and name in f.aliases:
            return f
    raise ValueError(f"unknown format {name!r}")


def rdf_format(name: str):
    """pyoxigraph's ``RdfFormat`` for an RDF format name or alias."""
    import pyoxigraph as ox

    return getattr(ox.RdfFormat, get(name, "rdf").oxigraph)


def results_format(name: str):
    """pyoxigraph's ``QueryResultsFormat`` for a result format name."""
    import pyoxigraph as ox

    return getattr(ox.QueryResultsFormat, get(name, "results").oxigraph)


def media_types(kind: str, names=None, *, lossless_only: bool = False) -> dict[str, str]:
    """``{media type: format name}`` of the ``kind`` formats among ``names`` (default all).

    In order of preference: every format's preferred type first, in registry
    order, then the other types.
    """
    chosen = [f for f in REGISTRY if f.kind == kind and (names is None or f.name in names)
              and (f.lossless or not lossless_only)]
    out: dict[str, str] = {}
    for f in chosen:
        out.setdefault(f.media[0], f.name)
    for f in chosen:
        for m in f.media[1:]:
            out.setdefault(m, f.name)
    return out


def format_param(names=SERVED) -> dict[str, str]:
    """``{format name or alias: preferred media type}`` for a ``format=`` parameter."""
    out: dict[str, str] = {}
    for f in REGISTRY:
        if f.name in names:
            for n in (f.name, *f.aliases):
                out.setdefault(n, f.media[0])
    return out


__all__ = ["Format", "REGISTRY", "QUERY", "SELECT", "GRAPH", "SHELL", "SHELL_MACHINE", "RANK",
           "NETWORK", "RDF_EXPORT", "EXPORT", "SERVED", "get", "rdf_format", "results_format",
           "media_types", "format_param"]
