"""``kg serve`` under attack: each test replays one attack that once worked, and checks it no longer does.

SSRF through SERVICE and LOAD, memory bombs, queries that never end, a
megabyte of odd text, 200 clients at once, DNS rebinding, cross-site
requests, ambiguous framing, hang-ups and terminal escapes in the log.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import urllib.parse

import pyoxigraph as ox
import pytest

from kg.query_runner import Job, QueryRunner, Source, query_stoppably
from kg.server import Config, make_server
from kg.sparql_parse import inspect
from kg.store import open_store
from kg.store.base import QueryError

EX = "http://example.org/"
XSD_INT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
SSRF = "SELECT (2<'>' AS ?c) ?x WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?x ?y ?z }} }} #'"
CROSS3 = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def disk_store(path, n: int):
    """A store directory of ``n`` subjects with one integer each, opened read-only."""
    store = open_store(path)
    g = EX + "g"
    store.replace_graph(g, [ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "p"),
                                    ox.Literal(str(i), datatype=XSD_INT), ox.NamedNode(g))
                            for i in range(n)])
    store.close()
    return open_store(path, read_only=True)


class Listener:
    """A TCP listener on loopback that records whether anyone connected."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]

    def contacted(self) -> bool:
        try:
            conn, _ = self.sock.accept()
        except (socket.timeout, BlockingIOError):
            return False
        conn.close()
        return True

    def close(self) -> None:
        self.sock.close()


