"""The layers are enforced by `lint-imports` (contracts in pyproject.toml), and the contracts can
fail: a copy of the package whose core imports Rich or the renderers is refused."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_copy(tmp_path: Path, module: str, line: str) -> subprocess.CompletedProcess[str]:
    """Run lint-imports on a copy of the package in which `module` has `line` added."""
    shutil.copytree(ROOT / "src" / "bhxh_cli", tmp_path / "src" / "bhxh_cli")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "src" / "bhxh_cli" / module
    target.write_text(target.read_text() + f"\n{line}\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "src")}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_package_keeps_its_layers(tmp_path: Path) -> None:
    run = lint_copy(tmp_path, "domain/arithmetic.py", "# nothing added")
    assert run.returncode == 0, run.stdout
    assert "2 kept, 0 broken" in run.stdout


@pytest.mark.parametrize(
    ("module", "line"),
    [
        ("domain/arithmetic.py", "import rich"),
        ("datafile/cache.py", "from bhxh_cli.render import OutputFormat"),
        ("coverage/report.py", "import typer"),
        ("render/table.py", "from bhxh_cli.cli import output"),
    ],
)
def test_a_module_crossing_a_layer_breaks_a_contract(
    tmp_path: Path, module: str, line: str
) -> None:
    run = lint_copy(tmp_path, module, line)
    assert run.returncode == 1, run.stdout
    assert "BROKEN" in run.stdout
    assert f"bhxh_cli.{module.removesuffix('.py').replace('/', '.')} -> " in run.stdout


def test_no_module_is_over_400_lines() -> None:
    """A module that grows past 400 lines is split by what it holds (see the README's map)."""
    package = ROOT / "src" / "bhxh_cli"
    long = {
        str(path.relative_to(package)): lines
        for path in package.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}


def test_the_package_top_shows_its_plan() -> None:
    """At most 18 entries at the top of the package: layers and families are folders (the
    layers cli, render, i18n, datafile and domain; a folder per family of commands: coverage,
    progress, quota, costs, registry, sheets; a few modules every layer shares)."""
    package = ROOT / "src" / "bhxh_cli"
    entries = [p.name for p in package.iterdir() if p.name != "__pycache__"]
    assert len(entries) <= 18, sorted(entries)
