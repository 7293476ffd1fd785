"""Node positions computed before the page opens: for big views and for places on a map.

Up to :data:`PHYSICS_LIMIT` nodes the browser lays the view out (vis-network
physics, switched off once stabilized).  Above it physics is off from the
start and positions come from here: igraph's grid Fruchterman–Reingold when
igraph is installed (the ``fast`` extra; about 0.3 s for 5,000 nodes), else a
sampled force layout in NumPy.  Places with coordinates can be pinned to a
Web-Mercator projection of their longitude and latitude (``geo``).
"""

from __future__ import annotations

import math
from typing import Sequence

#: Above this many nodes physics is off and positions are precomputed.
PHYSICS_LIMIT = 1000
#: Pixels per layout unit (about one edge length).
UNIT = 70.0


def mercator(lat: float, lon: float) -> tuple[float, float]:
    """Web-Mercator x, y (y grows southwards, like the screen) in [-1, 1].

    >>> mercator(0.0, 0.0)
    (0.0, -0.0)
    >>> x, y = mercator(33.3, 44.4)   # Baghdad: east of Greenwich, north of the equator
    >>> x > 0 and y < 0
    True
    """
    lat = max(-85.0, min(85.0, lat))
    y = math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi
    return lon / 180.0, -y


def geo_positions(coords: dict[str, tuple[float, float]], *, n_nodes: int) -> dict[str, tuple[float, float]]:
    """Screen positions of places from ``{id: (lat, lon)}``, the places' extent fitted to a
    square whose side grows with the size of the view."""
    if not coords:
        return {}
    xy = {k: mercator(lat, lon) for k, (lat, lon) in coords.items()}
    xs = [p[0] for p in xy.values()]
    ys = [p[1] for p in xy.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-3)
    side = max(900.0, math.sqrt(max(n_nodes, 1)) * UNIT * 1.5)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {k: (round((x - cx) / span * side, 1), round((y - cy) / span * side, 1))
            for k, (x, y) in xy.items()}


def precompute(ids: Sequence[str], edges: Sequence[tuple[str, str]], *,
               pinned: dict[str, tuple[float, float]] | None = None,
               seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions (pixels) of every node in ``ids``; ``pinned`` nodes keep theirs."""
    pinned = pinned or {}
    index = {n: i for i, n in enumerate(ids)}
    pairs = [(index[a], index[b]) for a, b in edges if a in index and b in index and a != b]
    pins = {index[k]: (x / UNIT, y / UNIT) for k, (x, y) in pinned.items() if k in index}
    try:
        coords = _igraph(len(ids), pairs, pins, seed)
    except ImportError:
        coords = _sampled(len(ids), pairs, pins, seed)
    out = {}
    for n, i in index.items():
        if n in pinned:
            out[n] = pinned[n]
        else:
            x, y = coords[i]
            out[n] = (round(x * UNIT, 1), round(y * UNIT, 1))
    return out


def _igraph(n: int, pairs, pins, seed: int):
    import random

    import igraph

    g = igraph.Graph(n=n, edges=pairs)
    rnd = random.Random(seed)
    side = math.sqrt(max(n, 1))
    start = [list(pins.get(i, (rnd.uniform(-side, side), rnd.uniform(-side, side))))
             for i in range(n)]
    kwargs = {}
    if pins:
        big = 1e9
        kwargs = {
            "minx": [pins[i][0] if i in pins else -big for i in range(n)],
            "maxx": [pins[i][0] if i in pins else big for i in range(n)],
            "miny": [pins[i][1] if i in pins else -big for i in range(n)],
            "maxy": [pins[i][1] if i in pins else big for i in range(n)],
        }
    layout = g.layout_fruchterman_reingold(seed=start, niter=300, grid=n > 1000, **kwargs)
    return [tuple(p) for p in layout.coords]


def _sampled(n: int, pairs, pins, seed: int, iterations: int = 120, sample: int = 30):
    """Fruchterman–Reingold with repulsion estimated from a random sample of nodes."""
    import numpy as np

    rng = np.random.default_rng(seed)
    side = math.sqrt(max(n, 1))
    pos = rng.uniform(-side, side, (n, 2))
    fixed = np.array(sorted(pins), dtype=int)
    if len(fixed):
        pos[fixed] = np.array([pins[i] for i in fixed])
    if n < 2:
        return [tuple(p) for p in pos]
    src = np.array([a for a, _ in pairs], dtype=int)
    dst = np.array([b for _, b in pairs], dtype=int)
    m = min(n - 1, sample)
    temp = side / 4
    for it in range(iterations):
        disp = np.zeros_like(pos)
        other = rng.integers(0, n, (n, m))
        d = pos[:, None, :] - pos[other]
        dist2 = (d ** 2).sum(-1) + 1e-6
        disp += (d / dist2[..., None]).sum(1) * (n / m)
        if len(src):
            delta = pos[src] - pos[dst]
            force = delta * np.sqrt((delta ** 2).sum(-1))[:, None]
            np.add.at(disp, src, -force)
            np.add.at(disp, dst, force)
        disp -= pos * 0.02  # gravity keeps loose parts in view
        length = np.sqrt((disp ** 2).sum(-1))[:, None] + 1e-9
        pos += disp / length * np.minimum(length, temp)
        if len(fixed):
            pos[fixed] = np.array([pins[i] for i in fixed])
        temp = max(temp * 0.96, 0.01)
    return [tuple(p) for p in pos]
