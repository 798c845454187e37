"""Time bhxh as whole processes against floors measured in the same run.

Usage: python bench/run.py [--quick] [--runs N] [--results PATH] [--peers DIR] [--only-import]

Every time is the median of several runs of a whole process and is shown as a ratio to a floor
measured in the same run, so the machine's speed cancels out. Peak memory is the kernel's
ru_maxrss of each child process. Each command is timed in every output format it has (table,
json, csv and markdown; validate's text, json and github), tables at a fixed width of 100
columns without colour. Each data file is read once untimed first, so the validated-file cache
is warm, as it is for anyone running bhxh more than once; the cold figure is shown beside them.
With --peers DIR (a folder holding check-jsonschema and yamllint, as `make bench` installs
them), those tools are run once each on the national file and compared with bhxh validate.
--quick uses tiny sizes and one run, and skips the peers: it proves the benchmark still works
(`make test` runs it) and asserts nothing about time.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

PY = sys.executable
BHXH = [PY, "-m", "bhxh_cli"]
SHIPPED = str(ROOT / "data" / "targets.yaml")
SPLIT_TOTAL = 1_000_000
SPLIT_MIN = 5
QUOTA = "quota --split 1,000,000 --min 5"
PROGRESS = "progress --by-unit --depth 2"
COVERAGE = "coverage, all provinces"
FORMATS = ("table", "json", "csv", "markdown")
VALIDATE_FORMATS = ("text", "json", "github")  # bhxh validate's own


def floor_imports() -> list[str]:
    return [PY, "-c", "import typer, pydantic, yaml, rich"]


PARSE = "import sys, yaml; yaml.load(open(sys.argv[1], encoding='utf-8'), Loader=yaml.CSafeLoader)"


def floor_parse(path: Path) -> list[str]:
    return [PY, "-c", PARSE, str(path)]


def floor_python_yaml() -> list[str]:
    return [PY, "-c", "import yaml"]


@dataclass(frozen=True)
class Timing:
    seconds: float
    peak_mib: float


class Bench:
    def __init__(self, runs: int, cache: Path) -> None:
        self.runs = runs
        self.env = {
            **os.environ,
            "NO_COLOR": "1",
            "COLUMNS": "100",
            "BHXH_LANG": "en",
            "BHXH_CACHE_DIR": str(cache),
        }
        self.env.pop("BHXH_NO_CACHE", None)
        # Python's own bytecode cache stays on, as for anyone who installed bhxh: with it off,
        # every run would compile bhxh's modules again while the floor's come compiled.
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)

    def spawn(
        self,
        argv: Sequence[str],
        stdout: IO[bytes] | int,
        stderr: IO[bytes],
        env: dict[str, str] | None = None,
    ) -> tuple[Timing, int]:
        """Run a whole process from the repository: its time, peak memory and exit code. Its
        error output goes to a file, not a pipe, which a child that says much could fill."""
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=stdout, stderr=stderr, env=env or self.env, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        return Timing(elapsed, usage.ru_maxrss / 1024), os.waitstatus_to_exitcode(status)

    def once(self, argv: Sequence[str], env: dict[str, str]) -> Timing:
        with tempfile.TemporaryFile() as err:
            timing, code = self.spawn(argv, subprocess.DEVNULL, err, env)
            if code != 0:
                err.seek(0)
                said = err.read().decode(errors="replace")
                raise SystemExit(f"benchmark command failed ({code}): {' '.join(argv)}\n{said}")
        return timing

    def time(
        self, argv: Sequence[str], *, warm: bool = True, cold: bool = False, runs: int = 0
    ) -> Timing:
        env = {**self.env, "BHXH_NO_CACHE": "1"} if cold else self.env
        if warm and not cold:
            self.once(argv, env)
        timed = [self.once(argv, env) for _ in range(runs or self.runs)]
        return Timing(statistics.median(t.seconds for t in timed), max(t.peak_mib for t in timed))


@dataclass(frozen=True)
class Row:
    what: str
    timing: Timing
    floor: Timing | None = None
    target: float | None = None
    note: str = ""

    def cells(self) -> list[str]:
        ratio = self.timing.seconds / self.floor.seconds if self.floor else None
        verdict = ""
        if ratio is not None and self.target is not None:
            verdict = "met" if ratio <= self.target else "MISSED"
        return [
            self.what,
            f"{self.timing.seconds:.3f}",
            f"{self.floor.seconds:.3f}" if self.floor else "",
            f"{ratio:.2f}" if ratio is not None else "",
            f"<= {self.target:g}" if self.target else "",
            verdict,
            f"{self.timing.peak_mib:.0f}" if self.timing.peak_mib else "",
            self.note,
        ]


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return lines + ["| " + " | ".join(r) + " |" for r in rows]


def write_files(folder: Path, scale: float) -> dict[str, Path]:
    """Generated in a child process: this one stays small, because a child's peak memory
    (ru_maxrss) starts from its parent's size at fork."""
    files = {}
    for shape in ("pre2025", "post2025", "flat"):
        path = folder / f"{shape}-{scale:g}.yaml"
        argv = [PY, str(HERE / "generate.py"), str(path), "--shape", shape, "--scale", str(scale)]
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        files[shape] = path
    return files


