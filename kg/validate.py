"""SHACL validation of a store against ``ontology/shapes.ttl``, graph by graph.

A store is validated one named graph at a time, never as one union:

* an **article graph** together with what it needs of the shared entities
  graph — the ``rdf:type`` triples of the actors and places it refers to (so
  that "an article's author is a ``schema:Person``" can be checked) — and the
  class hierarchy of ``ontology/kg.ttl``; its focus nodes are the nodes the
  article graph itself types (the article, its sentences, mentions, claims,
  quantities);
* the **entities graph** (``<http://kg.example/graph/entities>``) on its own:
  actors, places and their coordinates;
* any other graph (the analytics graph) on its own.

Two engines check the shapes: ``fast`` (:mod:`kg.shacl`, SHACL Core as the
shapes use it, on pyoxigraph terms: 4.6 CPU seconds for 300 corpus
articles) and ``pyshacl``, the reference (graphs handed over in batches of
about :data:`BATCH_TRIPLES` triples: 21 CPU seconds for the same articles).
``auto`` takes the fast one unless the shapes use what it does not cover.
Each result names the graph (the article) its focus node belongs to.

A graph no shape targets (the analytics graph) is passed over.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence
from urllib.parse import unquote

from . import vocab as V
from .resources import ontology_dir

#: About this many triples are handed to pyshacl at once (per-call overhead vs. memory).
BATCH_TRIPLES = 20_000

_SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node of which graph fails which constraint."""

    graph: str  # the named graph holding the focus node
    focus: str  # IRI of the focus node
    path: str | None  # the property path, when the constraint has one
    message: str
    value: str | None = None  # the offending value, when there is one
    shape: str | None = None  # the constraint component (MaxCountConstraintComponent …)
    severity: str = "Violation"

    @property
    def article(self) -> str | None:
        """The identifier of the article whose graph holds the focus node (None for other graphs)."""
        if self.graph.startswith(V.ARTICLE):
            return unquote(self.graph[len(V.ARTICLE):])
        return None

    def describe(self) -> str:
        """One readable line: focus node, path, value and message."""
        path = f" {V.shorten(self.path)}" if self.path else ""
        value = f" = {self.value}" if self.value is not None else ""
        return f"{V.shorten(self.focus)}{path}{value}: {self.message}"


@dataclass(frozen=True)
class Validation:
    """The outcome of validating a store."""

    conforms: bool
    results: tuple[Violation, ...] = ()
    graphs: int = 0  # graphs checked
    engine: str = ""  # fast | pyshacl
    seconds: float = 0.0

    @property
    def violations(self) -> int:
        return sum(1 for r in self.results if r.severity == "Violation")

    @property
    def report(self) -> str:
        """The results grouped by graph, one line each (empty when the store conforms)."""
        lines: list[str] = []
        current = None
        for r in sorted(self.results, key=lambda r: (r.graph, r.focus, r.path or "", r.message)):
            if r.graph != current:
                current = r.graph
                head = f"article {r.article}" if r.article is not None else V.shorten(r.graph)
                lines.append(f"{head} ({r.graph})" if r.article is not None else head)
            tag = "" if r.severity == "Violation" else f"[{r.severity}] "
            lines.append(f"  {tag}{r.describe()}")
        return "\n".join(lines)

    def tally(self) -> list[tuple[int, int, str, str]]:
        """``(results, graphs, path, message)`` per kind of result, most frequent first.

        A message naming its focus node (pyshacl's defaults do) counts under the
        constraint's name instead, so that one kind of fault is one line.
        """
        counts: dict[tuple[str, str], list] = {}
        for r in self.results:
            message = r.message if r.focus not in r.message else _parameter(r.shape, r.message)
            key = (V.shorten(r.path) if r.path else "", message)
            entry = counts.setdefault(key, [0, set()])
            entry[0] += 1
            entry[1].add(r.graph)
        return sorted(((n, len(g), path, msg) for (path, msg), (n, g) in counts.items()),
                      key=lambda t: (-t[0], t[2], t[3]))

    def summary(self) -> str:
        checked = f"{self.graphs} graph(s) checked by {self.engine}"
        if self.conforms:
            return f"valid: conforms to kg's SHACL shapes ({checked}, {self.seconds:.1f}s)"
        articles = {r.graph for r in self.results if r.severity == "Violation"}
        return (f"invalid: {self.violations} violation(s) in {len(articles)} graph(s) "
                f"({checked}, {self.seconds:.1f}s)")


def _parameter(component: str | None, default: str) -> str:
    """``MaxCountConstraintComponent`` as the shape parameter it checks, ``sh:maxCount``."""
    suffix = "ConstraintComponent"
    if not component or not component.endswith(suffix):
        return default
    name = component[:-len(suffix)]
    return f"fails sh:{name[:1].lower()}{name[1:]}"


