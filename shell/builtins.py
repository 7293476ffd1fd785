"""Every meta-command of the shell, registered on :data:`COMMANDS` (``.help`` lists them by name).

Importing this module loads the command modules (:mod:`~kg.shell.session_commands`,
:mod:`~kg.shell.entity_commands`, :mod:`~kg.shell.query_commands`), which register
on the registry of :mod:`~kg.shell.meta`.
"""

from __future__ import annotations

from . import entity_commands, query_commands, session_commands  # noqa: F401  (they register)
from .meta import COMMANDS

__all__ = ["COMMANDS"]
