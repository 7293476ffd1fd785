"""Which files to read: explicit files, folders walked recursively, formats.

>>> kind_of("a/story.TXT"), kind_of("corpus.jsonl.gz"), kind_of("photo.png")
('text', 'jsonl', None)
>>> is_documentation("SOURCES.md"), is_documentation("sources-of-conflict.txt")
(True, False)
>>> suffix_of("archive.tar.gz"), suffix_of("README")
('.gz', '(no extension)')
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

# Longest suffixes first so that ".jsonl.gz" wins over ".gz".
FORMATS: tuple[tuple[str, str], ...] = (
    (".jsonl.gz", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".csv.gz", "csv"),
    (".tsv.gz", "csv"),
    (".markdown", "text"),
    (".ndjson", "jsonl"),
    (".jsonl", "jsonl"),
    (".html", "html"),
    (".xhtml", "html"),
    (".htm", "html"),
    (".txt", "text"),
    (".md", "text"),
    (".csv", "csv"),
    (".tsv", "csv"),
)
# A folder's own documentation, not articles (read only when named explicitly).
_DOCUMENTATION = re.compile(
    r"^(?:readme|licen[cs]e|sources|changelog|changes|notice|authors|contributing|copying"
    r"|citation)(?:\.\w+)*$",
    re.IGNORECASE,
)
KNOWN_SUFFIXES = ", ".join(dict.fromkeys(s for s, _ in FORMATS if s.count(".") == 1))


def kind_of(path: str | os.PathLike[str]) -> str | None:
    """``text``, ``html``, ``jsonl`` or ``csv`` by file name; None if unknown."""
    name = os.fspath(path).lower()
    for suffix, kind in FORMATS:
        if name.endswith(suffix):
            return kind
    return None


def is_documentation(name: str) -> bool:
    """A folder's README/LICENSE/SOURCES-style file, not an article."""
    return _DOCUMENTATION.match(name) is not None


def suffix_of(path: str | os.PathLike[str]) -> str:
    return Path(path).suffix or "(no extension)"


def walk(folder: Path) -> Iterator[Path]:
    """Files of known formats under ``folder``, sorted.

    Hidden names and the folder's documentation (``README``, ``LICENSE``,
    ``SOURCES``, ``CHANGELOG`` … files) are skipped.
    """
    found = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or is_documentation(name):
                continue
            if kind_of(name) is not None:
                found.append(Path(root, name))
    found.sort(key=lambda p: p.relative_to(folder).parts)
    return iter(found)
