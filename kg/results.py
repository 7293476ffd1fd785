r"""Serializing query results: the W3C SPARQL result formats, RDF syntaxes and text tables.

Pure functions over :class:`~kg.store.base.QueryResult`.

>>> import pyoxigraph as ox
>>> from kg.store.base import QueryResult
>>> r = QueryResult("select", ["s", "n"], [(ox.NamedNode("http://schema.org/Person"), ox.Literal("a\tb"))])
>>> to_tsv(r)
'?s\t?n\n<http://schema.org/Person>\t"a\\tb"\n'
>>> to_csv(r)
's,n\r\nhttp://schema.org/Person,a\tb\r\n'
"""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox

from . import formats as F, vocab as V
from .store.base import QueryResult
from .terminal import plural, printable

SELECT_FORMATS = F.SELECT
GRAPH_FORMATS = F.GRAPH
#: RDF format names and aliases (``xml`` is RDF/XML for a graph) → pyoxigraph's format.
RDF_FORMATS = {n: getattr(ox.RdfFormat, f.oxigraph)
               for f in F.REGISTRY if f.kind == "rdf" for n in (f.name, *f.aliases)}


# -- SPARQL 1.1 Query Results JSON / XML / CSV / TSV ---------------------

_XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                              "\r": "&#13;", "\n": "&#10;", "\t": "&#9;"})


def escape(text: str) -> str:
    """XML character data (xml.sax.saxutils would pull urllib and http into start-up).

    >>> escape('a < b & "c"')
    'a &lt; b &amp; &quot;c&quot;'
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def quoteattr(text: str) -> str:
    """A double-quoted XML attribute value."""
    return f'"{text.translate(_XML_ESCAPES)}"'


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype and term.datatype.value != V.XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def to_json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    bindings = [
        {var: _json_term(t) for var, t in zip(result.variables, row) if t is not None}
        for row in result.rows
    ]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False)


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    attrs = ""
    if term.language:
        attrs = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype and term.datatype.value != V.XSD + "string":
        attrs = f" datatype={quoteattr(term.datatype.value)}"
    return f"<literal{attrs}>{escape(term.value)}</literal>"


def to_xml(result: QueryResult) -> str:
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.kind == "ask":
        out += ["<head/>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in result.variables) + "</head>")
    out.append("<results>")
    for row in result.rows:
        cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                        for v, t in zip(result.variables, row) if t is not None)
        out.append(f"<result>{cells}</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"


def to_csv(result: QueryResult) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")  # the W3C CSV results format uses CRLF
    if result.kind == "ask":
        w.writerow(["boolean"])
        w.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    w.writerow(result.variables)
    for row in result.rows:
        w.writerow(["" if t is None else (t.value if not isinstance(t, ox.BlankNode) else f"_:{t.value}")
                    for t in row])
    return buf.getvalue()


def to_tsv(result: QueryResult) -> str:
    if result.kind == "ask":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join("" if t is None else str(t) for t in row))
    return "\n".join(lines) + "\n"


# -- graphs ----------------------------------------------------------------

def serialize_triples(triples, fmt: str = "turtle", *, prefixes: dict[str, str] | None = None) -> str:
    """Serialize triples (or quads for nq/trig) in an RDF syntax."""
    rdf_format = RDF_FORMATS[fmt]
    kwargs = {}
    if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        kwargs["prefixes"] = prefixes or V.PREFIXES
    data = ox.serialize(list(triples), format=rdf_format, **kwargs)
    return data.decode("utf-8") if data else ""


# -- text table ----------------------------------------------------------------

def short_iri(iri: str, prefixes: dict[str, str] | None = None) -> str:
    """A prefixed name where one fits, keeping a fragment (``art:a.txt#c1-9``), else ``<iri>``.

    Either form is accepted back by the shell (``.why``, ``.describe``) and by ``kg.queries.iri_term``.

    >>> short_iri("http://kg.example/article/a.txt#c1-9"), short_iri("http://schema.org/Person")
    ('art:a.txt#c1-9', 'schema:Person')
    >>> short_iri("http://other.example/x#a b")
    '<http://other.example/x#a b>'
    """
    short = V.shorten(iri, prefixes)
    if short.startswith("<") and "#" in iri:
        base, _, frag = iri.partition("#")
        head = V.shorten(base, prefixes)
        if not head.startswith("<") and frag.replace("-", "").replace("_", "").isalnum():
            return f"{head}#{frag}"
    return short


def term_text(term, *, prefixes: dict[str, str] | None = None) -> str:
    """A short display form: prefixed names for IRIs, plain values for literals (not yet escaped)."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return short_iri(term.value, prefixes)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def to_table(result: QueryResult, *, prefixes: dict[str, str] | None = None,
             max_width: int = 60) -> str:
    r"""An aligned text table for people; control characters in the data are shown escaped.

    Literals longer than ``max_width`` are cut with '…'; IRIs never are, so that any IRI shown
    can be pasted back (into ``.why``, ``.describe`` or a query).

    >>> r = QueryResult("select", ["c", "t"], [(ox.NamedNode("http://kg.example/article/" + "a" * 70 + "#c1-9"),
    ...                                        ox.Literal("x\x1b]0;PWNED\x07"))])
    >>> print(to_table(r), end="")  # doctest: +ELLIPSIS
    ?c ... | ?t
    ---...
    art:aaa...aaa#c1-9 | x\x1b]0;PWNED\x07
    (1 row)
    """
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    if result.kind == "graph":
        return printable(serialize_triples(result.triples, "turtle", prefixes=prefixes), keep="\n")
    header = [printable(f"?{v}") for v in result.variables]

    def cell(t) -> str:
        s = printable(term_text(t, prefixes=prefixes).replace("\n", " ").replace("\t", " "))
        if isinstance(t, ox.NamedNode) or len(s) <= max_width:
            return s
        return s[: max_width - 1] + "…"

    rows = [[cell(t) for t in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    sep = "+".join("-" * (w + 2) for w in widths)
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(), sep]
    lines += [" | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({plural(len(rows), 'row')})")
    return "\n".join(lines) + "\n"


def render(result: QueryResult, fmt: str = "table", *, prefixes: dict[str, str] | None = None) -> str:
    """Render ``result`` in ``fmt``: table|csv|tsv|json|xml for SELECT/ASK; turtle|nt|jsonld for graphs."""
    if result.kind == "graph":
        if fmt == "table":
            return to_table(result, prefixes=prefixes)
        if fmt in ("turtle", "ttl"):
            return serialize_triples(result.triples, "turtle", prefixes=prefixes)
        if fmt in RDF_FORMATS:
            return serialize_triples(result.triples, fmt, prefixes=prefixes)
        raise ValueError(f"format {fmt!r} does not apply to CONSTRUCT/DESCRIBE results; use turtle, nt or jsonld")
    renderers = {"table": lambda r: to_table(r, prefixes=prefixes), "csv": to_csv, "tsv": to_tsv,
                 "json": to_json, "xml": to_xml}
    if fmt not in renderers:
        raise ValueError(f"format {fmt!r} does not apply to SELECT/ASK results; use table, csv, tsv, json or xml")
    return renderers[fmt](result)
