"""Node positions computed before the page opens: for big views and for places on a map.

Every view starts from positions computed here.  Up to :data:`PHYSICS_LIMIT`
nodes vis-network physics then polishes them for a short while and stops;
above it physics is off from the start.  Positions come from igraph's grid Fruchterman–Reingold when
igraph is installed (the ``fast`` extra; about 0.3 s for 5,000 nodes), else a
sampled force layout in NumPy.  Places with coordinates can be pinned to a
Web-Mercator projection of their longitude and latitude (``geo``).
"""

from __future__ import annotations

import math
from typing import Sequence

#: Above this many nodes physics is off: the precomputed positions are final.
PHYSICS_LIMIT = 1000
#: Pixels per layout unit (about one edge length).
UNIT = 70.0


def mercator(lat: float, lon: float) -> tuple[float, float]:
    """Web-Mercator x, y (y grows southwards, like the screen) in [-1, 1].

    >>> [round(v, 6) for v in mercator(0.0, 180.0)]
    [1.0, 0.0]
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
               groups: dict[str, int] | None = None,
               seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions (pixels) of every node in ``ids``; ``pinned`` nodes keep theirs.

    Without pins each connected component (or, given ``groups``, each group:
    a community) is laid out on its own, scaled to its size, and they are
    packed in rows (largest first) with a gap between them, nodes without
    edges in a grid after them.

    >>> pos = precompute(["a", "b", "c", "d"], [("a", "b"), ("b", "c")])
    >>> sorted(pos) == ["a", "b", "c", "d"] and pos["a"] != pos["c"]
    True
    """
    pinned = pinned or {}
    index = {n: i for i, n in enumerate(ids)}
    pairs = [(index[a], index[b]) for a, b in edges if a in index and b in index and a != b]
    if pinned:
        pins = {index[k]: (x / UNIT, y / UNIT) for k, (x, y) in pinned.items() if k in index}
        coords = _layout(len(ids), pairs, pins, seed)
        out = {n: (round(coords[i][0] * UNIT, 1), round(coords[i][1] * UNIT, 1))
               for n, i in index.items()}
        out.update({k: v for k, v in pinned.items() if k in index})
        return out
    members = None
    if groups:
        by_group: dict[int, list[int]] = {}
        for n, i in index.items():
            by_group.setdefault(groups.get(n, -1 - i), []).append(i)
        members = sorted(by_group.values(), key=lambda g: (-len(g), g[0]))
    pos = _packed(len(ids), pairs, seed, members)
    return {n: (round(pos[i][0], 1), round(pos[i][1], 1)) for n, i in index.items()}


def _components(n: int, pairs) -> list[list[int]]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _packed(n: int, pairs, seed: int, groups=None) -> list[tuple[float, float]]:
    comps = groups if groups is not None else _components(n, pairs)
    gap = UNIT * (2.0 if groups is not None else 1.0)
    spacing = 1.35 if groups is not None else 1.0  # communities: room for labels
    where = {}
    for c, comp in enumerate(comps):
        for k, i in enumerate(comp):
            where[i] = (c, k)
    sub_pairs: list[list[tuple[int, int]]] = [[] for _ in comps]
    for a, b in pairs:
        ca, ka = where[a]
        cb, kb = where[b]
        if ca == cb:
            sub_pairs[ca].append((ka, kb))
    boxes = []  # (members, local positions in pixels, width, height)
    singles = []
    for comp, cp in zip(comps, sub_pairs):
        if len(comp) == 1:
            singles.append(comp[0])
            continue
        local = _layout(len(comp), cp, {}, seed)
        xs = [p[0] for p in local]
        ys = [p[1] for p in local]
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
        side = math.sqrt(len(comp)) * UNIT * spacing
        x0, y0, f = min(xs), min(ys), side / span
        pts = [((x - x0) * f, (y - y0) * f) for x, y in local]
        boxes.append((comp, pts, max(p[0] for p in pts), max(p[1] for p in pts)))
    if singles:
        cols = max(1, math.ceil(math.sqrt(len(singles))))
        step = UNIT * 0.6
        pts = [((k % cols) * step, (k // cols) * step) for k in range(len(singles))]
        boxes.append((singles, pts, (cols - 1) * step, ((len(singles) - 1) // cols) * step))
    area = sum((w + gap) * (h + gap) for _, _, w, h in boxes)
    row_limit = max(math.sqrt(area) * 1.4, max((w for _, _, w, _ in boxes), default=0.0))
    out: list[tuple[float, float]] = [(0.0, 0.0)] * n
    x = y = row_h = 0.0
    for members, pts, w, h in boxes:
        if x > 0 and x + w > row_limit:
            x, y, row_h = 0.0, y + row_h + gap, 0.0
        for i, (px, py) in zip(members, pts):
            out[i] = (x + px, y + py)
        x += w + gap
        row_h = max(row_h, h)
    cx = max(p[0] for p in out) / 2 if out else 0.0
    cy = max(p[1] for p in out) / 2 if out else 0.0
    return [(px - cx, py - cy) for px, py in out]


def _layout(n: int, pairs, pins, seed: int):
    try:
        return _igraph(n, pairs, pins, seed)
    except ImportError:
        return _sampled(n, pairs, pins, seed)


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
    layout = g.layout_fruchterman_reingold(seed=start, niter=300 if n <= 300 else 120,
                                           grid=n > 500, **kwargs)
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
