"""Articles in, corpus out: read the folder, take what the cache holds, parse the rest.

A file that can't be read is one warning; an article the engine trips on is one
warning and is not cached, so the next build tries it again. Neither sinks the site.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from ..engine.domain import ArticleQuotes
from ..engine.parallel import usable_cpus
from ..engine.quote_engine import ModelNotInstalledError, QuoteEngine
from ..reader.article import Article
from ..reader.sources import ArticleError, ArticleTooLargeError, read_articles
from .cache import QuoteCache, cached_extract
from .config import QuotesConfig
from .corpus import Corpus, build_corpus
from .progress import with_progress

log = get_plugin_logger(__name__)

# Forked workers start in milliseconds, but each needs a few chunks of articles
# (parallel.CHUNK_ARTICLES) before it pays for itself.
PARALLEL_MIN_ARTICLES = 24


def read_corpus(
    options: QuotesConfig,
    articles_dir: Path,
    engine: QuoteEngine,
    cache: QuoteCache,
    config: MkDocsConfig,
) -> tuple[Corpus, int]:
    """Read every article (a bad file is one warning), parse only what the cache lacks.

    Returns the corpus and how many articles went to the engine (the rest came
    from the cache).
    """
    shown_from = _shown_from(config)
    try:
        articles, errors = read_articles(
            articles_dir,
            extra_boilerplate=options.boilerplate,
            max_bytes=options.max_article_bytes,
        )
    except ArticleError as exc:  # the folder vanished after on_config (serve)
        raise PluginError(f"quotes: option 'articles_dir': {exc}") from exc
    for error in errors:  # one line each, the file relative to the project
        fix = "; raise max_article_bytes to include it"
        hint = fix if isinstance(error, ArticleTooLargeError) else ""
        log.warning(f"Skipped {_shown(error.path, shown_from)}: {error.reason}{hint}")
    for article in articles:
        for notice in article.notices:  # read fine, but worth knowing ("decoded as cp1252")
            log.info(f"{_shown(article.path, shown_from)}: {notice}")
        for problem in article.warnings:  # kept, but something in it was not usable
            log.warning(f"{_shown(article.path, shown_from)}: {problem}")
    texts = [article.text for article in articles]
    extraction = _Extraction(engine, jobs=options.jobs)
    results, parsed = cached_extract(cache, texts, engine.fingerprint, extraction.extract)
    log.info(f"{len(articles)} articles, {parsed} parsed, the rest cached")
    extracted: list[tuple[Article, ArticleQuotes]] = []
    for article, result in zip(articles, results, strict=True):
        if result is None:
            reason = extraction.failures.get(article.text, "unknown error")
            log.warning(
                f"Skipped {_shown(article.path, shown_from)}: the quote engine failed on it"
                f" ({reason}); please report this with the file"
            )
            continue
        extracted.append((article, _without_short_quotes(result, options.min_quote_words)))
    return build_corpus(extracted), parsed


class _Extraction:
    """The engine over the texts the cache lacks, falling back to one text at a time."""

    def __init__(self, engine: QuoteEngine, *, jobs: int | None) -> None:
        self._engine = engine
        self._jobs = jobs
        """Worker processes for a large batch; None for one per usable CPU."""
        self.failures: dict[str, str] = {}
        """Article text -> why the engine failed on it."""

    def extract(self, texts: list[str]) -> list[ArticleQuotes | None]:
        """The engine's results; None for an article it fails on, which is not cached."""
        if not texts:
            return []
        try:
            self._engine.load()  # only now: a build whose articles are all cached never needs it
        except ModelNotInstalledError as exc:
            raise PluginError(f"quotes: option 'model': {exc}") from exc
        jobs = self._jobs or usable_cpus()
        n_process = jobs if len(texts) >= PARALLEL_MIN_ARTICLES else 1
        try:
            results = self._engine.extract_many(texts, n_process=n_process)
            return list(with_progress(results, len(texts), log))
        except Exception:  # one article the engine trips on must not sink the site
            return [self._extract_one(text) for text in texts]

    def _extract_one(self, text: str) -> ArticleQuotes | None:
        try:
            return self._engine.extract(text)
        except Exception as exc:  # see extract
            first_line = (str(exc).splitlines() or [""])[0][:200]
            self.failures[text] = f"{type(exc).__name__}: {first_line}".rstrip(": ")
            return None


def _shown_from(config: MkDocsConfig) -> tuple[Path, ...]:
    """Folders that file names in messages are shown relative to: docs_dir, mkdocs.yml's."""
    config_dir = Path(config.config_file_path or ".").resolve().parent
    return (Path(config.docs_dir).resolve(), config_dir)


def _shown(path: str, folders: tuple[Path, ...]) -> str:
    """A file as the user knows it: relative to docs_dir, else to mkdocs.yml's folder."""
    for folder in folders:
        if Path(path).is_relative_to(folder):
            return Path(path).relative_to(folder).as_posix()
    return path


def _without_short_quotes(result: ArticleQuotes, min_words: int) -> ArticleQuotes:
    """The cache keeps every quote, so changing `min_quote_words` needs no re-parse."""
    if min_words <= 1:
        return result
    kept = tuple(q for q in result.quotes if len(q.text.split()) >= min_words)
    return replace(result, quotes=kept)
