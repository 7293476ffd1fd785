"""The meta-command registry of the shell and the helpers its commands share.

Arguments never reach SPARQL as text: names are bound as literals and IRIs
as IRIs through ``Store.query(bindings=...)``.  The commands register in
:mod:`~kg.shell.session_commands`, :mod:`~kg.shell.entity_commands` and
:mod:`~kg.shell.query_commands`; :mod:`~kg.shell.builtins` loads them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from kg import vocab as V
from kg.queries import split_args

from . import tables
from .commands import CommandRegistry

if TYPE_CHECKING:  # annotations only: the engine imports the commands, not the other way round
    from .core import Shell

COMMANDS = CommandRegistry()

CLASS_WORDS = {k.lower(): v[-1] for k, v in V.KIND_CLASSES.items()}


def name_arg(arg: str) -> str:
    """The argument as one name: quotes group, blanks between words collapse."""
    return " ".join(a.text for a in split_args(arg)).strip()


def prefixes_of(shell: Shell) -> dict[str, str]:
    return dict(shell.settings.prefixes)


def show(shell: Shell, human: Callable[[], str], data: Callable[[], list]) -> None:
    """A report: text for people (``table``, ``vertical``), tables in csv, tsv and json."""
    fmt = shell.settings.format
    shell.emit(tables.render_tables(data(), fmt) if fmt in tables.MACHINE_FORMATS else human())


def not_found(shell: Shell, name: str) -> bool:
    from kg.lookup import similar_names

    close = similar_names(list(shell.catalog.get().entities), name)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    return shell.fail(f"no actor or place named {name!r}{hint}")


def find_entity(shell: Shell, name: str):
    from kg.lookup import find

    return shell.call(lambda: find(shell.store, name, prefixes=prefixes_of(shell)))
