"""The install is pinned: every dependency pyproject.toml names is locked in constraints.txt,
at a version its specifier allows, and the README's install command uses the lock."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)", line)
        if m:
            pins[canonicalize_name(m.group(1))] = m.group(2)
    return pins


def _requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    for extra in project["optional-dependencies"].values():
        reqs += [Requirement(r) for r in extra]
    return reqs


def test_every_dependency_is_pinned_within_its_specifier():
    pins = _pins()
    assert len(pins) > 50
    for req in _requirements():
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not in constraints.txt: refresh it (README, Quick start)"
        assert req.specifier.contains(pins[name], prereleases=True), (
            f"constraints.txt pins {req.name}=={pins[name]}, outside {req.specifier}")


def test_html_cleaning_is_a_declared_dependency():
    names = {canonicalize_name(r.name) for r in _requirements()}
    assert "lxml-html-clean" in names
    import lxml.html.clean  # noqa: F401  (fails with an ImportError when the package is missing)


def test_readme_install_command_uses_the_lock_and_ci_reads_it_from_the_readme():
    readme = (ROOT / "README.md").read_text()
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)\n```", quick, re.S)
    assert "-c constraints.txt" in blocks[0] and "kg build data/articles" in blocks[0]
    assert "pytest" in blocks[1]
    ci = (ROOT / ".ci" / "run").read_text()
    assert "pip install" not in ci, ".ci/run must run the README's command, not its own copy"
    assert "## Quick start" in ci


def test_every_package_is_listed_for_a_non_editable_install():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "kg").rglob("__init__.py")}
    missing = {name for name in found if name not in listed}
    assert not missing, f"add to [tool.setuptools] packages: {sorted(missing)}"
