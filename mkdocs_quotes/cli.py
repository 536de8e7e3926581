"""``mkdocs-quotes extract FILE...`` and ``mkdocs-quotes review ARTICLES...``: the engine in a
terminal, reading articles as the plugin does and sharing its cache."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from .engine.domain import ArticleQuotes, Quote
from .engine.parallel import usable_cpus
from .engine.quote_engine import DEFAULT_MODEL, ModelNotInstalledError, QuoteEngine
from .reader.article import Article
from .reader.slugs import unique_slugs
from .reader.sources import ArticleError, read_article, read_articles
from .site.cache import QuoteCache, cache_file, cache_key
from .site.corpus import Corpus, build_corpus, quotes_with_ids
from .site.corrected import corrections_applied
from .site.exports import article_fields, to_csv
from .site.review import review_queue
from .site.review_text import review_table, yaml_skeleton

DEFAULT_CACHE = Path(".cache/mkdocs-quotes/quotes.sqlite")
CSV_FIELDS = (
    "article", "id", "text", "start", "end", "speaker", "speaker_kind", "speaker_role",
    "speaker_mention", "cue", "partial", "utterance", "paragraph", "rule", "confidence",
    "article_title", "date", "outlet", "source_url",
)  # fmt: skip
"""The columns of ``--format csv``: the keys of `quote_record`, in its order."""


def quote_record(article: Article, quote: Quote, quote_id: str) -> dict[str, object]:
    """One JSONL or CSV row: the fields ``--format jsonl`` promises, plus role, mention
    and the article's title, date, outlet and address as the site's data files give them.

    ``quote_id`` is the site's (``quotes_with_ids``): a quote whose words repeat in
    the article has a ``-2`` there, and the corrections file needs the site's id.
    """
    speaker = quote.speaker
    return {
        "article": Path(article.path).name,
        "id": quote_id,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "speaker": speaker.name,
        "speaker_kind": speaker.kind,
        "speaker_role": speaker.role,
        "speaker_mention": speaker.mention.text if speaker.mention else None,
        "cue": quote.cue,
        "partial": quote.partial,
        "utterance": f"{article.slug}:{quote.utterance}",
        "paragraph": quote.paragraph,
        "rule": quote.rule,
        "confidence": quote.confidence,
        **article_fields(article),
    }


def _write_table(article: Article, found: ArticleQuotes, out: TextIO) -> None:
    out.write(f"\n{article.path} — {article.title} ({len(found.quotes)} quotes)\n")
    for quote in found.quotes:
        text = quote.text if len(quote.text) <= 70 else quote.text[:67] + "..."
        marker = "~" if quote.partial else " "
        speaker = f"{quote.speaker.name} [{quote.speaker.kind}]"
        out.write(f"  {marker} {speaker:<38} {quote.cue or '':<20} “{text}”\n")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mkdocs-quotes", description="Find who said what in news articles."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="print the quotes and speakers of articles")
    extract.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help=".txt, .md or .html articles"
    )
    extract.add_argument(
        "--format",
        choices=("jsonl", "csv", "table"),
        default="table",
        help="csv: one header row, then a row per quote, with the JSONL fields as columns",
    )
    _engine_options(extract)
    extract.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="extract on the Dask cluster at ADDRESS (tcp://host:8786) into the cache; "
        "needs pip install 'mkdocs-quotes[dask]'",
    )
    review = commands.add_parser(
        "review",
        help="list what deserves an editor's look, most doubtful first",
        description="List the attributions, unattributed quotes and speaker names that "
        "deserve an editor's look, most doubtful first; --format yaml prints a "
        "quotes.yml skeleton to edit.",
    )
    review.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="ARTICLES",
        help="article files (.txt, .md, .html) or folders of them",
    )
    review.add_argument("--format", choices=("table", "yaml"), default="table")
    review.add_argument(
        "--medium",
        action="store_true",
        help="also list medium-confidence attributions (right about 4 times in 5)",
    )
    review.add_argument(
        "--corrections",
        type=Path,
        metavar="FILE",
        help="the editors' corrections file (a site's quotes.yml), applied first so that "
        "what it settled is not listed again",
    )
    _engine_options(review)
    return parser


def _engine_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--model", default=DEFAULT_MODEL, help="an installed spaCy pipeline name or path"
    )
    command.add_argument(
        "--no-cache",
        action="store_true",
        help="parse every file, neither reading nor writing the cache",
    )
    command.add_argument(
        "--cache",
        type=Path,
        default=DEFAULT_CACHE,
        help=f"SQLite cache file, or a site's cache_dir folder (default {DEFAULT_CACHE})",
    )
    command.add_argument(
        "--jobs", type=int, default=1, help="worker processes, each extracting whole articles"
    )


def _cached(
    path: Path, texts: list[str], engine: QuoteEngine, n_process: int
) -> list[ArticleQuotes | EngineFailure]:
    """Results from the cache where present; never prunes, the cache may serve a site
    too. A failure (``_extracted``) is not cached: the next run tries again."""
    cache = QuoteCache(cache_file(path))
    try:
        keys = [cache_key(text, engine.fingerprint) for text in texts]
        found: dict[str, ArticleQuotes | EngineFailure] = dict(cache.get_many(keys))
        missing = {key: text for key, text in zip(keys, texts, strict=True) if key not in found}
        parsed = dict(
            zip(missing, _extracted(engine, list(missing.values()), n_process), strict=True)
        )
        cache.put_many({k: r for k, r in parsed.items() if isinstance(r, ArticleQuotes)})
        found.update(parsed)
        return [found[key] for key in keys]
    finally:
        cache.close()


@dataclass(frozen=True)
class EngineFailure:
    """The engine raised on an article: what it said, in one line."""

    reason: str


def _extracted(
    engine: QuoteEngine, texts: list[str], n_process: int
) -> list[ArticleQuotes | EngineFailure]:
    """The engine's results; if it trips on an article, every article again one at a
    time, that one an ``EngineFailure``: one bad article must not cost the others."""
    try:
        return list(engine.extract_many(texts, n_process=n_process))
    except Exception:
        return [_extracted_alone(engine, text) for text in texts]


def _extracted_alone(engine: QuoteEngine, text: str) -> ArticleQuotes | EngineFailure:
    try:
        return engine.extract(text)
    except Exception as exc:  # a bug of ours, said in one line; the run goes on
        first_line = (str(exc).splitlines() or [""])[0][:200]
        return EngineFailure(f"{type(exc).__name__}: {first_line}".rstrip(": "))


def _on_cluster(scheduler: str, cache: Path, texts: list[str], model: str) -> int:
    """Extract the texts the cache lacks on a Dask cluster; 1 if any batch failed."""
    try:
        from .distributed import extract_on_cluster
    except ImportError:
        print(
            "mkdocs-quotes: --scheduler needs Dask: pip install 'mkdocs-quotes[dask]'",
            file=sys.stderr,
        )
        return 2
    report = extract_on_cluster(texts, scheduler, cache, model=model)
    rate = report.extracted / report.seconds if report.seconds else 0.0
    print(
        f"mkdocs-quotes: {report.articles} articles: {report.cached} cached, "
        f"{report.extracted} extracted on {scheduler} in {report.seconds:.1f} s "
        f"({rate:.1f} articles/s), {report.failed} failed",
        file=sys.stderr,
    )
    local = QuoteEngine(model).fingerprint
    if report.fingerprints and local not in report.fingerprints:
        print(
            f"mkdocs-quotes: the workers run {', '.join(report.fingerprints)}, not {local}:"
            " a build here won't read their results; install the same versions",
            file=sys.stderr,
        )
    return 1 if report.failed else 0


def _corrected(corpus: Corpus, option: Path | None, inputs: Sequence[Path]) -> tuple[Corpus, int]:
    """The corpus with the corrections file applied, as a build would apply it, each
    problem said on stderr; 1 if there was any, 2 if the named file is missing."""
    path = option
    if path is None:
        return corpus, 0
    if not path.is_file():
        print(f"mkdocs-quotes: {path}: no such corrections file", file=sys.stderr)
        return corpus, 2
    # Articles are named in the file by their path under the articles folder: the
    # one folder given, or else the current folder.
    folders = [p for p in inputs if p.is_dir()]
    articles_dir = folders[0] if len(folders) == 1 else Path.cwd()
    corpus, problems = corrections_applied(corpus, path, str(path), articles_dir)
    for problem in problems:
        print(f"mkdocs-quotes: {problem.message}", file=sys.stderr)
    return corpus, 1 if problems else 0


def _read_inputs(paths: Sequence[Path], *, folders: bool) -> tuple[list[Article], int]:
    """The articles of ``paths`` (files, and with ``folders`` folders of them); 1 if any
    could not be read, each said on stderr."""
    articles: list[Article] = []
    status = 0
    for path in paths:
        try:
            if folders and path.is_dir():
                found, errors = read_articles(path)
                articles.extend(found)
                for error in errors:
                    print(f"mkdocs-quotes: {error}", file=sys.stderr)
                    status = 1
            else:
                articles.append(read_article(path))
        except (ArticleError, OSError) as exc:
            print(f"mkdocs-quotes: {exc}", file=sys.stderr)
            status = 1
    return articles, status


def _unique_slugs(articles: list[Article]) -> list[Article]:
    """Two files of one stem, from two folders, would share a slug: the corpus needs one
    each (``a``, ``a-2``, in the order given)."""
    slugs = unique_slugs([article.slug for article in articles])
    return [replace(a, slug=s) for a, s in zip(articles, slugs, strict=True)]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns 0, 1 if a file could not be read or extracted, 2 on a usage
    or model error."""
    args = _parser().parse_args(argv)
    articles, status = _read_inputs(args.files, folders=args.command == "review")
    try:
        engine = QuoteEngine(args.model)
    except ModelNotInstalledError as exc:
        print(f"mkdocs-quotes: {exc}", file=sys.stderr)
        return 2
    texts = [article.text for article in articles]
    n_process = max(1, min(args.jobs, usable_cpus()))
    if getattr(args, "scheduler", None):
        if args.no_cache:
            print("mkdocs-quotes: --scheduler writes the cache; drop --no-cache", file=sys.stderr)
            return 2
        status = max(status, _on_cluster(args.scheduler, args.cache, texts, args.model))
    if args.no_cache:
        outcomes = _extracted(engine, texts, n_process)
    else:
        outcomes = _cached(args.cache, texts, engine, n_process)
    kept: list[Article] = []
    results: list[ArticleQuotes] = []
    for article, outcome in zip(articles, outcomes, strict=True):
        if isinstance(outcome, EngineFailure):
            print(f"mkdocs-quotes: {article.path}: skipped: {outcome.reason}", file=sys.stderr)
            status = max(status, 1)
        else:
            kept.append(article)
            results.append(outcome)
    articles = kept
    out = sys.stdout
    if args.command == "review":
        corpus = build_corpus(list(zip(_unique_slugs(articles), results, strict=True)))
        corpus, problems = _corrected(corpus, args.corrections, args.files)
        status = max(status, problems)
        entries = review_queue(corpus, include_medium=args.medium)
        if args.format == "yaml":
            out.write(yaml_skeleton(corpus, entries))
        else:
            out.write(review_table(corpus, entries))
        return status
    if args.format == "csv":
        records = [
            quote_record(article, quote, id_)
            for article, found in zip(articles, results, strict=True)
            for quote, id_ in quotes_with_ids(article.slug, found)
        ]
        out.write(to_csv(records, CSV_FIELDS))
        return status
    for article, found in zip(articles, results, strict=True):
        if args.format == "jsonl":
            for quote, id_ in quotes_with_ids(article.slug, found):
                record = quote_record(article, quote, id_)
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            _write_table(article, found, out)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
