"""One record (a JSON object or a CSV row) to an article.

>>> from kg.model import Article
>>> item = record_article({"unit_id": 7, "article_title": "Talks resume",
...                        "article_content": "Delegations met on Monday.",
...                        "date": "4/5/2017"}, name="x.csv", where="data/x.csv:2", fields=None)
>>> isinstance(item, Article), item.identifier, item.title, item.date, item.source
(True, '7', 'Talks resume', datetime.date(2017, 4, 5), 'data/x.csv:2')
>>> record_article({"title": "No body"}, name="x.jsonl", where="x.jsonl:3", fields=None)
ReadError(source='x.jsonl:3', reason='record x.jsonl:3 has no text')
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from kg.ingest.assemble import assemble
from kg.ingest.fields import resolve
from kg.model import Article, ReadError


def record_article(
    record: Mapping[str, Any], *, name: str, where: str, fields: Mapping[str, str] | None
) -> Article | ReadError:
    """The article in ``record``; ``where`` is ``path:line``, ``name`` the file name."""
    mapping = resolve(record.keys(), fields)
    given = {ours: record.get(theirs) for ours, theirs in mapping.items()}
    raw_id = given.pop("id", None)
    identifier = str(raw_id).strip() if raw_id not in (None, "") else ""
    if not identifier:
        identifier = f"{name}:{where.rsplit(':', 1)[-1]}"
    text = _text(given.pop("text", None))
    if not text:
        return ReadError(where, f"record {identifier} has no text")
    return assemble(identifier, text, source=where, given=given, digest=record_digest(record))


def record_digest(record: Mapping[str, Any]) -> str:
    """sha256 of the record's canonical JSON (sorted keys, no spaces).

    >>> record_digest({"b": 1, "a": "é"}) == record_digest({"a": "é", "b": 1})
    True
    """
    canonical = json.dumps(
        record, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        joined = "\n\n".join(v.strip("\n") for v in value)
        return joined if joined.strip() else None
    return None
