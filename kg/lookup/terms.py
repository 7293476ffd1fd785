"""Text a person types as an RDF term: ``<iri>``, ``prefix:local`` or ``http(s)://...``."""

from __future__ import annotations

import re
from typing import Mapping

import pyoxigraph as ox

from .. import vocab as V

_PNAME = re.compile(r"(?P<prefix>[A-Za-z][\w.-]*)?:(?P<local>[\w%.:#-]*)$", re.UNICODE)


def iri_term(text: str, *, prefixes: Mapping[str, str] | None = None) -> ox.NamedNode | None:
    """``<iri>``, ``prefix:local`` (a known prefix) or ``http(s)://...`` as an IRI; else None.

    >>> iri_term("ent:isis")
    <NamedNode value=http://kg.example/entity/isis>
    >>> iri_term("<http://x.example/a>")
    <NamedNode value=http://x.example/a>
    >>> iri_term("ISIS") is None, iri_term("nope:x") is None, iri_term("<bad iri>") is None
    (True, True, True)
    """
    prefixes = V.PREFIXES if prefixes is None else prefixes
    s = text.strip()
    candidate = None
    if s.startswith("<") and s.endswith(">"):
        candidate = s[1:-1]
    elif re.match(r"https?://\S+$", s):
        candidate = s
    else:
        m = _PNAME.match(s)
        if m and (m.group("prefix") or "") in prefixes:
            candidate = prefixes[m.group("prefix") or ""] + m.group("local")
    if candidate is None or re.search(r"[\s<>\"{}|^`\\]", candidate):
        return None
    try:
        return ox.NamedNode(candidate)
    except ValueError:
        return None
