"""One person's or one household's amounts for one month, from the parameters in force.

Exact throughout: percents are Decimals read from the file, taken as Fractions; an amount is
rounded once, half up to the whole đồng (`whole_dong`), where it becomes what a person pays or
receives in a month. The person's own payment is the contribution less the support, so the three
always add up; years and budgets are sums of those whole monthly amounts, never rounded again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from bhxh_cli.costs.policy import Policy
from bhxh_cli.costs.policy_model import Category, Entry
from bhxh_cli.domain.plans import SupportTopUp
from bhxh_cli.errors import UsageError
from bhxh_cli.messages import Message

ROUNDING = "half up to the whole đồng, once per monthly amount of one person or household card"
_ENTRY_KEYS = {"from_", "until", "source", "verified", "note"}
_SHARE_FIELDS: dict[Category, str] = {
    "poor": "poor",
    "near-poor": "near_poor",
    "ethnic-minority": "ethnic_minority",
    "other": "other",
}


def whole_dong(value: Fraction) -> int:
    """`value` half up to the whole đồng (amounts are never negative)."""
    return int(value + Fraction(1, 2)) if value >= 0 else -whole_dong(-value)


def percent(value: Decimal) -> Fraction:
    """A percent of the file as the exact fraction it is: 4.5 -> 9/200."""
    return Fraction(value) / 100


@dataclass(frozen=True)
class Cited:
    """A parameter's entry that an amount used: for the rule, its source and its mark."""

    parameter: str
    entry: Entry

    @property
    def verified(self) -> bool:
        """Whether the entry was checked against the gazette."""
        return self.entry.verified

    def as_simple_dict(self) -> dict[str, Any]:
        """What JSON gets: the parameter, its value, dates, source and mark."""
        value = self.entry.model_dump(by_alias=True, exclude=_ENTRY_KEYS)
        return {
            "parameter": self.parameter,
            "value": value,
            "from": self.entry.from_,
            "until": self.entry.until,
            "source": self.entry.source,
            "verified": self.entry.verified,
        }


def merged(*groups: Sequence[Cited]) -> tuple[Cited, ...]:
    """The entries cited by several amounts, each once, in the order first cited."""
    seen: dict[tuple[str, date], Cited] = {}
    for group in groups:
        for cited in group:
            seen.setdefault((cited.parameter, cited.entry.from_), cited)
    return tuple(seen.values())


def unverified(cited: Sequence[Cited]) -> list[str]:
    """The parameters among `cited` not yet checked against the gazette, each once."""
    return list(dict.fromkeys(c.parameter for c in cited if not c.verified))


@dataclass(frozen=True)
class VoluntaryMonth:
    """One voluntary participant's month: the contribution and who pays it."""

    day: date
    category: Category
    income: int
    contribution: int
    state: int
    province: int
    cited: tuple[Cited, ...]
    top_ups: tuple[SupportTopUp, ...] = ()

    @property
    def paid(self) -> int:
        """What the participant pays: the contribution less the support."""
        return self.contribution - self.state - self.province

    def amounts(self) -> tuple[int, int, int, int]:
        """Contribution, state support, provincial support, own payment."""
        return self.contribution, self.state, self.province, self.paid


def income_bounds(policy: Policy, day: date) -> tuple[int, int, tuple[Cited, ...]]:
    """The lowest and highest income a voluntary participant may choose on `day`."""
    line = policy.at("poverty_line", day)
    ceiling = policy.at("income_ceiling", day)
    base = policy.at("base_salary", day)
    cited = (
        Cited("poverty_line", line),
        Cited("income_ceiling", ceiling),
        Cited("base_salary", base),
    )
    return line.amount, ceiling.times * base.amount, cited


def voluntary_month(
    policy: Policy,
    day: date,
    category: Category,
    income: int | None = None,
    top_ups: Sequence[SupportTopUp] = (),
) -> VoluntaryMonth:
    """The month of `day` for a participant of `category` on `income` (None: the lowest base).
    The state's share is of the contribution on the poverty line, whatever the income; a
    province's top-up never takes the support above the contribution."""
    rate = policy.at("voluntary_rate", day)
    line = policy.at("poverty_line", day)
    support = policy.at("voluntary_support", day)
    cited = [Cited("voluntary_rate", rate), Cited("poverty_line", line)]
    if income is not None:
        lowest, highest, bounds = income_bounds(policy, day)
        cited = list(merged(cited, bounds))
        if not lowest <= income <= highest:
            message = Message(
                "costs.income_bounds", income=income, day=day, lowest=lowest, highest=highest
            )
            raise UsageError(message, hint=Message("costs.income_bounds.hint"))
    cited.append(Cited("voluntary_support", support))
    chosen = line.amount if income is None else income
    on_line = percent(rate.percent) * line.amount
    contribution = whole_dong(percent(rate.percent) * chosen)
    share = getattr(support.percent, _SHARE_FIELDS[category])
    state = whole_dong(percent(share) * on_line)
    in_force = tuple(t for t in top_ups if t.category == category and t.covers(day))
    province = min(sum(_top_up(t, on_line) for t in in_force), contribution - state)
    return VoluntaryMonth(
        day, category, chosen, contribution, state, province, tuple(cited), in_force
    )


def _top_up(top_up: SupportTopUp, on_line: Fraction) -> int:
    if top_up.amount is not None:
        return top_up.amount
    assert top_up.percent is not None  # the targets file gives one of the two
    return whole_dong(percent(top_up.percent) * on_line)


@dataclass(frozen=True)
class Card:
    """Household health cards of one rank: the `rank`-th member (and `count` of them)."""

    rank: int
    count: int
    amount: int


@dataclass(frozen=True)
class HouseholdMonth:
    """A household's health cards for the month of `day`, member by member."""

    day: date
    members: int
    cards: tuple[Card, ...]
    cited: tuple[Cited, ...]

    @property
    def total(self) -> int:
        """What the household pays in the month."""
        return sum(card.count * card.amount for card in self.cards)


def household_month(policy: Policy, day: date, members: int) -> HouseholdMonth:
    """The cards of a household of `members` in the month of `day`: the first member pays a
    percent of the base salary, the next ones a step of the first's (the last step for the
    rest). Each card is rounded once; none is rounded from another rounded card."""
    rule = policy.at("household_health", day)
    base = policy.at("base_salary", day)
    first = percent(rule.first_percent) * base.amount
    cards = [Card(1, 1, whole_dong(first))]
    for rank in range(2, min(members, len(rule.steps) + 1) + 1):
        count = 1 if rank <= len(rule.steps) else members - len(rule.steps)
        cards.append(Card(rank, count, whole_dong(percent(rule.steps[rank - 2]) * first)))
    cited = (Cited("household_health", rule), Cited("base_salary", base))
    return HouseholdMonth(day, members, tuple(cards[:members]), cited)
