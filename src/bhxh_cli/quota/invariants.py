"""The invariants of a quota request, written once for a campaign of the data file and for the
command line's options. The messages name each field as the user wrote it (`min` in a
campaign, `--min` on the command line); each caller wraps them in its own error."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Literal

from bhxh_cli.domain.schemes import SCHEMES, Scheme
from bhxh_cli.messages import Message


@dataclass(frozen=True)
class Spelling:
    """How the user writes each field of a request."""

    per_staff: str
    per_unit: str
    split: str
    staff: str
    province: str
    min: str
    max: str
    weight: str

    @classmethod
    def of(cls, spell: Callable[[str], str]) -> Spelling:
        """Each field spelled from its key in a campaign of the data file."""
        return cls(*(spell(field.name) for field in fields(cls)))


@dataclass(frozen=True)
class Asked:
    """What a request gives, however it was written: each way's schemes, and which of the
    fields that go with them are there."""

    per_staff: Mapping[Scheme, int]
    per_unit: Mapping[Scheme, int]
    split: Mapping[Scheme, int]
    staff: bool = False
    province: bool = False
    min: int | None = None
    max: int | None = None
    weight: bool = False


Invariant = Literal[
    "no_quota",
    "scheme_twice",
    "split_only",
    "min_above_max",
    "needs_staff",
    "needs_per_staff",
    "needs_province",
]


@dataclass(frozen=True)
class Broken:
    """An invariant a request breaks, and the message that says so."""

    invariant: Invariant
    message: Message


def broken_invariant(asked: Asked, spelled: Spelling) -> Broken | None:
    """The first invariant `asked` breaks, or None when it keeps them all: a quota to make,
    each scheme made one way, bounds and weight for a split only and in order, staff with
    quotas per staff member and only then, a province to share among."""
    ways = {
        spelled.per_staff: asked.per_staff,
        spelled.per_unit: asked.per_unit,
        spelled.split: asked.split,
    }
    if not any(ways.values()):
        message = Message(
            "request.no_quota",
            per_staff=spelled.per_staff,
            per_unit=spelled.per_unit,
            split=spelled.split,
        )
        return Broken("no_quota", message)
    for scheme in SCHEMES:
        used = [way for way, given in ways.items() if scheme in given]
        if len(used) > 1:
            twice = Message(
                "request.scheme_twice", scheme=scheme.value, first=used[0], second=used[1]
            )
            return Broken("scheme_twice", twice)
    return _split_broken(asked, spelled) or _fields_broken(asked, spelled)


def _split_broken(asked: Asked, spelled: Spelling) -> Broken | None:
    low, high = asked.min, asked.max
    if not asked.split and (low is not None or high is not None or asked.weight):
        message = Message(
            "request.split_only",
            min=spelled.min,
            max=spelled.max,
            weight=spelled.weight,
            split=spelled.split,
        )
        return Broken("split_only", message)
    if low is not None and high is not None and low > high:
        message = Message(
            "request.min_above_max", min=spelled.min, minimum=low, max=spelled.max, maximum=high
        )
        return Broken("min_above_max", message)
    return None


def _fields_broken(asked: Asked, spelled: Spelling) -> Broken | None:
    if asked.per_staff and not asked.staff:
        message = Message("request.needs_staff", per_staff=spelled.per_staff, staff=spelled.staff)
        return Broken("needs_staff", message)
    if asked.staff and not asked.per_staff:
        message = Message(
            "request.needs_per_staff", staff=spelled.staff, per_staff=spelled.per_staff
        )
        return Broken("needs_per_staff", message)
    if (asked.per_unit or asked.split) and not asked.province:
        message = Message(
            "request.needs_province",
            per_unit=spelled.per_unit,
            split=spelled.split,
            province=spelled.province,
        )
        return Broken("needs_province", message)
    return None
