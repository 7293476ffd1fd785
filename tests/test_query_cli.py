"""``kg query`` as a user meets it: known prefixes declared for you, syntax errors in words with
the keyword meant and a caret (the same text as the shell's), and a hostile headline that can
neither retitle nor clear the terminal while csv/tsv/json stay byte-exact."""

from __future__ import annotations

import csv
import io
import json
import re

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.store import open_store
from kg.terminal import printable

HEADLINE = "x\u001b]0;PWNED\u0007\u001b[2J"
SHOWN = "x\\x1b]0;PWNED\\x07\\x1b[2J"
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # anything but a line break


def kg_query(capsys, store_dir, *args: str) -> tuple[int, str, str]:
    code = main(["query", "--store", str(store_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def shell_error(store_dir, statement: str) -> str:
    """What the shell prints for a failing statement (after its ``error: ``)."""
    from kg.shell.core import Shell

    out, err = io.StringIO(), io.StringIO()
    store = open_store(store_dir, read_only=True)
    try:
        assert not Shell(store, out=out, err=err).execute(statement)
    finally:
        store.close()
    text = err.getvalue()
    assert text.startswith("error: ")
    return text[len("error: "):]


# -- prefixes --------------------------------------------------------------------

def test_known_prefixes_are_declared_for_you(capsys, demo_store_dir):
    code, out, err = kg_query(capsys, demo_store_dir, "--format", "csv",
                              "SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["n", "5"]


def test_a_query_file_given_as_the_argument_is_read(capsys, demo_store_dir, tmp_path):
    path = tmp_path / "count articles.rq"
    path.write_text("SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }\n",
                    encoding="utf-8")
    by_file = kg_query(capsys, demo_store_dir, "--format", "csv", "-f", str(path))
    as_argument = kg_query(capsys, demo_store_dir, "--format", "csv", str(path))
    assert as_argument == by_file and by_file[1].splitlines() == ["n", "5"]
    code, _, err = kg_query(capsys, demo_store_dir, str(tmp_path / "missing.rq"))
    assert code != 0 and "syntax error" in err  # no such file: read as query text


def test_a_prefix_you_declare_is_yours(capsys, demo_store_dir):
    # Declared by the user with another namespace: kg adds nothing and the query finds nothing.
    code, out, _ = kg_query(capsys, demo_store_dir, "--format", "csv",
                            "PREFIX schema: <http://nothing.example/>\n"
                            "SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }")
    assert code == 0 and out.splitlines() == ["n", "0"]


# -- syntax errors ----------------------------------------------------------------

ERRORS = [
    # (query, words in the message, line, column of the caret in what the user typed)
    ("SELEC ?a WHERE { ?a a schema:NewsArticle }", "unknown word SELEC: did you mean SELECT?", 1, 1),
    ("SELECT ?a\nWHER { ?a a schema:NewsArticle }", "did you mean WHERE?", 2, 1),
    ("SELECT ?a WHERE { ?a a schema:NewsArticle }\nLIMT 3", "did you mean LIMIT?", 2, 1),
    ("SELECT ?a WHERE { ?a a schema:NewsArticle FILTR(?a) }", "did you mean FILTER?", 1, 43),
    ("SELECT ?a WHERE { ?a a shema:NewsArticle }", "undeclared prefix shema: (did you mean schema:?)", 1, 24),
    ("SELECT ?a WHERE {\n  ?a a schema:NewsArticle", "this '{' is never closed: expected '}' before the end of the query", 1, 17),
    ("SELECT ?a WHERE { ?a a schema:NewsArticle FILTER(?a = 1 }", "this '(' is never closed: expected ')' before '}'", 1, 49),
    ('SELECT ?a WHERE { ?a schema:headline "Iraq }', "this string is never closed", 1, 38),
    ("SELECT ?a WHERE { ?a a schema:NewsArticle } ORDER ?a", "syntax error: expected BY", None, None),
]


@pytest.mark.parametrize("query,words,line,column", ERRORS)
def test_syntax_errors_say_what_was_meant(capsys, demo_store_dir, query, words, line, column):
    code, out, err = kg_query(capsys, demo_store_dir, query)
    assert code == 1 and out == ""
    head, *picture = err.rstrip("\n").split("\n")
    assert head.startswith("kg: query error: ") and words in head, err
    assert "expected CONSTRUCT" not in err and "'\\u{" not in err  # no parser token lists
    m = re.search(r"\(line (\d+), column (\d+)\)$", head)
    assert m, err
    if line is not None:
        assert (int(m.group(1)), int(m.group(2))) == (line, column)
    # the caret sits under the column, on the line of the user's own text (no added PREFIX lines)
    shown, caret = picture
    assert shown == query.split("\n")[int(m.group(1)) - 1]
    assert caret == " " * (int(m.group(2)) - 1) + "^"
    # the shell says the same
    assert shell_error(demo_store_dir, query) == err[len("kg: query error: "):]


def test_error_positions_count_the_users_lines_not_the_added_prefixes(capsys, demo_store_dir):
    query = "SELECT ?a WHERE {\n  ?a a schema:NewsArticle ;\n     schema:headline ?h .\n}\nLIMT 2"
    _, _, err = kg_query(capsys, demo_store_dir, query)
    assert "(line 5, column 1)" in err and "\nLIMT 2\n^" in err


def test_a_suggestion_needs_a_close_keyword(capsys, demo_store_dir):
    _, _, err = kg_query(capsys, demo_store_dir, "SELECT ?a WHERE { ?a a schema:NewsArticle } ZORGLUB 3")
    assert "unknown word ZORGLUB: not a SPARQL keyword or function" in err
    assert "did you mean" not in err
    _, _, err = kg_query(capsys, demo_store_dir, "SELECT ?a WHERE { ?a ?p ?o FILTER(isIRY(?o)) }")
    assert "did you mean isIRI?" in err  # spelled as SPARQL spells it


# -- control characters from the data ---------------------------------------------

@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory, nlp):
    """A store built from a text file whose first line is a headline carrying terminal escapes."""
    import kg

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(
        f"# {HEADLINE}\n\nBarack Obama said on Tuesday that \"the \u001b[2J talks will go on\" "
        "in Washington. Angela Merkel said the plan was good.\n", encoding="utf-8")
    path = folder / "store"
    store = open_store(path)
    try:
        report = kg.build([folder / "hostile.txt"], store, nlp=nlp)
    finally:
        store.close()
    assert report.ok, report.failed
    return path


HEADLINE_QUERY = "SELECT ?a ?h WHERE { ?a schema:headline ?h }"


def test_the_headline_is_stored_as_it_was_written(capsys, hostile_store):
    code, out, _ = kg_query(capsys, hostile_store, "--format", "json", HEADLINE_QUERY)
    rows = json.loads(out)["results"]["bindings"]
    assert [r["h"]["value"] for r in rows] == [HEADLINE]


def test_query_tables_show_escapes_as_text(capsys, hostile_store):
    code, out, err = kg_query(capsys, hostile_store, HEADLINE_QUERY)
    assert code == 0
    assert SHOWN in out
    assert not CONTROL.search(out)
    code, out, _ = kg_query(capsys, hostile_store, "CONSTRUCT { ?a schema:headline ?h } WHERE { ?a schema:headline ?h }")
    assert code == 0 and not CONTROL.search(out) and "PWNED" in out


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "xml"])
def test_machine_formats_stay_byte_exact(capsys, hostile_store, fmt):
    code, out, _ = kg_query(capsys, hostile_store, "--format", fmt, HEADLINE_QUERY)
    assert code == 0
    if fmt == "csv":
        assert [r[1] for r in csv.reader(io.StringIO(out))][1:] == [HEADLINE]
    elif fmt == "tsv":
        assert out.splitlines()[1].split("\t")[1] == str(ox.Literal(HEADLINE))  # a Turtle literal
    elif fmt == "json":
        assert json.loads(out)["results"]["bindings"][0]["h"]["value"] == HEADLINE
    else:
        assert f"<literal>{HEADLINE}</literal>" in out


def test_error_messages_escape_what_the_user_typed(capsys, hostile_store):
    code, _, err = kg_query(capsys, hostile_store, f'SELECT ?a WHERE {{ ?a schema:headline "{HEADLINE}" ')
    assert code == 1 and not CONTROL.search(err)
    assert SHOWN in err
    head, shown, caret = err.rstrip("\n").split("\n")
    column = int(re.search(r"column (\d+)\)$", head).group(1))
    typed = f'SELECT ?a WHERE {{ ?a schema:headline "{HEADLINE}" '
    assert shown == typed.replace(HEADLINE, SHOWN)
    assert caret == " " * len(printable(typed[: column - 1])) + "^"  # under the same character


def _run_shell(store_dir, *statements: str, fmt: str = "table") -> tuple[str, str]:
    from kg.shell.core import Shell
    from kg.shell.settings import Settings

    out, err = io.StringIO(), io.StringIO()
    store = open_store(store_dir, read_only=True)
    try:
        shell = Shell(store, out=out, err=err, settings=Settings(format=fmt))
        for s in statements:
            assert shell.execute(s), (s, err.getvalue())
    finally:
        store.close()
    return out.getvalue(), err.getvalue()


@pytest.mark.parametrize("statement", [".describe Barack Obama", ".claims Barack Obama", ".top 5",
                                       ".why Barack Obama", ".schema", HEADLINE_QUERY,
                                       "SELECT ?t WHERE { ?c a schema:Claim ; schema:text ?t }"])
@pytest.mark.parametrize("fmt", ["table", "vertical"])
def test_shell_reports_show_escapes_as_text(hostile_store, statement, fmt):
    out, err = _run_shell(hostile_store, statement, fmt=fmt)
    assert out and not CONTROL.search(out) and not CONTROL.search(err), out
    if statement.startswith((".describe", "SELECT ?a")):
        assert SHOWN in out


def test_shell_claims_keep_their_text_in_csv(hostile_store):
    out, _ = _run_shell(hostile_store, ".claims Barack Obama", fmt="csv")
    texts = [r["text"] for r in csv.DictReader(io.StringIO(out))]
    assert any("\u001b[2J" in t for t in texts), texts  # byte-exact, as kg query --format csv


def test_no_word_of_the_bundled_queries_is_taken_for_a_typo():
    from pathlib import Path

    from kg.sparql_tokens import FUNCTIONS, KEYWORDS, significant

    known = {w.upper() for w in (*KEYWORDS, *FUNCTIONS)} | {"A"}
    files = sorted((Path(__file__).resolve().parent.parent / "data" / "queries").glob("*.rq"))
    assert files
    for path in files:
        words = {t.text.upper() for t in significant(path.read_text(encoding="utf-8")) if t.kind == "word"}
        assert words <= known, (path.name, words - known)


def test_a_broken_query_blames_the_bracket_not_the_words_before_it(capsys, demo_store_dir):
    query = ('SELECT ?p (GROUP_CONCAT(DISTINCT ?n; SEPARATOR=", ") AS ?names) '
             '(COALESCE(MAX(?d), "none") AS ?last) WHERE {\n'
             '  ?a a schema:NewsArticle ; schema:publisher ?p .\n'
             '  OPTIONAL { ?a schema:datePublished ?d }\n'
             '  FILTER(NOT EXISTS { ?a schema:author ?x } || BOUND(?d)\n'
             '  BIND(STR(?p) AS ?n)\n} GROUP BY ?p ORDER BY DESC(?last)')
    _, _, err = kg_query(capsys, demo_store_dir, query)
    assert "this '(' is never closed: expected ')' before '}'" in err and "(line 4, column 9)" in err
