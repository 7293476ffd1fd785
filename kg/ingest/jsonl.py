"""JSON Lines files (optionally gzip-compressed): one article per line.

A broken line becomes a :class:`~kg.model.ReadError` for that line and the
other lines still come out.  ``max_bytes`` bounds each line, not the file
(records are streamed).
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path

from kg.ingest.errors import one_line, too_large
from kg.ingest.records import record_article
from kg.model import Article, ReadError


def read_jsonl(
    path: str, *, fields: Mapping[str, str] | None, max_bytes: int, shown: str | None = None
) -> Iterator[Article | ReadError]:
    """Every record of the JSON Lines file at ``path`` (named ``shown`` in sources and identifiers)."""
    opened, path = path, shown or path
    name = Path(path).name
    opener = gzip.open if name.lower().endswith(".gz") else open
    number = 0
    try:
        with opener(opened, "rb") as stream:
            while True:
                raw = stream.readline(max_bytes + 1)
                if not raw:
                    break
                number += 1
                where = f"{path}:{number}"
                if len(raw) > max_bytes and not raw.endswith(b"\n"):
                    size = len(raw) + _skip_line(stream, max_bytes)
                    yield ReadError(where, f"line {number}: {too_large(size, max_bytes)}")
                    continue
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)
                except UnicodeDecodeError:
                    yield ReadError(where, f"line {number}: invalid JSON: not UTF-8 text")
                    continue
                except json.JSONDecodeError as err:
                    yield ReadError(
                        where, f"line {number}: invalid JSON: {err.msg} (column {err.colno})"
                    )
                    continue
                except RecursionError:
                    yield ReadError(where, f"line {number}: invalid JSON: nested too deeply")
                    continue
                if not isinstance(record, dict):
                    kind = type(record).__name__
                    yield ReadError(where, f"line {number}: a JSON {kind}, not an object")
                    continue
                yield record_article(record, name=name, where=where, fields=fields)
    except (OSError, EOFError, zlib.error) as err:
        reason = getattr(err, "strerror", None) or str(err) or type(err).__name__
        if number:
            yield ReadError(f"{path}:{number + 1}", one_line(f"line {number + 1}: {reason}"))
        else:
            yield ReadError(path, one_line(reason))


def _skip_line(stream, chunk: int) -> int:
    skipped = 0
    while True:
        part = stream.readline(chunk)
        skipped += len(part)
        if not part or part.endswith(b"\n"):
            return skipped