# The generator gives every province the same shape; tinh-1 is as large as any.
LARGEST = "tinh-1"


def startup(bench: Bench, rounds: int) -> list[Row]:
    """Start-up is a few hundredths of a second, so the floor and every command take turns,
    round after round, and each figure is the median of its rounds: drift of the machine
    falls on all of them alike."""
    data = ["--data", SHIPPED]
    coverage = [*BHXH, "coverage", "-p", "vinh-long", *data]
    targets = {"table": 1.3, "json": 1.1}
    cases: list[tuple[str, list[str], float | None]] = [
        ("floor: import typer, pydantic, yaml, rich", floor_imports(), None),
        ("coverage -p vinh-long", coverage, targets["table"]),
        *(
            (f"coverage -p vinh-long -f {fmt}", [*coverage, "-f", fmt], targets.get(fmt))
            for fmt in FORMATS[1:]
        ),
        ("--help", [*BHXH, "--help"], 1.1),
        ("--version", [*BHXH, "--version"], 1.1),
    ]
    # Fills the cache and the OS's file cache; with one round (--quick), the cache alone.
    for _, argv, _ in cases if rounds > 1 else cases[1:2]:
        bench.once(argv, bench.env)
    samples: list[list[Timing]] = [[] for _ in cases]
    for _ in range(rounds):
        for index, (_, argv, _) in enumerate(cases):
            samples[index].append(bench.once(argv, bench.env))
    timings = [
        Timing(statistics.median(t.seconds for t in s), max(t.peak_mib for t in s)) for s in samples
    ]
    floor = timings[0]
    return [Row(cases[0][0], floor)] + [
        Row(what, timing, floor, target)
        for (what, _, target), timing in zip(cases[1:], timings[1:], strict=True)
    ]


@dataclass(frozen=True)
class Command:
    """A command timed in each of its formats, those in `once` with one run only; `data` is
    the file whose cache it reads."""

    what: str
    argv: list[str]
    formats: tuple[str, ...] = FORMATS
    once: tuple[str, ...] = ()
    data: str | None = None


def data_commands(files: dict[str, Path]) -> list[Command]:
    national, flat = str(files["pre2025"]), str(files["flat"])
    split = ["--split", f"bhxh_tu_nguyen={SPLIT_TOTAL}", "--min", str(SPLIT_MIN)]
    by_unit = ["-p", LARGEST, "--by-unit", "--depth", "2"]
    return [
        # On a clean file validate's formats differ by one line: text, the default, gets every
        # run, json and github one each (a run is seconds at full size).
        Command("validate", ["validate", national], VALIDATE_FORMATS, once=("json", "github")),
        Command(PROGRESS, ["progress", "--data", national, *by_unit], data=national),
        Command(COVERAGE, ["coverage", "--data", national], data=national),
        Command(QUOTA, ["quota", "--data", flat, "-p", "tinh-1", *split], data=flat),
    ]


