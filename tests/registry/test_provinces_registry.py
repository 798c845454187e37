"""`bhxh provinces --registry`: the provinces of a day's map, or one province's sub-units, in
every output format; and what the registry costs the commands that do not use it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, assert_golden, bhxh

I18N = ROOT / "src" / "bhxh_cli" / "i18n"


def test_json_lists_the_34_provinces_with_the_old_ones_each_was_formed_from() -> None:
    run = bhxh("provinces", "--registry", "--on", "2025-07-01", "--format", "json")
    assert run.exit_code == 0, run.stderr
    document = json.loads(run.stdout)
    assert (document["on"], document["map"], document["level"]) == ("2025-07-01", "2025", "commune")
    by_slug = {p["slug"]: p for p in document["provinces"]}
    assert len(by_slug) == 34
    can_tho = by_slug["can-tho"]
    assert can_tho["formed_from"] == ["can-tho", "hau-giang", "soc-trang"]
    assert (can_tho["units"], can_tho["unit_types"]) == (103, {"xa": 72, "phuong": 31})
    assert by_slug["dong-nai"]["changes"] == [
        {"on": None, "in_force_by": "2026-07-25", "type": "thanh-pho", "resolution": "30/2026/QH16"}
    ]


def test_before_the_new_map_63_provinces_each_with_the_one_it_became_part_of() -> None:
    run = bhxh("provinces", "--registry", "--on", "30/06/2025", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert len(rows) == 63
    hau_giang = next(row for row in rows if row["slug"] == "hau-giang")
    assert (hau_giang["merged_into"], hau_giang["merged_on"], hau_giang["units"]) == (
        "can-tho",
        "2025-07-01",
        "8",
    )


def test_a_province_lists_its_districts_before_and_its_communes_after() -> None:
    run = bhxh("provinces", "--registry", "--on", "2025-06-30", "-p", "Hậu Giang", "-f", "json")
    document = json.loads(run.stdout)
    assert document["level"] == "district"
    assert [u["slug"] for u in document["units"]][-2:] == ["huyen-long-my", "thi-xa-long-my"]
    run = bhxh("provinces", "--registry", "--on", "2025-07-01", "-p", "can-tho", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert len(rows) == 103
    assert list(rows[0]) == [
        *("province", "code", "slug", "name", "full_name", "type"),
        *("took_effect", "took_effect_by", "ended_on", "ended_by", "changes"),
    ]
    assert (rows[0]["took_effect"], rows[0]["took_effect_by"]) == ("2025-07-01", "202/2025/QH15")


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_golden_tables_of_both_maps(lang: str) -> None:
    for name, args in (
        ("provinces_registry_2026_12_01", ("--on", "2026-12-01")),
        ("provinces_registry_hau_giang_2025_06_30", ("--on", "2025-06-30", "-p", "hau-giang")),
        ("provinces_registry_dong_nai_2026_12_01", ("--on", "2026-12-01", "-p", "dong-nai")),
    ):
        run = bhxh("--lang", lang, "provinces", "--registry", *args)
        assert run.exit_code == 0, run.stderr
        assert_golden(f"{name}.{lang}.txt", run.stdout)


def test_markdown_and_the_table_in_vietnamese() -> None:
    run = bhxh("provinces", "--registry", "--on", "2025-06-30", "-p", "hau-giang", "-f", "markdown")
    assert run.stdout.startswith("### Tỉnh Hậu Giang on 2025-06-30: 8 districts")
    assert "| 937 | **thi-xa-long-my** | Thị xã Long Mỹ |" in run.stdout
    run = bhxh("--lang", "vi", "provinces", "--registry", "--on", "2026-12-01")
    assert "34 tỉnh, thành ngày 01/12/2026" in run.stdout
    assert "Quảng Ninh: thành phố từ 01/09/2026 (36/2026/QH16)." in run.stdout
    assert "chưa rõ ngày" in run.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("provinces", "--on", "2025-07-01"), "--on needs --registry"),
        (("provinces", "-p", "can-tho"), "--province needs --registry"),
        (("provinces", "--registry", "--on", "2025-02-30"), "--on: bad date"),
        (("provinces", "--registry", "-p", "atlantis"), "no province 'atlantis'"),
    ],
)
def test_usage_errors_exit_2_with_one_message(args: tuple[str, ...], message: str) -> None:
    run = bhxh(*args)
    assert run.exit_code == 2
    assert message in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize(
    "args", [["--help"], ["coverage", "--format", "json"], ["provinces"], ["validate"]]
)
def test_commands_that_do_not_use_the_registry_never_import_it(args: list[str]) -> None:
    script = (
        "import sys; from bhxh_cli.cli import run; sys.argv = ['bhxh', *sys.argv[1:]];"
        "code = run(); print(sorted(m for m in sys.modules if m.startswith('bhxh_cli.registry')), "
        "file=sys.stderr)"
    )
    env = {"BHXH_DATA": str(ROOT / "data" / "targets.yaml"), "COLUMNS": "100", "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    loaded = done.stderr.strip().splitlines()[-1]
    assert loaded == "[]", loaded


def test_the_registry_texts_are_the_same_keys_in_the_same_sections_in_both_languages() -> None:
    from tests.test_i18n import _outline

    assert _outline(I18N / "en_registry.py") == _outline(I18N / "vi_registry.py")
