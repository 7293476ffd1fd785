"""Subcommands of the ``kg`` command line; shared option helpers."""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager


def add_store(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", metavar="DIR|URL", default=None,
                   help="store directory, ':memory:' or a SPARQL server URL "
                        "(default: $KG_STORE or ./kg-store)")


def error(message: str) -> None:
    """Print one line on stderr, prefixed with ``kg:`` (control characters escaped)."""
    from ..terminal import printable

    print(f"kg: {printable(message, keep=chr(10))}", file=sys.stderr)


class CommandError(Exception):
    """Ends a command: ``kg.cli.main`` prints ``kg: MESSAGE`` and exits with ``code``."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def open_for(args, *, read_only: bool):
    """Open the store named by ``args.store``; raises :class:`CommandError` when it cannot."""
    from ..store import StoreError, open_store

    try:
        return open_store(args.store, read_only=read_only)
    except StoreError as exc:
        raise CommandError(str(exc)) from None


@contextmanager
def store_for(args, *, read_only: bool):
    """The store named by ``args.store``, closed when the block ends."""
    store = open_for(args, read_only=read_only)
    try:
        yield store
    finally:
        store.close()


def query_error(exc, *, line_offset: int = 0) -> None:
    """Report a :class:`~kg.store.QueryError` on stderr as the shell does (kg.sparql_errors):
    the message in words, the line and column, the line with a caret; control characters escaped.

    ``line_offset``: lines put in front of what the user typed (added PREFIX declarations).
    """
    from .. import vocab as V
    from ..sparql_errors import error_text

    error("query error: " + error_text(exc, line_offset=line_offset, prefixes=V.PREFIXES).rstrip("\n"))
