"""A SHACL Core checker for the shapes kg uses, on pyoxigraph terms (pyshacl is the reference).

pyshacl spends tens of microseconds on each pair of a focus node and a
property shape, and needs the data as rdflib terms; this module compiles
``ontology/shapes.ttl`` once into plain checks and applies them to a graph
indexed as ``{subject: {predicate: [objects]}}`` of pyoxigraph terms.  On 300
corpus articles (425,000 quads, ``bench/bench_validate.py``) it takes 4.6 CPU
seconds, reading the quads included; pyshacl 21 graph by graph, 34 on the
union.  It implements the part of SHACL Core the shapes use —

* node shapes with ``sh:targetClass`` (instances of subclasses included, the
  class hierarchy taken from the ontology);
* property shapes whose ``sh:path`` is one IRI, with ``sh:minCount``,
  ``sh:maxCount``, ``sh:datatype``, ``sh:class``, ``sh:nodeKind``, ``sh:in``,
  ``sh:hasValue``, ``sh:minInclusive``, ``sh:maxInclusive``,
  ``sh:minExclusive``, ``sh:maxExclusive``, ``sh:lessThan``,
  ``sh:lessThanOrEquals``, ``sh:pattern``, ``sh:minLength``,
  ``sh:maxLength``, ``sh:message`` and ``sh:severity`` —

and :func:`compile_shapes` returns None for shapes using anything else
(``sh:sparql``, ``sh:or``, paths that are not one IRI, …), so that
:mod:`kg.validate` hands them to pyshacl.  The tests check both give the same
results on the bundled articles and on broken data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Iterable, Mapping

import pyoxigraph as ox

SH = "http://www.w3.org/ns/shacl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_TYPE = ox.NamedNode(RDF + "type")

#: Parameters of a property shape this checker understands.
PROPERTY_PARAMETERS = frozenset(SH + p for p in (
    "path", "minCount", "maxCount", "datatype", "class", "nodeKind", "in", "hasValue",
    "minInclusive", "maxInclusive", "minExclusive", "maxExclusive", "lessThan",
    "lessThanOrEquals", "pattern", "flags", "minLength", "maxLength", "message", "severity",
    "name", "description", "order", "group"))
#: Parameters that are constraints (the others name, describe or order).
CONSTRAINTS = frozenset(p[len(SH):] for p in PROPERTY_PARAMETERS) - {
    "path", "flags", "message", "severity", "name", "description", "order", "group"}
#: Predicates a node shape may carry besides its property shapes.
NODE_PARAMETERS = frozenset([RDF + "type", RDFS + "comment", RDFS + "label", SH + "targetClass",
                             SH + "property", SH + "message", SH + "severity", SH + "name",
                             SH + "description"])

_LEXICAL = {
    "integer": r"[+-]?\d+", "int": r"[+-]?\d+", "long": r"[+-]?\d+",
    "nonNegativeInteger": r"\+?\d+|-0+", "decimal": r"[+-]?(\d+(\.\d*)?|\.\d+)",
    "double": r"[+-]?((\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|INF|NaN)|-INF",
    "float": r"[+-]?((\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|INF|NaN)|-INF",
    "boolean": r"true|false|1|0",
    "date": r"-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(Z|[+-]\d\d:\d\d)?",
    "dateTime": r"-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?",
    "gYear": r"-?\d{4,}(Z|[+-]\d\d:\d\d)?",
}
_NUMERIC = {"integer", "int", "long", "nonNegativeInteger", "decimal", "double", "float"}


@dataclass(frozen=True)
class Result:
    """One failed constraint."""

    focus: ox.NamedNode | ox.BlankNode
    path: str
    component: str  # e.g. "MaxCountConstraintComponent"
    message: str
    value: object = None  # the offending value node, when there is one
    severity: str = "Violation"


@dataclass(frozen=True)
class PropertyShape:
    path: ox.NamedNode
    params: Mapping[str, tuple]  # local parameter name -> its values
    message: str | None
    severity: str


@dataclass(frozen=True)
class NodeShape:
    iri: str
    targets: frozenset  # class NamedNodes (with their subclasses)
    properties: tuple[PropertyShape, ...]


@dataclass(frozen=True)
class Shapes:
    shapes: tuple[NodeShape, ...]
    subclasses: Mapping  # class NamedNode -> frozenset of itself and its subclasses

    @property
    def target_classes(self) -> frozenset:
        return frozenset(c for s in self.shapes for c in s.targets)


def _index(triples: Iterable) -> dict:
    out: dict = {}
    for t in triples:
        out.setdefault(t.subject, {}).setdefault(t.predicate.value, []).append(t.object)
    return out


def _list(index: dict, head) -> list | None:
    items = []
    while head != ox.NamedNode(RDF + "nil"):
        node = index.get(head)
        if not node or len(node.get(RDF + "first", ())) != 1:
            return None
        items.append(node[RDF + "first"][0])
        head = node.get(RDF + "rest", [ox.NamedNode(RDF + "nil")])[0]
    return items


def subclass_closure(ontology: Iterable) -> dict:
    """``{class: frozenset(class and every subclass)}`` from ``rdfs:subClassOf`` triples."""
    children: dict = {}
    for t in ontology:
        if t.predicate.value == RDFS + "subClassOf":
            children.setdefault(t.object, set()).add(t.subject)
    out = {}
    for cls in set(children) | {c for cs in children.values() for c in cs}:
        seen, todo = {cls}, [cls]
        while todo:
            for sub in children.get(todo.pop(), ()):
                if sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
        out[cls] = frozenset(seen)
    return out


def compile_shapes(shapes: Iterable, ontology: Iterable = ()) -> Shapes | None:
    """The node shapes of ``shapes`` (triples) as checks; None when one uses what is not covered."""
    idx = _index(shapes)
    closure = subclass_closure(ontology)
    out = []
    for node, props in idx.items():
        kinds = props.get(RDF + "type", [])
        if ox.NamedNode(SH + "NodeShape") not in kinds and SH + "targetClass" not in props:
            continue
        if any(p not in NODE_PARAMETERS for p in props) or any(k.value != SH + "NodeShape" for k in kinds):
            return None
        targets = set()
        for cls in props.get(SH + "targetClass", []):
            targets |= closure.get(cls, {cls})
        properties = []
        for pnode in props.get(SH + "property", []):
            p = idx.get(pnode, {})
            if any(k not in PROPERTY_PARAMETERS for k in p):
                return None
            path = p.get(SH + "path", [])
            if len(path) != 1 or not isinstance(path[0], ox.NamedNode):
                return None
            params = {}
            for key, values in p.items():
                local = key[len(SH):]
                if local not in CONSTRAINTS:
                    continue
                if local == "in":
                    items = _list(idx, values[0]) if len(values) == 1 else None
                    if items is None:
                        return None
                    values = [tuple(items)]
                params[local] = tuple(values)
            message = p.get(SH + "message", [None])[0]
            severity = p.get(SH + "severity", [ox.NamedNode(SH + "Violation")])[0]
            properties.append(PropertyShape(path[0], params, message.value if message else None,
                                            severity.value.rsplit("#", 1)[-1]))
        out.append(NodeShape(node.value, frozenset(targets), tuple(properties)))
    return Shapes(tuple(out), closure)


def _well_formed(lit: ox.Literal) -> bool:
    local = lit.datatype.value[len(XSD):] if lit.datatype.value.startswith(XSD) else None
    pattern = _LEXICAL.get(local or "")
    return pattern is None or re.fullmatch(pattern, lit.value) is not None


def _comparable(node):
    """A Python value to compare ``node`` by (numbers, then dates/strings), or None."""
    if not isinstance(node, ox.Literal) or not _well_formed(node):
        return None
    dt = node.datatype.value
    local = dt[len(XSD):] if dt.startswith(XSD) else ""
    if local in _NUMERIC:
        if node.value in ("INF", "-INF", "NaN"):
            return ("num", float(node.value.replace("INF", "inf").replace("NaN", "nan")))
        try:
            return ("num", Decimal(node.value))
        except InvalidOperation:
            return None
    if local in ("string", "date", "dateTime", "gYear") and not node.language:
        return (local, node.value)
    return None


def _less(a, b, strict: bool) -> bool:
    x, y = _comparable(a), _comparable(b)
    if x is None or y is None or x[0] != y[0]:
        return False
    return x[1] < y[1] if strict else x[1] <= y[1]


def _kind_ok(node, kind: str) -> bool:
    is_iri, is_blank, is_lit = (isinstance(node, ox.NamedNode), isinstance(node, ox.BlankNode),
                                isinstance(node, ox.Literal))
    return {"IRI": is_iri, "BlankNode": is_blank, "Literal": is_lit,
            "BlankNodeOrIRI": is_iri or is_blank, "IRIOrLiteral": is_iri or is_lit,
            "BlankNodeOrLiteral": is_blank or is_lit}.get(kind, False)


def show(node) -> str:
    """A term as a person reads it: prefixed IRIs, quoted strings, bare numbers and dates.

    >>> show(ox.NamedNode("http://schema.org/Person")), show(ox.Literal("direct"))
    ('schema:Person', '"direct"')
    >>> show(ox.Literal("1054", datatype=ox.NamedNode(XSD + "integer")))
    '1054'
    """
    from .vocab import shorten

    if isinstance(node, ox.NamedNode):
        return shorten(node.value)
    if isinstance(node, ox.Literal):
        if node.language:
            return f'"{node.value}"@{node.language}'
        dt = node.datatype.value
        if dt == XSD + "string":
            return f'"{node.value}"'
        if dt.startswith(XSD) and _well_formed(node):
            return node.value
        return f'"{node.value}"^^{shorten(dt)}'
    return str(node)


_fmt = show


class _Where:
    """``focus->path`` in a message, formatted only when a message is made."""

    __slots__ = ("node", "path")

    def __init__(self, node, path):
        self.node, self.path = node, path

    def __format__(self, spec: str) -> str:
        return f"{_fmt(self.node)}->{_fmt(self.path)}"


def check(shapes: Shapes, data: Mapping, focus: Iterable | None = None) -> list[Result]:
    """Check ``data`` (``{subject: {predicate IRI: [objects]}}``, types included) against ``shapes``.

    ``focus`` limits the focus nodes (default: every targeted node in ``data``).
    """
    wanted = None if focus is None else set(focus)
    by_class: dict = {}
    for s, props in data.items():
        for t in props.get(RDF + "type", ()):
            by_class.setdefault(t, []).append(s)
    results: list[Result] = []
    for shape in shapes.shapes:
        nodes = {s for cls in shape.targets for s in by_class.get(cls, ())}
        if wanted is not None:
            nodes &= wanted
        for node in sorted(nodes, key=str):
            props = data.get(node, {})
            for ps in shape.properties:
                values = list(dict.fromkeys(props.get(ps.path.value, ())))
                results.extend(_property(shapes, data, node, props, ps, values))
    return results


def _property(shapes: Shapes, data, node, props, ps: PropertyShape, values: list):
    path = ps.path.value

    def fail(component: str, default: str, value=None) -> Result:
        return Result(node, path, component + "ConstraintComponent", ps.message or default,
                      value, ps.severity)

    where = _Where(node, ps.path)
    for key, params in ps.params.items():
        for param in params:
            if key == "minCount" and len(values) < int(param.value):
                yield fail("MinCount", f"Less than {param.value} values on {where}")
            elif key == "maxCount" and len(values) > int(param.value):
                yield fail("MaxCount", f"More than {param.value} values on {where}")
            elif key == "hasValue" and param not in values:
                yield fail("HasValue", f"Node {where} does not contain a value in the set {param}")
            elif key in ("lessThan", "lessThanOrEquals"):
                others = props.get(param.value, ())
                strict = key == "lessThan"
                for v in values:
                    for w in others:
                        if not _less(v, w, strict):
                            yield fail(key[0].upper() + key[1:],
                                       f"Value of {where} is not {'<' if strict else '<='} value "
                                       f"of {_fmt(node)}->{_fmt(param)}", v)
            else:
                for v in values:
                    bad = _value_fails(shapes, data, key, param, v)
                    if bad:
                        yield fail(bad[0], bad[1].format(v=_fmt(v), p=_fmt(param)), v)


def _value_fails(shapes: Shapes, data, key: str, param, v) -> tuple[str, str] | None:
    if key == "datatype":
        if (not isinstance(v, ox.Literal) or v.datatype != param or
                (param.value == XSD + "string" and v.language) or not _well_formed(v)):
            return "Datatype", "Value {v} is not Literal with datatype {p}"
    elif key == "class":
        wanted = shapes.subclasses.get(param, frozenset([param]))
        types = data.get(v, {}).get(RDF + "type", ()) if not isinstance(v, ox.Literal) else ()
        if not any(t in wanted for t in types):
            return "Class", "Value {v} does not have class {p}"
    elif key == "nodeKind":
        if not _kind_ok(v, param.value.rsplit("#", 1)[-1]):
            return "NodeKind", "Value {v} is not of Node Kind {p}"
    elif key == "in":
        if v not in param:
            return "In", "Value {v} is not one of " + ", ".join(map(show, param))
    elif key in ("minInclusive", "maxInclusive", "minExclusive", "maxExclusive"):
        strict = key.endswith("Exclusive")
        ok = _less(param, v, strict) if key.startswith("min") else _less(v, param, strict)
        if not ok:
            op = {"minInclusive": ">=", "maxInclusive": "<=", "minExclusive": ">",
                  "maxExclusive": "<"}[key]
            return key[0].upper() + key[1:], "Value {v} is not " + op + " {p}"
    elif key in ("minLength", "maxLength"):
        if isinstance(v, ox.BlankNode):
            return key[0].upper() + key[1:], "Value {v} has no length"
        n = len(v.value)
        if (n < int(param.value)) if key == "minLength" else (n > int(param.value)):
            return key[0].upper() + key[1:], "Value {v} has a length out of bounds ({p})"
    elif key == "pattern":
        if isinstance(v, ox.BlankNode) or re.search(param.value, v.value) is None:
            return "Pattern", "Value {v} does not match pattern {p}"
    return None
