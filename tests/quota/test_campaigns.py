"""Campaigns in the data file: strict like the rest, each problem at its place."""

from __future__ import annotations

from datetime import date

import pytest

from bhxh_cli.datafile import load
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.errors import DataError
from tests.conftest import DATA, Writer

HEAD = "version: 1\nprovinces:\n  p:\n    name: P\n    units: {a: {name: A}}\ncampaigns:\n"


def problems(write_yaml: Writer, campaign: str) -> list[tuple[str, int, str]]:
    with pytest.raises(DataError) as caught:
        load(str(write_yaml(HEAD + campaign)))
    return [(p.rule, p.position.line, str(p.message)) for p in caught.value.problems]


def test_shipped_campaigns_load() -> None:
    campaigns = load(str(DATA)).data.campaigns
    assert list(campaigns) == ["lam-dong-2023-07", "hau-giang-2024-05"]
    lam_dong = campaigns["lam-dong-2023-07"]
    assert (lam_dong.start, lam_dong.end) == (date(2023, 7, 22), date(2023, 7, 31))
    assert lam_dong.staff == 184
    assert lam_dong.ways()["per_staff"] == {Scheme.BHXH_TU_NGUYEN: 1, Scheme.BHYT_HO_GIA_DINH: 2}
    assert all(campaign.source for campaign in campaigns.values())


def test_a_file_without_campaigns_has_none(write_yaml: Writer) -> None:
    assert load(str(write_yaml(HEAD.removesuffix("campaigns:\n")))).data.campaigns == {}


def test_staff_per_unit_and_days(write_yaml: Writer) -> None:
    text = "  c:\n    name: C\n    province: p\n    start: 2024-05-01\n    days: 3\n"
    text += "    staff: {a: 4}\n    per_staff: {bhyt: 2}\n"
    campaign = load(str(write_yaml(HEAD + text))).data.campaigns["c"]
    assert campaign.staff == {"a": 4}
    assert campaign.days == 3


def test_unknown_key_in_a_campaign_suggests_the_closest(write_yaml: Writer) -> None:
    found = problems(write_yaml, "  c:\n    name: C\n    staff: 1\n    per_staf: {bhyt: 1}\n")
    assert ("unknown-key", 10, "unknown key 'per_staf'") in found


def test_unknown_scheme_in_a_campaign(write_yaml: Writer) -> None:
    found = problems(write_yaml, "  c:\n    name: C\n    staff: 1\n    per_staff: {health: 1}\n")
    assert found == [("unknown-key", 10, "unknown key 'health'")]


def test_a_bad_staff_count_is_one_problem(write_yaml: Writer) -> None:
    found = problems(write_yaml, "  c:\n    name: C\n    staff: many\n    per_staff: {bhyt: 1}\n")
    assert found == [("wrong-type", 9, "staff: expected a whole number, got text 'many'")]


DATES = "campaign-dates"
QUOTA = "campaign-quota"


# The campaign starts on line 7 (`  c:`), its name is on line 8; each problem is at the key it
# is about, or at the campaign when it is about no key.
@pytest.mark.parametrize(
    ("rule", "line", "body", "message"),
    [
        (
            DATES,
            11,
            "    per_unit: {bhyt: 1}\n    province: p\n    end: 2024-01-01\n",
            "give start",
        ),
        (DATES, 11, "    per_unit: {bhyt: 1}\n    province: p\n    days: 2\n", "give start"),
        (
            DATES,
            12,
            "    per_unit: {bhyt: 1}\n    province: p\n"
            "    start: 2024-01-02\n    end: 2024-01-01\n",
            "the campaign ends (2024-01-01) before it starts (2024-01-02)",
        ),
        (
            DATES,
            12,
            "    per_unit: {bhyt: 1}\n    province: p\n    start: 2024-01-02\n    days: 0\n",
            "days must be 1 or more",
        ),
        (
            DATES,
            13,
            "    per_unit: {bhyt: 1}\n    province: p\n"
            "    start: 2024-01-02\n    end: 2024-01-03\n    days: 2\n",
            "give end or days, not both",
        ),
        (
            QUOTA,
            7,
            "    province: p\n",
            "nothing to make quotas of: give per_staff, per_unit or split, with a scheme",
        ),
        (QUOTA, 7, "    province: p\n    per_unit: {}\n", "give per_staff, per_unit or split"),
        (
            QUOTA,
            11,
            "    province: p\n    per_unit: {bhyt: 1}\n    split: {bhyt: 9}\n",
            "bhyt is given twice: per_unit and split",
        ),
        (
            QUOTA,
            9,
            "    per_staff: {bhyt: 1}\n",
            "per_staff needs staff: the number of staff recruiting",
        ),
        (
            QUOTA,
            9,
            "    staff: 3\n    per_unit: {bhyt: 1}\n    province: p\n",
            "staff counts who recruits per_staff",
        ),
        (
            QUOTA,
            9,
            "    split: {bhyt: 1}\n",
            "per_unit and split share among a province's sub-units",
        ),
        (
            QUOTA,
            11,
            "    province: p\n    per_unit: {bhyt: 1}\n    min: 2\n",
            "apply to split only",
        ),
        (
            QUOTA,
            11,
            "    province: p\n    split: {bhyt: 9}\n    min: 2\n    max: 1\n",
            "min 2 is above max 1",
        ),
    ],
)
def test_an_inconsistent_campaign_is_one_problem_at_the_key_it_is_about(
    write_yaml: Writer, rule: str, line: int, body: str, message: str
) -> None:
    [(found, at, text)] = problems(write_yaml, "  c:\n    name: C\n" + body)
    assert (found, at) == (rule, line)
    assert message in text


def test_a_campaign_naming_an_unknown_unit_is_a_data_fault(write_yaml: Writer) -> None:
    text = "  c:\n    name: C\n    province: p\n    staff: {b: 2}\n    per_staff: {bhyt: 1}\n"
    with pytest.raises(DataError) as caught:
        load(str(write_yaml(HEAD + text)))
    (found,) = caught.value.problems
    assert (found.rule, found.position.line, found.position.col) == (
        "campaign-unknown-unit",
        10,
        13,
    )
    assert caught.value.exit_code == 1


@pytest.mark.parametrize(
    ("bound", "message"),
    [
        (
            "    split: {bhyt: 1}\n    min: 2\n",
            "minimums add up to 2 x 1 units = 2, more than the total 1",
        ),
        (
            "    split: {bhyt: 3}\n    max: 2\n",
            "maximums add up to 2 x 1 units = 2, less than the total 3",
        ),
    ],
)
def test_a_campaign_split_whose_bounds_cannot_meet_its_total_is_infeasible(
    write_yaml: Writer, bound: str, message: str
) -> None:
    text = "  c:\n    name: C\n    province: p\n" + bound
    with pytest.raises(DataError) as caught:
        load(str(write_yaml(HEAD + text)))
    (found,) = caught.value.problems
    assert found.rule == "campaign-infeasible"
    assert message in str(found.message)
