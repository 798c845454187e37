"""The day-by-day schedule, made line by line: the same lines as splitting each quota over the
days one by one, the same day totals as adding the lines, whatever the quotas and days."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bhxh_cli.domain.schemes import SCHEMES, Scheme
from bhxh_cli.quota.plan import Allocation
from bhxh_cli.quota.schedule import DayQuota, Schedule

START = date(2024, 1, 1)

allocations = st.lists(
    st.builds(
        Allocation,
        unit=st.from_regex(r"p/u[0-9]{1,3}", fullmatch=True),
        name=st.just("U"),
        scheme=st.sampled_from(list(Scheme)),
        quota=st.integers(0, 10_000),
    ),
    max_size=12,
)
days = st.integers(0, 40).map(lambda n: tuple(START + timedelta(n) for n in range(n)))


def one_by_one(made: list[Allocation], when: tuple[date, ...]) -> list[DayQuota]:
    """The definition: each quota's days get its whole share, the first `rest` one more."""
    lines = []
    for index, day in enumerate(when):
        for a in made:
            whole, rest = divmod(a.quota, len(when))
            lines.append(
                DayQuota(day, a.unit, a.name, a.scheme, whole + (1 if index < rest else 0))
            )
    return lines


@given(allocations, days)
def test_the_schedule_has_the_lines_of_splitting_each_quota_day_by_day(
    made: list[Allocation], when: tuple[date, ...]
) -> None:
    schedule = Schedule(made, when)
    expected = one_by_one(made, when)
    assert list(schedule) == expected
    assert len(schedule) == len(expected)
    assert schedule == expected
    if expected:
        assert schedule[-1] == expected[-1]
        assert schedule[len(expected) // 2] == expected[len(expected) // 2]
        assert list(schedule[1:5]) == expected[1:5]


@given(allocations, days)
def test_each_day_total_is_the_sum_of_that_days_lines(
    made: list[Allocation], when: tuple[date, ...]
) -> None:
    sums: dict[tuple[date, Scheme], int] = {}
    for line in one_by_one(made, when):
        sums[line.day, line.scheme] = sums.get((line.day, line.scheme), 0) + line.quota
    expected = [
        DayQuota(day, None, None, scheme, total)
        for (day, scheme), total in sorted(
            sums.items(), key=lambda i: (i[0][0], SCHEMES.index(i[0][1]))
        )
    ]
    assert Schedule(made, when).day_totals() == expected


@given(allocations, days.filter(bool))
def test_every_quota_is_given_out_whole_over_the_days(
    made: list[Allocation], when: tuple[date, ...]
) -> None:
    given_out: dict[int, int] = {}
    for index, line in enumerate(Schedule(made, when)):
        given_out[index % len(made)] = given_out.get(index % len(made), 0) + line.quota
    assert [given_out.get(i, 0) for i in range(len(made))] == [a.quota for a in made]
