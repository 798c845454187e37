"""The data format of a targets file, as Pydantic models.

Strict on purpose: unknown keys are errors, counts are whole numbers >= 0 written as digits,
rates are exact decimals within 0-100. The YAML reader hands these models plain values
(int, Decimal, date, str), never binary floats.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PlainValidator,
    StringConstraints,
    Tag,
    ValidationError,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from bhxh_cli.datafile.limits import MAX_COUNT, MAX_RATE_DECIMALS
from bhxh_cli.datafile.text import NOTE_PATTERN, TEXT_PATTERN
from bhxh_cli.domain.data import quota_ways
from bhxh_cli.domain.days import in_range
from bhxh_cli.domain.periods import Period, parse_period, range_period
from bhxh_cli.domain.weight import Weight
from bhxh_cli.messages import Message
from bhxh_cli.quota.invariants import Asked, Spelling, broken_invariant

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
UnitPath = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$")
]

Count = Annotated[
    int,
    Field(strict=True, ge=0, le=MAX_COUNT, description="a whole number of people, digits only"),
]
DayCount = Annotated[int, Field(strict=True, ge=1, le=MAX_COUNT)]


def _exact_rate(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    return value


def _bounded_rate(value: Decimal) -> Decimal:
    """At most MAX_RATE_DECIMALS digits after the point, as written; read from the decimal's
    digits, without arithmetic, so that an absurd exponent costs nothing to refuse."""
    exponent = value.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if decimals > MAX_RATE_DECIMALS:
        message = Message("schema.rate_precision", decimals=decimals, limit=MAX_RATE_DECIMALS)
        hint = Message("schema.rate_precision.hint", limit=MAX_RATE_DECIMALS)
        raise model_error("rate_precision", message, hint)
    return value


Rate = Annotated[
    Decimal,
    BeforeValidator(_exact_rate),
    Field(strict=True, ge=0, le=100),
    AfterValidator(_bounded_rate),
    WithJsonSchema({"type": "number", "minimum": 0, "maximum": 100}),
]
# Text is checked for control characters by `checks.text_controls`, after the schema, so that a
# bad character does not leave its unit out of the other checks; the JSON Schema tells editors.
Text = Annotated[str, WithJsonSchema({"type": "string", "pattern": TEXT_PATTERN})]
NoteText = Annotated[str, WithJsonSchema({"type": "string", "pattern": NOTE_PATTERN})]
Name = Annotated[
    str,
    Field(min_length=1),
    WithJsonSchema({"type": "string", "minLength": 1, "pattern": TEXT_PATTERN}),
]


CODE_PATTERN = r"^[0-9]{2,5}$"


def _registry_code(value: Any) -> str:
    """A code of the administrative registry: 2 to 5 ASCII digits, written as text (YAML reads
    an unquoted `01` as the number 1, and the code's leading zero would be lost)."""
    if isinstance(value, str) and value.isascii() and re.fullmatch(CODE_PATTERN, value):
        return value
    shown = value if isinstance(value, str) else str(value)
    hint = Message("schema.bad_code.hint")
    raise model_error("bad_code", Message("schema.bad_code", value=repr(shown)), hint)


RegistryCode = Annotated[
    str,
    PlainValidator(_registry_code),
    WithJsonSchema({"type": "string", "pattern": CODE_PATTERN}),
]


def _iso_date(value: Any) -> date:
    if isinstance(value, str) and len(value) == 10:
        with contextlib.suppress(ValueError):
            value = date.fromisoformat(value)
    if isinstance(value, date):
        if in_range(value):
            return value
        message = Message("date.out_of_range", value=repr(value.isoformat()))
        raise model_error("bad_date", message)
    return _bad_date(value)


def model_error(kind: str, message: Message, hint: Message | None = None) -> PydanticCustomError:
    """An error of the data model's own checks; the loader shows `message` and `hint` under
    rule `kind`."""
    return PydanticCustomError(kind, str(message), {"message": message, "hint": hint})


def _bad_date(value: Any) -> date:
    raise model_error("bad_date", Message("date.bad", value=repr(str(value))))


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
            raise model_error("period_order", Message("period.order", start=start, end=end))
        return range_period(start, end)
    raise model_error("bad_period", Message("period.bad", value=repr(str(value))))


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
            found = tuple(given) or Message("word.none")
            raise model_error("goal_kind", Message("goal.kind", given=found))
        return self


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
    source: Text | None = None
    note: NoteText | None = None


class Target(_Model):
    """Goals for one period; several entries may share a period."""

    period: PeriodField
    name: Text | None = None
    source: Text | None = None
    note: NoteText | None = None
    bhxh: Goal | None = None
    bhxh_bat_buoc: Goal | None = None
    bhxh_tu_nguyen: Goal | None = None
    bhtn: Goal | None = None
    bhyt: Goal | None = None
    bhyt_ho_gia_dinh: Goal | None = None


class SupportTopUp(_Model):
    """A province's own support for voluntary participants of one category, by a council
    resolution: a percent of the contribution on the poverty line, or đồng a month."""

    model_config = ConfigDict(
        json_schema_extra={"oneOf": [{"required": ["percent"]}, {"required": ["amount"]}]}
    )
    category: Literal["poor", "near-poor", "ethnic-minority", "other"]
    from_: IsoDate = Field(alias="from", description="first day in force")
    until: IsoDate | None = Field(None, description="last day in force")
    percent: Rate | None = Field(None, description="of the contribution on the poverty line")
    amount: Count | None = Field(None, description="đồng a month per participant")
    source: Name = Field(description="the council resolution")
    note: NoteText | None = None

    @model_validator(mode="after")
    def _one_and_ordered(self) -> SupportTopUp:
        if (self.percent is None) == (self.amount is None):
            raise model_error("top_up_kind", Message("top_up.kind"))
        if self.until is not None and self.until < self.from_:
            message = Message("period.order", start=self.from_, end=self.until)
            raise model_error("period_order", message)
        return self


class Unit(_Model):
    """A province, district, commune, or a group of people (e.g. union leaders)."""

    name: Name
    code: RegistryCode | None = Field(
        None,
        description="the unit's code in the administrative registry of its period, in quotes",
    )
    kind: Literal["area", "group"] = Field(
        "area",
        description="area: part of its parent's territory, summed in roll-ups; "
        "group: a set of people inside it (e.g. union leaders), never summed",
    )
    population: Count | None = None
    labour_force: Count | None = None
    merged_into: Slug | None = None
    merged_on: IsoDate | None = None
    source: Text | None = None
    note: NoteText | None = None
    actuals: list[Snapshot] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    units: dict[Slug, Unit] = Field(default_factory=dict)
    support: list[SupportTopUp] = Field(
        default_factory=list, description="the province's own top-ups of the state's support"
    )


def _staff_kind(value: Any) -> str:
    return "by_unit" if isinstance(value, dict) else "staff"


# One count for the whole office, or a count per sub-unit; the discriminator makes a wrong value
# one problem, not one per alternative.
StaffCounts = Annotated[
    Annotated[Count, Tag("staff")] | Annotated[dict[Slug, Count], Tag("by_unit")],
    Discriminator(_staff_kind),
]


class SchemeQuotas(_SchemeCounts):
    """People per scheme, e.g. {bhxh_tu_nguyen: 1, bhyt_ho_gia_dinh: 2}."""


class Campaign(_Model):
    """A recruiting campaign: quotas per staff member, per unit or split from a total.

    Each scheme is given one way only. Dates are optional: an article may not print them."""

    name: Name
    province: UnitPath | None = Field(None, description="the unit whose sub-units get quotas")
    start: IsoDate | None = Field(None, description="first day of the day-by-day plan")
    end: IsoDate | None = Field(None, description="last day, included (or give days)")
    days: DayCount | None = Field(None, description="number of days from start (or give end)")
    staff: StaffCounts | None = Field(
        None, description="staff recruiting: one count, or a count per sub-unit of province"
    )
    per_staff: SchemeQuotas | None = Field(None, description="people each staff member recruits")
    per_unit: SchemeQuotas | None = Field(None, description="people each area sub-unit recruits")
    split: SchemeQuotas | None = Field(None, description="totals shared over the area sub-units")
    min: Count | None = Field(None, description="split: at least this many per sub-unit")
    max: Count | None = Field(None, description="split: at most this many per sub-unit")
    weight: Weight | None = Field(None, description="split: in proportion to this (population)")
    source: Text | None = None
    note: NoteText | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Campaign:
        """Every inconsistency of the campaign's dates and of its quotas, each its own problem
        (at the key it is about, `parse.schema_problems`), not only the first."""
        found = [*_campaign_date_errors(self), *_campaign_quota_errors(self)]
        if len(found) == 1:
            raise found[0]
        if found:
            details = [InitErrorDetails(type=error, loc=(), input=self) for error in found]
            raise ValidationError.from_exception_data(type(self).__name__, details)
        return self


def _campaign_date_errors(campaign: Campaign) -> Iterator[PydanticCustomError]:
    if campaign.start is None and (campaign.end is not None or campaign.days is not None):
        yield model_error("campaign_dates", Message("campaign.needs_start"))
    if campaign.end is not None and campaign.days is not None:
        yield model_error("campaign_dates", Message("campaign.end_or_days"))
    if campaign.days == 0:
        yield model_error("campaign_dates", Message("campaign.days_zero"))
    if campaign.start and campaign.end and campaign.end < campaign.start:
        message = Message("campaign.order", end=campaign.end, start=campaign.start)
        yield model_error("campaign_dates", message)


# The fields of a request, as a campaign's keys: by their own names.
CAMPAIGN_KEYS = Spelling.of(str)


def _campaign_quota_errors(campaign: Campaign) -> Iterator[PydanticCustomError]:
    ways = quota_ways(campaign)
    asked = Asked(
        ways["per_staff"],
        ways["per_unit"],
        ways["split"],
        staff=campaign.staff is not None,
        province=campaign.province is not None,
        min=campaign.min,
        max=campaign.max,
        weight=campaign.weight is not None,
    )
    broken = broken_invariant(asked, CAMPAIGN_KEYS)  # the first: one leads to the next
    if broken:
        yield model_error("campaign_quota", broken.message)


class DataFile(_Model):
    """A whole targets file."""

    version: Literal[1]
    provinces: dict[Slug, Unit]
    campaigns: dict[Slug, Campaign] = Field(
        default_factory=dict, description="quota campaigns, run as `bhxh quota ID`"
    )