Key = tuple[str, str]  # (command, format)


def time_formats(bench: Bench, commands: list[Command]) -> dict[Key, Timing]:
    """Every command in every format. Each data file is read once first, untimed, to fill
    the cache (validate never uses it)."""
    for path in dict.fromkeys(c.data for c in commands if c.data):
        bench.once([*BHXH, "coverage", "--data", str(path), "-f", "json"], bench.env)
    timings = {}
    for command in commands:
        for fmt in command.formats:
            argv = [*BHXH, *command.argv, "-f", fmt]
            runs = 1 if fmt in command.once else 0
            timings[command.what, fmt] = bench.time(argv, warm=False, runs=runs)
    return timings


SPLIT_ALONE = """
import statistics, sys, time
from bhxh_cli.quota.apportion import Claim, apportion
from bhxh_cli.datafile import load
data = load(sys.argv[1]).data
weights = [unit.population or 0 for unit in data.provinces["tinh-1"].units.values()]
claims = [Claim(weight, int(sys.argv[3])) for weight in weights]
times = []
for _ in range(9):
    start = time.perf_counter()
    apportion(int(sys.argv[2]), claims)
    times.append(time.perf_counter() - start)
print(statistics.median(times))
"""


def split_seconds(flat: Path) -> float:
    """The apportionment alone, on the same weights as the command (median of 9 calls)."""
    argv = [PY, "-c", SPLIT_ALONE, str(flat), str(SPLIT_TOTAL), str(SPLIT_MIN)]
    return float(subprocess.run(argv, check=True, capture_output=True, text=True).stdout)


