"""Which files to read: explicit files, folders walked recursively, formats.

Only regular files are read: a FIFO, a device or a socket (also behind a
symbolic link) is passed over with a reason, never opened, so that it cannot
hang a build.  A name that is not valid UTF-8 is shown and stored with its
odd bytes as ``\\xNN`` escapes (:func:`display_name`).

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
import stat
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


def display_name(path: str | os.PathLike[str] | bytes) -> str:
    """``path`` as text: bytes that are not UTF-8 become ``\\xNN`` escapes.

    >>> display_name(b"caf\\xe9.txt"), display_name("caf\\udce9.txt"), display_name("café.txt")
    ('caf\\\\xe9.txt', 'caf\\\\xe9.txt', 'café.txt')
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


_SPECIAL = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
            (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
            (stat.S_ISDIR, "a folder"))


def special_kind(mode: int) -> str | None:
    """What a file of this ``st_mode`` is when it is not a regular file (None for one).

    >>> special_kind(stat.S_IFIFO | 0o644), special_kind(stat.S_IFREG | 0o644)
    ('a FIFO', None)
    """
    if stat.S_ISREG(mode):
        return None
    for test, kind in _SPECIAL:
        if test(mode):
            return kind
    return "not a regular file"


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
