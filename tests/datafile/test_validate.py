"""`bhxh validate`: one bad file per rule and per hostile input, output formats, exit codes."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
import yaml

from bhxh_cli.datafile import yamlread
from bhxh_cli.datafile.limits import MAX_SCHEMA_PROBLEMS, MAX_VALUES
from bhxh_cli.datafile.rules import RULE_BY_ID
from tests.conftest import DATA, FIXTURES, ROOT, bhxh
from tests.datafile.test_include import INCLUDE_RULES

BAD = FIXTURES / "validate"

# file in tests/fixtures/validate -> (rule, line, exit code); None: accepted, no problem
CASES: dict[str, tuple[str, int, int] | None] = {
    "binary.yaml": ("not-text", 1, 1),
    "not-utf8.yaml": ("not-utf8", 5, 1),
    "empty.yaml": ("empty-file", 1, 1),
    "only-comments.yaml": ("empty-file", 1, 1),
    "yaml-syntax.yaml": ("yaml-syntax", 16, 1),
    "tabs.yaml": ("yaml-syntax", 6, 1),
    "several-documents.yaml": ("yaml-syntax", 17, 1),
    "yaml-tag.yaml": ("yaml-tag", 5, 1),
    "alias-bomb.yaml": ("alias-bomb", 7, 1),
    "duplicate-key.yaml": ("duplicate-key", 8, 1),
    "unknown-key.yaml": ("unknown-key", 6, 1),
    "missing-key.yaml": ("missing-key", 5, 1),
    "wrong-type.yaml": ("wrong-type", 6, 1),
    "top-level-list.yaml": ("wrong-type", 2, 1),
    "not-whole-number.yaml": ("not-whole-number", 10, 1),
    "vietnamese-number-text.yaml": ("not-whole-number", 10, 1),
    "negative.yaml": ("negative", 12, 1),
    "count-too-large.yaml": ("count-too-large", 10, 1),
    "rate-range.yaml": ("rate-range", 15, 1),
    "rate-precision.yaml": ("rate-precision", 15, 1),
    "rate-decimal-comma.yaml": ("wrong-type", 16, 1),
    "bad-date.yaml": ("bad-date", 9, 1),
    "bad-period.yaml": ("bad-period", 14, 1),
    "period-order.yaml": ("period-order", 14, 1),
    "bad-slug.yaml": ("bad-slug", 4, 1),
    "control-character.yaml": ("control-character", 5, 1),
    "goal-kind.yaml": ("goal-kind", 16, 1),
    "yaml11-hex.yaml": ("wrong-type", 11, 1),
    "yaml11-underscore.yaml": ("wrong-type", 11, 1),
    "yaml11-exponent.yaml": ("not-whole-number", 11, 1),
    "part-above-whole.yaml": ("part-above-whole", 12, 1),
    "bhxh-not-sum.yaml": ("bhxh-not-sum", 11, 1),
    "above-denominator.yaml": ("above-denominator", 10, 0),
    "units-above-parent.yaml": ("units-above-parent", 10, 1),
    "overlapping-targets.yaml": ("overlapping-targets", 20, 0),
    "identical-targets.yaml": ("overlapping-targets", 18, 0),
    "future-snapshot.yaml": ("future-snapshot", 9, 0),
    "unknown-merge-target.yaml": ("unknown-merge-target", 19, 1),
    "snapshot-twice.yaml": ("snapshot-twice", 12, 1),
    "snapshot-same-day.yaml": ("snapshot-same-day", 11, 0),
    "campaign-dates.yaml": ("campaign-dates", 14, 1),
    "campaign-quota.yaml": ("campaign-quota", 14, 1),
    "campaign-unknown-unit.yaml": ("campaign-unknown-unit", 13, 1),
    "campaign-unit-name.yaml": ("campaign-unit-name", 14, 0),
    "campaign-infeasible.yaml": ("campaign-infeasible", 13, 1),
    "top-up-kind.yaml": ("top-up-kind", 7, 1),
    "policy-dates.yaml": ("policy-dates", 42, 1),
    "bad-code.yaml": ("bad-code", 6, 1),
    "registry-code.yaml": ("registry-code", 8, 0),
    "bom.yaml": None,
    "crlf.yaml": None,
    "nfd-names.yaml": None,
    "yaml11-words.yaml": None,
}


def validate_json(*args: str) -> tuple[int, dict[str, object]]:
    run = bhxh("validate", "--format", "json", *args)
    return run.exit_code, json.loads(run.stdout)


def only_problem(path: Path) -> tuple[str, int, int]:
    code, doc = validate_json(str(path))
    problems = doc["problems"]
    assert isinstance(problems, list)
    assert len(problems) == 1, problems
    return problems[0]["rule"], problems[0]["line"], code


def test_every_fixture_is_listed() -> None:
    assert sorted(p.name for p in BAD.iterdir()) == sorted(CASES)


@pytest.mark.parametrize(("name", "expected"), CASES.items(), ids=list(CASES))
def test_fixture(name: str, expected: tuple[str, int, int] | None) -> None:
    if expected is None:
        run = bhxh("validate", str(BAD / name))
        assert (run.exit_code, run.stdout) == (0, "")
    else:
        assert only_problem(BAD / name) == expected


def test_accepted_inputs_read_as_meant() -> None:
    run = bhxh("coverage", "-p", "Vĩnh Long", "-f", "json", "--data", str(BAD / "nfd-names.yaml"))
    assert json.loads(run.stdout)["name"] == "Vĩnh Long"
    run = bhxh("coverage", "-f", "json", "--data", str(BAD / "yaml11-words.yaml"))
    assert json.loads(run.stdout)[0]["name"] == "no"


# Inputs too large to commit are written at run time.


def test_a_100_mb_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)

    def no_reading(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    assert only_problem(path) == ("file-too-large", 1, 1)


def test_10000_levels_of_nesting(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("version: 1\nprovinces:\n" + "  [\n" * 10_000 + "  ]\n" * 10_000)
    started = time.perf_counter()
    assert only_problem(path) == ("too-deep", 66, 1)
    assert time.perf_counter() - started < 5


PARSERS = [getattr(yaml, "CSafeLoader", yaml.SafeLoader), yaml.SafeLoader]
DEEP = {
    "flow lists, one a line": "[\n" * 10_000,
    "flow mappings on one line": "{a: " * 10_000,
    "block lists on one line": "- " * 10_000 + "x\n",
    "a million brackets": "[" * 1_000_000,
}


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.__name__)
@pytest.mark.parametrize("text", DEEP.values(), ids=list(DEEP))
def test_either_parser_stops_at_the_depth_limit(
    parser: type, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yamlread, "_Loader", parser)
    started = time.perf_counter()
    assert [p.rule for p in yamlread.read_yaml(text, "deep.yaml").problems] == ["too-deep"]
    assert time.perf_counter() - started < 2


def test_a_1_mb_line(tmp_path: Path) -> None:
    path = tmp_path / "long.yaml"
    path.write_text("version: 1\nprovinces:\n  a:\n    name: " + "x" * 1_000_000 + "\n")
    assert only_problem(path) == ("line-too-long", 4, 1)


def test_too_many_values(tmp_path: Path) -> None:
    path = tmp_path / "many.yaml"
    path.write_text("version: 1\nprovinces: {}\nx:\n" + "  - 0\n" * MAX_VALUES)
    # seven keys and values come before the list items, which start on line 4
    assert only_problem(path) == ("too-many-values", MAX_VALUES + 1 - 7 + 3, 1)


def test_too_many_schema_problems_are_cut_short(tmp_path: Path) -> None:
    path = tmp_path / "wrong.yaml"
    path.write_text("version: 1\nprovinces:\n  a:\n    name: A\n    actuals:\n" + "    - 0\n" * 500)
    code, doc = validate_json(str(path))
    problems = doc["problems"]
    assert isinstance(problems, list)
    assert code == 1
    assert len(problems) == MAX_SCHEMA_PROBLEMS + 1
    assert (problems[-1]["rule"], problems[-1]["line"]) == ("too-many-problems", 106)
    assert problems[-1]["message"].startswith("400 more")


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.yaml"
    path.write_text("version: 1\n")

    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)  # chmod 000 does not stop root
    assert only_problem(path) == ("file-unreadable", 1, 1)


def test_missing_file_directory_and_fifo_exit_2(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    for path, message in [
        (tmp_path / "none.yaml", "no such file"),
        (tmp_path, "is a directory"),
        (fifo, "not a regular file"),  # opening it would block forever
    ]:
        run = bhxh("validate", str(DATA), str(path))
        assert (run.exit_code, run.stdout) == (2, "")
        assert message in run.stderr


def test_every_rule_has_a_case() -> None:
    generated = {
        "file-too-large",
        "file-unreadable",
        "too-deep",
        "line-too-long",
        "too-many-values",
        "too-many-problems",
        *INCLUDE_RULES,  # data sets of several files: tests/datafile/test_include.py
    }
    listed = {case[0] for case in CASES.values() if case is not None}
    assert listed | generated == set(RULE_BY_ID)


# Output


def test_a_clean_file_prints_only_a_one_line_summary() -> None:
    run = bhxh("validate", str(DATA))
    assert run.exit_code == 0
    assert run.stdout == ""
    assert run.stderr == "bhxh validate: 1 file, 0 errors, 0 warnings\n"


def test_the_default_file_is_the_one_other_commands_use() -> None:
    run = bhxh("validate", env={"BHXH_DATA": str(BAD / "negative.yaml")})
    assert run.exit_code == 1
    assert "negative.yaml:12:25: error [negative]" in run.stdout
    assert bhxh("validate", "--data", str(DATA)).exit_code == 0


def test_files_and_data_together_are_a_usage_error() -> None:
    assert bhxh("validate", "--data", str(DATA), str(DATA)).exit_code == 2


def test_text_quotes_the_line_with_a_caret_and_the_hint() -> None:
    run = bhxh("validate", str(BAD / "not-whole-number.yaml"))
    assert run.stdout.splitlines() == [
        f"{BAD / 'not-whole-number.yaml'}:10:15: error [not-whole-number] "
        "bhyt: 982.000 is not a whole number of people",
        "   10 |         bhyt: 982.000",
        "      |               ^",
        "  hint: '.' groups thousands in Vietnamese numbers, and YAML reads 982.000 as the "
        "decimal 982; write 982000",
    ]
    assert run.stderr == "bhxh validate: 1 file, 1 error, 0 warnings\n"


def test_every_problem_of_every_file_sorted_by_file_and_line() -> None:
    names = ["unknown-key.yaml", "bhxh-not-sum.yaml", "above-denominator.yaml"]
    code, doc = validate_json(*(str(BAD / name) for name in names), str(BAD / names[0]))
    assert code == 1
    assert {key: doc[key] for key in ("files", "errors", "warnings")} == {
        "files": 3,
        "errors": 2,
        "warnings": 1,
    }
    problems = doc["problems"]
    assert isinstance(problems, list)
    assert [(Path(p["file"]).name, p["line"]) for p in problems] == [
        ("above-denominator.yaml", 10),
        ("bhxh-not-sum.yaml", 11),
        ("unknown-key.yaml", 6),
    ]


def test_json_shape() -> None:
    code, doc = validate_json(str(BAD / "unknown-key.yaml"))
    assert code == 1
    assert doc == {
        "files": 1,
        "errors": 1,
        "warnings": 0,
        "problems": [
            {
                "file": str(BAD / "unknown-key.yaml"),
                "line": 6,
                "col": 5,
                "severity": "error",
                "rule": "unknown-key",
                "message": "unknown key 'populaton'",
                "hint": "did you mean 'population'?",
            }
        ],
    }


def test_warnings_pass_unless_strict() -> None:
    path = str(BAD / "future-snapshot.yaml")
    assert bhxh("validate", path).exit_code == 0
    run = bhxh("validate", "--strict", path)
    assert run.exit_code == 1
    assert run.stderr == (
        "bhxh validate: 1 file, 0 errors, 1 warning: failed, as --strict makes warnings fail\n"
    )


def test_the_strict_summary_says_why_it_failed_in_vietnamese() -> None:
    run = bhxh("--lang", "vi", "validate", "--strict", str(BAD / "future-snapshot.yaml"))
    assert run.exit_code == 1
    assert run.stderr == (
        "bhxh validate: 1 tệp, 0 lỗi, 1 cảnh báo: không đạt, vì --strict coi cảnh báo là lỗi\n"
    )


def test_the_summary_of_errors_or_of_a_pass_adds_nothing() -> None:
    for args in (("--strict", str(BAD / "unknown-key.yaml")), (str(BAD / "future-snapshot.yaml"),)):
        assert "--strict" not in bhxh("validate", *args).stderr


def test_github_annotations_are_the_default_under_github_actions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    name = "a,b:c.yaml"  # commas and colons are escaped in a property
    (tmp_path / name).write_bytes((BAD / "unknown-key.yaml").read_bytes())
    run = bhxh("validate", name, env={"GITHUB_ACTIONS": "true"})
    assert run.exit_code == 1
    assert run.stdout == (
        "::error file=a%2Cb%3Ac.yaml,line=6,col=5,title=unknown-key::"
        "unknown key 'populaton'%0Ahint: did you mean 'population'?\n"
    )
    assert bhxh("validate", name, env={"GITHUB_ACTIONS": "false"}).stdout.startswith(name)


def test_github_warning_annotation() -> None:
    run = bhxh("validate", "-f", "github", str(BAD / "future-snapshot.yaml"))
    assert run.stdout.startswith("::warning file=")
    assert ",title=future-snapshot::snapshot dated 2999-12-31" in run.stdout


def test_summary_in_vietnamese() -> None:
    run = bhxh("--lang", "vi", "validate", str(BAD / "future-snapshot.yaml"))
    assert run.stderr == "bhxh validate: 1 tệp, 0 lỗi, 1 cảnh báo\n"


# The JSON Schema


def test_the_committed_schema_is_what_bhxh_schema_prints() -> None:
    run = bhxh("schema")
    assert run.exit_code == 0
    committed = (ROOT / "schema" / "targets.schema.json").read_text(encoding="utf-8")
    assert run.stdout == committed


def test_the_shipped_data_file_points_editors_at_the_schema() -> None:
    first = DATA.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/targets.schema.json"
    schema = json.loads((ROOT / "schema" / "targets.schema.json").read_text(encoding="utf-8"))
    assert schema["required"] == ["version", "provinces"]
    assert schema["properties"]["provinces"]["additionalProperties"] is False


def test_a_schema_error_does_not_hide_figure_problems_in_the_same_province(
    tmp_path: Path,
) -> None:
    path = tmp_path / "both.yaml"
    path.write_text(
        "version: 1\nprovinces:\n  p:\n    name: P\n    labour_force: 100\n"
        "    actuals:\n      - {as_of: 2024-01-01, bhxh: 10, bhxh_tu_nguyen: 20}\n"
        "    targets:\n      - {period: 2024, bhtn: {total: -1}}\n",
        encoding="utf-8",
    )
    run = bhxh("validate", "--format", "json", str(path))
    rules = [(p["rule"], p["line"]) for p in json.loads(run.stdout)["problems"]]
    assert rules == [("part-above-whole", 7), ("negative", 9)]
    assert run.exit_code == 1


def test_libyaml_refusing_deep_nesting_itself_is_too_deep_at_its_position() -> None:
    # libyaml 0.2.6 stops flow nesting at depth 1000 in its scanner, before our event limit.
    mark = yaml.Mark("deep.yaml", 1000, 0, 1000, None, None)
    refusal = yaml.scanner.ScannerError(
        "while increasing flow level", mark, "exceeded maximum nesting depth", mark
    )
    found = yamlread._syntax_problem(refusal, "[" * 1001, "deep.yaml")
    assert (found.rule, found.position.line, found.position.col) == ("too-deep", 1, 1001)
