"""The terminal side of the shell: highlighting, toolbar, paging and tee, cancelling a running statement."""

from __future__ import annotations

import _thread
import threading
from io import StringIO

import pytest

from kg.shell.output import Output, needs_pager, pager_command
from kg.shell.toolbar import toolbar_text


def styles(text: str) -> list[tuple[str, str]]:
    from prompt_toolkit.document import Document

    from kg.shell.lexer import make_lexer

    doc = Document(text)
    line = make_lexer().lex_document(doc)
    return [frag for i in range(len(doc.lines)) for frag in line(i)]


def test_sparql_is_highlighted_with_pygments():
    frags = styles('SELECT ?n WHERE { ?e schema:name "x" }')
    keyword = [t for s, t in frags if "keyword" in s.lower()]
    assert "SELECT" in keyword and "WHERE" in keyword
    assert any("variable" in s.lower() and t == "?n" for s, t in frags)
    assert any("string" in s.lower() and '"' in t for s, t in frags)


def test_meta_commands_are_highlighted_as_commands():
    frags = styles(".describe Daesh")
    assert frags[1] == ("class:pygments.keyword", ".describe")
    assert "".join(t for _, t in frags) == ".describe Daesh"


def test_toolbar():
    text = toolbar_text(location="/data/kg-store", triples=1_000_398, writable=False, fmt="vertical")
    assert "/data/kg-store" in text and "1,000,398 triples" in text and "read-only" in text and "vertical" in text


def test_pager_only_when_the_text_does_not_fit_a_terminal():
    assert not needs_pager("x\n" * 100, None)
    assert needs_pager("x\n" * 100, (80, 40))
    assert not needs_pager("x\n" * 10, (80, 40))
    assert needs_pager(("y" * 200 + "\n") * 15, (80, 40))  # wrapped lines count


def test_pager_command_follows_the_environment(monkeypatch):
    monkeypatch.setenv("PAGER", "most -s")
    monkeypatch.delenv("KG_PAGER", raising=False)
    assert pager_command() == ["most", "-s"]
    monkeypatch.setenv("KG_PAGER", "less -R")
    assert pager_command() == ["less", "-R"]


def test_output_never_pages_a_non_terminal_and_tees(tmp_path):
    screen = StringIO()
    out = Output(screen, paging=True)  # paging asked, but StringIO is no terminal
    out.start_tee(str(tmp_path / "tee.txt"))
    out.write("row\n" * 500)
    assert out.stop_tee() == str(tmp_path / "tee.txt")
    out.write("after\n")
    assert screen.getvalue() == "row\n" * 500 + "after\n"
    assert (tmp_path / "tee.txt").read_text() == "row\n" * 500
    with pytest.raises(OSError):
        out.start_tee(str(tmp_path / "no" / "such" / "dir.txt"))


def test_ctrl_c_abandons_a_running_statement(ctrl_c):
    from kg.shell.core import Cancelled, Shell
    from kg.store import open_store

    store = open_store(":memory:")
    out = StringIO()
    shell = Shell(store, out=out, interactive=True)
    release = threading.Event()
    real_query = store.query

    def slow_query(sparql, **kw):
        release.wait(10)
        return real_query(sparql, **kw)

    store.query = slow_query
    timer = threading.Timer(0.3, _thread.interrupt_main)  # what Ctrl-C does
    timer.start()
    try:
        assert shell.execute("ASK { ?s ?p ?o }") is False
    finally:
        release.set()
        timer.cancel()
    assert out.getvalue() == "cancelled\n"
    store.query = real_query
    assert shell.execute("ASK { ?s ?p ?o }") is True  # the shell goes on
    assert out.getvalue().endswith("false\n")
    with pytest.raises(Cancelled):
        threading.Timer(0.2, _thread.interrupt_main).start()
        shell.call(lambda: threading.Event().wait(5))
