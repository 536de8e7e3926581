"""One very large article against ordinary news: time, per-word speed and peak memory.

    python benchmarks/big_article.py [--mb 1] [--runs 3] [FOLDER]

Makes an article of about ``--mb`` megabytes out of the news articles of FOLDER
(PolNeAR dev by default): their paragraphs one after another, with the numbers of
each pass changed so no two passes are the same text, many quotation marks and
many people, as a big transcript or a live blog would have. ``--paragraph-chars
9000`` joins them into long lines, so that nearly every line holds a quote and is
parsed (the reader splits lines over 10,000 characters at sentence ends). It is written to a
temporary file and read with ``read_article`` as the plugin reads it (paragraphs over
10,000 characters split at sentence ends).

Contestants, each a whole fresh process, alternated, median of ``--runs``:

- big:  ``QuoteEngine().extract(big article)``
- news: ``QuoteEngine().extract_many(FOLDER's articles)``, the ordinary-news speed.

Prints wall and CPU seconds, words per CPU second and the peak RSS of each, and the
big/news per-word cost ratio (issue 16 wants <= 2) and peak (issue 16 wants <= 600 MB
at 5 MB). Never a test: times depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import SHARED_EVAL, Run, code_line, machine_line, median_run, run_child

DEFAULT_FOLDER = SHARED_EVAL / "polnear-dev" / "articles"


def make_big_article(folder: Path, megabytes: float, paragraph_chars: int = 0) -> str:
    """News paragraphs, pass after pass, each pass's numbers shifted, to ``megabytes``;
    with ``paragraph_chars``, consecutive paragraphs joined into lines of about that
    many characters (a transcript or a feed with few line breaks: every line quoted)."""
    from mkdocs_quotes.reader.sources import ArticleError, read_article

    bodies = []
    for path in sorted(folder.iterdir()):
        try:
            bodies.append(read_article(path).text)
        except ArticleError:
            continue
    wanted = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    number = 0
    while size < wanted:
        for body in bodies:
            number += 1
            shifted = re.sub(r"\d+", lambda m, n=number: str(int(m.group()) + n), body)
            parts.append(shifted)
            size += len(shifted.encode("utf-8")) + 2
            if size >= wanted:
                break
    if not paragraph_chars:
        return "\n\n".join(parts)
    lines, line = [], ""
    for paragraph in "\n".join(parts).splitlines():
        line = f"{line} {paragraph.strip()}".strip()
        if len(line) >= paragraph_chars:
            lines.append(line)
            line = ""
    return "\n\n".join([*lines, line])


def child(contestant: str, path: Path, folder: Path) -> None:
    """Runs in the measured process."""
    from mkdocs_quotes.engine.quote_engine import QuoteEngine
    from mkdocs_quotes.reader.sources import read_article

    started = time.perf_counter()
    engine = QuoteEngine()
    engine.load()
    loaded = time.perf_counter()
    loaded_cpu = time.process_time()
    if contestant == "big":
        texts = [read_article(path, max_bytes=100_000_000).text]
        results = [engine.extract(texts[0])]
    else:
        texts = [read_article(p).text for p in sorted(folder.iterdir())]
        results = list(engine.extract_many(texts))
    done = time.perf_counter()
    print(
        json.dumps(
            {
                "load_s": round(loaded - started, 3),
                "work_s": round(done - loaded, 3),
                # CPU seconds of the work alone: on a loaded machine, wall time says
                # more about the neighbours than about the engine.
                "work_cpu_s": round(time.process_time() - loaded_cpu, 3),
                "words": sum(len(t.split()) for t in texts),
                "quotes": sum(len(r.quotes) for r in results),
            }
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=DEFAULT_FOLDER)
    parser.add_argument("--mb", type=float, default=1.0, help="size of the big article")
    parser.add_argument(
        "--paragraph-chars",
        type=int,
        default=0,
        help="join paragraphs into lines of about this many characters (0: as written)",
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per contestant (median)")
    parser.add_argument("--only-big", action="store_true", help="skip the news contestant")
    parser.add_argument("--child", choices=("big", "news"), help=argparse.SUPPRESS)
    parser.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.path, args.folder)
        return 0
    print(f"# big-article benchmark — {machine_line()}")
    print(f"# {code_line()}")
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "big.txt"
        path.write_text(
            make_big_article(args.folder, args.mb, args.paragraph_chars), encoding="utf-8"
        )
        size = path.stat().st_size
        print(f"# big article: {size / 1e6:.2f} MB; news: {args.folder}")
        contestants = ["big"] if args.only_big else ["big", "news"]
        runs: dict[str, list[Run]] = {name: [] for name in contestants}
        details: dict[str, dict[str, float]] = {}
        for i in range(args.runs):
            order = contestants if i % 2 == 0 else contestants[::-1]
            for name in order:
                argv_ = [sys.executable, __file__, str(args.folder), "--child", name]
                run = run_child([*argv_, "--path", str(path)])
                runs[name].append(run)
                details[name] = json.loads(run.stdout.strip().splitlines()[-1])
                print(
                    f"  run {i + 1} {name:4} {run.seconds:7.2f} s (cpu {run.cpu_seconds:7.2f} s,"
                    f" work {details[name]['work_s']:.2f} s) peak {run.tree_peak_mb:5.0f} MB,"
                    f" {details[name]['quotes']} quotes",
                    flush=True,
                )
    print()
    print("| contestant | words | wall s | CPU s | words/s (work) | words/CPU s (work) | peak MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    speed: dict[str, float] = {}
    cpu_speed: dict[str, float] = {}
    for name, found in runs.items():
        run = median_run(found)
        shown = [json.loads(r.stdout.strip().splitlines()[-1]) for r in found]
        words = details[name]["words"]
        speed[name] = words / statistics.median(d["work_s"] for d in shown)
        cpu_speed[name] = words / statistics.median(d["work_cpu_s"] for d in shown)
        print(
            f"| {name} | {words:,.0f} | {run.seconds:.2f} | {run.cpu_seconds:.2f} | "
            f"{speed[name]:,.0f} | {cpu_speed[name]:,.0f} | {run.tree_peak_mb:.0f} |"
        )
    if "news" in speed:
        wall = speed["news"] / speed["big"]
        cpu = cpu_speed["news"] / cpu_speed["big"]
        print(f"\nper-word cost, big/news: wall {wall:.2f}, CPU {cpu:.2f} (target <= 2)")
    print(f"# load average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
