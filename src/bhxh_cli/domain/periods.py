"""Target periods: a year, a half, a quarter, a month, or an explicit date range."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

_YEAR = re.compile(r"^(\d{4})$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")

PERIOD_SPELLINGS = "2025, 2024-H1, 2024-Q2, 2024-05 or {start: 2024-01-01, end: 2024-06-30}"


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
        return self.start <= day <= self.end

    def as_simple_dict(self) -> dict[str, str]:
        return {"id": self.id, "start": self.start.isoformat(), "end": self.end.isoformat()}


# Dates the tool works with. Outside them a date is a typing mistake, and arithmetic such as
# "the day before the period" or "start plus N days" could leave what Python's dates can hold.
EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)


def in_range(day: date) -> bool:
    return EARLIEST <= day <= LATEST


def _months(year: int, first: int, last: int, text: str) -> Period:
    if not EARLIEST.year <= year <= LATEST.year:
        raise ValueError(f"year {year} outside {EARLIEST.year}-{LATEST.year}")
    after = date(year + 1, 1, 1) if last == 12 else date(year, last + 1, 1)
    return Period(date(year, first, 1), after - timedelta(days=1), text)


@lru_cache(maxsize=256)
def parse_period(text: str) -> Period:
    """Read a period spelling; raise ValueError naming the accepted spellings.
    Cached: a national file spells the same few periods tens of thousands of times."""
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
    raise ValueError(f"bad period {text!r}: use {PERIOD_SPELLINGS}")


def range_period(start: date, end: date) -> Period:
    """An explicit range; its id is the ISO 8601 interval `start/end`."""
    return Period(start, end, f"{start.isoformat()}/{end.isoformat()}")
