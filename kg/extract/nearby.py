"""Which of a name's namesakes a text means, by what it is near.

A :class:`Near` holds what an article is near: the countries it names (weighed by how often it
names places there), the places of one location it names and the US states it names.
:func:`pick` chooses among a name's cities (most populous first) by the country or state the text
puts it in, else by proximity to what the text names; :func:`namesake_rather` says whether the
text means a namesake of a gazetteer city; :func:`state_rather` whether "Georgia" is the US state.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Collection, Iterable, Mapping, Sequence

from ..gazetteer import Entry, Gazetteer, name_key
from .geotables import _Tables, country_key_of, tables as _tables

if TYPE_CHECKING:  # pragma: no cover
    from .geo import Place


@dataclass(frozen=True)
class Near:
    """What a text is near: the countries it names (weighed by how often it names places
    there), the places it names that have one location only (latitude, longitude, where the
    text names it or -1, whether it is a national capital; a small country it names counts
    by its centre, see :data:`_SMALL_KM2`), and the first-level regions it names (US states:
    GeoNames' tables name no other country's)."""

    countries: Mapping[str, int] = field(default_factory=dict)
    points: tuple[tuple[float, float, int, bool], ...] = ()
    regions: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.countries or self.points or self.regions)

    @classmethod
    def of(cls, countries: Mapping[str, int],
           places: Iterable[Place | tuple[Place, int]]) -> "Near":
        """From the country weights and the places of one location the text names (each
        with the offset the text names it at, where known)."""
        points, regions = [], set()
        for p in places:
            p, at = p if isinstance(p, tuple) else (p, -1)
            if p.kind == "AdministrativeArea" and p.lat is None:
                regions.add(p.key)  # a US state of the tables
            elif p.lat is None or p.lon is None or not p.country:
                continue  # (a continent or a sea of no one country is near nothing in particular)
            elif p.kind != "Country":
                points.append((p.lat, p.lon, at, _capital_at(p.lat, p.lon)))
            elif _tables().areas.get((_tables().countries.get(p.key) or ("",))[0],
                                     math.inf) <= _SMALL_KM2:
                points.append((p.lat, p.lon, at, False))  # a small country: near all of it
        return cls(dict(countries), tuple(dict.fromkeys(points)), frozenset(regions))

    def around(self, country: str, region: str | None, lat: float, lon: float,
               at: int | None = None) -> bool:
        """Whether the text is about ``country`` or the US state ``region``, or names a place
        near ``(lat, lon)``."""
        return (self.countries.get(country, 0) > 0 or (region is not None and region in self.regions)
                or self.close_to(lat, lon, at))

    def close_to(self, lat: float, lon: float, at: int | None = None) -> bool:
        """Whether the text names a place within :data:`_NEAR_KM` of ``(lat, lon)``.

        A national capital is named for its government ("Washington said") more often than
        for where it is: it counts only within :data:`_BESIDE` characters of ``at``, the
        offset of the name being placed ("Samarra, north of Baghdad").
        """
        return any(_km(lat, lon, a, b) <= _NEAR_KM for a, b, where, capital in self.points
                   if not capital or (at is not None and where >= 0
                                      and abs(where - at) <= _BESIDE))


def as_near(near: "Near | Collection[str] | Mapping[str, int]") -> Near:
    if isinstance(near, Near):
        return near
    if isinstance(near, Mapping):
        return Near(dict(near))
    return Near({c: 1 for c in near})


@lru_cache(maxsize=4096)
def _capital_at(lat: float, lon: float) -> bool:
    """Whether ``(lat, lon)`` is a national capital's place (within :data:`_SAME_KM`)."""
    return any(_km(lat, lon, a, b) <= _SAME_KM for a, b in _tables().capitals)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def namesake_rather(name: str, entry: Entry, near: Near, gazetteer: Gazetteer,
                     at: int | None = None) -> bool:
    """Whether the text is about the country of a namesake of a gazetteer city, not the city's."""
    if not near:
        return False
    tables = _tables()
    rows = tables.cities.get(name_key(name), ())
    countries = [country_key_of(r[3], tables.country_names.get(r[3], r[3]), gazetteer) for r in rows]
    if len(rows) < 2 or entry.country not in countries:
        return False
    own = countries.index(entry.country)
    return pick(countries, rows, near, None, default=own, at=at) != own


#: A namesake this many times smaller than the best known city of its name needs the text
#: to say where it is ("Paris, Texas"); naming places near it is not enough.
SMALLER = 30

