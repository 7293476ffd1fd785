"""Provenance: the article, sentence and character span behind a claim, mention or quantity."""

from __future__ import annotations

import pyoxigraph as ox

from .. import vocab as V
from ..store.base import python_value
from .common import PREFIXES as _P, first as _first, node, properties, val
from .names import article_ref
from .records import Evidence

_MENTIONS_OF = _P + """SELECT DISTINCT ?m ?a ?start WHERE { ?m kg:mentionOf ?e ; kg:inArticle ?a . OPTIONAL { ?m kg:start ?start } }
ORDER BY ?a ?start ?m"""

_SENTENCES = _P + """SELECT DISTINCT ?start ?end ?text WHERE {
  ?s a kg:Sentence ; kg:inArticle ?a ; kg:start ?start ; kg:end ?end ; schema:text ?text }"""


def passage(store, article: str, start: int, end: int) -> tuple[int | None, str | None]:
    """``(offset, text)`` of the sentences of ``article`` that the span ``start:end`` touches.

    Sentences are joined in article order, the gaps between them shown as
    blanks, so that ``text[start - offset:end - offset]`` is the span.
    """
    rows = []
    for s, e, t in store.query(_SENTENCES, bindings={"a": node(article)}).rows:
        b, f = python_value(s), python_value(e)
        if isinstance(b, int) and isinstance(f, int) and b < max(end, start + 1) and f > start:
            rows.append((b, f, t.value))
    if not rows:
        return None, None
    rows.sort()
    begin = rows[0][0]
    out = ""
    for b, f, text in rows:
        if b - begin > len(out):
            out += " " * (b - begin - len(out))
        out = out[: b - begin] + text
    return begin, out


def evidence(store, iri: str) -> Evidence | None:
    """The provenance of one claim, mention or quantity node (None for other nodes)."""
    props = properties(store, iri)
    types = {o.value for o in props.get(V.RDF_TYPE, [])}
    if V.SCHEMA + "Claim" in types:
        kind, text = "claim", _first(props, V.SCHEMA + "text")
        article = _first(props, V.SCHEMA + "appearance")
    elif V.KG + "Mention" in types:
        kind, text = "mention", _first(props, V.KG + "surface")
        article = _first(props, V.KG + "inArticle")
    elif V.KG + "Quantity" in types:
        kind, text = "quantity", _first(props, V.SCHEMA + "text")
        article = _first(props, V.KG + "inArticle")
    elif V.KG + "start" in props and V.KG + "sentence" in props:
        kind, text = "node", _first(props, V.SCHEMA + "text")
        article = _first(props, V.KG + "inArticle") or _first(props, V.SCHEMA + "appearance")
    else:
        return None
    sentence = _first(props, V.KG + "sentence")
    start, end = python_value(_first(props, V.KG + "start")), python_value(_first(props, V.KG + "end"))
    s_text = s_start = None
    if isinstance(article, ox.NamedNode) and isinstance(start, int) and isinstance(end, int):
        s_start, s_text = passage(store, article.value, start, end)
    if s_text is None and isinstance(sentence, ox.NamedNode):
        sp = properties(store, sentence.value)
        s_text = val(_first(sp, V.SCHEMA + "text"))
        s_start = python_value(_first(sp, V.KG + "start"))
    return Evidence(
        iri=iri, kind=kind,
        article=article_ref(store, article.value) if isinstance(article, ox.NamedNode) else None,
        start=start, end=end,
        text=val(text), sentence=s_text, sentence_iri=val(sentence), sentence_start=s_start,
        speaker=val(_first(props, V.KG + "speakerText")), of=val(_first(props, V.KG + "mentionOf")))


def why(store, iri: str, *, limit: int = 10) -> list[Evidence]:
    """Provenance of ``iri``: itself for a claim/mention/quantity, its first mentions for an entity."""
    ev = evidence(store, iri)
    if ev is not None:
        return [ev]
    out = []
    for m, _a, _s in store.query(_MENTIONS_OF, bindings={"e": node(iri)}).rows[:limit]:
        e = evidence(store, m.value)
        if e is not None:
            out.append(e)
    return out
