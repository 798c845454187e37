"""The policy file: the shipped one is valid and marked; a broken one is refused at its place."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bhxh_cli.costs.policy import covered, examine_policy, load_policy
from bhxh_cli.errors import DataError, UsageError
from bhxh_cli.i18n import say
from tests.conftest import ROOT

SHIPPED = ROOT / "src" / "bhxh_cli" / "data" / "policy.yaml"
TEXT = SHIPPED.read_text("utf-8")


def test_the_shipped_policy_file_is_valid() -> None:
    examined = examine_policy(TEXT, str(SHIPPED))
    assert examined.problems == []
    assert examined.policy is not None


def test_the_points_to_verify_of_the_domain_brief_are_shipped_unverified() -> None:
    policy = load_policy()
    marks = {
        (name, entry.from_): entry.verified
        for name in ("voluntary_support", "base_salary", "household_health")
        for entry in policy.entries(name)
    }
    assert marks[("voluntary_support", date(2025, 7, 1))] is False  # Decree 159/2025
    assert marks[("voluntary_support", date(2018, 1, 1))] is False  # Decree 134/2015
    assert marks[("base_salary", date(2026, 7, 1))] is False  # Decree 161/2026
    assert marks[("base_salary", date(2024, 7, 1))] is True  # Decree 73/2024
    assert marks[("household_health", date(2015, 1, 1))] is False  # Decree 188/2025 article


def test_every_entry_is_dated_and_sourced() -> None:
    policy = load_policy()
    for name in ("voluntary_rate", "poverty_line", "income_ceiling", "base_salary"):
        for entry in policy.entries(name):
            assert entry.from_ is not None
            assert entry.source


def test_a_parameter_outside_its_dates_names_the_dates_covered() -> None:
    policy = load_policy()
    with pytest.raises(UsageError) as raised:
        policy.at("base_salary", date(2024, 6, 30))
    said = say(raised.value.message, "en")
    assert "no base_salary in force on 2024-06-30" in said
    assert said.endswith("covers from 2024-07-01")
    with pytest.raises(UsageError) as raised:
        policy.at("poverty_line", date(2031, 1, 1))
    assert say(raised.value.message, "en").endswith("covers 2022-01-01 to 2030-12-31")


def test_entries_that_follow_each_other_cover_one_span() -> None:
    policy = load_policy()
    spans = [say(m, "en") for m in covered(policy.entries("base_salary"))]
    assert spans == ["from 2024-07-01"]


def _problems(text: str) -> list[tuple[str, int, int]]:
    examined = examine_policy(text, "policy.yaml")
    assert examined.policy is None
    return [(p.rule, p.position.line, p.position.col) for p in examined.problems]


def _broken(old: str, new: str) -> str:
    assert old in TEXT
    return TEXT.replace(old, new, 1)


def _line_of(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


def test_an_amount_written_the_vietnamese_way_is_refused_at_its_place() -> None:
    text = _broken("amount: 2340000", "amount: 2.340.000")
    line = _line_of(text, "2.340.000")
    assert _problems(text) == [("not-whole-number", line, 15)]


def test_an_unknown_key_is_refused_at_the_key() -> None:
    text = _broken("      verified: true\n", "      verifed: true\n")
    line = _line_of(text, "verifed")
    assert ("unknown-key", line, 7) in _problems(text)


def test_an_entry_without_its_verified_mark_is_refused() -> None:
    text = _broken(
        "      source: Decree 73/2024/NĐ-CP\n      verified: true\n",
        "      source: Decree 73/2024/NĐ-CP\n",
    )
    assert [rule for rule, _, _ in _problems(text)] == ["missing-key"]


def test_overlapping_entries_are_refused_at_the_later_from() -> None:
    text = _broken("      from: 2026-07-01\n", "      from: 2026-06-01\n")
    line = _line_of(text, "from: 2026-06-01")
    assert _problems(text) == [("policy-dates", line, 13)]


def test_an_entry_that_ends_before_it_starts_is_refused() -> None:
    text = _broken("      until: 2026-06-30\n", "      until: 2023-06-30\n")
    assert [rule for rule, _, _ in _problems(text)] == ["period-order"]


def test_a_python_tag_is_refused_and_runs_nothing() -> None:
    text = _broken("amount: 2340000", "amount: !!python/object/apply:os.system ['true']")
    assert [rule for rule, _, _ in _problems(text)] == ["yaml-tag"]


def test_a_broken_policy_file_stops_a_command_with_file_line_col(tmp_path: Path) -> None:
    broken = tmp_path / "policy.yaml"
    broken.write_text(_broken("percent: 22\n", "percent: 122\n"), encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load_policy(str(broken))
    position = raised.value.problems[0].position
    assert (position.file, position.line) == (str(broken), _line_of(TEXT, "percent: 22"))


def test_bhxh_validate_checks_a_policy_file_by_its_own_rules(tmp_path: Path) -> None:
    from tests.conftest import bhxh

    assert bhxh("validate", str(SHIPPED)).exit_code == 0
    broken = tmp_path / "policy.yaml"
    broken.write_text(
        _broken("      from: 2026-07-01\n", "      from: 2026-06-01\n"), encoding="utf-8"
    )
    run = bhxh("validate", str(broken))
    line = _line_of(TEXT, "from: 2026-07-01")
    assert run.exit_code == 1
    assert run.stdout.startswith(f"{broken}:{line}:13: error [policy-dates] base_salary:")
    assert "   | " in run.stdout or f"{line} |" in run.stdout  # the line is quoted


def test_an_amount_with_separators_says_how_to_write_it() -> None:
    examined = examine_policy(_broken("amount: 2340000", "amount: 2.340.000"), "policy.yaml")
    found = examined.problems[0]
    assert say(found.message, "en") == "'2.340.000' is not a whole number of đồng"
    assert found.hint is not None
    assert "2340000" in say(found.hint, "en")
