"""Progress bars: a total and an ETA on a terminal, nothing on a pipe."""

from __future__ import annotations

import io
import re
import subprocess
import sys

import pytest

from conftest import ARTICLES, ROOT, copy_store
from kg.progress import bar, on_terminal, steps, track
from kg.store import open_store


def test_a_bar_on_a_stream_that_is_no_terminal_prints_nothing():
    buf = io.StringIO()
    assert not on_terminal(buf)
    with bar(total=3, desc="validate", stream=buf) as p:
        for _ in range(3):
            p.update()
    assert list(track(range(4), total=4, stream=buf)) == [0, 1, 2, 3]
    assert buf.getvalue() == ""


def test_a_forced_bar_shows_its_total_and_an_eta():
    buf = io.StringIO()
    with bar(total=40, desc="build", unit="article", stream=buf, enabled=True,
             mininterval=0) as p:
        p.update(10)
    out = buf.getvalue()
    assert "build" in out and "10/40" in out and "<" in out  # elapsed<remaining
    buf = io.StringIO()
    p, step = steps(3, desc="rank", stream=buf, enabled=True, mininterval=0)
    with p:
        step("projection")
        step("pagerank")
    assert "2/3" in buf.getvalue() and "pagerank" in buf.getvalue()


def test_quiet_silences_a_terminal_bar():
    buf = io.StringIO()
    with bar(total=2, stream=buf, enabled=True, quiet=True) as p:
        p.update(2)
    assert buf.getvalue() == ""


@pytest.fixture(scope="module")
def store(demo_store_dir, tmp_path_factory):
    return copy_store(demo_store_dir, tmp_path_factory.mktemp("progress") / "store")


def run(*argv) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_nothing_on_a_pipe(store, tmp_path):
    for argv in (("validate",), ("rank", "--recompute", "--top", "2"),
                 ("export", "--format", "nq", "-o", str(tmp_path / "x.nq")),
                 ("export", "--format", "graphml", "-o", str(tmp_path / "x.graphml"))):
        res = run(*argv, "--store", str(store))
        assert res.returncode == 0, (argv, res.stderr)
        assert res.stderr == "", argv


def in_terminal(*argv: str) -> str:
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(sys.executable, ["-m", "kg", *argv], cwd=str(ROOT), encoding="utf-8",
                          timeout=300, dimensions=(24, 160))
    out = child.read()
    child.close()
    assert child.exitstatus == 0, out
    return out


def test_validate_rank_and_export_show_a_total_in_a_terminal(store, tmp_path):
    s = open_store(store, read_only=True)
    try:
        graphs = len(s.graph_names())
    finally:
        s.close()
    out = in_terminal("validate", "--store", str(store))
    assert re.search(rf"validate:.*\d+/{graphs} ", out), out
    out = in_terminal("rank", "--store", str(store), "--recompute", "--top", "1")
    assert re.search(r"rank:.*\d+/9 ", out), out  # projection, 7 measures, written
    out = in_terminal("export", "--store", str(store), "--format", "nt", "-o", str(tmp_path / "x.nt"))
    assert re.search(r"export:.*/\d+(\.\d+)?k? ", out), out


@pytest.mark.slow
def test_build_shows_articles_of_those_found_in_a_terminal(tmp_path):
    out = in_terminal("build", str(ARTICLES), "--store", str(tmp_path / "store"), "--no-rank")
    assert re.search(r"build:.*\d/5 .*built", out), out
    assert "articles 5, built 5" in out
