"""Hostile data files against the real command, as separate processes under a 1 GiB address
space: every command ends quickly with its documented exit code and one clean message, never
a traceback, a hang or a flood of output."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA

SHIPPED = DATA.read_text(encoding="utf-8")
GIB = 2**30

# A rate of a quintillion decimals would hang every exact computation, one of ten million zeros
# would print them all; a count of 10**24 broke percent rounding; escapes would clear the screen.
# The YAML reader stops at a raw control character, so it has a file of its own.
NUMBERS_AND_TEXT = (
    SHIPPED.replace("bhyt: {rate: 95.6}", "bhyt: {rate: 1e-999999999999999999}")
    .replace("bhxh: {rate: 40}", "bhxh: {rate: 0e-9999999}")
    .replace("bhyt: 1065565", f"bhyt: {10**24}")
    .replace("name: Vĩnh Long", 'name: "Vĩnh Long\\e]0;owned\\a\\e[2J"')
)
HOSTILE = {
    "numbers and escapes": NUMBERS_AND_TEXT,
    "a raw escape character": SHIPPED.replace("name: Vĩnh Long", "name: Vĩnh Long\x1b[2J"),
    "a line separator": SHIPPED.replace("name: Vĩnh Long", "name: Vĩnh\u2028Long"),
}
# Every command loads its data file the same way; these cover tables, CSV and validate's report.
COMMANDS = [
    ["coverage", "-p", "vinh-long", "-f", "csv"],
    ["progress", "-p", "vinh-long"],
    ["validate"],
]


# The child limits its own address space, then runs bhxh as `python -m bhxh_cli` would.
LIMITED = (
    "import resource, runpy, sys; "
    f"resource.setrlimit(resource.RLIMIT_AS, ({GIB}, {GIB})); "
    "sys.argv[0] = 'bhxh'; runpy.run_module('bhxh_cli', run_name='__main__')"
)


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    argv = [sys.executable, "-c", LIMITED, *args]
    return subprocess.run(argv, env=env, capture_output=True, timeout=60, check=False)


def run_all(commands: list[list[str]], env: dict[str, str]) -> list[Any]:
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return list(pool.map(lambda args: run(args, env), commands))


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "BHXH_CACHE_DIR": str(tmp_path / "cache"),
        "NO_COLOR": "1",
        "BHXH_LANG": "en",
        "PYTHONIOENCODING": "utf-8",
    }


@pytest.mark.parametrize("content", HOSTILE.values(), ids=list(HOSTILE))
def test_every_command_refuses_a_hostile_file_cleanly(
    tmp_path: Path, env: dict[str, str], content: str
) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text(content, encoding="utf-8")
    commands = [[*args, "--data", str(path)] for args in COMMANDS]
    for args, done in zip(commands, run_all(commands, env), strict=True):
        output = done.stdout + done.stderr
        assert done.returncode == 1, (args, output[-2000:])
        assert b"Traceback" not in output, args
        assert b"\x1b" not in output, args
        assert len(output) < 20_000, args


class Payload:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (self.marker,))


def test_a_planted_cache_runs_nothing_in_any_command(tmp_path: Path, env: dict[str, str]) -> None:
    assert run(["coverage", "--data", str(DATA)], env).returncode == 0
    marker = tmp_path / "code-ran"
    for entry in (tmp_path / "cache").rglob("*"):
        if entry.is_file():
            entry.write_bytes(pickle.dumps(Payload(marker)))
    commands = [[*args, "--data", str(DATA)] for args in COMMANDS[:3]]
    for args, done in zip(commands, run_all(commands, env), strict=True):
        assert (done.returncode, b"Traceback" in done.stderr) == (0, False), args
    assert not marker.exists()
