"""Markdown and HTML articles: their metadata and their text as plain paragraphs.

Markup is reduced to what a reader sees: Markdown marks and HTML tags go, the
words stay. Boilerplate that only shows as text (promos, credits) is left to
`cleanup`; what the markup itself marks as not the article (scripts, navigation,
share bars, comment widgets) goes here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml
from bs4 import BeautifulSoup, CData, NavigableString, Tag

from .article import ArticleMeta
from .cleanup import collapse_whitespace, text_paragraphs

META_KEYS = ("title", "date", "source", "url", "author")
# libyaml's safe loader where installed: ten times faster on a scraper's oversized front matter.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BLANK_LINES = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class ParsedBody:
    """What a format's parser hands to the shared clean-up in `sources`."""

    paragraphs: list[str]
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    # A headline found in the body (a leading "# Title"), when the metadata has none.
    title: str | None = None
    captions: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


# --- Markdown --------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)", re.DOTALL)
_MD_BLOCK_START = re.compile(r"(#{1,6}[ \t]|>|[-*+][ \t]|\d{1,9}[.)][ \t])")
_MD_MARKER = re.compile(r"^(?:#{1,6}[ \t]+|(?:>[ \t]?)+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)")
_MD_RULE = re.compile(r"(?:[-*_=][ \t]*){3,}")
_MD_FENCE = re.compile(r"(```|~~~)")
# No attempt may read past the next opening mark of its own kind: with `.*?` or
# `[^\]]*`, a long paragraph of unclosed `**`, `__`, `[` or `<!--` took minutes.
# A link target may hold one level of parentheses (Wikipedia URLs).
_MD_LINK_TARGET = r"\((?:[^()]|\([^()]*\))*\)"
_MD_INLINE = (
    (re.compile(rf"!\[[^\[\]]*\]{_MD_LINK_TARGET}"), ""),  # images carry no article text
    (re.compile(rf"\[([^\[\]]+)\]{_MD_LINK_TARGET}"), r"\1"),
    (re.compile(r"<!--(?:(?!<!--|-->).)*-->"), ""),
    (re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(\S(?:[^*]*?\S)?)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
)


def parse_markdown(text: str) -> ParsedBody:
    """YAML front matter, then Markdown blocks as plain paragraphs.

    A leading ``# Heading`` is the title when the front matter gives none.
    """
    text, meta, notices = split_front_matter(text)
    paragraphs: list[str] = []
    title = None
    in_fence = False
    for block in _BLANK_LINES.split(text):
        current: list[str] = []
        for line in block.split("\n"):
            if _MD_FENCE.match(line.strip()):
                in_fence = not in_fence
                continue
            if in_fence or _MD_RULE.fullmatch(line.strip()):
                continue
            if current and _MD_BLOCK_START.match(line.strip()):
                paragraphs.append(_markdown_text(" ".join(current)))
                current = []
            if not paragraphs and not current and re.match(r"#[ \t]", line.strip()):
                title = _markdown_text(line.strip())
            current.append(line.strip())
        paragraphs.append(_markdown_text(" ".join(current)))
    paragraphs = [p for p in paragraphs if p]
    if title and paragraphs and paragraphs[0] == title and meta.title is None:
        paragraphs.pop(0)
    else:
        title = None
    return ParsedBody(paragraphs=paragraphs, meta=meta, title=title, notices=notices)


def _markdown_text(line: str) -> str:
    text = _MD_MARKER.sub("", line.strip())
    text = re.sub(r"[ \t]+#+$", "", text)  # closing hashes of "## Heading ##"
    for pattern, replacement in _MD_INLINE:
        text = pattern.sub(replacement, text)
    return collapse_whitespace(text)


def split_front_matter(text: str) -> tuple[str, ArticleMeta, list[str]]:
    """Text after a leading ``---`` YAML block, the metadata it gives, and any problem with it."""
    front = _FRONT_MATTER.match(text)
    if front is None:
        return text, ArticleMeta(), []
    meta, problem = _front_matter_meta(front.group(1) or "")
    return text[front.end() :], meta, [problem] if problem else []


def _front_matter_meta(source: str) -> tuple[ArticleMeta, str | None]:
    """Metadata from YAML front matter; a problem is a notice, never an exception."""
    try:
        data = yaml.load(source, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        return ArticleMeta(), f"front matter is not valid YAML{where}; ignored"
    if data is None:
        return ArticleMeta(), None
    if not isinstance(data, dict):
        return ArticleMeta(), "front matter is not a mapping of keys to values; ignored"
    values = {str(key).lower(): value for key, value in data.items()}
    return ArticleMeta(**{key: _meta_value(values.get(key)) for key in META_KEYS}), None


def _meta_value(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return collapse_whitespace(str(value)) or None


# --- HTML ------------------------------------------------------------------------

# Elements that are never article text.
_NOT_TEXT_TAGS = (
    "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
    "form", "iframe", "object", "embed", "svg", "canvas", "button", "select", "textarea",
    "audio", "video",
)  # fmt: skip
# Words in a class or id that mark page furniture: share bars, comment widgets…
_FURNITURE_WORDS = frozenset({
    "share", "sharing", "social", "comment", "comments", "newsletter", "promo", "promotion",
    "related", "cookie", "cookies", "subscribe", "subscription", "advert", "advertisement",
    "ad", "ads", "sidebar", "popup", "modal", "paywall", "credit",
})  # fmt: skip
_CAPTION_WORDS = frozenset({"caption", "figcaption"})
_BLOCK_TAGS = (
    "address", "article", "blockquote", "dd", "details", "div", "dl", "dt", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section",
    "summary", "table", "td", "th", "tr", "ul",
)  # fmt: skip
_CLASS_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_END_OF_BLOCK = object()  # pushed after a block's children while flattening the tree


def parse_html(markup: str) -> ParsedBody:
    """The article in an HTML page: metadata from the head, text from the main body.

    The body is the largest ``<article>``, else ``<main>``, else ``<body>``.
    Scripts, navigation, headers, footers, forms and elements whose class or id
    names page furniture (share, social, comment, newsletter, promo, related,
    cookie, subscribe…) are dropped; figure captions become captions.
    """
    soup = BeautifulSoup(markup, "html.parser")
    meta = _html_meta(soup)
    for tag in soup.find_all(_NOT_TEXT_TAGS):
        tag.decompose()
    root = _article_root(soup)
    captions = _set_aside_captions_and_furniture(root)
    return ParsedBody(paragraphs=text_paragraphs(_flatten(root)), meta=meta, captions=captions)


def _flatten(root: Tag) -> str:
    """The visible text, a blank line around each block element and a line break per <br>.

    An explicit stack instead of recursion: scraped pages can nest thousands deep.
    """
    parts: list[str] = []
    pending: list[object] = list(reversed(root.contents))
    while pending:
        node = pending.pop()
        if node is _END_OF_BLOCK:
            parts.append("\n\n")
        elif isinstance(node, Tag):
            if node.name == "br":
                parts.append("\n")
                continue
            if node.name in _BLOCK_TAGS:
                parts.append("\n\n")
                pending.append(_END_OF_BLOCK)
            pending.extend(reversed(node.contents))
        # Plain text only: comments, doctypes and script text are string subclasses.
        elif type(node) is NavigableString or isinstance(node, CData):
            parts.append(re.sub(r"\s+", " ", node))
    return "".join(parts)


def _html_meta(soup: BeautifulSoup) -> ArticleMeta:
    metas = _meta_tags(soup)

    def first(*keys: str) -> str | None:
        return next((metas[key.lower()] for key in keys if key.lower() in metas), None)

    source = first("og:site_name", "application-name")
    title = first("og:title", "twitter:title")
    if title is None and soup.title is not None:
        title = collapse_whitespace(soup.title.get_text()) or None
        if title and source:  # "Headline | Site" or "Headline - Site"
            title = re.sub(rf"\s+[|–—:-]\s+{re.escape(source)}$", "", title)
    if title is None and (h1 := soup.find("h1")) is not None:
        title = collapse_whitespace(h1.get_text()) or None
    date = first("article:published_time", "datePublished", "date", "pubdate", "dc.date")
    if date is None and isinstance(time := soup.find("time"), Tag):
        date = _attribute(time, "datetime") or collapse_whitespace(time.get_text()) or None
    url = first("og:url")
    if url is None and isinstance(link := soup.find("link", rel="canonical"), Tag):
        url = _attribute(link, "href")
    author = first("author", "article:author", "byl")
    return ArticleMeta(title=title, date=date, source=source, url=url, author=author)


def _meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    """``<meta>`` contents by lower-cased property, name or itemprop; the first one wins."""
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        if not isinstance(tag, Tag) or not (content := _attribute(tag, "content")):
            continue
        for attribute in ("property", "name", "itemprop"):
            if key := _attribute(tag, attribute):
                found.setdefault(key.lower(), content)
    return found


def _attribute(tag: Tag, name: str) -> str | None:
    value = tag.get(name)
    if isinstance(value, list):
        value = " ".join(value)
    return collapse_whitespace(value) or None if value else None


def _article_root(soup: BeautifulSoup) -> Tag:
    articles = [tag for tag in soup.find_all("article") if isinstance(tag, Tag)]
    if articles:
        # Teasers of other stories are <article>s too; the story is the longest.
        return max(articles, key=lambda tag: len(tag.get_text()))
    for candidate in (soup.find("main"), soup.body):
        if isinstance(candidate, Tag):
            return candidate
    return soup


def _class_words(tag: Tag) -> set[str]:
    names = " ".join(filter(None, (_attribute(tag, "class"), _attribute(tag, "id"))))
    return {word.lower() for word in _CLASS_WORDS.findall(names)}


def _set_aside_captions_and_furniture(root: Tag) -> list[str]:
    """Take out captions (returned) and page furniture (dropped) in one walk.

    Furniture is a hidden element or one whose class or id names page furniture.
    An element holding most of the text stays whatever its class says: a
    wrapper called "article-with-share-bar" is the article.
    """
    total = len(root.get_text())
    captions: list[str] = []
    pending = _child_tags_last_first(root)
    while pending:
        tag = pending.pop()
        words = _class_words(tag)
        is_caption = tag.name == "figcaption" or bool(words & _CAPTION_WORDS)
        hidden = tag.has_attr("hidden") or tag.get("aria-hidden") == "true"
        hidden = hidden or "display:none" in (_attribute(tag, "style") or "").replace(" ", "")
        aside = is_caption or hidden or bool(words & _FURNITURE_WORDS)
        if aside and len(tag.get_text()) * 2 < total:
            if is_caption and (caption := collapse_whitespace(tag.get_text())):
                captions.append(caption)
            tag.decompose()
        else:
            pending.extend(_child_tags_last_first(tag))
    return captions


def _child_tags_last_first(tag: Tag) -> list[Tag]:
    # A stack popped from the end visits the children in document order.
    return [child for child in reversed(tag.contents) if isinstance(child, Tag)]
