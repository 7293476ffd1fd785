"""Stores, chosen by name.

=========  ==================================================================
name       what it is
=========  ==================================================================
oxigraph   embedded persistent Oxigraph in a directory (the default)
memory     Oxigraph in memory (tests, scratch work)
sparql     a SPARQL 1.1 server (``http://...`` or ``sparql+http://...``)
=========  ==================================================================

:func:`open_store` picks the backend from the location: ``:memory:`` →
memory, ``http(s)://`` or ``sparql+http(s)://`` → sparql, anything else is a
directory for the oxigraph backend.  ``backend=`` forces a name.

A directory has one writer at a time; ``read_only=True`` opens a reader,
which never waits for the writer and never holds it up (it reads the newest
snapshot the writer published: :mod:`kg.store.snapshots`,
:func:`kg.store.oxigraph.open_reader`).
"""

from __future__ import annotations

import os
from typing import Callable

from .base import QueryError, QueryResult, Store, StoreBusy, StoreError, python_value

DEFAULT_STORE = "kg-store"

_BACKENDS: dict[str, Callable[..., Store]] = {}


def register(name: str):
    """Register a backend factory ``factory(location, *, read_only) -> Store``."""

    def deco(factory):
        _BACKENDS[name] = factory
        return factory

    return deco


@register("oxigraph")
def _oxigraph(location, *, read_only=False):
    from .oxigraph import OxigraphStore

    return OxigraphStore(location, read_only=read_only)


@register("memory")
def _memory(location=None, *, read_only=False):
    from .oxigraph import OxigraphStore

    return OxigraphStore(None, read_only=read_only)


@register("sparql")
def _sparql(location, *, read_only=False):
    from .remote import RemoteStore

    return RemoteStore(location, read_only=read_only)


def backends() -> list[str]:
    return sorted(_BACKENDS)


def default_location() -> str:
    """``$KG_STORE`` if set, else ``./kg-store``."""
    return os.environ.get("KG_STORE") or DEFAULT_STORE


def backend_for(location: str) -> str:
    if location == ":memory:":
        return "memory"
    if location.startswith(("http://", "https://", "sparql+http://", "sparql+https://")):
        return "sparql"
    return "oxigraph"


def open_store(location: str | os.PathLike | None = None, *, backend: str | None = None,
               read_only: bool = False) -> Store:
    """Open the store at ``location`` (default :func:`default_location`)."""
    loc = str(location) if location is not None else default_location()
    name = backend or backend_for(loc)
    try:
        factory = _BACKENDS[name]
    except KeyError:
        raise StoreError(f"unknown store backend {name!r}; known: {', '.join(backends())}") from None
    return factory(loc, read_only=read_only)


__all__ = [
    "open_store", "register", "backends", "default_location", "backend_for", "Store",
    "StoreError", "StoreBusy", "QueryError", "QueryResult", "python_value", "DEFAULT_STORE",
]
