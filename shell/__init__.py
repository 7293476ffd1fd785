"""``kg shell``: an interactive SPARQL shell over a kg store.

* :mod:`~kg.shell.core` — :class:`Shell`, the engine (statements, meta-commands, output);
* :mod:`~kg.shell.app` — the prompt_toolkit session and its key bindings;
* :mod:`~kg.shell.batch` — ``-e`` statements and scripts on stdin;
* :mod:`~kg.shell.completion` — :func:`suggest`, pure, and a thin Completer;
* :mod:`~kg.shell.commands` — the meta-command registry; :mod:`~kg.shell.builtins` all the commands,
  from :mod:`~kg.shell.session_commands`, :mod:`~kg.shell.entity_commands` and
  :mod:`~kg.shell.query_commands` (shared helpers in :mod:`~kg.shell.meta`);
* :mod:`~kg.shell.statements` — completeness and splitting (tokens: :mod:`kg.sparql_tokens`);
* :mod:`~kg.shell.formatting` and :mod:`~kg.shell.reports` — text output;
  :mod:`~kg.shell.tables` — the reports as csv/tsv/json tables.

Importing this package loads nothing heavy.
"""

from __future__ import annotations


def __getattr__(name: str):
    if name == "Shell":
        from .core import Shell

        return Shell
    raise AttributeError(name)


__all__ = ["Shell"]
