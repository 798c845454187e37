"""What a data file holds: provinces, their sub-units, snapshot dates and target periods."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from bhxh_cli.domain.data import DataFile
from bhxh_cli.domain.figures import dates, figures_on
from bhxh_cli.domain.results import flat_record
from bhxh_cli.domain.selection import target_periods
from bhxh_cli.domain.units import UnitRef, provinces, walk


def figure_dates(ref: UnitRef) -> list[date]:
    """The dates a unit has figures for: its own snapshots, and the dates on which all its area
    sub-units have figures to add up (the roll-up rule of `figures.py`)."""
    own = {snapshot.as_of for snapshot in ref.unit.actuals}
    return sorted(day for day in dates(ref) if day in own or figures_on(ref, day).figures)


@dataclass(frozen=True)
class ProvinceEntry:
    """A province as `bhxh provinces` lists it: its sub-units, dates of figures and periods."""

    slug: str
    name: str
    units: list[str]
    snapshots: list[str]
    periods: list[str]
    merged_into: str | None
    merged_on: str | None

    @classmethod
    def of(cls, ref: UnitRef) -> ProvinceEntry:
        """The entry of a province: every sub-unit's path, its figure dates, its target periods."""
        unit = ref.unit
        return cls(
            slug=ref.path,
            name=unit.name,
            units=[sub.path for sub in walk(ref) if sub is not ref],
            snapshots=[day.isoformat() for day in figure_dates(ref)],
            periods=[p.id for p in target_periods(unit)],
            merged_into=unit.merged_into,
            merged_on=unit.merged_on.isoformat() if unit.merged_on else None,
        )

    def as_simple_dict(self) -> dict[str, Any]:
        """What JSON gets for a province: every field by name, lists as lists."""
        return dict(self.__dict__)


@dataclass(frozen=True)
class ProvinceList:
    """The provinces of the data file at `path`, in file order."""

    path: str
    entries: list[ProvinceEntry]

    def as_simple_dict(self) -> list[dict[str, Any]]:
        """What JSON gets: the list of the provinces' entries, in file order."""
        return [entry.as_simple_dict() for entry in self.entries]

    def records(self) -> list[dict[str, Any]]:
        """What CSV gets: a record per province, each list one cell, names space-separated."""
        return [flat_record(entry.as_simple_dict()) for entry in self.entries]


def list_provinces(data: DataFile, path: str) -> ProvinceList:
    """Every province of the data file at `path`, in file order."""
    return ProvinceList(path, [ProvinceEntry.of(ref) for ref in provinces(data)])
