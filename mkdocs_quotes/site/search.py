"""The theme's own search (MkDocs's `search` plugin, or Material's) made to find quotes.

Two problems, two fixes, both without the user writing any search setting:

- Quotation marks glued to words. Articles write `“Capacity` and `joke,”`; lunr
  splits only on the search plugin's `separator` (`[\\s\\-]+` by default in both
  plugins), and Material keeps the mark in the word, so `capacity` never matches.
  Padding the marks in the generated Markdown would change the article's words on
  the page; the separator is read by both plugins' indexers *and* their query
  tokenizers, so adding the marks to it fixes both sides. It is changed only where
  the user set none (`SEPARATOR`), before Material's `on_config` reads it.
- Repeated blocks. A quote appears in its article, on its page, in "In context",
  "Other quotes by", the article's quote list, the speaker page and the quote index:
  one quote, five hits. The templates wrap the repeats in `<!--mq:noindex-->`
  comments (Material's `data-search-exclude` is Material's alone); the plugin strips
  those blocks from `page.content` just before the search plugins read it in
  `on_page_context`, and puts them back just after, so readers still see them.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.pages import Page

log = get_plugin_logger(__name__)

MARKS = '"“”„«»'
"""Double quotation marks. Single ones are left alone: ’ is also the apostrophe of
"it’s", which would then split into "it" and "s"."""
SEPARATOR = r"[\s\-" + MARKS + r"]+"
_DEFAULT_SEPARATORS = (None, "", r"[\s\-]+")
_NOINDEX = re.compile(r"<!--mq:noindex-->.*?<!--/mq:noindex-->", re.DOTALL)
_SEARCH_PLUGINS = ("search", "material/search")


def split_search_on_quotation_marks(config: MkDocsConfig) -> None:
    """Give the search plugin a separator that splits on quotation marks, unless the
    user chose one. Call it before the search plugin's own `on_config` (Material
    reads the separator there)."""
    for name in _SEARCH_PLUGINS:
        plugin = config.plugins.get(name)
        if plugin is None or not hasattr(plugin.config, "separator"):
            continue
        # Whether the user set one can't be told from the validated config: a separator
        # equal to the plugin's default counts as unset (it splits on no mark either).
        separator = plugin.config.separator
        language = str(getattr(config.theme, "language", None) or "en")
        # Another language's separator comes from Material's language file: keep it.
        if separator in _DEFAULT_SEPARATORS and language.startswith("en"):
            plugin.config.separator = SEPARATOR


class SearchExclusions:
    """Strips the `<!--mq:noindex-->` blocks from a page while the search plugins index
    it, then restores the page's full content for its template."""

    def __init__(self) -> None:
        self._full: dict[int, str] = {}

    def hide(self, page: Page) -> None:
        content = page.content
        if content is None or "<!--mq:noindex-->" not in content:
            return
        self._full[id(page)] = content
        page.content = _NOINDEX.sub("", content)

    def restore(self, page: Page) -> None:
        full = self._full.pop(id(page), None)
        if full is not None:
            page.content = full


def without_noindex_blocks(html: str) -> str:
    """The page's HTML as the search plugins see it."""
    return _NOINDEX.sub("", html)
