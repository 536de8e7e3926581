"""The build's MkDocs files: article sources out, the generated pages and stylesheet in."""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from ..reader.sources import is_article_file
from .corpus import Corpus
from .exports import DataOptions, data_files
from .feeds import speaker_feeds
from .generated import GeneratedPage
from .page_urls import PageUrls
from .render import RenderError, RenderOptions, render_site

log = get_plugin_logger(__name__)

STYLESHEET_URI = "assets/mkdocs-quotes.css"
SCRIPT_URI = "assets/mkdocs-quotes.js"
"""One script for every page: the speaker index's filter and sorting, the quote
finder, and the quote page's copy button; pages read the same without it.
`quotes.js` says why it must stay one folder below the site's root."""
_ASSETS = {STYLESHEET_URI: "assets/quotes.css", SCRIPT_URI: "assets/quotes.js"}


def remove_article_sources(files: Files, articles_dir: Path) -> None:
    """Take out the article files; images and other files beside them stay published."""
    for file in list(files):
        if _is_article_source(file, articles_dir):
            files.remove(file)


def generated_pages(corpus: Corpus, options: RenderOptions) -> list[GeneratedPage]:
    """Every page of the site; a broken override template is one line, no traceback."""
    try:
        return render_site(corpus, options)
    except RenderError as exc:
        raise PluginError(f"quotes: {exc}") from exc


def add_pages(files: Files, pages: Iterable[GeneratedPage], config: MkDocsConfig) -> None:
    """Add the generated pages, each with an edit link to its article file if it has one."""
    docs_dir = Path(config.docs_dir).resolve()
    for page in pages:
        inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
        file = File.generated(config, page.src_uri, content=page.markdown, inclusion=inclusion)
        if page.source_path:
            # The edit link is repo_url + edit_uri + this, and edit_uri points at
            # docs_dir: relative to it, climbing out for articles kept elsewhere.
            file.edit_uri = Path(os.path.relpath(page.source_path, docs_dir)).as_posix()
        _add(files, file)


def add_data_files(
    files: Files, corpus: Corpus, options: RenderOptions, config: MkDocsConfig
) -> None:
    """The data files at the site's root and the speakers' feeds, as the options ask.

    Generated like the pages, so `mkdocs serve` serves them and nothing is written
    into `docs_dir`.
    """
    if not (options.data_files or options.speaker_feeds):
        return
    data = DataOptions(
        uris=options.uris,
        urls=PageUrls(config.use_directory_urls, config.site_url),
        quote_pages=options.quote_pages,
        feeds=options.speaker_feeds,
    )
    if options.data_files:
        for name, text in data_files(corpus, data).items():
            _add(files, File.generated(config, name, content=text.encode("utf-8")))
    if options.speaker_feeds:
        for uri, feed in speaker_feeds(corpus, data).items():
            _add(files, File.generated(config, uri, content=feed))


def add_assets(files: Files, config: MkDocsConfig) -> None:
    """Add the stylesheet and the script that `extra_css` and `extra_javascript` list."""
    package = resources.files("mkdocs_quotes.site")
    for uri, asset in _ASSETS.items():
        _add(files, File.generated(config, uri, content=package.joinpath(asset).read_bytes()))


def page_parents(pages: Iterable[GeneratedPage]) -> dict[str, str]:
    """src_uri -> the src_uri of the page it sits under, for pages outside the nav."""
    return {page.src_uri: page.parent_uri for page in pages if page.parent_uri}


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
