"""Whole shell sessions: keys through prompt_toolkit's pipe input, and `kg shell -e` / stdin scripts."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest

from kg import vocab as V

ROOT = Path(__file__).resolve().parent.parent
P = V.sparql_prefixes()
ENTER, ESC_ENTER, CTRL_C, CTRL_D = "\r", "\x1b\r", "\x03", "\x04"

ARTICLE = """Ceasefire talks resume in Geneva

By Jane Example

Example Wire, March 3, 2020

Negotiators from the Syrian government and the opposition met in Geneva on Tuesday.
"We are ready to discuss a lasting ceasefire," said Staffan de Mistura, the United Nations envoy.
Officials in Damascus said the talks would continue next week.
"""


@pytest.fixture(scope="module")
def store_dir(demo_store_dir, tmp_path_factory):
    """A private copy of the demo store (the shell opens it writable)."""
    path = tmp_path_factory.mktemp("shell") / "store"
    shutil.copytree(demo_store_dir, path)
    (path / "kg.lock").unlink(missing_ok=True)
    return path


@pytest.fixture
def shell_env(store_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_QUERY_DIR", str(tmp_path / "queries"))
    monkeypatch.setenv("KG_HISTORY", str(tmp_path / "history"))
    return store_dir


def session(store_dir, *keys: str, read_only: bool = False, history=None, nlp=None, **kw) -> tuple[int, str, object]:
    """Type ``keys`` into an interactive shell on ``store_dir``; returns (status, output, shell)."""
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from kg.shell.app import run_interactive
    from kg.shell.core import Shell
    from kg.store import open_store

    store = open_store(store_dir, read_only=read_only)
    out = StringIO()
    shell = Shell(store, out=out, interactive=True, **kw)
    shell.nlp = nlp
    try:
        with create_pipe_input() as inp:
            inp.send_text("".join(keys))
            rc = run_interactive(shell, input=inp, output=DummyOutput(), history=history, quiet=True)
    finally:
        shell.close()
        store.close()
    return rc, out.getvalue(), shell


def alias_pair(store_dir) -> tuple[str, str, str]:
    """(alias, entity IRI, canonical name) for an alias naming only one entity."""
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    try:
        row = store.query(P + """SELECT ?alias ?e (MIN(?n) AS ?name) WHERE {
            ?e schema:alternateName ?alias ; schema:name ?n .
            FILTER NOT EXISTS { ?e schema:name ?same FILTER(LCASE(STR(?same)) = LCASE(STR(?alias))) }
            FILTER NOT EXISTS { ?o schema:name|schema:alternateName ?x
                                FILTER(?o != ?e && LCASE(STR(?x)) = LCASE(STR(?alias))) }
        } GROUP BY ?alias ?e ORDER BY ?e ?alias LIMIT 1""").rows[0]
    finally:
        store.close()
    return row[0].value, row[1].value, row[2].value


# -- interactive sessions ----------------------------------------------------------------

def test_a_session(shell_env):
    alias, iri, canonical = alias_pair(shell_env)
    rc, out, shell = session(
        shell_env,
        "SELECT ?name WHERE { ?e a schema:Person ; schema:name ?name } ORDER BY ?name LIMIT 2", ENTER,
        "SELECT * WHERE { ?s ?p }", ENTER,  # broken: the shell reports it and goes on
        ".describe Daesh", ENTER,
        f".describe {alias}", ENTER,
        ".format csv", ENTER,
        "ASK { ?s a schema:Claim }", ENTER,
        ".q", ENTER,
        ".q top-by-type schema:Place", ENTER,
        ".quit", ENTER,
        "ASK { ?never ?run ?this }", ENTER,
    )
    assert rc == 0 and shell.done
    blocks = out.split("\n")
    assert blocks[0] == "?name" and "(2 rows)" in out
    assert "error: " in out and "(line 1, column 25)" in out
    assert "SELECT * WHERE { ?s ?p }\n" + " " * 24 + "^\n" in out
    heads = re.findall(r"^(\S.*)  \((\S+)\)$", out, re.M)  # the first line of each .describe
    assert heads[0][1] == "ent:isis"  # Daesh is an alias of the Islamic State
    assert heads[1] == (canonical, V.shorten(iri))
    assert "format: csv\nboolean\r\ntrue\r\n" in out
    assert "claims-by <actor>" in out and "top-by-type <type>" in out
    assert "entity,name,articles,mentions\r\n" in out
    assert shell.failures == 1  # only the broken query


def test_multiline_editing_enter_and_esc_enter(shell_env):
    rc, out, shell = session(
        shell_env,
        "SELECT (COUNT(*) AS ?n) WHERE {", ENTER,     # incomplete: Enter adds a line
        "  ?c a schema:Claim", ENTER,
        "}", ENTER,                                   # complete now: runs
        "SELECT ?x", ESC_ENTER,                       # Esc-Enter runs even an incomplete statement
        ".timing on", ENTER,
        "ASK { ?s ?p ?o }", ENTER,
        CTRL_D,
    )
    assert rc == 0 and shell.done is False  # Ctrl-D left the loop
    assert out.count("(1 row)") == 1
    assert "?n" in out.split("\n")[0]
    assert "error: " in out.split("(1 row)", 1)[1]
    assert "timing: on\ntrue\ntime: " in out
    assert shell.failures == 1


def test_ctrl_c_clears_the_line_and_ctrl_d_quits(shell_env):
    rc, out, shell = session(shell_env, "SELECT nonsense {", CTRL_C, "ASK { ?s ?p ?o }", ENTER, CTRL_D)
    assert rc == 0
    assert out == "true\n"
    assert shell.failures == 0


def test_completion_context_is_refreshed_after_changes(shell_env, tmp_path):
    store_copy = tmp_path / "store"
    shutil.copytree(shell_env, store_copy)
    rc, out, shell = session(
        store_copy,
        'INSERT DATA { GRAPH <http://kg.example/article/x> { <http://kg.example/entity/zanzibar-x> '
        'a <http://schema.org/Place> ; <http://schema.org/name> "Zanzibar Xylo" } }', ENTER,
        "ASK { ent:zanzibar-x schema:name ?n }", ENTER,
        ".quit", ENTER)
    assert "ok (" in out and "true" in out
    ctx = shell.completion_context()
    assert ("Zanzibar Xylo", "http://kg.example/entity/zanzibar-x") in ctx.entities
    assert shell.failures == 0


def test_history_is_kept_in_a_file(shell_env, tmp_path):
    history = tmp_path / "hist" / "history"
    session(shell_env, "ASK { ?s ?p ?o }", ENTER, ".format json", ENTER, CTRL_D, history=history)
    text = history.read_text(encoding="utf-8")
    assert "+ASK { ?s ?p ?o }" in text and "+.format json" in text
    from kg.shell.paths import history_path

    assert history_path() == tmp_path / "history"  # $KG_HISTORY
    assert history_path(str(history)) == history


def test_edit_puts_the_edited_statement_at_the_prompt(shell_env, tmp_path, monkeypatch):
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\nprintf 'ASK { ?c a schema:Claim }' > \"$1\"\n", encoding="utf-8")
    editor.chmod(0o755)
    monkeypatch.setenv("VISUAL", str(editor))
    rc, out, shell = session(shell_env, "ASK { ?nothing a schema:Nothing }", ENTER, ".edit", ENTER,
                             ENTER, CTRL_D)
    assert out == "false\ntrue\n"
    assert shell.last_statement == "ASK { ?c a schema:Claim }"


# -- the engine without a prompt --------------------------------------------------------------

@pytest.fixture
def shell(shell_env, tmp_path):
    from kg.shell.core import Shell
    from kg.store import open_store

    store = open_store(shell_env)
    out = StringIO()
    sh = Shell(store, out=out, save_dir=tmp_path / "saved", query_dirs=None)
    sh.output = out
    yield sh
    sh.close()
    store.close()


def run(sh, *statements) -> str:
    start = sh.output.tell()
    for s in statements:
        sh.execute(s)
    return sh.output.getvalue()[start:]


@pytest.mark.parametrize("name", [
    '"} DROP ALL #', "'\"} DROP ALL #'", '"a\nb"', "{ ?s ?p ?o }", "# comment", "x' } ; CLEAR ALL ; #",
    '"\\"} . ?s ?p ?o . #"', "<http://kg.example/entity/isis>} DROP ALL {",
])
def test_meta_arguments_never_reach_sparql(shell, name):
    size = len(shell.store)
    for cmd in (".describe", ".claims", ".why", ".q claims-by", ".q actors-by-place", ".q top-by-type"):
        out = run(shell, f"{cmd} {name}")
        assert "error: " in out, (cmd, out)
        assert "DROP" not in out.split("error: ")[0]
    assert len(shell.store) == size
    assert shell.failures == 6


def test_not_found_suggests_close_names(shell):
    out = run(shell, ".describe Daash")
    assert out.startswith("error: no actor or place named 'Daash'; did you mean ") and "Daesh" in out


def test_reports(shell):
    out = run(shell, ".help")
    for cmd in shell.registry.commands():
        assert cmd.name in out
    out = run(shell, ".schema")
    assert "Classes (" in out and "schema:Claim" in out and "Properties (" in out and "schema:name" in out
    out = run(shell, ".prefixes")
    assert "PREFIX schema: <http://schema.org/>" in out
    out = run(shell, ".top 3 Place")
    assert len([line for line in out.splitlines() if line[:3].strip().isdigit()]) == 3
    out = run(shell, ".top nonsense")
    assert out.startswith("error: 'nonsense' is neither a measure")
    out = run(shell, ".claims Daesh")
    assert out.startswith("Claims by ") and "Claims about " in out
    claim = out.split("[", 1)[1].split("]", 1)[0]
    out = run(shell, f".why {claim}")
    assert out.startswith(f"claim {claim}") and "sentence" in out and "«" in out
    out = run(shell, ".nope")
    assert out == "error: unknown command .nope; try .help\n"
    out = run(shell, "CONSTRUCT { ?e schema:name ?n } WHERE { ?e schema:alternateName 'Daesh' ; schema:name ?n }")
    assert "@prefix schema: <http://schema.org/>" in out and "ent:isis schema:name" in out


def test_output_tees_results_to_a_file(shell, tmp_path):
    target = tmp_path / "results.txt"
    out = run(shell, f".output {target}", "ASK { ?s a schema:Claim }", ".output", "ASK { ?s a schema:Nothing }")
    assert "true" in out and "false" in out
    assert target.read_text(encoding="utf-8") == "true\n"
    assert run(shell, "/nonexistent/dir/x.txt".join([".output ", ""])).startswith("error: cannot write")


def test_save_then_run_a_named_query(shell, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_QUERY_DIR", str(tmp_path / "saved"))
    out = run(shell, ".save early")
    assert out == "error: no statement to save yet\n"
    run(shell, "# Claims of one kind.\n# params: kind\nSELECT (COUNT(*) AS ?n) WHERE { ?c kg:claimKind ?kind }")
    out = run(shell, ".save claim-kinds")
    assert out.startswith("saved ") and (tmp_path / "saved" / "claim-kinds.rq").exists()
    out = run(shell, ".q", ".q claim-kinds direct", ".q claim-kinds", ".q claim-kinds a b", ".q nope")
    assert "claim-kinds <kind>" in out and "Claims of one kind." in out
    assert "\n(1 row)\n" in out
    assert "error: missing parameter kind: usage claim-kinds <kind>" in out
    assert "error: too many arguments for claim-kinds <kind>" in out
    assert "error: no named query 'nope'" in out


def test_updates_need_a_writable_store(shell_env):
    rc, out, _ = session(shell_env, "CLEAR ALL", ENTER, "ASK { ?s ?p ?o }", ENTER, CTRL_D, read_only=True)
    assert "error: updates need a writable store" in out and out.endswith("true\n")


def test_the_shell_reads_beside_others_and_locks_only_while_it_writes(shell_env, tmp_path):
    from kg.shell.core import Shell
    from kg.shell.launch import open_shell_store
    from kg.store import open_store

    path = tmp_path / "store"
    shutil.copytree(shell_env, path)
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }"
    store, note = open_shell_store(path)
    try:
        assert store.writable and note is None
        # an idle shell holds no lock: a reader and a writer open the store beside it
        reader = open_store(path, read_only=True)
        reader.close()
        writer = open_store(path)
        try:
            out = StringIO()
            sh = Shell(store, out=out)
            sh.execute("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }")
            assert "busy: another kg process is writing it" in out.getvalue()
        finally:
            writer.close()
        out = StringIO()
        sh = Shell(store, out=out)
        sh.execute("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }")
        assert out.getvalue().startswith("ok (")
        assert store.query(count).values() == [1]
        # and the write lock went with the write: another writer opens at once
        open_store(path).close()
    finally:
        store.close()


def test_load_builds_articles_into_the_store(shell_env, tmp_path, nlp):
    store_copy = tmp_path / "store"
    shutil.copytree(shell_env, store_copy)
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "geneva.txt").write_text(ARTICLE, encoding="utf-8")
    rc, out, shell = session(store_copy, f".load {tmp_path / 'new'}", ENTER, ".load /no/such/dir", ENTER,
                             "SELECT ?h WHERE { ?a schema:headline ?h FILTER(CONTAINS(?h, 'Geneva')) }", ENTER,
                             CTRL_D, nlp=nlp)
    assert "built 1" in out and "Ceasefire talks resume in Geneva" in out
    assert "error: no such file or folder: /no/such/dir" in out
    labels = {label for label, _ in shell.completion_context().entities}
    assert "Geneva" in labels


def test_view_writes_a_page(shell, tmp_path):
    pytest.importorskip("kg.views")
    target = tmp_path / "isis.html"
    out = run(shell, f".view Daesh {target}")
    assert out.startswith(f"wrote {target}") and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# -- non-interactive ----------------------------------------------------------------

def kg_shell(store_dir, *args, stdin: str | None = None, env=None):
    return subprocess.run([sys.executable, "-m", "kg", "shell", "--store", str(store_dir), *args],
                          input=stdin if stdin is not None else "", capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, **(env or {})}, timeout=60)


def test_execute_options(shell_env):
    ok = kg_shell(shell_env, "-e", "ASK { ?c a schema:Claim }", "-e", ".format json", "-e",
                  "SELECT ?n WHERE { ent:isis schema:name ?n }")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("true\n{")  # notes go to stderr, results to stdout
    assert ok.stderr == "format: json\n"
    bad = kg_shell(shell_env, "-e", "SELECT * WHERE { ?s ?p }", "-e", "ASK { ?s ?p ?o }")
    assert bad.returncode == 1
    assert bad.stdout == "true\n"
    assert "error: " in bad.stderr and "^" in bad.stderr


def test_script_on_stdin(shell_env):
    script = """# a script
SELECT (COUNT(*) AS ?n) WHERE {
  ?c a schema:Claim
};
.format tsv
SELECT ?n WHERE { ent:isis schema:name ?n }

.describe '"} DROP ALL #'
ASK { ?s ?p ?o }
"""
    res = kg_shell(shell_env, stdin=script)
    assert res.returncode == 1  # the .describe found nothing
    assert res.stderr == "format: tsv\nerror: no actor or place named '\"} DROP ALL #'\n"
    assert "(1 row)" in res.stdout and "\n?n\n\"Islamic State\"\n" in res.stdout and res.stdout.endswith("true\n")
    assert kg_shell(shell_env, stdin="ASK { ?s ?p ?o }\n.quit\nSELECT broken\n").returncode == 0
