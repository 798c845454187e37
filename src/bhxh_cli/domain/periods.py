"""Target periods: a year, a half, a quarter, a month, or an explicit date range."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from bhxh_cli.domain.days import EARLIEST, LATEST, in_range

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
