"""What every command's result offers the output formats, and results that are a list of them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar


class Result(Protocol):
    """A result of a command: one document for JSON, flat records for CSV. Tables are drawn
    by the view `render.VIEWS` names for its type."""

    def as_simple_dict(self) -> Any:
        """What JSON gets: the result as one document of plain values."""

    def records(self) -> Iterable[dict[str, Any]]:
        """What CSV gets: the result as flat records, a row each."""


class Lines:
    """A list in a result's JSON document made as it is written, one item at a time: a
    day-by-day plan of millions of lines is never held in memory. It can be read once."""

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[Any]) -> None:
        self._items = iter(items)

    def __iter__(self) -> Iterator[Any]:
        return self._items


R = TypeVar("R", bound=Result)


def flat_record(record: dict[str, Any]) -> dict[str, Any]:
    """A record as CSV writes it: a list of names becomes one cell, the names separated by
    spaces (slugs and ids hold none)."""
    return {
        key: " ".join(value) if isinstance(value, list) else value for key, value in record.items()
    }


@dataclass(frozen=True)
class ReportList(Generic[R]):
    """Results that are a list of reports: JSON is the list of their objects, CSV all their
    records."""

    reports: list[R]

    def as_simple_dict(self) -> list[Any]:
        """What JSON gets: the list of each report's document, in order."""
        return [report.as_simple_dict() for report in self.reports]

    def records(self) -> Iterable[dict[str, Any]]:
        """What CSV gets: every report's records, report after report."""
        return [record for report in self.reports for record in report.records()]
