"""Odd inputs: file names that map to one article, undecodable names, special files, record bombs.

Every file name gives its own article or a reported clash (never a silent
overwrite); a name that is not UTF-8 is read and shown with ``\\xNN`` escapes;
FIFOs, devices and sockets are skipped with a reason and never opened; and a
file of any number of bad records costs bounded memory.
"""

from __future__ import annotations

import gzip
import os
import socket
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

import kg
from kg import vocab as V
from kg.pipeline import EXAMPLES
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
P = "PREFIX schema: <http://schema.org/>\n"
TEXTS = {
    "a.txt": "Kurdish fighters said on Sunday that they had captured the city of Raqqa.\n",
    " a.txt": "Syrian forces advanced on Palmyra, officials in Damascus said on Monday.\n",
    "\ta.txt": "The United Nations warned that civilians remained trapped in Mosul.\n",
}


def kg_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout)


def identifiers(store) -> dict[str, str]:
    """``{identifier: text of its first sentence}`` of every article."""
    q = P + """PREFIX kg: <http://kg.example/ontology#>
    SELECT ?id ?t WHERE { ?a schema:identifier ?id . ?s kg:inArticle ?a ; a kg:Sentence ;
                          kg:index 0 ; schema:text ?t }"""
    return {r[0].value: r[1].value for r in store.query(q).rows}


def test_names_that_map_to_one_article_are_reported_never_overwritten(tmp_path, nlp):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in TEXTS.items():
        (src / name).write_text(text, encoding="utf-8")
    store = open_store(tmp_path / "store")
    try:
        report = kg.build([src], store, nlp=nlp, rank=False)
        assert len(report.built) == 1 and len(report.failed) == 2
        assert all("names the same article as" in reason for _, reason in report.failed)
        (kept,) = report.built
        before = identifiers(store)
        assert list(before) == [kept] and before[kept] in TEXTS[kept]
        # a later build of a name mapping to the stored article's IRI is refused too
        other = tmp_path / "other"
        other.mkdir()
        clash = next(n for n in TEXTS if n != kept)
        (other / clash).write_text(TEXTS[clash], encoding="utf-8")
        report = kg.build([other], store, nlp=nlp, rank=False)
        assert report.built == [] and len(report.failed) == 1
        assert "already in the store" in report.failed[0][1]
        assert identifiers(store) == before
    finally:
        store.close()


def test_a_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path):
    if sys.platform == "darwin":
        pytest.skip("macOS file systems refuse names that are not UTF-8")
    src = tmp_path / "in"
    src.mkdir()
    with open(os.path.join(os.fsencode(src), b"caf\xe9-report.txt"), "wb") as fh:
        fh.write(TEXTS["a.txt"].encode("utf-8"))
    (src / "good.txt").write_text(TEXTS[" a.txt"], encoding="utf-8")
    store = tmp_path / "store"
    res = kg_cli("build", str(src), "--store", str(store), "--no-rank", "-q")
    assert res.returncode == 0, res.stderr
    assert "built 2," in res.stdout and "failed 0" in res.stdout and "Traceback" not in res.stderr
    with open_store(store, read_only=True) as s:
        ids = set(identifiers(s))
        assert ids == {"caf\\xe9-report.txt", "good.txt"}
        assert V.article_iri("caf\\xe9-report.txt") in s.graph_names()
    again = kg_cli("build", str(src), "--store", str(store), "--no-rank", "-q")
    assert again.returncode == 0 and "unchanged 2" in again.stdout, again.stderr


def test_special_files_are_skipped_with_a_reason_and_never_opened(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(TEXTS["a.txt"], encoding="utf-8")
    os.mkfifo(src / "pipe.txt")  # opening it would wait for a writer forever
    (src / "zero.txt").symlink_to("/dev/zero")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(src / "sock.jsonl"))
    except OSError:  # a path too long for a socket address
        pass
    store = tmp_path / "store"
    try:
        res = kg_cli("build", str(src), "--store", str(store), "--no-rank", "-q", timeout=300)
        named = kg_cli("build", str(src / "pipe.txt"), "--store", str(store), "--no-rank", "-q",
                       timeout=300)
    finally:
        sock.close()
    assert res.returncode == 0, res.stderr
    assert "built 1," in res.stdout and "failed 0" in res.stdout
    lines = res.stderr.splitlines()
    assert f"skipped {src / 'pipe.txt'}: a FIFO, not a regular file" in lines
    assert f"skipped {src / 'zero.txt'}: a character device, not a regular file" in lines
    if (src / "sock.jsonl").exists():
        assert f"skipped {src / 'sock.jsonl'}: a socket, not a regular file" in lines
    assert named.returncode == 0 and "skipped 1" in named.stdout, named.stderr


def _bad_records(path: Path, n: int) -> Path:
    with gzip.open(path, "wb") as fh:
        fh.write(b"{}\n" * n)
    return path


def _peak(path: Path) -> tuple[int, object]:
    store = open_store(":memory:")
    tracemalloc.start()
    try:
        report = kg.build([path], store, rank=False)
        return tracemalloc.get_traced_memory()[1], report
    finally:
        tracemalloc.stop()
        store.close()


def test_any_number_of_bad_records_costs_bounded_memory(tmp_path):
    few = _bad_records(tmp_path / "few.jsonl.gz", 20_000)
    many = _bad_records(tmp_path / "many.jsonl.gz", 80_000)
    assert many.stat().st_size < 1000  # a few hundred bytes that unpack to 80,000 records
    peak_few, report_few = _peak(few)
    peak_many, report = _peak(many)
    assert len(report.failed) == 80_000 and len(report_few.failed) == 20_000
    assert len(list(report.failed)) == EXAMPLES and report.failed.left_out == 80_000 - EXAMPLES
    assert report.failed[0] == (f"{many}:1", "record many.jsonl.gz:1 has no text")
    assert "failed 80000" in report.summary()
    # kept whole, 60,000 more failures would take some 12 MB more
    assert peak_many - peak_few < 2_000_000, (peak_few, peak_many)


def test_the_command_lists_the_first_failures_and_counts_the_rest(tmp_path):
    bad = _bad_records(tmp_path / "bad.jsonl.gz", EXAMPLES + 5)
    res = kg_cli("build", str(bad), "--store", str(tmp_path / "store"), "-q")
    assert res.returncode == 1
    lines = res.stderr.splitlines()
    assert len(lines) == EXAMPLES + 1 and lines[-1] == "kg: 5 more failed inputs not listed"
    assert f"failed {EXAMPLES + 5}" in res.stdout
