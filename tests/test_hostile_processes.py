"""Hostile input against the real command, as separate processes under a 1 GiB address space:
data files, numbers and dates on the command line, output encodings, special files, closed and
full outputs, a reader that goes away, Ctrl-C, a planted cache. Every command ends quickly with
its documented exit code and at most one clean message, never a traceback, a hang or a flood of
output."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA, FIXTURES, ROOT

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


def run(
    args: list[str], env: dict[str, str], preamble: str = "", **how: Any
) -> subprocess.CompletedProcess[bytes]:
    """bhxh ARGS in a child limited to 1 GiB; `preamble` runs first (a timer, a stub)."""
    argv = [sys.executable, "-c", preamble + LIMITED, *args]
    if "stdout" not in how:
        how["capture_output"] = True
    return subprocess.run(argv, env=env, timeout=60, check=False, **how)


def run_all(
    commands: list[list[str]], env: dict[str, str], preamble: str = ""
) -> list[subprocess.CompletedProcess[bytes]]:
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return list(pool.map(lambda args: run(args, env, preamble), commands))


def clean(done: subprocess.CompletedProcess[bytes], code: int, args: object) -> None:
    """The documented exit code, no traceback, no raw escape, a short message at most."""
    output = (done.stdout or b"") + (done.stderr or b"")
    assert done.returncode == code, (args, output[-2000:])
    assert b"Traceback" not in output, args
    assert b"\x1b" not in output, args
    assert len(done.stderr or b"") < 2_000, args


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
    every = [*COMMANDS, ["quota", "lam-dong-2023-07", "-f", "json"], ["provinces"]]
    commands = [[*args, "--data", str(DATA)] for args in every]
    for args, done in zip(commands, run_all(commands, env), strict=True):
        assert (done.returncode, b"Traceback" in done.stderr) == (0, False), args
    assert not marker.exists()


# The command line: every command, every option that takes a number, a date or a period.

HUGE = "9" * 4301
QUOTA = ["quota", "-p", "can-tho", "--staff", "3", "--per-staff", "bhyt=1"]
DAYS = ["--start", "2024-01-01", "--days", "2"]
TYPED = {
    "numbers": [
        ["quota", "--staff", "²", "--per-staff", "bhyt=1"],
        ["quota", "--staff", "3", "--per-staff", "bhyt=²"],
        ["quota", "--staff", HUGE, "--per-staff", "bhyt=1"],
        ["quota", "--staff", "１２", "--per-staff", "bhyt=1"],
        ["quota", "--staff", "1000000000", "--per-staff", "bhyt=1000000000"],
        ["quota", "-p", "can-tho", "--per-unit", f"bhyt={HUGE}"],
        ["quota", "-p", "can-tho", "--split", "bhyt=10", "--min", "１", "--max", "²"],
        [*QUOTA, "--start", "2024-01-01", "--days", HUGE],
        ["coverage", "-p", "can-tho", "--depth", "²"],
        ["progress", "-p", "can-tho", "--depth", "１"],
        ["contribution", "household", "--members", "²"],
        ["contribution", "voluntary", "--income", HUGE],
        ["budget", "-p", "can-tho", "--period", "2026", "--new", "bhxhtn=１２"],
        ["budget", "-p", "can-tho", "--period", "2026", "--new", "bhxhtn=10", "--months", "²"],
    ],
    "dates": [
        ["coverage", "--as-of", "２０２４-12-31"],
        ["coverage", "--as-of", "2024-02-30"],
        ["progress", "-p", "can-tho", "--as-of", "31/12/99999"],
        ["progress", "-p", "can-tho", "--period", "２０２４"],
        ["coverage", "-p", "can-tho", "--period", "2024-H3"],
        [*QUOTA, "--start", "２０２４-01-01", "--days", "2"],
        [*QUOTA, "--start", "2024-01-01", "--end", "2023-01-01"],
        [*QUOTA, "--start", "0001-01-01", "--end", "9999-12-31"],
        ["contribution", "household", "--members", "2", "--on", "２０２６-01-01"],
        ["provinces", "--registry", "--on", "2025-02-30"],
        ["init", "can-tho", "--on", "31/12/99999"],
        ["report", "-p", "can-tho", "--as-of", "２０２４-12-31", "-o", "never-written.html"],
    ],
    "control characters": [
        ["coverage", "-p", "\x1b[2J\x1b]0;owned\x07"],
        ["progress", "-p", "can-tho", "--scheme", "\x1b[31m"],
        ["quota", "\x1b[2J"],
        ["validate", "\x1b[2J.yaml"],
        ["provinces", "--format", "\x1b[2J"],
        ["init", "\x1b[2J"],
        ["provinces", "--registry", "-p", "\x1b]0;owned\x07"],
        ["budget", "--campaign", "\x1b[2J", "--period", "2026"],
        ["import", "\x1b[2J.xlsx", "--province", "can-tho", "--as-of", "2024-05-31"],
        ["template", "--province", "\x1b[2J", "-o", "never-written.xlsx"],
        ["report", "-p", "can-tho", "-o", "/nonexistent/\x1b[2J.html"],
    ],
    "empty --data": [[*args, "--data", ""] for args in COMMANDS],
}


@pytest.mark.parametrize("commands", TYPED.values(), ids=list(TYPED))
def test_what_is_typed_is_a_usage_error_at_worst(
    env: dict[str, str], commands: list[list[str]]
) -> None:
    for args, done in zip(commands, run_all(commands, env), strict=True):
        clean(done, 3 if "/nonexistent/" in str(args) else 2, args)
        assert done.stdout == b"", args


# Output in an encoding that cannot hold Vietnamese: tables degrade, JSON and CSV are UTF-8.

EVERY_COMMAND = [
    ["--lang", "vi", "coverage", "-p", "vinh-long"],
    ["--lang", "vi", "coverage", "-p", "can-tho", "--by-unit"],
    ["--lang", "vi", "provinces"],
    ["--lang", "vi", "progress", "-p", "can-tho", "--by-unit"],
    ["--lang", "vi", "quota", "lam-dong-2023-07", "-f", "markdown"],
    ["--lang", "vi", "validate", "tests/fixtures/validate/not-whole-number.yaml"],
    ["--lang", "vi", "coverage", "-p", "nowhere"],
    ["--lang", "vi", "--help"],
    ["coverage", "-f", "json"],
    ["progress", "-p", "can-tho", "-f", "csv"],
    ["quota", "lam-dong-2023-07", "-f", "csv"],
    ["validate", "-f", "json", "tests/fixtures/validate/not-whole-number.yaml"],
    ["schema"],
    ["--lang", "vi", "init", "can-tho", "--on", "2026-12-01"],
    ["--lang", "vi", "provinces", "--registry", "-p", "can-tho", "--on", "2026-12-01"],
    ["--lang", "vi", "contribution", "household", "--members", "4", "--on", "2026-07-01"],
    ["--lang", "vi", "budget", "-p", "can-tho", "--period", "2026", "--new", "bhxhtn=415"],
    ["budget", "-p", "can-tho", "--period", "2026", "--new", "bhxhtn=415", "-f", "csv"],
    ["--lang", "vi", "report", "--help"],
    ["--lang", "vi", "import", "--help"],
]
ENCODINGS = {
    "cp1258": {"PYTHONIOENCODING": "cp1258"},
    "ascii": {"PYTHONIOENCODING": "ascii"},
    "C locale": {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
}


@pytest.mark.parametrize("setting", ENCODINGS.values(), ids=list(ENCODINGS))
def test_every_command_prints_in_any_encoding(
    env: dict[str, str], setting: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    plain = {key: value for key, value in env.items() if key != "PYTHONIOENCODING"}
    utf8 = run_all(EVERY_COMMAND, env)
    limited = run_all(EVERY_COMMAND, {**plain, **setting})
    for args, done, expected in zip(EVERY_COMMAND, limited, utf8, strict=True):
        clean(done, expected.returncode, args)
        assert done.stdout or done.stderr, args
        if {"json", "csv", "schema", "init"} & set(args):  # the same UTF-8 bytes anywhere
            assert done.stdout == expected.stdout, args


# Special files and what the system refuses.


def test_special_files_are_named_with_their_reason(tmp_path: Path, env: dict[str, str]) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    paths = [loop, fifo, tmp_path, Path("/dev/zero"), tmp_path / "missing.yaml"]
    commands = [["validate", str(path)] for path in paths]
    commands += [["coverage", "--data", str(path)] for path in paths]
    commands += [["quota", "--staff", "3", "--per-staff", "bhyt=1", "--holidays", str(fifo)]]
    for args, done in zip(commands, run_all(commands, env), strict=True):
        clean(done, 2, args)


@pytest.mark.skipif(os.geteuid() == 0, reason="root enters every folder")
def test_folders_that_cannot_be_entered_are_named(tmp_path: Path, env: dict[str, str]) -> None:
    locked = tmp_path / "locked"
    (locked / "data").mkdir(parents=True)
    (locked / "data").chmod(0)
    try:
        done = run(["coverage"], {**env, "BHXH_DATA": ""}, cwd=locked)
        clean(done, 2, "./data")
        done = run(["validate", str(locked / "data" / "targets.yaml")], env)
        clean(done, 2, "validate")
    finally:
        (locked / "data").chmod(0o700)


# No $HOME and no passwd entry: the lookup of the home folder fails as it would.
HOMELESS = "import pwd\ndef _no_entry(uid): raise KeyError(uid)\npwd.getpwuid = _no_entry\n"


def test_no_home_and_no_passwd_entry_runs_without_a_cache(env: dict[str, str]) -> None:
    homeless = {
        k: v for k, v in env.items() if k not in {"HOME", "XDG_CACHE_HOME", "BHXH_CACHE_DIR"}
    }
    commands = [["coverage", "-f", "json"], ["progress", "-p", "can-tho"], ["validate"]]
    for args, done in zip(commands, run_all(commands, homeless, HOMELESS), strict=True):
        clean(done, 0, args)


INVALID = str(FIXTURES / "validate" / "not-whole-number.yaml")


def test_a_closed_stdout_is_one_message_and_exit_3(env: dict[str, str]) -> None:
    every = (["coverage"], ["validate", INVALID], ["schema"], ["--help"], ["--version"])
    for args in (*every, ["init", "can-tho"], ["contribution", "household", "--members", "2"]):
        done = run(args, env, stdout=None, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1))
        clean(done, 3, args)
        assert done.stderr == b"bhxh: cannot write the output: Bad file descriptor\n"


def test_a_full_disk_is_one_message_and_exit_3(env: dict[str, str]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    every = (["coverage"], ["coverage", "-f", "json"], ["validate", INVALID], ["--help"])
    for args in (*every, ["init", "can-tho"], ["provinces", "--registry", "-f", "csv"]):
        with Path("/dev/full").open("wb") as full:
            done = run(args, env, stdout=full, stderr=subprocess.PIPE)
        clean(done, 3, args)
        assert done.stderr == b"bhxh: cannot write the output: No space left on device\n"


def test_a_reader_that_goes_away_ends_the_run_quietly_with_141(env: dict[str, str]) -> None:
    plan = ["quota", "-p", "can-tho", "--per-unit", "bhyt=9", "--start", "2024-01-01"]
    for fmt in ("csv", "table"):
        args = [*plan, "--days", "3000" if fmt == "csv" else "1000", "-f", fmt]
        argv = [sys.executable, "-c", LIMITED, *args]
        child = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert child.stdout is not None and child.stderr is not None
        child.stdout.read(100)
        child.stdout.close()
        assert child.wait(timeout=60) == 141, args
        assert child.stderr.read() == b"", args


# Ctrl-C in the first 50 ms of bhxh's own code: a thread of the child waits until bhxh's first
# lines have taken over SIGINT, then sends it after the delay. (Before those lines run, Python
# itself is starting up: a signal then is Python's to report. A timer from the child's start
# would, on a loaded machine, fire in that window.)
INTERRUPT = (
    "import os, signal, threading, time, resource, runpy\n"
    "def _later():\n"
    "    begun = time.monotonic()\n"
    "    while signal.getsignal(signal.SIGINT) is signal.default_int_handler:\n"
    "        if time.monotonic() - begun > 10: return\n"
    "        time.sleep(0.0005)\n"
    "    time.sleep({delay})\n"
    "    os.kill(os.getpid(), signal.SIGINT)\n"
    "threading.Thread(target=_later, daemon=True).start()\n"
)


def test_ctrl_c_at_any_moment_is_one_line_and_exit_130(env: dict[str, str]) -> None:
    commands = [["coverage"], ["progress", "-p", "can-tho", "--by-unit"], ["validate"]]
    for delay in (0, 0.005, 0.01, 0.02, 0.035, 0.05):
        preamble = INTERRUPT.format(delay=delay)
        for args, done in zip(commands, run_all(commands, env, preamble), strict=True):
            assert done.returncode in (0, 130), (delay, args, done.stderr[-2000:])
            if done.returncode == 130:
                assert done.stderr.endswith(b"bhxh: interrupted\n"), (delay, args, done.stderr)
            assert b"Traceback" not in done.stderr


# A day plan over many units drawn as a table: refused beyond its limit, under 1 GiB.
MANY_UNITS = "version: 1\nprovinces:\n  big:\n    name: Big\n    units:\n" + "".join(
    f"      u{n}: {{name: Unit {n}, population: 1000}}\n" for n in range(2000)
)


def test_a_day_plan_table_over_many_units_is_refused_within_1_gib(
    tmp_path: Path, env: dict[str, str]
) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(MANY_UNITS, encoding="utf-8")
    plan = ["quota", "-p", "big", "--per-unit", "bhyt=1000", "--start", "2024-01-01"]
    table = run([*plan, "--days", "100", "--data", str(path)], env)
    clean(table, 2, "a table of 200,000 lines")
    assert b"has 200,000 lines (units: 2,000, schemes: 1, days: 100)" in table.stderr


# The child's peak memory, as the kernel counts it for its own program (VmHWM): the peak of
# wait4's rusage would count the pages of pytest the child was forked from.
PEAK = (
    "import atexit\n"
    "atexit.register(lambda: open({path!r}, 'w').write(open('/proc/self/status').read()))\n"
)


# A day-by-day plan is written as it is made: twice the lines that once took 680 MB as JSON run
# in a small, flat amount of memory under the 1 GiB limit, every line there.
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_large_day_plan_streams_in_flat_memory(
    tmp_path: Path, env: dict[str, str], fmt: str
) -> None:
    units, days = 2_000, 200
    data = tmp_path / "targets.yaml"
    rows = "".join(f"      u{n}: {{name: U{n}}}\n" for n in range(units))
    data.write_text(f"version: 1\nprovinces:\n  p:\n    name: P\n    units:\n{rows}", "utf-8")
    args = ["quota", "-p", "p", "--per-unit", "bhyt=500", "--start", "2024-01-01"]
    args += ["--days", str(days), "-f", fmt, "--data", str(data)]
    out, status = tmp_path / f"plan.{fmt}", tmp_path / "status"
    with out.open("wb") as sink:
        done = run(args, env, PEAK.format(path=str(status)), stdout=sink, stderr=subprocess.PIPE)
    clean(done, 0, args)
    peak = next(line for line in status.read_text().splitlines() if line.startswith("VmHWM:"))
    assert int(peak.split()[1]) < 150 * 1024, peak
    if fmt == "csv":
        with out.open(encoding="utf-8") as lines:
            assert sum(1 for _ in lines) == units * days + 1
    else:
        plan = json.loads(out.read_bytes())
        assert len(plan["schedule"]) == units * days
        assert sum(line["quota"] for line in plan["schedule"]) == units * 500
        assert plan["day_totals"][0] == {"date": "2024-01-01", "scheme": "bhyt", "quota": 6_000}


# A sheet's cells and a sheet's path reach the terminal as text, never as commands.
def test_escapes_in_a_sheet_reach_no_terminal(tmp_path: Path, env: dict[str, str]) -> None:
    example = (ROOT / "examples" / "can-tho-2024-04.csv").read_text(encoding="utf-8")
    sheet = tmp_path / "\x1b]0;owned\x07.csv"
    sheet.write_text(example.replace("Huyện Thới Lai", "\x1b[2JHuyện Thới Lai"), "utf-8")
    args = ["import", str(sheet), "--province", "can-tho", "--as-of", "2024-04-30"]
    done = run([*args, "--data", str(DATA), "-o", str(tmp_path / "out.yaml")], env)
    clean(done, 1, args)
    said = done.stderr.decode("utf-8")
    assert "'\u241b]0;owned\u2407'!B5" in said  # the sheet, named after its file: ␛ and ␇
    assert "'\\x1b[2JHuyện Thới Lai' is not a unit of can-tho" in said  # the cell, quoted
    assert not (tmp_path / "out.yaml").exists()
