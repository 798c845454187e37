"""The catalogues: one per language with the same keys in the same order, NFC, and one path
from a value to text."""

from __future__ import annotations

import ast
import string
import tokenize
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bhxh_cli.i18n import (
    detect_lang,
    format_date,
    format_number,
    format_percent,
    say,
    shown,
    text,
)
from bhxh_cli.i18n.en import TEXTS as EN
from bhxh_cli.i18n.vi import TEXTS as VI
from bhxh_cli.messages import Message
from tests.conftest import ROOT

I18N = ROOT / "src" / "bhxh_cli" / "i18n"


def test_placeholders_match_between_languages() -> None:
    for key, english in EN.items():
        assert _fields(english) == _fields(VI[key]), key


def test_every_key_exists_in_both_languages() -> None:
    assert set(EN) == set(VI)


def _outline(path: Path) -> list[str]:
    """The section headings and the keys of a catalogue file, in the order they are written."""
    with path.open("rb") as source:
        tokens = list(tokenize.tokenize(source.readline))
    headings = [(t.start[0], t.string) for t in tokens if t.type == tokenize.COMMENT]
    catalogue = next(
        node.value
        for node in ast.parse(path.read_bytes()).body
        if isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Dict)
    )
    assert isinstance(catalogue, ast.Dict)
    keys = [(k.lineno, k.value) for k in catalogue.keys if isinstance(k, ast.Constant)]
    return [written for _, written in sorted(headings + keys)]


def test_both_languages_have_the_same_keys_in_the_same_sections_and_order() -> None:
    """A translator reads one file; a developer edits the same section of both side by side."""
    assert list(EN) == list(VI)
    assert _outline(I18N / "en.py") == _outline(I18N / "vi.py")
    assert _outline(I18N / "en_file.py") == _outline(I18N / "vi_file.py")


@pytest.mark.parametrize(
    ("value", "en", "vi"),
    [
        (1065565, "1,065,565", "1.065.565"),
        (982, "982", "982"),
        (-2059, "-2,059", "-2.059"),
        (Decimal("95.40"), "95.40", "95,40"),
        (Decimal("1234567.5"), "1,234,567.5", "1.234.567,5"),
    ],
)
def test_number_format(value: int | Decimal, en: str, vi: str) -> None:
    assert format_number(value, "en") == en
    assert format_number(value, "vi") == vi


def test_percent_and_date_format() -> None:
    assert format_percent(Decimal("90.20"), "vi") == "90,20%"
    assert format_date(date(2024, 4, 30), "vi") == "30/04/2024"
    assert format_date(date(2024, 4, 30), "en") == "2024-04-30"


@pytest.mark.parametrize(
    ("option", "env", "lang"),
    [
        ("en", {"BHXH_LANG": "vi"}, "en"),
        (None, {"BHXH_LANG": "vi", "LANG": "en_US.UTF-8"}, "vi"),
        (None, {"LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"}, "vi"),
        (None, {"LC_ALL": "", "LC_MESSAGES": "en_GB", "LANG": "vi_VN"}, "en"),
        (None, {"LANG": "vi_VN.UTF-8"}, "vi"),
        (None, {}, "en"),
    ],
)
def test_language_precedence(option: str | None, env: dict[str, str], lang: str) -> None:
    assert detect_lang(option, env) == lang


def test_labels_are_nfc() -> None:
    for lang, texts in (("en", EN), ("vi", VI)):
        for key, label in texts.items():
            assert unicodedata.normalize("NFC", label) == label, (lang, key)


# Every key the code names is in the catalogue, with the values its text needs, and every text
# of the catalogue is used.

SOURCES = sorted((ROOT / "src" / "bhxh_cli").rglob("*.py"))
CODE = [path for path in SOURCES if path.parent != I18N or path.name == "__init__.py"]


@dataclass(frozen=True)
class Use:
    where: str
    key: str
    values: frozenset[str]
    spread: bool  # `**values`: the names are only known when it runs


