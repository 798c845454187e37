"""What is typed on the command line, and what the system around it does: numbers in ASCII
digits within the limits, an empty --data, paths that cannot be examined, output in any
encoding, a day plan too big to make. Each is one clean message and its exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bhxh_cli.cli.streams import degraded, encoded
from bhxh_cli.datafile.limits import MAX_COUNT
from bhxh_cli.quota.plan import MAX_PLAN_LINES, MAX_TABLE_LINES
from tests.conftest import PROVINCE, Writer, bhxh

HUGE = "9" * 4301  # one digit past Python's int-to-text limit
NOT_ASCII = ["²", "１２", "٣", "1²"]
STAFF = ("--per-staff", "bhyt=1")


@pytest.mark.parametrize("value", [*NOT_ASCII, HUGE, "-1", "1.5", ""])
def test_staff_takes_ascii_digits_only(value: str) -> None:
    run = bhxh("quota", "--staff", value, *STAFF)
    assert run.exit_code == 2
    assert "--staff" in run.stderr
    assert len(run.stderr) < 400  # a 4,301-digit value is not echoed whole


@pytest.mark.parametrize("value", [*NOT_ASCII, HUGE])
@pytest.mark.parametrize("option", ["--per-staff", "--per-unit", "--split"])
def test_scheme_counts_take_ascii_digits_only(option: str, value: str) -> None:
    run = bhxh("quota", "-p", "can-tho", "--staff", "3", option, f"bhyt={value}")
    assert run.exit_code == 2
    assert f"{option} bhyt" in run.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("quota", "--staff", "3", *STAFF, "--start", "2024-01-01", "--days", "２"),
        ("quota", "-p", "can-tho", "--split", "bhyt=10", "--min", "１"),
        ("quota", "-p", "can-tho", "--split", "bhyt=10", "--max", HUGE),
        ("coverage", "-p", "can-tho", "--depth", "²"),
        ("progress", "-p", "can-tho", "--depth", "１"),
        ("quota", "--staff", "3", *STAFF, "--start", "2024-01-01", "--days", "0"),
    ],
)
def test_every_number_option_takes_ascii_digits_within_bounds(args: tuple[str, ...]) -> None:
    run = bhxh(*args)
    assert run.exit_code == 2
    assert "bhxh: error:" in run.stderr


def test_a_count_at_the_limit_is_taken_and_one_more_is_not() -> None:
    assert bhxh("quota", "--staff", str(MAX_COUNT), *STAFF).exit_code == 0
    run = bhxh("quota", "--staff", str(MAX_COUNT + 1), *STAFF)
    assert (run.exit_code, "above the limit of 1,000,000,000" in run.stderr) == (2, True)


def test_staff_times_each_above_the_limit_is_refused_naming_the_numbers() -> None:
    run = bhxh("quota", "--staff", str(MAX_COUNT), "--per-staff", "bhyt=3")
    assert run.exit_code == 2
    assert "1,000,000,000 staff x 3 each is a quota of 3,000,000,000" in run.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("coverage", "--as-of", "２０２４-12-31"),
        ("progress", "-p", "can-tho", "--as-of", "３1/12/2024"),
        ("quota", "--staff", "3", *STAFF, "--start", "２０２４-01-01", "--days", "2"),
        ("progress", "-p", "can-tho", "--period", "２０２４"),
        ("coverage", "-p", "can-tho", "--period", "２０２４-H1"),
    ],
)
def test_dates_and_periods_take_ascii_digits_only(args: tuple[str, ...]) -> None:
    run = bhxh(*args)
    assert run.exit_code == 2
    assert "only the ASCII digits 0-9 are read" in run.stderr


@pytest.mark.parametrize("command", [("coverage",), ("progress", "-p", "can-tho"), ("validate",)])
@pytest.mark.parametrize("empty", ["", " "])
def test_an_empty_data_option_is_a_usage_error(command: tuple[str, ...], empty: str) -> None:
    run = bhxh(*command, "--data", empty)
    assert (run.exit_code, run.stdout) == (2, "")
    assert "--data is empty" in run.stderr


def test_a_loop_of_links_is_named_with_its_reason(tmp_path: Path) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    for args in (("validate", str(loop)), ("coverage", "--data", str(loop))):
        run = bhxh(*args)
        assert run.exit_code == 2
        assert f"{loop}: cannot be examined: Too many levels of symbolic links" in run.stderr


def test_a_folder_that_cannot_be_entered_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(self: Path, **_: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    monkeypatch.setattr(Path, "stat", refused)  # what chmod 000 does to anyone but root
    run = bhxh("coverage", env={"BHXH_DATA": ""})
    assert run.exit_code == 2
    assert "data/targets.yaml: cannot be examined: Permission denied" in run.stderr
    run = bhxh("validate", "locked/targets.yaml")
    assert (run.exit_code, "locked/targets.yaml: cannot be examined" in run.stderr) == (2, True)


def test_no_home_and_no_passwd_entry_runs_without_a_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    def homeless(_cls: type[Path]) -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", classmethod(homeless))
    run = bhxh("coverage", "-f", "json", env={"BHXH_CACHE_DIR": "", "XDG_CACHE_HOME": ""})
    assert run.exit_code == 0
    assert json.loads(run.stdout)


# A day plan: units x schemes x days lines, bounded by format.


def _units(count: int) -> str:
    return (
        PROVINCE + "    units:\n" + "".join(f"      u{n}: {{name: U{n}}}\n" for n in range(count))
    )


DAY_PLAN = ("quota", "-p", "p", "--per-unit", "bhyt=5", "--start", "2024-01-01")


@pytest.mark.parametrize(
    ("fmt", "units", "days", "limit"),
    [
        ("table", 100, MAX_TABLE_LINES // 100 + 1, MAX_TABLE_LINES),
        ("markdown", 100, MAX_TABLE_LINES // 100 + 1, MAX_TABLE_LINES),
        ("csv", 1100, MAX_PLAN_LINES // 1100 + 1, MAX_PLAN_LINES),
        ("json", 1100, MAX_PLAN_LINES // 1100 + 1, MAX_PLAN_LINES),
    ],
)
def test_a_day_plan_too_big_is_refused_naming_its_numbers(
    write_yaml: Writer, fmt: str, units: int, days: int, limit: int
) -> None:
    path = write_yaml(_units(units))
    run = bhxh(*DAY_PLAN, "--days", str(days), "-f", fmt, "--data", str(path))
    assert run.exit_code == 2
    lines = f"{units * days:,}"
    assert (
        f"has {lines} lines (units: {units:,}, schemes: 1, days: {days:,}); the limit is {limit:,}"
        in (run.stderr)
    )
    assert run.stdout == ""


def test_a_table_day_plan_within_the_limit_is_drawn(write_yaml: Writer) -> None:
    path = write_yaml(_units(100))
    days = MAX_TABLE_LINES // 100
    run = bhxh(*DAY_PLAN, "--days", str(days), "-f", "markdown", "--data", str(path))
    assert run.exit_code == 0
    assert run.stdout.count("| **u99** | U99 |") == days + 1  # each day, and the quotas


def test_a_day_plan_splits_each_quota_equally_earlier_days_first() -> None:
    run = bhxh(
        "quota", "--staff", "7", *STAFF, "--start", "2024-01-01", "--days", "3", "-f", "json"
    )
    assert [day["quota"] for day in json.loads(run.stdout)["schedule"]] == [3, 2, 2]


# Output in an encoding that cannot hold Vietnamese


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        ("Vĩnh Long", "cp1258", "Vi\u0303nh Long"),  # the code page writes the tilde apart
        ("tỷ lệ", "cp1258", "ty\u0309 lê\u0323"),
        ("Cần Thơ", "ascii", "Can Tho"),
        ("Đồng Tháp", "ascii", "Dong Thap"),
        ("│─┼╭", "ascii", "|-++"),
        ("✓", "ascii", "?"),
    ],
)
def test_text_degrades_to_what_the_encoding_holds(text: str, encoding: str, expected: str) -> None:
    assert encoded(text, encoding) == expected.encode(encoding)
    assert all(len(degraded(char, encoding)) >= 1 for char in text)
