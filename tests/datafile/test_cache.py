"""The cache of validated files: a hit skips parsing, any change to the file misses."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bhxh_cli.datafile import files, load, model
from bhxh_cli.datafile.cache import FOLDER, cache_dir
from bhxh_cli.datafile.files import digest_of
from bhxh_cli.domain import data as domain
from bhxh_cli.domain import plans
from bhxh_cli.domain.weight import Weight
from bhxh_cli.errors import DataError, UsageError
from tests.conftest import DATA, Writer


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder of entries, inside the folder BHXH_CACHE_DIR names."""
    monkeypatch.setenv("BHXH_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / FOLDER


def test_second_load_comes_from_the_cache_and_equals_the_first(cache: Path) -> None:
    first = load(str(DATA))
    assert not first.from_cache  # parsed
    second = load(str(DATA))
    assert second.from_cache  # read back from the cache
    assert second.data == first.data
    assert len(list(cache.glob("*.entry"))) == 1


def test_any_change_to_the_file_is_validated_again(cache: Path, write_yaml: Writer) -> None:
    path = write_yaml(DATA.read_text(encoding="utf-8"))
    load(str(path))
    assert list(cache.glob("*.entry"))
    path.write_text(
        path.read_text(encoding="utf-8").replace("bhyt: 982000", "bhyt: 982.000"), "utf-8"
    )
    with pytest.raises(DataError) as caught:
        load(str(path))
    assert caught.value.problems[0].rule == "not-whole-number"


def test_a_damaged_cache_entry_is_ignored(cache: Path) -> None:
    load(str(DATA))
    (entry,) = cache.glob("*.entry")
    entry.write_bytes(entry.read_bytes()[:-100])
    assert not load(str(DATA)).from_cache


def test_no_cache_when_turned_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BHXH_NO_CACHE", "1")
    assert cache_dir() is None
    load(str(DATA))
    assert not load(str(DATA)).from_cache
    assert not cache.parent.exists()


def test_an_unwritable_cache_is_harmless(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("BHXH_CACHE_DIR", str(blocker / "cache"))
    assert load(str(DATA)).data.provinces["vinh-long"].name == "Vĩnh Long"


@pytest.mark.parametrize(
    ("schema", "plain"),
    [
        (model.Goal, plans.Goal),
        (model.Snapshot, domain.Snapshot),
        (model.Target, plans.Target),
        (model.Unit, domain.Unit),
        (model.SchemeQuotas, plans.SchemeQuotas),
        (model.SupportTopUp, plans.SupportTopUp),
        (model.Campaign, plans.Campaign),
        (model.DataFile, domain.DataFile),
    ],
)
def test_domain_objects_have_exactly_the_fields_of_the_format(schema: type, plain: type) -> None:
    assert {f.name for f in dataclasses.fields(plain)} == set(schema.model_fields)


def test_a_cache_folder_others_can_write_to_is_not_read(cache: Path) -> None:
    load(str(DATA))
    cache.chmod(0o777)
    assert not load(str(DATA)).from_cache  # parsed again: the entry is not trusted
    cache.chmod(0o700)
    assert load(str(DATA)).from_cache


EVERY_FIELD = """\
version: 1
provinces:
  p:
    name: P
    kind: area
    population: 1000
    labour_force: 600
    source: a source
    note: |
      a note
      of two lines
    actuals:
      - {as_of: 2024-06-30, bhxh_bat_buoc: 100, bhxh_tu_nguyen: 50, bhyt: 900, population: 990}
    targets:
      - {period: 2024, name: year, bhyt: {rate: 95.125}, bhxh: {total: 200}}
      - {period: {start: 2024-01-01, end: 2024-03-31}, bhxh_tu_nguyen: {new: 7}}
    units:
      a: {name: A, population: 400, actuals: [{as_of: 2024-06-30, bhyt: 300}]}
      b: {name: B, kind: group}
  q: {name: Q, merged_into: p, merged_on: 2025-07-01}
campaigns:
  s:
    name: S
    province: p
    start: 2024-05-01
    days: 3
    split: {bhyt: 9}
    min: 1
    max: 9
    weight: labour_force
  t:
    name: T
    province: p
    end: 2024-05-09
    start: 2024-05-01
    staff: {a: 2}
    per_staff: {bhyt: 2}
"""


@pytest.mark.usefixtures("cache")
def test_every_field_comes_back_from_the_cache_as_it_was(write_yaml: Writer) -> None:
    path = write_yaml(EVERY_FIELD)
    first = load(str(path))
    second = load(str(path))
    assert (first.from_cache, second.from_cache) == (False, True)
    assert second.data == first.data
    assert second.data.campaigns["s"].weight is Weight.LABOUR_FORCE
    assert str(second.data.provinces["p"].targets[0].bhyt.rate) == "95.125"


@given(st.binary(max_size=64), st.integers(1, 9))
@settings(max_examples=60, deadline=None)
def test_a_file_is_found_in_the_cache_by_the_digest_of_its_bytes_read_in_pieces(
    content: bytes, piece: int
) -> None:
    """`digest_of` reads a file a piece at a time: the SHA-256 of its bytes, whatever their
    length against the pieces (empty, one short piece, several and a part; pieces of a few
    bytes here, so that every case comes up)."""
    with tempfile.TemporaryDirectory() as folder, patch.object(files, "_DIGEST_CHUNK", piece):
        path = Path(folder) / "targets.yaml"
        path.write_bytes(content)
        assert digest_of(path) == hashlib.sha256(content).hexdigest()


@pytest.mark.parametrize("size", [0, 1, 2**18 - 1, 2**18, 2**18 + 1, 3 * 2**18 + 7])
def test_the_digest_of_a_file_of_pieces_as_they_are(tmp_path: Path, size: int) -> None:
    """The same at the size of the pieces `digest_of` reads, around it and over several."""
    content = bytes(range(256)) * (size // 256) + bytes(size % 256)
    path = tmp_path / "targets.yaml"
    path.write_bytes(content)
    assert digest_of(path) == hashlib.sha256(content).hexdigest()


def test_a_file_the_digest_does_not_read_is_read_and_refused_as_ever(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: Path
) -> None:
    """Over the size limit, unreadable, a pipe: `digest_of` gives no digest or refuses it
    first, and `load` says why as it does without a cache."""
    path = tmp_path / "targets.yaml"
    path.write_bytes(DATA.read_bytes())
    load(str(path))  # now in the cache
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 100)
    assert digest_of(path) is None
    with pytest.raises(DataError) as large:
        load(str(path))
    assert [p.rule for p in large.value.problems] == ["file-too-large"]
    monkeypatch.undo()
    monkeypatch.setenv("BHXH_CACHE_DIR", str(cache))

    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    opened = os.open

    def denied_here(name: str | os.PathLike[str], *args: Any, **kwargs: Any) -> int:
        if Path(name) == path:
            denied()
        return opened(name, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)  # chmod 000 does not stop root
    monkeypatch.setattr(os, "open", denied_here)
    assert digest_of(path) is None
    with pytest.raises(DataError) as unreadable:
        load(str(path))
    assert [p.rule for p in unreadable.value.problems] == ["file-unreadable"]
    monkeypatch.undo()
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    with pytest.raises(UsageError, match="not a regular file"):
        load(str(fifo))  # opening it would block forever
