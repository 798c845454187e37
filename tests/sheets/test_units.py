"""The index of a province's sub-units: every one by path in the order `walk` gives them, and
by the name the data file writes."""

from __future__ import annotations

import unicodedata

from bhxh_cli.domain.data import Unit
from bhxh_cli.domain.units import UnitRef, walk
from bhxh_cli.sheets.units import UnitIndex

PROVINCE = UnitRef(
    "p",
    Unit(
        name="Tỉnh P",
        units={
            "h1": Unit(
                name="Huyện A", units={"x1": Unit(name="Xã An"), "x2": Unit(name="Xã Bình")}
            ),
            "h2": Unit(
                name="Huyện B", units={"x1": Unit(name="Xã An", units={"t": Unit(name="")})}
            ),
            "x3": Unit(name="Xã Hòa"),
        },
    ),
)


def test_the_index_holds_every_sub_unit_in_the_order_walk_gives() -> None:
    index = UnitIndex.of(PROVINCE)
    assert list(index.units) == [ref.path for ref in walk(PROVINCE) if ref is not PROVINCE]
    assert index.ref("p/h2/x1/t") == UnitRef(
        "p/h2/x1/t", PROVINCE.unit.units["h2"].units["x1"].units["t"]
    )


def test_a_name_two_units_share_or_an_empty_one_names_no_unit_exactly() -> None:
    index = UnitIndex.of(PROVINCE)
    decomposed = unicodedata.normalize("NFD", "Xã Hòa")  # the same name, NFC aside
    names = ["Xã Bình", "Xã An", "", decomposed, "Xã Hoà", "Huyện B"]
    assert index.named_exactly(names) == ["p/h1/x2", None, None, "p/x3", None, "p/h2"]
