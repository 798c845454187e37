"""Start-up of two installs of bhxh, side by side, in one run.

Usage: python bench/compare.py BEFORE_VENV AFTER_VENV [ROUNDS]

Each round runs every command once with each install, alternating, so that the machine's load
falls on both alike; each figure is the median and the fastest run, the median beside its ratio
to `python -c pass` run by the same install (the fastest run is the least disturbed by the
machine's other work). Used to check that a change of layout costs no start-up; bench/COMPARE.md
keeps the figures of the last comparison.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BHXH = ["-m", "bhxh_cli"]
CASES = {
    "floor: python -c pass": ["-c", "pass"],
    "--version": [*BHXH, "--version"],
    "--help": [*BHXH, "--help"],
    "coverage -p vinh-long": [*BHXH, "coverage", "-p", "vinh-long"],
    "coverage -p vinh-long -f json": [*BHXH, "coverage", "-p", "vinh-long", "-f", "json"],
}


def timed(python: str, args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([python, *args], env=env, capture_output=True, check=True)
    return time.perf_counter() - started


def main() -> None:
    before, after = (str(Path(venv) / "bin" / "python") for venv in sys.argv[1:3])
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    cache = tempfile.mkdtemp(prefix="bhxh-compare-")
    env = {
        **os.environ,
        "COLUMNS": "100",
        "NO_COLOR": "1",
        "BHXH_DATA": str(ROOT / "data" / "targets.yaml"),
        "BHXH_CACHE_DIR": cache,
    }
    sides = {"before": before, "after": after}
    for python in sides.values():  # fill each install's cache of the data file
        for args in CASES.values():
            timed(python, args, env)
    times: dict[tuple[str, str], list[float]] = {(s, c): [] for s in sides for c in CASES}
    for _ in range(rounds):
        for case, args in CASES.items():
            for side, python in sides.items():
                times[(side, case)].append(timed(python, args, env))
    median = {key: statistics.median(values) for key, values in times.items()}
    fastest = {key: min(values) for key, values in times.items()}
    floor = {side: median[(side, "floor: python -c pass")] for side in sides}
    print(f"{rounds} rounds\n")
    print("| command | before ms | after ms | before / floor | after / floor | fastest ms |")
    print("|---|---:|---:|---:|---:|---:|")
    for case in CASES:
        b, a = median[("before", case)], median[("after", case)]
        ratios = f"{b / floor['before']:.2f} | {a / floor['after']:.2f}"
        quickest = f"{fastest[('before', case)] * 1000:.1f} / {fastest[('after', case)] * 1000:.1f}"
        print(f"| {case} | {b * 1000:.1f} | {a * 1000:.1f} | {ratios} | {quickest} |")


if __name__ == "__main__":
    main()
