"""``kg build --cluster``: a real Dask scheduler and workers, the graph a local build makes.

The cluster runs on loopback: a scheduler and two one-thread workers started
with Dask's own command line (one is killed with SIGKILL mid-build), and a
LocalCluster started by ``--cluster local:2``.  Inputs are the five bundled
articles plus a few corpus texts written to a temporary folder.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from sparql_servers import free_port

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
CORPUS = ROOT.parent / "shared" / "corpus" / "allsides-world-mideast.jsonl.gz"
DASK = Path(sys.executable).parent / "dask"
CORPUS_TEXTS = 3


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """The bundled articles plus a few corpus texts, as .txt files in one folder."""
    folder = tmp_path_factory.mktemp("inputs")
    for path in sorted(ARTICLES.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    if CORPUS.exists():
        with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
            written = 0
            for line in lines:
                text = json.loads(line).get("text") or ""
                if 1500 < len(text) < 6000:
                    (folder / f"corpus-{written}.txt").write_text(text, encoding="utf-8")
                    written += 1
                    if written == CORPUS_TEXTS:
                        break
    return folder


@pytest.fixture(scope="module")
def local(inputs, nlp, tmp_path_factory):
    """``(report, quads)`` of a build on this process."""
    import kg
    from kg.store import open_store

    store = open_store(tmp_path_factory.mktemp("local") / "store")
    try:
        report = kg.build([inputs], store, nlp=nlp, batch_size=2, rank=False)
        return report, quad_set(store)
    finally:
        store.close()


def quad_set(store) -> set[tuple[str, ...]]:
    """Every quad of the store, each term in its N-Triples form (no blank nodes are made)."""
    out = {tuple(str(t) for t in (q.subject, q.predicate, q.object, q.graph_name))
           for q in store.quads()}
    assert not any(t.startswith("_:") for q in out for t in q)
    return out


@pytest.fixture
def scheduler():
    """A scheduler and two worker processes started by Dask's CLI on loopback; yields the workers."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    common = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    procs = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard", "--no-show"], **common)]
    try:
        for name in ("w1", "w2"):
            procs.append(subprocess.Popen(
                [str(DASK), "worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
                 "--name", name, "--host", "127.0.0.1"], **common))
        with distributed.Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        yield address, procs[1:]
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def test_cli_cluster_with_a_worker_killed_mid_build(scheduler, inputs, local, tmp_path):
    import kg
    from kg.cluster import DaskExecutor
    from kg.store import open_store

    address, workers = scheduler
    victim = workers[0]
    events: list[str] = []

    def progress(event: str, source: str) -> None:
        events.append(event)
        if event == "built" and victim.poll() is None:
            os.kill(victim.pid, signal.SIGKILL)  # it holds batches of its own by now
            victim.wait()

    store = open_store(tmp_path / "store")
    try:
        with distributed.Client(address, timeout="30s") as client:
            report = kg.build([inputs], store, batch_size=2, rank=False, progress=progress,
                              executor=DaskExecutor(client))
            assert victim.returncode == -signal.SIGKILL
            assert len(client.nthreads()) == 1  # the rest ran on the surviving worker
            local_report, local_quads = local
            assert report.failed == [] and report.skipped == []
            assert report.built == local_report.built
            assert report.words == local_report.words
            assert report.counts == local_report.counts
            assert quad_set(store) == local_quads
            assert events.count("built") == len(report.built)  # each article written once

            again = kg.build([inputs], store, batch_size=2, rank=False,
                             executor=DaskExecutor(client))
            assert again.built == [] and sorted(again.unchanged) == sorted(report.built)
            assert quad_set(store) == local_quads
    finally:
        store.close()


def test_local_cluster_from_the_command_line(inputs, local, tmp_path, capsys):
    from kg.cli import main
    from kg.store import open_store

    path = tmp_path / "store"
    code = main(["build", str(inputs), "--store", str(path), "--cluster", "local:2",
                 "--batch-size", "8", "--no-rank", "--quiet"])  # tasks of 4 articles, written 8 at a time
    out = capsys.readouterr().out
    assert code == 0, out
    local_report, local_quads = local
    assert f"built {len(local_report.built)}," in out
    store = open_store(path)
    try:
        assert quad_set(store) == local_quads
    finally:
        store.close()


def _page_faults_of_big_allocations(rounds: int = 50, size: int = 1 << 20) -> int:
    """Minor page faults while a 1 MiB buffer is made and freed ``rounds`` times."""
    import resource

    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(rounds):
        buffer = bytearray(size)  # zero-filled: every page is touched
        del buffer
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


def _tune(dask_worker) -> tuple:
    from kg.cluster import quiet_profiler, roomy_malloc

    faults = _page_faults_of_big_allocations()
    sampling = dask_worker.periodic_callbacks["profile"].is_running()
    changed = roomy_malloc()
    quiet_profiler(dask_worker)
    _page_faults_of_big_allocations()  # the heap grows once
    return (faults, sampling, changed, _page_faults_of_big_allocations(),
            dask_worker.periodic_callbacks["profile"].is_running())


def test_workers_get_glibc_malloc_thresholds_back_and_no_stack_sampler():
    """What the model plugin does first on a worker Dask's nanny started (MALLOC_TRIM_THRESHOLD_ set)."""
    from kg.cluster import connect

    with connect("local:1") as client:
        assert set(client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_")).values()) == {"65536"}
        (faults, sampling, changed, after, still), = client.run(_tune).values()
    assert changed and sampling and not still
    assert faults > 50 * 200 and after < faults / 20  # every 1 MiB buffer mapped anew, then reused


@pytest.mark.parametrize("spec", ["local:0", "local:x", "127.0.0.1:8786"])
def test_bad_cluster_spec_is_reported(spec, tmp_path, capsys):
    from kg.cli import main

    code = main(["build", str(ARTICLES), "--store", str(tmp_path / "s"), "--cluster", spec])
    assert code != 0
    assert "--cluster" in capsys.readouterr().err


def test_parse_thread_builds_the_same_graph(inputs, local, nlp, tmp_path, monkeypatch):
    import kg
    from kg.store import open_store

    monkeypatch.setenv("KG_PARSE_THREAD", "1")
    store = open_store(tmp_path / "store")
    try:
        report = kg.build([inputs], store, nlp=nlp, batch_size=2, rank=False)
        assert report.built == local[0].built
        assert quad_set(store) == local[1]
    finally:
        store.close()
