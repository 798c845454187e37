"""Results that are a list of reports: JSON is the list of their objects, CSV all their records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar


class Report(Protocol):
    def as_simple_dict(self) -> dict[str, Any]: ...

    def records(self) -> list[dict[str, Any]]: ...


R = TypeVar("R", bound=Report)


@dataclass(frozen=True)
class ReportList(Generic[R]):
    reports: list[R]

    def as_simple_dict(self) -> list[dict[str, Any]]:
        return [report.as_simple_dict() for report in self.reports]

    def records(self) -> list[dict[str, Any]]:
        return [record for report in self.reports for record in report.records()]
