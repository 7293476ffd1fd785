"""Claims and quantities read from a store, as comparison and its reports need them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .. import vocab as V
from .proposition import tokens
from .quantities import Figure
from .relate import Item, item

_P = V.QUERY_PREFIXES

#: Acts other than statements (when the store records acts at all).
_NOT_STATEMENT = f"FILTER NOT EXISTS {{ ?c kg:act ?act . FILTER(?act != <{V.KG}Statement>) }}"

_CLAIMS = _P + """
SELECT ?c ?text ?cue ?act ?author ?article ?date ?about WHERE {
  ?c a schema:Claim ; schema:text ?text ; schema:appearance ?article ; schema:author ?author .
  %s
  OPTIONAL { ?c kg:cue ?cue }
  OPTIONAL { ?c kg:act ?act }
  OPTIONAL { ?article schema:datePublished ?date }
  OPTIONAL { ?c schema:about ?about }
}"""

# completed with a VALUES block of the claims asked about (kg.lookup.common.values_query)
_CLAIM_DETAILS = _P + """
SELECT ?c ?text ?cue ?act ?author ?sname ?sdesc ?article ?headline ?date ?pname WHERE {
  %s
  ?c a schema:Claim ; schema:text ?text ; schema:appearance ?article ; schema:author ?author .
  OPTIONAL { ?c kg:cue ?cue }
  OPTIONAL { ?c kg:act ?act }
  OPTIONAL { ?author schema:name ?sname }
  OPTIONAL { ?author schema:description ?sdesc }
  OPTIONAL { ?article schema:headline ?headline }
  OPTIONAL { ?article schema:datePublished ?date }
  OPTIONAL { ?article schema:publisher ?pub . ?pub schema:name ?pname }
}"""

_QUANTITIES = _P + """
SELECT ?q ?text ?amount ?counted ?verb ?article ?date ?pub ?about ?sentence ?stext WHERE {
  ?q a kg:Quantity ; schema:text ?text ; kg:amount ?amount ; kg:inArticle ?article .
  OPTIONAL { ?q kg:sentence/schema:text ?stext }
  OPTIONAL { ?q kg:counted ?counted }
  OPTIONAL { ?q kg:verb ?verb }
  OPTIONAL { ?q kg:sentence ?sentence }
  OPTIONAL { ?article schema:datePublished ?date }
  OPTIONAL { ?article schema:publisher ?pub }
  OPTIONAL { ?q schema:about ?about }
}"""

_SENTENCE_PLACES = _P + """
SELECT DISTINCT ?sentence ?e WHERE { ?m kg:sentence ?sentence ; kg:mentionOf ?e . ?q a kg:Quantity ; kg:sentence ?sentence }"""


@dataclass(frozen=True)
class ClaimDetail:
    """What a report shows of one claim."""

    iri: str
    text: str
    speaker: str          #: the speaker's name, or the unnamed source's description
    speaker_iri: str
    cue: str | None
    act: str | None       #: "Statement", "Belief", "Finding" or None when not recorded
    article: str
    headline: str | None
    outlet: str | None
    date: str | None


def _v(term) -> str | None:
    return None if term is None else term.value


def place_keys(store) -> set[str]:
    """IRIs of the entities typed Place (by the articles' vote)."""
    from ..lookup.kinds import entity_labels

    return {iri for iri, (_name, kind) in entity_labels(store).items() if kind == "Place"}


def entity_names(store) -> dict[str, list[tuple[str, ...]]]:
    """Each actor's and place's names and aliases as token sequences."""
    out: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    rows = store.query(_P + "SELECT DISTINCT ?e ?n WHERE { ?e schema:name|schema:alternateName ?n . ?x kg:mentionOf ?e }").rows
    for e, n in rows:
        toks = tuple(tokens(n.value))
        if toks:
            out[e.value].add(toks)
    return {e: sorted(v) for e, v in out.items()}


def read_items(store, *, statements_only: bool = True, places: set[str] | None = None,
               names: dict | None = None) -> list[Item]:
    """Every claim of the store as an :class:`~kg.compare.relate.Item`."""
    places = place_keys(store) if places is None else places
    names = entity_names(store) if names is None else names
    rows = store.query(_CLAIMS % (_NOT_STATEMENT if statements_only else "")).rows
    base: dict[str, tuple] = {}
    about: dict[str, set[str]] = defaultdict(set)
    for c, text, cue, act, author, _article, date, ab in rows:
        act_name = act.value.rsplit("#", 1)[-1] if act is not None else None
        base.setdefault(c.value, (text.value, _v(cue), author.value, _v(date), act_name))
        if ab is not None:
            about[c.value].add(ab.value)
    return [item(iri, author, about.get(iri, ()), places, text, names, date, cue, act)
            for iri, (text, cue, author, date, act) in base.items()]


def read_details(store, iris: set[str] | None = None) -> dict[str, ClaimDetail]:
    """:class:`ClaimDetail` of the claims ``iris`` (all when None)."""
    from ..lookup.common import values_query

    rows = (store.query(_CLAIM_DETAILS % "").rows if iris is None
            else values_query(store, _CLAIM_DETAILS, "c", sorted(iris)))
    out: dict[str, ClaimDetail] = {}
    for (c, text, cue, act, author, sname, sdesc, article, headline, date, pname) in rows:
        if c.value in out:
            continue
        act_name = act.value.rsplit("#", 1)[-1] if act is not None else None
        out[c.value] = ClaimDetail(
            iri=c.value, text=text.value, speaker=_v(sname) or _v(sdesc) or "unnamed source",
            speaker_iri=author.value, cue=_v(cue), act=act_name, article=article.value,
            headline=_v(headline), outlet=_v(pname), date=_v(date))
    return out


def read_figures(store, *, places: set[str] | None = None) -> list[Figure]:
    """Every quantity of the store with the places of its sentence, as a :class:`Figure`."""
    places = place_keys(store) if places is None else places
    in_sentence: dict[str, set[str]] = defaultdict(set)
    for s, e in store.query(_SENTENCE_PLACES).rows:
        if e.value in places:
            in_sentence[s.value].add(e.value)
    base: dict[str, tuple] = {}
    where: dict[str, set[str]] = defaultdict(set)
    context: dict[str, str] = {}
    for q, text, amount, counted, verb, article, date, pub, ab, sentence, stext in store.query(_QUANTITIES).rows:
        base.setdefault(q.value, (text.value, float(amount.value), _v(counted), _v(verb),
                                  article.value, _v(date), _v(pub)))
        if stext is not None:
            context[q.value] = stext.value
        if ab is not None and ab.value in places:
            where[q.value].add(ab.value)
        if sentence is not None:
            where[q.value] |= in_sentence.get(sentence.value, set())
    countries = {r[0].value for r in store.query(
        _P + "SELECT DISTINCT ?e WHERE { ?e a schema:Country }").rows}

    def scope(iri: str) -> frozenset[str]:
        """The most specific places named with the figure: towns and regions before countries."""
        named = where.get(iri, set())
        return frozenset(named - countries or named)

    return [Figure(iri=iri, text=t, amount=a, counted=c, verb=v, article=art, date=d, outlet=p,
                   places=scope(iri), context=context.get(iri, ""))
            for iri, (t, a, c, v, art, d, p) in base.items()]
