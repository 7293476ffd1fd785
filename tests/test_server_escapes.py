"""Human output of `kg build` and `kg stats` shows a hostile name's control characters as escapes:
an entity named by a gazetteer entry, a file name and a store path carrying
``ESC ] 0 ; PWNED BEL`` neither retitle nor clear the terminal."""

from __future__ import annotations

import os
import re

import pytest

from kg.cli import main

HOSTILE = "\u001b]0;PWNED\u0007"
SHOWN = "\\x1b]0;PWNED\\x07"
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # any control character but newline

ARTICLE = ("# A hostile headline " + HOSTILE + "\n\n"
           "Angela Merkel said on Tuesday that the talks would go on in Berlin. Merkel met the "
           "ministers in the morning. Angela Merkel said the plan was good.\n")
GAZETTEER = ('- id: hostile-merkel\n'
             '  name: "Angela \\u001b]0;PWNED\\u0007Merkel"\n'
             '  type: Person\n'
             '  aliases: [Angela Merkel, Merkel]\n')


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(store directory, stdout, stderr) of one `kg build` over a hostile folder."""
    root = tmp_path_factory.mktemp("hostile-build")
    src = root / "in"
    src.mkdir()
    (src / "article.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(src / f"pipe{HOSTILE}.txt")  # skipped with a reason that names it
    (root / "gazetteer.yaml").write_text(GAZETTEER, encoding="utf-8")
    store = root / f"store{HOSTILE}"
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "kg", "build", "--store", str(store),
                           "--gazetteer", str(root / "gazetteer.yaml"), str(src)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return store, done.stdout, done.stderr


def test_build_summary_escapes_a_hostile_entity_name(built):
    _, out, _ = built
    assert "Angela " + SHOWN + "Merkel" in out  # the name, as stored, among the most mentioned
    assert not CONTROL.search(out)


def test_build_escapes_a_hostile_file_name_it_skips(built):
    _, _, err = built
    assert "skipped" in err and "pipe" + SHOWN + ".txt" in err
    assert not CONTROL.search(err)


def test_stats_escapes_a_hostile_store_path(built, capsys):
    store, _, _ = built
    assert main(["stats", "--store", str(store)]) == 0
    out, err = capsys.readouterr()
    assert "store" + SHOWN in out and "articles    1" in out
    assert not CONTROL.search(out + err)


def test_serve_banner_and_log_escape_a_hostile_store_path_and_request(built):
    import urllib.request

    from sparql_servers import KgServe

    store, _, _ = built
    server = KgServe("--store", str(store), "--workers", "1")
    try:
        with urllib.request.urlopen(server.url + "?query=ASK%7B%7D", timeout=60) as resp:
            assert resp.status == 200
    finally:
        assert server.stop() == 0
    log = server.output()
    assert "serving " in log and "store" + SHOWN in log and "GET /sparql 200" in log
    assert not CONTROL.search(log)
