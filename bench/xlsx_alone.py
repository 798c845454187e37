"""The quota split's workbook written by bhxh, against xlsxwriter alone writing the same cells.

Usage: python bench/xlsx_alone.py FLAT.yaml  ->  "bhxh_s xlsxwriter_s rows tables_s"

Both write from the same drawn tables (the TableView every format shares): bhxh with its
styles, merged headers, total formula, laggards' rules and page set-up; xlsxwriter alone the
same values in the same cells without any of that. Drawing the tables, which the terminal
table and markdown pay too, is timed on its own. Medians of 5, taking turns, in one process.
"""

from __future__ import annotations

import gc
import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime

import xlsxwriter

from bhxh_cli.cli.quota_request import DayOptions, QuotaOptions, build_request
from bhxh_cli.datafile import load
from bhxh_cli.quota.plan import MAX_PLAN_LINES, plan_quotas
from bhxh_cli.render.formats import tables
from bhxh_cli.render.table import RenderOptions, TableView
from bhxh_cli.render.xlsx import stored, workbook

OPTIONS = RenderOptions(created=datetime(2026, 1, 1))


def alone(views: list[TableView]) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_numbers": False})
    for view in views:
        sheet = book.add_worksheet()
        for r, row in enumerate(view.rows):
            for c, cell in enumerate(row):
                value = stored(cell)
                if value is None:
                    sheet.write_string(r, c, cell.text)
                elif isinstance(value, datetime):
                    sheet.write_datetime(r, c, value)
                else:
                    sheet.write_number(r, c, value)
    book.close()
    return out.getvalue()


def medians(*jobs: Callable[[], object], rounds: int = 5) -> list[float]:
    """Each job's median time; the jobs take turns, round after round, so that drift of the
    machine falls on all of them alike."""
    times: list[list[float]] = [[] for _ in jobs]
    for _ in range(rounds):
        for job, timed in zip(jobs, times, strict=True):
            gc.collect()
            start = time.perf_counter()
            job()
            timed.append(time.perf_counter() - start)
    return [statistics.median(timed) for timed in times]


def main() -> None:
    data = load(sys.argv[1]).data
    split = QuotaOptions(province="tinh-1", split=("bhxh_tu_nguyen=1000000",), minimum=5)
    plan = plan_quotas(data, build_request(data, None, split, DayOptions()), MAX_PLAN_LINES)
    views = tables(plan, OPTIONS)
    drawing, ours, floor = medians(
        lambda: tables(plan, OPTIONS), lambda: workbook(views, OPTIONS), lambda: alone(views)
    )
    print(f"{ours:.4f} {floor:.4f} {sum(len(v.rows) for v in views)} {drawing:.4f}")


if __name__ == "__main__":
    main()
