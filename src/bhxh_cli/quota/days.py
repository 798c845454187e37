"""The days off of a plan: weekdays without campaigning (Sundays, in practice) and public
holidays from a list of dates. A skipped day gets no quota; the others share it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bhxh_cli.domain.days import BadDayError, read_day
from bhxh_cli.errors import UsageError
from bhxh_cli.messages import Message

# Weekday numbers as date.weekday() counts them, by English and Vietnamese abbreviation
# (T2 = thứ hai = Monday, ..., CN = chủ nhật = Sunday).
WEEKDAYS: dict[str, int] = {
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
    "t2": 0, "t3": 1, "t4": 2, "t5": 3, "t6": 4, "t7": 5, "cn": 6,
}  # fmt: skip


@dataclass(frozen=True)
class DaysOff:
    """The days of a plan without campaigning: weekdays (0 is Monday) and public holidays."""

    weekdays: frozenset[int] = frozenset()
    holidays: frozenset[date] = frozenset()

    def off(self, day: date) -> bool:
        """Whether `day` is a day off: one of the weekdays off, or a holiday."""
        return day.weekday() in self.weekdays or day in self.holidays


def read_weekdays(typed: str, option: str = "--skip-weekdays") -> frozenset[int]:
    """`sun`, `sat,sun` or `t7,cn`, in any case."""
    names = [name.strip().lower() for name in typed.split(",") if name.strip()]
    unknown = [name for name in names if name not in WEEKDAYS]
    if unknown or not names:
        raise UsageError(
            Message(
                "plan.bad_weekday", option=option, value=repr(unknown[0] if unknown else typed)
            ),
            hint=Message("plan.weekdays.hint"),
        )
    return frozenset(WEEKDAYS[name] for name in names)


def read_holidays(text: str, file: str) -> frozenset[date]:
    """One date a line (`30/04/2025` or `2025-04-30`); blank lines and `#` comments skipped."""
    found = set()
    for number, line in enumerate(text.splitlines(), start=1):
        typed = line.split("#", 1)[0].strip()
        if not typed:
            continue
        try:
            found.add(read_day(typed))
        except BadDayError as bad:
            raise UsageError(
                Message(
                    "plan.bad_holiday", file=file, line=number, value=repr(typed), why=bad.message
                ),
                hint=Message("hint.date"),
            ) from None
    return frozenset(found)


def campaign_days(
    days: tuple[date, ...], off: DaysOff
) -> tuple[tuple[date, ...], tuple[date, ...]]:
    """The days that get a quota, and the days skipped; at least one day must be left."""
    kept = tuple(day for day in days if not off.off(day))
    skipped = tuple(day for day in days if off.off(day))
    if days and not kept:
        raise UsageError(Message("plan.all_days_off", days=len(days)))
    return kept, skipped
