"""Saved news pages: main text and metadata via trafilatura.

The article's text is the main text trafilatura extracts (comments left
out); every offset indexes that text.  Title, authors, date, site name, URL,
categories and tags come from the page's metadata; the extracted text then
goes through the same header/boilerplate analysis as a plain-text article.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from kg.ingest.assemble import assemble
from kg.ingest.decode import decode
from kg.ingest.errors import Unreadable
from kg.model import Article

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""", re.IGNORECASE
)


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta>`` tag near its top.

    >>> declared_charset(b'<html><head><meta charset="windows-1252">')
    'windows-1252'
    """
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def read_html(path: str, data: bytes) -> Article:
    """The article in the page ``data`` read from ``path``."""
    page, encoding = decode(data, declared=declared_charset(data))
    document = _extract(page)
    text = (document.get("text") or "").strip("\n")
    if not any(ch.isalnum() for ch in text):
        raise Unreadable("no article text found in the HTML page")
    themes = [*(document.get("categories") or []), *(document.get("tags") or [])]
    given = {
        "title": document.get("title"),
        "authors": (document.get("author") or "").replace(";", ","),
        "date": document.get("date"),
        "source": document.get("sitename"),
        "url": document.get("url"),
        "themes": themes or None,
    }
    return assemble(
        Path(path).name,
        text,
        source=path,
        given=given,
        digest=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
    )


def _extract(page: str) -> dict[str, Any]:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
        )
    except RecursionError:
        raise Unreadable("HTML nested too deeply to parse") from None
    except Exception as err:  # lxml and trafilatura raise many kinds
        raise Unreadable(f"could not parse the HTML: {type(err).__name__}: {err}") from None
    if document is None:
        raise Unreadable("no article text found in the HTML page")
    return document.as_dict() if hasattr(document, "as_dict") else dict(document)
