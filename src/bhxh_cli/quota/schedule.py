"""A day-by-day plan, made line by line as it is read instead of held in memory.

A plan over a year of days and ten thousand communes has millions of lines; each line is
`whole + (day index < rest)` of its unit's quota, so any line can be made from the quotas
alone. `Schedule` is a sequence of those lines that stores only the quotas and the days: JSON
and CSV write it line by line, and a table reads the few lines it may draw.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, overload

from bhxh_cli.domain.schemes import SCHEMES, Scheme

if TYPE_CHECKING:
    from bhxh_cli.quota.plan import Allocation


@dataclass(frozen=True)
class DayQuota:
    """One day's share of one unit's quota of one scheme."""

    day: date
    unit: str | None
    name: str | None
    scheme: Scheme
    quota: int

    def as_simple_dict(self) -> dict[str, Any]:
        """The line as JSON and CSV write it."""
        return {
            "date": self.day,
            "unit": self.unit,
            "name": self.name,
            "scheme": self.scheme.value,
            "quota": self.quota,
        }


class Schedule(Sequence[DayQuota]):
    """Each quota split over the days with equal weights: the earlier days take the extra
    people (file order breaks the tie). Date first, then the allocations' order."""

    __slots__ = ("_allocations", "_days", "_shares")

    def __init__(self, allocations: Sequence[Allocation], days: Sequence[date]) -> None:
        self._allocations = tuple(allocations) if days else ()
        self._days = tuple(days)
        # Largest remainder over equal weights: each day has the whole part, and the first
        # `rest` days one more.
        self._shares = tuple(divmod(a.quota, len(days)) for a in self._allocations)

    def __len__(self) -> int:
        return len(self._days) * len(self._allocations)

    @overload
    def __getitem__(self, index: int) -> DayQuota: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[DayQuota]: ...
    def __getitem__(self, index: int | slice) -> DayQuota | Sequence[DayQuota]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("schedule index out of range")
        day, unit = divmod(index, len(self._allocations))
        return self._line(day, unit)

    def __iter__(self) -> Iterator[DayQuota]:
        for day in range(len(self._days)):
            for unit in range(len(self._allocations)):
                yield self._line(day, unit)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # compared by its lines, as a list is

    def __repr__(self) -> str:
        return f"Schedule({len(self._allocations)} quotas x {len(self._days)} days)"

    def _line(self, day: int, unit: int) -> DayQuota:
        a = self._allocations[unit]
        whole, rest = self._shares[unit]
        return DayQuota(self._days[day], a.unit, a.name, a.scheme, whole + (day < rest))

    def day_totals(self) -> list[DayQuota]:
        """Each day's quotas of each scheme summed across units, by date then scheme: made
        from the quotas, without reading the lines (a unit adds one on the days before its
        remainder runs out)."""
        wholes: dict[Scheme, int] = {}
        rests: dict[Scheme, list[int]] = {}
        for a, (whole, rest) in zip(self._allocations, self._shares, strict=True):
            wholes[a.scheme] = wholes.get(a.scheme, 0) + whole
            rests.setdefault(a.scheme, []).append(rest)
        for listed in rests.values():
            listed.sort()
        schemes = sorted(wholes, key=SCHEMES.index)
        return [
            DayQuota(day, None, None, scheme, wholes[scheme] + _above(rests[scheme], index))
            for index, day in enumerate(self._days)
            for scheme in schemes
        ]


def _above(rests: list[int], index: int) -> int:
    """How many units, of these sorted remainders, still have an extra person on the day of
    this index."""
    return len(rests) - bisect_right(rests, index)
