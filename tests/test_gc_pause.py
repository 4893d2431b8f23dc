"""The cycle collector during and after an analysis (``pipeline.without_gc_passes``)."""

from __future__ import annotations

import gc

from zh_learn.analysis.pipeline import without_gc_passes


def test_collector_paused_inside_and_resumed_after() -> None:
    assert gc.isenabled()
    with without_gc_passes():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_objects_made_inside_are_out_of_the_collectors_passes() -> None:
    # what the analysis made is frozen: the collector's passes after it never walk it
    before = gc.get_freeze_count()
    with without_gc_passes():
        made = [[n] for n in range(1000)]
    assert gc.get_freeze_count() >= before + len(made)
    young = {id(obj) for obj in gc.get_objects(0)}
    assert not any(id(row) in young for row in made)


def test_collector_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with without_gc_passes():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
