"""`bhxh contribution`: one voluntary participant's or one household's amounts on a day.

A month is the rules in force on the day; a year is twelve such months (`YEAR_MONTHS`), and a
parameter that changes within them is named, so that no one mistakes the year for a forecast.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from bhxh_cli.costs.amounts import (
    ROUNDING,
    Cited,
    HouseholdMonth,
    VoluntaryMonth,
    household_month,
    income_bounds,
    merged,
    unverified,
    voluntary_month,
)
from bhxh_cli.costs.policy import Policy
from bhxh_cli.costs.policy_model import Category

YEAR_MONTHS = 12


def _changes(cited: tuple[Cited, ...], day: date) -> list[tuple[str, date]]:
    """The parameters whose entry ends within the year from `day`, and their last day."""
    year_on = date(day.year + 1, day.month, 1)
    return [
        (c.parameter, c.entry.until)
        for c in cited
        if c.entry.until is not None and c.entry.until < year_on
    ]


def _common(cited: tuple[Cited, ...], day: date) -> dict[str, Any]:
    return {
        "rounding": ROUNDING,
        "changes_within_year": [
            {"parameter": name, "until": until} for name, until in _changes(cited, day)
        ],
        "rules": [c.as_simple_dict() for c in cited],
        "unverified": unverified(cited),
    }


@dataclass(frozen=True)
class VoluntaryContribution:
    """A voluntary participant's month and year on `month.day`, within the income bounds."""

    month: VoluntaryMonth
    lowest: int
    highest: int
    income_given: bool
    cited: tuple[Cited, ...]

    def changes(self) -> list[tuple[str, date]]:
        """The parameters that change within the year, and their last day."""
        return _changes(self.cited, self.month.day)

    def as_simple_dict(self) -> dict[str, Any]:
        """What JSON gets: the amounts a month and a year, the rules and their marks."""
        month = self.month
        amounts = dict(zip(_AMOUNT_KEYS, month.amounts(), strict=True))
        return {
            "date": month.day,
            "category": month.category,
            "income": month.income,
            "income_bounds": {"lowest": self.lowest, "highest": self.highest},
            "monthly": amounts,
            "yearly": {key: value * YEAR_MONTHS for key, value in amounts.items()},
            "months_in_year": YEAR_MONTHS,
            **_common(self.cited, month.day),
        }

    def records(self) -> list[dict[str, Any]]:
        """One CSV row: the month's and the year's amounts, the category, what is unverified."""
        found = self.as_simple_dict()
        return [
            {
                "date": found["date"],
                "category": found["category"],
                "income": found["income"],
                **{f"monthly_{key}": value for key, value in found["monthly"].items()},
                **{f"yearly_{key}": value for key, value in found["yearly"].items()},
                "unverified": " ".join(found["unverified"]),
            }
        ]


_AMOUNT_KEYS = ("contribution", "state_support", "province_support", "paid")


def voluntary_contribution(
    policy: Policy, day: date, category: Category, income: int | None
) -> VoluntaryContribution:
    """The amounts of a participant of `category` choosing `income` (None: the lowest)."""
    lowest, highest, bounds = income_bounds(policy, day)
    month = voluntary_month(policy, day, category, income)
    return VoluntaryContribution(
        month, lowest, highest, income is not None, merged(month.cited, bounds)
    )


@dataclass(frozen=True)
class HouseholdContribution:
    """A household's health cards on `month.day`: member by member, the month and the year."""

    month: HouseholdMonth

    @property
    def cited(self) -> tuple[Cited, ...]:
        """The parameters the cards used."""
        return self.month.cited

    def changes(self) -> list[tuple[str, date]]:
        """The parameters that change within the year, and their last day."""
        return _changes(self.cited, self.month.day)

    def as_simple_dict(self) -> dict[str, Any]:
        """What JSON gets: the amounts a month and a year, the rules and their marks."""
        month = self.month
        return {
            "date": month.day,
            "members": month.members,
            "category": "other",  # household cards have no support by category
            "cards": [
                {
                    "rank": card.rank,
                    "count": card.count,
                    "monthly_each": card.amount,
                    "monthly": card.amount * card.count,
                    "yearly": card.amount * card.count * YEAR_MONTHS,
                }
                for card in month.cards
            ],
            "monthly": {"contribution": month.total, "state_support": 0, "paid": month.total},
            "yearly": {
                "contribution": month.total * YEAR_MONTHS,
                "state_support": 0,
                "paid": month.total * YEAR_MONTHS,
            },
            "months_in_year": YEAR_MONTHS,
            **_common(self.cited, month.day),
        }

    def records(self) -> list[dict[str, Any]]:
        """A CSV row per rank of card, with the category and what is unverified."""
        found = self.as_simple_dict()
        return [
            {
                "date": found["date"],
                "members": found["members"],
                "category": found["category"],
                **card,
                "unverified": " ".join(found["unverified"]),
            }
            for card in found["cards"]
        ]


def household_contribution(policy: Policy, day: date, members: int) -> HouseholdContribution:
    """The cards of a household of `members` on `day`."""
    return HouseholdContribution(household_month(policy, day, members))
