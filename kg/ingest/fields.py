"""Which column or key of a record holds which field of an article.

Our field names are ``id, title, authors, date, source, url, text`` (plus
``regions`` and ``themes``); ``source`` is the publisher.  An explicit
mapping wins; otherwise the first of a few common names that the record has
is used (compared case-insensitively).

>>> resolve(["unit_id", "article_title", "article_content", "source", "date"], None)["text"]
'article_content'
>>> mapping = resolve(["story", "headline"], {"text": "story"})
>>> mapping["text"], mapping["title"], "id" in mapping
('story', 'headline', False)
>>> check_fields({"txt": "body"})
Traceback (most recent call last):
...
ValueError: unknown field 'txt' in the field mapping; known fields: id, title, authors, date, source, url, text, regions, themes
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

FIELDS = ("id", "title", "authors", "date", "source", "url", "text", "regions", "themes")
ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "id": ("id", "unit_id", "article_id", "doc_id", "docid", "uuid", "guid", "_id"),
    "title": ("title", "headline", "article_title", "heading"),
    "authors": ("authors", "author", "byline", "creator", "creators", "writers", "article_author"),
    "date": (
        "date", "published", "published_at", "publish_date", "publication_date",
        "date_published", "datepublished", "pubdate", "date_publish", "article_date",
    ),
    "source": (
        "source", "publisher", "source_name", "outlet", "site_name", "sitename", "newspaper",
        "media", "article_source",
    ),
    "url": ("url", "link", "article_url", "permalink"),
    "text": (
        "text", "content", "body", "article_content", "article_text", "article_body",
        "article", "full_text", "fulltext", "maintext", "story",
    ),
    "regions": ("regions", "region", "location", "locations", "country", "countries", "place"),
    "themes": ("themes", "theme", "topic", "topics", "tags", "keywords", "categories", "category", "section"),
}


def check_fields(fields: Mapping[str, str] | None) -> dict[str, str]:
    """Validate a caller's mapping (our field name → their key)."""
    if not fields:
        return {}
    checked = {}
    for ours, theirs in fields.items():
        if ours not in FIELDS:
            raise ValueError(
                f"unknown field {ours!r} in the field mapping; known fields: {', '.join(FIELDS)}"
            )
        if not isinstance(theirs, str) or not theirs:
            raise ValueError(f"the field mapping for {ours!r} must name a column or key")
        checked[ours] = theirs
    return checked


def resolve(keys: Iterable[str], fields: Mapping[str, str] | None) -> dict[str, str]:
    """Our field name → the record's key, for the fields the record can supply.

    Explicitly mapped fields are always present in the result (even when the
    record lacks the key, so that the caller can report it).
    """
    explicit = tuple(sorted(check_fields(fields).items()))
    return dict(_resolve(tuple(keys), explicit))


@lru_cache(maxsize=256)
def _resolve(keys: tuple[str, ...], explicit: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    by_lower: dict[str, str] = {}
    for key in keys:
        by_lower.setdefault(key.strip().lower(), key)
    mapping = dict(explicit)
    for ours in FIELDS:
        if ours in mapping:
            continue
        for name in ALTERNATIVES[ours]:
            if name in by_lower:
                mapping[ours] = by_lower[name]
                break
    return tuple(mapping.items())


def expected_text_keys(fields: Mapping[str, str] | None) -> str:
    """How the text column is looked for, for error messages."""
    explicit = check_fields(fields).get("text")
    if explicit:
        return repr(explicit)
    return " or ".join(repr(name) for name in ALTERNATIVES["text"][:6]) + " (or similar)"
