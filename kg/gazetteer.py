"""The gazetteer: canonical actors and places with their aliases.

Entries live in YAML files (the bundled ones in ``data/gazetteer/``; users add
their own with ``load_gazetteer(extra=[path])``).  Each file is a list of
mappings::

    - id: haider-al-abadi          # slug; the IRI is http://kg.example/entity/haider-al-abadi
      name: Haider al-Abadi
      type: Person                 # a key of kg.vocab.KIND_CLASSES
      aliases: [Haider Abadi, Abadi]
      context_aliases: []          # only count where the entity is otherwise named
      wikidata: Q...               # optional
      country: iraq                # optional: the country whose office the person holds
    - id: baghdad
      name: Baghdad
      type: City
      country: iraq                # id of a Country entry
      lat: 33.34058
      lon: 44.40088

A person's ``country`` tells which country's leader a description such as "the Iraqi
leader" may mean (:mod:`kg.extract.salience`); a place's says where it lies.
Country entries may carry ``code`` (ISO 3166 alpha-2, used to map other
gazetteers' countries onto these ids) and ``demonyms`` ("Iraqi"), which also
let "Iraq's Interior Ministry" match an alias written "Iraqi Interior
Ministry".

Aliases match case-sensitively, as written.  Files are read in order and a
later file wins: an entry with an ``id`` seen before replaces the earlier
entry, and a surface form claimed by a later entry is taken from the earlier
one.

>>> name_key("Haider al-Abadi") == name_key("Haider Abadi") == "haider-abadi"
True
>>> name_key("Qais al-Khaza’ali") == name_key("Qais al-Khazali")
True
>>> name_key("the Pentagon"), name_key("ISIS'"), name_key("U.S.")
('pentagon', 'isis', 'us')
>>> strip_titles("Lt Gen Abdul Wahab al-Saadi")
'Abdul Wahab al-Saadi'
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterator, Mapping, Sequence

from .name_forms import TITLES, fold, name_key, strip_titles, title_words, variants
from .resources import gazetteer_dir
from .vocab import KIND_BROAD, KIND_CLASSES, slug

__all__ = ["Entry", "Gazetteer", "GazetteerError", "load_gazetteer", "parse_entry", "name_key",
           "fold", "strip_titles", "title_words", "variants", "TITLES", "PLACE_KINDS",
           "ORG_KINDS", "RULER_LABEL"]

PLACE_KINDS = frozenset(k for k, broad in KIND_BROAD.items() if broad == "Place")
ORG_KINDS = frozenset(k for k, broad in KIND_BROAD.items() if broad == "Organization")

#: spaCy entity label the gazetteer ruler gives each kind.
RULER_LABEL = {
    "Person": "PERSON", "Organization": "ORG", "GovernmentOrganization": "ORG",
    "NewsMediaOrganization": "ORG", "ArmedGroup": "ORG", "Military": "ORG",
    "Place": "LOC", "Country": "GPE", "AdministrativeArea": "GPE", "City": "GPE",
}

_FIELDS = {"id", "name", "type", "aliases", "context_aliases", "wikidata", "country",
           "lat", "lon", "code", "demonyms", "note"}


class GazetteerError(ValueError):
    """A gazetteer file that cannot be used; the message is one line naming file and entry."""


@dataclass(frozen=True)
class Entry:
    """One canonical actor or place."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    context_aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    code: str | None = None
    demonyms: tuple[str, ...] = ()
    source: str = ""

    @property
    def is_place(self) -> bool:
        return self.type in PLACE_KINDS

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias (not the context aliases)."""
        return (self.name,) + tuple(a for a in self.aliases if a != self.name)


@dataclass(frozen=True)
class Gazetteer:
    """Entries by id, plus indexes for matching and lookup."""

    entries: Mapping[str, Entry] = field(default_factory=dict)
    digest: str = ""
    files: tuple[str, ...] = ()
    # surface form -> owning entry id, after later files took theirs
    owners: Mapping[str, str] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def get(self, key: str | None) -> Entry | None:
        return self.entries.get(key) if key else None

    @cached_property
    def _keys(self) -> dict[str, str | None]:
        """``name_key`` of every name and alias → entry id (None where two entries share it)."""
        out: dict[str, str | None] = {}
        for surface, owner in self.owners.items():
            entry = self.entries[owner]
            if surface in entry.context_aliases:
                continue
            key = name_key(surface)
            if len(key) < 3 or (len(surface) <= 3 and surface.isupper()):
                continue  # short acronyms only match as written
            if surface[:4] in ("The ", "the ") and "-" not in key:
                continue  # "The Hill" as written, never any "hill"
            if out.get(key, owner) != owner:
                out[key] = None
            else:
                out[key] = owner
        return out

    def lookup(self, text: str) -> Entry | None:
        """The entry named ``text`` up to case, titles, articles and Arabic particles.

        >>> g = load_gazetteer()
        >>> g.lookup("the Russian defense ministry").id, g.lookup("Haider Abadi's").id
        ('russian-defense-ministry', 'haider-al-abadi')
        """
        owner = self.owners.get(text)
        if owner is not None and text not in self.entries[owner].context_aliases:
            return self.entries[owner]
        found = self._keys.get(name_key(text))
        return self.entries[found] if found else None

    @cached_property
    def _codes(self) -> dict[str, str]:
        return {e.code.upper(): e.id for e in self.entries.values() if e.code}

    def country_by_code(self, code: str) -> Entry | None:
        """The Country entry for an ISO 3166 alpha-2 code."""
        found = self._codes.get(code.upper())
        return self.entries[found] if found else None

    @cached_property
    def demonyms(self) -> dict[str, Entry]:
        """Demonym ("Iraqi") → country entry."""
        return {d: e for e in self.entries.values() for d in e.demonyms}

    @cached_property
    def possessives(self) -> dict[str, str]:
        """Country name → demonym, to rewrite "Russia's X" as "Russian X"."""
        out = {}
        for e in self.entries.values():
            if e.type == "Country" and e.demonyms:
                for n in e.names:
                    if " " not in n and "." not in n:
                        out[n] = e.demonyms[0]
        return out

    @cached_property
    def surnames(self) -> dict[str, frozenset[str]]:
        """``name_key`` of each one-word alias of a person → the ids of the people listing it.

        >>> load_gazetteer().surnames["trump"]
        frozenset({'donald-trump'})
        """
        out: dict[str, set[str]] = {}
        for e in self.entries.values():
            if e.type != "Person":
                continue
            for alias in e.aliases:
                if " " not in alias and alias not in e.context_aliases:
                    out.setdefault(name_key(alias), set()).add(e.id)
        return {k: frozenset(v) for k, v in out.items()}

    @cached_property
    def context_forms(self) -> frozenset[str]:
        """Every matched form of a context alias."""
        return frozenset(text for text, _entry, context in self.surface_forms() if context)

    def surface_forms(self) -> Iterator[tuple[str, Entry, bool]]:
        """``(text, entry, is_context_alias)`` for every form the ruler matches.

        Besides each name and alias as written: the other apostrophe, the
        Arabic article written "al-", "Al-", "al " or "Al ", common words
        ("forces", "ministry", ...) capitalised or not, "US"/"U.S.", and
        "Russia's X" for an alias "Russian X".
        """
        possessive = {d: [n for n, dd in self.possessives.items() if dd == d]
                      for d in set(self.possessives.values())}
        seen: set[str] = set()
        for surface, owner in self.owners.items():
            entry = self.entries[owner]
            context = surface in entry.context_aliases
            for form in variants(surface, entry.type, possessive):
                if form in seen or (form != surface and form in self.owners):
                    continue
                seen.add(form)
                yield form, entry, context


# -- loading -----------------------------------------------------------------

_ID = re.compile(r"^[\w][\w-]*$", re.UNICODE)
_QID = re.compile(r"^Q[1-9][0-9]*$")


def _strings(value, where: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GazetteerError(f"{where}: {name} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _number(value, where: str, name: str, low: float, high: float) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise GazetteerError(f"{where}: {name} must be a number from {low:g} to {high:g}")
    return float(value)


def parse_entry(raw, where: str, source: str = "") -> Entry:
    """One YAML mapping → :class:`Entry`; raises :class:`GazetteerError`."""
    if not isinstance(raw, dict):
        raise GazetteerError(f"{where}: each entry must be a mapping with id, name and type")
    ident = raw.get("id")
    if isinstance(ident, str):
        where = f"{where} ({ident})"
    unknown = sorted(set(map(str, raw)) - _FIELDS)
    if unknown:
        raise GazetteerError(f"{where}: unknown field {unknown[0]!r} "
                             f"(known: {', '.join(sorted(_FIELDS))})")
    if not isinstance(ident, str) or not _ID.match(ident) or slug(ident) != ident:
        raise GazetteerError(f"{where}: id must be a lower-case slug such as 'haider-al-abadi'")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise GazetteerError(f"{where}: name is missing")
    kind = raw.get("type")
    if kind not in KIND_CLASSES:
        raise GazetteerError(f"{where}: type {kind!r} is not one of {', '.join(KIND_CLASSES)}")
    wikidata = raw.get("wikidata")
    if wikidata is not None and (not isinstance(wikidata, str) or not _QID.match(wikidata)):
        raise GazetteerError(f"{where}: wikidata must look like 'Q796'")
    lat = _number(raw.get("lat"), where, "lat", -90, 90)
    lon = _number(raw.get("lon"), where, "lon", -180, 180)
    if (lat is None) != (lon is None):
        raise GazetteerError(f"{where}: give both lat and lon, or neither")
    country = raw.get("country")
    if country is not None and not isinstance(country, str):
        raise GazetteerError(f"{where}: country must be the id of a Country entry")
    code = raw.get("code")
    if code is not None and (not isinstance(code, str) or not re.fullmatch(r"[A-Za-z]{2}", code)):
        raise GazetteerError(f"{where}: code must be a two-letter ISO 3166 country code")
    return Entry(id=ident, name=name.strip(), type=kind,
                 aliases=_strings(raw.get("aliases"), where, "aliases"),
                 context_aliases=_strings(raw.get("context_aliases"), where, "context_aliases"),
                 wikidata=wikidata, country=country, lat=lat, lon=lon,
                 code=code.upper() if code else None,
                 demonyms=_strings(raw.get("demonyms"), where, "demonyms"), source=source)


def _read(path: Path) -> tuple[bytes, list]:
    import yaml

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise GazetteerError(f"{path}: no such gazetteer file") from None
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror or exc})") from None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        items = yaml.load(data.decode("utf-8"), Loader=loader)  # noqa: S506 (a safe loader)
    except UnicodeDecodeError:
        raise GazetteerError(f"{path}: not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise GazetteerError(f"{path}: not valid YAML{at}: {problem}") from None
    if items is None:
        items = []
    if not isinstance(items, list):
        raise GazetteerError(f"{path}: a gazetteer file is a YAML list of entries")
    return data, items


def load_gazetteer(extra: Sequence[str | Path] = (), *, bundled: bool = True) -> Gazetteer:
    """The bundled gazetteer files (unless ``bundled=False``) and then ``extra`` files.

    Raises :class:`GazetteerError` (one line: file, entry, problem) for a bad file.

    >>> g = load_gazetteer()
    >>> g.get("baghdad").country, g.lookup("Daesh").id, g.country_by_code("IQ").id
    ('iraq', 'isis', 'iraq')
    """
    files = sorted(gazetteer_dir().glob("*.yaml")) if bundled else []
    files += [Path(p) for p in extra]
    h = hashlib.sha256()
    entries: dict[str, Entry] = {}
    owners: dict[str, str] = {}
    for path in files:
        data, items = _read(path)
        h.update(path.name.encode() + b"\0" + data + b"\0")
        for i, raw in enumerate(items, 1):
            entry = parse_entry(raw, f"{path}: entry {i}", str(path))
            old = entries.get(entry.id)
            if old is not None:  # a later file replaces the entry
                for s in [s for s, o in owners.items() if o == entry.id]:
                    del owners[s]
            entries[entry.id] = entry
            for surface in entry.names + entry.context_aliases:
                owners[surface] = entry.id
    for entry in entries.values():
        if entry.country is not None:
            target = entries.get(entry.country)
            if target is None or target.type != "Country":
                raise GazetteerError(f"{entry.source}: entry {entry.id}: country "
                                     f"{entry.country!r} is not the id of a Country entry")
    return Gazetteer(entries=entries, digest=h.hexdigest()[:16],
                     files=tuple(map(str, files)), owners=owners)
