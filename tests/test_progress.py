"""Progress lines: none for quick work, one per interval for long work, never past the end."""

from __future__ import annotations

import logging

import pytest

from mkdocs_quotes.site.progress import with_progress


class FakeClock:
    def __init__(self, step: float) -> None:
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def test_quick_work_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    log = logging.getLogger("test.progress")
    with caplog.at_level(logging.INFO, logger="test.progress"):
        assert list(with_progress(range(5), 5, log, clock=FakeClock(0.01))) == list(range(5))
    assert caplog.records == []


def test_long_work_logs_rate_and_time_left(caplog: pytest.LogCaptureFixture) -> None:
    log = logging.getLogger("test.progress")
    with caplog.at_level(logging.INFO, logger="test.progress"):
        items = list(with_progress(range(100), 100, log, every_seconds=10, clock=FakeClock(1.0)))
    assert items == list(range(100))
    lines = [r.getMessage() for r in caplog.records]
    # one line per ten seconds of a hundred-second job, none at the very end
    assert 8 <= len(lines) <= 10
    assert lines[0].startswith("10/100 articles parsed (1.0/s, about 90 s left)")
