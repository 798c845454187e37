"""A workbook damaged anywhere inside its sheet or its shared strings: `bhxh import` gives a
snapshot, or errors at cells, or one message that the file cannot be read, and writes nothing
unless it succeeded; never a traceback (the runner raises any exception that escapes)."""

from __future__ import annotations

import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sheets.test_import import MERGED, TARGETS, WRITTEN, run_import, sheet
from tests.sheets.workbooks import write_xlsx


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    good = write_xlsx(tmp_path_factory.mktemp("good") / "good.xlsx", sheet(), MERGED)
    with zipfile.ZipFile(good) as source:
        return {name: source.read(name) for name in source.namelist()}


damages = st.lists(
    st.tuples(st.floats(0, 1, exclude_max=True), st.binary(max_size=3)), min_size=1, max_size=4
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(part=st.sampled_from(["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"]), cuts=damages)
def test_a_damaged_workbook_is_read_or_refused_never_a_traceback(
    tmp_path_factory: pytest.TempPathFactory,
    parts: dict[str, bytes],
    part: str,
    cuts: list[tuple[float, bytes]],
) -> None:
    folder = tmp_path_factory.mktemp("set")
    (folder / "targets.yaml").write_text(TARGETS, encoding="utf-8")
    content = parts[part]
    for where, put in cuts:  # each cut replaces as many bytes as it puts, or drops one
        at = int(where * len(content))
        content = content[:at] + put + content[at + max(len(put), 1) :]
    damaged = folder / "damaged.xlsx"
    with zipfile.ZipFile(damaged, "w") as target:
        for name, data in parts.items():
            target.writestr(name, content if name == part else data)
    run = run_import(folder, damaged)
    assert run.exit_code in (0, 1, 2), run.stderr
    assert "Traceback" not in run.stderr
    assert (folder / WRITTEN).exists() == (run.exit_code == 0)
    if run.exit_code:
        assert run.stderr.startswith("bhxh: "), run.stderr
