"""The `quotes` MkDocs plugin: wires MkDocs events to the reader, engine, cache and renderer.

Each hook is a few calls into the modules that do the work: `config` checks the
options, `resources` keeps the engine and cache, `extraction` turns the articles
into a corpus, `corrected` applies the editors' `quotes.yml` to it, `render` writes
the pages, `nav` and `files` hand them to MkDocs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from mkdocs.config.base import ConfigErrors, ConfigWarnings
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..engine.quote_engine import QuoteEngine
from .cache import CACHE_FILE_NAME, QuoteCache
from .config import (
    CheckedPaths,
    QuotesConfig,
    check_options,
    show_review_page,
    unknown_option_errors,
)
from .corrected import corrected_corpus
from .extraction import read_corpus
from .feeds import feeds_wanted
from .files import (
    SCRIPT_URI,
    STYLESHEET_URI,
    add_assets,
    add_data_files,
    add_pages,
    generated_pages,
    page_parents,
    remove_article_sources,
)
from .nav import add_nav_section
from .pagefind import finder_key, index_quote_pages, pagefind_binary
from .places import add_trail, place_pages
from .render import RenderOptions, nav_entries
from .resources import ProcessResources
from .search import SearchExclusions, split_search_on_quotation_marks


class QuotesPlugin(BasePlugin[QuotesConfig]):  # type: ignore[no-untyped-call]
    """Turns a folder of articles into article, speaker and quote pages."""

    def __init__(self) -> None:
        self._resources = ProcessResources()
        """Kept for the life of the process (`mkdocs serve`, a pytest session): defining
        `on_startup` makes MkDocs reuse this instance across config reloads."""
        # Set by on_config for the build under way.
        self._paths: CheckedPaths
        self._cache: QuoteCache
        self._engine: QuoteEngine
        self._render_options: RenderOptions
        self.parsed_last_build = 0
        """How many articles the last build sent to the engine (the rest came from the cache)."""
        self._command: str = "build"
        """The mkdocs command under way: `review_page: auto` shows the page with `serve`."""
        self._parents: dict[str, str] = {}
        """Generated page -> the page it sits under (set in on_files, used in on_nav)."""
        self._search_exclusions = SearchExclusions()
        self._finder_key: str | None = None
        """What the finder's Pagefind index depends on (set in on_files)."""

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        """Opt in to one instance per process: the model and the cache outlive rebuilds.

        Remember the command: the review page is for editors running `mkdocs serve`.
        """
        self._command = command

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

    @event_priority(50)  # before Material's search plugin reads its separator
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Check every option before any work, find the model, watch, add the style,
        script and `md_in_html`, and let the theme's search split on quotation marks.

        Raises `PluginError`, one line naming the option and the fix.
        """
        self.parsed_last_build = 0
        self._parents = {}
        self._paths = check_options(self.config, config)
        self._cache = self._resources.cache(self._paths.cache_dir / CACHE_FILE_NAME)
        self._engine = self._resources.engine(self.config.model)
        self._render_options = RenderOptions(
            articles_prefix=self.config.articles_prefix.strip("/"),
            speakers_prefix=self.config.speakers_prefix.strip("/"),
            quotes_prefix=self.config.quotes_prefix.strip("/"),
            quote_pages=self.config.quote_pages,
            speaker_page_size=self.config.speaker_page_size,
            templates_dir=self._paths.templates_dir,
            nav_title=self.config.nav_title,
            nav_article_limit=self.config.nav_article_limit,
            review_page=show_review_page(self.config.review_page, self._command),
            quote_index_by=self.config.quote_index_by,
            quote_index_page_size=self.config.quote_index_page_size,
            # The finder searches quote pages: without them it has nothing to index.
            finder=self.config.finder and self.config.quote_pages,
            data_files=self.config.data_files,
            speaker_feeds=feeds_wanted(self.config.speaker_feeds, config.site_url),
            group_repeated_quotes=self.config.group_repeated_quotes,
        )
        if not self._paths.articles_dir.is_relative_to(Path(config.docs_dir).resolve()):
            config.watch.append(str(self._paths.articles_dir))
        if self._paths.corrections is not None:  # a file created later needs a restart
            config.watch.append(str(self._paths.corrections))
        if STYLESHEET_URI not in config.extra_css:
            config.extra_css.append(STYLESHEET_URI)
        if SCRIPT_URI not in [str(script) for script in config.extra_javascript]:
            config.extra_javascript.append(SCRIPT_URI)
        if "md_in_html" not in config.markdown_extensions:
            # The speaker index and the quote page wrap Markdown in a <div> that the
            # script and Pagefind find by its attributes.
            config.markdown_extensions.append("md_in_html")
        split_search_on_quotation_marks(config)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Swap the article files for the generated pages; add the data files, feeds,
        assets and nav section.

        Raises `PluginError` when the articles folder vanished or a template is broken.
        """
        articles_dir = self._paths.articles_dir
        if not self.config.publish_sources:
            remove_article_sources(files, articles_dir)
        corpus, self.parsed_last_build = read_corpus(
            self.config, articles_dir, self._engine, self._cache, config
        )
        config_dir = Path(config.config_file_path or ".").resolve().parent
        corpus = corrected_corpus(corpus, self._paths.corrections, articles_dir, config_dir)
        pages = generated_pages(corpus, self._render_options)
        entries = nav_entries(corpus, self._render_options)
        add_nav_section(config, files, self.config.nav_title, self.config.nav_position, entries)
        add_pages(files, pages, config)
        add_data_files(files, corpus, self._render_options, config)
        add_assets(files, config)
        self._parents = page_parents(pages)
        prefix = self._render_options.quotes_prefix + "/"
        self._finder_key = finder_key(
            ((p.src_uri, p.markdown) for p in pages if p.src_uri.startswith(prefix)),
            config.use_directory_urls,
            config.theme.get("language"),
            str(pagefind_binary()),
        )
        return files

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Put the pages outside the nav under their place in it (`places.py`)."""
        place_pages(files, self._parents)
        return nav

    def _hide_from_search(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """Before the search plugins index the page: without its repeated blocks."""
        self._search_exclusions.hide(page)
        return context

    def _restore_after_search(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """After they have: the whole page again, with a trail where the theme has none."""
        self._search_exclusions.restore(page)
        if config.theme.name == "mkdocs" and page.url and page.file.src_uri in self._parents:
            add_trail(page)
        return context

    on_page_context = CombinedEvent(
        event_priority(100)(_hide_from_search), event_priority(-100)(_restore_after_search)
    )

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Index the quote pages for the finder (`pagefind.py`); a missing binary warns."""
        if self._render_options.finder:
            index_quote_pages(
                Path(config.site_dir),
                self._render_options.quotes_prefix,
                cache_dir=self._paths.cache_dir,
                key=self._finder_key,
            )

    def on_shutdown(self) -> None:
        """Close the cache file; the process is ending."""
        self._resources.close()
