"""The units a folded name finds: answered from the units whose name ends in its last word, as
the index of every folded name answers it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bhxh_cli.domain.data import Unit
from bhxh_cli.domain.names import canonical, fold
from bhxh_cli.domain.units import UnitRef
from bhxh_cli.sheets.folded import SCANS, FoldedNames

PREFIXES = ["", "Xã ", "X. ", "Phường ", "P.", "Thị xã ", "TX ", "Thành phố ", "TP. ", "H. "]
WORDS = ["Tổng cộng", "Cộng Hòa", "Cộng", "Công", "Hoà Bình", "Phương Bình", "Long Mỹ", "An"]
unit_names = st.builds("{}{}".format, st.sampled_from(PREFIXES), st.sampled_from(WORDS))
slugs = st.sampled_from(["tong-cong", "cong", "xa-an", "an", "long-my", "u1", "u2", "u3", "u4"])
provinces = st.dictionaries(slugs, unit_names, max_size=8)
wanted = st.one_of(unit_names, slugs, st.text(max_size=8)).map(lambda name: canonical(fold(name)))


def _units(named: dict[str, str]) -> dict[str, Unit]:
    units = {f"p/{slug}": Unit(name=name) for slug, name in named.items()}
    units["p/d"] = Unit(name="Huyện D", units={"an": Unit(name="Xã An")})
    units["p/d/an"] = units["p/d"].units["an"]
    return units


def _paths(found: tuple[list[UnitRef], list[UnitRef]]) -> tuple[list[str], list[str]]:
    exact, bare = found
    return [ref.path for ref in exact], [ref.path for ref in bare]


@given(provinces, wanted)
def test_a_name_answered_from_its_last_word_is_answered_as_by_the_index(
    named: dict[str, str], name: str
) -> None:
    units = _units(named)
    scanned, indexed = FoldedNames(units), FoldedNames(units)
    indexed.scans = SCANS  # every name indexed at once
    assert _paths(scanned.named(name)) == _paths(indexed.named(name))
    assert scanned.scans == (1 if name.rpartition("-")[2] else 0)


def test_the_total_row_finds_a_commune_named_so_and_a_prefix_written_out() -> None:
    units = {
        "p/x1": Unit(name="Xã Tổng Cộng"),
        "p/tong-cong": Unit(name="Phường Cộng Hòa"),
        "p/x3": Unit(name="TP. Cao Lãnh"),
    }
    folded = FoldedNames(units)
    assert _paths(folded.named("tong-cong")) == (["p/tong-cong"], ["p/x1"])
    assert _paths(folded.named("thanh-pho-cao-lanh")) == (["p/x3"], ["p/x3"])
    assert _paths(folded.named("cong")) == ([], [])
    assert folded.scans == 3
