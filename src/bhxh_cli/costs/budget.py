"""What new participants cost over a period: the state's and the province's support and the
participants' own payments, month by month with the parameters in force in each month.

Voluntary participants are counted by category (a mix shared by largest remainder, the rest
"other"), each paying on the lowest income base; household participants in households of
`household_size` members, the last household smaller. Months with the same amounts make one
line; a line per scheme and category changes where a parameter does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from math import lcm
from typing import Any

from bhxh_cli.costs.amounts import Cited, household_month, merged, unverified, voluntary_month
from bhxh_cli.costs.policy import Policy
from bhxh_cli.costs.policy_model import CATEGORIES, Category
from bhxh_cli.domain.periods import Period
from bhxh_cli.domain.plans import SupportTopUp
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.errors import UsageError
from bhxh_cli.messages import Message
from bhxh_cli.quota.apportion import Claim, apportion

COSTED: tuple[Scheme, ...] = (Scheme.BHXH_TU_NGUYEN, Scheme.BHYT_HO_GIA_DINH)
# Household cards: the policy file has no state support for them, whatever the category.
HOUSEHOLD_CATEGORY: Category = "other"


@dataclass(frozen=True)
class BudgetRequest:
    """What to cost: new participants per scheme over `period`, and the assumptions."""

    place: str
    place_name: str
    period: Period
    new: Mapping[Scheme, int]
    top_ups: tuple[SupportTopUp, ...] = ()
    mix: Mapping[Category, Fraction] | None = None  # percent of the voluntary participants
    months: int | None = None  # months each contributes: the period's last ones
    household_size: int = 1
    campaign: str | None = None


@dataclass(frozen=True)
class Amounts:
    """Contribution, state support, provincial support and own payments, in đồng."""

    contribution: int = 0
    state: int = 0
    province: int = 0
    paid: int = 0

    def __add__(self, other: Amounts) -> Amounts:
        return Amounts(
            self.contribution + other.contribution,
            self.state + other.state,
            self.province + other.province,
            self.paid + other.paid,
        )

    def times(self, factor: int) -> Amounts:
        """Each amount `factor` times."""
        return Amounts(
            self.contribution * factor,
            self.state * factor,
            self.province * factor,
            self.paid * factor,
        )

    def as_simple_dict(self) -> dict[str, int]:
        """What JSON gets: each amount by name."""
        return {
            "contribution": self.contribution,
            "state_support": self.state,
            "province_support": self.province,
            "paid": self.paid,
        }


@dataclass(frozen=True)
class BudgetLine:
    """Months in a row with the same amounts, for the participants of one scheme and category."""

    scheme: Scheme
    category: Category
    participants: int
    first: date
    last: date
    months: int
    each: Amounts  # one participant's month (household: the group's month over participants)
    month: Amounts  # all the line's participants, one month
    cited: tuple[Cited, ...]

    @property
    def total(self) -> Amounts:
        """The line's amounts over all its months."""
        return self.month.times(self.months)

    def as_simple_dict(self) -> dict[str, Any]:
        """What JSON gets: the line's months, one person's month, the group's month, totals."""
        per_person = self.each.as_simple_dict() if self.scheme is Scheme.BHXH_TU_NGUYEN else None
        return {
            "scheme": self.scheme.value,
            "category": self.category,
            "participants": self.participants,
            "first_month": self.first.strftime("%Y-%m"),
            "last_month": self.last.strftime("%Y-%m"),
            "months": self.months,
            "per_person_month": per_person,
            "month": self.month.as_simple_dict(),
            "total": self.total.as_simple_dict(),
            "unverified": unverified(self.cited),
        }


@dataclass(frozen=True)
class Budget:
    """The cost of a plan's new participants over a period, line by line."""

    request: BudgetRequest
    lines: list[BudgetLine]
    categories: dict[Category, int]  # voluntary participants per category
    months: list[date]  # the months contributed
    by_category: dict[Category, Amounts] = field(default_factory=dict)  # all of one category

    @property
    def total(self) -> Amounts:
        """Every line's amounts added up."""
        return sum((line.total for line in self.lines), Amounts())

    @property
    def cited(self) -> tuple[Cited, ...]:
        """The parameters the lines used, each once."""
        return merged(*(line.cited for line in self.lines))

    def assumptions(self) -> dict[str, Any]:
        """What the figures assume, for every format."""
        request = self.request
        mix = {c: n for c, n in self.categories.items() if n}
        return {
            "category": _assumed_category(mix),
            "mix_given": request.mix is not None,
            "categories": self.categories,
            "months": len(self.months),
            "months_in_period": len(period_months(request.period)),
            "income": "lowest",
            "household_size": request.household_size,
            "household_category": HOUSEHOLD_CATEGORY,
        }

    def as_simple_dict(self) -> dict[str, Any]:
        """What JSON gets: the place, period and counts, the assumptions, lines, total, range
        and rules."""
        request = self.request
        return {
            "province": request.place,
            "name": request.place_name,
            "campaign": request.campaign,
            "period": request.period.as_simple_dict(),
            "new": {scheme.value: count for scheme, count in request.new.items()},
            "assumptions": self.assumptions(),
            "lines": [line.as_simple_dict() for line in self.lines],
            "total": self.total.as_simple_dict(),
            "range": [
                {"category": category, **amounts.as_simple_dict()}
                for category, amounts in self.by_category.items()
            ],
            "rules": [cited.as_simple_dict() for cited in self.cited],
            "unverified": unverified(self.cited),
        }

    def records(self) -> list[dict[str, Any]]:
        """A CSV row per line: its amounts flat, the category and the unverified parameters."""
        rows = []
        for line in self.lines:
            record = line.as_simple_dict()
            rows.append(
                {
                    "province": self.request.place,
                    "period": self.request.period.id,
                    **{k: record[k] for k in ("scheme", "category", "participants")},
                    **{k: record[k] for k in ("first_month", "last_month", "months")},
                    **{f"total_{k}": v for k, v in record["total"].items()},
                    "unverified": " ".join(record["unverified"]),
                }
            )
        return rows


