"""``kg shell``: the interactive SPARQL shell (or ``-e`` statements / a script on stdin)."""

from __future__ import annotations

from . import add_store

from ..formats import SHELL as FORMATS


def register(sub) -> None:
    p = sub.add_parser(
        "shell", help="interactive SPARQL shell with completion and meta-commands",
        description="An interactive SPARQL shell. With -e, or with statements piped on stdin "
                    "(separated by ';' at the end of a line or by a blank line; meta-commands one "
                    "per line), it runs them and exits, non-zero if any failed.")
    add_store(p)
    p.add_argument("-e", "--execute", action="append", default=[], metavar="STATEMENT",
                   help="run a statement or meta-command and exit (repeatable)")
    p.add_argument("--format", choices=FORMATS, default="table", help="result format (default table)")
    p.add_argument("--read-only", action="store_true", help="open the store read-only (.load is then unavailable)")
    p.add_argument("--history", metavar="FILE", default=None,
                   help="history file (default: $KG_HISTORY or one in the user's data dir)")
    p.add_argument("--no-pager", action="store_true", help="never page long results")
    p.set_defaults(run=run)


def run(args) -> int:
    from kg.shell.launch import main

    return main(args)
