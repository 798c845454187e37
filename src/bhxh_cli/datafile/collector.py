"""The cycle collector paused while a data file's objects are built or walked.

Reading and checking a file make hundreds of thousands of objects and no reference cycles; each
full collection meanwhile would walk every one of them again, which made the time grow faster
than the file (a tenth of a national file's validation). Pauses nest: the collector runs again
only when the outermost pause ends, and only if it was running when that pause began.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cycle collector off, then as it was."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
