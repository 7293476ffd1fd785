"""The ``kg`` command line: a thin layer over the library.

Each subcommand lives in ``kg.commands.<name>`` with ``register(subparsers)``
and ``run(args) -> int``; heavy libraries are imported only by the command that
runs, so ``kg query`` starts without spaCy.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__
from .commands import CommandError, error

COMMANDS = ("build", "remove", "query", "stats", "validate", "export", "rank", "view",
            "shell", "serve", "eval", "compare", "timeline")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg", description="Knowledge graphs of news articles, queried with SPARQL.")
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"kg.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"kg.commands.{name}":
                continue
            raise
        module.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not getattr(args, "run", None):
        parser().print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args) or 0)
    except CommandError as exc:
        error(str(exc))
        return exc.code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
