"""Reports show statements unless asked for all acts (beliefs and findings are kept, not shown)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def store(demo_store_dir):
    from kg.store import open_store

    s = open_store(demo_store_dir, read_only=True)
    yield s
    s.close()


def _acts(store, iris):
    from kg import vocab as V

    rows = store.query(f"SELECT ?c ?act WHERE {{ ?c <{V.KG}act> ?act }}").rows
    acts = {c.value: a.value.rsplit("#", 1)[-1] for c, a in rows}
    return {acts.get(i) for i in iris}


def test_claims_are_statements_unless_all_acts_are_asked_for(store):
    from kg.lookup import claims, resolve_one

    isis = resolve_one(store, "ISIS")
    statements = claims(store, isis)
    every = claims(store, isis, acts=None)
    assert statements and _acts(store, [c.iri for c in statements]) == {"Statement"}
    others = _acts(store, [c.iri for c in every]) - {"Statement"}
    assert others, "the bundled articles hold beliefs or findings about ISIS"
    assert len(every) > len(statements)


def test_shell_claims_and_describe_take_all(demo_store_dir, capsys):
    from kg.cli import main

    def lines(*cmd):
        assert main(["shell", "--store", str(demo_store_dir), "--format", "csv", "-e", " ".join(cmd)]) == 0
        return capsys.readouterr().out.splitlines()

    assert len(lines(".claims", "ISIS", "--all")) > len(lines(".claims", "ISIS"))
