"""Views in a real headless chromium: they draw, run nothing from the data, load nothing remote.

Needs chromium and chromedriver (Debian: ``apt-get install chromium chromium-driver``) and
selenium; skipped with the reason otherwise.  The browser gets a fresh profile and a dead
proxy (see ``tests/chromium.py``), so that any attempt to reach another host fails instead of
leaving the machine.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

import chromium
from test_views import BREAKOUT, CLOSE, IMG, SCRIPT, hostile_store, synthetic_store

from kg.views import render_view

pytestmark = pytest.mark.browser

#: Runs before any page script: records CSP violations and dialogs.
WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
});
window.__dialogs = 0;
window.alert = window.confirm = window.prompt = window.print = function () { window.__dialogs++; };
"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    reason = chromium.missing()
    if reason:
        pytest.skip(reason)
    try:
        driver = chromium.start(tmp_path_factory.mktemp("chromium-profile"))
    except Exception as exc:  # a broken install: say why instead of erroring every test
        pytest.skip(f"chromium did not start: {str(exc).splitlines()[0]}")
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
    yield driver
    driver.quit()


def open_view(driver, path: Path, timeout: float = 60.0) -> float:
    """Load a page and wait until the network is drawn; returns seconds to ready."""
    start = time.perf_counter()
    driver.get(path.resolve().as_uri())
    while time.perf_counter() - start < timeout:
        if driver.execute_script("return window.kgReady || null"):
            return time.perf_counter() - start
        time.sleep(0.02)
    raise AssertionError(f"{path.name} never became ready")


def assert_nothing_ran(driver) -> None:
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.execute_script("return window.__dialogs") == 0
    assert driver.execute_script("return window.__csp") == []
    assert driver.execute_script("return document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert driver.execute_script("return document.scripts.length") == 3
    remote = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
    assert remote == []


def hover_every_node(driver) -> tuple[list[str], list[str]]:
    """Centre each node, move the mouse onto it, then click it; return the tooltip texts
    and the links of the details panels.

    A click opens the details panel: it must show the same text, and its only links
    are Wikidata items.
    """
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = driver.find_element("css selector", "#kg-network canvas")
    ids = driver.execute_script("return kgNetwork.body.data.nodes.getIds()")
    texts: list[str] = []
    links: list[str] = []
    for node in ids:
        driver.execute_script(
            "var p = kgNetwork.getPositions([arguments[0]])[arguments[0]];"
            "kgNetwork.moveTo({position: p, scale: 1.0, animation: false});", node)
        ActionChains(driver).move_to_element_with_offset(canvas, 40, 40).pause(0.05) \
            .move_to_element(canvas).pause(0.4).perform()
        tip = driver.execute_script(
            "var t = document.querySelector('div.vis-tooltip');"
            "return t && t.style.visibility !== 'hidden' ? "
            "[t.textContent, t.querySelector('.kg-tip-name').textContent, "
            " t.querySelectorAll('img, script, iframe').length] : null")
        assert tip is not None, f"no tooltip for node {node}"
        assert tip[2] == 0
        texts.append(tip[0])
        ActionChains(driver).click(canvas).pause(0.1).perform()
        panel = driver.execute_script(
            "var d = document.getElementById('kg-details');"
            "return [d.hidden, d.querySelector('.kg-tip-name').textContent,"
            " d.querySelectorAll('img, script, iframe').length,"
            " Array.prototype.map.call(d.querySelectorAll('a'), function (a) { return a.href; })]")
        assert panel[0] is False and panel[2] == 0
        assert panel[1] == tip[1]
        for href in panel[3]:
            assert re.fullmatch(r"https://www\.wikidata\.org/wiki/Q[0-9]+", href), href
        links.extend(panel[3])
    return texts, links


@pytest.fixture(scope="module")
def hostile():
    store = hostile_store()
    yield store
    store.close()


@pytest.mark.parametrize("opts", [
    {"entity": SCRIPT, "projection": "claim", "depth": 2},
    {"all": True, "projection": "article-entity", "geo": True},
], ids=["claims-around-speaker", "mentions-all-geo"])
def test_hostile_view_runs_nothing(browser, hostile, tmp_path, opts):
    view = render_view(hostile, title=SCRIPT + IMG, **opts)
    path = view.write(tmp_path / "hostile.html")
    open_view(browser, path)
    assert browser.execute_script("return document.querySelectorAll('#kg-network canvas').length") == 1
    assert browser.execute_script("return kgNetwork.body.data.nodes.length") == view.nodes
    assert browser.execute_script("return kgNetwork.body.data.edges.length") == view.edges
    assert browser.execute_script("return document.getElementById('kg-title').textContent") \
        == SCRIPT + IMG
    assert browser.title == SCRIPT + IMG
    assert_nothing_ran(browser)
    tips, links = hover_every_node(browser)
    assert_nothing_ran(browser)
    shown = "\n".join(tips)
    for text in (IMG, SCRIPT, BREAKOUT):
        assert text in shown  # shown as text, exactly
    if opts.get("projection") == "article-entity":
        assert CLOSE in shown  # an alias, in the organization's tooltip
        assert "Q1530" in shown  # Baghdad's Wikidata item, a link in the details panel
        assert links == ["https://www.wikidata.org/wiki/Q1530"]
    legend = browser.execute_script("return document.getElementById('kg-legend').textContent")
    assert "Person" in legend


def test_five_thousand_nodes_load(browser, tmp_path):
    store = synthetic_store(5000, 5000)
    try:
        start = time.perf_counter()
        view = render_view(store, all=True, top=5000)
        build = time.perf_counter() - start
    finally:
        store.close()
    assert view.nodes == 5000 and not view.physics
    path = view.write(tmp_path / "big.html")
    wall = open_view(browser, path)
    ready_ms = browser.execute_script("return window.kgReady")
    assert browser.execute_script("return kgNetwork.body.data.nodes.length") == 5000
    frames = browser.execute_script(chromium.FRAME_TIMES, 5)
    assert_nothing_ran(browser)
    print(f"\n5,000-node view: {view.edges:,} edges, {len(view.html) / 1e6:.1f} MB, "
          f"rendered in {build:.2f} s; chromium ready after {ready_ms / 1000:.2f} s "
          f"(page load + draw, wall {wall:.2f} s); pan frame {frames['drag']:.0f} ms "
          f"(edges hidden while dragging), still frame {frames['still']:.0f} ms")


#: At most this share of the labels a view shows may overlap another label.
LABEL_OVERLAP_MAX = 0.05


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where screenshots go: $KG_VIEW_SHOTS when set (to look at them), else a temporary folder."""
    where = os.environ.get("KG_VIEW_SHOTS")
    if where:
        Path(where).mkdir(parents=True, exist_ok=True)
        return Path(where)
    return tmp_path_factory.mktemp("shots")


