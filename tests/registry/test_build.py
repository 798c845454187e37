"""The shipped registry is what scripts/build_registry.py makes of the sources in the project."""

from __future__ import annotations

import importlib.util
import json
from types import ModuleType

import pytest

from tests.conftest import ROOT


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_registry", ROOT / "scripts" / "build_registry.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_registry_is_the_build_of_the_sources_byte_for_byte() -> None:
    built = build_script().build()
    committed = (ROOT / "src" / "bhxh_cli" / "data" / "registry.json").read_text(encoding="utf-8")
    assert built == committed


def test_the_sources_and_their_licences_are_in_the_project() -> None:
    sources = ROOT / "scripts" / "registry"
    for name in ("communes-2025", "units-before-2025"):
        assert (sources / f"{name}.json").is_file()
        assert "MIT License" in (sources / f"{name}.LICENSE").read_text(encoding="utf-8")
    assert (sources / "mergers-2025.md").is_file()


def test_the_build_refuses_sources_that_disagree_with_the_mergers_table() -> None:
    script = build_script()
    notes = (ROOT / "scripts" / "registry" / "mergers-2025.md").read_text(encoding="utf-8")
    rows = script.read_mergers(notes)
    assert len(rows) == 34
    rows[-1]["counts"]["xa"] += 1  # Cà Mau with one xã more than the dataset has
    sources = ROOT / "scripts" / "registry"
    before = json.loads((sources / "units-before-2025.json").read_text(encoding="utf-8"))
    after = json.loads((sources / "communes-2025.json").read_text(encoding="utf-8"))
    changes = json.loads((sources / "changes-after-2025-07-01.json").read_text(encoding="utf-8"))
    units = script.old_map(before) + script.new_map(after)
    script.apply_changes(units, changes["changes"])
    with pytest.raises(script.SourceError, match="96: communes"):
        script.apply_mergers(units, rows, notes)


def test_the_registry_is_json_read_with_the_standard_library() -> None:
    text = (ROOT / "src" / "bhxh_cli" / "data" / "registry.json").read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["fields"][:3] == ["map", "level", "code"]
    assert len(text.encode()) < 400_000
