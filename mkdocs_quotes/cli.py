"""``mkdocs-quotes extract FILE...``: the engine in a terminal, reading articles as the plugin."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .engine.domain import ArticleQuotes, Quote
from .engine.parallel import usable_cpus
from .engine.quote_engine import DEFAULT_MODEL, ModelNotInstalledError, QuoteEngine
from .reader.article import Article
from .reader.sources import ArticleError, read_article
from .site.cache import QuoteCache, cache_key
from .site.corpus import quotes_with_ids

DEFAULT_CACHE = Path(".cache/mkdocs-quotes/quotes.sqlite")


def quote_record(article: Article, quote: Quote, quote_id: str) -> dict[str, object]:
    """One JSONL row: the fields ``--format jsonl`` promises, plus role and mention.

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
    extract.add_argument("--format", choices=("jsonl", "table"), default="table")
    extract.add_argument(
        "--model", default=DEFAULT_MODEL, help="an installed spaCy pipeline name or path"
    )
    extract.add_argument(
        "--no-cache",
        action="store_true",
        help="parse every file, neither reading nor writing the cache",
    )
    extract.add_argument(
        "--cache",
        type=Path,
        default=DEFAULT_CACHE,
        help=f"SQLite cache file (default {DEFAULT_CACHE})",
    )
    extract.add_argument(
        "--jobs", type=int, default=1, help="worker processes, each extracting whole articles"
    )
    return parser


def _cached(
    path: Path, texts: list[str], engine: QuoteEngine, n_process: int
) -> list[ArticleQuotes]:
    """Results from the cache where present; never prunes, the cache may serve a site too."""
    cache = QuoteCache(path)
    try:
        keys = [cache_key(text, engine.fingerprint) for text in texts]
        found = cache.get_many(keys)
        missing = {key: text for key, text in zip(keys, texts, strict=True) if key not in found}
        parsed = dict(
            zip(
                missing,
                engine.extract_many(list(missing.values()), n_process=n_process),
                strict=True,
            )
        )
        cache.put_many(parsed)
        found.update(parsed)
        return [found[key] for key in keys]
    finally:
        cache.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns 0, 1 if any file could not be read, 2 on a usage or model error."""
    args = _parser().parse_args(argv)
    articles: list[Article] = []
    status = 0
    for path in args.files:
        try:
            articles.append(read_article(path))
        except (ArticleError, OSError) as exc:
            print(f"mkdocs-quotes: {exc}", file=sys.stderr)
            status = 1
    try:
        engine = QuoteEngine(args.model)
    except ModelNotInstalledError as exc:
        print(f"mkdocs-quotes: {exc}", file=sys.stderr)
        return 2
    texts = [article.text for article in articles]
    n_process = max(1, min(args.jobs, usable_cpus()))
    if args.no_cache:
        results = list(engine.extract_many(texts, n_process=n_process))
    else:
        results = _cached(args.cache, texts, engine, n_process)
    out = sys.stdout
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