#: A city GeoNames knows by this many names (in other languages, other spellings) is known the
#: world over (Venice 66, Bethlehem 54; Rivera in Uruguay 29, Holt in Michigan 14), and so is
#: one of :data:`MILLION` people or more; any other is placed only where the text is about its
#: country or near it: else a town of the text's country the tables do not know (they hold
#: cities of 15,000 people or more), or no town at all ("Rivera" of Oscar López Rivera), is
#: more likely.
FAMOUS = 40
MILLION = 1_000_000


def known(row: Sequence) -> bool:
    """Whether a city of the tables is known the world over (see :data:`FAMOUS`), as a
    national capital is (Vatican City)."""
    return row[6] >= FAMOUS or row[4] >= MILLION or any(
        _km(row[1], row[2], a, b) <= _SAME_KM for a, b in _tables().capitals)


def best(rows: Sequence[Sequence], key: str) -> int:
    """The city a name means where the text says nothing of where it is: the most populous,
    unless it is not known the world over and a namesake is, then the namesake known by the most
    names (Bethlehem in the West Bank, not the larger Bethlehem in South Africa).  Only cities
    of that very name (``key``) count: Harare was Salisbury once, it is not "Salisbury" now."""
    if known(rows[0]):
        return 0
    famous = [i for i, r in enumerate(rows) if known(r) and name_key(r[0]) == key]
    return max(famous, key=lambda i: rows[i][6]) if famous else 0

#: A place the text names this close (km) to a namesake puts the text near it (Samarra
#: 110 km from Baghdad, Tripoli in Lebanon 70 km from Beirut; not London, Ontario, 170 km
#: from Toronto).
_NEAR_KM = 150

#: A country no larger (km²) than a disc of that radius is near all of its cities: naming it
#: is enough (Lebanon, Israel, Switzerland); a larger one's name says nothing of which of its
#: cities is meant (the United States, named in nearly every American article).
_SMALL_KM2 = math.pi * _NEAR_KM ** 2

#: A national capital the text names counts as near only this many characters from the name.
_BESIDE = 100

#: A place this close (km) to a country's capital is that capital.
_SAME_KM = 15


def pick(countries: Sequence[str], rows: Sequence[Sequence], near: Near, within: str | None, *,
          default: int = 0, region: str | None = None, at: int | None = None) -> int:
    """Which of a name's cities (most populous first) the text means.

    ``within`` (a country) decides; of several cities of its name there, the one in
    ``region`` (the US state the text puts it in), else the one the text is near (below),
    else the most populous.  Else the ``default`` (the most populous, or the
    gazetteer's city) holds unless the text is nearer a namesake no more than
    :data:`SMALLER` times smaller: strongly, when it names the namesake's first-level
    region ("Illinois") or a place within :data:`_NEAR_KM` of it ("Allentown" for
    Bethlehem, Pennsylvania; "Israel" for Bethlehem in the West Bank); weakly, when the namesake's country is small (:data:`_SMALL_KM2`) and named
    more often than the default's.  A namesake more populous than the default (a city known
    by that name as an alternate one: "Odessa") needs its country named more often only,
    whatever its size.
    """
    if len(rows) < 2:
        return default
    weight = near.countries.get
    areas = _tables().areas

    def level(i: int) -> int:
        row = rows[i]
        if (len(row) > 5 and row[5] in near.regions) or near.close_to(row[1], row[2], at):
            return 2
        if ((row[4] > rows[default][4] or areas.get(row[3], math.inf) <= _SMALL_KM2)
                and weight(countries[i], 0) > weight(countries[default], 0)):
            return 1
        return 0

    if within is not None and within in countries:
        there = [i for i, c in enumerate(countries) if c == within]
        return max(there, key=lambda i: (region is not None and rows[i][5] == region,
                                         level(i) if near else 0, -i))
    if not near:
        return default
    best, best_level = default, level(default)
    for i in range(len(rows)):
        if i != default and rows[i][4] * SMALLER >= rows[default][4]:
            lv = level(i)
            if lv > best_level:
                best, best_level = i, lv
    return best


def state_rather(code: str, near: Collection[str], tables: "_Tables",
                  gazetteer: Gazetteer | None) -> bool:
    """For a country that is also a US state's name ("Georgia"): whether the text means the state.

    It does when it names the United States and neither the country nor a neighbour of it.
    """
    us = country_key_of("US", "United States", gazetteer)
    if us not in near:
        return False
    around = [code] + tables.neighbours.get(code, [])
    return not any(country_key_of(c, tables.country_names.get(c, c), gazetteer) in near
                   for c in around)
