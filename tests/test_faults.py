"""Hostile inputs, a build killed halfway, and readers meeting a writer.

Every bad input gets one line saying why and loses nothing else; the exit code
says something failed.  A build killed with SIGKILL leaves every article graph
either complete or absent, and building again finishes the job.  A second
process never sees a half-written store and never waits: it reads the newest
snapshot the writer published.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg import vocab as V
from kg.store import open_store

from conftest import ARTICLES

ROOT = Path(__file__).resolve().parent.parent
P = "PREFIX schema: <http://schema.org/>\nPREFIX kg: <http://kg.example/ontology#>\n"


def kg_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout)


# -- hostile inputs -------------------------------------------------------------------

BODY = ("<p>Iraqi forces said on Monday that they had retaken the western district of Mosul "
        "from Islamic State fighters after weeks of fighting.</p>"
        "<p>The United Nations warned that thousands of civilians remained trapped in the old city.</p>")

GOOD = {"latin1.txt", "cp1252.txt", "utf16.txt", "utf8bom.txt", "dup_a.txt", "page.html",
        "r1", "r4", "c2"}


def write_hostile(d: Path) -> None:
    d.mkdir(parents=True, exist_ok=True)
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    line = b"The war went on and on in the north of the country. "
    with open(d / "big.txt", "wb") as fh:  # a 50 MB text
        chunk = line * (1_000_000 // len(line))
        while fh.tell() < 50_000_000:
            fh.write(chunk)
    nested = "<div><span>" * 2000 + "deep" + "</span></div>" * 2000
    (d / "page.html").write_text(
        "<html><head><title>Mosul retaken</title>"
        "<script>alert('pwned'); document.write('<p>INJECTED</p>')</script></head><body>"
        "<script>var SCRIPTTEXT = 1;</script><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Mosul retaken</h1>{BODY}</article>{nested}"
        "<style>.x { color: red }</style></body></html>", encoding="utf-8")
    records = [
        json.dumps({"id": "r1", "title": "One", "text": "Syrian forces advanced on Palmyra, officials said on Sunday."}),
        '{"id": "r2", "title": "Broken", "text": "no closing quote}',
        json.dumps({"id": "r3", "title": "No text"}),
        json.dumps({"id": "r4", "title": "Four", "text": "Turkish troops crossed into northern Syria, the Turkish army said."}),
    ]
    (d / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    (d / "nocol.csv").write_text("id,title,summary\nc0,Title,Something happened\n", encoding="utf-8")
    (d / "short.csv").write_text("id,title,text\nc2,Good,Kurdish fighters said they captured Raqqa.\nc3,Short\n",
                                 encoding="utf-8")
    same = "Iraq's prime minister Haider al-Abadi said the army liberated Mosul on Sunday.\n"
    (d / "dup_a.txt").write_text(same, encoding="utf-8")
    (d / "dup_b.txt").write_text(same, encoding="utf-8")
    (d / "latin1.txt").write_bytes(
        "François Hollande said France would strike Raqqa, the président added.\n".encode("latin-1"))
    (d / "cp1252.txt").write_bytes(
        "François Hollande said \u201cFrance will not give in\u201d in Paris \u2013 for 5\u20ac.\n".encode("cp1252"))
    (d / "utf16.txt").write_bytes("François Hollande said France stands with Iraq.\n".encode("utf-16"))
    (d / "utf8bom.txt").write_bytes(codecs.BOM_UTF8 + "François Hollande met Haider al-Abadi.\n".encode("utf-8"))


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """The hostile folder (and a path that does not exist) through ``kg build``."""
    base = tmp_path_factory.mktemp("hostile")
    src = base / "in"
    write_hostile(src)
    store = base / "store"
    res = kg_cli("build", str(src), str(base / "no" / "such.txt"), "--store", str(store), "-q")
    return src, store, res


def test_each_bad_input_gets_one_line_and_a_failing_exit_code(hostile_build):
    src, _, res = hostile_build
    assert res.returncode == 1, res.stderr
    lines = res.stderr.splitlines()
    # one line per problem, each naming its input and why: nothing else, no traceback
    expected = {
        "empty.txt": r"empty",
        "binary.txt": r"binary",
        "big.txt": r"too large",
        "records.jsonl:2": r"JSON",
        "records.jsonl:3": r"no text",
        "nocol.csv": r"no text column",
        "short.csv:3": r"no text",
        "such.txt": r"no such file",
    }
    for name, reason in expected.items():
        hits = [ln for ln in lines if ln.startswith("kg: ") and re.search(rf"[/\\]{re.escape(name)}: ", ln)]
        assert len(hits) == 1, (name, res.stderr)
        assert re.search(reason, hits[0].split(f"{name}: ", 1)[1], re.IGNORECASE), hits[0]
    dup = [ln for ln in lines if ln.startswith("skipped ") and "dup_b.txt" in ln]
    assert len(dup) == 1 and "duplicate of" in dup[0] and "dup_a.txt" in dup[0]
    assert len(lines) == len(expected) + 1, res.stderr
    assert "Traceback" not in res.stderr
    assert f"built {len(GOOD)}," in res.stdout and f"failed {len(expected)}" in res.stdout


def test_good_inputs_are_all_stored(hostile_build):
    _, store_dir, _ = hostile_build
    store = open_store(store_dir, read_only=True)
    try:
        ids = {r[0].value for r in store.query(P + "SELECT ?id WHERE { ?a a schema:NewsArticle ; schema:identifier ?id }")}
        graphs = [g for g in store.graph_names() if g.startswith(V.ARTICLE)]
    finally:
        store.close()
    assert ids == GOOD
    assert len(graphs) == len(GOOD)


def _article_text(store, ident: str) -> str:
    q = P + """SELECT ?t WHERE { ?a schema:identifier ?id . ?s kg:inArticle ?a ; a kg:Sentence ; schema:text ?t ;
                                 kg:index ?i } ORDER BY ?i"""
    return " ".join(r[0].value for r in store.query(q, bindings={"id": ox.Literal(ident)}).rows)


@pytest.mark.parametrize("ident,words", [
    ("latin1.txt", ["François", "président"]),
    ("cp1252.txt", ["François", "\u201cFrance will not give in\u201d", "\u2013", "5\u20ac"]),
    ("utf16.txt", ["François Hollande said France"]),
    ("utf8bom.txt", ["François Hollande met"]),
])
def test_legacy_encodings_are_read_correctly(hostile_build, ident, words):
    _, store_dir, _ = hostile_build
    store = open_store(store_dir, read_only=True)
    try:
        text = _article_text(store, ident)
        everything = "".join(q.object.value for q in store.quads(V.article_iri(ident))
                             if isinstance(q.object, ox.Literal))
    finally:
        store.close()
    for w in words:
        assert w in text, (ident, text)
    assert not re.search("[\ufffd\ufeff]|Ã.|â€", everything), everything


def test_html_scripts_styles_and_deep_nesting_never_become_text(hostile_build):
    _, store_dir, _ = hostile_build
    store = open_store(store_dir, read_only=True)
    try:
        text = _article_text(store, "page.html")
        literals = " ".join(q.object.value for q in store.quads(V.article_iri("page.html"))
                            if isinstance(q.object, ox.Literal))
    finally:
        store.close()
    assert "retaken the western district of Mosul" in text
    for bad in ("alert(", "INJECTED", "SCRIPTTEXT", "color: red", "<div", "<span", "<p>"):
        assert bad not in literals, bad


_OPENED: list[str] | None = None  # paths opened while a test listens (see _listen_to_opens)


def _audit(event: str, args: tuple) -> None:
    if _OPENED is not None and event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        _OPENED.append(os.fsdecode(args[0]))


_HOOKED = False


def _listen_to_opens() -> list[str]:
    """Start recording every file this process opens (an audit hook, installed once)."""
    global _HOOKED, _OPENED
    if not _HOOKED:
        sys.addaudithook(_audit)
        _HOOKED = True
    _OPENED = []
    return _OPENED


def test_a_too_large_file_is_refused_before_it_is_opened(tmp_path):
    """Refused by its size alone: the 50 MB file is never opened, let alone parsed."""
    global _OPENED
    from kg.ingest import read
    from kg.model import ReadError

    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(50_000_000)
    small = tmp_path / "small.txt"
    small.write_text("Iraqi forces said they retook Mosul.\n", encoding="utf-8")
    opened = _listen_to_opens()
    try:
        items = list(read([big, small]))
    finally:
        _OPENED = None
    assert isinstance(items[0], ReadError) and "too large" in items[0].reason
    assert not isinstance(items[1], ReadError)
    assert str(small) in opened  # the hook sees the files ingest opens...
    assert str(big) not in opened  # ...and it never opened the large one


# -- crash safety ---------------------------------------------------------------------------

N_ARTICLES = 40
N_READERS = 10  # articles of the reader test (it validates the store: SHACL is slow)


def paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 25]


def write_small_articles(d: Path, n: int = N_ARTICLES) -> list[Path]:
    """``n`` distinct small articles cut from the bundled ones (two paragraphs each)."""
    d.mkdir(parents=True, exist_ok=True)
    sources = [paragraphs(p) for p in sorted(ARTICLES.glob("*.txt"))]
    out = []
    for i in range(n):
        paras = sources[i % len(sources)]
        k = (i // len(sources)) % max(1, len(paras) - 1)
        body = "\n\n".join(paras[k:k + 2])
        path = d / f"dispatch-{i:02d}.txt"
        path.write_text(f"Dispatch {i}\n\n{body}\n", encoding="utf-8")
        out.append(path)
    return out


def graph_quads(store, graph: str | None = None) -> set:
    """The quads of one graph, or of every article graph (analytics are derived and timestamped)."""
    quads = {q for q in store.quads(graph) if graph or q.graph_name.value.startswith(V.ARTICLE)}
    assert not any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object))
    return quads  # no blank nodes: equal sets are equal graphs


@pytest.fixture(scope="module")
def small_articles(tmp_path_factory, nlp):
    """Forty small articles and the store of an uninterrupted build of them."""
    base = tmp_path_factory.mktemp("small")
    src = base / "in"
    write_small_articles(src)
    ref = base / "ref"
    report = kg.build([src], str(ref), nlp=nlp)
    assert report.ok and len(report.built) == N_ARTICLES, report.failed
    store = open_store(ref, read_only=True)
    try:
        graphs = {g: graph_quads(store, g) for g in store.graph_names()}
        everything = graph_quads(store)
    finally:
        store.close()
    return src, graphs, everything


def spawn_build(src: Path, store: Path):
    """``kg build`` in a terminal, so that it reports progress as it goes."""
    pexpect = pytest.importorskip("pexpect")
    return pexpect.spawn(sys.executable, ["-m", "kg", "build", str(src), "--store", str(store)],
                         cwd=str(ROOT), encoding="utf-8", timeout=180, dimensions=(24, 200))


def wait_built(child, at_least: int) -> int:
    """Wait (bounded by the child's timeout) until the build reports ``at_least`` articles built."""
    while True:
        child.expect(r"(\d+) built")
        n = int(child.match.group(1))
        if n >= at_least:
            return n


@pytest.mark.slow
def test_a_killed_build_leaves_whole_articles_and_a_rebuild_finishes(small_articles, tmp_path, nlp):
    src, ref_graphs, ref_all = small_articles
    path = tmp_path / "store"
    child = spawn_build(src, path)
    try:
        wait_built(child, N_ARTICLES // 3)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert child.signalstatus == signal.SIGKILL

    # the store opens, read-only first (as a reader would), and every article is all or nothing
    for read_only in (True, False):
        store = open_store(path, read_only=read_only)
        try:
            names = store.graph_names()
            assert N_ARTICLES // 3 <= len(names) < N_ARTICLES
            articles = [g for g in names if g != V.ENTITIES_GRAPH]
            assert V.ENTITIES_GRAPH in names and len(articles) == len(names) - 1
            for g in articles:
                assert g in ref_graphs, g
                assert graph_quads(store, g) == ref_graphs[g], g
            # the shared descriptions hold nothing an uninterrupted build lacks, and
            # every entity of a written article is described (written with its article)
            assert graph_quads(store, V.ENTITIES_GRAPH) <= ref_graphs[V.ENTITIES_GRAPH]
            undescribed = store.query(P + """SELECT ?e WHERE { ?a schema:mentions ?e .
                FILTER NOT EXISTS { GRAPH <%s> { ?e a ?t ; schema:name ?n } } }""" % V.ENTITIES_GRAPH)
            assert undescribed.rows == []
        finally:
            store.close()

    # building again completes to exactly the uninterrupted build's graph
    store = open_store(path)
    try:
        report = kg.build([src], store, nlp=nlp)
        assert report.ok, report.failed
        assert len(report.built) == N_ARTICLES - len(articles)
        assert len(report.unchanged) == len(articles)
        assert graph_quads(store) == ref_all
        assert set(store.graph_names()) == set(ref_graphs)
    finally:
        store.close()


@pytest.mark.slow
def test_readers_during_a_build_see_consistent_data(small_articles, tmp_path):
    all_src, all_graphs, _ = small_articles
    src = tmp_path / "in"
    src.mkdir()
    for f in sorted(all_src.glob("*.txt"))[:N_READERS]:
        (src / f.name).write_bytes(f.read_bytes())
    ref_graphs = {g for g in all_graphs if g.rsplit("/", 1)[-1] in {f.name for f in src.iterdir()}}
    assert len(ref_graphs) == N_READERS
    path = tmp_path / "store"
    count = P + "SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }"
    child = spawn_build(src, path)
    outcomes = []
    try:
        wait_built(child, 1)
        for _ in range(3):
            res = kg_cli("query", "--store", str(path), "--format", "csv", count, timeout=60)
            # a reader never waits for the writer: it reads the newest snapshot
            assert res.returncode == 0, res.stderr
            n = int(res.stdout.splitlines()[1])
            assert 0 <= n <= N_READERS
            outcomes.append(n)
        child.expect(r"articles \d+, built \d+")
        child.expect(pexpect_eof())
    finally:
        if child.isalive():
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert child.exitstatus == 0
    assert outcomes == sorted(outcomes)  # each reader saw as much as the one before, or more
    res = kg_cli("query", "--store", str(path), "--format", "csv", count, timeout=60)
    assert res.returncode == 0 and int(res.stdout.splitlines()[1]) == N_READERS
    store = open_store(path, read_only=True)
    try:
        from kg.validate import validate_store

        assert {g for g in store.graph_names() if g.startswith(V.ARTICLE)} == ref_graphs
        result = validate_store(store)
        assert result.conforms, result.report
    finally:
        store.close()


def pexpect_eof():
    import pexpect

    return pexpect.EOF


def test_a_writer_meeting_a_writer_is_told_busy(tmp_path):
    path = tmp_path / "store"
    holder = open_store(path)
    try:
        res = kg_cli("build", str(ARTICLES), "--store", str(path), "-q", timeout=120)
    finally:
        holder.close()
    assert res.returncode == 1
    assert re.fullmatch(r"kg: store .* is busy: .*\n", res.stderr), res.stderr