def _uses(function: str) -> list[Use]:
    """Every call of `function` in the source, with its literal key and its keyword names."""
    found = []
    for path in CODE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id != function or not node.args:
                continue
            key = node.args[0]
            where = f"{path.name}:{node.lineno}"
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                names = frozenset(kw.arg for kw in node.keywords if kw.arg is not None)
                spread = any(kw.arg is None for kw in node.keywords)
                found.append(Use(where, key.value, names, spread))
            else:
                assert function != "Message", f"{where}: the key of a message is a literal"
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_names_a_key_of_the_catalogue_with_its_values() -> None:
    uses = _uses("Message")
    assert len(uses) > 100
    for use in uses:
        assert use.key in EN, use
        assert use.values == _fields(EN[use.key]), use


def test_every_text_names_a_key_of_the_catalogue_with_its_values() -> None:
    uses = _uses("text")
    assert len(uses) > 50
    for use in uses:
        assert use.key in EN, use
        needed = _fields(EN[use.key])
        assert use.values <= needed if use.spread else use.values == needed, use


def _written_keys() -> tuple[set[str], tuple[str, ...]]:
    """Every string literal of the code, and every family an f-string names (`"scheme."`)."""
    literals, starts = set(), set()
    for path in CODE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and isinstance(node.values[0], ast.Constant):
                starts.add(str(node.values[0].value))
    return literals, tuple(start for start in starts if start.endswith("."))


def test_every_text_of_the_catalogue_is_used() -> None:
    """Named whole (`"quota.total"`), or by its family (`f"scheme.{scheme}"`), or by a stem
    that only ever gets its last part when the code runs (`"validate.files"` and `.one`)."""
    literals, families = _written_keys()
    named = literals & set(EN)
    stems = {s for s in literals - named if not any(k.startswith(f"{s}.") for k in named)}

    def used(key: str) -> bool:
        return key in named or key.rpartition(".")[0] in stems or key.startswith(families)

    assert [key for key in EN if not used(key)] == []


@pytest.mark.parametrize(
    ("message", "en", "vi"),
    [
        (Message("unit.none", query="'x'"), "no unit 'x'", "không có đơn vị 'x'"),
        (
            Message("snapshot.none_before", unit="vinh-long", day=date(2024, 6, 30)),
            "vinh-long has no snapshot on or before 2024-06-30",
            "vinh-long không có số liệu đến ngày 30/06/2024",
        ),
        (
            Message("split.min_total", floor=1065565, total=Decimal("2059")),
            "the minimums add up to 1,065,565, more than the total 2,059",
            "tổng các mức tối thiểu là 1.065.565, lớn hơn tổng 2.059",
        ),
        (
            Message("period.listed.hint", periods=("2024", "2024-H1")),
            "periods: 2024, 2024-H1",
            "các kỳ: 2024, 2024-H1",
        ),
        (
            Message("quota.campaign_unit", campaign="c", detail=Message("unit.none", query="'x'")),
            "campaign c: no unit 'x'",
            "đợt vận động c: không có đơn vị 'x'",
        ),
    ],
)
def test_a_message_is_written_in_each_language(message: Message, en: str, vi: str) -> None:
    """Numbers and dates the way each language writes them; nested messages and lists too."""
    assert (say(message, "en"), say(message, "vi"), str(message)) == (en, vi, en)


def test_text_writes_typed_values_as_a_message_does() -> None:
    """One path from a value to text: a renderer passes counts, dates and tuples as they are."""
    values = {"unit": "can-tho", "as_of": date(2024, 6, 30), "count": 1200, "units": ("a", "b")}
    assert text("note.summed_from", "vi", **values) == (
        "can-tho: không có số liệu riêng ngày 30/06/2024, cộng từ 1.200 đơn vị: a, b."
    )
    assert text("note.summed_from", "en", **values) == say(
        Message("note.summed_from", **values), "en"
    )
    assert shown((date(2024, 1, 2), Decimal("1234.5")), "vi") == "02/01/2024, 1.234,5"
