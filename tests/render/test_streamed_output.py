"""JSON and CSV are written in pieces as they are made; the text is the same as writing the
whole document at once, whatever the document."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from bhxh_cli.domain.results import Lines
from bhxh_cli.render.formats import _json_pieces

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.text(max_size=8),
    st.floats(allow_nan=False, allow_infinity=False),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)
documents = st.dictionaries(st.text(max_size=6), values | st.lists(values, max_size=5), max_size=5)


def lazy(document: dict[str, Any]) -> dict[str, Any]:
    """The document with each list of its top level made as it is written."""
    return {
        key: Lines(iter(value)) if isinstance(value, list) else value
        for key, value in document.items()
    }


@given(documents)
def test_json_written_in_pieces_is_the_json_of_the_whole_document(document: dict[str, Any]) -> None:
    whole = json.dumps(document, ensure_ascii=False, indent=2)
    assert "".join(_json_pieces(lazy(document), 0)) == whole
    assert "".join(_json_pieces(document, 0)) == whole


def test_a_day_line_is_written_as_json_writes_it() -> None:
    line = {
        "date": date(2024, 1, 2),
        "unit": "p/ô",
        "name": 'Xã "Tân An"\n',
        "scheme": "bhyt",
        "quota": 3,
    }
    document = {"schedule": [line, {**line, "unit": None}], "skipped_days": []}
    expected = json.dumps(
        {
            "schedule": [{**d, "date": "2024-01-02"} for d in document["schedule"]],
            "skipped_days": [],
        },
        ensure_ascii=False,
        indent=2,
    )
    assert "".join(_json_pieces(lazy(document), 0)) == expected
