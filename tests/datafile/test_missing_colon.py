"""A key without its `:` is pointed at on its own line, with a hint in the user's language."""

from __future__ import annotations

import pytest

from tests.conftest import Writer, bhxh

HEAD = "version: 1\nprovinces:\n  vinh-long:\n"


@pytest.mark.parametrize(
    ("text", "where", "key"),
    [
        # the next line starts a key: PyYAML reports that line
        (HEAD + "    population 1029350\n    labour_force: 485714\n", ":4:15:", "'population'"),
        # a key and its value read as one text: PyYAML reports the next key's colon
        (HEAD + "    name Vĩnh Long\n    population: 1029350\n", ":4:9:", "'name'"),
        # a key without a value, before its mapping
        ("version: 1\nprovinces\n  vinh-long:\n    name: Vĩnh Long\n", ":2:10:", "'provinces'"),
    ],
)
def test_a_missing_colon_is_pointed_at_where_it_is_missing(
    write_yaml: Writer, text: str, where: str, key: str
) -> None:
    path = str(write_yaml(text))
    english = bhxh("validate", path)
    assert english.exit_code == 1
    assert f"{path}{where} error [yaml-syntax] a ':' is missing after {key}" in english.stdout
    assert "hint: write each key with a colon and a space before its value" in english.stdout
    vietnamese = bhxh("--lang", "vi", "validate", path)
    assert f"{path}{where} lỗi [yaml-syntax] thiếu dấu ':' sau {key}" in vietnamese.stdout
    assert "gợi ý: viết mỗi khóa với dấu hai chấm" in vietnamese.stdout


def test_other_syntax_errors_keep_their_own_message(write_yaml: Writer) -> None:
    path = str(write_yaml(HEAD + "    name: a: b\n"))
    run = bhxh("validate", path)
    assert "mapping values are not allowed" in run.stdout
    assert "is missing" not in run.stdout


def test_lone_carriage_returns_are_a_syntax_error_not_a_crash(write_yaml: Writer) -> None:
    # YAML counts each "\r" as a line: the error's line lies past the text's last "\n" line
    done = bhxh("validate", str(write_yaml("0\r\r0:")))
    assert done.exit_code == 1
    assert "error [yaml-syntax]" in done.stdout
