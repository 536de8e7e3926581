"""Progress of a long extraction in the log: done/total, rate and time left.

A cold build of a large archive parses for minutes; a line every few seconds says
it is alive and when it will finish, without flooding the log of a small build.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def with_progress(
    items: Iterable[T],
    total: int,
    log: logging.Logger | logging.LoggerAdapter[logging.Logger],
    *,
    what: str = "articles parsed",
    every_seconds: float = 10.0,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[T]:
    """Yield ``items`` unchanged, logging at INFO at most once per ``every_seconds``.

    Nothing is logged for work that finishes before the first interval, so small
    builds stay quiet.
    """
    started = last = clock()
    for done, item in enumerate(items, start=1):
        yield item
        now = clock()
        if now - last >= every_seconds and done < total:
            last = now
            rate = done / (now - started)
            left = (total - done) / rate if rate else 0.0
            log.info(f"{done}/{total} {what} ({rate:.1f}/s, about {_duration(left)} left)")


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
