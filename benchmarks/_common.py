"""What the benchmark scripts share: run a whole child process, time it, watch its memory.

Every figure comes from a fresh `python` process so that model loading, imports
and memory are counted per run, as a user running `mkdocs build` pays them.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# ../shared beside the clone; a worktree elsewhere names it (MKDOCS_QUOTES_EVAL=/work/shared/eval).
SHARED_EVAL = Path(os.environ.get("MKDOCS_QUOTES_EVAL", REPO.parent / "shared" / "eval"))
# Sampling the process tree more often than this costs a core that the run needs.
SAMPLE_SECONDS = 0.05
_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True)
class Run:
    """One child process: wall time, memory, and what it printed."""

    seconds: float
    cpu_seconds: float
    """User plus system time of the child and its workers: steadier than wall time
    on a busy machine, but blind to parallel speedups."""
    max_rss_mb: float
    """Largest single process (the child, or one of its workers), from `wait4`."""
    tree_peak_mb: float
    """Largest sum over the child and all its descendants at one time (sampled)."""
    stdout: str


def run_child(
    argv: Sequence[str], *, env: Mapping[str, str] | None = None, cwd: Path | None = None
) -> Run:
    """Run `argv`, timing the whole process with `perf_counter`; fail loudly on error.

    `wait4` gives this child's own peak RSS (including the workers it waited for),
    unlike `getrusage(RUSAGE_CHILDREN)`, which keeps the peak of every child so far.
    """
    child_env = dict(os.environ if env is None else env)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(argv, stdout=out, stderr=err, env=child_env, cwd=cwd)
        sampler = _TreeSampler(process.pid)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        sampler.stop()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if process.returncode != 0:
        sys.stderr.write(stderr[-4000:])
        raise SystemExit(f"benchmark child failed ({process.returncode}): {' '.join(argv)}")
    max_rss_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    cpu_seconds = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu_seconds, max_rss_mb, max(sampler.peak_mb, max_rss_mb), stdout)


class _TreeSampler(threading.Thread):
    """Polls /proc for the RSS of a process and its descendants; keeps the peak of the sum."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_mb = 0.0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(SAMPLE_SECONDS):
            total = sum(_rss_bytes(pid) for pid in _descendants(self.pid))
            self.peak_mb = max(self.peak_mb, total / 2**20)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _descendants(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(child) for child in handle.read().split())
        except OSError:  # gone already, or no /proc (not Linux): count what we saw
            continue
    return found


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * _PAGE_BYTES
    except (OSError, IndexError, ValueError):
        return 0


def median_run(runs: Sequence[Run]) -> Run:
    """The run of median time (the upper one of an even count); memory is the largest seen."""
    ordered = sorted(runs, key=lambda run: run.seconds)
    middle = ordered[len(ordered) // 2]
    return Run(
        seconds=statistics.median(run.seconds for run in runs),
        cpu_seconds=statistics.median(run.cpu_seconds for run in runs),
        max_rss_mb=max(run.max_rss_mb for run in runs),
        tree_peak_mb=max(run.tree_peak_mb for run in runs),
        stdout=middle.stdout,
    )


def machine_line() -> str:
    """One line saying where the figures come from: they only compare on one machine."""
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores ({cpu}), "
        f"Python {sys.version.split()[0]}, load average before: {load}"
    )


def code_line() -> str:
    """Which mkdocs_quotes is measured: figures belong to a commit, not to a working tree.

    To measure a commit while others edit the tree, run with
    ``PYTHONPATH=<folder holding an exported mkdocs_quotes>`` (``git archive``).
    """
    spec = importlib.util.find_spec("mkdocs_quotes")
    origin = Path(spec.origin).parent if spec and spec.origin else None
    if origin is None:
        return "mkdocs_quotes not importable"
    line = f"mkdocs_quotes from {origin}"
    if origin.parent == REPO:
        head = _git("rev-parse", "--short", "HEAD")
        dirty = _git("status", "--porcelain", "--", "mkdocs_quotes")
        line += f" at {head}" + (" with uncommitted changes" if dirty else "")
    return line


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True)
    except OSError:
        return "?"
    return done.stdout.strip()


def parse_ints(text: str) -> list[int]:
    """'100,300,1000' -> [100, 300, 1000] (argparse type)."""
    return [int(part) for part in text.split(",") if part.strip()]
