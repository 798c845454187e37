"""The direct start of `bhxh import` (`cli/direct.py`): it reads a command line only as Typer
reads it, leaves everything else to the app, loads no Typer, and says, writes and exits
exactly as the app does."""

from __future__ import annotations

import inspect
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import example, given, settings
from hypothesis import strategies as st
from typer import _click
from typer.main import get_command
from typer.models import TyperPath

from bhxh_cli.cli import app
from bhxh_cli.cli.direct import FLAGS, PATHS, REQUIRED, VALUED, parsed
from bhxh_cli.cli.importing import run_import
from bhxh_cli.cli.output import Settings
from bhxh_cli.i18n import LANGS
from tests.sheets.test_import import MERGED, TARGETS, sheet
from tests.sheets.workbooks import write_xlsx

BASE = ["import", "s.xlsx", "-p", "p", "--as-of", "30/04/2024"]


@pytest.fixture(autouse=True)
def utf8_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard streams as a terminal or a pipe gives them: UTF-8 text."""
    for name in ("stdout", "stderr"):
        monkeypatch.setattr(sys, name, io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))


def _group() -> Any:
    return get_command(app)


def test_the_options_read_directly_are_the_commands_own() -> None:
    group = _group()
    command = group.commands["import"]
    options = [p for p in command.params if p.param_type_name == "option"]
    arguments = [p for p in command.params if p.param_type_name == "argument"]
    assert [p.name for p in arguments] == ["sheet_file"]
    own = {name: p.name for p in options for name in p.opts}
    flags = {name for p in options if p.is_flag for name in p.opts}
    assert own == {k: v for k, v in {**VALUED, **FLAGS}.items() if v not in {"lang", "no_color"}}
    assert flags == {k for k, v in FLAGS.items() if v != "no_color"}
    assert {p.name for p in command.params if p.required} == set(REQUIRED)
    assert {p.name for p in command.params if isinstance(p.type, TyperPath)} == set(PATHS)
    assert not any(p.multiple or p.envvar or p.callback for p in command.params)
    # the command and the direct start both run `run_import`, with the command's parameters
    taken = list(inspect.signature(run_import).parameters)
    assert taken == ["settings", *(p.name for p in command.params)]
    run = {name: p for p in group.params for name in p.opts}
    assert run["--lang"].name == "lang" and list(run["--lang"].type.choices) == list(LANGS)
    assert run["--no-color"].is_flag and run["--no-color"].name == "no_color"


def typer_reads(args: list[str]) -> tuple[dict[str, Any], Settings] | None:
    """What Typer makes of `args`: the import's options and the run's settings, or None when
    it refuses them, asks for help or runs another command."""
    group = _group()
    try:
        ctx = group.make_context("bhxh", list(args))
        name, command, rest = group.resolve_command(ctx, [*ctx._protected_args, *ctx.args])
        if name != "import":
            return None
        sub = command.make_context(name, rest, parent=ctx)
    except (_click.exceptions.ClickException, typer.Exit):
        return None
    values = dict(sub.params)
    for path in PATHS:
        if values[path] is not None:
            values[path] = Path(values[path])
    return values, Settings(ctx.params["lang"], ctx.params["no_color"])


VALUES = st.sampled_from(["s.xlsx", "p", "30/04/2024", "T2", "m.yaml", "vi", "en", "Tỉnh P", "x y"])
ODD = st.sampled_from(["", "-x", "a=b", "import", "--replace", "fr", "-", "--", "-h", "--help"])
JUNK = st.sampled_from(["--", "-h", "--help", "-pp", "--unknown", "--replace=1", "-", "--version"])


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """An import's command line, its options in any order and either form, the run's before
    or after the command; often changed a little: a word of junk, an option again, an odd
    value, a word dropped."""
    names = draw(st.permutations(sorted({*VALUED, *FLAGS})))
    chosen: dict[str, str] = {}
    for option in names[: draw(st.integers(0, len(names)))]:
        name = VALUED.get(option) or FLAGS[option]
        if name not in chosen.values():  # -p or --province, not both
            chosen[option] = name
    words: list[list[str]] = [[draw(VALUES)]]  # the sheet
    for option, name in chosen.items():
        if option in FLAGS:
            words.append([option])
            continue
        value = draw(st.one_of(VALUES, ODD) if draw(st.integers(0, 9)) == 0 else VALUES)
        if name == "lang":
            value = draw(st.sampled_from(["vi", "en"])) if value not in ("", "fr") else value
        joined = option.startswith("--") and draw(st.booleans())
        words.append([f"{option}={value}"] if joined else [option, value])
    words = draw(st.permutations(words))
    run = [w for w in words if w[0].split("=")[0] in {"--lang", "--no-color"}]
    before = run if draw(st.booleans()) else []
    line = [*(x for w in before for x in w), "import"]
    line += [x for w in words if w not in before for x in w]
    for _ in range(draw(st.integers(0, 2)) if draw(st.booleans()) else 0):
        at = draw(st.integers(0, len(line)))
        change = draw(st.sampled_from(["junk", "again", "drop"]))
        if change == "junk":
            line.insert(at, draw(JUNK))
        elif change == "again" and line:
            line.insert(at, line[draw(st.integers(0, len(line) - 1))])
        elif line:
            del line[min(at, len(line) - 1)]
    return line


@settings(max_examples=500, deadline=None)
@given(command_lines())
def test_a_command_line_read_directly_is_read_as_typer_reads_it(args: list[str]) -> None:
    """Whatever is read directly, Typer reads the same; the rest is Typer's to read."""
    found = parsed(args)
    if found is not None:
        assert typer_reads(args) == found


