"""Subcommands of the ``kg`` command line; shared option helpers."""

from __future__ import annotations

import argparse
import sys


def add_store(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", metavar="DIR|URL", default=None,
                   help="store directory, ':memory:' or a SPARQL server URL "
                        "(default: $KG_STORE or ./kg-store)")


def error(message: str) -> None:
    """Print one line on stderr, prefixed with ``kg:``."""
    print(f"kg: {message}", file=sys.stderr)


def open_for(args, *, read_only: bool):
    """Open the store named by ``args.store``; None (after a message) when it cannot be opened."""
    from ..store import StoreError, open_store

    try:
        return open_store(args.store, read_only=read_only)
    except StoreError as exc:
        error(str(exc))
        return None


def query_error(exc) -> None:
    """Report a :class:`~kg.store.QueryError`: the message, then the line with a caret."""
    error(f"query error: {exc}")
    caret = exc.caret()
    if caret:
        print(caret, file=sys.stderr)
