"""A running `kg serve` holds no stale snapshot (a writer's old snapshots are deleted while it
runs), and updates through `--allow-update` are bounded as docs/serve.md promises: body size,
parse under the time limit, one at a time, a waiting one refused at the time limit."""

from __future__ import annotations

import json
import time

import pyoxigraph as ox

from conftest import copy_store
from kg.server import Config
from kg.store import open_store
from kg.store import snapshots
from test_server import Served

EX = "http://example.org/"
TOKEN = {"Authorization": "Bearer s3cret"}
COUNT_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def wait_for(condition, what: str, limit: float = 120.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.05)


def held_snapshots(path) -> list[str]:
    return sorted(p.name for p in snapshots.root(path).iterdir()
                  if p.is_dir() and not p.name.endswith((".tmp", ".trash")))


def graph_count(served: Served) -> int:
    status, _, body, _ = served.request(query=COUNT_GRAPHS)
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_old_snapshots_are_deleted_while_the_server_runs(demo_store_dir, tmp_path):
    path = copy_store(demo_store_dir, tmp_path / "store")
    reader = open_store(path, read_only=True)
    served = Served(reader, Config(workers=2, timeout=10))
    fresh = served.server.endpoint.fresh
    try:
        before = graph_count(served)
        published = [snapshots.current(path)]
        writer = open_store(path)
        try:
            for i in range(4):
                graph = f"{EX}extra{i}"
                writer.replace_graph(graph, [ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "p"),
                                                     ox.Literal(f"x{i}"), ox.NamedNode(graph))])
                writer.flush()  # publishes a snapshot, deleting those nobody holds
                published.append(snapshots.current(path))
                wait_for(lambda: fresh.seen == snapshots.version(path), "the server moved on")
            # what is left: the newest, and at most the one the server held at that publish
            left = held_snapshots(path)
            assert published[-1] in left and set(left) <= set(published[-2:])
            assert published[0] not in left  # the snapshot the server started on is gone
            assert graph_count(served) == before + 4
        finally:
            writer.close()
    finally:
        served.close()
        reader.close()


def test_an_update_over_the_body_limit_is_413_and_changes_nothing():
    store = open_store(":memory:")
    served = Served(store, Config(allow_update=True, token="s3cret", max_body=2_000))
    big = "INSERT DATA { GRAPH <%sg> { %s } }" % (
        EX, " ".join(f'<{EX}s{i}> <{EX}p> "{i}" .' for i in range(200)))
    try:
        assert len(big) > 2_000
        status, _, body, _ = served.request(update=big, headers=TOKEN)
        assert status == 413 and "2000 bytes" in body
        status, _, body, _ = served.request(body=big.encode(), content_type="application/sparql-update",
                                            headers=TOKEN)
        assert status == 413
        assert len(store) == 0
        small = "INSERT DATA { GRAPH <%sg> { <%ss> <%sp> \"1\" } }" % (EX, EX, EX)
        status, _, _, _ = served.request(update=small, headers=TOKEN)
        assert status == 204 and len(store) == 1
    finally:
        served.close()


def test_a_second_update_waits_at_most_the_time_limit_and_is_not_applied():
    store = open_store(":memory:")
    served = Served(store, Config(allow_update=True, token="s3cret", timeout=0.5))
    insert = "INSERT DATA { GRAPH <%sg> { <%ss> <%sp> \"1\" } }" % (EX, EX, EX)
    lock = served.server.endpoint._write_lock
    try:
        with lock:  # an update running in the server, as one that takes long does
            status, _, body, _ = served.request(update=insert, headers=TOKEN)
        assert status == 503 and "another update is running" in body and "not applied" in body
        assert len(store) == 0
        status, _, _, _ = served.request(update=insert, headers=TOKEN)
        assert status == 204 and len(store) == 1
        # queries are not held up by updates: they run in the workers
        with lock:
            status, _, body, _ = served.request(query="ASK { ?s ?p ?o }")
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        served.close()
