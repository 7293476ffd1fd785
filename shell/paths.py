"""Where the shell keeps its history: an option, ``$KG_HISTORY``, or the user's data dir."""

from __future__ import annotations

import os
from pathlib import Path


def history_path(option: str | None = None) -> Path:
    """The history file: ``option``, else ``$KG_HISTORY``, else ``<user data dir>/kg/history``.

    >>> str(history_path("/tmp/h"))
    '/tmp/h'
    """
    if option:
        return Path(option).expanduser()
    env = os.environ.get("KG_HISTORY")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("kg", appauthor=False)) / "history"
