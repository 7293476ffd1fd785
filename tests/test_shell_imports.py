"""The shell has one import name, ``kg.shell``, and its modules import each other without cycles.

``shell/`` is installed as ``kg.shell``; importing it as a top-level ``shell`` would load a second
copy (a second command registry). Its doctests therefore run here, through ``kg.shell``, rather
than by collecting ``shell/*.py`` as files.
"""

from __future__ import annotations

import ast
import doctest
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg.shell

ROOT = Path(__file__).resolve().parent.parent
SHELL_DIR = Path(kg.shell.__path__[0])
MODULES = sorted(m.name for m in pkgutil.iter_modules(kg.shell.__path__, "kg.shell."))


def test_the_shell_package_is_the_shell_folder():
    assert SHELL_DIR.resolve() == (ROOT / "shell").resolve()
    assert "kg.shell.core" in MODULES and "kg.shell.builtins" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE, report=True)
    assert result.failed == 0, f"{result.failed} of {result.attempted} doctests of {name} failed"


def _imported(path: Path, package: str) -> set[str]:
    """Modules of ``package`` that ``path`` imports when run (``TYPE_CHECKING`` blocks left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:
                base = package + ("." + node.module if node.module else "")
                names = [base] if node.module else [f"{package}.{a.name}" for a in node.names]
                out.update(names)
            elif node.module and node.module.startswith(package + "."):
                out.add(node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return out


def test_no_import_cycles_in_the_shell():
    graph = {f"kg.shell.{p.stem}": _imported(p, "kg.shell") for p in SHELL_DIR.glob("*.py")
             if p.stem != "__init__"}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, ()):
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    cycles = sorted(m for m in graph if reaches(m, m, {m}))
    assert not cycles, cycles


def test_nothing_imports_a_top_level_shell_package():
    """Nor ``tests`` as a package: plain ``pytest`` puts the tests folder, not the root, on the path."""
    offenders = []
    for path in [*ROOT.glob("tests/*.py"), *ROOT.glob("kg/**/*.py"), *SHELL_DIR.glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            if any(n in ("shell", "tests") or n.startswith(("shell.", "tests.")) for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders


def test_running_a_shell_statement_loads_one_copy():
    code = ("import sys\nfrom kg.store import open_store\nfrom kg.shell.core import Shell\n"
            "sh = Shell(open_store(':memory:'))\nassert sh.execute('.help')\n"
            "print(sorted(m for m in sys.modules if m == 'shell' or m.startswith('shell.')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
