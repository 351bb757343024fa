"""Pausing the cyclic garbage collector while a report's objects are made.

A parse makes thousands of small objects that all live on in the report and hold no
cycles.  Every survivor counts toward the collector's next run, and the runs that look at
every object alive grow with the heap: on a 10 MB report they took a fifth of the time
and made the time grow faster than the text.  Reference counting still frees whatever the
parse lets go of; the collector runs as usual once no parse is under way.
"""

from __future__ import annotations

import gc
import threading
from types import TracebackType

__all__ = ["collection_paused"]

_lock = threading.Lock()
_active = 0  # blocks under way, in any thread
_resume = False  # whether collection was enabled when the first of them began


class _Pause:
    """The one pause every block shares.

    A class, not a generator: every parse enters it, and contextlib's generator machinery
    cost more than the pause itself.
    """

    __slots__ = ()

    def __enter__(self) -> None:
        global _active, _resume  # noqa: PLW0603 - one pause for the whole process
        with _lock:
            if _active == 0:
                _resume = gc.isenabled()
                gc.disable()
            _active += 1

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        global _active  # noqa: PLW0603 - one pause for the whole process
        with _lock:
            _active -= 1
            if _active == 0 and _resume:
                gc.enable()


_PAUSE = _Pause()


def collection_paused() -> _Pause:
    """Pause automatic collection in the block; nested and concurrent blocks share a pause.

    Collection resumes when the last block ends, and only if it was enabled when the
    first began: a program that turned it off keeps it off.

    Example:
        >>> with collection_paused():
        ...     gc.isenabled()
        False

    """
    return _PAUSE
