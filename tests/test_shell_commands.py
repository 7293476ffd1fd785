"""The meta-command registry, and the shell's own commands as registered on it."""

from __future__ import annotations

import pytest

from kg.shell.commands import CommandRegistry, UnknownCommand


def make():
    reg = CommandRegistry()
    calls = []

    @reg.command(".echo", args="TEXT", help="Print TEXT.", aliases=(".say",), complete="entity")
    def echo(target, arg):
        target.append(arg)

    @reg.command(".fail", help="Always fails.")
    def fail(target, arg):
        return False

    return reg, calls


def test_dispatch_passes_the_argument_text_and_reports_failure():
    reg, calls = make()
    assert reg.dispatch(calls, '.echo  "} DROP ALL #  ') is True
    assert reg.dispatch(calls, ".SAY hi") is True  # names are case-insensitive, aliases work
    assert reg.dispatch(calls, ".echo") is True
    assert calls == ['"} DROP ALL #', "hi", ""]
    assert reg.dispatch(calls, ".fail") is False


def test_unknown_command():
    reg, calls = make()
    with pytest.raises(UnknownCommand, match=r"unknown command \.nope; try \.help"):
        reg.dispatch(calls, ".nope x")


def test_help_is_generated_from_the_registry():
    reg, _ = make()
    assert reg.help_text() == ".echo TEXT  Print TEXT. (also .say)\n.fail       Always fails.\n"
    assert reg.help_text(".say") == ".echo TEXT  Print TEXT. (also .say)\n"
    assert reg.help_text("fail") == ".fail  Always fails.\n"
    with pytest.raises(UnknownCommand):
        reg.help_text(".nope")


def test_registration_errors():
    reg, _ = make()
    with pytest.raises(ValueError):
        reg.command(".echo")(lambda t, a: None)
    with pytest.raises(ValueError):
        reg.command(".x", aliases=(".say",))(lambda t, a: None)
    with pytest.raises(ValueError):
        reg.command("nodot")
    assert reg.names() == [".echo", ".fail", ".say"]
    assert reg.names(aliases=False) == [".echo", ".fail"]
    assert reg.get(".say").complete == "entity"


def test_the_shell_registers_every_documented_command():
    from kg.shell.builtins import COMMANDS

    names = set(COMMANDS.names())
    assert {".help", ".quit", ".exit", ".prefixes", ".schema", ".describe", ".claims", ".top", ".why",
            ".view", ".format", ".timing", ".output", ".q", ".save", ".load", ".edit"} <= names
    text = COMMANDS.help_text()
    for cmd in COMMANDS.commands():
        assert cmd.help, cmd.name
        assert cmd.usage() in text
