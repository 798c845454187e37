"""The cache against a second user: what is read never runs code and is never another file's.

The tests plant files where the cache keeps its entries, whatever their names: every file the
cache wrote is overwritten, or its folder swapped while it is being read. Where the tests run
as root they also give files to another user, as a second local user would own them.
"""

from __future__ import annotations

import hashlib
import io
import marshal
import os
import pickle
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bhxh_cli.datafile import cache, load
from tests.conftest import DATA

Writer = Callable[..., Path]
SHIPPED = DATA.read_text(encoding="utf-8")
# Vĩnh Long's health insurance is 95.40% in the shipped file; this other file says 10.79%.
OTHER = SHIPPED.replace("bhyt: 982000", "bhyt: 111068")
AS_ROOT = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file away needs root"
)
ANOTHER_USER = 54321


class Payload:
    """A pickle that creates a file when it is loaded: proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (self.marker,))


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder BHXH_CACHE_DIR names."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("BHXH_CACHE_DIR", str(folder))
    return folder


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def health_of(dataset: Any) -> int:
    snapshot = dataset.data.provinces["vinh-long"].actuals[-1]
    return int(snapshot.bhyt)


def plant(folder: Path, content: bytes) -> None:
    for path in files_under(folder):
        path.write_bytes(content)


def test_an_entry_is_plain_data_with_its_file_digest(root: Path) -> None:
    load(str(DATA))
    (entry,) = files_under(root)
    head = entry.read_bytes()[:200]
    assert head.startswith(cache.FORMAT.encode() + b"\n")
    assert hashlib.sha256(DATA.read_bytes()).hexdigest().encode() in head
    assert b"pickle" not in head and not head.startswith(b"\x80")


def test_a_planted_pickle_is_never_executed(root: Path, tmp_path: Path) -> None:
    load(str(DATA))
    marker = tmp_path / "code-ran"
    plant(root, pickle.dumps(Payload(marker)))
    reloaded = load(str(DATA))
    assert not marker.exists()
    assert not reloaded.from_cache  # parsed again
    assert health_of(reloaded) == 982000


def test_a_planted_pickle_behind_a_genuine_header_is_never_executed(
    root: Path, tmp_path: Path
) -> None:
    load(str(DATA))
    (entry,) = files_under(root)
    marker = tmp_path / "code-ran"
    header = entry.read_bytes().split(b"\n", 3)
    entry.write_bytes(b"\n".join([*header[:3], pickle.dumps(Payload(marker))]))
    assert not load(str(DATA)).from_cache
    assert not marker.exists()


def test_planted_code_in_the_records_is_never_run(root: Path, tmp_path: Path) -> None:
    load(str(DATA))
    (entry,) = files_under(root)
    marker = tmp_path / "code-ran"
    code = compile(f"open({str(marker)!r}, 'w')", "planted", "exec")
    header = entry.read_bytes().split(b"\n", 3)
    records = {"version": code, "provinces": {"vinh-long": code}, "campaigns": {}}
    entry.write_bytes(b"\n".join([*header[:3], marshal.dumps(records)]))
    assert not load(str(DATA)).from_cache
    assert not marker.exists()


def test_an_entry_of_another_file_is_never_served(root: Path, write_yaml: Writer) -> None:
    load(str(DATA))
    (mine,) = files_under(root)
    other = write_yaml(OTHER)
    assert health_of(load(str(other))) == 111068
    (theirs,) = set(files_under(root)) - {mine}
    shutil.copyfile(theirs, mine)  # another file's valid entry, under this file's name
    reloaded = load(str(DATA))
    assert health_of(reloaded) == 982000
    assert not reloaded.from_cache


@pytest.fixture
def swap_on_open(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[Path], None]]:
    """Swap the cache for a planted copy as soon as an entry is opened: after every check the
    reader made of the folder and the entry by their paths, before the open itself."""
    state: dict[str, Path] = {}
    real_open, real_io_open = os.open, io.open

    def swap() -> None:
        if "planted" in state and not state.get("done"):
            root.rename(tmp_path / "genuine")
            state["planted"].rename(root)
            state["done"] = root

    def os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith((".entry", ".pickle")):
            swap()
        return real_open(path, *args, **kwargs)

    def io_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        if str(path).endswith((".entry", ".pickle")):
            swap()
        return real_io_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(io, "open", io_open)  # what Path.open calls
    yield lambda planted: state.__setitem__("planted", planted)


def planted_copy(root: Path, tmp_path: Path, content: bytes) -> Path:
    planted = tmp_path / "planted"
    shutil.copytree(root, planted)
    plant(planted, content)
    return planted


def test_a_folder_swapped_between_check_and_open_runs_nothing(
    root: Path, tmp_path: Path, swap_on_open: Callable[[Path], None]
) -> None:
    load(str(DATA))
    marker = tmp_path / "code-ran"
    swap_on_open(planted_copy(root, tmp_path, pickle.dumps(Payload(marker))))
    reloaded = load(str(DATA))
    assert not marker.exists()
    assert health_of(reloaded) == 982000


def test_a_folder_swapped_between_check_and_open_serves_no_other_file(
    root: Path, tmp_path: Path, write_yaml: Writer, swap_on_open: Callable[[Path], None]
) -> None:
    load(str(DATA))
    (mine,) = files_under(root)
    other = write_yaml(OTHER)
    load(str(other))
    (theirs,) = set(files_under(root)) - {mine}
    planted = planted_copy(root, tmp_path, theirs.read_bytes())
    swap_on_open(planted)
    assert health_of(load(str(DATA))) == 982000


@AS_ROOT
def test_an_entry_owned_by_another_user_is_not_read(root: Path) -> None:
    load(str(DATA))
    (entry,) = files_under(root)
    os.chown(entry, ANOTHER_USER, ANOTHER_USER)
    assert not load(str(DATA)).from_cache


@AS_ROOT
def test_a_folder_owned_by_another_user_is_not_read(root: Path) -> None:
    load(str(DATA))
    (entry,) = files_under(root)
    os.chown(entry.parent, ANOTHER_USER, ANOTHER_USER)
    assert not load(str(DATA)).from_cache


def test_entries_of_the_user_are_not_read_by_someone_else(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(str(DATA))
    monkeypatch.setattr(os, "getuid", lambda: root.stat().st_uid + 1)
    assert not load(str(DATA)).from_cache


# The key


@pytest.mark.usefixtures("root")
def test_the_key_covers_the_bytes_of_the_modules_not_their_sizes_and_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "bhxh_cli"
    shutil.copytree(Path(cache.__file__).parent.parent, package)
    monkeypatch.setattr(cache, "__file__", str(package / "datafile" / "cache.py"))
    load(str(DATA))
    module = package / "datafile" / "limits.py"
    stamp = module.stat()
    module.write_text(module.read_text(encoding="utf-8").replace("64", "65"), encoding="utf-8")
    os.utime(module, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert module.stat().st_size == stamp.st_size
    assert not load(str(DATA)).from_cache  # a changed rule is a new key


@pytest.mark.usefixtures("root")
def test_the_key_covers_the_versions_of_the_dependencies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(str(DATA))
    assert load(str(DATA)).from_cache
    (tmp_path / "site" / "pydantic-99.0.dist-info").mkdir(parents=True)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))  # another Pydantic, found first
    assert not load(str(DATA)).from_cache


# Pruning


def test_pruning_deletes_only_its_own_entries(root: Path, write_yaml: Writer) -> None:
    root.mkdir()
    theirs = [root / f"model-{n}.pickle" for n in range(20)]
    for path in theirs:
        path.write_bytes(b"a user's model")
        os.utime(path, (0, 0))  # older than any entry
    for n in range(cache.KEEP_ENTRIES + 3):
        load(str(write_yaml(SHIPPED + f"# {n}\n", name=f"t{n}.yaml")))
    assert all(path.read_bytes() == b"a user's model" for path in theirs)
    assert len(files_under(root)) == len(theirs) + cache.KEEP_ENTRIES


def test_a_cache_folder_that_is_a_link_does_not_steer_pruning(
    root: Path, tmp_path: Path, write_yaml: Writer
) -> None:
    models = tmp_path / "models"
    models.mkdir()
    for n in range(20):
        (models / f"{n}.pickle").write_bytes(b"model")
    root.symlink_to(models)
    for n in range(cache.KEEP_ENTRIES + 3):
        load(str(write_yaml(SHIPPED + f"# {n}\n", name=f"t{n}.yaml")))
    assert len(list(models.glob("*.pickle"))) == 20


def test_an_entry_that_cannot_be_examined_does_not_stop_pruning(
    root: Path, write_yaml: Writer
) -> None:
    load(str(DATA))
    (entry,) = files_under(root)
    for folder in {root, entry.parent}:
        (folder / f"{'0' * 64}.entry").symlink_to(folder / "nowhere")
        (folder / "dangling.pickle").symlink_to(folder / "nowhere")
    for n in range(cache.KEEP_ENTRIES + 3):
        load(str(write_yaml(SHIPPED + f"# {n}\n", name=f"t{n}.yaml")))
    regular = [path for path in files_under(root) if not path.is_symlink()]
    assert len(regular) == cache.KEEP_ENTRIES


def test_a_temporary_file_left_by_a_killed_run_is_removed_later(
    root: Path, write_yaml: Writer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def killed(*_args: object, **_kwargs: object) -> None:
        raise SystemExit(137)

    with monkeypatch.context() as dying:  # killed while writing: no chance to clean up
        for name in ("replace", "unlink"):
            dying.setattr(os, name, killed)
            dying.setattr(Path, name, killed)
        with pytest.raises(SystemExit):
            load(str(DATA))
    (left,) = files_under(root)
    old = time.time() - 3600
    os.utime(left, (old, old))
    load(str(write_yaml(OTHER)))
    assert left not in files_under(root)
    assert len(files_under(root)) == 1  # the new entry


def test_a_fresh_temporary_file_is_kept(root: Path, write_yaml: Writer) -> None:
    load(str(DATA))
    (entry,) = files_under(root)
    writing = entry.with_name(f"{entry.name.split('.')[0]}.{'a' * 16}{cache.TEMP_SUFFIX}")
    writing.write_bytes(b"another run is writing this now")
    old = time.time() - cache.STALE_SECONDS + 60
    os.utime(writing, (old, old))
    load(str(write_yaml(OTHER)))
    assert writing.exists()


def test_an_interrupted_write_leaves_no_temporary_file(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    monkeypatch.setattr(Path, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        load(str(DATA))
    assert files_under(root) == []
