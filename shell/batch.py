"""Running statements without a prompt: ``kg shell -e ...`` and statements piped on stdin."""

from __future__ import annotations

from typing import Iterable

from .core import Shell


def run_batch(shell: Shell, statements: Iterable[str]) -> int:
    """Run each statement in turn (stopping at ``.quit``); 0 when all succeeded, else 1."""
    for stmt in statements:
        if shell.done:
            break
        shell.execute(stmt)
    return 0 if shell.failures == 0 else 1
