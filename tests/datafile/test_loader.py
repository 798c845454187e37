"""Reading data files: positions, strict scalars, duplicate keys, thousands separators."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from bhxh_cli.datafile import load, locate
from bhxh_cli.datafile.yamlread import read_yaml
from bhxh_cli.errors import DataError, MissingFileError
from tests.conftest import Writer

GOOD = """\
version: 1
provinces:
  vinh-long:
    name: Vĩnh Long
    population: 1029350
    actuals:
      - as_of: 2024-12-31
        bhyt: 982000
    targets:
      - period: 2025
        bhyt: {rate: 95.6}
"""


def problems(write_yaml: Writer, text: str) -> list[tuple[str, int, int]]:
    with pytest.raises(DataError) as caught:
        load(str(write_yaml(text)))
    return [(p.rule, p.position.line, p.position.col) for p in caught.value.problems]


def test_a_good_file_loads(write_yaml: Writer) -> None:
    data = load(str(write_yaml(GOOD))).data
    assert data.provinces["vinh-long"].actuals[0].bhyt == 982000


def test_rate_keeps_its_exact_decimal_text(write_yaml: Writer) -> None:
    goal = load(str(write_yaml(GOOD))).data.provinces["vinh-long"].targets[0].bhyt
    assert goal is not None
    assert str(goal.rate) == "95.6"


def test_982_000_is_an_error_naming_the_thousands_separator(write_yaml: Writer) -> None:
    path = write_yaml(GOOD.replace("bhyt: 982000", "bhyt: 982.000"))
    with pytest.raises(DataError) as caught:
        load(str(path))
    (problem,) = caught.value.problems
    assert (problem.rule, problem.position.line, problem.position.col) == (
        "not-whole-number",
        8,
        15,
    )
    assert "thousands" in str(problem.hint)
    assert "982000" in str(problem.hint)


def test_quoted_vietnamese_number_is_rejected_with_the_hint(write_yaml: Writer) -> None:
    path = write_yaml(GOOD.replace("bhyt: 982000", 'bhyt: "1.065.565"'))
    with pytest.raises(DataError) as caught:
        load(str(path))
    (problem,) = caught.value.problems
    assert "1065565" in str(problem.hint)


def test_duplicate_key_is_reported_at_its_second_occurrence(write_yaml: Writer) -> None:
    text = GOOD.replace("    population: 1029350\n", "    population: 1029350\n    name: Again\n")
    assert problems(write_yaml, text) == [("duplicate-key", 6, 5)]


def test_unknown_key_points_at_the_key_and_suggests_the_closest(write_yaml: Writer) -> None:
    path = write_yaml(GOOD.replace("population:", "populaton:"))
    with pytest.raises(DataError) as caught:
        load(str(path))
    (problem,) = caught.value.problems
    assert (problem.rule, problem.position.line, problem.position.col) == ("unknown-key", 5, 5)
    assert str(problem.hint) == "did you mean 'population'?"


def test_every_problem_is_reported_not_only_the_first(write_yaml: Writer) -> None:
    text = GOOD.replace("bhyt: 982000", "bhyt: -1").replace("rate: 95.6", "rate: 101")
    assert problems(write_yaml, text) == [("negative", 8, 15), ("rate-range", 11, 22)]


def test_bad_yaml_gives_file_line_and_column(write_yaml: Writer) -> None:
    path = write_yaml("version: 1\nprovinces:\n  a: [1, 2\n")
    with pytest.raises(DataError) as caught:
        load(str(path))
    problem = caught.value.problems[0]
    assert problem.rule == "yaml-syntax"
    assert problem.position.file == str(path)
    assert problem.position.line >= 3


def test_tab_indentation_hints_at_spaces(write_yaml: Writer) -> None:
    path = write_yaml("version: 1\nprovinces:\n\tx: 1\n")
    with pytest.raises(DataError) as caught:
        load(str(path))
    assert str(caught.value.problems[0].hint) == "indent with spaces, not tabs"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("    name: no", None),  # YAML 1.1 would read `no` as false; here it is the text "no"
        ("    population: 0x10", "wrong-type"),
        ("    population: 1_000", "wrong-type"),
        ("    population: 1e3", "not-whole-number"),
    ],
)
def test_yaml_1_1_surprises_are_not_guessed(
    write_yaml: Writer, line: str, rule: str | None
) -> None:
    key = line.split(":", maxsplit=1)[0]
    text = "\n".join(line if ln.startswith(key + ":") else ln for ln in GOOD.splitlines()) + "\n"
    if rule is None:
        assert load(str(write_yaml(text))).data.provinces["vinh-long"].name == "no"
    else:
        assert [p[0] for p in problems(write_yaml, text)] == [rule]


def test_impossible_date_is_a_bad_date(write_yaml: Writer) -> None:
    assert problems(write_yaml, GOOD.replace("2024-12-31", "2024-13-01")) == [("bad-date", 7, 16)]


def test_names_typed_decomposed_are_read_composed(write_yaml: Writer) -> None:
    nfd = unicodedata.normalize("NFD", "Vĩnh Long")
    assert nfd != "Vĩnh Long"
    data = load(str(write_yaml(GOOD.replace("Vĩnh Long", nfd)))).data
    assert data.provinces["vinh-long"].name == "Vĩnh Long"


def test_bom_and_windows_line_endings_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "crlf.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode())
    assert load(str(path)).data.provinces["vinh-long"].population == 1029350


def test_python_tags_are_refused_not_run(write_yaml: Writer) -> None:
    text = GOOD.replace("name: Vĩnh Long", "name: !!python/object/apply:os.system ['true']")
    assert [p[0] for p in problems(write_yaml, text)] == ["yaml-tag"]


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(MissingFileError):
        load(str(tmp_path / "nope.yaml"))


def test_lookup_order_option_then_env_then_local_then_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BHXH_DATA", raising=False)
    packaged = locate(None)
    assert packaged.name == "targets.yaml"
    assert packaged.parent.name == "data"
    assert packaged.is_file()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "targets.yaml").write_text(GOOD, encoding="utf-8")
    assert locate(None) == Path("data/targets.yaml")
    monkeypatch.setenv("BHXH_DATA", "env.yaml")
    assert locate(None) == Path("env.yaml")
    assert locate("opt.yaml") == Path("opt.yaml")


def test_reader_keeps_positions_of_values_and_keys() -> None:
    doc = read_yaml("a:\n  b: [1, 2]\n", "x.yaml")
    assert doc.data == {"a": {"b": [1, 2]}}
    assert doc.value_marks[("a", "b", 1)] == (2, 10)
    assert doc.key_marks[("a", "b")] == (2, 3)
