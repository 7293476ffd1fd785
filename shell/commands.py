"""The meta-command registry: ``.name args`` lines dispatched to handlers.

A registry is an instance; handlers register with its :meth:`CommandRegistry.command`
decorator, and ``.help`` is generated from what was registered.

>>> reg = CommandRegistry()
>>> @reg.command(".hello", args="[NAME]", help="Say hello.", aliases=(".hi",))
... def hello(target, arg):
...     target.append(f"hello {arg or 'world'}")
>>> seen = []
>>> reg.dispatch(seen, ".hi kg")
True
>>> seen
['hello kg']
>>> print(reg.help_text(), end="")
.hello [NAME]  Say hello. (also .hi)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

Handler = Callable[[Any, str], "bool | None"]


class UnknownCommand(LookupError):
    """No such meta-command; the message is one line for the user."""


@dataclass(frozen=True)
class Command:
    name: str
    handler: Handler
    args: str = ""
    help: str = ""
    aliases: tuple[str, ...] = ()
    complete: str | None = None  # what its argument is: entity, format, onoff, query, measure, command, file

    def usage(self) -> str:
        return f"{self.name} {self.args}".rstrip()


class CommandRegistry:
    def __init__(self) -> None:
        self._commands: dict[str, Command] = {}
        self._aliases: dict[str, str] = {}

    def command(self, name: str, *, args: str = "", help: str = "",  # noqa: A002
                aliases: tuple[str, ...] = (), complete: str | None = None):
        """Decorator registering ``handler(target, argument_text)`` as ``name``."""
        if not name.startswith(".") or " " in name:
            raise ValueError(f"a meta-command name starts with '.' and has no blanks: {name!r}")

        def deco(handler: Handler) -> Handler:
            for n in (name, *aliases):
                if n in self._commands or n in self._aliases:
                    raise ValueError(f"meta-command {n} registered twice")
            self._commands[name] = Command(name, handler, args, help, tuple(aliases), complete)
            for alias in aliases:
                self._aliases[alias] = name
            return handler

        return deco

    def get(self, name: str) -> Command | None:
        name = name.lower()
        return self._commands.get(self._aliases.get(name, name))

    def commands(self) -> list[Command]:
        return sorted(self._commands.values(), key=lambda c: c.name)

    def names(self, *, aliases: bool = True) -> list[str]:
        out = list(self._commands)
        if aliases:
            out += list(self._aliases)
        return sorted(out)

    @staticmethod
    def split(line: str) -> tuple[str, str]:
        """``(".name", "argument text")`` of a meta-command line.

        >>> CommandRegistry.split("  .describe  Haider al-Abadi ")
        ('.describe', 'Haider al-Abadi')
        """
        text = line.strip()
        name, _, rest = text.partition(" ")
        if "\t" in name:
            name, _, more = name.partition("\t")
            rest = more + " " + rest
        return name, rest.strip()

    def dispatch(self, target: Any, line: str) -> bool:
        """Run the command on ``line``; True unless the handler reported failure."""
        name, arg = self.split(line)
        cmd = self.get(name)
        if cmd is None:
            raise UnknownCommand(f"unknown command {name}; try .help")
        result = cmd.handler(target, arg)
        return result is None or bool(result)

    def help_text(self, name: str | None = None) -> str:
        """One line per command (or the help of ``name``)."""
        cmds = self.commands()
        if name:
            cmd = self.get(name if name.startswith(".") else "." + name)
            if cmd is None:
                raise UnknownCommand(f"unknown command {name}; try .help")
            cmds = [cmd]
        width = max((len(c.usage()) for c in cmds), default=0)
        lines = []
        for c in cmds:
            also = f" (also {', '.join(c.aliases)})" if c.aliases else ""
            lines.append(f"{c.usage().ljust(width)}  {c.help}{also}".rstrip())
        return "\n".join(lines) + "\n"
