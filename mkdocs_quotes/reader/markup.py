"""Markdown articles and YAML front matter: metadata and text as plain paragraphs.

Markdown marks go, the words stay. Boilerplate that only shows as text (promos,
credits) is left to `cleanup`. HTML pages are read by trafilatura (`web_pages`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from .article import ArticleMeta
from .cleanup import collapse_whitespace

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
