"""``kg shell``: open the store, then prompt, or run ``-e`` statements / stdin."""

from __future__ import annotations

import sys


def open_shell_store(location, *, read_only: bool = False):
    """``(store, note)``: the shell reads without locking anyone out.

    An on-disk store opens for reading (the newest snapshot, see
    :mod:`kg.store.snapshots`) and takes the writer's lock only while a
    command writes, so ``kg stats``, ``kg view``, ``kg serve`` and ``kg build``
    run beside an idle shell.  ``--read-only`` never writes.
    """
    from kg.store import backend_for, open_store

    if read_only:
        return open_store(location, read_only=True), "the store is open read-only (--read-only): .load is unavailable"
    loc = str(location) if location is not None else None
    if loc is None:
        from kg.store import default_location

        loc = default_location()
    if backend_for(loc) == "oxigraph":
        from kg.store.oxigraph import OxigraphStore

        return OxigraphStore(loc, on_demand=True), None
    return open_store(loc), None


def main(args) -> int:
    from kg.commands import error
    from kg.store import StoreError

    from .core import Shell
    from .settings import Settings

    try:
        store, note = open_shell_store(args.store, read_only=args.read_only)
    except StoreError as exc:
        error(str(exc))
        return 1
    batch = bool(args.execute) or not sys.stdin.isatty()
    interactive = not batch
    shell = Shell(store, out=sys.stdout, err=sys.stderr if batch else sys.stdout,
                  notes=sys.stderr if batch else sys.stdout,
                  settings=Settings(format=args.format), interactive=interactive,
                  paging=interactive and not args.no_pager and sys.stdout.isatty(),
                  read_only_note=note)
    try:
        if args.execute:
            from .batch import run_batch

            return run_batch(shell, args.execute)
        if batch:
            from .batch import run_batch
            from .statements import split_statements

            return run_batch(shell, split_statements(sys.stdin.read()))
        from .app import run_interactive
        from .paths import history_path

        return run_interactive(shell, history=history_path(args.history))
    finally:
        shell.close()
        store.close()