def _assumed_category(mix: dict[Category, int]) -> str:
    """The one category of every participant, or "mix"; household cards alone are "other"."""
    if not mix:
        return HOUSEHOLD_CATEGORY
    return next(iter(mix)) if len(mix) == 1 else "mix"


def period_months(period: Period) -> list[date]:
    """The first day of each month the period touches."""
    months = []
    year, month = period.start.year, period.start.month
    while date(year, month, 1) <= period.end:
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def percent_text(share: Fraction) -> str:
    """A percent of --mix written back exactly as a decimal: it was read from decimal text, so
    its digits end (60.12345, not a float's 60.1235)."""
    return format((Decimal(share.numerator) / Decimal(share.denominator)).normalize(), "f")


def split_by_category(total: int, mix: Mapping[Category, Fraction] | None) -> dict[Category, int]:
    """The participants of each category: the mix's percents of `total` by largest remainder,
    the percent left over "other"; without a mix, everyone "other"."""
    if mix is None:
        return {"other": total}
    shares = dict(mix)
    left = 100 - sum(shares.values(), Fraction(0))
    if left < 0:
        given = tuple(f"{c}={percent_text(p)}%" for c, p in shares.items())
        raise UsageError(Message("costs.mix_above_100", mix=given))
    shares["other"] = shares.get("other", Fraction(0)) + left
    ordered = [c for c in CATEGORIES if c in shares]
    scale = lcm(*(shares[c].denominator for c in ordered))
    claims = [Claim(int(shares[c] * scale)) for c in ordered]
    return dict(zip(ordered, apportion(total, claims), strict=True))


def cost(policy: Policy, request: BudgetRequest) -> Budget:
    """The budget of `request`, line by line in scheme then category order."""
    all_months = period_months(request.period)
    count = request.months if request.months is not None else len(all_months)
    if not 1 <= count <= len(all_months):
        message = Message(
            "costs.months", months=count, period=request.period.id, most=len(all_months)
        )
        raise UsageError(message)
    months = all_months[len(all_months) - count :]
    voluntary = request.new.get(Scheme.BHXH_TU_NGUYEN, 0)
    categories = split_by_category(voluntary, request.mix) if voluntary else {}
    lines = []
    for category, people in categories.items():
        if people:
            lines += _voluntary_lines(policy, request, months, category, people)
    households = request.new.get(Scheme.BHYT_HO_GIA_DINH, 0)
    if households:
        lines += _household_lines(policy, months, households, request.household_size)
    by_category = {}
    if request.mix is None and voluntary:
        by_category = {
            c: sum(
                (x.total for x in _voluntary_lines(policy, request, months, c, voluntary)),
                Amounts(),
            )
            for c in reversed(CATEGORIES)
        }
    return Budget(request, lines, categories, months, by_category)


def _voluntary_lines(
    policy: Policy, request: BudgetRequest, months: Sequence[date], category: Category, people: int
) -> list[BudgetLine]:
    made = []
    for index, day in enumerate(months):
        month = voluntary_month(policy, day, category, top_ups=request.top_ups)
        cap = policy.at("voluntary_support", day).months_cap
        state = 0 if cap is not None and index >= cap else month.state  # new: none supported yet
        paid = month.contribution - state - month.province
        each = Amounts(month.contribution, state, month.province, paid)
        made.append((day, each, each.times(people), month.cited))
    return _stretches(Scheme.BHXH_TU_NGUYEN, category, people, made)


def _household_lines(
    policy: Policy, months: Sequence[date], people: int, size: int
) -> list[BudgetLine]:
    made = []
    full, rest = divmod(people, size)
    for day in months:
        household = household_month(policy, day, size)
        monthly = household.total * full
        cited = household.cited
        if rest:
            last = household_month(policy, day, rest)
            monthly += last.total
        group = Amounts(monthly, 0, 0, monthly)
        made.append((day, Amounts(), group, cited))
    return _stretches(Scheme.BHYT_HO_GIA_DINH, HOUSEHOLD_CATEGORY, people, made)


Month = tuple[date, Amounts, Amounts, tuple[Cited, ...]]


def _stretches(
    scheme: Scheme, category: Category, people: int, months: Sequence[Month]
) -> list[BudgetLine]:
    """Months in a row with the same amounts and rules, as one line each."""
    lines: list[BudgetLine] = []
    for day, each, group, cited in months:
        last = lines[-1] if lines else None
        if last and last.month == group and last.each == each and _keys(last.cited) == _keys(cited):
            lines[-1] = BudgetLine(
                scheme, category, people, last.first, day, last.months + 1, each, group, last.cited
            )
        else:
            lines.append(BudgetLine(scheme, category, people, day, day, 1, each, group, cited))
    return lines


def _keys(cited: Sequence[Cited]) -> list[tuple[str, date]]:
    return [(c.parameter, c.entry.from_) for c in cited]
