"""``kg timeline``: claims about one actor or place over time, one row per speaker or outlet.

The page is static SVG drawn here: no script at all, a Content-Security-Policy that allows
only the page's own style (by hash), every string from the data HTML-escaped, and the claim
text of each dot in its ``<title>`` (shown on hover by any browser). Claims in undated articles
are drawn in an "undated" column and counted in the caption, never dropped.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..views.page import csp_hash

ROW_H = 26
LEFT = 240
PLOT_W = 820
UNDATED_W = 90
TOP = 60
COLORS = {"contradicts": "#e15759", "agrees": "#59a14f", None: "#4e79a7"}

_STYLE = """
body { font: 14px system-ui, sans-serif; margin: 16px; color: #222; }
h1 { font-size: 20px; margin: 0 0 4px; }
p.caption { color: #555; margin: 0 0 12px; }
svg text { font: 12px system-ui, sans-serif; fill: #222; }
svg .axis { stroke: #999; stroke-width: 1; }
svg .grid { stroke: #eee; stroke-width: 1; }
svg .label { font-weight: 600; }
ul.legend { list-style: none; padding: 0; display: flex; gap: 18px; }
ul.legend span { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 5px; }
.c-contradicts { background: #e15759; } .c-agrees { background: #59a14f; } .c-none { background: #4e79a7; }
"""


@dataclass(frozen=True)
class Timeline:
    html: str
    rows: int
    dated: int
    undated: int

    def write(self, path) -> None:
        from pathlib import Path

        Path(path).write_text(self.html, encoding="utf-8")


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def render_timeline(store, iri: str, *, name: str, by: str = "speaker", all_acts: bool = False,
                    since: str | None = None, until: str | None = None, max_rows: int = 40) -> Timeline:
    """The timeline page of the claims about ``iri``."""
    from .report import _in_period, _relations, details_about

    details = details_about(store, iri, all_acts=all_acts)
    details = {k: d for k, d in details.items()
               if d.date is None or _in_period(d.date, since, until)}
    status: dict[str, str] = {}
    for r in _relations(store):
        if r.a in details and r.b in details:
            for c in (r.a, r.b):
                if status.get(c) != "contradicts":
                    status[c] = r.kind
    key = (lambda d: d.outlet or "(no outlet)") if by == "outlet" else (lambda d: d.speaker)
    counts = Counter(key(d) for d in details.values())
    rows = [k for k, _ in counts.most_common(max_rows)]
    left_rows = len(counts) - len(rows)
    days = [_day(d.date) for d in details.values() if _day(d.date)]
    lo, hi = (min(days), max(days)) if days else (dt.date.today(), dt.date.today())
    span = max(1, (hi - lo).days)

    def x_of(day: dt.date | None) -> float:
        if day is None:
            return LEFT + PLOT_W + UNDATED_W / 2
        return LEFT + 10 + (day - lo).days / span * (PLOT_W - 20)

    e = html.escape
    height = TOP + ROW_H * max(1, len(rows)) + 40
    width = LEFT + PLOT_W + UNDATED_W + 20
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'role="img" aria-label="claims over time">']
    # axis: one tick per year or month
    ticks = _ticks(lo, hi)
    for t in ticks:
        x = x_of(t)
        svg.append(f'<line class="grid" x1="{x:.1f}" y1="{TOP - 10}" x2="{x:.1f}" y2="{height - 30}"/>')
        svg.append(f'<text x="{x:.1f}" y="{TOP - 16}" text-anchor="middle">{e(_tick_label(t, ticks))}</text>')
    ux = LEFT + PLOT_W + 10
    svg.append(f'<line class="axis" x1="{ux}" y1="{TOP - 10}" x2="{ux}" y2="{height - 30}"/>')
    svg.append(f'<text x="{x_of(None):.1f}" y="{TOP - 16}" text-anchor="middle">undated</text>')
    per_cell: dict[tuple, int] = defaultdict(int)
    for i, row in enumerate(rows):
        y = TOP + ROW_H * i + ROW_H / 2
        svg.append(f'<text class="label" x="{LEFT - 10}" y="{y + 4:.1f}" text-anchor="end">'
                   f'{e(row[:34] + ("…" if len(row) > 34 else ""))} ({counts[row]})</text>')
        svg.append(f'<line class="grid" x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + PLOT_W}" y2="{y:.1f}"/>')
    index = {r: i for i, r in enumerate(rows)}
    for d in sorted(details.values(), key=lambda d: (d.date or "9999", d.iri)):
        k = key(d)
        if k not in index:
            continue
        day = _day(d.date)
        cell = (k, day)
        jitter = per_cell[cell] * 5
        per_cell[cell] += 1
        x = x_of(day) + (jitter if day is None else 0)
        y = TOP + ROW_H * index[k] + ROW_H / 2 + (0 if day is None else (jitter % 15) - 5)
        color = COLORS[status.get(d.iri)]
        tip = (f"{d.date or 'undated'} · {d.speaker}" + (f" ({d.outlet})" if d.outlet else "")
               + f"\n\u201c{d.text}\u201d" + (f"\n{d.headline}" if d.headline else "") + f"\n{d.iri}")
        svg.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{color}" fill-opacity="0.8">'
                   f'<title>{e(tip)}</title></circle>')
    svg.append("</svg>")
    undated = sum(1 for d in details.values() if d.date is None)
    dated = len(details) - undated
    caption = (f"{len(details)} claims about {name} ({'all acts' if all_acts else 'statements'}) by "
               f"{len(counts)} {'outlets' if by == 'outlet' else 'speakers'}; {dated} dated "
               f"({lo.isoformat()} to {hi.isoformat()}), {undated} in undated articles "
               f"(drawn in the last column)" + (f"; {left_rows} smaller rows left out" if left_rows else "")
               + ". Hover a dot for the claim.")
    csp = f"default-src 'none'; style-src {csp_hash(_STYLE)}; img-src data:; base-uri 'none'; form-action 'none'"
    page = "".join([
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{e(csp, quote=False)}\">\n",
        "<meta name=\"referrer\" content=\"no-referrer\">\n",
        f"<title>{e('Claims about ' + name + ' over time')}</title>\n",
        f"<style>{_STYLE}</style>\n</head>\n<body>\n",
        f"<h1>{e('Claims about ' + name + ' over time')}</h1>\n",
        f"<p class=\"caption\">{e(caption)}</p>\n",
        "<ul class=\"legend\"><li><span class=\"c-contradicts\"></span>contradicted by another speaker</li>"
        "<li><span class=\"c-agrees\"></span>agreed with by another speaker</li>"
        "<li><span class=\"c-none\"></span>no relation found</li></ul>\n",
        "\n".join(svg), "\n</body>\n</html>\n",
    ])
    return Timeline(html=page, rows=len(rows), dated=dated, undated=undated)


def _ticks(lo: dt.date, hi: dt.date) -> list[dt.date]:
    if (hi - lo).days > 3 * 365:
        return [dt.date(y, 1, 1) for y in range(lo.year + 1, hi.year + 1)] or [lo]
    out, y, m = [], lo.year, lo.month
    while (y, m) <= (hi.year, hi.month):
        d = dt.date(y, m, 1)
        if lo <= d <= hi:
            out.append(d)
        m += 1
        if m > 12:
            y, m = y + 1, 1
    step = max(1, len(out) // 12)
    return out[::step] or [lo]


def _tick_label(t: dt.date, ticks: list[dt.date]) -> str:
    if len(ticks) > 1 and all(x.month == 1 for x in ticks):
        return str(t.year)
    return t.strftime("%Y-%m")
