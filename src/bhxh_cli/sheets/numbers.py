"""Numbers as offices type them in sheets, read exactly or refused.

People are whole numbers. A true number must be integral: a reader returns `25604.0` for the
count 25604, and `25604.5` is refused, never rounded. Text typed the Vietnamese way reads with
`.` as the thousands mark (`17.543`, `1.065.565`); plain digits read as they are; anything else
is refused. A stated rate ("Tỷ lệ %") is read as an exact decimal, with `,` or `.` as the decimal
mark (a rate is at most a few hundred, so it has no thousands mark), from text (`47,64`,
`92.62%`) or from a true number (`47.64`, or `0.4764` in a cell shown as a percentage).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple, cast

from bhxh_cli.datafile.limits import MAX_COUNT
from bhxh_cli.messages import Message

_DIGITS = re.compile(r"[0-9]+")
_GROUPED = re.compile(r"[0-9]{1,3}(\.[0-9]{3})+")
_RATE = re.compile(r"[0-9]+([.,][0-9]+)?")
_EMPTY = frozenset({"", "-", "–", "—"})  # a dash is how sheets leave a figure out
# How far a true number may be from the exact rate, beyond half a unit of its last digit: a
# formula's result is a binary float, within 1 / FLOAT_SCALE (of a percentage point, or of
# the fraction) of the value it stands for.
FLOAT_SCALE = 10**9


class BadNumberError(Exception):
    """A cell that does not hold what its column needs; the message says what it holds."""

    def __init__(self, message: Message, hint: Message | None = None) -> None:
        super().__init__(message.key)
        self.message = message
        self.hint = hint


def _clean(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ").strip()


def people(value: object) -> int | None:
    """A count of people from a cell, None when the cell is empty; BadNumberError else."""
    if type(value) is float:  # what a workbook's reader gives for every number
        if not value.is_integer():  # a fraction, or not finite
            message = Message("import.not_whole", value=repr(value))
            raise BadNumberError(message, Message("import.not_whole.hint"))
        count = int(value)
        return count if 0 <= count <= MAX_COUNT else _bounded(count)
    if isinstance(value, bool):
        raise BadNumberError(Message("import.not_count", value=repr(value)))
    if isinstance(value, int):
        return _bounded(value)
    if not isinstance(value, str):
        raise BadNumberError(Message("import.not_count", value=repr(str(value))))
    text = _clean(value)
    if text in _EMPTY:
        return None
    if _DIGITS.fullmatch(text):
        return _bounded(int(text))
    if _GROUPED.fullmatch(text):
        return _bounded(int(text.replace(".", "")))
    hint = Message("import.count_text.hint")
    if re.fullmatch(r"[0-9]{1,3}(,[0-9]{3})+", text):
        hint = Message("import.count_comma.hint", digits=text.replace(",", ""))
    raise BadNumberError(Message("import.not_count", value=repr(value)), hint)


def people_column(values: list[object]) -> list[int | None]:
    """`people` of each cell of a column, in C-level maps where the column is the usual one
    of true numbers, all whole and within the limits (a reader gives floats); cell by cell
    else, which raises what `people` raises for the first cell it refuses."""
    if set(map(type, values)) == {float}:
        floats = cast("list[float]", values)
        if all(map(float.is_integer, floats)):
            counts = list(map(int, floats))
            if min(counts) >= 0 and max(counts) <= MAX_COUNT:
                return cast("list[int | None]", counts)
    return list(map(people, values))


def _bounded(count: int) -> int:
    if 0 <= count <= MAX_COUNT:
        return count
    if count < 0:
        raise BadNumberError(Message("import.negative", value=count))
    if count > MAX_COUNT:
        raise BadNumberError(Message("import.too_large_count", value=count, limit=MAX_COUNT))
    return count


# A sheet repeats its rates (25.0, 88.89): each distinct cell value is read once. `typed`
# keeps 1, 1.0 and True apart.
@lru_cache(maxsize=4096, typed=True)
def stated_rate(value: object) -> tuple[Decimal, Decimal] | None:
    """A stated rate as written and half a unit of its last digit, None when the cell is
    empty. A true number has the digits of its shortest form (`0.4764`: 4 places)."""
    if isinstance(value, bool):
        raise BadNumberError(Message("import.not_rate", value=repr(value)))
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            raise BadNumberError(Message("import.not_rate", value=repr(value)))
        return _with_half_unit(Decimal(repr(value)))
    if not isinstance(value, str):
        raise BadNumberError(Message("import.not_rate", value=repr(str(value))))
    text = _clean(value).removesuffix("%").strip()
    if text in _EMPTY:
        return None
    if not _RATE.fullmatch(text):
        raise BadNumberError(Message("import.not_rate", value=repr(value)))
    try:
        return _with_half_unit(Decimal(text.replace(",", ".")))
    except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
        raise BadNumberError(Message("import.not_rate", value=repr(value))) from None


def _with_half_unit(rate: Decimal) -> tuple[Decimal, Decimal]:
    exponent = rate.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return rate, Decimal(5) / Decimal(10) ** (places + 1)


class StatedRate(NamedTuple):
    """A stated rate cell, read once for every row that states it (`read_rate`): the rate as
    `stated_rate` gives it, and what `agrees` compares in whole numbers. The rate is n / unit,
    half a unit 1 / (2 unit), and a true number may be 1 / FLOAT_SCALE further off, so the rate
    is 100 a / p when |n / unit - 100 a / p| <= 1 / (2 unit) + [true number] / FLOAT_SCALE, which
    is |2 F n p - 200 F unit a| <= p (F + [true number] 2 unit) with F = FLOAT_SCALE."""

    stated: tuple[Decimal, Decimal]
    doubled: int  # 2 F n
    per_percent: int  # 200 F unit: an actual's weight read as a percentage
    per_fraction: int  # 2 F unit: read as a fraction
    slack: int  # F + [true number] 2 unit

    @classmethod
    def of(cls, stated: tuple[Decimal, Decimal], *, true_number: bool) -> StatedRate:
        """The whole numbers of a stated rate, from a true number or not."""
        n, unit = _scaled(stated)
        slack = FLOAT_SCALE + (2 * unit if true_number else 0)
        return cls(
            stated, 2 * FLOAT_SCALE * n, 200 * FLOAT_SCALE * unit, 2 * FLOAT_SCALE * unit, slack
        )

    def agrees(self, actual: int, plan: int) -> bool:
        """Whether the rate is actual / plan as a percentage, or as a fraction (a cell shown
        as a percentage)."""
        return not disagreeing((self,), (actual,), (plan,))


def disagreeing(
    rates: Sequence[StatedRate], actuals: Sequence[int], plans: Sequence[int]
) -> list[int]:
    """Where, in a column of stated rates with their actuals and plans, a rate is neither
    actual / plan as a percentage nor as a fraction (`StatedRate.agrees`): a sheet's thousands
    of rates in one pass, and the few that are no percentage in another."""
    as_percent = [
        abs(doubled * plan - per_percent * actual) <= plan * slack
        for (_, doubled, per_percent, _, slack), actual, plan in zip(
            rates, actuals, plans, strict=True
        )
    ]
    if all(as_percent):
        return []
    return [
        at
        for at, near in enumerate(as_percent)
        if not near and not _as_fraction(rates[at], actuals[at], plans[at])
    ]


def _as_fraction(rate: StatedRate, actual: int, plan: int) -> bool:
    return abs(rate.doubled * plan - rate.per_fraction * actual) <= plan * rate.slack


@lru_cache(maxsize=4096, typed=True)
def read_rate(value: object) -> StatedRate | None:
    """A stated rate cell as `stated_rate` reads it, ready for `StatedRate.agrees`; None when
    the cell is empty, BadNumberError when it holds no rate."""
    stated = stated_rate(value)
    return None if stated is None else StatedRate.of(stated, true_number=not isinstance(value, str))


def _scaled(stated: tuple[Decimal, Decimal]) -> tuple[int, int]:
    """A stated rate as n / unit in whole numbers, unit a power of ten."""
    sign, digits, exponent = stated[0].as_tuple()
    assert isinstance(exponent, int)
    n = int("".join(map(str, digits))) * (-1 if sign else 1)
    places = max(0, -exponent)
    return n * int(10 ** max(0, exponent)), int(10**places)


def percent_of(actual: int, plan: int, like: Decimal) -> str:
    """actual / plan as a percentage with as many decimals as `like` (at least two), rounded
    half up: what the sheet should have said, for a message."""
    exponent = like.as_tuple().exponent
    places = max(2, -exponent if isinstance(exponent, int) else 0)
    exact = Decimal(actual * 100) / Decimal(plan)
    return f"{exact.quantize(Decimal(1).scaleb(-places), rounding='ROUND_HALF_UP')}%"
