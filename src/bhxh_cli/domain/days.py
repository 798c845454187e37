"""Days as people type them (`read_day`), and the range of days the tool works with: kept
apart from the periods of targets (`periods.py`), which a command that reads only a day (an
import's --as-of) does not load."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bhxh_cli.messages import Message

# Dates the tool works with. Outside them a date is a typing mistake, and arithmetic such as
# "the day before the period" or "start plus N days" could leave what Python's dates can hold.
EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)


def in_range(day: date) -> bool:
    """Whether `day` is within the dates the tool works with."""
    return EARLIEST <= day <= LATEST


def month_days(year: int, month: int) -> int:
    """How many days the month of the year has."""
    after = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return (after - timedelta(days=1)).day


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
    last = month_days(year, month)
    if not 1 <= day <= last:
        raise BadDayError(Message("date.month_days", month=str(month), year=str(year), days=last))
    return date(year, month, day)