def xlsx_seconds(flat: Path) -> tuple[float, float, int, float]:
    """(bhxh's workbook, xlsxwriter alone, rows, drawing the tables): medians of 5, in one
    child process."""
    argv = [PY, str(HERE / "xlsx_alone.py"), str(flat)]
    said = subprocess.run(argv, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    ours, alone, rows, drawing = said.split()
    return float(ours), float(alone), int(rows), float(drawing)


REPORT_COMMUNES = 100


def for_people(bench: Bench, folder: Path) -> list[str]:
    """bhxh report of a province of 100 communes (target < 1 s, the whole process), and the
    workbook of the quota split against xlsxwriter alone (target <= 2x)."""
    province = folder / "report-100.yaml"
    scale = REPORT_COMMUNES / 10_600
    argv = [PY, str(HERE / "generate.py"), str(province), "--shape", "flat", "--scale", str(scale)]
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    page = folder / "report.html"
    # bhxh never overwrites a file: each run starts by removing the last run's page
    command = " ".join([*BHXH, "report", "-p", "tinh-1", "--by-unit", "--data", str(province)])
    shell = ["sh", "-c", f"rm -f {page} && exec {command} -o {page}"]
    report = bench.time(shell)
    verdict = "met" if report.seconds < 1 else "MISSED"
    rows = [
        Row(
            f"report -p tinh-1 --by-unit ({REPORT_COMMUNES} communes)",
            report,
            note=f"target < 1 s: {verdict}; page {page.stat().st_size / 1024:.0f} KiB",
        ).cells()
    ]
    flat = folder / "flat-people.yaml"
    argv = [PY, str(HERE / "generate.py"), str(flat), "--shape", "flat", "--scale", "1"]
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    ours, alone, count, drawing = xlsx_seconds(flat)
    ratio = ours / alone
    rows.append(
        [
            f"{QUOTA} workbook, in-process ({count:,} rows)",
            f"{ours:.3f}",
            f"{alone:.3f}",
            f"{ratio:.2f}",
            "<= 2",
            "met" if ratio <= 2 else "MISSED",
            "",
            "floor: xlsxwriter alone writing the same cells; drawing the tables both start "
            f"from: {drawing:.3f} s",
        ]
    )
    return table(HEADER, rows)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return (
        f"{platform.system()} {platform.release()} {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )


HEADER = ["command", "median s", "floor s", "ratio", "target", "", "peak MiB", "note"]
# bhxh quota as a table was quadratic in the units; the same plan as JSON is its bound.
QUOTA_TABLE_TARGET = 2.0


def national(
    bench: Bench, files: dict[str, Path], scale: float, timings: dict[Key, Timing]
) -> list[str]:
    """The headline figures at full size, against the parse of the file."""
    parse = bench.time(floor_parse(files["pre2025"]), warm=False, runs=2)
    base = bench.time(floor_python_yaml(), warm=False)
    # One run: a cold start parses the whole file, as validate does in every run above.
    cold = bench.time(
        [*BHXH, "coverage", "--data", str(files["pre2025"]), "-f", "json"], cold=True, runs=1
    )
    validate = timings["validate", "text"]
    document = max(parse.peak_mib - base.peak_mib, 0.1)
    validate_extra = validate.peak_mib - base.peak_mib
    split = split_seconds(files["flat"])
    quota = timings[QUOTA, "json"]
    size = files["pre2025"].stat().st_size / 2**20
    communes = max(1, round(10_600 * scale))  # the flat shape of generate.py
    rows = [
        Row(f"floor: PyYAML C loader parse ({size:.1f} MiB, 2 runs)", parse),
        Row(
            "validate -f text",
            validate,
            parse,
            3.0,
            f"memory {validate_extra:.0f} MiB vs document {document:.0f} MiB: "
            f"{validate_extra / document:.2f} (target <= 4)",
        ),
        Row(f"{PROGRESS} -f json", timings[PROGRESS, "json"], parse),
        Row(f"{COVERAGE} -f json", timings[COVERAGE, "json"], parse),
        Row(f"{COVERAGE} -f json, cold cache (1 run)", cold, parse),
        Row(
            f"{QUOTA} -f json ({communes:,} communes)",
            quota,
            note=f"split itself {split:.3f} s = {100 * split / quota.seconds:.1f}% (target < 10%)",
        ),
    ]
    return table(HEADER, [r.cells() for r in rows])


def every_format(commands: list[Command], timings: dict[Key, Timing]) -> list[str]:
    """Each format against the same command's JSON, measured in the same run."""
    rows = []
    for command in commands:
        json = timings[command.what, "json"]
        for fmt in command.formats:
            target = QUOTA_TABLE_TARGET if (command.what, fmt) == (QUOTA, "table") else None
            note = "1 run" if fmt in command.once else ""
            what = f"{command.what} -f {fmt}"
            rows.append(Row(what, timings[command.what, fmt], json, target, note).cells())
    return table(["command", "median s", "json s", *HEADER[3:]], rows)


def growth(
    commands: list[Command], scales: Sequence[float], by_scale: dict[float, dict[Key, Timing]]
) -> list[str]:
    rows = []
    for command in commands:
        for fmt in command.formats:
            cells = [f"{command.what} -f {fmt}"]
            for low, high in itertools.pairwise(scales):
                before, after = by_scale[low][command.what, fmt], by_scale[high][command.what, fmt]
                t, m = after.seconds / before.seconds, after.peak_mib / before.peak_mib
                cells.append(f"{t:.2f} / {m:.2f}")
            rows.append(cells)
    steps = [f"x{lo:g} -> x{hi:g} (time / memory)" for lo, hi in itertools.pairwise(scales)]
    return table(["command", *steps], rows)


SCHEMA = "schema/targets.schema.json"
# What a CI maintainer would otherwise run on the file, as each tool's documentation shows it;
# run from the repository, where the schema is.
PEERS = {"check-jsonschema": ["--schemafile", SCHEMA], "yamllint": []}
PROBLEM_LINE = re.compile(r"^\s+\d+:\d+\s+(?:error|warning)\s.*\((?P<rule>[\w-]+)\)$")


def said(output: str) -> str:
    """What a peer reported: its problems counted by rule (yamllint's lines), else its last
    line."""
    lines = output.strip().splitlines()
    rules = Counter(m["rule"] for line in lines if (m := PROBLEM_LINE.match(line)))
    if rules:
        counts = ", ".join(f"{count:,} {rule}" for rule, count in rules.most_common())
        return f"{rules.total():,} problems ({counts})"
    return lines[-1] if lines else ""


def peer_row(bench: Bench, tool: Path, options: list[str], national: Path, floor: Timing) -> Row:
    """One run of a peer at full size: they take about a minute each."""
    found = subprocess.run([str(tool), "--version"], capture_output=True, text=True, check=True)
    version = found.stdout.split()[-1]
    with tempfile.TemporaryFile() as output:
        timing, code = bench.spawn([str(tool), *options, str(national)], output, output)
        output.seek(0)
        note = f"exit {code}: {said(output.read().decode(errors='replace'))}"
    what = f"{tool.name} {version}: `{' '.join([tool.name, *options, 'FILE'])}` (1 run)"
    return Row(what, timing, floor, note=note)


def peers(
    bench: Bench, folder: Path | None, quick: bool, national: Path, validate: Timing
) -> list[str]:
    """check-jsonschema and yamllint against bhxh validate on the same file, in the same run."""
    if quick:
        return ["check-jsonschema and yamllint: skipped with --quick (they take minutes)."]
    if folder is None:
        return ["check-jsonschema and yamllint: skipped, no --peers DIR (`make bench` gives it)."]
    rows = [Row(f"bhxh validate FILE (median of {bench.runs})", validate, validate)]
    for name, options in PEERS.items():
        tool = folder / name
        if not tool.exists():
            raise SystemExit(f"--peers {folder}: no {name} there")
        rows.append(peer_row(bench, tool, options, national, validate))
    header = ["command", "s", "bhxh validate s", "ratio", *HEADER[4:]]
    return table(header, [r.cells() for r in rows])


# bhxh import of an office's sheet of every commune, against calamine's own read of it.
IMPORT_TARGET = 3.0
IMPORT_ROUNDS = 3  # rounds of the floor and the import per run asked for (--runs)
READ_SHEET = (
    "import sys, python_calamine; "
    "python_calamine.load_workbook(sys.argv[1]).get_sheet_by_name('Sheet1').to_python()"
)


# The same read timed inside one process (no start, no import): beside the floor, not as it.
READ_IN_PROCESS = (
    "import statistics, sys, time, python_calamine\n"
    "def once():\n"
    "    started = time.perf_counter()\n"
    "    python_calamine.load_workbook(sys.argv[1]).get_sheet_by_name('Sheet1').to_python()\n"
    "    return time.perf_counter() - started\n"
    "once()\n"
    "print(statistics.median(once() for _ in range(int(sys.argv[2]))))"
)
# Any command on the data set starts so: Python, bhxh's data package, the set from the cache.
LOAD_SET = "import sys; from bhxh_cli.datafile import load; load(sys.argv[1])"


def sheet_import(bench: Bench, folder: Path, scale: float) -> list[str]:
    """`bhxh import` of a sheet with a row per commune (bench/sheet.py) into a data set whose
    targets file holds them all, warm cache, each run writing the new file afresh; the floor
    is a process that imports python-calamine and reads the same sheet."""
    folder.mkdir()
    argv = [PY, str(HERE / "sheet.py"), str(folder), "--scale", str(scale)]
    said = subprocess.run(argv, check=True, capture_output=True, text=True).stdout.strip()
    sheet, targets = folder / "sheet.xlsx", folder / "targets.yaml"
    written = folder / "actuals" / "tinh-1-2025-03-31.yaml"
    command = [*BHXH, "import", str(sheet), "-p", "tinh-1", "--as-of", "2025-03-31"]
    command += ["--data", str(targets)]
    read = [PY, "-c", READ_SHEET, str(sheet)]
    bench.once(read, bench.env)
    floors, timed = [], []
    # The floor and the import alternate, so that both meet the machine in the same state
    # (on two busy cores the floor alone moved from 0.08 to 0.17 s between runs); the first
    # import fills the cache of the targets file and is not counted.
    for round_ in range(IMPORT_ROUNDS * bench.runs + 1):
        written.unlink(missing_ok=True)
        timed.append(bench.once(command, bench.env))
        if round_:
            floors.append(bench.once(read, bench.env))
    timed = timed[1:]
    floor = Timing(statistics.median(t.seconds for t in floors), max(t.peak_mib for t in floors))
    timing = Timing(statistics.median(t.seconds for t in timed), max(t.peak_mib for t in timed))
    written.unlink(missing_ok=True)
    start = bench.time([PY, "-c", LOAD_SET, str(targets)])
    argv = [PY, "-c", READ_IN_PROCESS, str(sheet), str(bench.runs)]
    in_process = float(subprocess.run(argv, check=True, capture_output=True, text=True).stdout)
    rows = [
        Row("floor: python-calamine reads the sheet", floor),
        Row("bhxh import (checked, written)", timing, floor, IMPORT_TARGET),
        Row("the same read inside one process", Timing(in_process, 0), note="no start, no import"),
        Row("start of any bhxh command on this set", start, floor, note="Python, the set, cached"),
    ]
    return [f"Sheet: {said.split(': ')[-1]}", "", *table(HEADER, [r.cells() for r in rows])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--results", type=Path)
    parser.add_argument("--peers", type=Path, help="folder holding check-jsonschema and yamllint")
    parser.add_argument(
        "--only-people", action="store_true", help="time only the report and the workbook"
    )
    parser.add_argument("--only-import", action="store_true", help="time bhxh import alone")
    args = parser.parse_args()
    if args.only_people:
        with tempfile.TemporaryDirectory() as tmp:
            bench = Bench(args.runs, Path(tmp) / "cache")
            print("\n".join(for_people(bench, Path(tmp))))
        return
    runs = 1 if args.quick else args.runs
    scales = (0.01,) if args.quick else (0.25, 0.5, 1.0)
    started = time.perf_counter()
    out = [
        f"Machine: {machine()}",
        f"Runs per figure: {runs} (median), each data file read once untimed first",
        "",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        bench = Bench(runs, Path(tmp) / "cache")
        if args.only_import:
            out += ["## Import of a sheet", ""]
            out += sheet_import(bench, Path(tmp) / "import", scales[-1])
            print("\n".join(out))
            return
        out += ["## Start-up (shipped data)", ""]
        out += table(HEADER, [r.cells() for r in startup(bench, 1 if args.quick else 5 * runs)])
        by_scale: dict[float, dict[Key, Timing]] = {}
        for scale in scales:
            files = write_files(Path(tmp), scale)
            commands = data_commands(files)
            by_scale[scale] = time_formats(bench, commands)
        full = scales[-1]
        out += ["", f"## National file (x{full:g})", ""]
        out += national(bench, files, full, by_scale[full])
        out += ["", f"## Every format (x{full:g}), against the same command as JSON", ""]
        out += every_format(commands, by_scale[full])
        out += ["", "## Growth when the data doubles (2.00 = linear)", ""]
        out += growth(commands, scales, by_scale)
        out += ["", "## Import of a sheet", ""]
        out += sheet_import(bench, Path(tmp) / "import", full)
        out += ["", "## Peers on the same national file", ""]
        validate = by_scale[full]["validate", "text"]
        out += peers(bench, args.peers, args.quick, files["pre2025"], validate)
        out += ["", "## Files for people: the report page and a workbook", ""]
        out += for_people(bench, Path(tmp))
    out += ["", f"Benchmark took {time.perf_counter() - started:.0f} s."]
    report = "\n".join(out)
    print(report)
    if args.results:
        args.results.write_text(report + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
