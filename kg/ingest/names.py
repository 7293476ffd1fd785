"""Author lists and person-name shapes.

>>> split_authors("Mariano Castillo, Greg Botelho")
('Mariano Castillo', 'Greg Botelho')
>>> split_authors("By Hans M. Kristensen and Matt Korda")
('Hans M. Kristensen', 'Matt Korda')
>>> split_authors(['"Cortney OBrien"', "Julio Rosas", "Julio Rosas"])
('Cortney OBrien', 'Julio Rosas')
>>> split_authors("Martin Luther King, Jr. & Coretta Scott King")
('Martin Luther King, Jr.', 'Coretta Scott King')
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"\s*(?:[,;|/\n]|\s(?:and|&)\s)\s*", re.IGNORECASE)
_BY = re.compile(r"^\s*(?:written\s+)?by\s*:?\s+", re.IGNORECASE)
_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV|PhD|Ph\.D|MD)\.?$", re.IGNORECASE)
_JUNK = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_QUOTES = "\"'“”‘’«»*_ \t"
# Lower-case words that occur inside names.
_PARTICLES = frozenset(
    "al el bin ibn bint abu da de del della der di do dos du la le van von y ter ten st".split()
)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|(?:al|el|bin|ibn|abu)-[A-Z][\w'’-]*)$")


def split_authors(value: object) -> tuple[str, ...]:
    """Authors from a list or a comma/“and”-separated string, deduplicated."""
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        parts: list[str] = []
        for item in value:
            if isinstance(item, dict):
                item = item.get("name") or ""
            parts.extend(split_authors(item))
        return _unique(parts)
    text = _JUNK.sub(" ", str(value))
    text = _BY.sub("", text)
    names: list[str] = []
    for part in _SEPARATORS.split(text):
        part = " ".join(part.strip(_QUOTES).split())
        if not part:
            continue
        if names and _SUFFIX.match(part):
            names[-1] = f"{names[-1]}, {part}"
        else:
            names.append(part)
    return _unique(names)


def looks_like_name(text: str, *, max_tokens: int = 5) -> bool:
    """Whether ``text`` is shaped like a person's name (capitalised words).

    >>> looks_like_name("Stephen Lendman"), looks_like_name("Abu Bakr al-Baghdadi")
    (True, True)
    >>> looks_like_name("the spokesman said"), looks_like_name("Syria")
    (False, False)
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= max_tokens or len(text) > 60:
        return False
    if any(ch.isdigit() for ch in text):
        return False
    for token in tokens:
        if token.lower() in _PARTICLES:
            continue
        if not _NAME_TOKEN.match(token):
            return False
    return not tokens[0].lower() in _PARTICLES or len(tokens) > 2


_CONNECTORS = frozenset("and of the for on in & de du la le al el at to".split())
_ORG_SUFFIX = re.compile(r"^(?:LLC|L\.L\.C\.|Inc|Ltd|Co|Corp|GmbH|S\.A|PLC|AG|LP)\.?$", re.IGNORECASE)


def looks_like_publisher(text: str) -> bool:
    """Whether ``text`` is shaped like an organisation's name.

    >>> looks_like_publisher("MENA Research and Study Center"), looks_like_publisher("BBC")
    (True, True)
    >>> looks_like_publisher("the army said on Monday that")
    False
    """
    tokens = text.split()
    if not 1 <= len(tokens) <= 8 or len(text) > 80:
        return False
    if not (tokens[0][:1].isupper() or tokens[0][:1].isdigit()):
        return False
    capitalised = sum(1 for t in tokens if t[:1].isupper() or t[:1].isdigit())
    others = [t for t in tokens if not (t[:1].isupper() or t[:1].isdigit())]
    return all(t.lower() in _CONNECTORS for t in others) and capitalised >= 1


def join_org_suffixes(parts: list[str]) -> list[str]:
    """Re-attach ``LLC``/``Inc.`` parts that a comma split detached.

    >>> join_org_suffixes(["The Washington Times", "LLC"])
    ['The Washington Times, LLC']
    """
    out: list[str] = []
    for part in parts:
        if out and _ORG_SUFFIX.match(part):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def _unique(names: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return tuple(out)
