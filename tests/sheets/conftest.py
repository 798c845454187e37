"""The data set every import test writes into: a province of three sub-units, its targets
file including `actuals/*.yaml`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sheets.test_import import TARGETS


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "targets.yaml").write_text(TARGETS, encoding="utf-8")
    return tmp_path
