"""One store, several people: readers never wait for a writer and never hold one up.

A writer publishes snapshots (:mod:`kg.store.snapshots`); readers open the
newest one and move on when a newer one appears.  ``kg stats``, ``kg query``
and ``kg view`` run beside a build or an idle shell, ``kg build`` runs beside
``kg serve``, and the endpoint answers with the new articles.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import vocab as V
from kg.store import open_store, snapshots
from kg.store.oxigraph import OxigraphStore, data_version, open_reader

from conftest import ARTICLES, copy_store
from sparql_servers import KgServe

ROOT = Path(__file__).resolve().parent.parent
EX = "http://example.org/"
ARTICLE_COUNT = ("PREFIX schema: <http://schema.org/>\n"
                 "SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }")


def quads(graph: str, n: int) -> list[ox.Quad]:
    g = ox.NamedNode(graph)
    return [ox.Quad(ox.NamedNode(f"{graph}/s{i}"), ox.NamedNode(EX + "p"), ox.Literal(str(i)), g)
            for i in range(n)]


def kg_cli(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env={**os.environ, **(env or {})})


def snapshot_dirs(path: Path) -> list[str]:
    return sorted(p.name for p in snapshots.root(path).iterdir() if p.is_dir())


def test_a_reader_opens_beside_a_writer_and_follows_what_it_publishes(tmp_path):
    path = tmp_path / "store"
    writer = open_store(path)
    try:
        writer.replace_graph(EX + "g1", quads(EX + "g1", 3))
        writer.flush()  # publishes
        reader = open_reader(path)
        try:
            assert reader.graph_names() == [EX + "g1"]
            seen = data_version(path)
            writer.replace_graph(EX + "g2", quads(EX + "g2", 2))
            assert reader.changed() is False  # not published yet: the reader's view holds
            assert len(reader) == 3
            writer.flush()
            assert data_version(path) != seen and reader.changed() is True
            assert reader.graph_names() == [EX + "g1", EX + "g2"]  # queries move on by themselves
            assert reader.changed() is False
            with pytest.raises(Exception, match="read-only"):
                reader.replace_graph(EX + "g3", quads(EX + "g3", 1))
        finally:
            reader.close()
    finally:
        writer.close()


def test_snapshots_nobody_reads_are_deleted_and_held_ones_kept(tmp_path):
    path = tmp_path / "store"
    writer = open_store(path)
    try:
        for i in range(3):
            writer.replace_graph(EX + f"g{i}", quads(EX + f"g{i}", 2))
            writer.flush()
        assert len(snapshot_dirs(path)) == 1
        reader = open_reader(path)
        held = snapshot_dirs(path)
        writer.replace_graph(EX + "h", quads(EX + "h", 2))
        writer.flush()
        assert len(snapshot_dirs(path)) == 2 and held[0] in snapshot_dirs(path)
        reader.close()
        writer.replace_graph(EX + "k", quads(EX + "k", 2))
        writer.flush()
        assert len(snapshot_dirs(path)) == 1 and held[0] not in snapshot_dirs(path)
    finally:
        writer.close()


def test_a_reader_after_a_killed_writer_sees_what_it_committed(tmp_path):
    path = tmp_path / "store"
    open_store(path).close()
    code = ("import sys, pyoxigraph as ox\n"
            "from kg.store import open_store\n"
            "s = open_store(sys.argv[1])\n"
            f"g = ox.NamedNode('{EX}g')\n"
            f"s.replace_graphs({{'{EX}g': [ox.Quad(ox.NamedNode('{EX}s'), ox.NamedNode('{EX}p'), ox.Literal('1'), g)]}})\n")
    res = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "KG_KILL_AT": "replace:committed"}, timeout=60)
    assert res.returncode == -9, res.stderr
    assert snapshots.is_dirty(path)  # killed before it published
    reader = open_reader(path)  # no writer alive: the reader publishes what is committed
    try:
        assert reader.graph_names() == [EX + "g"]
    finally:
        reader.close()
    assert not snapshots.is_dirty(path)


def test_readers_on_the_command_line_run_beside_a_writer_and_an_idle_shell(demo_store_dir, tmp_path):
    from kg.shell.launch import open_shell_store

    path = copy_store(demo_store_dir, tmp_path / "store")
    shell_store, _ = open_shell_store(path)  # an idle shell, as `kg shell` leaves it
    try:
        for holder in (None, "writer"):
            writer = open_store(path) if holder else None
            try:
                stats = kg_cli("stats", "--store", str(path))
                assert stats.returncode == 0 and "busy" not in stats.stderr, stats.stderr
                query = kg_cli("query", "--store", str(path), "--format", "csv", ARTICLE_COUNT)
                assert query.returncode == 0 and query.stdout.splitlines()[1] == "5", query.stderr
                view = kg_cli("view", "--store", str(path), "--all", "-o", str(tmp_path / "all.html"))
                assert view.returncode == 0, view.stderr
            finally:
                if writer is not None:
                    writer.close()
        server = KgServe("--store", str(path), "--quiet")  # the endpoint starts beside the shell
        try:
            url = server.url + "?" + urllib.parse.urlencode({"query": ARTICLE_COUNT})
            req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
            with urllib.request.urlopen(req, timeout=30) as resp:
                assert json.loads(resp.read())["results"]["bindings"][0]["n"]["value"] == "5"
        finally:
            server.stop()
        assert shell_store.query(ARTICLE_COUNT).values() == [5]
    finally:
        shell_store.close()


@pytest.mark.slow
def test_kg_build_adds_articles_while_kg_serve_answers_with_them(tmp_path):
    first, rest = tmp_path / "first", tmp_path / "all"
    first.mkdir()
    rest.mkdir()
    files = sorted(ARTICLES.glob("*.txt"))
    for f in files[:2]:
        shutil.copy(f, first / f.name)
    for f in files:
        shutil.copy(f, rest / f.name)
    path = tmp_path / "store"
    res = kg_cli("build", str(first), "--store", str(path), "-q", "--no-rank", timeout=300)
    assert res.returncode == 0, res.stderr
    server = KgServe("--store", str(path))

    def served() -> int:
        url = server.url + "?" + urllib.parse.urlencode({"query": ARTICLE_COUNT})
        req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            return int(json.loads(resp.read())["results"]["bindings"][0]["n"]["value"])

    try:
        assert served() == 2
        res = kg_cli("build", str(rest), "--store", str(path), "-q", timeout=300)
        assert res.returncode == 0 and "built 3" in res.stdout, res.stderr
        deadline = time.monotonic() + 60  # a bound for a loaded machine, not a speed claim
        while served() != 5 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert served() == 5
    finally:
        server.stop()


def test_a_memory_store_and_a_writer_need_no_snapshots(tmp_path):
    mem = OxigraphStore(None)
    mem.replace_graph(EX + "g", quads(EX + "g", 2))
    assert mem.changed() is False and mem.refresh() is False and len(mem) == 2
    path = tmp_path / "store"
    writer = open_store(path)
    try:
        assert writer.changed() is False
        assert V.ENTITIES_GRAPH not in writer.graph_names()
    finally:
        writer.close()


def test_a_write_no_other_follows_is_published_all_the_same(tmp_path):
    path = tmp_path / "store"
    writer = open_store(path)
    try:
        reader = open_reader(path)
        try:
            assert reader.graph_names() == []
            for n in (1, 2):  # each write right after the last publication: published a little later
                writer.replace_graph(EX + f"g{n}", quads(EX + f"g{n}", 1))
                deadline = time.monotonic() + 60  # a bound for a loaded machine, not a speed claim
                while not reader.changed() and time.monotonic() < deadline:
                    time.sleep(0.1)
                assert reader.graph_names() == [EX + f"g{i}" for i in range(1, n + 1)]
        finally:
            reader.close()
    finally:
        writer.close()


def test_a_store_on_a_read_only_file_system_is_read(tmp_path):
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux (CI runs the tests as root)")
    mnt = tmp_path / "ro"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mnt)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        for snapshot in (True, False):  # a store a writer published, and one it did not (older kg)
            path = mnt / f"store{snapshot}"
            writer = open_store(path)
            writer.replace_graph(EX + "g", quads(EX + "g", 2))
            writer.close()
            if not snapshot:
                shutil.rmtree(snapshots.root(path))
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        for snapshot in (True, False):
            reader = open_reader(mnt / f"store{snapshot}")
            try:
                assert reader.graph_names() == [EX + "g"] and len(reader) == 2
            finally:
                reader.close()
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)
