"""Footers say what applies: which figures each source gives."""

from __future__ import annotations

import pytest

from bhxh_cli.domain.selection import Citation
from bhxh_cli.render.notes import source_notes
from tests.conftest import bhxh

pytestmark = pytest.mark.usefixtures("in_repository")

ARTICLE = "Báo Cần Thơ, 18 May 2024"
DERIVED = "derived from Báo Cần Thơ, 18 May 2024"


def test_one_source_is_the_source_of_everything() -> None:
    assert source_notes([Citation(ARTICLE, True, False)], "en") == [f"Source: {ARTICLE}"]
    assert source_notes([Citation(ARTICLE, True, True)], "vi") == [f"Nguồn: {ARTICLE}"]


def test_two_sources_say_which_figures_each_gives() -> None:
    both = [Citation(ARTICLE, True, False), Citation(DERIVED, False, True)]
    assert source_notes(both, "en") == [
        f"Source of the participants: {ARTICLE}",
        f"Source of the targets: {DERIVED}",
    ]
    assert source_notes(both, "vi") == [
        f"Nguồn số người tham gia: {ARTICLE}",
        f"Nguồn chỉ tiêu: {DERIVED}",
    ]


@pytest.mark.parametrize(
    ("lang", "participants", "targets"),
    [
        ("en", "Source of the participants: ", "Source of the targets: "),
        ("vi", "Nguồn số người tham gia: ", "Nguồn chỉ tiêu: "),
    ],
)
@pytest.mark.parametrize("command", ["coverage", "progress"])
def test_thoi_lai_names_the_article_and_the_plans_derived_from_it(
    command: str, lang: str, participants: str, targets: str
) -> None:
    out = bhxh("--lang", lang, command, "-p", "can-tho/thoi-lai").stdout
    assert participants + ARTICLE in out
    assert targets + DERIVED in out
