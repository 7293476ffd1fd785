"""The small HTML page the endpoint shows at ``/``: what it is, how to ask it, a query form.

Self-contained (no scripts, no remote assets); every interpolated value is
HTML-escaped.

>>> "&lt;b&gt;" in page(title="<b>", endpoint="/sparql", example="ASK {}", limits="")
True
"""

from __future__ import annotations

from html import escape

EXAMPLE = """PREFIX schema: <http://schema.org/>
SELECT ?article ?headline WHERE {
  ?article a schema:NewsArticle ;
           schema:headline ?headline .
}
ORDER BY ?headline
LIMIT 10"""

_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.45; color: #1d1d1f; }
code, pre, textarea { font-family: ui-monospace, monospace; font-size: 0.9rem; }
pre { background: #f4f4f6; padding: 0.8rem; overflow-x: auto; }
textarea { width: 100%; box-sizing: border-box; }
table { border-collapse: collapse; } td, th { padding: 0.2rem 0.6rem; text-align: left; }
th { font-weight: 600; }
"""


def page(*, title: str, endpoint: str, example: str = EXAMPLE, limits: str = "",
         formats: tuple[str, ...] = ("json", "xml", "csv", "tsv", "turtle", "nt", "jsonld")) -> str:
    """The landing page as a complete HTML document."""
    e = escape
    options = '<option value="">default</option>' + "".join(f'<option value="{e(f)}">{e(f)}</option>' for f in formats)
    curl = (f"curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {{ ?s ?p ?o }} LIMIT 5' "
            f"http://HOST:PORT{endpoint}")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>{e(title)}</h1>
<p>A SPARQL 1.1 Protocol endpoint over a knowledge graph of news articles: articles, the people, organizations and places
they mention, and the claims they report. The default graph is the union of every article's
named graph.</p>
<h2>Ask it</h2>
<p>Send a query to <code>{e(endpoint)}</code> with <code>GET ?query=</code>, a form
<code>POST</code> (<code>query=</code>) or a <code>POST</code> of
<code>application/sparql-query</code>. Results come as JSON, XML, CSV or TSV
(SELECT, ASK) and as Turtle, N-Triples, JSON-LD or RDF/XML (CONSTRUCT, DESCRIBE), chosen by the
<code>Accept</code> header or a <code>format=</code> parameter.</p>
<pre>{e(curl)}</pre>
{f"<p>{e(limits)}</p>" if limits else ""}
<h2>Try a query</h2>
<form method="get" action="{e(endpoint)}">
<p><textarea name="query" rows="9" spellcheck="false">{e(example)}</textarea></p>
<p><label>Results as <select name="format">{options}</select></label>
<button type="submit">Run</button></p>
</form>
</body>
</html>
"""
