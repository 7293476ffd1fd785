"""The update a SPARQL server receives for a batch of replaced graphs.

A batch is one update request: ``prelude``, then the quads the batch adds to
graphs it does not replace (the shared entities graph), then for each
replaced graph its ``DROP SILENT GRAPH`` and its quads.  A server that applies
a request as one transaction (Oxigraph) leaves the old graphs or the new
ones whatever fails, and a writer killed before its request is complete
sends nothing that runs.

``INSERT DATA`` operations hold at most :data:`INSERT_CHUNK` triples each:
Virtuoso 7's SPARQL compiler refuses one operation of about 5,000 triples
("memory exhausted"; a long corpus article has 8,000), whatever the request's
total size.  Virtuoso also keeps the operations that ran before one that
fails at run time (checked against a live server), so each graph's quads
about the graph itself, among them an article's digest and extractor
signature, come last: a graph cut short has no digest (the digest is its very last triple), and the next
build rewrites it instead of taking it as unchanged.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Mapping, Sequence

import pyoxigraph as ox

from .. import vocab as V

_DIGEST = ox.NamedNode(V.KG + "digest")

#: Triples per ``INSERT DATA`` operation (Virtuoso 7 refuses about 5,000 in one).
INSERT_CHUNK = 2000


def batch_update(graphs: Mapping[str, Sequence[ox.Quad]], *, prelude: str = "",
                 chunk: int | None = None) -> str:
    """One update request replacing ``graphs`` (see the module); quads in the default graph go to their key.

    >>> g, e = "http://ex/g", "http://ex/e"
    >>> q = [ox.Quad(ox.NamedNode(g), ox.NamedNode("http://ex/p"), ox.Literal("own")),
    ...      ox.Quad(ox.NamedNode("http://ex/s"), ox.NamedNode("http://ex/p"), ox.Literal("1")),
    ...      ox.Quad(ox.NamedNode("http://ex/s"), ox.NamedNode("http://ex/p"), ox.Literal("x"),
    ...              ox.NamedNode(e))]
    >>> print(batch_update({g: q}, chunk=1))
    INSERT DATA { GRAPH <http://ex/e> {
    <http://ex/s> <http://ex/p> "x" .
    } } ;
    DROP SILENT GRAPH <http://ex/g> ;
    INSERT DATA { GRAPH <http://ex/g> {
    <http://ex/s> <http://ex/p> "1" .
    } } ;
    INSERT DATA { GRAPH <http://ex/g> {
    <http://ex/g> <http://ex/p> "own" .
    } }
    """
    chunk = chunk or INSERT_CHUNK
    targets: dict[str, list[ox.Quad]] = {ox.NamedNode(g).value: [] for g in graphs}
    others: dict[str, list[ox.Quad]] = {}
    for key, quads in graphs.items():
        for q in quads:
            name = key if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
            (targets if name in targets else others).setdefault(name, []).append(q)
    parts = [prelude.strip()] if prelude.strip() else []
    parts += inserts(((name, quads) for name, quads in others.items()), chunk)
    for name, quads in targets.items():
        parts.append(f"DROP SILENT GRAPH <{name}>")
        subject = ox.NamedNode(name)
        # about the graph itself last, and its digest the very last: a cut anywhere leaves no digest
        ordered = sorted(quads, key=lambda q: (q.subject == subject, q.predicate == _DIGEST))
        parts += inserts([(name, ordered)], chunk)
    return " ;\n".join(parts)


def inserts(groups: Iterable[tuple[str, Sequence[ox.Quad]]], chunk: int | None = None) -> Iterator[str]:
    """``INSERT DATA`` operations of at most ``chunk`` triples for ``(graph, quads)`` groups, in order."""
    size = max(chunk or INSERT_CHUNK, 1)
    blocks: list[str] = []
    held = 0
    for name, quads in groups:
        lines = [f"{q.subject} {q.predicate} {q.object} ." for q in quads]
        start = 0
        while start < len(lines):
            take = lines[start:start + size - held]
            blocks.append("GRAPH <%s> {\n%s\n}" % (name, "\n".join(take)))
            held += len(take)
            start += len(take)
            if held >= size:
                yield "INSERT DATA { %s }" % " ".join(blocks)
                blocks, held = [], 0
    if blocks:
        yield "INSERT DATA { %s }" % " ".join(blocks)
