"""Web pages: the article body and its metadata, as trafilatura extracts them.

trafilatura (Apache-2.0) finds the story on a news page and leaves out what is not
the story: navigation and menus, "recommended" teasers, photo captions, bylines,
share bars and, with ``include_comments=False``, readers' comments. It also reads
the page's metadata (title, date, author, site name, canonical URL) from the head,
OpenGraph and JSON-LD, with htmldate for the date.

What is left to this project: the text clean-ups that plain-text files need too
(`cleanup`, run on every format) and turning trafilatura's lines into paragraphs.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from typing import TYPE_CHECKING

from .article import ArticleMeta
from .cleanup import collapse_whitespace
from .markup import ParsedBody

if TYPE_CHECKING:
    from configparser import ConfigParser

# trafilatura and htmldate log "empty HTML tree" and the like as warnings and errors;
# the reader already says the same in one line that names the file (ArticleError).
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

# htmldate's extensive search reads dates out of the body text: on a page without
# date metadata it can offer the date of an event the story mentions. A citation
# with no date is better than one with a wrong date.
_DATE_OPTIONS = {"extensive_search": False, "original_date": True}
# lxml makes a bare fragment ("<p>…</p><p>…</p>", as some CMS exports save a body)
# a tree of one paragraph, which trafilatura refuses: such a fragment gets a page around it.
_PAGE_TAG = re.compile(r"<(?:html|head|title|body)[\s>]", re.IGNORECASE)


# Buttons that trafilatura's author search can take for a byline ("Follow @StevenMufson"
# gave the author "Follow" on a Washington Post page): a wrong author is worse than none.
_NOT_AUTHORS = frozenset(
    word
    for base in ("follow", "share", "subscribe", "email", "tweet", "print", "comments", "more")
    for word in (base, base.title(), base.upper())
)


@cache
def _config() -> ConfigParser:
    """trafilatura's settings for news pages, made on the first page read.

    trafilatura is imported here, not with the module: it takes a quarter of a
    second, which every process that reads only text or Markdown (an extraction
    worker, the engine's benchmark) would pay for nothing.
    """
    from trafilatura.settings import use_config

    config = use_config()
    # Below MIN_EXTRACTED_SIZE characters (250 by default) trafilatura distrusts its
    # own extraction and falls back to a cruder one that returns the story as one
    # paragraph with its photo caption inside: a short news brief lost its paragraphs
    # and gained a caption between a quote and its "told reporters". 100 still sends
    # a page whose extraction found next to nothing to the fallback.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "100")
    return config


class NoArticleInPage(Exception):
    """trafilatura found no article text in the page."""


def parse_html(markup: str) -> ParsedBody:
    """The article in an HTML page: trafilatura's main text and metadata.

    Tables are kept (a table of results may be what a quote refers to); images,
    links and formatting are dropped, as the engine reads plain text. Raises
    `NoArticleInPage` when trafilatura finds no body.
    """
    import trafilatura

    if not _PAGE_TAG.search(markup):
        markup = f"<html><body>{markup}</body></html>"
    document = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        date_extraction_params=_DATE_OPTIONS,
        author_blacklist=set(_NOT_AUTHORS),
        config=_config(),
    )
    if document is None or isinstance(document, dict):  # as_dict is never asked for
        raise NoArticleInPage
    items = _list_items(document.body)
    lines = [collapse_whitespace(line) for line in (document.text or "").split("\n")]
    # The text marks list items "- item"; a dash before a name reads as a sign-off
    # ("- Maria Gonzalez."), so the marker goes and only the item's words stay.
    paragraphs = [line[2:] if line[2:] in items else line for line in lines if line]
    if not paragraphs:
        raise NoArticleInPage
    meta = ArticleMeta(
        title=_field(document.title),
        date=_field(document.date),
        source=_field(document.sitename) or _field(document.hostname),
        url=_field(document.url),
        author=_field(document.author),
    )
    return ParsedBody(paragraphs=paragraphs, meta=meta)


def _list_items(body: object) -> set[str]:
    """The text of every list item in trafilatura's body tree."""
    iterate = getattr(body, "iter", None)
    if iterate is None:
        return set()
    return {collapse_whitespace("".join(item.itertext())) for item in iterate("item")}


def _field(value: object) -> str | None:
    return collapse_whitespace(value) or None if isinstance(value, str) else None