def click_at_centre(driver, position: dict) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = driver.find_element("css selector", "#kg-network canvas")
    driver.execute_script("kgNetwork.moveTo({position: arguments[0], scale: 1.0, animation: false});",
                          position)
    ActionChains(driver).move_to_element_with_offset(canvas, 40, 40).pause(0.05) \
        .move_to_element(canvas).pause(0.3).click().pause(0.2).perform()


@pytest.mark.parametrize("n", [60, 300, 1000])
def test_overviews_read(browser, tmp_path, shots, n):
    """A view of n nodes: labels that do not overlap, nothing over the graph, communities that
    collapse to one node each and open again, more labels on zoom, any label on hover."""
    store = synthetic_store(n * 4 // 3, n * 4, groups=8, per_article=5)
    try:
        view = render_view(store, all=True, top=n)
    finally:
        store.close()
    assert view.nodes == n
    path = view.write(tmp_path / f"overview-{n}.html")
    open_view(browser, path)
    png = chromium.screenshot(browser, shots / f"overview-{n}.png")
    assert png.stat().st_size > 10_000
    time.sleep(0.3)
    fit = browser.execute_script(chromium.LABEL_OVERLAP)
    print(f"\n{n} nodes: {fit['shown']} labels shown, {fit['overlapping']} overlap another "
          f"({fit['share']:.1%}); screenshot {png}")
    assert fit["share"] <= LABEL_OVERLAP_MAX
    assert fit["shown"] >= min(n, 20) // 2
    if n >= 300:
        assert fit["shown"] < n  # only the most prominent at this scale
    # the legend and tools are beside the graph, never over it
    side, canvas = browser.execute_script(
        "function r(e) { var b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; }"
        "return [r(document.getElementById('kg-side')), r(document.querySelector('#kg-network canvas'))]")
    assert side[0] >= canvas[2] - 0.5
    inside = browser.execute_script(
        "var n = kgNetwork, p = n.getPositions(), c = n.canvas.frame.canvas, out = 0;"
        "Object.keys(p).forEach(function (k) { var d = n.canvasToDOM(p[k]);"
        " if (d.x >= 0 && d.y >= 0 && d.x <= c.clientWidth && d.y <= c.clientHeight) { out++; } });"
        "return out")
    assert inside == n
    # zooming in shows labels that were hidden
    before = set(browser.execute_script(
        "return kgNetwork.body.data.nodes.get().filter(function (x) { return x.label; })"
        ".map(function (x) { return x.id; })"))
    browser.execute_script("kgNetwork.moveTo({scale: kgNetwork.getScale() * 3, animation: false});"
                           "kgDeclutter();")
    zoomed = browser.execute_script(chromium.LABEL_OVERLAP)
    after = set(browser.execute_script(
        "return kgNetwork.body.data.nodes.get().filter(function (x) { return x.label; })"
        ".map(function (x) { return x.id; })"))
    assert zoomed["share"] <= LABEL_OVERLAP_MAX
    if n >= 300:
        assert after - before
    # hovering a node without a label shows its label
    hidden = browser.execute_script(
        "var ids = kgNetwork.body.data.nodes.get().filter(function (x) { return !x.label; });"
        "return ids.length ? ids[0].id : null")
    if hidden is not None:
        pos = browser.execute_script("return kgNetwork.getPositions([arguments[0]])[arguments[0]]", hidden)
        from selenium.webdriver.common.action_chains import ActionChains

        canvas = browser.find_element("css selector", "#kg-network canvas")
        browser.execute_script("kgNetwork.moveTo({position: arguments[0], scale: 1.0, animation: false});", pos)
        ActionChains(browser).move_to_element_with_offset(canvas, 40, 40).pause(0.05) \
            .move_to_element(canvas).pause(0.4).perform()
        assert browser.execute_script("return kgNetwork.body.data.nodes.get(arguments[0]).label",
                                      hidden) == Page_label(view, hidden)
    # communities collapse to one node each, and open again
    comms = browser.execute_script("return JSON.parse(document.getElementById('kg-data')"
                                   ".textContent).communities")
    if n >= 80:
        assert len(comms) >= 4
        browser.execute_script("kgCollapse()")
        clustered = [c for c in comms if c["size"] >= 2]
        grouped = sum(c["size"] for c in clustered)
        drawn = browser.execute_script("return kgNetwork.body.nodeIndices.length")
        assert drawn == n - grouped + len(clustered)
        chromium.screenshot(browser, shots / f"overview-{n}-collapsed.png")
        browser.execute_script("kgExpand()")
        assert browser.execute_script("return kgNetwork.body.nodeIndices.length") == n
    assert_nothing_ran(browser)


def Page_label(view, node_id: int) -> str:
    from test_views import Page

    return Page(view.html).payload()["nodes"][node_id]["label"]


def test_edge_evidence_is_one_click_away(browser, hostile, tmp_path, shots):
    """Clicking an edge opens a panel with the sentences or claims behind it, as text, each with
    the IRI .why accepts."""
    for opts, want in (({"entity": "Mr Evil"}, SCRIPT + " met " + IMG + " in Baghdad " + BREAKOUT),
                       ({"entity": "Mr Evil", "projection": "claim"}, IMG + " and " + SCRIPT)):
        view = render_view(hostile, **opts)
        path = view.write(tmp_path / "evidence.html")
        open_view(browser, path)
        panels = []
        for e in range(view.edges):
            mid = browser.execute_script(
                "var e = kgNetwork.body.data.edges.get(arguments[0]), p = kgNetwork.getPositions([e.from, e.to]);"
                "return {x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2}", e)
            click_at_centre(browser, mid)
            panel = browser.execute_script(
                "var d = document.getElementById('kg-details');"
                "return d.hidden ? null : [d.textContent, d.querySelectorAll('img, script, iframe').length]")
            if panel is not None:
                assert panel[1] == 0
                panels.append(panel[0])
        text = "\n".join(panels)
        assert want in text and ".why <http" in text
        chromium.screenshot(browser, shots / f"evidence-{opts.get('projection', 'co-mention')}.png")
        assert_nothing_ran(browser)


def test_geo_view_draws_its_base_map_offline(browser, tmp_path, shots):
    """Countries are painted on the canvas under the places; no tile is fetched."""
    from test_views import Graph, load

    from kg.store import open_store

    g = Graph("geo", headline="Geo")
    for key, name, latlon in (("iraq", "Iraq", (33.2, 43.7)), ("syria", "Syria", (35.0, 38.5)),
                              ("amman", "Amman", (31.95, 35.93)), ("tehran", "Tehran", (35.7, 51.4))):
        g.mention(key, name, "City", latlon=latlon)
    for key in ("camp-a", "camp-b", "camp-c"):
        g.mention(key, key, "City", latlon=(36.34, 43.13))
    store = open_store(":memory:")
    try:
        load(store, g)
        view = render_view(store, all=True, geo=True)
    finally:
        store.close()
    path = view.write(tmp_path / "geo.html")
    open_view(browser, path)
    chromium.screenshot(browser, shots / "geo.png")
    # the pixel at the label point of a country with no node on it is land; much of the
    # canvas is land and much is sea
    colours = browser.execute_script("""
        var data = JSON.parse(document.getElementById('kg-data').textContent), n = kgNetwork;
        var c = n.canvas.frame.canvas, ctx = c.getContext('2d'), r = window.devicePixelRatio || 1;
        var s = data.basemap.shapes.filter(function (s) { return s.name === 'Saudi Arabia'; })[0];
        var d = n.canvasToDOM({x: s.label[0], y: s.label[1] + 25});
        var px = Array.prototype.slice.call(ctx.getImageData(Math.round(d.x * r), Math.round(d.y * r), 1, 1).data, 0, 3);
        var all = ctx.getImageData(0, 0, c.width, c.height).data, land = 0, sea = 0, seen = 0;
        for (var i = 0; i < all.length; i += 4 * 7) {
          seen++;
          if (all[i] === 0xf3 && all[i + 1] === 0xf1 && all[i + 2] === 0xe8) { land++; }
          if (all[i] === 0xee && all[i + 1] === 0xf4 && all[i + 2] === 0xf8) { sea++; }
        }
        return [px, land / seen, sea / seen];""")
    assert colours[0] == [0xf3, 0xf1, 0xe8]
    assert colours[1] > 0.1 and colours[2] > 0.1
    legend = browser.execute_script("return document.getElementById('kg-legend').textContent")
    assert "Natural Earth" in legend
    assert_nothing_ran(browser)
