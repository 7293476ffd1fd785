"""HTTP SPARQL endpoints compared: ``kg serve`` (Python, policies on) against Oxigraph's server.

Three engines serve the same store read-only on loopback, one at a time:
``kg serve`` (Python HTTP over embedded pyoxigraph, every policy on),
``oxigraph serve-read-only`` (Rust, no policies), and a bare Python proxy in
front of that Oxigraph server (no policies either: the least a Python layer
wrapping Oxigraph would cost).  The same
queries go to each over keep-alive connections from ``--clients`` threads, a
bounded ``--requests`` per query.  Prints requests/s, median and 95th
percentile latency per query and engine, the ratio, and whether both answered
the same number of rows.  No assertion: the figures are for reading.

    python bench/bench_server.py                          # synthetic store of 200k quads
    python bench/bench_server.py --store kg-store --requests 200 --clients 2
    python bench/bench_server.py --query ask --engine "kg serve"   # one query, one engine
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import CACHE, ROOT  # noqa: E402

P = "PREFIX schema: <http://schema.org/>\nPREFIX kg: <http://kg.example/ontology#>\n"

#: (name, query, Accept)
QUERIES = [
    ("ask", "ASK { ?a a <http://schema.org/NewsArticle> }", "application/sparql-results+json"),
    ("10 headlines", P + "SELECT ?a ?h WHERE { ?a a schema:NewsArticle ; schema:headline ?h } LIMIT 10",
     "application/sparql-results+json"),
    ("claims of top speaker", P + """SELECT ?c ?text ?a WHERE {
  { SELECT ?e WHERE { ?c0 a schema:Claim ; schema:author ?e } GROUP BY ?e ORDER BY DESC(COUNT(?c0)) ?e LIMIT 1 }
  ?c a schema:Claim ; schema:author ?e ; schema:text ?text ; schema:appearance ?a }
ORDER BY ?c LIMIT 50""", "application/sparql-results+json"),
    ("top 10 mentioned", P + """SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?m kg:mentionOf ?e ; kg:inArticle ?a }
GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 10""", "text/csv"),
    ("1000 rows", P + "SELECT ?s ?o WHERE { ?s schema:name ?o } LIMIT 1000", "application/sparql-results+json"),
    ("construct article", P + """CONSTRUCT { ?a ?p ?o } WHERE {
  { SELECT ?a WHERE { ?a a schema:NewsArticle } ORDER BY ?a LIMIT 1 } ?a ?p ?o }""", "application/n-triples"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(port: int, path: str, proc: subprocess.Popen, *, limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("POST", path, body=b"query=ASK%20%7B%7D",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
            if conn.getresponse().status == 200:
                conn.close()
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("server did not start in time")


PROXY = r"""
import http.client, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
port, upstream = int(sys.argv[1]), int(sys.argv[2])
local = threading.local()
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        conn = getattr(local, "conn", None) or http.client.HTTPConnection("127.0.0.1", upstream)
        local.conn = conn
        conn.request("POST", "/query", body=body, headers={
            "Content-Type": self.headers["Content-Type"], "Accept": self.headers.get("Accept", "*/*")})
        r = conn.getresponse(); data = r.read()
        self.send_response(r.status)
        self.send_header("Content-Type", r.getheader("Content-Type", ""))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers(); self.wfile.write(data)
    do_GET = do_POST
    def log_message(self, *a): pass
ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
"""


class _Pair:
    """Two processes stopped together (the proxy and its Oxigraph server)."""

    def __init__(self, front: subprocess.Popen, back: subprocess.Popen):
        self.front, self.back = front, back

    def poll(self):
        return self.front.poll() if self.front.poll() is not None else self.back.poll()

    @property
    def returncode(self):
        return self.front.returncode

    def stop(self) -> None:
        stop(self.front)
        stop(self.back)


def start(engine: str, store: Path) -> tuple[subprocess.Popen, int, str]:
    if engine == "python proxy → oxigraph":
        back, back_port, _ = start("oxigraph serve-read-only", store)
        port = free_port()
        front = subprocess.Popen([sys.executable, "-c", PROXY, str(port), str(back_port)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pair = _Pair(front, back)
        try:
            wait_ready(port, "/query", pair)
        except Exception:
            pair.stop()
            raise
        return pair, port, "/query"
    port = free_port()
    if engine == "kg serve":
        cmd = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port),
               "--quiet", "--max-rows", "0", "--timeout", "120"]
        path = "/sparql"
    else:
        cmd = ["oxigraph", "serve-read-only", "--location", str(store), "--bind",
               f"127.0.0.1:{port}", "--union-default-graph"]
        path = "/query"
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_ready(port, path, proc)
    except Exception:
        stop(proc)
        raise
    return proc, port, path


def stop(proc) -> None:
    if isinstance(proc, _Pair):
        proc.stop()
        return
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def count(body: bytes, accept: str) -> int:
    if accept.endswith("json"):
        doc = json.loads(body)
        return len(doc["results"]["bindings"]) if "results" in doc else 1
    lines = [line for line in body.decode("utf-8").splitlines() if line.strip()]
    return len(lines) - 1 if accept == "text/csv" else len(lines)


def load(port: int, path: str, query: str, accept: str, *, requests: int, clients: int):
    """Latencies (s) of ``requests`` POSTs from ``clients`` threads, wall seconds, rows of one answer."""
    body = urllib.parse.urlencode({"query": query}).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
    latencies: list[float] = []
    rows: list[int] = []
    errors: list[str] = []
    todo = iter(range(requests))
    lock = threading.Lock()

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while True:
            with lock:
                if next(todo, None) is None:
                    break
            t0 = time.perf_counter()
            conn.request("POST", path, body=body, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
            dt = time.perf_counter() - t0
            with lock:
                latencies.append(dt)
                if resp.status != 200:
                    errors.append(f"{resp.status} {data[:200]!r}")
                elif not rows:
                    rows.append(count(data, accept))
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    if errors:
        raise RuntimeError(f"{len(errors)} failed requests, first: {errors[0]}")
    return latencies, wall, rows[0] if rows else -1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--store", type=Path, help="a kg store directory (default: synthetic)")
    p.add_argument("--synth-triples", type=int, default=200_000)
    p.add_argument("--requests", type=int, default=300, help="requests per query and engine")
    p.add_argument("--clients", type=int, default=4, help="concurrent client connections")
    p.add_argument("--query", action="append", default=[], metavar="NAME",
                   help="only this query (repeatable): " + ", ".join(n for n, _, _ in QUERIES))
    p.add_argument("--engine", action="append", default=[], metavar="NAME",
                   help="only this engine (repeatable; the ratio needs the first two)")
    args = p.parse_args(argv)
    queries = [q for q in QUERIES if not args.query or q[0] in args.query]

    if args.store:
        store = args.store
    else:
        from bench.synth import ensure

        store = ensure(CACHE / f"synth-{args.synth_triples}-s0", args.synth_triples) / "store"
    print(f"store {store}; {args.requests} requests per query, {args.clients} clients, "
          f"{os.cpu_count()} CPUs")
    engines = tuple(e for e in ("kg serve", "oxigraph serve-read-only", "python proxy → oxigraph")
                    if not args.engine or e in args.engine)
    results: dict[tuple[str, str], tuple[float, float, float, int]] = {}
    for engine in engines:
        proc, port, path = start(engine, store)
        try:
            for name, query, accept in queries:
                load(port, path, query, accept, requests=min(20, args.requests), clients=1)  # warm up
                lat, wall, rows = load(port, path, query, accept, requests=args.requests,
                                       clients=args.clients)
                lat.sort()
                results[(engine, name)] = (len(lat) / wall, statistics.median(lat) * 1000,
                                           lat[int(0.95 * (len(lat) - 1))] * 1000, rows)
        finally:
            stop(proc)

    head = f"{'query':24} {'engine':26} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'rows':>6}"
    print(head)
    print("-" * len(head))
    for name, _, _ in queries:
        for engine in engines:
            rps, p50, p95, rows = results[(engine, name)]
            print(f"{name:24} {engine:26} {rps:8.0f} {p50:8.2f} {p95:8.2f} {rows:6}")
        if len(engines) < 2:
            continue
        a, b = results[(engines[0], name)], results[(engines[1], name)]
        rows = {results[(e, name)][3] for e in engines}
        same = "same rows" if len(rows) == 1 else f"ROWS DIFFER {sorted(rows)}"
        print(f"{'':24} {'kg serve / oxigraph':26} {a[0] / b[0]:7.2f}× {a[1] / b[1]:7.2f}× "
              f"{a[2] / b[2]:7.2f}× {same}")
    total = [sum(results[(e, n)][0] ** -1 for n, _, _ in queries) for e in engines]
    print("\nmean time per request over all queries (1 / req/s, averaged):")
    for engine, t in zip(engines, total):
        ratio = f"  ({t / total[1]:.2f}× oxigraph)" if len(total) > 1 else ""
        print(f"  {engine:26} {t / len(queries) * 1000:8.2f} ms{ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
