"""The `quotes` MkDocs plugin: wires MkDocs events to the reader, engine, cache and renderer.

Nothing here knows how quotes are found or pages are written; see DESIGN.md.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from mkdocs.config.base import ConfigErrors, ConfigWarnings
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel, file_sort_key
from mkdocs.utils import nest_paths

from .cache import CACHE_FILE_NAME, QuoteCache, cached_extract
from .config import CheckedPaths, QuotesConfig, check_options, unknown_option_errors
from .corpus import Corpus, build_corpus
from ..engine.quote_engine import ModelNotInstalledError, QuoteEngine
from ..reader.article import Article
from ..engine.domain import ArticleQuotes
from ..engine.parallel import usable_cpus
from .progress import with_progress
from .render import RenderError, RenderOptions, nav_entries, render_site
from ..reader.sources import ArticleError, ArticleTooLargeError, is_article_file, read_articles

log = get_plugin_logger(__name__)

STYLESHEET_URI = "assets/mkdocs-quotes.css"
# Forked workers start in milliseconds, but each needs a few chunks of articles
# (parallel.CHUNK_ARTICLES) before it pays for itself.
PARALLEL_MIN_ARTICLES = 24


class QuotesPlugin(BasePlugin[QuotesConfig]):  # type: ignore[no-untyped-call]
    """Turns a folder of articles into article, speaker and quote pages."""

    def __init__(self) -> None:
        # Kept for the life of the process (`mkdocs serve`, a pytest session): defining
        # `on_startup` makes MkDocs reuse this instance across config reloads.
        self._engines: dict[str, QuoteEngine] = {}
        self._cache: QuoteCache | None = None
        # Set by on_config for the build under way.
        self._engine: QuoteEngine
        self._paths: CheckedPaths
        self._render_options: RenderOptions
        self._shown_from: tuple[Path, ...] = ()
        """Folders that file names in messages are shown relative to: docs_dir, mkdocs.yml's."""
        self._engine_failures: dict[str, str] = {}
        """Article text -> why the engine failed on it, for the build under way."""
        self.parsed_last_build = 0
        """How many articles the last build sent to the engine (the rest came from the cache)."""

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        """Opt in to one instance per process: the model and the cache outlive rebuilds."""

    def load_config(
        self, options: dict[str, Any], config_file_path: str | None = None
    ) -> tuple[ConfigErrors, ConfigWarnings]:
        """MkDocs's checks, with an unknown option an error rather than a warning.

        A misspelt option (`max_article_byte`) would otherwise leave its default in
        force while the build goes on; the error names the option it resembles.
        """
        errors, warnings = super().load_config(options, config_file_path)
        unknown, kept = unknown_option_errors(options, self.config_scheme, warnings)
        return errors + unknown, kept

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Check every option before any work, find the model, watch, add the style.

        Raises `PluginError`, one line naming the option and the fix.
        """
        self.parsed_last_build = 0
        self._engine_failures = {}
        self._paths = check_options(self.config, config)
        config_dir = Path(config.config_file_path or ".").resolve().parent
        self._shown_from = (Path(config.docs_dir).resolve(), config_dir)
        self._open_cache(self._paths.cache_dir / CACHE_FILE_NAME)
        self._engine = self._load_engine(self.config.model)
        self._render_options = RenderOptions(
            articles_prefix=self.config.articles_prefix.strip("/"),
            speakers_prefix=self.config.speakers_prefix.strip("/"),
            quotes_prefix=self.config.quotes_prefix.strip("/"),
            quote_pages=self.config.quote_pages,
            speaker_page_size=self.config.speaker_page_size,
            templates_dir=self._paths.templates_dir,
            nav_title=self.config.nav_title,
            nav_article_limit=self.config.nav_article_limit,
        )
        if not self._paths.articles_dir.is_relative_to(Path(config.docs_dir).resolve()):
            config.watch.append(str(self._paths.articles_dir))
        if STYLESHEET_URI not in config.extra_css:
            config.extra_css.append(STYLESHEET_URI)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Swap the article files for the generated pages; add the stylesheet and nav section."""
        if not self.config.publish_sources:
            for file in list(files):
                if _is_article_source(file, self._paths.articles_dir):
                    files.remove(file)
        corpus = self._read_corpus()
        options = self._render_options
        try:
            pages = render_site(corpus, options)
        except RenderError as exc:  # a broken override template: one line, no traceback
            raise PluginError(f"quotes: {exc}") from exc
        self._add_nav_section(config, files, nav_entries(corpus, options))
        docs_dir = Path(config.docs_dir).resolve()
        for page in pages:
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, page.src_uri, content=page.markdown, inclusion=inclusion)
            if page.source_path:
                # The edit link is repo_url + edit_uri + this, and edit_uri points at
                # docs_dir: relative to it, climbing out for articles kept elsewhere.
                file.edit_uri = Path(os.path.relpath(page.source_path, docs_dir)).as_posix()
            _add(files, file)
        stylesheet = resources.files("mkdocs_quotes.site").joinpath("assets/quotes.css").read_bytes()
        _add(files, File.generated(config, STYLESHEET_URI, content=stylesheet))
        return files

    def on_shutdown(self) -> None:
        """Close the cache file; the process is ending."""
        if self._cache is not None:
            self._cache.close()
            self._cache = None

    def _read_corpus(self) -> Corpus:
        """Read every article (a bad file is one warning), parse only what the cache lacks."""
        try:
            articles, errors = read_articles(
                self._paths.articles_dir,
                extra_boilerplate=self.config.boilerplate,
                max_bytes=self.config.max_article_bytes,
            )
        except ArticleError as exc:  # the folder vanished after on_config (serve)
            raise PluginError(f"quotes: option 'articles_dir': {exc}") from exc
        for error in errors:  # one line each, the file relative to the project
            fix = "; raise max_article_bytes to include it"
            hint = fix if isinstance(error, ArticleTooLargeError) else ""
            log.warning(f"Skipped {self._shown(error.path)}: {error.reason}{hint}")
        for article in articles:
            for notice in article.notices:  # read fine, but worth knowing ("decoded as cp1252")
                log.info(f"{self._shown(article.path)}: {notice}")
        assert self._cache is not None
        texts = [article.text for article in articles]
        results, self.parsed_last_build = cached_extract(
            self._cache, texts, self._engine.fingerprint, self._extract
        )
        log.info(f"{len(articles)} articles, {self.parsed_last_build} parsed, the rest cached")
        extracted: list[tuple[Article, ArticleQuotes]] = []
        for article, result in zip(articles, results, strict=True):
            if result is None:
                reason = self._engine_failures.get(article.text, "unknown error")
                log.warning(
                    f"Skipped {self._shown(article.path)}: the quote engine failed on it"
                    f" ({reason}); please report this with the file"
                )
                continue
            extracted.append((article, _without_short_quotes(result, self.config.min_quote_words)))
        return build_corpus(extracted)

    def _extract(self, texts: list[str]) -> list[ArticleQuotes | None]:
        """The engine's results; None for an article it fails on, which is not cached."""
        if not texts:
            return []
        try:
            self._engine.load()  # only now: a build whose articles are all cached never needs it
        except ModelNotInstalledError as exc:
            raise PluginError(f"quotes: option 'model': {exc}") from exc
        jobs = self.config.jobs or usable_cpus()
        n_process = jobs if len(texts) >= PARALLEL_MIN_ARTICLES else 1
        try:
            results = self._engine.extract_many(texts, n_process=n_process)
            return list(with_progress(results, len(texts), log))
        except Exception:  # one article the engine trips on must not sink the site
            return [self._extract_one(text) for text in texts]

    def _extract_one(self, text: str) -> ArticleQuotes | None:
        try:
            return self._engine.extract(text)
        except Exception as exc:  # see _extract
            first_line = (str(exc).splitlines() or [""])[0][:200]
            self._engine_failures[text] = f"{type(exc).__name__}: {first_line}".rstrip(": ")
            return None

    def _shown(self, path: str) -> str:
        """A file as the user knows it: relative to docs_dir, else to mkdocs.yml's folder."""
        for folder in self._shown_from:
            if Path(path).is_relative_to(folder):
                return Path(path).relative_to(folder).as_posix()
        return path

    def _add_nav_section(self, config: MkDocsConfig, files: Files, entries: object) -> None:
        """Put the section at the chosen end of `nav:`, explicit or derived."""
        if config.nav is None:
            # The nav MkDocs would derive from the files, derived before our pages
            # exist, so that they sit under one title rather than three folders.
            pages = sorted(files.documentation_pages(), key=file_sort_key)
            in_nav = [f.src_uri for f in pages if f.inclusion.is_in_nav()]  # type: ignore[no-untyped-call]
            config.nav = nest_paths(in_nav)  # type: ignore[no-untyped-call]
        at = 0 if self.config.nav_position == "start" else len(config.nav)
        config.nav.insert(at, {self.config.nav_title: entries})

    def _load_engine(self, model: str) -> QuoteEngine:
        if model not in self._engines:
            try:
                self._engines[model] = QuoteEngine(model)
            except ModelNotInstalledError as exc:
                raise PluginError(f"quotes: option 'model': {exc}") from exc
        return self._engines[model]

    def _open_cache(self, path: Path) -> None:
        if self._cache is not None and self._cache.path != path:
            self._cache.close()
            self._cache = None
        if self._cache is None:
            try:
                self._cache = QuoteCache(path)
            except (sqlite3.Error, OSError) as exc:  # even a fresh file can't be made there
                raise PluginError(
                    f"quotes: option 'cache_dir': can't open the cache '{path}' ({exc}); "
                    "delete that file or point cache_dir at another folder"
                ) from exc


def _add(files: Files, file: File) -> None:
    """Add a generated file; a docs file at the same URI is replaced, loudly."""
    existing = files.get_file_from_path(file.src_uri)
    if existing is not None:
        if existing.generated_by is None:
            log.warning(f"Generated page '{file.src_uri}' replaces the docs file of that name")
        files.remove(existing)
    files.append(file)


def _is_article_source(file: File, articles_dir: Path) -> bool:
    """An article file; images and other files beside the articles stay published."""
    if not file.abs_src_path:
        return False
    path = Path(file.abs_src_path)
    return path.is_relative_to(articles_dir) and is_article_file(path.relative_to(articles_dir))


def _without_short_quotes(result: ArticleQuotes, min_words: int) -> ArticleQuotes:
    """The cache keeps every quote, so changing `min_quote_words` needs no re-parse."""
    if min_words <= 1:
        return result
    kept = tuple(q for q in result.quotes if len(q.text.split()) >= min_words)
    return replace(result, quotes=kept)
