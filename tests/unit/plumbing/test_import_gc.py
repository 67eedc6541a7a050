"""The collector pauses for the heavy imports and comes back as it was; what they made is frozen."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from pipelines.plumbing.import_gc import collector_paused


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    was_enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_off_inside_and_back_on_after() -> None:
    gc.enable()
    frozen = gc.get_freeze_count()
    with collector_paused():
        assert not gc.isenabled()
        made = [[i] for i in range(10_000)]  # what an import leaves behind
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(made)


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_an_import_that_fails_still_brings_the_collector_back() -> None:
    gc.enable()
    with pytest.raises(ImportError), collector_paused():
        import pipelines.no_such_module  # type: ignore[import-not-found]  # noqa: F401
    assert gc.isenabled()
