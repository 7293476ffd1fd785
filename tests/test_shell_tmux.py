"""`kg shell` in a real terminal: a detached tmux session driven with send-keys, read with capture-pane."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None,
                                reason="tmux is not installed (apt-get install -y tmux to run this test)")


class Tmux:
    def __init__(self, name: str):
        self.name = name

    def run(self, *args: str) -> str:
        return subprocess.run(["tmux", *args], capture_output=True, text=True, timeout=10).stdout

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.run("send-keys", "-t", self.name, *(["-l"] if literal else []), *keys)

    def type(self, text: str) -> None:
        self.keys(text, literal=True)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-J", "-t", self.name, "-S", "-200")

    def wait(self, predicate, what: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            text = self.screen()
            if predicate(text):
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; screen:\n{text}")
            time.sleep(0.1)

    def wait_for(self, needle: str, timeout: float = 20.0) -> str:
        return self.wait(lambda text: needle in text, repr(needle), timeout)


@pytest.fixture
def store_dir(demo_store_dir, tmp_path):
    path = tmp_path / "store"
    shutil.copytree(demo_store_dir, path)
    (path / "kg.lock").unlink(missing_ok=True)
    return path


def test_shell_in_a_real_terminal(store_dir, tmp_path):
    rc_file = tmp_path / "rc"
    env = (f"KG_HISTORY={shlex.quote(str(tmp_path / 'history'))} "
           f"KG_QUERY_DIR={shlex.quote(str(tmp_path / 'queries'))} PAGER='less -SRFX' TERM=xterm-256color")
    cmd = (f"cd {shlex.quote(str(ROOT))} && env {env} {shlex.quote(sys.executable)} -m kg shell "
           f"--store {shlex.quote(str(store_dir))}; echo $? > {shlex.quote(str(rc_file))}")
    t = Tmux(f"kg-shell-test-{os.getpid()}")
    t.run("new-session", "-d", "-s", t.name, "-x", "160", "-y", "45", cmd)
    try:
        t.wait_for("kg> ")
        t.wait_for("triples | read-write")  # the bottom toolbar, once the catalog is loaded

        t.type("SELECT ?name WHERE { ?e a schema:Person ; schema:name ?name } ORDER BY ?name LIMIT 3")
        t.keys("Enter")
        t.wait_for("(3 rows)")

        t.type("SELECT * WHERE { ?s ?p }")
        t.keys("Enter")
        screen = t.wait_for("error: ")
        assert "(line 1, column 25)" in screen
        assert "SELECT * WHERE { ?s ?p }\n" + " " * 24 + "^" in screen

        t.type(".describe Daesh")
        t.keys("Enter")
        t.wait_for("(ent:isis)")

        def prompt_back(s: str) -> bool:
            return s.rfind("kg>") > s.rfind("(ent:isis)")

        def paged(s: str) -> bool:
            last = [line for line in s.splitlines() if line.strip()][-1].strip()
            return last in (":", "(END)") or last.startswith("lines ")

        screen = t.wait(lambda s: prompt_back(s) or paged(s), "the pager or the prompt")
        if not prompt_back(screen):  # longer than the window: it went through the pager
            t.keys("q")
        t.wait(prompt_back, "the prompt after .describe")

        # Ctrl-C abandons a long query and the shell goes on
        t.type("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        t.keys("Enter")
        time.sleep(0.5)
        t.keys("C-c")
        t.wait_for("cancelled")
        t.type("ASK { ?s a schema:Claim }")
        t.keys("Enter")
        t.wait_for("\ntrue\n")

        t.type("SELECT * WHERE { ?p a schema:Pers")
        t.wait_for("schema:Person")  # the completion menu (complete while typing)
        t.keys("Tab")
        t.wait_for("?p a schema:Person")  # accepted into the line
        t.keys("C-c")

        t.type(".quit")
        t.keys("Enter")
        deadline = time.monotonic() + 15
        while not rc_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert rc_file.read_text().strip() == "0"
    finally:
        t.run("kill-session", "-t", t.name)
    history = (tmp_path / "history").read_text(encoding="utf-8")
    assert "+.describe Daesh" in history