@pytest.mark.parametrize(
    "args",
    [
        BASE,
        ["--lang", "vi", "--no-color", *BASE],
        [*BASE, "--lang=en", "--replace", "--sheet", "T2", "-o", "o.yaml"],
        ["import", "-p", "p", "--mapping=m.yaml", "--show-mapping", "s.xlsx", "--as-of=30/04/2024"],
        [*BASE, "--data", "d.yaml", "--no-color"],
    ],
)
def test_a_plain_import_is_read_directly(args: list[str]) -> None:
    found = parsed(args)
    assert found is not None
    assert found == typer_reads(args)


@pytest.mark.parametrize(
    "args",
    [
        [*BASE, "--help"],
        ["-h", *BASE],
        [*BASE, "--"],
        [*BASE, "-p", "q"],  # given twice: Typer's last wins, --data twice is an error
        ["import", "s.xlsx", "-pp", "--as-of", "30/04/2024"],  # a short option's value joined
        ["import", "s.xlsx", "--as-of", "30/04/2024"],  # --province missing
        [*BASE, "--lang", "fr"],
        [*BASE, "--sheet", ""],
        [*BASE, "--sheet", "-x"],
        [*BASE, "--replace=yes"],
        [*BASE, "t.xlsx"],
        ["--version", *BASE],
        ["-p", "p", *BASE[:2], *BASE[4:]],  # the command's option before the command
        ["coverage", "-p", "p"],
        [],
    ],
)
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    assert parsed(args) is None


