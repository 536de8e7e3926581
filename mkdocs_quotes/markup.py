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
from bs4 import BeautifulSoup, Tag

from .cleanup import collapse_whitespace, text_paragraphs
from .model import ArticleMeta

META_KEYS = ("title", "date", "source", "url", "author")
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
_MD_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images carry no article text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"<!--.*?-->"), ""),
    (re.compile(r"(\*\*|__)(\S(?:.*?\S)?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(\S(?:[^*]*?\S)?)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
)


def parse_markdown(text: str) -> ParsedBody:
    """YAML front matter, then Markdown blocks as plain paragraphs.

    A leading ``# Heading`` is the title when the front matter gives none.
    """
    meta, notices = ArticleMeta(), []
    front = _FRONT_MATTER.match(text)
    if front:
        text = text[front.end() :]
        meta, problem = _front_matter_meta(front.group(1) or "")
        notices += [problem] if problem else []
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


def _front_matter_meta(source: str) -> tuple[ArticleMeta, str | None]:
    """Metadata from YAML front matter; a problem is a notice, never an exception."""
    try:
        data = yaml.safe_load(source)
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
# Sentinels for block and line boundaries while the tree is flattened to text;
# the decoder has already removed every control character from the page.
_BLOCK_BREAK, _LINE_BREAK = "\x00", "\x01"


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
    captions = _take_captions(root)
    _drop_furniture(root)
    for br in root.find_all("br"):
        br.replace_with(_LINE_BREAK)
    for block in root.find_all(_BLOCK_TAGS):
        block.insert_before(_BLOCK_BREAK)
        block.insert_after(_BLOCK_BREAK)
    text = re.sub(r"\s+", " ", root.get_text())
    text = text.replace(_LINE_BREAK, "\n").replace(_BLOCK_BREAK, "\n\n")
    return ParsedBody(paragraphs=text_paragraphs(text), meta=meta, captions=captions)


def _html_meta(soup: BeautifulSoup) -> ArticleMeta:
    source = _meta_content(soup, "og:site_name", "application-name")
    title = _meta_content(soup, "og:title", "twitter:title")
    if title is None and soup.title is not None:
        title = collapse_whitespace(soup.title.get_text()) or None
        if title and source:  # "Headline | Site" or "Headline - Site"
            title = re.sub(rf"\s+[|–—:-]\s+{re.escape(source)}$", "", title)
    if title is None and (h1 := soup.find("h1")) is not None:
        title = collapse_whitespace(h1.get_text()) or None
    date = _meta_content(
        soup, "article:published_time", "datePublished", "date", "pubdate", "publish-date",
        "dc.date", "DC.date.issued",
    )  # fmt: skip
    if date is None and isinstance(time := soup.find("time"), Tag):
        date = _attribute(time, "datetime") or collapse_whitespace(time.get_text()) or None
    url = _meta_content(soup, "og:url")
    if url is None and isinstance(link := soup.find("link", rel="canonical"), Tag):
        url = _attribute(link, "href")
    author = _meta_content(soup, "author", "article:author", "byl")
    return ArticleMeta(title=title, date=date, source=source, url=url, author=author)


def _meta_content(soup: BeautifulSoup, *keys: str) -> str | None:
    for key in keys:
        for attribute in ("property", "name", "itemprop"):
            tag = soup.find("meta", attrs={attribute: key})
            if isinstance(tag, Tag) and (content := _attribute(tag, "content")):
                return content
    return None


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


def _take_captions(root: Tag) -> list[str]:
    captions = []
    for tag in root.find_all(True):
        if tag.decomposed:
            continue
        if tag.name == "figcaption" or _class_words(tag) & _CAPTION_WORDS:
            if caption := collapse_whitespace(tag.get_text()):
                captions.append(caption)
            tag.decompose()
    return captions


def _drop_furniture(root: Tag) -> None:
    """Remove hidden elements and those whose class or id names page furniture.

    An element holding most of the text stays whatever its class says: a
    wrapper called "article-with-share-bar" is the article.
    """
    total = len(root.get_text())
    for tag in root.find_all(True):
        if tag.decomposed:
            continue
        hidden = tag.has_attr("hidden") or tag.get("aria-hidden") == "true"
        hidden = hidden or "display:none" in (_attribute(tag, "style") or "").replace(" ", "")
        if (hidden or _class_words(tag) & _FURNITURE_WORDS) and len(tag.get_text()) * 2 < total:
            tag.decompose()
