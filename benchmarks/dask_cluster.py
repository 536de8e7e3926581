"""Extraction throughput on a real Dask cluster: 1 worker against 2, alternated.

    python benchmarks/dask_cluster.py [FOLDER] [--articles 240] [--runs 3] [--port 8786]

Starts `dask scheduler` and `dask worker` as separate processes on this machine (the
commands docs/scale.md shows for other machines), then, per run, a fresh cache and
`mkdocs-quotes extract --scheduler tcp://127.0.0.1:PORT --cache DIR FILES…`, whose
summary line gives the articles per second from the first batch sent to the last
stored (the workers' model load excluded: the worker plugin loads it when the client
registers it). Worker A lives for the whole script; for the 2-worker runs worker B
is started, waited for and stopped. Median of --runs each and the 2/1 speedup; on a
machine shared with others, only the ratio of runs taken back to back means much.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import SHARED_EVAL, code_line, machine_line

DEFAULT_FOLDER = SHARED_EVAL / "polnear-train" / "articles"
_SUMMARY = re.compile(r"(\d+) extracted on \S+ in ([\d.]+) s \(([\d.]+) articles/s\)")


def _worker(address: str, name: str) -> subprocess.Popen[bytes]:
    argv = ["dask", "worker", address, "--nworkers", "1", "--nthreads", "1"]
    argv += ["--name", name, "--no-dashboard"]
    return subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _wait_for_workers(address: str, count: int) -> None:
    from distributed import Client

    with Client(address) as client:  # type: ignore[no-untyped-call]
        client.wait_for_workers(count, timeout=300)
        while len(client.scheduler_info()["workers"]) != count:  # a stopped one leaving
            time.sleep(0.5)


def _extract(address: str, files: list[str]) -> tuple[int, float, float]:
    with tempfile.TemporaryDirectory() as cache:
        argv = [sys.executable, "-m", "mkdocs_quotes.cli", "extract", "--scheduler", address]
        done = subprocess.run(
            [*argv, "--cache", cache, "--format", "jsonl", *files],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=False,  # 1: a file could not be read, said on stderr; the rest counts
        )
    found = _SUMMARY.search(done.stderr)
    if found is None or done.returncode not in (0, 1):
        raise SystemExit(f"extract failed ({done.returncode}): {done.stderr[-2000:]}")
    for line in done.stderr.splitlines():
        if not _SUMMARY.search(line):
            print(f"  extract: {line}")
    return int(found.group(1)), float(found.group(2)), float(found.group(3))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=DEFAULT_FOLDER)
    parser.add_argument("--articles", type=int, default=240)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=8786)
    args = parser.parse_args(argv)
    files = sorted(str(p) for p in args.folder.iterdir() if p.suffix == ".txt")[: args.articles]
    address = f"tcp://127.0.0.1:{args.port}"
    print(f"# dask cluster benchmark — {machine_line()}")
    print(f"# {code_line()}")
    print(f"# {len(files)} articles from {args.folder}; scheduler {address}")
    scheduler = subprocess.Popen(
        ["dask", "scheduler", "--host", "127.0.0.1", "--port", str(args.port), "--no-dashboard"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    first = _worker(address, "a")
    rates: dict[int, list[float]] = {1: [], 2: []}
    try:
        for i in range(args.runs):
            for workers in (1, 2) if i % 2 == 0 else (2, 1):
                second = _worker(address, "b") if workers == 2 else None
                _wait_for_workers(address, workers)
                count, seconds, rate = _extract(address, files)
                rates[workers].append(rate)
                print(
                    f"  run {i + 1}, {workers} worker(s): {count} articles in {seconds:.1f} s,"
                    f" {rate:.2f} articles/s",
                    flush=True,
                )
                if second is not None:
                    second.terminate()
                    second.wait()
    finally:
        first.terminate()
        first.wait()
        scheduler.terminate()
        scheduler.wait()
    print()
    print("| workers | articles/s (min / median / max) | per worker |")
    print("| ---: | ---: | ---: |")
    for workers, found in rates.items():
        middle = statistics.median(found)
        print(
            f"| {workers} | {min(found):.2f} / {middle:.2f} / {max(found):.2f} |"
            f" {middle / workers:.2f} |"
        )
    speedups = sorted(two / one for one, two in zip(rates[1], rates[2], strict=True))
    print(
        f"\n2 workers / 1 worker, per round: min {speedups[0]:.2f}, "
        f"median {statistics.median(speedups):.2f}, max {speedups[-1]:.2f}"
    )
    print(f"# load average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
