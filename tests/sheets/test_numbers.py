"""Counts and rates as sheets hold them: read exactly or refused, never rounded."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bhxh_cli.sheets.legacy import legacy_encoding
from bhxh_cli.sheets.numbers import (
    FLOAT_SCALE,
    BadNumberError,
    StatedRate,
    disagreeing,
    people,
    read_rate,
    stated_rate,
)
from bhxh_cli.sheets.problems import at_cell, column_letters


@pytest.mark.parametrize(
    ("value", "count"),
    [
        (25604.0, 25604),
        (25604, 25604),
        ("17.543", 17543),
        ("1.065.565", 1065565),
        ("982", 982),
        (" 1.600\u00a0", 1600),
        ("", None),
        ("-", None),
    ],
)
def test_a_count_reads_exactly(value: object, count: int | None) -> None:
    assert people(value) == count


@pytest.mark.parametrize("value", [25604.5, "25,604", "1.600,5", "17.54", "abc", True, -3, 1e12])
def test_anything_else_is_refused(value: object) -> None:
    with pytest.raises(BadNumberError):
        people(value)


def test_a_stated_rate_is_the_rate_as_written_and_half_a_unit_of_its_last_digit() -> None:
    assert stated_rate("47,64") == (Decimal("47.64"), Decimal("0.005"))
    assert stated_rate("92.62%") == (Decimal("92.62"), Decimal("0.005"))
    assert stated_rate(0.4764) == (Decimal("0.4764"), Decimal("0.00005"))
    assert stated_rate(90) == (Decimal(90), Decimal("0.5"))
    assert stated_rate("") is None


def rate_agrees(
    stated: tuple[Decimal, Decimal], actual: int, plan: int, *, true_number: bool
) -> bool:
    return StatedRate.of(stated, true_number=true_number).agrees(actual, plan)


def test_the_can_tho_rates_agree_with_their_plans() -> None:
    # 143,013 / 154,408 = 92.62%, as Báo Cần Thơ printed it
    assert rate_agrees((Decimal("92.62"), Decimal("0.005")), 143013, 154408, true_number=False)
    assert rate_agrees((Decimal("0.9262"), Decimal("0.00005")), 143013, 154408, true_number=True)
    assert not rate_agrees((Decimal("92.63"), Decimal("0.005")), 143013, 154408, true_number=False)


@given(st.integers(0, 10**7), st.integers(1, 10**7), st.integers(0, 4))
def test_a_rate_rounded_to_its_digits_agrees_and_one_unit_off_does_not(
    actual: int, plan: int, places: int
) -> None:
    exact = Fraction(actual * 100, plan)
    unit = Decimal(1).scaleb(-places)
    rounded = (Decimal(actual * 100) / Decimal(plan)).quantize(unit, rounding=ROUND_HALF_UP)
    half = unit / 2
    assert rate_agrees((rounded, half), actual, plan, true_number=False)
    off = rounded + 2 * unit
    assert abs(Fraction(off) - exact) > Fraction(half)
    assert not rate_agrees((off, half), actual, plan, true_number=False) or (
        abs(Fraction(off) * 100 - exact) <= Fraction(half) * 100  # it reads as a fraction
    )


def test_cells_are_named_as_spreadsheets_name_them() -> None:
    assert [column_letters(c) for c in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
    assert at_cell("Sheet1", 6, 3) == "Sheet1!D7"
    assert at_cell("Báo cáo T4", 1, 1) == "'Báo cáo T4'!B2"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Hµ Néi", "TCVN3"),
        ("CÇn Th¬", "TCVN3"),
        ("Haø Noäi", "VNI"),
        ("Hà Nội", None),
        ("Thành phố Cần Thơ", None),
        ("Đặc khu Phú Quốc", None),
    ],
)
def test_old_encodings_are_told_from_unicode(text: str, encoding: str | None) -> None:
    assert legacy_encoding(text) == encoding


@st.composite
def stated_rows(draw: st.DrawFn) -> tuple[object, int, int]:
    """A rate with its actual and plan: as a percentage, as a fraction, or any; rounded, or a
    formula's float as it is (off the exact rate by far more than half its last digit)."""
    actual, plan = draw(st.integers(0, 10**6)), draw(st.integers(1, 10**6))
    shown = draw(st.sampled_from([100 * actual / plan, actual / plan, draw(st.floats(0, 200))]))
    places = draw(st.integers(0, 4))
    cell = draw(
        st.sampled_from([shown, round(shown, places), f"{shown:.{places}f}".replace(".", ",")])
    )
    return cell, actual, plan


@given(st.lists(stated_rows(), max_size=30))
def test_a_column_of_rates_disagrees_where_the_exact_rate_is_off_both_ways(
    column: list[tuple[object, int, int]],
) -> None:
    def off(cell: object, actual: int, plan: int) -> bool:
        stated = stated_rate(cell)
        assert stated is not None
        slack = Fraction(stated[1]) + (Fraction(1, FLOAT_SCALE) if isinstance(cell, float) else 0)
        rate = Fraction(stated[0])
        return abs(rate - Fraction(100 * actual, plan)) > slack and (
            abs(rate - Fraction(actual, plan)) > slack
        )

    rates = [read_rate(cell) for cell, _, _ in column]
    actuals, plans = [actual for _, actual, _ in column], [plan for *_, plan in column]
    assert None not in rates
    found = disagreeing([r for r in rates if r is not None], actuals, plans)
    assert found == [
        at for at, (cell, actual, plan) in enumerate(column) if off(cell, actual, plan)
    ]


cells = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-10, 10**12).map(float),
    st.integers(-10, 10**12),
    st.sampled_from(["", "-", "1.065.565", "17,543", "x", " 42 "]),
    st.booleans(),
)


@given(st.lists(st.one_of(st.integers(0, 10**10).map(float), cells), max_size=30))
def test_a_column_of_counts_reads_as_its_cells_one_by_one(column: list[object]) -> None:
    """`people_column`: what `people` gives cell by cell, or the error it raises for the
    first cell it refuses."""
    from bhxh_cli.sheets.numbers import people_column

    try:
        expected: list[int | None] | BadNumberError = [people(cell) for cell in column]
    except BadNumberError as bad:
        expected = bad
    try:
        found: list[int | None] | BadNumberError = people_column(column)
    except BadNumberError as bad:
        found = bad
    if isinstance(expected, BadNumberError):
        assert isinstance(found, BadNumberError)
        assert (found.message, found.hint) == (expected.message, expected.hint)
    else:
        assert found == expected
        assert [type(count) for count in found] == [type(count) for count in expected]
