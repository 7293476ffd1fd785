"""SPARQL Update texts that write quads: replacing graphs, adding data.

Terms are written in their N-Triples form by pyoxigraph, which escapes them.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

import pyoxigraph as ox


def _named(quad: ox.Quad, graph: str) -> ox.Quad:
    if isinstance(quad.graph_name, ox.DefaultGraph):
        return ox.Quad(quad.subject, quad.predicate, quad.object, ox.NamedNode(graph))
    return quad


def _nt(term) -> str:
    return str(term)


def insert_data(graph: str, quads: Iterable[ox.Quad]) -> str:
    """A ``DROP SILENT GRAPH; INSERT DATA`` update that replaces ``graph`` by ``quads``.

    Quads in the default graph go into ``graph``; quads naming another graph
    are added to it.

    >>> q = ox.Quad(ox.NamedNode("http://ex/s"), ox.NamedNode("http://ex/p"), ox.Literal("o"))
    >>> print(insert_data("http://ex/g", [q]))
    DROP SILENT GRAPH <http://ex/g> ;
    INSERT DATA { GRAPH <http://ex/g> {
    <http://ex/s> <http://ex/p> "o" .
    } }
    """
    named = [_named(q, graph) for q in quads]
    drop = f"DROP SILENT GRAPH <{graph}>"
    return f"{drop} ;\n{add_data(named)}" if named else drop


def replace_update(graphs: Mapping[str, Sequence[ox.Quad]], *, prelude: str = "") -> str:
    """One update that runs ``prelude``, drops ``graphs`` and inserts their quads.

    >>> q = ox.Quad(ox.NamedNode("http://ex/s"), ox.NamedNode("http://ex/p"), ox.Literal("o"))
    >>> print(replace_update({"http://ex/g": [q], "http://ex/h": []}))
    DROP SILENT GRAPH <http://ex/g> ;
    DROP SILENT GRAPH <http://ex/h> ;
    INSERT DATA { GRAPH <http://ex/g> {
    <http://ex/s> <http://ex/p> "o" .
    } }
    """
    parts = [prelude.strip()] if prelude.strip() else []
    parts += [f"DROP SILENT GRAPH <{ox.NamedNode(g).value}>" for g in graphs]
    named = [_named(q, g) for g, quads in graphs.items() for q in quads]
    if named:
        parts.append(add_data(named))
    return " ;\n".join(parts)


def add_data(quads: Iterable[ox.Quad]) -> str:
    """An ``INSERT DATA`` update that adds ``quads`` to the graphs they name.

    >>> q = ox.Quad(ox.NamedNode("http://ex/s"), ox.NamedNode("http://ex/p"), ox.Literal("o"), ox.NamedNode("http://ex/g"))
    >>> print(add_data([q]))
    INSERT DATA { GRAPH <http://ex/g> {
    <http://ex/s> <http://ex/p> "o" .
    } }
    """
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        if isinstance(q.graph_name, ox.DefaultGraph):
            raise ValueError("add_data takes quads in named graphs")
        by_graph.setdefault(q.graph_name.value, []).append(
            f"{_nt(q.subject)} {_nt(q.predicate)} {_nt(q.object)} .")
    blocks = " ".join("GRAPH <%s> {\n%s\n}" % (name, "\n".join(lines))
                      for name, lines in by_graph.items())
    return f"INSERT DATA {{ {blocks} }}"