class Served:
    def __init__(self, store, config: Config = Config(), *, log: bool = False):
        self.store = store
        self.server = make_server(store, host="127.0.0.1", port=0, config=config, log=log)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def runner(self) -> QueryRunner:
        return self.server.endpoint.runner

    def raw(self, data: bytes, *, timeout: float = 60) -> bytes:
        """The whole answer to raw request bytes (the connection is closed by the server or us)."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as s:
            s.sendall(data)
            s.shutdown(socket.SHUT_WR)
            chunks = []
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        return b"".join(chunks)

    def post(self, query: str | None = None, *, update: str | None = None, headers: dict | None = None,
             timeout: float = 120) -> tuple[int, str]:
        import http.client

        fields = {"query": query} if update is None else {"update": update}
        body = urllib.parse.urlencode(fields).encode()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("POST", "/sparql", body=body, headers={
                "Content-Type": "application/x-www-form-urlencoded", **(headers or {})})
            resp = conn.getresponse()
            return resp.status, resp.read().decode("utf-8")
        finally:
            conn.close()

    def get(self, path: str, headers: dict) -> tuple[int, str]:
        import http.client

        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
            return resp.status, resp.read().decode("utf-8")
        finally:
            conn.close()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(10)


@pytest.fixture
def small(tmp_path):
    store = disk_store(tmp_path / "store", 300)
    served = Served(store, Config(timeout=20, workers=2))
    yield served
    served.close()
    store.close()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead for our purpose
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return True


# -- SSRF ------------------------------------------------------------------------

def test_service_hidden_from_a_tokenizer_is_refused_and_nothing_is_fetched(small):
    listener = Listener()
    try:
        status, body = small.post(SSRF.format(port=listener.port))
        assert status == 400 and "SERVICE" in body
        for q in (f"ASK {{ FILTER EXISTS {{ SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }} }}",
                  f"SELECT * {{ {{ SELECT ?s {{ SERVICE SILENT <http://127.0.0.1:{listener.port}/> "
                  f"{{ ?s ?p ?o }} }} }} }}",
                  f"SELECT * {{ ?s ?p ?o OPTIONAL {{ SERVICE ?where {{ ?s ?q ?r }} }} "
                  f"VALUES ?where {{ <http://127.0.0.1:{listener.port}/> }} }}"):
            status, body = small.post(q)
            assert status == 400 and "SERVICE" in body, q
        assert not listener.contacted()
    finally:
        listener.close()


def test_updates_that_reach_out_are_refused_and_nothing_is_fetched(tmp_path):
    disk_store(tmp_path / "store", 10).close()
    store = open_store(tmp_path / "store")
    served = Served(store, Config(allow_update=True, token="t0k", workers=1))
    listener = Listener()
    auth = {"Authorization": "Bearer t0k"}
    try:
        url = f"http://127.0.0.1:{listener.port}/x"
        for update in (f"LOAD <{url}>", f"LOAD SILENT <{url}> INTO GRAPH <{EX}g2>",
                       f"INSERT {{ GRAPH <{EX}g> {{ ?x ?y ?z }} }} WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }}",
                       "INSERT DATA { <a:b> <a:c> '>' } ; " + SSRF.format(port=listener.port)):
            status, body = served.post(update=update, headers=auth)
            assert status == 400, (update, body)
        assert not listener.contacted()
        assert len(store) == 10
        # a plain update still works, and the workers see it
        status, _ = served.post(update=f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}new> <{EX}p> 1 }} }}",
                                headers=auth)
        assert status == 204
        status, body = served.post(f"ASK {{ <{EX}new> ?p ?o }}")
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        listener.close()
        served.close()
        store.close()


def test_workers_cannot_open_network_sockets_even_when_asked(tmp_path):
    """Defence in depth: a SERVICE the parser did not see still reaches nobody."""
    disk_store(tmp_path / "store", 3).close()
    listener = Listener()
    with QueryRunner(Source("oxigraph", str(tmp_path / "store")), workers=1) as runner:
        assert runner.wait_ready()
        if runner.network_denied is False:
            pytest.skip("seccomp is not available here")
        q = f"SELECT * {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}"
        reply = runner.run(Job(q, inspect=False), timeout=30)  # the check skipped on purpose
        assert reply[0] == "query_error"
        assert not listener.contacted()
        reply = runner.run(Job("ASK { ?s ?p ?o }", inspect=False), timeout=30)
        assert reply[0] == "result" and reply[2].boolean is True
    listener.close()


@pytest.mark.parametrize("query,service", [
    ("SELECT * { ?s ?p 'SERVICE <http://e/s> { ?a ?b ?c }' }", False),
    ('SELECT * { ?s ?p """multi\nline SERVICE { }""" }', False),
    ("SELECT * { ?s <http://e/SERVICE> ?o } # SERVICE <http://e/s> { }", False),
    ("PREFIX service: <http://e/> SELECT * { ?s service:SERVICE ?service }", False),
    ("SELECT * { ?s ?p ?o FILTER(?o = 'x'@service) }", False),
    ("SELECT (2<'>' AS ?c) ?s { SERVICE <http://e/s> { ?s ?p ?o } } #'", True),
    ("SELECT * { ?s ?p ?o MINUS { SERVICE <http://e/s> { ?s ?q ?r } } }", True),
    ("ASK { FILTER NOT EXISTS { SERVICE ?endpoint { ?s ?p ?o } } }", True),
    ("CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://e/s> { ?s ?p ?o } }", True),
])
def test_the_parser_finds_service_where_it_is_and_nowhere_else(query, service):
    assert inspect(query).service is service


def test_an_update_sent_as_a_query_is_recognized():
    assert inspect("PREFIX x: <http://x/> DROP ALL").form == "update"
    assert inspect("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }").form == "update"
    with pytest.raises(QueryError) as err:
        inspect("SELECT ?x\nWHERE {\n  ?x ?y }")
    assert err.value.line == 3 and err.value.column


# -- work that must stop ----------------------------------------------------------

def test_a_memory_bomb_is_stopped_at_the_cap_with_a_clear_error(tmp_path):
    store = disk_store(tmp_path / "store", 300)
    served = Served(store, Config(timeout=120, workers=1, memory=256 << 20))
    try:
        binds = " ".join(f"BIND(CONCAT(?s{i},?s{i}) AS ?s{i + 1})" for i in range(27))
        bomb = f'SELECT (STRLEN(?s27) AS ?n) {{ BIND("0123456789abcdef" AS ?s0) {binds} }}'
        pid = served.runner.pids()[0]
        status, body = served.post(bomb)
        assert status == 500 and "256 MiB of memory" in body
        assert not alive(pid)
        # ORDER BY over a cross product: the sort grows until the cap stops it
        status, body = served.post("SELECT * { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z } ORDER BY ?x ?y ?z")
        assert status == 500 and "MiB of memory" in body
        status, body = served.post("ASK { ?s ?p ?o }")
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        served.close()
        store.close()


def test_queries_past_the_time_limit_free_their_cpu_and_the_server_recovers(tmp_path):
    store = disk_store(tmp_path / "store", 300)
    served = Served(store, Config(timeout=1, workers=2))
    try:
        before = served.runner.pids()
        answers: list[int] = []
        clients = [threading.Thread(target=lambda: answers.append(served.post(CROSS3)[0]))
                   for _ in range(4)]
        for c in clients:
            c.start()
        for c in clients:
            c.join()
        assert sorted(answers) == [503] * 4  # timed out, or no worker free in time
        assert not any(alive(pid) for pid in before)  # killed, not left running
        assert served.runner.wait_ready()
        status, body = served.post("ASK { ?s ?p ?o }")
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        served.close()
        store.close()


def test_a_client_that_hangs_up_has_its_query_stopped(small):
    pid = small.runner.pids()
    with socket.create_connection(("127.0.0.1", small.port)) as s:
        body = urllib.parse.urlencode({"query": CROSS3}).encode()
        s.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                  b"application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
        time.sleep(0.5)
    deadline = time.monotonic() + 15
    while any(alive(p) for p in pid) and set(small.runner.pids()) == set(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert set(small.runner.pids()) != set(pid)  # the busy worker was replaced


def test_a_megabyte_of_odd_text_is_answered_and_a_larger_body_refused(small):
    status, body = small.post("a." * 500_000)
    assert status in (400, 503), body
    status, _ = small.post("ASK {}")
    assert status == 200
    answer = small.raw(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                       b"application/sparql-query\r\nContent-Length: 3000000\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 413")


def test_shell_ctrl_c_kills_the_query(tmp_path, ctrl_c):
    import _thread

    store = disk_store(tmp_path / "store", 300)
    try:
        query_stoppably(store, "ASK { ?s ?p ?o }")  # starts the worker
        from kg.query_runner import _stoppable

        runner = _stoppable[store.location]
        pid = runner.pids()[0]
        timer = threading.Timer(0.5, _thread.interrupt_main)
        timer.start()
        with pytest.raises(KeyboardInterrupt):
            query_stoppably(store, CROSS3)
        assert not alive(pid)
        assert query_stoppably(store, "ASK { ?s ?p ?o }").boolean is True
        runner.close()
        _stoppable.pop(store.location, None)
    finally:
        store.close()


# -- many clients ------------------------------------------------------------------

def test_200_concurrent_clients_are_all_answered(small):
    results: list[int] = []
    lock = threading.Lock()
    start = threading.Event()

    def client():
        start.wait()
        try:
            status, _ = small.post("ASK { ?s ?p ?o }", timeout=120)
        except OSError as exc:
            status = type(exc).__name__
        with lock:
            results.append(status)

    threads = [threading.Thread(target=client) for _ in range(200)]
    for t in threads:
        t.start()
    start.set()
    for t in threads:
        t.join()
    assert results == [200] * 200


# -- browsers ------------------------------------------------------------------------

def test_foreign_host_names_are_refused(small):
    q = "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
    for host in ("127.0.0.1", f"127.0.0.1:{small.port}", "localhost", f"[::1]:{small.port}"):
        assert small.get(q, {"Host": host})[0] == 200, host
    for host in ("attacker.example", f"attacker.example:{small.port}", "localhost.attacker.example"):
        status, body = small.get(q, {"Host": host})
        assert status == 421 and "--allow-host" in body, host
    assert small.get("/", {"Host": "attacker.example"})[0] == 421


def test_allow_host_adds_a_name(tmp_path):
    store = disk_store(tmp_path / "store", 3)
    served = Served(store, Config(workers=1, hosts=("kg.lan",)))
    try:
        q = "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
        assert served.get(q, {"Host": "kg.lan:7878"})[0] == 200
        assert served.get(q, {"Host": "other.lan"})[0] == 421
    finally:
        served.close()
        store.close()


def test_cross_site_requests_are_refused(small):
    q = "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
    status, body = small.get(q, {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors"})
    assert status == 403 and "cross-site" in body
    status, _ = small.post("ASK {}", headers={"Origin": "https://attacker.example"})
    assert status == 403  # a form POST from another site
    assert small.post("ASK {}", headers={"Origin": "null"})[0] == 403
    # the same site, and a user following a link to the page, are fine
    assert small.post("ASK {}", headers={"Origin": f"http://127.0.0.1:{small.port}",
                                         "Sec-Fetch-Site": "same-origin"})[0] == 200
    assert small.get("/", {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"})[0] == 200


@pytest.mark.parametrize("framing,status", [
    (b"Content-Length: 16\r\nContent-Length: 16\r\n", b"400"),
    (b"Content-Length: 16\r\nContent-Length: 5\r\n", b"400"),
    (b"Content-Length: 16\r\nTransfer-Encoding: chunked\r\n", b"400"),
    (b"Transfer-Encoding: chunked\r\n", b"411"),
    (b"Content-Length: +16\r\n", b"400"),
])
def test_ambiguous_framing_is_refused(small, framing, status):
    answer = small.raw(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                       b"application/sparql-query\r\n" + framing + b"\r\nASK { ?s ?p ?o }")
    assert answer.startswith(b"HTTP/1.1 " + status), answer[:100]
    assert answer.count(b"HTTP/1.1 ") == 1  # nothing after it is read as another request


def test_hang_ups_and_escapes_are_one_log_line_each(tmp_path, capfd):
    store = disk_store(tmp_path / "store", 300)
    served = Served(store, Config(timeout=20, workers=1), log=True)
    try:
        for _ in range(3):  # gone while the answer is computed
            with socket.create_connection(("127.0.0.1", served.port)) as s:
                body = urllib.parse.urlencode({"query": CROSS3}).encode()
                s.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                          b"application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\n%s"
                          % (len(body), body))
                time.sleep(0.3)
            served.runner.wait_ready()
        with socket.create_connection(("127.0.0.1", served.port)) as s:  # gone mid-body
            s.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nASK")
        served.raw(b"GET /\x1b]0;PWNED\x07\x1b[2J HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        time.sleep(1.0)
    finally:
        served.close()
        store.close()
    err = capfd.readouterr().err
    assert "Traceback" not in err
    assert err.count("client went away") >= 3
    assert "\x1b" not in err and "\x07" not in err and "\\x1b]0;PWNED\\x07" in err


# -- fresh data ------------------------------------------------------------------------

def test_workers_see_what_a_writer_commits(tmp_path):
    """Workers read the newest snapshot the writer published (it publishes on flush, on close,
    and every few seconds while it writes) and move to a newer one before a query."""
    disk_store(tmp_path / "store", 3).close()
    q = f"SELECT (COUNT(*) AS ?n) {{ ?s <{EX}p> ?o }}"
    with QueryRunner(Source("oxigraph", str(tmp_path / "store")), workers=1) as runner:
        reply = runner.run(Job(q, inspect=False), timeout=30)
        assert reply[2].rows[0][0].value == "3"
        writer = open_store(tmp_path / "store")
        try:
            writer.replace_graph(EX + "g2", [ox.Quad(ox.NamedNode(f"{EX}t{i}"), ox.NamedNode(EX + "p"),
                                                     ox.Literal("x"), ox.NamedNode(EX + "g2"))
                                             for i in range(4)])
            writer.flush()
            reply = runner.run(Job(q, inspect=False), timeout=30)
            assert reply[2].rows[0][0].value == "7"
            writer.remove_graph(EX + "g")
            writer.flush()
            reply = runner.run(Job(q, inspect=False), timeout=30)
            assert reply[2].rows[0][0].value == "4"
        finally:
            writer.close()


def test_kg_serve_options_for_hosts_memory_and_workers(tmp_path):
    import http.client

    from sparql_servers import KgServe

    disk_store(tmp_path / "store", 300).close()
    server = KgServe("--store", str(tmp_path / "store"), "--allow-host", "kg.lan", "--max-memory", "128",
                     "--workers", "1", "--timeout", "60")
    try:
        def ask(host: str, query: str) -> tuple[int, str]:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120)
            try:
                conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}),
                             headers={"Host": host})
                resp = conn.getresponse()
                return resp.status, resp.read().decode("utf-8")
            finally:
                conn.close()

        assert ask("kg.lan", "ASK {}")[0] == 200
        assert ask("other.lan", "ASK {}")[0] == 421
        binds = " ".join(f"BIND(CONCAT(?s{i},?s{i}) AS ?s{i + 1})" for i in range(27))
        status, body = ask("localhost", f'SELECT (STRLEN(?s27) AS ?n) {{ BIND("0123456789abcdef" AS ?s0) {binds} }}')
        assert status == 500 and "128 MiB" in body
    finally:
        server.stop()
    log = server.output()
    assert "1 query worker;" in log
    assert "Traceback" not in log and "memory allocation" not in log


def test_over_a_remote_store_the_parser_still_decides(tmp_path):
    """Workers that cannot open the store (another SPARQL server) still parse every query."""
    from sparql_servers import served_store

    store = served_store(tmp_path)
    store.update(f'INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}a> <{EX}p> "x" }} }}')
    served = Served(store, Config(timeout=30, workers=1))
    listener = Listener()
    try:
        assert served.runner.source.kind == "none"
        status, body = served.post(SSRF.format(port=listener.port))
        assert status == 400 and "SERVICE" in body
        assert served.post("DROP ALL")[0] == 403
        status, body = served.post(f"SELECT ?o {{ <{EX}a> <{EX}p> ?o }}")
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["o"]["value"] == "x"
        assert not listener.contacted()
    finally:
        listener.close()
        served.close()
        store.close()
