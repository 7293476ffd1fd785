"""The interactive prompt: a prompt_toolkit session with SPARQL highlighting and completion.

Enter runs a statement once it is complete (balanced braces and quotes, or a
meta-command) and otherwise starts a new line; Esc-Enter (Alt-Enter) always
runs.  Ctrl-C clears the line (or abandons a running statement), Ctrl-D on an
empty line quits.  History lives in a file and feeds the grey auto-suggestions.
"""

from __future__ import annotations

from pathlib import Path

from .core import Shell
from .statements import is_complete


def key_bindings():
    from prompt_toolkit.filters import completion_is_selected
    from prompt_toolkit.key_binding import KeyBindings

    kb = KeyBindings()

    @kb.add("enter", filter=completion_is_selected)
    def _close_menu(event):
        event.current_buffer.complete_state = None

    @kb.add("enter", filter=~completion_is_selected)
    def _enter(event):
        buf = event.current_buffer
        at_end = not buf.document.text_after_cursor.strip()
        if at_end and is_complete(buf.text):
            buf.validate_and_handle()
        else:
            line = buf.document.current_line_before_cursor
            indent = line[: len(line) - len(line.lstrip())]
            buf.insert_text("\n" + indent)

    @kb.add("escape", "enter")
    def _run(event):
        event.current_buffer.validate_and_handle()

    return kb


def make_history(path: Path | None, shell: Shell):
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    if path is None:
        return InMemoryHistory()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(exist_ok=True)
    except OSError as exc:
        shell.say(f"history is not kept: cannot write {path} ({exc.strerror or exc})")
        return InMemoryHistory()
    return FileHistory(str(path))


def make_session(shell: Shell, *, history: Path | None = None, input=None, output=None):  # noqa: A002
    from prompt_toolkit import PromptSession
    from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
    from prompt_toolkit.styles import Style

    from .completion import make_completer
    from .lexer import make_lexer

    style = Style.from_dict({"bottom-toolbar": "noreverse bg:#303030 #d0d0d0", "prompt": "ansicyan bold"})
    return PromptSession(
        message=[("class:prompt", "kg> ")],
        multiline=True,
        prompt_continuation=lambda width, line_number, is_soft_wrap: "." * (width - 1) + " ",
        key_bindings=key_bindings(),
        lexer=make_lexer(),
        completer=make_completer(shell.completion_context),
        complete_while_typing=True,
        auto_suggest=AutoSuggestFromHistory(),
        history=make_history(history, shell),
        bottom_toolbar=shell.toolbar,
        enable_open_in_editor=True,
        style=style,
        include_default_pygments_style=True,
        input=input,
        output=output,
    )


def banner(shell: Shell) -> str:
    store = shell.store
    mode = "read-write" if store.writable else "read-only"
    lines = [f"kg shell on {store.location} ({mode}). "
             ".help lists commands; Enter runs a complete statement, Esc-Enter always runs; Ctrl-D quits."]
    if shell.read_only_note:
        lines.append(shell.read_only_note)
    return "\n".join(lines)


def run_interactive(shell: Shell, *, history: Path | None = None, input=None, output=None,  # noqa: A002
                    quiet: bool = False) -> int:
    """Prompt until ``.quit`` or Ctrl-D; the exit status is 0."""
    session = make_session(shell, history=history, input=input, output=output)
    shell.catalog.start()
    if not quiet:
        shell.say(banner(shell))
    while not shell.done:
        default = shell.pending_text or ""
        shell.pending_text = None
        try:
            text = session.prompt(default=default)
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        shell.execute(text)
    return 0
