"""Where the shell's output goes: the screen (through a pager when it is long), and a tee file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from typing import IO


def terminal_size(stream: IO[str]) -> tuple[int, int] | None:
    """``(columns, lines)`` when ``stream`` is a terminal, else None."""
    try:
        if not stream.isatty():
            return None
        size = os.get_terminal_size(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return None
    return size.columns, size.lines


def needs_pager(text: str, size: tuple[int, int] | None) -> bool:
    """True when ``text`` has more lines than a terminal of ``size`` shows (never without one).

    Wrapped long lines count as several.

    >>> needs_pager("a\\nb\\n", (80, 24)), needs_pager("x\\n" * 30, (80, 24)), needs_pager("x\\n" * 30, None)
    (False, True, False)
    """
    if size is None:
        return False
    cols, lines = size
    rows = sum(max(1, -(-len(r) // max(cols, 1))) for r in text.splitlines())
    return rows > max(lines - 2, 1)


def pager_command() -> list[str] | None:
    """``$PAGER`` (or ``less -SRFX``) as an argument list; None when none is installed."""
    import shlex

    env = os.environ.get("KG_PAGER") or os.environ.get("PAGER")
    if env is not None:
        return shlex.split(env) or None
    less = shutil.which("less")
    if less:
        return [less, "-SRFX"]
    more = shutil.which("more")
    return [more] if more else None


class Output:
    """Writes results to ``stream``, pages long ones when ``paging``, and tees to a file."""

    def __init__(self, stream: IO[str] | None = None, *, paging: bool = False) -> None:
        self.stream = stream if stream is not None else sys.stdout
        self.paging = paging
        self.tee: IO[str] | None = None
        self.tee_path: str | None = None

    def write(self, text: str, *, page: bool = True) -> None:
        if not text:
            return
        if self.tee is not None:
            self.tee.write(text)
            self.tee.flush()
        if page and self.paging and needs_pager(text, terminal_size(self.stream)):
            if self._page(text):
                return
        self.stream.write(text)
        self.stream.flush()

    def _page(self, text: str) -> bool:
        cmd = pager_command()
        if not cmd:
            return False
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, encoding="utf-8", errors="replace")
        except OSError:
            return False
        try:
            proc.communicate(text)
        except (BrokenPipeError, KeyboardInterrupt):
            proc.kill()
            proc.wait()
        return True

    def start_tee(self, path: str) -> None:
        """Append everything written from now on to ``path`` (OSError when it cannot be opened)."""
        handle = open(path, "a", encoding="utf-8")  # noqa: SIM115 (closed by stop_tee)
        self.stop_tee()
        self.tee, self.tee_path = handle, path

    def stop_tee(self) -> str | None:
        path = self.tee_path
        if self.tee is not None:
            self.tee.close()
        self.tee = self.tee_path = None
        return path
