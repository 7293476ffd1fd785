"""Places on a map: positions from longitude and latitude, and an offline base map.

The base map is Natural Earth's 1:50m admin-0 countries (public domain), as
the TopoJSON the world-atlas 2.0.2 package redistributes (Natural Earth
4.1.0; ISC licence), kept gzipped in ``static/countries-50m.json.gz``.  A
view carries the outlines of the countries around its places, projected like
the places (Web Mercator) and thinned to about a pixel; the page draws them
on the canvas under the graph.  No tile server, nothing from the network.

Places that fall within a few pixels of each other are spread on a small
ring around their centre and the page draws the ring with their count.
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import json
import math
from dataclasses import dataclass

from .layout import UNIT, mercator

#: Places closer than this (pixels at the initial scale) are spread on a ring.
SPREAD_RADIUS = 22.0
#: The map shows at least this many degrees around the places.
MIN_SPAN_DEGREES = 12.0
#: Margin of the map around the places, as a share of their extent.
MARGIN = 0.35
#: Distinct places are drawn at least this far apart (pixels) where the map allows ...
NEAR = 30.0
#: ... up to a map of this many pixels across.
MAX_SIDE = 6000.0


@dataclass(frozen=True)
class Frame:
    """Mercator units → pixels."""

    cx: float
    cy: float
    scale: float

    def project(self, lat: float, lon: float) -> tuple[float, float]:
        x, y = mercator(lat, lon)
        return (x - self.cx) * self.scale, (y - self.cy) * self.scale


def frame_for(coords: dict[str, tuple[float, float]], *, n_nodes: int) -> Frame:
    """The frame fitting the places' extent to a square whose side grows with the view,
    enlarged (up to :data:`MAX_SIDE`) until most places are :data:`NEAR` pixels or more from
    their nearest neighbour: places far apart do not squeeze the crowded region."""
    xy = [mercator(lat, lon) for lat, lon in coords.values()]
    xs = [p[0] for p in xy]
    ys = [p[1] for p in xy]
    span = max(max(xs) - min(xs), max(ys) - min(ys), MIN_SPAN_DEGREES / 180.0)
    side = max(900.0, math.sqrt(max(n_nodes, 1)) * UNIT * 1.5)
    scale = side / span
    gaps = sorted(_nearest(sorted(set(xy))))
    if gaps:
        typical = gaps[len(gaps) // 3]
        if typical > 0:
            scale = min(max(scale, NEAR / typical), MAX_SIDE / span)
    return Frame((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2, scale)


def _nearest(points: list[tuple[float, float]]) -> list[float]:
    """Distance from each point to its nearest other point (points sorted by x)."""
    out = []
    for i, (x, y) in enumerate(points):
        best = math.inf
        for j in range(i + 1, len(points)):
            if points[j][0] - x >= best:
                break
            best = min(best, math.hypot(points[j][0] - x, points[j][1] - y))
        for j in range(i - 1, -1, -1):
            if x - points[j][0] >= best:
                break
            best = min(best, math.hypot(points[j][0] - x, points[j][1] - y))
        if best < math.inf:
            out.append(best)
    return out


def spread(points: dict[str, tuple[float, float]], radius: float = SPREAD_RADIUS,
           node: float = 9.0) -> tuple[dict[str, tuple[float, float]], list[dict]]:
    """Points within ``radius`` of a group's first point are put on a ring around the
    group's centre; returns the new points and the groups (``x``, ``y``, ``r``, ``count``).

    >>> pts, rings = spread({"a": (0.0, 0.0), "b": (0.0, 0.0), "c": (500.0, 0.0)})
    >>> pts["a"] != pts["b"] and pts["c"] == (500.0, 0.0) and rings[0]["count"] == 2
    True
    """
    order = sorted(points, key=lambda k: (points[k], k))
    cell: dict[tuple[int, int], list[int]] = {}
    groups: list[list[str]] = []
    heads: list[tuple[float, float]] = []
    for k in order:
        x, y = points[k]
        gx, gy = int(x // radius), int(y // radius)
        home = None
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for g in cell.get((gx + dx, gy + dy), ()):
                    hx, hy = heads[g]
                    if (hx - x) ** 2 + (hy - y) ** 2 <= radius ** 2:
                        home = g if home is None else min(home, g)
        if home is None:
            home = len(groups)
            groups.append([])
            heads.append((x, y))
            cell.setdefault((gx, gy), []).append(home)
        groups[home].append(k)
    out = dict(points)
    rings = []
    for members in groups:
        if len(members) < 2:
            continue
        cx = sum(points[k][0] for k in members) / len(members)
        cy = sum(points[k][1] for k in members) / len(members)
        r = max(radius, 1.6 * node, (2 * node + 12) * len(members) / (2 * math.pi))
        for i, k in enumerate(members):
            a = 2 * math.pi * i / len(members) - math.pi / 2
            out[k] = (round(cx + r * math.cos(a), 1), round(cy + r * math.sin(a), 1))
        rings.append({"x": round(cx, 1), "y": round(cy, 1), "r": round(r, 1),
                      "count": len(members)})
    return out, rings


@functools.lru_cache(maxsize=1)
def countries() -> tuple[tuple[str, tuple[tuple[tuple[float, float], ...], ...]], ...]:
    """``(name, rings)`` of each country, rings as ``(lon, lat)`` points."""
    raw = (importlib.resources.files("kg.views") / "static" / "countries-50m.json.gz").read_bytes()
    topo = json.loads(gzip.decompress(raw))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices) -> tuple[tuple[float, float], ...]:
        pts: list[tuple[float, float]] = []
        for i in indices:
            seg = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(seg[1:] if pts else seg)
        # a ring crossing the antimeridian continues past ±180° instead of jumping across
        # the map (a straight line from one edge to the other)
        out = []
        shift = 0.0
        for k, (lon, lat) in enumerate(pts):
            if k:
                step = lon + shift - out[-1][0]
                if step > 180:
                    shift -= 360
                elif step < -180:
                    shift += 360
            out.append((lon + shift, lat))
        return tuple(out)

    out = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = g.get("arcs") or []
        if g.get("type") == "Polygon":
            polys = [polys]
        rings = tuple(ring(r) for poly in polys for r in poly)
        out.append(((g.get("properties") or {}).get("name", ""), rings))
    return tuple(out)


def base_map(frame: Frame, box: tuple[float, float, float, float], *, tolerance: float = 1.2) -> dict:
    """Outlines of the countries meeting ``box`` (pixels: x0, y0, x1, y1), thinned to
    ``tolerance`` pixels; with a label point and size for each country."""
    x0, y0, x1, y1 = box
    shapes = []
    for name, rings in countries():
        out_rings = []
        best = None
        for r in rings:
            pts = [frame.project(lat, lon) for lon, lat in r]
            xs = [p[0] for p in pts]
            ys = [p[1] for p in pts]
            if max(xs) < x0 or min(xs) > x1 or max(ys) < y0 or min(ys) > y1:
                continue
            flat: list[float] = []
            last = None
            for x, y in pts:
                if last is None or abs(x - last[0]) + abs(y - last[1]) >= tolerance:
                    flat.extend((round(x, 1), round(y, 1)))
                    last = (x, y)
            if len(flat) >= 6:
                out_rings.append(flat)
                inside = [(x, y) for x, y in pts if x0 <= x <= x1 and y0 <= y <= y1]
                area = (max(xs) - min(xs)) * (max(ys) - min(ys))
                if inside and (best is None or area > best[0]):
                    best = (area, sum(p[0] for p in inside) / len(inside),
                            sum(p[1] for p in inside) / len(inside))
        if out_rings:
            shape = {"name": name, "rings": out_rings}
            if best is not None:
                shape["label"] = [round(best[1], 1), round(best[2], 1), round(best[0] ** 0.5, 1)]
            shapes.append(shape)
    return {"shapes": shapes,
            "source": "Natural Earth 1:50m countries (public domain), via world-atlas 2.0.2"}


def place_on_map(coords: dict[str, tuple[float, float]], *, n_nodes: int, notes: list[str],
                 node_size: float = 9.0) -> tuple[dict[str, tuple[float, float]], dict]:
    """Pinned positions of places (close ones spread on rings wide enough for nodes of
    ``node_size``) and the base map payload."""
    frame = frame_for(coords, n_nodes=n_nodes)
    raw = {k: frame.project(lat, lon) for k, (lat, lon) in coords.items()}
    pins, rings = spread({k: (round(x, 1), round(y, 1)) for k, (x, y) in raw.items()},
                         radius=max(SPREAD_RADIUS, node_size + 4), node=node_size)
    xs = [p[0] for p in pins.values()]
    ys = [p[1] for p in pins.values()]
    mx = max(max(xs) - min(xs), 300.0) * MARGIN
    my = max(max(ys) - min(ys), 300.0) * MARGIN
    box = (min(xs) - mx, min(ys) - my, max(xs) + mx, max(ys) + my)
    payload = base_map(frame, box)
    payload["rings"] = rings
    payload["box"] = [round(v, 1) for v in box]
    if rings:
        together = sum(r["count"] for r in rings)
        notes.append(f"{together} places that share a spot are spread on {len(rings)} "
                     "ring(s) around it (the ring shows their count)")
    return pins, payload


def beside_map(ids: list[str], box: list[float], *, step: float = UNIT * 1.6
               ) -> dict[str, tuple[float, float]]:
    """Positions for nodes without coordinates: a grid right of the map (``ids`` in order,
    column by column), so that no node sits on a place it is not at."""
    x0, y0, x1, y1 = box
    rows = max(1, int((y1 - y0) // step))
    return {n: (round(x1 + step * (1 + i // rows), 1), round(y0 + step * (i % rows), 1))
            for i, n in enumerate(ids)}
