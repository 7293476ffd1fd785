"""kg: knowledge graphs of news articles, queried with SPARQL.

The Python API the command line is built on::

    import kg
    store = kg.open("kg-store")                 # or ":memory:", or an http:// SPARQL server
    report = kg.build(["data/articles"], store)
    for row in store.query("SELECT ?n WHERE { ?a <http://schema.org/headline> ?n }"):
        print(row[0].value)

Importing kg is cheap: spaCy and the analytics libraries load only when used.
"""

from __future__ import annotations

__version__ = "0.1.0"


def open(location=None, *, backend: str | None = None, read_only: bool = False):  # noqa: A001
    """Open a store by location (directory, ``:memory:`` or SPARQL server URL)."""
    from .store import open_store

    return open_store(location, backend=backend, read_only=read_only)


def build(paths, store=None, **options):
    """Build the articles under ``paths`` into ``store`` (a Store or a location)."""
    from .pipeline import build as _build
    from .store import open_store

    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    if store is None or isinstance(store, str) or hasattr(store, "__fspath__"):
        opened = open_store(store)
        try:
            return _build([str(p) for p in paths], opened, **options)
        finally:
            opened.close()
    return _build([str(p) for p in paths], store, **options)


__all__ = ["open", "build", "__version__"]
