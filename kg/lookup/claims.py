"""Claims made by or about an entity, oldest first, with their articles and speakers.

Names come from the shared entities graph, looked up after the rows they
label have been counted; and since a bound variable joins after grouping,
counts are made in Python over plain rows rather than with ``GROUP BY`` on a
bound variable.
"""

from __future__ import annotations

from ..store.base import python_value
from .common import PREFIXES as _P, node, val, values_query
from .names import Names, article_ref
from .records import ArticleRef, ClaimInfo

_CLAIM_ROLES = _P + """SELECT ?c ?role ?a ?act WHERE {
  { ?c schema:author ?e ; schema:appearance ?a BIND("by" AS ?role) }
  UNION { ?c schema:about ?e ; schema:appearance ?a BIND("about" AS ?role) }
  OPTIONAL { ?c kg:act ?act }
}"""

#: The acts reports show unless asked for all: what was said (``kg:Statement``), not what was
#: believed or found. Claims of stores built before acts were recorded have none and are shown.
STATEMENTS = ("Statement",)

# completed with a VALUES block of the IRIs asked about (see values_query)
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


def claims(store, iri: str, *, role: str = "both", limit: int | None = None,
           acts: tuple[str, ...] | None = STATEMENTS) -> list[ClaimInfo]:
    """Claims made by (``role="by"``), about (``"about"``) or both for entity ``iri``, oldest first.

    With ``limit``, at most that many of each role. ``acts`` keeps claims of those acts
    (statements by default; None: every act).
    """
    return claims_and_counts(store, iri, role=role, limit=limit, acts=acts)[0]


def claims_and_counts(store, iri: str, *, role: str, limit: int | None,
                      acts: tuple[str, ...] | None = STATEMENTS
                      ) -> tuple[list[ClaimInfo], dict[str, int]]:
    """The claims (see :func:`claims`) and how many there are of each role before ``limit``.

    Two steps, so that a much-quoted actor costs little more than the claims
    shown: every claim's role and article first (and the articles' dates, to
    order them), then the text, speaker and span of the claims kept.
    """
    found: dict[tuple[str, str], str] = {}
    for c, r, a, act in store.query(_CLAIM_ROLES, bindings={"e": node(iri)}).rows:
        if acts is not None and act is not None and act.value.rsplit("#", 1)[-1] not in acts:
            continue
        if role == "both" or r.value == role:
            found.setdefault((c.value, r.value), a.value)
    counts = {"by": 0, "about": 0}
    for _, r in found:
        counts[r] = counts.get(r, 0) + 1
    dates = values_query(store, _DATES, "a", sorted(set(found.values())))
    dated = {a.value: val(d) for a, d in dates}

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
               values_query(store, _CLAIM_DETAILS, "c", sorted({c for c, _ in ranked}))}
    names = Names(store)
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
        speaker_iri = val(speaker)
        out.append(ClaimInfo(
            iri=c, text=text.value, role=r, article=articles[a], kind=val(kind), cue=val(cue),
            speaker=speaker_iri, speaker_name=names(speaker_iri) or val(sdesc) or val(stext),
            start=python_value(start)))
    out.sort(key=lambda c: (c.article.date or "9999", c.article.iri,
                            c.start if isinstance(c.start, int) else 0, c.iri))
    if limit is not None:
        kept = {"by": 0, "about": 0}
        trimmed = []
        for c in out:
            if kept[c.role] < limit:
                kept[c.role] += 1
                trimmed.append(c)
        out = trimmed
    return out, counts
