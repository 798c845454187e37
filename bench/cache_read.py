"""Time the read of a cache entry: marshal.loads, then records.decoded, in one process with the
collector off as `cache.read` has it; median (and least) of N runs.

Usage: python bench/cache_read.py ENTRY [N]   (an `.entry` file of the cache, N default 7)

Fill the cache first, e.g. for the set of `sheet.py`: BHXH_CACHE_DIR=/tmp/c bhxh coverage -p
tinh-1 --data FOLDER/targets.yaml -f json; the entry is /tmp/c/bhxh-validated/*.entry.
"""

from __future__ import annotations

import gc
import marshal
import statistics
import sys
import time
from pathlib import Path

from bhxh_cli.datafile import records


def main() -> None:
    """Print the median and least times of the two steps and of both together."""
    stored = Path(sys.argv[1]).read_bytes()
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    body = memoryview(stored)[len(b"\n".join(stored.split(b"\n", 3)[:3])) + 1 :]
    steps: dict[str, list[float]] = {"loads": [], "decoded": [], "both": []}
    for _ in range(runs):
        gc.disable()
        start = time.perf_counter()
        record, _manifest = marshal.loads(body)
        loaded = time.perf_counter()
        data = records.decoded(record)
        done = time.perf_counter()
        gc.enable()
        steps["loads"].append(loaded - start)
        steps["decoded"].append(done - loaded)
        steps["both"].append(done - start)
        del data, record
        gc.collect()
    print(f"entry {len(stored):,} bytes, {runs} runs")
    for step, times in steps.items():
        median, least = statistics.median(times) * 1000, min(times) * 1000
        print(f"{step:8} median {median:6.1f} ms, least {least:6.1f} ms")


if __name__ == "__main__":
    main()
