"""The rule table: stable ids, one severity each, and the README's copy generated from it."""

from __future__ import annotations

import os
import re

from bhxh_cli.datafile.rules import RULES, rules_markdown
from tests.conftest import ROOT

README = ROOT / "README.md"
BEGIN = "<!-- rules: generated from src/bhxh_cli/datafile/rules.py -->\n"
END = "<!-- end of rules -->\n"


def test_rule_ids_are_unique_and_kebab_case() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule_id) for rule_id in ids)


def test_every_rule_has_a_severity_and_a_one_line_summary() -> None:
    for rule in RULES:
        assert rule.severity in {"error", "warning"}
        assert rule.summary
        assert "\n" not in rule.summary
        assert "|" not in rule.summary  # it would split the README's table


def test_the_readme_rule_table_is_generated_from_the_rules() -> None:
    text = README.read_text(encoding="utf-8")
    before, rest = text.split(BEGIN)
    table, after = rest.split(END)
    if os.environ.get("UPDATE_GOLDEN"):
        README.write_text(before + BEGIN + rules_markdown() + END + after, encoding="utf-8")
        table = rules_markdown()
    assert table == rules_markdown()