@dataclass(frozen=True)
class _Unit:
    """A graph to validate: its triples, the context triples it needs, and its focus nodes."""

    graph: str
    triples: list  # pyoxigraph Triples of the graph
    context: list  # pyoxigraph Triples from other graphs (types of what it refers to)
    focus: frozenset  # IRIs (and blank node ids) of the nodes the graph itself types


def _entity_types(store) -> dict:
    """``{IRI: [rdf:type Triples]}`` of the entities graph."""
    import pyoxigraph as ox

    rdf_type = ox.NamedNode(V.RDF_TYPE)
    out: dict = {}
    for q in store.quads(V.ENTITIES_GRAPH):
        if q.predicate == rdf_type:
            out.setdefault(q.subject, []).append(ox.Triple(q.subject, q.predicate, q.object))
    return out


def target_classes(shapes, ontology) -> frozenset[str] | None:
    """The classes the shapes target, with their subclasses in the ontology (None when a shape
    targets nodes some other way, and every typed node must be looked at)."""
    import rdflib

    sh = rdflib.Namespace(_SH)
    if any(True for p in (sh.targetNode, sh.targetSubjectsOf, sh.targetObjectsOf, sh.target)
           for _ in shapes.subject_objects(p)):
        return None
    classes = {str(c) for c in shapes.objects(None, sh.targetClass)}
    classes |= {str(s) for s in shapes.subjects(rdflib.RDF.type, rdflib.RDFS.Class)}
    sub = [(str(s), str(o)) for s, p, o in ontology if p == rdflib.RDFS.subClassOf]
    grew = True
    while grew:
        grew = False
        for s, o in sub:
            if o in classes and s not in classes:
                classes.add(s)
                grew = True
    return frozenset(classes)


def _unit(store, graph: str, types: dict, targets: frozenset[str] | None = None) -> _Unit:
    import pyoxigraph as ox

    rdf_type = ox.NamedNode(V.RDF_TYPE)
    triples, focus, context, seen = [], set(), [], set()
    shared = graph == V.ENTITIES_GRAPH
    for q in store.quads(graph):
        triples.append(ox.Triple(q.subject, q.predicate, q.object))
        if (q.predicate == rdf_type and isinstance(q.object, ox.NamedNode)
                and (targets is None or q.object.value in targets)):
            focus.add(q.subject.value)
        o = q.object
        if not shared and isinstance(o, ox.NamedNode) and o not in seen:
            seen.add(o)
            context.extend(types.get(o, ()))
    return _Unit(graph, triples, context, frozenset(focus))


def _rdflib_graph(units: Sequence[_Unit], ontology):
    """One rdflib Graph of the units' triples, their contexts and the ontology."""
    import pyoxigraph as ox
    import rdflib

    iris: dict = {}
    xsd_string = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")

    def term(t):
        if isinstance(t, ox.NamedNode):
            node = iris.get(t)
            if node is None:
                node = iris[t] = rdflib.URIRef(t.value)
            return node
        if isinstance(t, ox.Literal):
            if t.language:
                return rdflib.Literal(t.value, lang=t.language)
            if t.datatype == xsd_string:  # as a parser reads "text": a plain literal
                return rdflib.Literal(t.value)
            return rdflib.Literal(t.value, datatype=term(t.datatype))
        return rdflib.BNode(t.value)

    g = rdflib.Graph()
    add = g.add
    for t in ontology:
        add(t)
    for unit in units:
        for part in (unit.triples, unit.context):
            for t in part:
                add((term(t.subject), term(t.predicate), term(t.object)))
    return g


