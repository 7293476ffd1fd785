"""Shared fixtures: store backends (one suite runs against each) and a built demo store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"


def _oxigraph(tmp_path: Path):
    from kg.store import open_store

    return open_store(tmp_path / "store")


def _oxigraph_reader(store):
    from kg.store import open_store

    return open_store(store.location, read_only=True)


def _memory(tmp_path: Path):
    from kg.store import open_store

    return open_store(":memory:")


def _memory_reader(store):
    """A read-only memory store: its own (empty) data, since memory is never shared."""
    from kg.store import open_store

    return open_store(":memory:", read_only=True)


def _sparql(tmp_path: Path):
    from sparql_servers import served_store  # its own Oxigraph server, stopped when closed

    return served_store(tmp_path)


def _sparql_reader(store):
    from kg.store.remote import RemoteStore

    return RemoteStore(store.location, read_only=True)


#: Backends the shared store suite (tests/test_store.py) runs against: name → factory(tmp_path).
#: Backends that need a server add themselves through ``pytest_generate_tests`` hooks below.
BACKENDS = {"oxigraph": _oxigraph, "memory": _memory, "sparql": _sparql}
#: A read-only store on the data of a store a factory made (memory: an empty one of its own).
READERS = {"oxigraph": _oxigraph_reader, "memory": _memory_reader, "sparql": _sparql_reader}


@pytest.fixture(params=sorted(BACKENDS))
def store_factory(request, tmp_path):
    """A function returning a fresh, empty store of each backend in turn."""
    made = []

    def make():
        store = BACKENDS[request.param](tmp_path / f"s{len(made)}")
        made.append(store)
        return store

    def reader(store):
        opened = READERS[request.param](store)
        made.append(opened)
        return opened

    make.backend = request.param
    make.reader = reader
    yield make
    for store in made:
        try:
            store.close()
        except Exception:
            pass


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline with kg's gazetteer, loaded once per test session."""
    from kg.extract import load_nlp
    from kg.gazetteer import load_gazetteer

    return load_nlp(gazetteer=load_gazetteer())


@pytest.fixture(scope="session")
def gaz():
    """kg's gazetteer, loaded once per test session."""
    from kg.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def claims_named(nlp):
    """text → (its claims, entity names by key), parsed with the real pipeline."""
    from kg.extract import extract
    from kg.extract.claims import claims

    def go(text: str):
        doc = nlp(text)
        ents = extract(doc).entities
        return list(claims(doc, entities=ents)), {e.key: e.name for e in ents}
    return go


@pytest.fixture(scope="session")
def claims_of(nlp):
    """text → its claims, parsed with the real pipeline."""
    from kg.extract import extract
    from kg.extract.claims import claims

    def go(text: str):
        doc = nlp(text)
        return list(claims(doc, entities=extract(doc).entities))
    return go


@pytest.fixture(scope="session")
def demo_store_dir(tmp_path_factory, nlp):
    """A store directory holding the five bundled articles, built once per session.

    Tests that open it must open it read-only (several may run in one session) or copy it
    with :func:`copy_store`.
    """
    import kg
    from kg.store import open_store

    path = tmp_path_factory.mktemp("demo") / "store"
    store = open_store(path)
    try:
        report = kg.build([ARTICLES], store, nlp=nlp)
    finally:
        store.close()
    assert report.ok, report.failed
    return path


def copy_store(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    lock = dst / "kg.lock"
    if lock.exists():
        lock.unlink()
    return dst


@pytest.fixture
def ctrl_c():
    """Ctrl-C reaches Python as KeyboardInterrupt during the test, also where the test run
    was started in the background with SIGINT ignored (a shell's ``&``, some CI runners):
    ``_thread.interrupt_main`` does nothing unless Python handles SIGINT."""
    import signal

    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)
