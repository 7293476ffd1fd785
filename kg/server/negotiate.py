"""Content negotiation for the SPARQL endpoint: which serialization answers an ``Accept``.

>>> choose(SELECT_TYPES, "text/html,application/xml;q=0.9,*/*;q=0.8")
'application/xml'
>>> choose(SELECT_TYPES, "")
'application/sparql-results+json'
>>> choose(GRAPH_TYPES, "application/n-triples;q=0.5, text/turtle")
'text/turtle'
>>> choose(SELECT_TYPES, "image/png") is None
True
"""

from __future__ import annotations

from ..formats import SERVED, format_param, media_types

#: Media type → kg.results format name, in order of preference (from :mod:`kg.formats`).
SELECT_TYPES: dict[str, str] = media_types("results", SERVED)
GRAPH_TYPES: dict[str, str] = media_types("rdf", SERVED)
#: ``format=`` parameter values → media type.
FORMAT_PARAM: dict[str, str] = format_param(SERVED)


def parse_accept(header: str) -> list[tuple[str, float, int]]:
    """``[(media range, q, position)]``; ranges with a bad q count as q=0."""
    out = []
    for pos, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            key, _, value = f.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        out.append((media, q, pos))
    return out


def _match_quality(media: str, ranges: list[tuple[str, float, int]]) -> tuple[float, int]:
    """(q, specificity) of the most specific range matching ``media``; q -1 when none does."""
    kind = media.split("/")[0]
    best = (-1.0, -1)
    for rng, q, _ in ranges:
        if rng == media:
            spec = 2
        elif rng == f"{kind}/*":
            spec = 1
        elif rng in ("*/*", "*"):
            spec = 0
        else:
            continue
        if spec > best[1]:
            best = (q, spec)
    return best


def choose(offers: dict[str, str], accept: str | None) -> str | None:
    """The offered media type the client prefers; the first offer when any is fine; None for 406."""
    if not accept or not accept.strip():
        return next(iter(offers))
    ranges = parse_accept(accept)
    best, best_key = None, None
    for order, media in enumerate(offers):
        q, spec = _match_quality(media, ranges)
        if q <= 0:
            continue
        key = (q, spec, -order)
        if best_key is None or key > best_key:
            best, best_key = media, key
    return best
