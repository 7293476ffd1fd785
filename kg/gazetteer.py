"""The gazetteer: canonical actors and places with aliases (YAML files in data/gazetteer)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from .resources import gazetteer_dir


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    digest: str = ""


def load_gazetteer(extra: Sequence[str | Path] = (), *, bundled: bool = True) -> Gazetteer:
    import yaml

    files = sorted(gazetteer_dir().glob("*.yaml")) if bundled else []
    files += [Path(p) for p in extra]
    h = hashlib.sha256()
    entries: dict[str, Entry] = {}
    for f in files:
        data = f.read_bytes()
        h.update(data)
        for raw in yaml.safe_load(data) or []:
            e = Entry(id=raw["id"], name=raw["name"], type=raw["type"],
                      aliases=tuple(raw.get("aliases", ())), wikidata=raw.get("wikidata"),
                      country=raw.get("country"), lat=raw.get("lat"), lon=raw.get("lon"))
            entries[e.id] = e
    return Gazetteer(entries=entries, digest=h.hexdigest()[:16])
