"""The rule table: every problem the tool reports names one of these rules.

Each rule has a stable id (scripts and CI logs match on it), a severity and a one-line summary.
The README's rule table is generated from this one, and a test keeps the two equal.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from bhxh_cli.datafile.limits import (
    MAX_ALIAS_NODES,
    MAX_COUNT,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_LINE_CHARS,
    MAX_RATE_DECIMALS,
    MAX_SCHEMA_PROBLEMS,
    MAX_SET_BYTES,
    MAX_SET_FILES,
    MAX_VALUES,
)
from bhxh_cli.errors import Position, Problem
from bhxh_cli.messages import Message

Severity = Literal["error", "warning"]


class Rule(NamedTuple):
    """A rule of the table: its stable id, its severity and its one-line summary."""

    id: str
    severity: Severity
    summary: str


RULES: tuple[Rule, ...] = (
    # reading the file
    Rule("file-unreadable", "error", "the file cannot be read (permissions, I/O error)"),
    Rule("file-too-large", "error", f"the file is larger than {MAX_FILE_BYTES // 2**20} MiB"),
    Rule("not-text", "error", "the file is binary, not text"),
    Rule("not-utf8", "error", "the file is not UTF-8 text (a UTF-8 BOM is accepted)"),
    Rule("empty-file", "error", "the file is empty or holds only comments"),
    Rule("line-too-long", "error", f"a line is longer than {MAX_LINE_CHARS:,} characters"),
    # reading the YAML
    Rule("yaml-syntax", "error", "not valid YAML, e.g. tabs used as indentation"),
    Rule("yaml-tag", "error", "a tag such as `!!python/object`: data files hold plain values"),
    Rule("alias-bomb", "error", f"aliases that expand to more than {MAX_ALIAS_NODES:,} values"),
    Rule("too-deep", "error", f"nesting deeper than {MAX_DEPTH} levels"),
    Rule("too-many-values", "error", f"more than {MAX_VALUES:,} keys and values in one file"),
    Rule("duplicate-key", "error", "a key given twice in one mapping (reported at the second)"),
    # the schema
    Rule("unknown-key", "error", "a key the format does not know (the closest is suggested)"),
    Rule("missing-key", "error", "a required key is missing"),
    Rule("wrong-type", "error", "a value of the wrong type, e.g. text where a count belongs"),
    Rule("not-whole-number", "error", "a count that is not a whole number, e.g. `982.000`"),
    Rule("negative", "error", "a count below zero"),
    Rule(
        "count-too-large",
        "error",
        f"a count above {MAX_COUNT:,} (Vietnam has about 100 million people)",
    ),
    Rule("rate-range", "error", "a rate outside 0-100 percent"),
    Rule(
        "rate-precision",
        "error",
        f"a rate with more than {MAX_RATE_DECIMALS} decimals, e.g. `1e-999999`",
    ),
    Rule("bad-date", "error", "a date that is not a real YYYY-MM-DD date"),
    Rule("bad-period", "error", "a period that is not 2025, 2024-H1, 2024-Q2, 2024-05 or a range"),
    Rule("period-order", "error", "a target period that ends before it starts"),
    Rule("bad-slug", "error", "a unit key that is not lowercase ascii letters, digits, hyphens"),
    Rule(
        "control-character",
        "error",
        "a control character (C0 but tab and line ends, C1, DEL) or a NEL, LS or PS in the "
        "file; in a name, source or note also a tab, a line end or a bidi control "
        "(a note may break lines)",
    ),
    Rule("goal-kind", "error", "a target without exactly one of `rate`, `total` or `new`"),
    Rule(
        "too-many-problems",
        "error",
        f"more than {MAX_SCHEMA_PROBLEMS} schema problems (the rest are not listed)",
    ),
    # the figures
    Rule(
        "part-above-whole",
        "error",
        "in a snapshot, `bhyt_ho_gia_dinh` above `bhyt`, or a part of `bhxh` above `bhxh`",
    ),
    Rule("bhxh-not-sum", "error", "`bhxh` is not `bhxh_bat_buoc` + `bhxh_tu_nguyen` (all given)"),
    Rule(
        "above-denominator",
        "warning",
        "participants above the population or labour force (people insured elsewhere?)",
    ),
    Rule(
        "units-above-parent",
        "error",
        "sub-units (kind area) adding up to more than their parent, same date and scheme",
    ),
    Rule(
        "overlapping-targets",
        "warning",
        "targets of one scheme for identical or partly overlapping periods (nesting is fine)",
    ),
    Rule("future-snapshot", "warning", "a snapshot dated after today"),
    Rule("unknown-merge-target", "error", "`merged_into` naming a province not in the file"),
    Rule(
        "snapshot-twice",
        "error",
        "the same unit, date and scheme in two snapshots, in one file or two of a set",
    ),
    Rule(
        "snapshot-same-day",
        "warning",
        "two snapshots of a unit on one date (other schemes): commands read the last one only",
    ),
    # data sets of several files
    Rule("include-missing", "error", "an `include:` path without wildcards that does not exist"),
    Rule("include-cycle", "error", "an `include:` naming a file already in the set (a cycle)"),
    Rule(
        "include-limit",
        "error",
        f"a set of more than {MAX_SET_FILES:,} files or {MAX_SET_BYTES // 2**20} MiB",
    ),
    Rule("declared-twice", "error", "a province or campaign declared in two files of a set"),
    Rule(
        "include-unknown-unit",
        "error",
        "`units:` adding figures to a unit path no file of the set declares",
    ),
    Rule(
        "include-redefines",
        "error",
        "`units:` giving a unit anything but `actuals` and `targets` (a unit is declared once)",
    ),
    # codes of the administrative registry
    Rule("bad-code", "error", 'a `code:` that is not 2 to 5 digits in quotes, e.g. `code: "01"`'),
    Rule(
        "registry-code",
        "warning",
        "a `code:` the registry of the unit's period does not know, that names another unit "
        "(the registry's name is in the hint), or a sub-unit of another province",
    ),
    # campaigns
    Rule(
        "campaign-dates", "error", "campaign dates that do not fit: end before start, days and end"
    ),
    Rule("campaign-quota", "error", "a campaign without a quota, or a scheme given two ways"),
    Rule("campaign-unknown-unit", "error", "a campaign naming a unit that is not in the file"),
    Rule(
        "campaign-unit-name",
        "warning",
        "a campaign naming a unit by a name or code the registry finds in the file, not by its "
        "slug (the slug to write is in the hint)",
    ),
    Rule(
        "campaign-infeasible",
        "error",
        "a campaign split whose minimums add up to more than its total (or maximums to less)",
    ),
    # support and policy
    Rule(
        "top-up-kind",
        "error",
        "a province's support top-up without exactly one of `percent` or `amount`",
    ),
    Rule(
        "policy-dates",
        "error",
        "entries of a policy parameter out of date order or overlapping",
    ),
)

RULE_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}


def problem(rule: str, where: Position, message: Message, hint: Message | None = None) -> Problem:
    """A problem under `rule`, with the rule's severity; an id not in the table is a bug."""
    return Problem(where, rule, message, hint, RULE_BY_ID[rule].severity)


def rules_markdown() -> str:
    """The rule table as the README shows it."""
    lines = ["| rule | severity | what it catches |", "|---|---|---|"]
    lines += [f"| `{rule.id}` | {rule.severity} | {rule.summary} |" for rule in RULES]
    return "\n".join(lines) + "\n"
