"""Real SPARQL servers for tests: started on a free loopback port, stopped by their PID.

Oxigraph (always there with the ``server`` extra) and Virtuoso 7 (when
``virtuoso-t`` is installed).  Used by the ``sparql`` backend of the shared
store suite (tests/conftest.py), by tests/test_remote_store.py,
tests/test_server.py and bench/bench_build.py ``--stores``.  Every wait is bounded;
a server that does not come up fails the test with its own output.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
START_LIMIT_S = 30.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` server binary next to this Python, or on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def wait_for(url: str, proc: subprocess.Popen, *, limit: float = START_LIMIT_S,
             expect: tuple[int, ...] = (200,)) -> None:
    """Poll ``url`` until it answers one of ``expect``; fail with the server's output if it dies."""
    deadline = time.monotonic() + limit
    last = ""
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}: {output(proc)[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status in expect:
                    return
        except urllib.error.HTTPError as exc:
            if exc.code in expect:
                return
            last = str(exc)
        except OSError as exc:
            last = str(exc)
        time.sleep(0.05)
    raise RuntimeError(f"server at {url} not ready in {limit:g}s: {last}")


def launch(cmd: list[str], **kwargs) -> subprocess.Popen:
    """Start ``cmd`` with its output going to a temporary file (never a pipe that can fill up)."""
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, **kwargs)
    proc.log = log
    return proc


def output(proc: subprocess.Popen) -> str:
    """Everything the process has written so far."""
    log = getattr(proc, "log", None)
    if log is None or log.closed:
        return ""
    log.seek(0)
    return log.read().decode("utf-8", "replace")


def stop(proc: subprocess.Popen, *, limit: float = 10.0) -> None:
    """SIGTERM, then SIGKILL after ``limit`` seconds: only this process, by its PID."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(limit)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(limit)


class OxigraphServer:
    """``oxigraph serve --location DIR --bind 127.0.0.1:PORT`` for the length of a test."""

    def __init__(self, location: Path, *, union: bool = False, read_only: bool = False):
        binary = oxigraph_binary()
        if binary is None:
            pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
        Path(location).mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        cmd = [binary, "serve-read-only" if read_only else "serve", "--location", str(location),
               "--bind", f"127.0.0.1:{self.port}"]
        if union:
            cmd.append("--union-default-graph")
        self.proc = launch(cmd)
        self.url = f"http://127.0.0.1:{self.port}"
        try:
            wait_for(self.url + "/query?" + urllib.parse.urlencode({"query": "ASK {}"}), self.proc)
        except Exception:
            self.stop()
            raise

    def stop(self) -> None:
        stop(self.proc)

    def output(self) -> str:
        return output(self.proc)


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
ServerThreads = 4
MaxClientConnections = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
"""


class VirtuosoServer:
    """A private Virtuoso 7 (``virtuoso-t -f``) in ``directory`` on free loopback ports.

    ``url`` is the store URL for the ``dba`` user (updates at ``/sparql-auth``
    with HTTP Digest, the Graph Store at ``/sparql-graph-crud-auth``).
    """

    def __init__(self, directory: Path, *, limit: float = 60.0):
        binary = shutil.which("virtuoso-t")
        if binary is None:
            pytest.skip("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource)")
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        (d / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=d, sql_port=free_port(), http_port=self.port))
        self.proc = launch([binary, "-f", "-c", str(d / "virtuoso.ini")], cwd=d)
        self.url = (f"sparql+http://dba:dba@127.0.0.1:{self.port}/sparql-auth"
                    "?gsp=/sparql-graph-crud-auth")
        try:
            wait_for(f"http://127.0.0.1:{self.port}/sparql?" + urllib.parse.urlencode({"query": "ASK {}"}),
                     self.proc, limit=limit)
        except Exception:
            self.stop()
            raise

    def stop(self) -> None:
        stop(self.proc, limit=20)

    def output(self) -> str:
        return output(self.proc)


def served_store(tmp_path: Path, **options):
    """A fresh, empty ``sparql`` store on its own Oxigraph server; closing it stops the server."""
    from kg.store.remote import RemoteStore

    server = OxigraphServer(tmp_path / "oxigraph")

    class ServedStore(RemoteStore):
        def close(self) -> None:
            super().close()
            server.stop()

    try:
        return ServedStore(server.url, **options)
    except Exception:
        server.stop()
        raise


class KgServe:
    """``python -m kg serve`` as a subprocess on a free loopback port."""

    def __init__(self, *args: str, env: dict | None = None):
        self.port = free_port()
        cmd = [sys.executable, "-m", "kg", "serve", "--port", str(self.port), *args]
        self.proc = launch(cmd, cwd=ROOT, env={**os.environ, **(env or {})})
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        try:
            wait_for(f"http://127.0.0.1:{self.port}/", self.proc)
        except Exception:
            self.stop()
            raise

    def stop(self) -> int:
        stop(self.proc)
        return self.proc.returncode

    def output(self) -> str:
        return output(self.proc)
