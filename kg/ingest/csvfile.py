"""CSV and TSV files (optionally gzip-compressed): one article per row.

The first row names the columns.  Without a text column the whole file is
one :class:`~kg.model.ReadError` that names the columns found and how to map
one.  Rows are identified by the line on which they start.
"""

from __future__ import annotations

import csv
import gzip
import io
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path

from kg.ingest.assemble import normalize_newlines
from kg.ingest.decode import decode
from kg.ingest.errors import Unreadable, one_line, too_large
from kg.ingest.fields import expected_text_keys, resolve
from kg.ingest.records import record_article
from kg.model import Article, ReadError

_SNIFF_CHARS = 64_000


def read_csv(
    path: str, data: bytes, *, fields: Mapping[str, str] | None, max_bytes: int
) -> Iterator[Article | ReadError]:
    """Every row of the CSV file ``data`` read from ``path``."""
    name = Path(path).name
    if name.lower().endswith(".gz"):
        data = _gunzip(data, max_bytes)
    text, _encoding = decode(data)
    text = normalize_newlines(text)
    if csv.field_size_limit() < max_bytes:
        csv.field_size_limit(max_bytes)
    reader = csv.reader(io.StringIO(text, newline=""), dialect=_dialect(text, name))
    try:
        header = next(reader, None)
    except csv.Error as err:
        raise Unreadable(f"line 1: invalid CSV: {err}") from None
    columns = [column.strip().lstrip("\ufeff") for column in header or ()]
    if not any(columns):
        raise Unreadable("no header row naming the columns")
    mapping = resolve(columns, fields)
    if mapping.get("text") not in columns:
        found = ", ".join(repr(c) for c in columns if c) or "none"
        raise Unreadable(
            f"no text column: looked for {expected_text_keys(fields)}; columns found: {found};"
            f" map one with fields={{'text': '<column>'}}"
        )
    last_line = reader.line_num
    while True:
        start = last_line + 1
        try:
            row = next(reader, None)
        except csv.Error as err:
            yield ReadError(f"{path}:{start}", one_line(f"line {start}: invalid CSV: {err}"))
            return
        if row is None:
            return
        last_line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        record = {column: cell for column, cell in zip(columns, row) if column}
        yield record_article(record, name=name, where=f"{path}:{start}", fields=fields)


def _dialect(text: str, name: str) -> type[csv.Dialect]:
    """Comma or tab by extension, unless the header row clearly uses ``;``, tab or ``|``."""
    tsv = name.lower().removesuffix(".gz").endswith(".tsv")
    header = text[: text.find("\n")] if "\n" in text[:_SNIFF_CHARS] else text[:_SNIFF_CHARS]
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.__getitem__)
    delimiter = "\t" if tsv else ","
    if counts[best] > counts[delimiter]:
        delimiter = best
    return type("Dialect", (csv.excel,), {"delimiter": delimiter})


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as err:
        raise Unreadable(f"not a valid gzip file: {err}") from None
    if len(out) > max_bytes:
        raise Unreadable(too_large(len(out), max_bytes) + " uncompressed")
    return out
