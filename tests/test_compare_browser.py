"""The timeline and the comparison view in a real headless chromium: drawn, offline, script-safe."""

from __future__ import annotations

import json

import pytest

import chromium

pytestmark = [pytest.mark.browser, pytest.mark.slow]

HOSTILE = '<img src=x onerror="window.__pwned=1"></title><script>window.__pwned=2</script>'

RECORDS = [
    {"id": "east-1", "title": "Minister declares victory " + HOSTILE, "source": "Eastern Herald",
     "date": "2019-03-23", "authors": [],
     "text": "The defence minister, Michael Brandt, spoke in Damascus on Saturday. \"ISIS has been "
             "defeated in Syria,\" Brandt said. " + HOSTILE},
    {"id": "west-1", "title": "Monitor warns of comeback", "source": "Western Courier",
     "date": "2019-03-24", "authors": [],
     "text": "Rami Haddad, who leads a monitoring group in Syria, disagreed on Sunday. \"ISIS is not "
             "defeated in Syria and remains a threat " + HOSTILE + ",\" Haddad said."},
    {"id": "undated-1", "title": "Undated", "source": "Northern Post", "date": "", "authors": [],
     "text": "Officer Lina Park said ISIS was defeated in Syria."},
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    why = chromium.missing()
    if why:
        pytest.skip(why)
    driver = chromium.start(tmp_path_factory.mktemp("profile"))
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory, nlp):
    import kg
    from kg.store import open_store

    src = tmp_path_factory.mktemp("cmpb") / "records.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    path = src.parent / "store"
    store = open_store(path)
    kg.build([src], store, nlp=nlp)
    store.close()
    return path


def test_timeline_draws_every_claim_and_runs_nothing(browser, store_dir, tmp_path):
    from kg.cli import main

    page = tmp_path / "timeline.html"
    assert main(["timeline", "--store", str(store_dir), "ISIS", "-o", str(page)]) == 0
    browser.get(page.as_uri())
    dots = browser.execute_script("return document.querySelectorAll('svg circle').length")
    assert dots >= 3
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.execute_script("return document.querySelectorAll('img, script').length") == 0
    caption = browser.find_element("css selector", "p.caption").text
    assert "undated" in caption and "1 in undated" in caption
    browser.save_screenshot(str(tmp_path / "timeline.png"))


def test_compare_view_draws_contradiction_edges_and_runs_nothing(browser, store_dir, tmp_path):
    from kg.cli import main

    page = tmp_path / "compare.html"
    assert main(["view", "--store", str(store_dir), "--compare", "ISIS", "-o", str(page)]) == 0
    browser.get(page.as_uri())
    browser.execute_async_script(
        "var done = arguments[0]; (function wait() { if (window.kgNetwork) done(); else setTimeout(wait, 50); })();")
    edges = browser.execute_script(
        "var e = kgNetwork.body.data.edges.get(); return e.map(function (x) { return x.color && x.color.color; });")
    assert "#e15759" in edges
    tip = browser.execute_script(
        "var e = kgNetwork.body.data.edges.get()[0]; return e.title.textContent;")
    assert ".why" in tip and "kg.example/article/" in tip
    assert browser.execute_script("return window.__pwned === undefined")
