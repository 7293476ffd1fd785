"""What the store holds, for completion, ``.schema`` and the toolbar: loaded once, cached.

A few cheap queries (classes, properties, entity names, analytics measures)
run when the shell starts — in the background when interactive — and again
after ``.load`` or an update.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Catalog:
    classes: tuple[tuple[str, int], ...] = ()  # (IRI, instances)
    properties: tuple[tuple[str, int], ...] = ()  # (IRI, triples)
    entities: tuple[tuple[str, str], ...] = ()  # (label, IRI)
    measures: tuple[str, ...] = ()
    triples: int = 0
    error: str | None = None


def load_catalog(store) -> Catalog:
    """Query ``store`` for its classes, properties, entity names and measures."""
    from kg import lookup as D

    try:
        return Catalog(
            classes=tuple(D.classes(store)),
            properties=tuple(D.predicates(store)),
            entities=tuple(D.entity_names(store)),
            measures=tuple(D.measures(store)),
            triples=len(store),
        )
    except Exception as exc:  # a remote store may refuse; completion then works without it
        return Catalog(error=f"{type(exc).__name__}: {exc}".splitlines()[0])


class CatalogCache:
    """A :class:`Catalog` loaded on first use (or in the background) and refreshed on demand."""

    def __init__(self, store, loader=load_catalog) -> None:
        self._store = store
        self._loader = loader
        self._lock = threading.Lock()
        self._catalog: Catalog | None = None
        self._thread: threading.Thread | None = None

    def get(self, *, wait: bool = True) -> Catalog:
        """The catalog; without ``wait`` an empty one while a background load runs."""
        if self._catalog is not None:
            return self._catalog
        if not wait and self._thread is not None and self._thread.is_alive():
            return Catalog()
        with self._lock:
            if self._catalog is None:
                self._catalog = self._loader(self._store)
            return self._catalog

    @property
    def loaded(self) -> bool:
        return self._catalog is not None

    def start(self) -> None:
        """Load in a background thread."""
        if self._catalog is None and self._thread is None:
            self._thread = threading.Thread(target=self.get, name="kg-catalog", daemon=True)
            self._thread.start()

    def refresh(self) -> Catalog:
        with self._lock:
            self._catalog = self._loader(self._store)
            return self._catalog

    def invalidate(self) -> None:
        with self._lock:
            self._catalog = None
            self._thread = None
