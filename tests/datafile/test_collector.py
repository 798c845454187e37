"""The cycle collector is paused while a file is read and checked, and runs again after."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bhxh_cli.datafile.collector import collector_paused
from bhxh_cli.datafile.yamlread import read_yaml


@pytest.fixture
def collector_on() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_pauses_nest_and_the_outermost_turns_the_collector_back_on() -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause leaves the outer one paused
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_a_pause_ends_when_its_block_raises() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    was_on = gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        if was_on:
            gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_reading_a_file_pauses_the_collector_and_leaves_it_running() -> None:
    text = "a:\n" + "".join(f"  k{i}: [1, 2, {{x: y}}]\n" for i in range(20000))
    seen: list[str] = []
    gc.callbacks.append(lambda phase, _: seen.append(phase))
    try:
        doc = read_yaml(text, "f")
    finally:
        gc.callbacks.pop()
    assert len(doc.data["a"]) == 20000
    # 100,000 objects built and no collection walked them: the one that may run is the
    # youngest generation's, as the collector comes back on (hundreds without the pause)
    assert seen.count("start") <= 1
    assert gc.isenabled()
