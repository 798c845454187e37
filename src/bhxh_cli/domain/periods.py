"""Target periods: a year, a half, a quarter, a month, or an explicit date range."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from bhxh_cli.messages import Message

# ASCII digits only: `\d` alone would read "２０２４" (fullwidth) as 2024, in a file or an option.
_YEAR = re.compile(r"^(\d{4})$", re.ASCII)
_HALF = re.compile(r"^(\d{4})-H([12])$", re.ASCII)
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$", re.ASCII)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$", re.ASCII)


@dataclass(frozen=True, order=True)
class Period:
    """A closed range of days; `id` is how the data file and the user spell it.

    A period is its days: two spellings of the same days (`2024` and `2024-01-01/2024-12-31`)
    are equal, hash alike and sort alike, so selection, `--period`, the default choice,
    listings and validation all treat them as one period (the first spelling is kept)."""

    start: date
    end: date
    id: str = field(compare=False)

    @property
    def days(self) -> int:
        """Length in days, both ends included."""
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        """Whether `day` is one of the period's days."""
        return self.start <= day <= self.end

    def as_simple_dict(self) -> dict[str, str]:
        """What JSON gets for a period: its id, and its first and last days as ISO dates."""
        return {"id": self.id, "start": self.start.isoformat(), "end": self.end.isoformat()}


# Dates the tool works with. Outside them a date is a typing mistake, and arithmetic such as
# "the day before the period" or "start plus N days" could leave what Python's dates can hold.
EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)


def in_range(day: date) -> bool:
    """Whether `day` is within the dates the tool works with."""
    return EARLIEST <= day <= LATEST


def _months(year: int, first: int, last: int, text: str) -> Period:
    if not EARLIEST.year <= year <= LATEST.year:
        raise ValueError(text)
    after = date(year + 1, 1, 1) if last == 12 else date(year, last + 1, 1)
    return Period(date(year, first, 1), after - timedelta(days=1), text)


@lru_cache(maxsize=256)
def parse_period(text: str) -> Period:
    """Read a period spelling; ValueError when it is not one (the caller words the problem with
    the catalogue's `period.bad`). Cached: a national file spells the same few periods tens of
    thousands of times."""
    text = text.strip()
    if m := _YEAR.match(text):
        return _months(int(m[1]), 1, 12, text)
    if m := _HALF.match(text):
        half = int(m[2])
        return _months(int(m[1]), 6 * half - 5, 6 * half, text)
    if m := _QUARTER.match(text):
        quarter = int(m[2])
        return _months(int(m[1]), 3 * quarter - 2, 3 * quarter, text)
    if (m := _MONTH.match(text)) and 1 <= int(m[2]) <= 12:
        return _months(int(m[1]), int(m[2]), int(m[2]), text)
    if "/" in text:
        start, _, end = text.partition("/")
        try:
            first, last = date.fromisoformat(start), date.fromisoformat(end)
        except ValueError:
            pass
        else:
            if in_range(first) and in_range(last):
                return range_period(first, last)
    raise ValueError(text)


def range_period(start: date, end: date) -> Period:
    """An explicit range; its id is the ISO 8601 interval `start/end`."""
    return Period(start, end, f"{start.isoformat()}/{end.isoformat()}")


def period_parts(period: Period) -> tuple[str, int, int]:
    """What kind of period its id spells, for naming it in words: ("year", 2025, 0),
    ("h", 2025, 1), ("q", 2025, 2), ("m", 2025, 5), or ("range", 0, 0)."""
    text = period.id
    if m := _YEAR.match(text):
        return "year", int(m[1]), 0
    for kind, spelling in (("h", _HALF), ("q", _QUARTER), ("m", _MONTH)):
        if m := spelling.match(text):
            return kind, int(m[1]), int(m[2])
    return "range", 0, 0


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII)
_DMY_DAY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", re.ASCII)


class BadDayError(ValueError):
    """A date that cannot be read, and what is wrong with it."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def read_day(text: str) -> date:
    """A day as people write it: `2025-04-30`, `30/04/2025` or `3/4/2025` (day first, the
    Vietnamese order). A date that does not exist says why: `February 2025 has 28 days`."""
    text = text.strip()
    if m := _ISO_DAY.match(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _DMY_DAY.match(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    else:
        raise BadDayError(Message("date.form"))
    if not 1 <= month <= 12:
        raise BadDayError(Message("date.no_month", month=str(month)))
    if not EARLIEST.year <= year <= LATEST.year:
        raise BadDayError(Message("date.out_of_range", value=repr(text)))
    last = _months(year, month, month, "").end.day
    if not 1 <= day <= last:
        raise BadDayError(Message("date.month_days", month=str(month), year=str(year), days=last))
    return date(year, month, day)
