"""Rows that name units exactly, read column by column, are read as row by row reads them:
the same units, problems at the same cells in the same order, rates and sums checked."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bhxh_cli.domain.data import Unit
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.domain.units import UnitRef
from bhxh_cli.sheets.grid import Grid, Value
from bhxh_cli.sheets.layout import Column, Layout
from bhxh_cli.sheets.rows import ReadRows, _names, _Reader, read_rows
from bhxh_cli.sheets.runs import Columns, in_bulk
from bhxh_cli.sheets.units import UnitIndex

BB, YT = Scheme.BHXH_BAT_BUOC, Scheme.BHYT
# A unit's name in an old encoding ("Hµ" is Hà in TCVN3) is refused, named exactly or not.
NAMES = [f"Xã Số {n}" for n in range(6)] + ["Phường Tổng Cộng", "Cộng Hòa", "Xã Hµ"]
PROVINCE = UnitRef(
    "p", Unit(name="Tỉnh P", units={f"x{n}": Unit(name=name) for n, name in enumerate(NAMES)})
)
PER_SCHEME = [(BB, 2), (YT, 5)]
LAYOUT = Layout(
    0,
    1,
    tuple(
        Column(first + at, scheme, role)
        for scheme, first in PER_SCHEME
        for at, role in enumerate(("plan", "actual", "rate"))
    ),
    order_col=0,
)
# The same columns as a mapping file may give them: one scheme's actuals in two columns.
TWICE = Layout(0, 1, (*LAYOUT.columns, Column(8, BB, "actual")), order_col=0)

# Cells as workbooks give them, and anything else a sheet may hold.
whole = st.integers(0, 3000).map(float)
counts = st.one_of(
    whole,
    st.integers(0, 3000),
    st.sampled_from(["", "-", "1.234", "12", "1,234", "x", 1.5, -1.0, True, None, 1e12]),
)
rates = st.one_of(
    st.floats(0, 150).map(lambda rate: round(rate, 2)),
    st.sampled_from(["", "83,33", "50%", "abc", 0.5, 100, float("nan")]),
)
unit_names = st.sampled_from(NAMES)
names = st.one_of(
    unit_names,
    st.sampled_from(["Tổng cộng", "Cộng", "I. Huyện A", "Xã Lạ", "Hµ Néi", "", " Xã Số 1 "]),
)
# A sheet as most are: whole numbers, units' names, now and then a total, a subtotal, a group.
usual_counts = st.one_of(whole, whole, whole, st.just(""))
usual_rates = st.one_of(st.floats(0, 150).map(lambda rate: round(rate, 2)), st.just(""))
usual_names = st.one_of(
    unit_names, unit_names, unit_names, st.sampled_from(["Toàn tỉnh", "Cộng", "I. Huyện A"])
)


@st.composite
def rows(draw: st.DrawFn, usual: bool) -> list[Value]:
    """A row: order, name, then plan, actual and rate of each scheme (the rate often the one
    its figures give), a second actual; unless `usual`, any cells, now and then cut short."""
    count = usual_counts if usual else counts
    row: list[Value] = [draw(st.sampled_from(["", 1.0])), draw(usual_names if usual else names)]
    for _ in PER_SCHEME:
        plan, actual = draw(count), draw(count)
        fits = type(plan) is float and type(actual) is float and plan and draw(st.booleans())
        rate = round(actual * 100 / plan, 2) if fits else draw(usual_rates if usual else rates)
        row += [plan, actual, rate]
    return [*row, draw(count)][: 9 if usual else draw(st.sampled_from([9, 9, 9, 6]))]


sheets = st.booleans().flatmap(lambda usual: st.lists(rows(usual), max_size=14))


def _row_by_row(grid: Grid, layout: Layout, index: UnitIndex) -> ReadRows:
    reader = _Reader(grid, layout, index)
    names = _names(grid.rows[1:], layout.name_col)
    for at, (name, path) in enumerate(zip(names, index.named_exactly(names), strict=True)):
        reader.row(at + 1, name, path)
    reader.close()
    return reader.read


@given(sheets, st.sampled_from([LAYOUT, TWICE]))
def test_rows_read_column_by_column_are_read_as_row_by_row(
    lines: list[list[Value]], layout: Layout
) -> None:
    grid = Grid("S", [["STT", "Đơn vị"], *lines])
    index = UnitIndex.of(PROVINCE)
    assert read_rows(grid, layout, index) == _row_by_row(grid, layout, UnitIndex.of(PROVINCE))


def test_a_run_with_a_rate_off_and_a_total_is_read_column_by_column() -> None:
    lines: list[list[Value]] = [
        ["", NAMES[0], 120.0, 100.0, 83.33, 50.0, 40.0, 0.8],
        ["", NAMES[1], 30.0, 20.0, 70.0, 10.0, "", ""],
        ["", NAMES[2], 10.0, 5.0, "50%", 8.0, 8.0, 100],
        ["", "Toàn tỉnh", 160.0, 125.0, "", 68.0, 48.0, ""],
    ]
    grid = Grid("S", [["STT", "Đơn vị"], *lines])
    assert in_bulk(lines[:3], NAMES[:3], Columns(LAYOUT)) is not None
    read = read_rows(grid, LAYOUT, UnitIndex.of(PROVINCE))
    assert read == _row_by_row(grid, LAYOUT, UnitIndex.of(PROVINCE))
    assert [(cell, message.key) for cell, message, _ in read.errors] == [
        ("S!E3", "import.rate_mismatch")
    ]
    assert (len(read.units), read.rates_checked, read.sums_checked) == (3, 5, 4)
