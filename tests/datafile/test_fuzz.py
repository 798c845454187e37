"""Random and mutated files: the only exception that ever leaves the loader is the project's own."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bhxh_cli.datafile import load
from bhxh_cli.errors import BhxhError
from tests.conftest import DATA, bhxh

SHIPPED = DATA.read_text(encoding="utf-8")
LINES = SHIPPED.splitlines(keepends=True)
# Characters that matter to YAML, to Unicode normalisation and to numbers.
ALPHABET = st.sampled_from(
    [*":-[]{}&*!|>'\"#%@`,.?\t\r\n \x00\ufeff0123456789eE_xn~", "ĩ", "\u0303", "đ"]
)

SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=SLOW_IS_FINE)


def _edit(lines: list[str], data: st.DataObject) -> list[str]:
    """One careless edit: a line deleted, doubled, moved, or a few characters changed."""
    at = data.draw(st.integers(0, len(lines) - 1))
    kind = data.draw(st.sampled_from(["delete", "double", "move", "type"]))
    if kind == "delete":
        return lines[:at] + lines[at + 1 :]
    if kind == "double":
        return lines[: at + 1] + lines[at:]
    if kind == "move":
        to = data.draw(st.integers(0, len(lines) - 1))
        rest = lines[:at] + lines[at + 1 :]
        return [*rest[:to], lines[at], *rest[to:]]
    line = lines[at]
    col = data.draw(st.integers(0, len(line)))
    cut = data.draw(st.integers(0, 3))
    typed = data.draw(st.text(ALPHABET, max_size=4))
    return [*lines[:at], line[:col] + typed + line[col + cut :], *lines[at + 1 :]]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    lines = list(LINES)
    data = draw(st.data())
    for _ in range(draw(st.integers(1, 6))):
        if lines:
            lines = _edit(lines, data)
    return "".join(lines)


@pytest.fixture(scope="module")
def spot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "targets.yaml"


def loads_or_reports(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    with contextlib.suppress(BhxhError):  # any other exception fails the test
        load(str(path))


@FAST
@given(text=mutated())
def test_mutations_of_the_shipped_file(spot: Path, text: str) -> None:
    loads_or_reports(spot, text.encode("utf-8", "surrogatepass"))


@FAST
@given(text=st.text(ALPHABET, max_size=300) | st.text(max_size=300))
def test_random_text(spot: Path, text: str) -> None:
    loads_or_reports(spot, text.encode("utf-8", "surrogatepass"))


@FAST
@given(raw=st.binary(max_size=300))
def test_random_bytes(spot: Path, raw: bytes) -> None:
    loads_or_reports(spot, raw)


@settings(FAST, max_examples=25)
@given(text=mutated())
def test_validate_never_crashes(spot: Path, text: str) -> None:
    spot.write_bytes(text.encode("utf-8", "surrogatepass"))
    assert bhxh("validate", str(spot)).exit_code in {0, 1}
