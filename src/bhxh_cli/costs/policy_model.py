"""The format of a policy file, as Pydantic models: strict like the targets file.

Unknown keys are errors, amounts are whole đồng written as digits, percents exact decimals
within 0-100, dates real YYYY-MM-DD dates, and every entry names its source and says whether it
was checked against the gazette (`verified`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, model_validator

from bhxh_cli.datafile.limits import MAX_COUNT
from bhxh_cli.datafile.model import IsoDate, Name, NoteText, Rate, model_error
from bhxh_cli.messages import Message

Category = Literal["poor", "near-poor", "ethnic-minority", "other"]
# From the dearest for the state to the cheapest: the order tables list them in.
CATEGORIES: tuple[Category, ...] = ("poor", "near-poor", "ethnic-minority", "other")


def _whole_dong(value: Any) -> Any:
    """Whole đồng in digits: `2.340.000` (text, or YAML's decimal 2.34) is refused with a hint."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    shown = f"{value.normalize():f}" if isinstance(value, Decimal) else str(value)
    message = Message("policy.not_dong", value=repr(shown))
    raise model_error("not_whole_number", message, Message("policy.not_dong.hint"))


Dong = Annotated[
    int,
    BeforeValidator(_whole_dong),
    Field(strict=True, ge=1, le=MAX_COUNT, description="whole đồng a month, digits only"),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Entry(_Model):
    """One dated value of a parameter, with its legal source."""

    from_: IsoDate = Field(alias="from", description="first day in force")
    until: IsoDate | None = Field(None, description="last day in force; none: still in force")
    source: Name
    verified: StrictBool = Field(description="false: read only in secondary copies")
    note: NoteText | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Entry:
        if self.until is not None and self.until < self.from_:
            raise model_error(
                "period_order", Message("period.order", start=self.from_, end=self.until)
            )
        return self

    def covers(self, day: date) -> bool:
        """Whether the entry is in force on `day`."""
        return self.from_ <= day and (self.until is None or day <= self.until)


class PercentEntry(Entry):
    """A percent of something, e.g. the voluntary contribution rate."""

    percent: Rate


class AmountEntry(Entry):
    """An amount of đồng a month, e.g. the base salary or the poverty line."""

    amount: Dong


class TimesEntry(Entry):
    """A multiple of the base salary, e.g. the highest income base."""

    times: Annotated[int, Field(strict=True, ge=1, le=1000)]


class Shares(_Model):
    """A percent for each category."""

    poor: Rate
    near_poor: Rate = Field(alias="near-poor")
    ethnic_minority: Rate = Field(alias="ethnic-minority")
    other: Rate


class SupportEntry(Entry):
    """The state's share of the contribution on the poverty line, by category."""

    percent: Shares
    months_cap: Annotated[int, Field(strict=True, ge=1, le=1200)] | None = None


class HouseholdEntry(Entry):
    """Household health cards: the first member's percent of the base salary, then steps."""

    first_percent: Rate
    steps: list[Rate] = Field(min_length=1, max_length=20)


class Parameters(_Model):
    """Each parameter's dated entries, oldest first."""

    voluntary_rate: list[PercentEntry] = Field(min_length=1)
    poverty_line: list[AmountEntry] = Field(min_length=1)
    income_ceiling: list[TimesEntry] = Field(min_length=1)
    base_salary: list[AmountEntry] = Field(min_length=1)
    voluntary_support: list[SupportEntry] = Field(min_length=1)
    household_health: list[HouseholdEntry] = Field(min_length=1)


class PolicyFile(_Model):
    """A whole policy file."""

    policy: Literal[1]
    parameters: Parameters
