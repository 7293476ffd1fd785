"""Replacing and removing articles under faults: kill -9 at each step, a full disk.

Each case starts from a store of five articles (version 1), changes them
(version 2: each article loses its last paragraphs, so some of its entities
are backed no more) or removes two of them, and breaks the process on the way.
Afterwards every article is its old graph or its new one, never missing or
mixed, and the next build or removal ends in exactly the state an
uninterrupted run leaves: no orphan descriptions.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg import vocab as V
from kg.entity_graph import PENDING_GRAPH
from kg.pipeline import remove
from kg.store import open_store

from conftest import ARTICLES, copy_store

ROOT = Path(__file__).resolve().parent.parent
REMOVED = ["001_8eb8b0e975ad3374.txt", "003_bc2177a8227d8cb8.txt"]

ORPHANS = f"""PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?e WHERE {{
  GRAPH <{V.ENTITIES_GRAPH}> {{ ?e a ?t }}
  FILTER NOT EXISTS {{ GRAPH <{V.ENTITIES_GRAPH}> {{ ?owner schema:geo ?e }} }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?x ?link ?e }}
                       FILTER(?g != <{V.ENTITIES_GRAPH}> && ?g != <{V.ANALYTICS_GRAPH}>
                              && ?g != <{PENDING_GRAPH}>) }}
}}"""


def kg_cli(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env={**os.environ, **(env or {})})


def write_versions(base: Path) -> tuple[Path, Path]:
    """The bundled articles (v1) and each cut to its first half of paragraphs (v2)."""
    v1, v2 = base / "v1", base / "v2"
    v1.mkdir()
    v2.mkdir()
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        (v1 / path.name).write_text(text, encoding="utf-8")
        paras = re.split(r"\n\s*\n", text.strip())
        (v2 / path.name).write_text("\n\n".join(paras[: max(2, len(paras) // 2)]) + "\n",
                                    encoding="utf-8")
    return v1, v2


def state(path: Path) -> dict[str, frozenset]:
    """Every graph but the analytics one, as sets of quads (no blank nodes in kg's graphs)."""
    store = open_store(path, read_only=True)
    try:
        graphs: dict[str, set] = {}
        for q in store.quads():
            if q.graph_name.value != V.ANALYTICS_GRAPH:
                graphs.setdefault(q.graph_name.value, set()).add(q)
        return {g: frozenset(qs) for g, qs in graphs.items()}
    finally:
        store.close()


def orphans(path: Path) -> list[str]:
    store = open_store(path, read_only=True)
    try:
        return store.query(ORPHANS, union=False).values()
    finally:
        store.close()


@pytest.fixture(scope="module")
def versions(tmp_path_factory, nlp):
    """Inputs and reference stores: v1, v1 rebuilt as v2, v1 less two articles."""
    base = tmp_path_factory.mktemp("versions")
    v1, v2 = write_versions(base)
    ref1 = base / "ref1"
    report = kg.build([v1], str(ref1), nlp=nlp, rank=False)
    assert report.ok and len(report.built) == 5, report.failed
    ref2 = copy_store(ref1, base / "ref2")
    report = kg.build([v2], str(ref2), nlp=nlp, rank=False)
    assert report.ok and len(report.built) == 5, report.failed
    ref_removed = copy_store(ref1, base / "ref_removed")
    store = open_store(ref_removed)
    try:
        assert remove(REMOVED, store) == (REMOVED, [])
    finally:
        store.close()
    refs = {"v1": state(ref1), "v2": state(ref2), "removed": state(ref_removed)}
    articles = [g for g in refs["v1"] if g.startswith(V.ARTICLE)]
    assert len(articles) == 5
    # the versions differ in every article, and version 2 leaves descriptions to prune
    assert all(refs["v1"][g] != refs["v2"][g] for g in articles)
    assert refs["v1"][V.ENTITIES_GRAPH] - refs["v2"][V.ENTITIES_GRAPH]
    assert refs["v1"][V.ENTITIES_GRAPH] - refs["removed"][V.ENTITIES_GRAPH]
    assert PENDING_GRAPH not in refs["v2"] and PENDING_GRAPH not in refs["removed"]
    return v1, v2, ref1, refs


def assert_old_or_new(path: Path, old: dict, new: dict) -> None:
    now = state(path)
    for g in old:
        if g.startswith(V.ARTICLE):
            assert now.get(g) in (old[g], new.get(g)), f"{g} is neither its old nor its new graph"
    assert {g for g in now if g.startswith(V.ARTICLE)} <= set(old) | set(new)


REPLACE_STEPS = ["replace:start", "replace:committed", "prune:start", "prune:chunk", "prune:done"]
REMOVE_STEPS = ["remove:start", "remove:committed", "prune:start", "prune:chunk", "prune:done"]


@pytest.mark.slow
@pytest.mark.parametrize("step", REPLACE_STEPS)
def test_a_rebuild_killed_at_each_step_leaves_old_or_new_and_the_next_build_finishes(
        versions, tmp_path, nlp, step):
    v1, v2, ref1, refs = versions
    path = copy_store(ref1, tmp_path / "store")
    res = kg_cli("build", str(v2), "--store", str(path), "--no-rank", "-q",
                 env={"KG_KILL_AT": step})
    assert res.returncode == -9, (res.returncode, res.stderr)
    assert_old_or_new(path, refs["v1"], refs["v2"])
    if step != "replace:start":  # the replacement is committed, with the record of what to prune
        assert {g: q for g, q in state(path).items() if g.startswith(V.ARTICLE)} == \
            {g: q for g, q in refs["v2"].items() if g.startswith(V.ARTICLE)}
    if step in ("replace:committed", "prune:start"):
        assert orphans(path), "nothing was left to prune: the test would prove nothing"
    report = kg.build([v2], str(path), nlp=nlp, rank=False)
    assert report.ok, report.failed
    assert state(path) == refs["v2"]
    assert orphans(path) == []


FIRST_BUILD_STEPS = ["replace:start", "replace:loading", "replace:loaded", "replace:committed"]


@pytest.mark.slow
@pytest.mark.parametrize("step", FIRST_BUILD_STEPS)
def test_a_first_build_killed_at_each_step_leaves_no_article_half_written(versions, tmp_path, nlp, step):
    """New graphs are bulk-loaded under an intent record (kg.store.bulk): a kill undoes them whole."""
    v1, _, _, refs = versions
    path = tmp_path / "store"
    res = kg_cli("build", str(v1), "--store", str(path), "--no-rank", "-q", env={"KG_KILL_AT": step})
    assert res.returncode == -9, (res.returncode, res.stderr)
    if step == "replace:loaded":  # the quads are in: the intent record is what undoes them
        assert (path / "kg-loading").exists()
    now = state(path)  # a reader opening after the crash finishes the undo before it reads
    built = {g for g in now if g.startswith(V.ARTICLE)}
    assert built == (set() if step != "replace:committed" else {g for g in refs["v1"] if g.startswith(V.ARTICLE)})
    assert all(now[g] == refs["v1"][g] for g in built)
    assert not (path / "kg-loading").exists()
    if step == "replace:loaded":
        assert orphans(path), "nothing was left to prune: the test would prove nothing"
    report = kg.build([v1], str(path), nlp=nlp, rank=False)
    assert report.ok, report.failed
    assert state(path) == refs["v1"]
    assert orphans(path) == []


LOADER = """
import sys
import pyoxigraph as ox
from kg.store import open_store

store = open_store(sys.argv[1])
g = ox.NamedNode("http://kg.example/article/big")
p = ox.NamedNode("http://schema.org/text")
quads = [ox.Quad(ox.NamedNode(f"http://kg.example/s/{i}"), p, ox.Literal(f"value {i} " * 4), g)
         for i in range(int(sys.argv[2]))]
store.replace_graphs({g.value: quads})
store.close()
"""


@pytest.mark.slow
def test_a_kill_inside_the_bulk_loader_leaves_no_table_files_and_no_graph(versions, tmp_path):
    """The loader's bulk-*.sst files, left by a kill mid-load, go when the store next opens."""
    import time

    _, _, ref1, refs = versions
    path = copy_store(ref1, tmp_path / "store")
    before = state(path)
    assert before == refs["v1"]
    proc = subprocess.Popen([sys.executable, "-c", LOADER, str(path), "1500000"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 240
        while not list(path.glob("bulk-*.sst")):
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the loader wrote no table file"
            time.sleep(0.05)
        proc.kill()
    finally:
        proc.kill()
        proc.wait()
    assert list(path.glob("bulk-*.sst")) and (path / "kg-loading").exists()
    store = open_store(path)  # the writer undoes the load and deletes what it left
    store.close()
    assert not list(path.glob("bulk-*.sst")) and not (path / "kg-loading").exists()
    assert state(path) == before


@pytest.mark.parametrize("step", REMOVE_STEPS)
def test_a_removal_killed_at_each_step_leaves_old_or_new_and_the_next_removal_finishes(
        versions, tmp_path, step):
    _, _, ref1, refs = versions
    path = copy_store(ref1, tmp_path / "store")
    res = kg_cli("remove", *REMOVED, "--store", str(path), env={"KG_KILL_AT": step})
    assert res.returncode == -9, (res.returncode, res.stderr)
    now = state(path)
    if step == "remove:start":
        assert now == refs["v1"]
    else:
        assert {g for g in now if g.startswith(V.ARTICLE)} == \
            {g for g in refs["removed"] if g.startswith(V.ARTICLE)}
    if step in ("remove:committed", "prune:start"):
        assert orphans(path), "nothing was left to prune: the test would prove nothing"
    res = kg_cli("remove", *REMOVED, "--store", str(path))  # already gone: only finishes the prune
    assert state(path) == refs["removed"]
    assert orphans(path) == []


@pytest.mark.slow
def test_a_build_after_a_killed_removal_prunes_what_it_left(versions, tmp_path, nlp):
    v1, _, ref1, refs = versions
    path = copy_store(ref1, tmp_path / "store")
    res = kg_cli("remove", *REMOVED, "--store", str(path), env={"KG_KILL_AT": "remove:committed"})
    assert res.returncode == -9
    assert orphans(path)
    kept = tmp_path / "kept"
    kept.mkdir()
    for f in v1.iterdir():
        if f.name not in REMOVED:
            shutil.copy(f, kept / f.name)
    report = kg.build([kept], str(path), nlp=nlp, rank=False)
    assert report.ok and report.built == [] and len(report.unchanged) == 3
    assert state(path) == refs["removed"]


# -- a full disk ------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 16 MiB tmpfs (needs root; skipped elsewhere), unmounted afterwards."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux (CI runs the tests as root)")
    mnt = tmp_path / "disk"
    mnt.mkdir()
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mnt)],
                         capture_output=True, text=True)
    if res.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {res.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def fill(mnt: Path, leave: int) -> Path:
    """Fill the file system but ``leave`` bytes."""
    st = os.statvfs(mnt)
    free = st.f_bavail * st.f_frsize
    filler = mnt / "filler"
    with open(filler, "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


@pytest.mark.slow
@pytest.mark.parametrize("leave", [0, 64 * 1024, 512 * 1024, 2 * 1024 * 1024])
def test_a_rebuild_on_a_full_disk_keeps_the_old_articles(versions, small_disk, nlp, leave):
    v1, v2, ref1, refs = versions
    path = copy_store(ref1, small_disk / "store")
    filler = fill(small_disk, leave)
    res = kg_cli("build", str(v2), "--store", str(path), "--no-rank", "-q")
    assert res.returncode == 1, res.stderr
    assert "Traceback" not in res.stderr
    assert "No space left on device" in res.stderr, res.stderr
    filler.unlink()
    assert_old_or_new(path, refs["v1"], refs["v2"])
    # with room again, the next build completes the change
    report = kg.build([v2], str(path), nlp=nlp, rank=False)
    assert report.ok, report.failed
    assert state(path) == refs["v2"]
    assert orphans(path) == []


# -- a SPARQL server -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def server():
    from sparql_servers import OxigraphServer

    import tempfile

    with tempfile.TemporaryDirectory(prefix="kg-crash-") as d:
        srv = OxigraphServer(Path(d) / "oxigraph")
        try:
            yield srv
        finally:
            srv.stop()


def remote_state(url: str) -> dict[str, frozenset]:
    store = open_store(url)
    try:
        graphs: dict[str, set] = {}
        for q in store.quads():
            if q.graph_name.value != V.ANALYTICS_GRAPH:
                graphs.setdefault(q.graph_name.value, set()).add(q)
        return {g: frozenset(qs) for g, qs in graphs.items()}
    finally:
        store.close()


def load(url: str, graphs: dict[str, frozenset]) -> None:
    store = open_store(url)
    try:
        store.update("CLEAR ALL")
        store.replace_graphs({g: list(qs) for g, qs in graphs.items()})
    finally:
        store.close()
    assert remote_state(url) == graphs


def test_one_update_request_is_one_transaction_on_an_oxigraph_server(versions, server):
    _, _, _, refs = versions
    load(server.url, refs["v1"])
    store = open_store(server.url)
    try:
        article = next(g for g in refs["v1"] if g.startswith(V.ARTICLE))
        with pytest.raises(Exception):  # the second operation fails: the first is undone
            store.update(f"DROP GRAPH <{article}> ; LOAD <http://127.0.0.1:9/none> INTO GRAPH <{article}>")
    finally:
        store.close()
    assert remote_state(server.url) == refs["v1"]


@pytest.mark.parametrize("step", REMOVE_STEPS)
def test_on_a_sparql_server_a_killed_removal_leaves_old_or_new_and_the_next_finishes(
        versions, server, step):
    _, _, _, refs = versions
    load(server.url, refs["v1"])
    res = kg_cli("remove", *REMOVED, "--store", server.url, env={"KG_KILL_AT": step})
    assert res.returncode == -9, (res.returncode, res.stderr)
    now = remote_state(server.url)
    expected = refs["v1"] if step == "remove:start" else refs["removed"]
    assert {g: q for g, q in now.items() if g.startswith(V.ARTICLE)} == \
        {g: q for g, q in expected.items() if g.startswith(V.ARTICLE)}
    kg_cli("remove", *REMOVED, "--store", server.url)
    assert remote_state(server.url) == refs["removed"]


@pytest.mark.slow
@pytest.mark.parametrize("step", ["replace:start", "replace:committed", "prune:chunk"])
def test_on_a_sparql_server_a_killed_rebuild_leaves_old_or_new_and_the_next_finishes(
        versions, server, nlp, step):
    _, v2, _, refs = versions
    load(server.url, refs["v1"])
    res = kg_cli("build", str(v2), "--store", server.url, "--no-rank", "-q", env={"KG_KILL_AT": step})
    assert res.returncode == -9, (res.returncode, res.stderr)
    now = remote_state(server.url)
    for g in refs["v1"]:
        if g.startswith(V.ARTICLE):
            assert now.get(g) in (refs["v1"][g], refs["v2"][g]), g
    report = kg.build([v2], server.url, nlp=nlp, rank=False)
    assert report.ok, report.failed
    assert remote_state(server.url) == refs["v2"]
