"""Views in a real headless chromium: they draw, run nothing from the data, load nothing remote.

Needs chromium and chromedriver (Debian: ``apt-get install chromium chromium-driver``) and
selenium; skipped with the reason otherwise.  The browser gets a fresh profile and a dead
proxy (see ``tests/chromium.py``), so that any attempt to reach another host fails instead of
leaving the machine.
"""

from __future__ import annotations

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
