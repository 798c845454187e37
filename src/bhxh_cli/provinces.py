"""What a data file holds: provinces, their sub-units, snapshot dates and target periods."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bhxh_cli.domain.data import DataFile
from bhxh_cli.domain.results import flat_record
from bhxh_cli.domain.selection import target_periods
from bhxh_cli.domain.units import UnitRef, provinces, walk


@dataclass(frozen=True)
class ProvinceEntry:
    slug: str
    name: str
    units: list[str]
    snapshots: list[str]
    periods: list[str]
    merged_into: str | None
    merged_on: str | None

    @classmethod
    def of(cls, ref: UnitRef) -> ProvinceEntry:
        unit = ref.unit
        return cls(
            slug=ref.path,
            name=unit.name,
            units=[sub.path for sub in walk(ref) if sub is not ref],
            snapshots=sorted({s.as_of.isoformat() for s in unit.actuals}),
            periods=[p.id for p in target_periods(unit)],
            merged_into=unit.merged_into,
            merged_on=unit.merged_on.isoformat() if unit.merged_on else None,
        )

    def as_simple_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class ProvinceList:
    path: str
    entries: list[ProvinceEntry]

    def as_simple_dict(self) -> list[dict[str, Any]]:
        return [entry.as_simple_dict() for entry in self.entries]

    def records(self) -> list[dict[str, Any]]:
        return [flat_record(entry.as_simple_dict()) for entry in self.entries]


def list_provinces(data: DataFile, path: str) -> ProvinceList:
    return ProvinceList(path, [ProvinceEntry.of(ref) for ref in provinces(data)])
