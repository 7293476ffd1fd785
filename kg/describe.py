"""Looking up actors and places, and what the graph says about them.

Library calls shared by the shell, the command line and the views:

* :func:`find` / :func:`resolve_one` — an entity by name, alias (case-insensitive)
  or IRI;
* :func:`describe` — types, names, Wikidata link, coordinates, articles, claims,
  centrality and community of one entity;
* :func:`claims` — claims made by or about an entity;
* :func:`why` — the article, sentence and character span behind a claim,
  mention or quantity;
* :func:`top` — entities ranked by an analytics measure (or by mentions).

User text reaches SPARQL only as RDF terms bound with ``Store.query(bindings=...)``.

Names and types come from the shared entities graph, looked up after the
rows they label have been counted, one node at a time.  And since a bound
variable joins after grouping, counts are made in Python over plain rows
rather than with ``GROUP BY`` on a bound variable.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Mapping

import pyoxigraph as ox

from . import vocab as V
from .sparql_text import values_blocks
from .store.base import python_value

_P = f"PREFIX schema: <{V.SCHEMA}>\nPREFIX kg: <{V.KG}>\n"


def _lit(text: str) -> ox.Literal:
    return ox.Literal(text)


def _node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _val(term) -> str | None:
    return None if term is None else term.value


# -- records ----------------------------------------------------------------

@dataclass(frozen=True)
class Match:
    """An entity found for a name: ``how`` is ``iri``, ``name`` or ``alias``."""

    iri: str
    name: str
    how: str
    mentions: int = 0


@dataclass(frozen=True)
class ArticleRef:
    iri: str
    headline: str | None = None
    publisher: str | None = None
    date: str | None = None
    mentions: int = 0


@dataclass(frozen=True)
class ClaimInfo:
    """One claim; ``role`` says how the entity asked about takes part (``by`` or ``about``)."""

    iri: str
    text: str
    role: str
    article: ArticleRef
    kind: str | None = None
    cue: str | None = None
    speaker: str | None = None  # IRI of the speaker (an actor or an unnamed source)
    speaker_name: str | None = None
    start: int | None = None


@dataclass(frozen=True)
class Measure:
    name: str  # local name of the kg: property, e.g. "pagerank"
    value: float
    rank: int  # 1 = highest
    of: int


@dataclass(frozen=True)
class Community:
    value: str
    size: int
    members: tuple[tuple[str, str], ...] = ()  # (iri, name) of the most central others


@dataclass(frozen=True)
class Description:
    iri: str
    name: str | None
    types: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    latitude: float | None = None
    longitude: float | None = None
    contained_in: tuple[tuple[str, str | None], ...] = ()
    mentions: int = 0
    articles: tuple[ArticleRef, ...] = ()
    claims_by: tuple[ClaimInfo, ...] = ()
    claims_about: tuple[ClaimInfo, ...] = ()
    measures: tuple[Measure, ...] = ()
    community: Community | None = None
    description: str | None = None  # schema:description (unnamed sources)
    article_count: int = 0  # all articles mentioning it (``articles`` may hold fewer)
    claim_counts: tuple[int, int] = (0, 0)  # (by, about), all of them

    @property
    def wikidata(self) -> tuple[str, ...]:
        return tuple(s for s in self.same_as if s.startswith(V.WD))


@dataclass(frozen=True)
class Evidence:
    """Where a claim, mention or quantity comes from."""

    iri: str
    kind: str  # claim | mention | quantity | node
    article: ArticleRef | None
    start: int | None
    end: int | None
    text: str | None  # the span's own text (claim text, mention surface, quantity text)
    sentence: str | None = None
    sentence_iri: str | None = None
    sentence_start: int | None = None
    speaker: str | None = None  # speaker text of a claim
    of: str | None = None  # the entity a mention refers to

    def marked_sentence(self, left: str = "\u00ab", right: str = "\u00bb") -> str | None:
        """The sentence with the span between ``left`` and ``right`` (None if unknown)."""
        if self.sentence is None:
            return None
        if None in (self.start, self.end, self.sentence_start):
            return self.sentence
        a = self.start - self.sentence_start
        b = self.end - self.sentence_start
        if not 0 <= a <= b <= len(self.sentence):
            return self.sentence
        s = self.sentence
        return s[:a] + left + s[a:b] + right + s[b:]


@dataclass(frozen=True)
class TopResult:
    measure: str  # the measure used
    rows: tuple[tuple[str, str | None, float], ...]  # (iri, name, score)
    note: str | None = None  # e.g. why another measure was used
    available: tuple[str, ...] = field(default_factory=tuple)


# -- finding entities --------------------------------------------------------

_FIND = _P + """SELECT DISTINCT ?e ?how ?label WHERE {
  { ?e schema:name ?label BIND("name" AS ?how) }
  UNION { ?e schema:alternateName ?label BIND("alias" AS ?how) }
  BIND(LCASE(STR(?label)) AS ?key)
}"""

_MENTIONS = _P + """SELECT ?m ?a WHERE { ?m kg:mentionOf ?e OPTIONAL { ?m kg:inArticle ?a } }"""

_NAME = _P + """SELECT ?n WHERE { ?e schema:name ?n } ORDER BY STRLEN(?n) ?n LIMIT 1"""

_EXISTS = """ASK { { ?e ?p ?o } UNION { ?s ?p ?e } }"""


def mentions_by_article(store, iri: str) -> dict[str, int]:
    """``{article IRI: number of mentions of iri in it}``."""
    out: dict[str, set] = {}
    for m, a in store.query(_MENTIONS, bindings={"e": _node(iri)}).rows:
        out.setdefault(a.value if a is not None else "", set()).add(m)
    return {a: len(ms) for a, ms in out.items()}


def mention_count(store, iri: str) -> int:
    return sum(mentions_by_article(store, iri).values())


def name_of(store, iri: str) -> str | None:
    rows = store.query(_NAME, bindings={"e": _node(iri)}).rows
    return rows[0][0].value if rows else None


def find(store, text: str, *, prefixes: Mapping[str, str] | None = None) -> list[Match]:
    """Entities whose IRI, name or alias is ``text`` (case-insensitive), best first.

    An IRI (``<...>``, ``prefix:name``) is taken when the store knows it.
    Names beat aliases; ties go to the entity with more mentions.
    """
    from .queries import iri_term

    text = text.strip()
    if not text:
        return []
    node = iri_term(text, prefixes=prefixes)
    if node is not None and store.query(_EXISTS, bindings={"e": node}).boolean:
        return [Match(node.value, name_of(store, node.value) or V.shorten(node.value), "iri",
                      mention_count(store, node.value))]
    rows = store.query(_FIND, bindings={"key": _lit(text.lower())}).rows
    best: dict[str, tuple[str, str]] = {}
    for e, how, label in rows:
        if not isinstance(e, ox.NamedNode):
            continue
        prev = best.get(e.value)
        if prev is None or (prev[0] == "alias" and how.value == "name"):
            best[e.value] = (how.value, label.value)
    matches = []
    for iri, (how, label) in best.items():
        name = label if how == "name" else (name_of(store, iri) or label)
        matches.append(Match(iri, name, how, mention_count(store, iri)))
    matches.sort(key=lambda m: (m.how != "name", -m.mentions, m.name.lower(), m.iri))
    return matches


def resolve_one(store, text: str, *, prefixes: Mapping[str, str] | None = None) -> str | None:
    """The IRI of the best entity for ``text`` (see :func:`find`), or None."""
    found = find(store, text, prefixes=prefixes)
    return found[0].iri if found else None


_NAMES = _P + f"""SELECT DISTINCT ?e ?label WHERE {{
  {{ ?e schema:name ?label }} UNION {{ ?e schema:alternateName ?label }}
  FILTER(STRSTARTS(STR(?e), "{V.ENTITY}"))
}}"""


def entity_names(store) -> list[tuple[str, str]]:
    """``(label, iri)`` for every name and alias of every actor and place."""
    out = [(label.value, e.value) for e, label in store.query(_NAMES).rows
           if label is not None and isinstance(e, ox.NamedNode)]
    out.sort(key=lambda p: (p[0].lower(), p[1]))
    return out


def similar_names(names: list[tuple[str, str]], text: str, *, n: int = 5) -> list[str]:
    """Labels close to ``text`` (substring first, then spelling), for 'did you mean'.

    >>> similar_names([("ISIS", "e:1"), ("Islamic State", "e:1"), ("Iraq", "e:2")], "islamic")
    ['Islamic State']
    """
    low = text.strip().lower()
    if not low:
        return []
    labels = sorted({label for label, _ in names})
    contains = [label for label in labels if low in label.lower()]
    close = difflib.get_close_matches(low, [label.lower() for label in labels], n=n, cutoff=0.75)
    by_low = {label.lower(): label for label in labels}
    out: list[str] = []
    for label in contains + [by_low[c] for c in close]:
        if label not in out:
            out.append(label)
    return out[:n]


# -- describing ----------------------------------------------------------------

_PROPS = """SELECT DISTINCT ?p ?o WHERE { ?e ?p ?o }"""

_GEO = _P + """SELECT ?lat ?lon WHERE { ?e schema:geo ?g . ?g schema:latitude ?lat ; schema:longitude ?lon } LIMIT 1"""

_CONTAINED = _P + """SELECT DISTINCT ?c WHERE { ?e schema:containedInPlace ?c }"""

_ARTICLES = _P + """SELECT DISTINCT ?a WHERE { ?a schema:mentions ?e }"""

_ARTICLE = _P + """SELECT ?h ?pub ?d WHERE {
  ?a a schema:NewsArticle .
  OPTIONAL { ?a schema:headline ?h }
  OPTIONAL { ?a schema:publisher ?pub }
  OPTIONAL { ?a schema:datePublished ?d }
} LIMIT 1"""

_CLAIM_ROLES = _P + """SELECT ?c ?role ?a WHERE {
  { ?c schema:author ?e ; schema:appearance ?a BIND("by" AS ?role) }
  UNION { ?c schema:about ?e ; schema:appearance ?a BIND("about" AS ?role) }
}"""

# completed with a VALUES block of the IRIs asked about (see _values_query)
_DATES = _P + """SELECT ?a ?d WHERE { %s ?a schema:datePublished ?d }"""

_CLAIM_DETAILS = _P + """SELECT ?c ?text ?kind ?cue ?speaker ?sdesc ?stext ?start WHERE {
  %s
  ?c schema:text ?text .
  OPTIONAL { ?c kg:claimKind ?kind }
  OPTIONAL { ?c kg:cue ?cue }
  OPTIONAL { ?c kg:speakerText ?stext }
  OPTIONAL { ?c kg:start ?start }
  OPTIONAL { ?c schema:author ?speaker OPTIONAL { ?speaker schema:description ?sdesc } }
}"""

_MEASURES = f"""SELECT DISTINCT ?p WHERE {{ GRAPH <{V.ANALYTICS_GRAPH}> {{
  ?e ?p ?v FILTER(isNumeric(?v) && STRSTARTS(STR(?e), "{V.ENTITY}")) }} }}"""

_STALE = f"""ASK {{ GRAPH <{V.ANALYTICS_GRAPH}> {{ ?run <{V.KG}stale> true }} }}"""

_MEASURE_COUNT = """SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o ?p ?w FILTER(isNumeric(?w)) }"""

_MEASURE_ABOVE = """SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {
  ?o ?p ?w FILTER(isNumeric(?w) && ?w > ?v && ?o != ?e) }"""

_COMMUNITY = _P + """SELECT DISTINCT ?o ?pr WHERE { ?o kg:community ?c OPTIONAL { ?o kg:pagerank ?pr } }"""


def properties(store, iri: str) -> dict[str, list]:
    """``{predicate IRI: [objects]}`` of one node, over every graph."""
    out: dict[str, list] = {}
    for p, o in store.query(_PROPS, bindings={"e": _node(iri)}).rows:
        out.setdefault(p.value, []).append(o)
    return out


class _Names:
    """``name_of`` with a cache, for one report."""

    def __init__(self, store) -> None:
        self.store = store
        self.cache: dict[str, str | None] = {}

    def __call__(self, iri: str | None) -> str | None:
        if not iri:
            return None
        if iri not in self.cache:
            self.cache[iri] = name_of(self.store, iri)
        return self.cache[iri]


def article_ref(store, iri: str, *, mentions: int = 0, names=None) -> ArticleRef:
    """Headline, publisher name and date of an article."""
    rows = store.query(_ARTICLE, bindings={"a": _node(iri)}).rows
    if not rows:
        return ArticleRef(iri, mentions=mentions)
    h, pub, d = rows[0]
    publisher = (names or _Names(store))(_val(pub)) if pub is not None else None
    return ArticleRef(iri, _val(h), publisher, _val(d), mentions)


def claims(store, iri: str, *, role: str = "both", limit: int | None = None) -> list[ClaimInfo]:
    """Claims made by (``role="by"``), about (``"about"``) or both for entity ``iri``, oldest first.

    With ``limit``, at most that many of each role.
    """
    return _claims(store, iri, role=role, limit=limit)[0]


def _claims(store, iri: str, *, role: str, limit: int | None) -> tuple[list[ClaimInfo], dict[str, int]]:
    """The claims (see :func:`claims`) and how many there are of each role before ``limit``.

    Two steps, so that a much-quoted actor costs little more than the claims
    shown: every claim's role and article first (and the articles' dates, to
    order them), then the text, speaker and span of the claims kept.
    """
    found: dict[tuple[str, str], str] = {}
    for c, r, a in store.query(_CLAIM_ROLES, bindings={"e": _node(iri)}).rows:
        if role == "both" or r.value == role:
            found.setdefault((c.value, r.value), a.value)
    counts = {"by": 0, "about": 0}
    for _, r in found:
        counts[r] = counts.get(r, 0) + 1
    dates = _values_query(store, _DATES, "a", sorted(set(found.values())))
    dated = {a.value: _val(d) for a, d in dates}

    def order(key: tuple[str, str]) -> tuple:
        a = found[key]
        return (dated.get(a) or "9999", a)

    ranked = sorted(found, key=lambda k: (order(k), k[0]))
    if limit is not None:  # keep whole articles at the cut: claims order by their span inside one
        kept_keys, cut, taken = [], {}, {}
        for key in ranked:
            if taken.get(key[1], 0) < limit or order(key) == cut.get(key[1]):
                kept_keys.append(key)
                taken[key[1]] = taken.get(key[1], 0) + 1
                cut[key[1]] = order(key)
        ranked = kept_keys
    details = {c.value: row for c, *row in
               _values_query(store, _CLAIM_DETAILS, "c", sorted({c for c, _ in ranked}))}
    names = _Names(store)
    articles: dict[str, ArticleRef] = {}
    out: list[ClaimInfo] = []
    for c, r in ranked:
        row = details.get(c)
        if row is None:  # a claim without text: not a claim kg wrote
            counts[r] -= 1
            continue
        text, kind, cue, speaker, sdesc, stext, start = row
        a = found[(c, r)]
        if a not in articles:
            articles[a] = article_ref(store, a, names=names)
        speaker_iri = _val(speaker)
        out.append(ClaimInfo(
            iri=c, text=text.value, role=r, article=articles[a], kind=_val(kind), cue=_val(cue),
            speaker=speaker_iri, speaker_name=names(speaker_iri) or _val(sdesc) or _val(stext),
            start=python_value(start)))
    out.sort(key=lambda c: (c.article.date or "9999", c.article.iri, c.start if isinstance(c.start, int) else 0, c.iri))
    if limit is not None:
        kept = {"by": 0, "about": 0}
        trimmed = []
        for c in out:
            if kept[c.role] < limit:
                kept[c.role] += 1
                trimmed.append(c)
        out = trimmed
    return out, counts


def _values_query(store, template: str, var: str, iris: list[str]) -> list[tuple]:
    """Rows of ``template`` with its ``%s`` filled by VALUES blocks binding ``var`` to ``iris``."""
    rows: list[tuple] = []
    for block in values_blocks(var, iris):
        rows.extend(store.query(template % block).rows)
    return rows


def measures(store) -> list[str]:
    """Local names of the kg: properties scoring entities in the analytics graph (pagerank, ...)."""
    out = []
    for (p,) in store.query(_MEASURES).rows:
        if p.value.startswith(V.KG) and p.value != V.KG + "community":
            out.append(p.value[len(V.KG):])
    return sorted(out)


def measure_local(name: str) -> str:
    """The local name of a measure's property: ``weighted-degree`` → ``weightedDegree``.

    >>> measure_local("weighted-degree"), measure_local("pagerank")
    ('weightedDegree', 'pagerank')
    """
    head, *rest = name.split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def analytics_stale(store) -> bool:
    """True when article graphs changed after the analytics were computed."""
    return bool(store.query(_STALE).boolean)


def _entity_measures(store, iri: str, props: dict[str, list]) -> tuple[Measure, ...]:
    out = []
    for p, objs in sorted(props.items()):
        if not p.startswith(V.KG) or p == V.KG + "community":
            continue
        nums = [o for o in objs if isinstance(o, ox.Literal) and isinstance(python_value(o), (int, float))
                and not isinstance(python_value(o), bool)]
        if not nums or p[len(V.KG):] in ("start", "end", "index", "speakerStart", "speakerEnd", "amount"):
            continue
        top = max(nums, key=lambda o: float(python_value(o)))
        value = float(python_value(top))
        total = store.query(_MEASURE_COUNT, bindings={"p": _node(p)}).values()[0]
        above = store.query(_MEASURE_ABOVE, bindings={"p": _node(p), "v": top, "e": _node(iri)}).values()[0]
        out.append(Measure(p[len(V.KG):], value, above + 1, total))
    return tuple(out)


def _community(store, iri: str, props: dict[str, list], *, members: int = 8) -> Community | None:
    values = props.get(V.KG + "community")
    if not values:
        return None
    c = values[0]
    score: dict[str, float] = {}
    for o, pr in store.query(_COMMUNITY, bindings={"c": c}).rows:
        v = python_value(pr) if pr is not None else float("-inf")
        score[o.value] = max(score.get(o.value, float("-inf")), float(v))
    ranked = sorted((o for o in score if o != iri), key=lambda o: (-score[o], o))[:members]
    others = tuple((o, name_of(store, o) or V.shorten(o)) for o in ranked)
    return Community(c.value, len(score), others)


def describe(store, iri: str, *, claim_limit: int | None = 50,
             article_limit: int | None = 25) -> Description | None:
    """Everything known about the node ``iri``; None when the store has nothing on it.

    ``articles`` holds the ``article_limit`` articles with most mentions
    (:attr:`Description.article_count` counts them all); ``claims_by`` and
    ``claims_about`` the first ``claim_limit`` of each (the counts are in
    :attr:`Description.claim_counts`).
    """
    props = properties(store, iri)
    if not props and not store.query(_EXISTS, bindings={"e": _node(iri)}).boolean:
        return None

    def texts(p: str) -> tuple[str, ...]:
        return tuple(sorted({o.value for o in props.get(p, []) if isinstance(o, ox.Literal)}))

    names = texts(V.SCHEMA + "name")
    name = min(names, key=lambda n: (len(n), n)) if names else None
    aliases = tuple(a for a in texts(V.SCHEMA + "alternateName") if a not in names)
    aliases = tuple(sorted(set(aliases + tuple(n for n in names if n != name)), key=str.lower))
    types = tuple(sorted({o.value for o in props.get(V.RDF_TYPE, []) if isinstance(o, ox.NamedNode)}))
    same = tuple(sorted({o.value for o in props.get(V.SCHEMA + "sameAs", []) if isinstance(o, ox.NamedNode)}))
    lat = lon = None
    geo = store.query(_GEO, bindings={"e": _node(iri)}).rows
    if geo:
        lat, lon = python_value(geo[0][0]), python_value(geo[0][1])
    names = _Names(store)
    contained = tuple(sorted({(c.value, names(c.value)) for (c,) in
                              store.query(_CONTAINED, bindings={"e": _node(iri)}).rows}))
    per_article = mentions_by_article(store, iri)
    per_article.pop("", None)
    for (a,) in store.query(_ARTICLES, bindings={"e": _node(iri)}).rows:
        per_article.setdefault(a.value, 0)
    ranked = sorted(per_article, key=lambda a: (-per_article[a], a))
    if article_limit is not None:
        ranked = ranked[:article_limit]
    articles = tuple(article_ref(store, a, mentions=per_article[a], names=names) for a in ranked)
    shown, role_counts = _claims(store, iri, role="both", limit=claim_limit)
    by = tuple(c for c in shown if c.role == "by")
    about = tuple(c for c in shown if c.role == "about")
    counts = (role_counts["by"], role_counts["about"])
    desc = texts(V.SCHEMA + "description")
    return Description(
        iri=iri, name=name, types=types, aliases=aliases, same_as=same,
        latitude=lat, longitude=lon, contained_in=contained,
        mentions=sum(per_article.values()), articles=articles, article_count=len(per_article),
        claims_by=by, claims_about=about, claim_counts=counts,
        measures=_entity_measures(store, iri, props),
        community=_community(store, iri, props),
        description=desc[0] if desc else None)


# -- provenance ----------------------------------------------------------------

_MENTIONS_OF = _P + """SELECT DISTINCT ?m ?a ?start WHERE { ?m kg:mentionOf ?e ; kg:inArticle ?a . OPTIONAL { ?m kg:start ?start } }
ORDER BY ?a ?start ?m"""


def _first(props: dict[str, list], p: str):
    values = props.get(p)
    return values[0] if values else None


_SENTENCES = _P + """SELECT DISTINCT ?start ?end ?text WHERE {
  ?s a kg:Sentence ; kg:inArticle ?a ; kg:start ?start ; kg:end ?end ; schema:text ?text }"""


def passage(store, article: str, start: int, end: int) -> tuple[int | None, str | None]:
    """``(offset, text)`` of the sentences of ``article`` that the span ``start:end`` touches.

    Sentences are joined in article order, the gaps between them shown as
    blanks, so that ``text[start - offset:end - offset]`` is the span.
    """
    rows = []
    for s, e, t in store.query(_SENTENCES, bindings={"a": _node(article)}).rows:
        b, f = python_value(s), python_value(e)
        if isinstance(b, int) and isinstance(f, int) and b < max(end, start + 1) and f > start:
            rows.append((b, f, t.value))
    if not rows:
        return None, None
    rows.sort()
    first = rows[0][0]
    out = ""
    for b, f, text in rows:
        if b - first > len(out):
            out += " " * (b - first - len(out))
        out = out[: b - first] + text
    return first, out


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
        s_text = _val(_first(sp, V.SCHEMA + "text"))
        s_start = python_value(_first(sp, V.KG + "start"))
    return Evidence(
        iri=iri, kind=kind,
        article=article_ref(store, article.value) if isinstance(article, ox.NamedNode) else None,
        start=start, end=end,
        text=_val(text), sentence=s_text, sentence_iri=_val(sentence), sentence_start=s_start,
        speaker=_val(_first(props, V.KG + "speakerText")), of=_val(_first(props, V.KG + "mentionOf")))


def why(store, iri: str, *, limit: int = 10) -> list[Evidence]:
    """Provenance of ``iri``: itself for a claim/mention/quantity, its first mentions for an entity."""
    ev = evidence(store, iri)
    if ev is not None:
        return [ev]
    out = []
    for m, _a, _s in store.query(_MENTIONS_OF, bindings={"e": _node(iri)}).rows[:limit]:
        e = evidence(store, m.value)
        if e is not None:
            out.append(e)
    return out


# -- ranking ----------------------------------------------------------------

_TYPED = "{ SELECT DISTINCT ?e ?type WHERE { ?e a ?type } }"

_TOP = _P + """SELECT ?e (MAX(?v) AS ?score) WHERE {
  ?e ?measure ?v . FILTER(isNumeric(?v))
} GROUP BY ?measure ?e ORDER BY DESC(?score) ?e LIMIT %d"""

_TOP_TYPED = _P + """SELECT ?e (MAX(?v) AS ?score) WHERE {
  ?e ?measure ?v . FILTER(isNumeric(?v))
  """ + _TYPED + """
} GROUP BY ?measure ?type ?e ORDER BY DESC(?score) ?e LIMIT %d"""

_TOP_MENTIONS = _P + """SELECT ?e (COUNT(?m) AS ?score) WHERE {
  ?m kg:mentionOf ?e .
} GROUP BY ?e ORDER BY DESC(?score) ?e LIMIT %d"""

_TOP_MENTIONS_TYPED = _P + """SELECT ?e (COUNT(?m) AS ?score) WHERE {
  ?m kg:mentionOf ?e .
  """ + _TYPED + """
} GROUP BY ?type ?e ORDER BY DESC(?score) ?e LIMIT %d"""


def top(store, *, measure: str = "pagerank", n: int = 10, cls: str | None = None) -> TopResult:
    """The ``n`` entities ranked highest by ``measure`` (a kg: analytics property, or ``mentions``).

    When the analytics graph lacks ``measure``, entities are ranked by mention
    count and :attr:`TopResult.note` says so.  ``cls`` (a class IRI) keeps
    only entities of that class.
    """
    n = max(1, int(n))
    available = tuple(measures(store))
    note = None
    if measure != "mentions":
        measure = measure_local(measure)
    if measure != "mentions" and measure in available and analytics_stale(store):
        note = "the analytics are stale (articles changed since); run 'kg rank' to refresh them."
    if measure != "mentions" and measure not in available:
        have = f" (available: {', '.join(available)})" if available else ""
        note = (f"no {measure} scores in the store; run 'kg rank' to compute them{have}. "
                f"Ranking by mention count instead.")
        measure = "mentions"
    bindings: dict[str, object] = {}
    if cls:
        bindings["type"] = _node(cls)
    if measure == "mentions":
        q = (_TOP_MENTIONS_TYPED if cls else _TOP_MENTIONS) % n
    else:
        q = (_TOP_TYPED if cls else _TOP) % n
        bindings["measure"] = _node(V.KG + measure)
    rows = tuple((e.value, name_of(store, e.value), float(python_value(s)))
                 for e, s in store.query(q, bindings=bindings).rows if e is not None)
    return TopResult(measure, rows, note, available)


# -- schema ----------------------------------------------------------------

_CLASSES = """SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c"""
_PROPERTIES = """SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) ?p"""


def classes(store) -> list[tuple[str, int]]:
    """``(class IRI, number of instances)``, most used first."""
    return [(c.value, int(n.value)) for c, n in store.query(_CLASSES).rows if isinstance(c, ox.NamedNode)]


def predicates(store) -> list[tuple[str, int]]:
    """``(property IRI, number of triples)``, most used first."""
    return [(p.value, int(n.value)) for p, n in store.query(_PROPERTIES).rows]


__all__ = [
    "Match", "ArticleRef", "ClaimInfo", "Measure", "Community", "Description", "Evidence",
    "TopResult", "find", "resolve_one", "entity_names", "similar_names", "describe", "claims",
    "evidence", "why", "top", "measures", "measure_local", "analytics_stale", "classes", "predicates", "mention_count", "name_of",
    "properties", "article_ref", "passage",
]
