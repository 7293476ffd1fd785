r"""The HTML page of a view: one file holding every script and style it needs.

Nothing in the page is loaded from elsewhere: vis-network's script and style
(the copies the pyvis package ships, ``pyvis/lib/vis-9.1.2``) and kg's own
script and style (``kg/views/static``) are inlined, and a Content-Security-Policy
(``default-src 'none'``, scripts allowed by their SHA-256 hashes only) forbids
any other script and any network request.

Data never becomes markup: the title and caption are HTML-escaped, the graph
travels as JSON in a ``<script type="application/json">`` element with ``<``,
``>``, ``&``, U+2028 and U+2029 escaped, and the page script builds labels,
legend and tooltips as DOM text.

>>> script_json({"label": "</script><img src=x onerror=alert(1)>"})
'{"label":"\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e"}'
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import importlib.resources
import importlib.util
import json
from pathlib import Path

#: The vis-network release pyvis ships and the page inlines.
VIS_VERSION = "9.1.2"


def script_json(data) -> str:
    """JSON safe to place inside ``<script type="application/json">``."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def csp_hash(text: str) -> str:
    """The CSP source expression allowing exactly this inline script or style.

    >>> csp_hash("")
    "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    """
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@functools.lru_cache(maxsize=None)
def vis_assets() -> tuple[str, str]:
    """vis-network's script and style, read from the installed pyvis package."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed (it ships the vis-network files views inline)")
    base = Path(list(spec.submodule_search_locations)[0]) / "lib" / f"vis-{VIS_VERSION}"
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    return _inline_safe(js, "script"), _inline_safe(css, "style")


@functools.lru_cache(maxsize=None)
def own_assets() -> tuple[str, str]:
    """kg's page script and style (``kg/views/static``)."""
    base = importlib.resources.files("kg.views") / "static"
    js = (base / "view.js").read_text(encoding="utf-8")
    css = (base / "view.css").read_text(encoding="utf-8")
    return _inline_safe(js, "script"), _inline_safe(css, "style")


def _inline_safe(text: str, tag: str) -> str:
    if f"</{tag}" in text.lower() or "<!--" in text:
        raise RuntimeError(f"an asset contains '</{tag}' or '<!--' and cannot be inlined")
    return text


def render_page(*, title: str, caption: str, notes: list[str], payload: dict) -> str:
    """The complete page; ``payload`` is the JSON the page script reads."""
    vis_js, vis_css = vis_assets()
    kg_js, kg_css = own_assets()
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {csp_hash(vis_js)} {csp_hash(kg_js)}",
        f"style-src {csp_hash(vis_css)} {csp_hash(kg_css)}",
        "img-src data:",
        "font-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    esc = html.escape
    note_items = "".join(f"<li>{esc(n)}</li>" for n in notes)
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{esc(csp, quote=False)}\">\n",
        "<meta name=\"referrer\" content=\"no-referrer\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        f"<title>{esc(title)}</title>\n",
        "<style>", vis_css, "</style>\n",
        "<style>", kg_css, "</style>\n",
        "</head>\n<body>\n<header>\n",
        f"<h1 id=\"kg-title\">{esc(title)}</h1>\n",
        f"<p id=\"kg-caption\">{esc(caption)}</p>\n",
        f"<ul id=\"kg-notes\">{note_items}</ul>\n" if notes else "",
        "</header>\n<main>\n",
        "<div id=\"kg-stage\">\n<div id=\"kg-network\"></div>\n",
        "<aside id=\"kg-details\" aria-label=\"selected node or edge\" hidden></aside>\n",
        "</div>\n<aside id=\"kg-side\">\n",
        "<div id=\"kg-tools\"><input id=\"kg-find\" type=\"search\" list=\"kg-names\" "
        "placeholder=\"find a node…\" autocomplete=\"off\" aria-label=\"find a node\">"
        "<datalist id=\"kg-names\"></datalist><span id=\"kg-status\" role=\"status\"></span></div>\n",
        "<div id=\"kg-legend\" aria-label=\"legend\"></div>\n",
        "</aside>\n",
        "</main>\n",
        "<script type=\"application/json\" id=\"kg-data\">", script_json(payload), "</script>\n",
        "<script>", vis_js, "</script>\n",
        "<script>", kg_js, "</script>\n",
        "</body>\n</html>\n",
    ]
    return "".join(parts)
