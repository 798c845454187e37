"""Shared helpers: run the real command line in-process, compare with golden files."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bhxh_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "targets.yaml"
GOLDEN = Path(__file__).resolve().parent / "golden"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# What the `write_yaml` fixture gives a test: write(text, name="targets.yaml") -> path.
Writer = Callable[..., Path]

# A fixed, colourless, English terminal 100 columns wide, whatever the developer's shell says.
BASE_ENV = {
    "COLUMNS": "100",
    "LINES": "40",
    "NO_COLOR": "1",
    "BHXH_LANG": "",
    "LC_ALL": "",
    "LC_MESSAGES": "",
    "LANG": "C",
    "BHXH_DATA": str(DATA),
}


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


# A small province that tests add snapshots, targets, units and campaigns to.
PROVINCE = """\
version: 1
provinces:
  p:
    name: P
    population: 1000
    labour_force: 600
"""


def validate_problems(path: Path) -> list[dict[str, object]]:
    """What `bhxh validate --format json` finds in one file."""
    import json

    run = bhxh("validate", "--format", "json", str(path))
    found = json.loads(run.stdout)["problems"]
    assert isinstance(found, list)
    return found


def rules_and_lines(path: Path) -> list[tuple[object, object]]:
    return [(p["rule"], p["line"]) for p in validate_problems(path)]


def bhxh(*args: str, env: dict[str, str] | None = None) -> Run:
    """Run `bhxh ARGS` in-process with a fixed environment."""
    result = CliRunner().invoke(app, list(args), env={**BASE_ENV, **(env or {})})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


def assert_golden(name: str, text: str) -> None:
    """Compare with tests/golden/NAME; UPDATE_GOLDEN=1 rewrites the file instead."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"golden file {name} missing: run with UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never read or write the developer's own cache of validated files."""
    os.environ["BHXH_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    os.environ.pop("BHXH_NO_CACHE", None)


@pytest.fixture
def in_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the repository: titles and messages name files by relative paths, the same in
    every checkout."""
    monkeypatch.chdir(ROOT)


@pytest.fixture
def write_yaml(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a data file into a temporary folder and return its path."""

    def write(text: str, name: str = "targets.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
