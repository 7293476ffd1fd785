"""An :class:`~kg.model.Article` from a text and the metadata that came with it.

Metadata that came with the text (record fields, HTML metadata) wins; what
the text itself states (header block, notices) fills the gaps.  Nothing is
invented: a value that is missing or unreadable stays ``None``/``()`` and an
unreadable one adds a line to ``warnings``.

>>> article = assemble("a.txt", "By Jane Doe\\nExample News, May 2, 2019\\n\\nTroops left.",
...                    source="a.txt", given={"date": "2019-13-40"})
>>> article.authors, article.publisher, article.date
(('Jane Doe',), 'Example News', datetime.date(2019, 5, 2))
>>> article.warnings
("ignored the date: not a valid date: '2019-13-40' (month must be in 1..12)",)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kg.ingest.dates import parse_date
from kg.ingest.names import split_authors
from kg.ingest.textdoc import analyze
from kg.model import Article

_NEWLINES = re.compile(r"\r\n?")
_LIST_SPLIT = re.compile(r"\s*[,;|]\s*")


def normalize_newlines(text: str) -> str:
    r"""``\r\n`` and ``\r`` become ``\n`` (Article offsets index the result)."""
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def assemble(
    identifier: str,
    text: str,
    *,
    source: str,
    given: Mapping[str, Any] | None = None,
    digest: str = "",
    encoding: str | None = None,
) -> Article:
    """Build the article; ``given`` maps our field names to supplied values."""
    given = given or {}
    text = normalize_newlines(text)
    title = _text(given.get("title"))
    facts = analyze(text, want_title=title is None)
    warnings = list(facts.warnings)
    date = None
    raw_date = given.get("date")
    if raw_date not in (None, ""):
        try:
            date = parse_date(raw_date)
        except ValueError as err:
            warnings.append(f"ignored the date: {err}")
    return Article(
        identifier=identifier,
        text=text,
        source=source,
        title=title or facts.title,
        authors=split_authors(given.get("authors")) or facts.authors,
        publisher=_text(given.get("source")) or facts.publisher,
        date=date or facts.date,
        url=_text(given.get("url")),
        regions=_list(given.get("regions")) or facts.regions,
        themes=_list(given.get("themes")) or facts.themes,
        removed=facts.removed,
        digest=digest,
        encoding=encoding,
        warnings=tuple(warnings),
    )


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, tuple)):
        return None
    text = " ".join(str(value).split())
    return text or None


def _list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, (list, tuple)) else _LIST_SPLIT.split(str(value))
    cleaned = (" ".join(str(item).split()) for item in items if item is not None)
    return tuple(dict.fromkeys(item for item in cleaned if item))
