"""The data format of a targets file, as Pydantic models.

Strict on purpose: unknown keys are errors, counts are whole numbers >= 0 written as digits,
rates are exact decimals within 0-100. The YAML reader hands these models plain values
(int, Decimal, date, str), never binary floats.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from bhxh_cli.periods import PERIOD_SPELLINGS, Period, parse_period, range_period
from bhxh_cli.schemes import BHXH_PARTS, DENOMINATOR, SCHEMES, Denominator, Scheme

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]

Count = Annotated[
    int,
    Field(strict=True, ge=0, description="a whole number of people, digits only"),
]


def _exact_rate(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    return value


Rate = Annotated[
    Decimal,
    BeforeValidator(_exact_rate),
    Field(strict=True, ge=0, le=100),
    WithJsonSchema({"type": "number", "minimum": 0, "maximum": 100}),
]


def _iso_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value) if len(value) == 10 else _bad_date(value)
        except ValueError:
            pass
    return _bad_date(value)


def _bad_date(value: Any) -> date:
    raise PydanticCustomError("bad_date", "bad date '{value}': write YYYY-MM-DD", {"value": value})


IsoDate = Annotated[
    date,
    PlainValidator(_iso_date),
    WithJsonSchema({"type": "string", "format": "date"}),
]


def _period(value: Any) -> Period:
    if isinstance(value, Period):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        try:
            return parse_period(value)
        except ValueError:
            pass
    elif isinstance(value, dict) and set(value) == {"start", "end"}:
        start, end = _iso_date(value["start"]), _iso_date(value["end"])
        if end < start:
            raise PydanticCustomError(
                "period_order",
                "period ends ({end}) before it starts ({start})",
                {"start": start.isoformat(), "end": end.isoformat()},
            )
        return range_period(start, end)
    raise PydanticCustomError(
        "bad_period",
        "bad period '{value}': use {spellings}",
        {"value": value, "spellings": PERIOD_SPELLINGS},
    )


PeriodField = Annotated[
    Period,
    PlainValidator(_period),
    WithJsonSchema(
        {
            "oneOf": [
                {"type": "integer", "minimum": 1900, "maximum": 2999},
                {
                    "type": "string",
                    "pattern": r"^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$"
                    r"|^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$",
                },
                {
                    "type": "object",
                    "properties": {
                        "start": {"type": "string", "format": "date"},
                        "end": {"type": "string", "format": "date"},
                    },
                    "required": ["start", "end"],
                    "additionalProperties": False,
                },
            ]
        }
    ),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Goal(_Model):
    """One scheme's target: a rate of the denominator, a stock total, or a flow of new people."""

    # For editors: exactly one of the three, as _exactly_one checks (a null one is not given).
    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {"required": [kind], "properties": {kind: {"not": {"type": "null"}}}}
                for kind in ("rate", "total", "new")
            ]
        }
    )
    rate: Rate | None = Field(None, description="share of the denominator, in percent")
    total: Count | None = Field(None, description="participants at the end of the period")
    new: Count | None = Field(None, description="new participants recruited within the period")

    @model_validator(mode="after")
    def _exactly_one(self) -> Goal:
        given = [name for name in ("rate", "total", "new") if getattr(self, name) is not None]
        if len(given) != 1:
            raise PydanticCustomError(
                "goal_kind",
                "a target takes exactly one of rate, total or new (got {given})",
                {"given": ", ".join(given) or "none"},
            )
        return self

    @property
    def kind(self) -> Literal["rate", "total", "new"]:
        if self.rate is not None:
            return "rate"
        return "total" if self.total is not None else "new"


class _SchemeCounts(_Model):
    bhxh: Count | None = None
    bhxh_bat_buoc: Count | None = None
    bhxh_tu_nguyen: Count | None = None
    bhtn: Count | None = None
    bhyt: Count | None = None
    bhyt_ho_gia_dinh: Count | None = None


class Snapshot(_SchemeCounts):
    """Participants on one date (a stock)."""

    as_of: IsoDate
    population: Count | None = None
    labour_force: Count | None = None
    source: str | None = None
    note: str | None = None

    def counts(self) -> dict[Scheme, int]:
        """Participants per scheme, with bhxh as the sum of its parts when only they are given."""
        found = {s: v for s in SCHEMES if (v := getattr(self, s.value)) is not None}
        if Scheme.BHXH not in found and all(part in found for part in BHXH_PARTS):
            found[Scheme.BHXH] = sum(found[part] for part in BHXH_PARTS)
        return dict(sorted(found.items(), key=lambda item: SCHEMES.index(item[0])))

    def derived(self) -> frozenset[Scheme]:
        """Schemes whose count is computed rather than written in the file."""
        return frozenset(self.counts()) - {s for s in SCHEMES if getattr(self, s.value) is not None}


class Target(_Model):
    """Goals for one period; several entries may share a period."""

    period: PeriodField
    name: str | None = None
    source: str | None = None
    note: str | None = None
    bhxh: Goal | None = None
    bhxh_bat_buoc: Goal | None = None
    bhxh_tu_nguyen: Goal | None = None
    bhtn: Goal | None = None
    bhyt: Goal | None = None
    bhyt_ho_gia_dinh: Goal | None = None

    def goals(self) -> dict[Scheme, Goal]:
        return {s: g for s in SCHEMES if (g := getattr(self, s.value)) is not None}


class Unit(_Model):
    """A province, district, commune, or a group of people (e.g. union leaders)."""

    name: str = Field(min_length=1)
    kind: Literal["area", "group"] = Field(
        "area",
        description="area: part of its parent's territory, summed in roll-ups; "
        "group: a set of people inside it (e.g. union leaders), never summed",
    )
    population: Count | None = None
    labour_force: Count | None = None
    merged_into: Slug | None = None
    merged_on: IsoDate | None = None
    source: str | None = None
    note: str | None = None
    actuals: list[Snapshot] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    units: dict[Slug, Unit] = Field(default_factory=dict)

    def denominator(self, which: Denominator, snapshot: Snapshot | None) -> int | None:
        """The snapshot's own population / labour force wins over the unit's."""
        own: int | None = getattr(snapshot, which.value, None) if snapshot else None
        unit_value: int | None = getattr(self, which.value)
        return own if own is not None else unit_value

    def denominator_for(self, scheme: Scheme, snapshot: Snapshot | None) -> int | None:
        return self.denominator(DENOMINATOR[scheme], snapshot)


class DataFile(_Model):
    """A whole targets file."""

    version: Literal[1]
    provinces: dict[Slug, Unit]
