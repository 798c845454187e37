"""The cache's tables read back a column at a time (`records` describes the format), each
column unmarshalled when it is read.

Each column is checked and converted as a whole, by C-level maps where it can be; then each
object's fields are stored straight into its `__dict__`, in field order, as unpickling did,
without the frozen `__setattr__` of each field (a national file holds about 95,000 objects).
Any shape `records.encoded` does not write raises `MalformedError`.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import date
from decimal import Decimal
from functools import cache, cached_property
from itertools import accumulate, pairwise, repeat
from operator import gt
from typing import TYPE_CHECKING, Any

from bhxh_cli.domain.data import Unit

if TYPE_CHECKING:
    from bhxh_cli.domain.weight import Weight

Column = list[Any]
Convert = Callable[[Column], Iterable[Any]]


class MalformedError(Exception):
    """A record that is not what `records.encoded` writes."""


_NONE: type = type(None)
_INTS: frozenset[type] = frozenset({int})
_MAYBE_INTS: frozenset[type] = frozenset({int, _NONE})
_TEXTS: frozenset[type] = frozenset({str})
_MAYBE_TEXTS: frozenset[type] = frozenset({str, _NONE})
# What each field of a plain annotation may hold; the others are read by their own converter.
_PLAIN = {"int": _INTS, "int | None": _MAYBE_INTS, "str": _TEXTS, "str | None": _MAYBE_TEXTS}
_KINDS = frozenset({"area", "group"})
new = object.__new__
_set = object.__setattr__


# Each class's fields, their types and its filler are worked out when a table of the class is
# first read or written: an import reads units and snapshots only, and never loads the classes
# of plans (`domain.plans`).
@cache
def names(cls: type) -> tuple[str, ...]:
    """The fields of a class of the records, in field order."""
    return tuple(field.name for field in fields(cls))


@cache
def _types(cls: type) -> dict[str, frozenset[type] | None]:
    return {field.name: _PLAIN.get(str(field.type)) for field in fields(cls)}


@cache
def _filler(cls: type) -> Callable[[list[Any], list[Any]], None]:
    """The function that stores a table's columns, in field order, into the `__dict__` of its
    objects by name: plain dict stores, without the frozen `__setattr__` of each field, and
    without making a dict apart to set as `__dict__` (on the bench set of 10,600 communes
    that took 64 ms to read, this 53 ms). The code is built from the dataclass's own field
    names, never from the file's."""
    fields_of = names(cls)
    values = ", ".join(f"_{index}" for index in range(len(fields_of)))
    source = [
        f"def fill_{cls.__name__}(objects, columns):",
        f"    for made, {values}, in zip(objects, *columns, strict=True):",
        "        fields = made.__dict__",
        *(f"        fields[{name!r}] = _{index}" for index, name in enumerate(fields_of)),
    ]
    # One instance given every field in field order first: where Python shares a class's
    # keys among its instances' dicts (CPython 3.11 does), instances made afterwards hold
    # only their values, and filling them takes a third less time.
    model: Any = new(cls)
    for name in fields_of:
        _set(model, name, None)
    namespace: dict[str, Any] = {}
    exec("\n".join(source), namespace)
    filler: Callable[[list[Any], list[Any]], None] = namespace[f"fill_{cls.__name__}"]
    return filler


def instances(cls: type, count: int) -> list[Any]:
    """`count` objects of `cls` with no field yet, made once the class's filler is (`_filler`):
    an object takes its room for fields from the keys the class shares when it is made, and
    one made before the filler's model would hold its own dict (400 bytes more a unit)."""
    _filler(cls)
    return list(map(new, repeat(cls, count)))


def _plain(column: Column, types: frozenset[type] | None) -> bool:
    """Whether every value of a column is of these types (many columns are all None)."""
    if types is None:  # a field that needs its own converter, given none: never read
        return False
    if _NONE in types and column.count(None) == len(column):
        return True
    return types.issuperset(map(type, column))


