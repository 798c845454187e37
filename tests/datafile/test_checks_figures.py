"""The checks of each snapshot's figures find what the plain reading of the rules finds: the
checks go the quick way (a snapshot without a whole beside its part passed over at once, each
denominator read once per snapshot, a snapshot's counts made once for the whole file), and
these compare them with the figures read one by one, in file order."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given
from hypothesis import strategies as st

from bhxh_cli.datafile.checks import (
    PART_OF,
    CheckContext,
    above_denominator,
    parts_above_whole,
    snapshot_path,
)
from bhxh_cli.datafile.document import KeyPath
from bhxh_cli.datafile.parse import parse
from bhxh_cli.domain.data import Snapshot
from bhxh_cli.domain.schemes import BHXH_PARTS, SCHEMES, Scheme
from bhxh_cli.domain.units import UnitRef, all_units

TODAY = date(2025, 6, 1)
figures = st.dictionaries(st.sampled_from(SCHEMES), st.integers(0, 120))
denominators = st.fixed_dictionaries(
    {}, optional={"population": st.integers(1, 120), "labour_force": st.integers(1, 120)}
)
snapshots = st.tuples(figures, denominators)
Drawn = list[tuple[dict[str, int], list[tuple[dict[Scheme, int], dict[str, int]]]]]
units = st.lists(st.tuples(denominators, st.lists(snapshots, max_size=3)), min_size=1, max_size=4)
# A household part above bhyt without bhxh, a bhxh not the sum, and a snapshot's own
# population below the unit's: each the quick way could miss.
EVERY_KIND = [
    (
        {"population": 100, "labour_force": 10},
        [
            ({Scheme.BHYT: 5, Scheme.BHYT_HO_GIA_DINH: 9}, {"population": 4}),
            ({Scheme.BHXH: 9, Scheme.BHXH_BAT_BUOC: 5, Scheme.BHXH_TU_NGUYEN: 1}, {}),
        ],
    )
]


def _file(drawn: Drawn) -> str:
    """A province of the drawn units, each with its denominators and snapshots."""
    lines = ["version: 1", "provinces:", "  p:", "    name: P", "    units:"]
    for number, (own, dated) in enumerate(drawn):
        lines += [f"      u{number}:", f"        name: U{number}"]
        lines += [f"        {name}: {value}" for name, value in own.items()]
        if dated:
            lines.append("        actuals:")
        for counts, its_own in dated:
            values = {"as_of": "2025-03-31", **its_own, **{s.value: n for s, n in counts.items()}}
            lines.append("          - {" + ", ".join(f"{k}: {v}" for k, v in values.items()) + "}")
    return "\n".join(lines) + "\n"


def _read(drawn: Drawn) -> tuple[CheckContext, list[tuple[UnitRef, KeyPath, Snapshot]]]:
    """The checks' context of the drawn file, and each snapshot with its unit and place, unit
    by unit in file order."""
    doc, data = parse(_file(drawn), "t.yaml")
    assert data is not None, doc.problems
    every = [
        (ref, snapshot_path(ref, index), snapshot)
        for ref in all_units(data)
        for index, snapshot in enumerate(ref.unit.actuals)
    ]
    return CheckContext(data, doc, TODAY), every


@given(figures)
def test_a_snapshots_counts_are_its_figures_with_bhxh_made_of_its_parts(
    counts: dict[Scheme, int],
) -> None:
    snapshot = Snapshot(as_of=TODAY, **{scheme.value: n for scheme, n in counts.items()})
    given_ones = [(scheme, counts[scheme]) for scheme in SCHEMES if scheme in counts]
    assert list(snapshot.given().items()) == given_ones
    derived = {}
    if Scheme.BHXH not in counts and all(part in counts for part in BHXH_PARTS):
        derived[Scheme.BHXH] = sum(counts[part] for part in BHXH_PARTS)
    expected = [(s, {**counts, **derived}[s]) for s in SCHEMES if s in counts or s in derived]
    assert list(snapshot.counts().items()) == expected


@given(units)
@example(EVERY_KIND)
def test_each_figure_above_its_denominator_is_found_in_file_order(
    drawn: Drawn,
) -> None:
    ctx, every = _read(drawn)
    expected = []
    for ref, path, snapshot in every:
        for scheme, count in snapshot.counts().items():
            denominator = ref.unit.denominator_for(scheme, snapshot)
            if denominator is not None and count > denominator:
                where = ctx.at((*path, scheme.value))
                expected.append((where, scheme.value, count, denominator))
    found = [
        (p.position, p.message.values[0][1], p.message.values[1][1], p.message.values[3][1])
        for p in above_denominator(ctx)
    ]
    assert found == expected


@given(units)
@example(EVERY_KIND)
def test_each_part_above_its_whole_and_each_bhxh_not_the_sum_is_found_in_file_order(
    drawn: Drawn,
) -> None:
    ctx, every = _read(drawn)
    expected = []
    for _, path, snapshot in every:
        counts = snapshot.given()
        above = [
            (part, whole)
            for part, whole in PART_OF
            if part in counts and whole in counts and counts[part] > counts[whole]
        ]
        expected += [("part-above-whole", ctx.at((*path, part.value))) for part, _ in above]
        parts = [counts.get(part) for part in BHXH_PARTS]
        if (
            not any(whole == Scheme.BHXH for _, whole in above)
            and Scheme.BHXH in counts
            and None not in parts
            and counts[Scheme.BHXH] != sum(n or 0 for n in parts)
        ):
            expected.append(("bhxh-not-sum", ctx.at((*path, Scheme.BHXH.value))))
    assert [(p.rule, p.position) for p in parts_above_whole(ctx)] == expected


@given(figures)
def test_a_snapshot_the_parts_check_passes_over_gives_no_whole_beside_its_part(
    counts: dict[Scheme, int],
) -> None:
    """What lets `parts_above_whole` pass over a snapshot without bhxh, and without bhyt or
    its household part, before reading its figures: nothing else compares a part."""
    if Scheme.BHXH in counts or {Scheme.BHYT, Scheme.BHYT_HO_GIA_DINH} <= counts.keys():
        return
    assert not any(part in counts and whole in counts for part, whole in PART_OF)
