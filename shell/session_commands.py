"""Meta-commands of the session: help, quitting, prefixes, schema, display settings and output."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from . import reports, tables
from .meta import COMMANDS, name_arg, prefixes_of, show
from .settings import FORMATS

if TYPE_CHECKING:
    from .core import Shell


@COMMANDS.command(".help", args="[COMMAND]", help="List the meta-commands (or explain one).",
                  aliases=(".?",), complete="command")
def help_(shell: Shell, arg: str):
    from .commands import UnknownCommand

    try:
        text = shell.registry.help_text(arg.strip() or None)
    except UnknownCommand as exc:
        return shell.fail(str(exc))
    if not arg.strip():
        text += ("\nSPARQL statements run when complete (Enter) or at once (Esc-Enter); "
                 "known prefixes are declared for you.\n")
    shell.emit(text)


@COMMANDS.command(".quit", help="Leave the shell (also Ctrl-D).", aliases=(".exit",))
def quit_(shell: Shell, arg: str):
    shell.done = True


@COMMANDS.command(".prefixes", help="The prefixes known to the session (declared for you when used).")
def prefixes(shell: Shell, arg: str):
    shell.emit(reports.prefixes_text(shell.settings.prefixes))


@COMMANDS.command(".schema", help="Classes and properties in the store, with counts.")
def schema(shell: Shell, arg: str):
    cat = shell.call(shell.changed)
    if cat.error:
        return shell.fail(f"cannot read the schema: {cat.error}")
    show(shell, lambda: reports.schema_text(cat.classes, cat.properties, prefixes_of(shell)),
          lambda: tables.schema_table(cat.classes, cat.properties))


@COMMANDS.command(".refresh", help="Reload classes, properties and names used for completion.")
def refresh(shell: Shell, arg: str):
    cat = shell.call(shell.changed)
    shell.say(f"{len(cat.classes)} classes, {len(cat.properties)} properties, "
              f"{len(cat.entities)} names, {cat.triples:,} triples")


# -- display settings ----------------------------------------------------------------

@COMMANDS.command(".format", args="|".join(FORMATS),
                  help="How results are shown (csv, tsv and json also turn .top, .claims, .why, "
                       ".describe and .schema into tables).", complete="format")
def format_(shell: Shell, arg: str):
    fmt = arg.strip().lower()
    if not fmt:
        shell.say(f"format: {shell.settings.format}")
        return
    if fmt not in FORMATS:
        return shell.fail(f"unknown format {arg.strip()!r}; choose from {', '.join(FORMATS)}")
    shell.settings = shell.settings.with_(format=fmt)
    shell.say(f"format: {fmt}")


@COMMANDS.command(".timing", args="on|off", help="Show how long each statement took.", complete="onoff")
def timing(shell: Shell, arg: str):
    value = arg.strip().lower()
    if value in ("", "toggle"):
        on = not shell.settings.timing
    elif value in ("on", "true", "1", "yes"):
        on = True
    elif value in ("off", "false", "0", "no"):
        on = False
    else:
        return shell.fail("usage: .timing on|off")
    shell.settings = shell.settings.with_(timing=on)
    shell.say(f"timing: {'on' if on else 'off'}")


@COMMANDS.command(".output", args="[FILE]", help="Also write results to FILE (appending); alone: stop.",
                  complete="file")
def output(shell: Shell, arg: str):
    path = name_arg(arg)
    if not path:
        stopped = shell.out.stop_tee()
        shell.say(f"stopped writing to {stopped}" if stopped else "results go to the screen only")
        return
    try:
        shell.out.start_tee(os.path.expanduser(path))
    except OSError as exc:
        return shell.fail(f"cannot write {path}: {exc.strerror or exc}")
    shell.say(f"writing results to {path} too")
