"""SHACL validation of a store against ``ontology/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass

from .resources import ontology_dir


@dataclass(frozen=True)
class Validation:
    conforms: bool
    report: str  # pyshacl's readable report
    violations: int


def union_graph(store):
    """The union of the store's named graphs as an rdflib Graph (parsed from N-Triples)."""
    import pyoxigraph as ox
    import rdflib

    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in store.quads())
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    g = rdflib.Graph()
    g.parse(data=data.decode("utf-8"), format="nt")
    return g


def validate_store(store) -> Validation:
    """Validate the union of ``store``'s graphs (articles, entities, analytics) against kg's SHACL shapes."""
    import pyshacl
    import rdflib

    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    conforms, results, text = pyshacl.validate(
        union_graph(store), shacl_graph=shapes, ont_graph=ontology, inference="none",
        advanced=True, allow_warnings=True)
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    violations = sum(1 for _ in results.subjects(rdflib.RDF.type, sh.ValidationResult))
    return Validation(bool(conforms), text, violations)