def _run(units: Sequence[_Unit], shapes, ontology) -> list[Violation]:
    """pyshacl on the units, validating only their focus nodes; results attributed to graphs."""
    import pyshacl
    import rdflib

    owner = {iri: u.graph for u in units for iri in u.focus}
    if not owner:
        return []
    data = _rdflib_graph(units, ontology)
    # every typed node is validated, then results on context nodes (the entities an article
    # refers to, validated with the entities graph) are dropped: pyshacl's own focus-node
    # filter looks each target up in a list, quadratic in the focus nodes of a batch
    _, results, _ = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", inplace=True, allow_warnings=True,
        allow_infos=True)
    sh = rdflib.Namespace(_SH)
    out = []
    for r in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus = results.value(r, sh.focusNode)
        if str(focus) not in owner:
            continue
        path = results.value(r, sh.resultPath)
        value = results.value(r, sh.value)
        message = results.value(r, sh.resultMessage)
        component = results.value(r, sh.sourceConstraintComponent)
        severity = results.value(r, sh.resultSeverity)
        out.append(Violation(
            graph=owner[str(focus)], focus=str(focus),
            path=str(path) if isinstance(path, rdflib.URIRef) else None,
            message=str(message) if message is not None else "fails its shape",
            value=_show_rdflib(value) if value is not None else None,
            shape=str(component).rsplit("#", 1)[-1] if component is not None else None,
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation"))
    return out


def _show_rdflib(term) -> str:
    """An rdflib term as :func:`kg.shacl.show` writes it."""
    import pyoxigraph as ox
    import rdflib

    from .shacl import show

    if isinstance(term, rdflib.URIRef):
        return show(ox.NamedNode(str(term)))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return show(ox.Literal(str(term), language=term.language))
        dt = term.datatype or rdflib.XSD.string
        return show(ox.Literal(str(term), datatype=ox.NamedNode(str(dt))))
    return str(term)


def _batches(units: Iterable[_Unit], limit: int) -> Iterable[list[_Unit]]:
    batch: list[_Unit] = []
    size = 0
    for unit in units:
        n = len(unit.triples) + len(unit.context)
        if batch and size + n > limit:
            yield batch
            batch, size = [], 0
        batch.append(unit)
        size += n
    if batch:
        yield batch


ENGINES = ("auto", "fast", "pyshacl")


def _fast(units: Iterable[_Unit], shapes, done: Callable[[int], None]) -> list[Violation]:
    import pyoxigraph as ox

    from .shacl import check, show

    out = []
    for unit in units:
        data: dict = {}
        for part in (unit.triples, unit.context):
            for t in part:
                data.setdefault(t.subject, {}).setdefault(t.predicate.value, []).append(t.object)
        focus = [n for n in data if not isinstance(n, ox.Triple) and n.value in unit.focus]
        for r in check(shapes, data, focus):
            out.append(Violation(
                graph=unit.graph, focus=r.focus.value, path=r.path, message=r.message,
                value=show(r.value) if r.value is not None else None,
                shape=r.component, severity=r.severity))
        done(1)
    return out


def validate_store(store, *, graphs: Iterable[str] | None = None, engine: str = "auto",
                   progress: Callable[[int], None] | None = None,
                   shapes: str | os.PathLike | None = None,
                   batch_triples: int = BATCH_TRIPLES) -> Validation:
    """Validate ``store`` graph by graph against kg's SHACL shapes (see the module notes).

    ``graphs`` limits the check to those named graphs (default: every one).
    ``engine`` is ``auto``, ``fast`` or ``pyshacl``.  ``progress(n)`` is
    called as ``n`` more graphs are done.  ``shapes`` is another shapes file
    than ``ontology/shapes.ttl``.  Raises ValueError for an unknown engine,
    or ``fast`` with shapes it does not cover.
    """
    import pyoxigraph as ox
    import rdflib

    from .shacl import compile_shapes

    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; known: {', '.join(ENGINES)}")
    t0 = time.perf_counter()
    shapes_path = Path(shapes) if shapes is not None else ontology_dir() / "shapes.ttl"
    onto_path = ontology_dir() / "kg.ttl"
    compiled = None
    if engine != "pyshacl":
        compiled = compile_shapes(ox.parse(path=str(shapes_path), format=ox.RdfFormat.TURTLE),
                                  ox.parse(path=str(onto_path), format=ox.RdfFormat.TURTLE))
        if compiled is None and engine == "fast":
            raise ValueError(f"{shapes_path} uses SHACL the fast engine does not cover; "
                             "use the pyshacl engine")
    ran = "fast" if compiled is not None else "pyshacl"
    shapes_graph = rdflib.Graph().parse(shapes_path, format="turtle")
    ontology = list(rdflib.Graph().parse(onto_path, format="turtle"))
    names = sorted(store.graph_names()) if graphs is None else list(dict.fromkeys(graphs))
    types = _entity_types(store)
    targets = target_classes(shapes_graph, ontology)
    done = progress or (lambda n: None)

    def todo():
        for name in names:
            unit = _unit(store, name, types, targets)
            if not unit.focus:  # nothing here that a shape targets
                done(1)
                continue
            yield unit

    results: list[Violation] = []
    if compiled is not None:
        results = _fast(todo(), compiled, done)
    else:
        for batch in _batches(todo(), batch_triples):
            results.extend(_run(batch, shapes_graph, ontology))
            done(len(batch))
    failing = {r.graph for r in results if r.severity == "Violation"}
    return Validation(not failing, tuple(results), graphs=len(names), engine=ran,
                      seconds=time.perf_counter() - t0)
