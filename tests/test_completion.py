"""Shell completion offers province slugs and unit paths from the data file."""

from __future__ import annotations

from typer.testing import CliRunner

from bhxh_cli.cli import app
from tests.conftest import BASE_ENV


def complete(words: str) -> list[str]:
    env = {
        **BASE_ENV,
        "_BHXH_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    result = CliRunner().invoke(app, [], env=env, prog_name="bhxh")
    return result.stdout.split()


def test_province_slugs_complete() -> None:
    assert complete("bhxh coverage --province vi") == ["vinh-long"]


def test_unit_paths_complete() -> None:
    got = complete("bhxh coverage -p can-tho/th")
    assert got == ["can-tho/thot-not", "can-tho/thoi-lai"]


def test_a_broken_data_file_completes_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: [", encoding="utf-8")
    assert complete(f"bhxh coverage --data {bad} -p c") == []
