"""Reading articles: files and folders in, :class:`~kg.model.Article` records out.

:func:`read` takes paths to files or folders and yields one
:class:`~kg.model.Article` per article, or a :class:`~kg.model.ReadError`
(one line) per input that cannot be read; it never raises for a bad input.

Formats (by file name):

* ``.txt``, ``.md`` — plain text, possibly with markdown/HTML residue.  The
  header (title, byline, dateline, "Region:"/"Theme:" tag lines) and
  notices give the metadata; the article identifier is the file name.
* ``.html``, ``.htm`` — a saved page; trafilatura extracts the main text
  (which becomes :attr:`Article.text`) and the page metadata.
* ``.jsonl``, ``.jsonl.gz`` — one JSON object per line.
* ``.csv``, ``.tsv`` (also ``.gz``) — one row per article, first row names
  the columns.

For records, ``fields`` maps our field names (``id, title, authors, date,
source, url, text``, and ``regions``, ``themes``) to the record's keys;
common alternatives are recognised when a name is missing (see
:mod:`kg.ingest.fields`).  A record's identifier is its id, else
``<file name>:<line>``; its ``source`` is ``<path>:<line>``.

Folders are walked recursively in sorted order; files of other types, hidden
files and a folder's own documentation (``README``, ``LICENSE``,
``SOURCES`` … files) are passed over.  A file named explicitly is always
read (or reported as unsupported).

``max_bytes`` limits a text, HTML or CSV file (uncompressed) and each JSON
Lines record; JSON Lines files themselves are streamed.

Boilerplate — bylines and tag lines, share/follow/subscribe prompts,
copyright and "original source" notices, author biographies, comment forms,
URLs, e-mail addresses and markup delimiters — is listed in
:attr:`Article.removed`; :meth:`Article.body` blanks it and keeps every
offset.  In-depth report tags count as themes.

>>> from pathlib import Path
>>> folder = Path(__file__).resolve().parents[2] / "data" / "articles"
>>> articles = list(read([folder]))
>>> len(articles), articles[0].identifier, articles[0].authors
(5, '000_c05d6750a230796c.txt', ('Stephen Lendman',))
>>> list(read(["no/such/file.txt"]))
[ReadError(source='no/such/file.txt', reason='no such file or directory')]
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from kg.ingest.errors import Skipped, Unreadable, one_line, too_large
from kg.ingest.fields import check_fields
from kg.ingest.files import KNOWN_SUFFIXES, display_name, kind_of, special_kind, suffix_of, walk
from kg.model import Article, ReadError

__all__ = ["read"]

DEFAULT_MAX_BYTES = 20_000_000


def read(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    fields: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | ReadError]:
    """Yield the articles (or read errors) of ``paths``, in order.

    Raises :class:`ValueError` at once for an invalid ``fields`` mapping or
    ``max_bytes`` (a mistake of the caller, not of the input).
    """
    fields = check_fields(fields) or None
    if max_bytes <= 0:
        raise ValueError("max_bytes must be positive")
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return _read_all(list(paths), fields, max_bytes)


def _read_all(
    paths: list[str | os.PathLike[str]], fields: Mapping[str, str] | None, max_bytes: int
) -> Iterator[Article | ReadError]:
    for given in paths:
        path = Path(given)
        shown = display_name(given)
        if path.is_dir():
            found = False
            for file in walk(path):
                found = True
                yield from _read_file(file, display_name(file), fields, max_bytes)
            if not found:
                yield ReadError(shown, f"no article files ({KNOWN_SUFFIXES}) in this folder")
        elif path.exists() or path.is_symlink():
            if kind_of(path) is None:
                yield ReadError(shown, f"unsupported file type {suffix_of(path)}")
            else:
                yield from _read_file(path, shown, fields, max_bytes)
        else:
            yield ReadError(shown, "no such file or directory")


def _read_file(
    path: Path, shown: str, fields: Mapping[str, str] | None, max_bytes: int
) -> Iterator[Article | ReadError]:
    kind = kind_of(path)
    produced = 0
    try:
        special = special_kind(path.stat().st_mode)
        if special is not None:  # never opened: a FIFO would wait for a writer forever
            yield Skipped(shown, f"{special}, not a regular file")
            return
        if kind == "jsonl":
            from kg.ingest.jsonl import read_jsonl

            for item in read_jsonl(os.fspath(path), fields=fields, max_bytes=max_bytes, shown=shown):
                produced += 1
                yield item
            return
        data = _load(path, max_bytes)
        if kind == "csv":
            from kg.ingest.csvfile import read_csv

            for item in read_csv(shown, data, fields=fields, max_bytes=max_bytes):
                produced += 1
                yield item
        elif kind == "html":
            from kg.ingest.html import read_html

            yield read_html(shown, data)
        else:
            yield _read_text(path, shown, data)
    except Unreadable as err:
        yield ReadError(shown, err.reason)
    except OSError as err:
        yield ReadError(shown, one_line(err.strerror or str(err)).lower())
    except Exception as err:  # a bad input must never stop the other inputs
        where = f" after {produced} records" if produced else ""
        yield ReadError(shown, one_line(f"could not read{where}: {type(err).__name__}: {err}"))


def _load(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise Unreadable(too_large(size, max_bytes))
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # never waits, whatever the file became
    with os.fdopen(fd, "rb") as stream:
        special = special_kind(os.fstat(fd).st_mode)
        if special is not None:
            raise Unreadable(f"{special}, not a regular file")
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:  # grew while we looked
        raise Unreadable(too_large(len(data), max_bytes))
    return data


def _read_text(path: Path, shown: str, data: bytes) -> Article:
    from kg.ingest.assemble import assemble
    from kg.ingest.decode import decode

    text, encoding = decode(data)
    return assemble(
        display_name(path.name), text, source=shown, digest=hashlib.sha256(data).hexdigest(), encoding=encoding
    )