def table(cls: type, columns: Any, convert: dict[str, Convert], made: Any = None) -> Any:
    """The objects of a table (new ones, or those `made` beforehand), their fields stored in
    their `__dict__`: `convert` reads the columns it names, the others must hold values of
    their field's plain annotation (`int | None`, `str`, ...)."""
    fields_of = names(cls)
    if type(columns) is not tuple or len(columns) != len(fields_of):
        raise MalformedError(cls.__name__)
    columns = tuple(map(opened, columns))
    count = len(columns[0]) if columns else 0
    values = []
    for name, column in zip(fields_of, columns, strict=True):
        if len(column) != count:
            raise MalformedError(f"{cls.__name__}.{name}")
        if name in convert:
            values.append(convert[name](column))
        elif _plain(column, _types(cls)[name]):
            values.append(column)
        else:
            raise MalformedError(f"{cls.__name__}.{name}")
    objects = instances(cls, count) if made is None else made
    if len(objects) != count:
        raise MalformedError(cls.__name__)
    _filler(cls)(objects, values)
    return objects


def opened(column: Any) -> Column:
    """A column as read: unmarshalled, if it is still as the record stores it (a column of the
    projection is cut from columns already read); a list."""
    found = marshal.loads(column) if type(column) is bytes else column
    if type(found) is not list:
        raise MalformedError("column")
    return found


def keyed(slugs: Any, objects: list[Any]) -> dict[str, Any]:
    """The objects by their slugs, every slug text and none twice."""
    if type(slugs) is not list or not _TEXTS.issuperset(map(type, slugs)):
        raise MalformedError("slugs")
    found = dict(zip(slugs, objects, strict=True))
    if len(found) != len(slugs):
        raise MalformedError("slugs")
    return found


def kinds(column: Column) -> Column:
    """A column of units' kinds, each "area" or "group"."""
    if not _KINDS.issuperset(column):
        raise MalformedError("kind")
    return column


def weights(column: Column) -> Iterable[Weight | None]:
    """A column of campaigns' weights by value, or None."""
    from bhxh_cli.domain.weight import Weight  # for files with campaigns only

    known: dict[Any, Weight | None] = {None: None, **{weight.value: weight for weight in Weight}}
    return map(known.__getitem__, column)


def staff(column: Column) -> Column:
    """A campaign's staff: a number, none, or a number per unit (campaigns are few)."""
    for given in column:
        if type(given) is dict:
            if not all(type(key) is str and type(value) is int for key, value in given.items()):
                raise MalformedError("staff")
        elif given is not None and type(given) is not int:
            raise MalformedError("staff")
    return column


class Reader:
    """Reads tables back, sharing equal dates, periods and rates."""

    def __init__(self, periods: Any) -> None:
        self.dates: dict[Any, date | None] = {None: None}
        self._periods = periods

    @cached_property
    def periods(self) -> Convert:
        """Reads indices into the table of periods (the few a file names), one object per
        period: read and checked with the first table of targets (a projection reads none)."""
        from bhxh_cli.domain.periods import Period

        if type(self._periods) is not list:
            raise MalformedError("periods")
        made = []
        for written in self._periods:
            if type(written) is not tuple or len(written) != 3 or type(written[2]) is not str:
                raise MalformedError("period")
            start, end = self.days(list(written[:2]))
            made.append(Period(start, end, written[2]))
        return self.indexed(made, optional=False)

    def days(self, column: Column) -> Iterable[date]:
        """The dates of day ordinals, one object per day."""
        return self._days(column, _INTS)

    def maybe_days(self, column: Column) -> Iterable[date | None]:
        """The dates of day ordinals or None."""
        return self._days(column, _MAYBE_INTS)

    def _days(self, column: Column, types: frozenset[type]) -> Iterable[Any]:
        if _NONE in types and column.count(None) == len(column):
            return column  # no day at all, as for most units' merged_on
        distinct = set(column)
        if not types.issuperset(map(type, distinct)):
            raise MalformedError("day")
        for ordinal in distinct.difference(self.dates):
            self.dates[ordinal] = date.fromordinal(ordinal)
        return map(self.dates.__getitem__, column)

    @staticmethod
    def rates(column: Column) -> Iterable[Decimal | None]:
        """The decimals of exact decimal texts or None, one object per text."""
        distinct = set(column)
        if not _MAYBE_TEXTS.issuperset(map(type, distinct)):
            raise MalformedError("rate")
        rates = {text: None if text is None else Decimal(text) for text in distinct}
        return map(rates.__getitem__, column)

    @staticmethod
    def indexed(objects: list[Any], *, optional: bool) -> Convert:
        """Reads indices into `objects` (None for none, if `optional`): an index out of the
        table, negative included, is malformed."""
        lookup: dict[Any, Any] = dict(enumerate(objects))
        if not optional:
            return lambda column: map(lookup.__getitem__, column)
        lookup[None] = None

        def read(column: Column) -> Iterable[Any]:
            if column.count(None) == len(column):
                return column  # none at all, as for most schemes' goals
            return map(lookup.__getitem__, column)

        return read


