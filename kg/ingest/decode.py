"""Bytes to text: byte-order marks, strict UTF-8, charset detection, cp1252.

The order is deliberate: a byte-order mark is proof, strict UTF-8 almost
never succeeds by accident, and charset-normalizer is asked only when both
fail.  Its guesses for short Western texts are unreliable (it happily reads
latin-1 French as cp1250 or cp1006), so among its candidates cp1252 wins
whenever it is about as plausible as the best one; cp1252 is also the last
resort.  Latin-1 text decodes correctly as cp1252 (they differ only in the
C1 control range, which real latin-1 text does not use).

>>> decode("François".encode("latin-1"))
('François', 'cp1252')
>>> decode("François".encode("utf-16"))
('François', 'utf-16')
>>> decode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
Traceback (most recent call last):
...
kg.ingest.errors.Unreadable: binary, not text
"""

from __future__ import annotations

import codecs
import re

from kg.ingest.errors import Unreadable

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls except tab, newline, vertical tab, form feed, carriage return; DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]+")
_MAX_CONTROL_SHARE = 0.10
# How much less plausible (in charset-normalizer's "chaos" percent) cp1252 may
# be than the best guess and still be preferred.
_CP1252_MARGIN = 5.0
_SNIFF_BYTES = 200_000
_ACCENTED = re.compile(r"[À-ÖØ-öø-ÿŒœŠšŽžŸ]")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
# Anything outside ASCII, Latin-1 letters and common typographic signs.
_NOT_WESTERN = re.compile(r"[^\x00-\x7fÀ-ÖØ-öø-ÿŒœŠšŽž\u00a0«»°©®´·¸¨¯¬ºª¡¿£¥¢€“”‘’„‚–—…•†‹›™ˆ˜§¶±²³¹¼½¾]")
_MAX_ACCENTED_SHARE = 0.3


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)`` or raise :class:`Unreadable`.

    ``declared`` is an encoding named by the document itself (an HTML
    ``<meta charset>``); it is tried after strict UTF-8.

    >>> decode(b"caf\\xc3\\xa9")
    ('café', 'utf-8')
    >>> decode(b"  \\n ")
    Traceback (most recent call last):
    ...
    kg.ingest.errors.Unreadable: empty
    """
    if not data.strip():
        raise Unreadable("empty")
    text, encoding = _decode(data, declared)
    if not text.strip():
        raise Unreadable("empty")
    controls = len(text) - len(_CONTROL.sub("", text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise Unreadable("binary, not text")
    return text, encoding


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    if b"\x00" in data:
        codec = _bomless_utf16(data)
        if codec is None:
            raise Unreadable("binary, not text")
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            raise Unreadable("binary, not text") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        codec = _codec_name(declared)
        if codec and codec not in ("utf-8", "utf-16", "utf-32"):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                pass
    western = _western(data)
    if western is not None:
        return western, "cp1252"
    codec = _guess(data)
    if codec:
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace"), "cp1252"


def _western(data: bytes) -> str | None:
    """The cp1252 reading of ``data`` if it looks like a Western European text.

    Every non-ASCII character must be a Latin-1 letter or common typographic
    punctuation, and accented letters must be a minority of the letters (a
    Cyrillic or Greek single-byte text read as cp1252 is all accented letters).
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    foreign = _NOT_WESTERN.search(text)
    if foreign is not None:
        return None
    accented = len(_ACCENTED.findall(text))
    letters = len(_ASCII_LETTERS.findall(text)) + accented
    if letters == 0 or accented > _MAX_ACCENTED_SHARE * letters:
        return None
    return text


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the NUL bytes sit where UTF-16 puts them."""
    sample = data[: _SNIFF_BYTES & ~1]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls >= 0.3 * pairs and even_nuls <= 0.02 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.3 * pairs and odd_nuls <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _codec_name(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip().strip("'\"")).name
    except (LookupError, ValueError):
        return None


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    try:
        matches = list(from_bytes(data[:_SNIFF_BYTES]))
    except Exception:  # a detector failure must not lose the input
        return None
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        if match.encoding in ("cp1252", "latin_1"):
            if match.percent_chaos <= best.percent_chaos + _CP1252_MARGIN:
                return "cp1252"
            break
    return _codec_name(best.encoding)