def test_completion_and_other_streams_are_left_to_typer(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parsed(BASE) is not None
    monkeypatch.setenv("_BHXH_COMPLETE", "bash_complete")
    assert parsed(BASE) is None
    monkeypatch.delenv("_BHXH_COMPLETE")
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    assert parsed(BASE) is None  # Click writes on it through a UTF-8 writer of its own
    monkeypatch.setattr(sys, "stdout", None)
    assert parsed(BASE) is None


def test_a_path_typer_refuses_is_left_to_typer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typer refuses a path that exists and cannot be read (root reads everything: os.access
    says what it would say to anyone else)."""
    sheet_file = tmp_path / "s.xlsx"
    sheet_file.write_bytes(b"")
    args = ["import", str(sheet_file), *BASE[2:]]
    assert parsed(args) is not None
    monkeypatch.setattr(os, "access", lambda path, _mode: Path(path) != sheet_file)
    assert parsed(args) is None


# Runs `bhxh` as its entry point does, and says on the last lines of stderr how many times the
# cycle collector ran meanwhile and whether Typer was loaded.
ENTRY = """
import gc, sys
from bhxh_cli.__main__ import main
sys.argv = ["bhxh", *sys.argv[1:]]
runs = []
gc.callbacks.append(lambda phase, info: phase == "start" and runs.append(info))
try:
    main()
finally:
    print(len(runs), file=sys.stderr)
    print("typer" in sys.modules, file=sys.stderr)
"""


def _run(folder: Path, args: list[str]) -> tuple[int, str, str, bool, int]:
    env = {"BHXH_CACHE_DIR": str(folder / "cache"), "COLUMNS": "100", "PATH": ""}
    for name in ("LANG", "LC_ALL", "SYSTEMROOT"):
        if name in os.environ:
            env[name] = os.environ[name]
    done = subprocess.run(
        [sys.executable, "-c", ENTRY, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=folder,
        check=False,
    )
    *said, collections, loaded = done.stderr.splitlines()
    return done.returncode, done.stdout, "\n".join(said), loaded == "True", int(collections)


SCENARIOS = {
    "written": ([], None),
    "in Vietnamese": (["--lang", "vi"], None),
    "the mapping": (["--show-mapping"], None),
    "a date that is not": (["--as-of", "31/02/2024"], None),
    "a name no unit has": ([], (6, 1, "Huyện Cờ Xanh")),
    "a rate misread": ([], (5, 4, 9.5)),
    "no data set": (["--data", "none.yaml"], None),
}


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_the_direct_start_says_writes_and_exits_as_the_app(tmp_path: Path, scenario: str) -> None:
    """The same import in two folders, read directly and, its province's option joined to
    its value (`-pp`), by the app: the same exit code, output and file, and Typer loaded by
    the app's only."""
    more, change = SCENARIOS[scenario]
    rows = sheet()
    if change is not None:
        row, col, value = change
        rows[row][col] = value
    runs, written = [], []
    for name, province in (("direct", ["-p", "p"]), ("app", ["-pp"])):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "targets.yaml").write_text(TARGETS, encoding="utf-8")
        write_xlsx(folder / "s.xlsx", rows, MERGED)
        as_of = [] if "--as-of" in more else ["--as-of", "30/04/2024"]
        data = [] if "--data" in more else ["--data", "targets.yaml"]
        args = ["import", "s.xlsx", *province, *as_of, *data, *more]
        runs.append(_run(folder, args))
        actuals = folder / "actuals"
        written.append(
            sorted(p.read_text("utf-8") for p in actuals.iterdir()) if actuals.exists() else []
        )
        shutil.rmtree(folder / "cache", ignore_errors=True)
    (code, out, err, direct_typer, collected), (code_app, out_app, err_app, app_typer, _) = runs
    assert (code, out, err) == (code_app, out_app, err_app)
    assert written[0] == written[1]
    assert (direct_typer, app_typer) == (False, True)
    assert collected == 0  # the direct start runs with the cycle collector paused
    if scenario == "written":
        assert code == 0 and written[0]


@settings(max_examples=200, deadline=None)
@example("\x1b[31mred\x1b[0m", "utf-8", False, True)  # Click strips it off a terminal
@example("Tổng cộng", "ascii", True, False)  # Click writes UTF-8 on an ASCII stream
@given(
    st.text(st.characters(codec="utf-8"), max_size=30),
    st.sampled_from(["utf-8", "UTF8", "ascii", "cp1258", "latin-1"]),
    st.booleans(),
    st.booleans(),
)
def test_echo_writes_what_typer_echo_writes(text: str, encoding: str, err: bool, nl: bool) -> None:
    """`streams.echo` writes the bytes `typer.echo` writes, on any stream and any text (an
    escape, a letter the stream's encoding lacks), with or without the line break."""
    from bhxh_cli.cli import streams

    written = []
    for echo in (streams.echo, typer.echo):
        out = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="strict")
        name = "stderr" if err else "stdout"
        saved = getattr(sys, name)
        setattr(sys, name, out)
        try:
            echo(text, err=err, nl=nl)
        except UnicodeEncodeError as failed:  # the same failure, where the stream lacks a letter
            written.append(("failed", failed.reason))
        else:
            out.flush()
            written.append(("written", out.buffer.getvalue()))  # type: ignore[attr-defined]
        finally:
            setattr(sys, name, saved)
    assert written[0] == written[1]


def test_a_reader_gone_ends_both_starts_alike(tmp_path: Path) -> None:
    """stdout a pipe whose reader left before the summary: the direct start ends as Typer's
    main ends the app, with 1 and nothing more said, the file written in both."""
    ended = []
    for name, province in (("direct", ["-p", "p"]), ("app", ["-pp"])):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "targets.yaml").write_text(TARGETS, encoding="utf-8")
        write_xlsx(folder / "s.xlsx", sheet(), MERGED)
        args = ["import", "s.xlsx", *province, "--as-of", "30/04/2024", "--data", "targets.yaml"]
        env = {"BHXH_CACHE_DIR": str(folder / "cache"), "PATH": ""}
        read, write = os.pipe()
        os.close(read)  # the reader is gone before anything is written
        try:
            done = subprocess.run(
                [sys.executable, "-m", "bhxh_cli", *args],
                stdout=write,
                stderr=subprocess.PIPE,
                env=env,
                cwd=folder,
                check=False,
            )
        finally:
            os.close(write)
        ended.append((done.returncode, done.stderr, (folder / "actuals").is_dir()))
    assert ended[0] == ended[1]
    assert ended[0][0] == 1