class Children:
    """Shares a table of children out to the units, by the count each unit has; the units
    themselves are made first, so that each can be among its parent's sub-units."""

    def __init__(self, slugs: Any, provinces: Any) -> None:
        if type(slugs) is not list or not _TEXTS.issuperset(map(type, slugs)):
            raise MalformedError("slugs")
        if type(provinces) is not int or not 0 <= provinces <= len(slugs):
            raise MalformedError("provinces")
        self.slugs: list[str] = slugs
        self.made: list[Unit] = instances(Unit, len(slugs))
        self.provinces = provinces

    @staticmethod
    def _starts(counts: Column, first: int, total: int) -> list[int]:
        """Where each unit's children start, then where the last ones end: every child once."""
        if not _INTS.issuperset(map(type, counts)) or (counts and min(counts) < 0):
            raise MalformedError("count")
        starts = list(accumulate(counts, initial=first))
        if starts[-1] != total:
            raise MalformedError("count")
        return starts

    def tuples(self, children: list[Any]) -> Convert:
        """Reads counts of children as tuples of them, in order."""
        shared = tuple(children)

        def read(counts: Column) -> Iterable[tuple[Any, ...]]:
            starts = self._starts(counts, 0, len(shared))
            if not shared:  # no unit has any: the empty tuple, without slicing
                return repeat((), len(counts))
            return [shared[start:end] for start, end in pairwise(starts)]

        return read

    def tuples_among(self, children: list[Any], kept: list[int], total: int) -> Convert:
        """Reads counts of children, of a table of `total` of which only the rows `kept` (in
        order) were read as `children`, as tuples of the kept ones, in order."""

        def read(counts: Column) -> Iterable[tuple[Any, ...]]:
            starts = self._starts(counts, 0, total)
            found: list[tuple[Any, ...]] = [()] * len(counts)
            if not kept:
                return found
            ends = iter(enumerate(starts[1:]))
            place, end = next(ends)
            run: list[Any] = []
            for row, child in zip(kept, children, strict=True):
                while row >= end:  # the rows of this unit are over: the next unit's
                    found[place], run = tuple(run), []
                    place, end = next(ends)
                run.append(child)
            found[place] = tuple(run)
            return found

        return read

    @staticmethod
    def none(counts: Column) -> Iterable[tuple[()]]:
        """Reads counts of children whose table is not read (a projection's): whole numbers,
        none negative, and an empty tuple for each unit."""
        if not _INTS.issuperset(map(type, counts)) or (counts and min(counts) < 0):
            raise MalformedError("count")
        return repeat((), len(counts))

    def units(self, counts: Column) -> Iterable[dict[str, Unit]]:
        """Reads counts of sub-units as dicts of them by slug; each one comes after its parent
        (so no unit is its own sub-unit), and no slug is there twice."""
        starts = self._starts(counts, self.provinces, len(self.made))
        if not all(map(gt, starts, range(len(counts)))):
            raise MalformedError("units")
        found: list[dict[str, Unit]] = [{} for _ in counts]
        # Most units (the communes) have none: only the others' dicts are filled, one by one.
        for place in filter(counts.__getitem__, range(len(counts))):
            part = slice(starts[place], starts[place + 1])
            found[place] = dict(zip(self.slugs[part], self.made[part], strict=True))
            if len(found[place]) != counts[place]:
                raise MalformedError("slugs")
        return found
