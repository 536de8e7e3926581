"""Article text as Markdown that stays text: escaping, links, the marks around a quote.

Everything an article supplies (quotes, names, titles, metadata, paragraphs) is
untrusted: a scraper can bring ``<script>``, ``*``, ``|``, ``[x](javascript:…)`` or
``{{ }}``. It reaches a page only through ``escape_text``, which turns every character
that HTML, Markdown, the common Markdown extensions or a Jinja-evaluating plugin
(mkdocs-macros) could read as syntax into a numeric HTML entity. Browsers show the
entity as the character; Python-Markdown passes entities through untouched, inside
paragraphs, links, table cells, headings and raw HTML alike.

(Named apart from ``markup``, the reader's module for Markdown/HTML *input*.)
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from markupsafe import Markup

from ..engine.lexicon.marks import QUOTE_CHARS

# Characters that mean something to HTML (& < > and both quotes, for attributes), to
# Markdown inline syntax (* _ ` [ ] \ and | in tables), to block syntax wherever they
# stand (# headings, > quotes, = setext underlines), to extensions (~ ^ $ for
# strike/sub/sup/math, { } for attr_list and for Jinja in mkdocs-macros).
_ENTITIES: dict[int, str | None] = {ord(ch): f"&#{ord(ch)};" for ch in "&<>\"'*_`[]\\|#=~^${}"}
# Any line break would end the line, and a new line can open a block: all become spaces.
_ENTITIES.update({ord(ch): " " for ch in "\r\n\t\v\f\x85\u2028\u2029"})
_ENTITIES.update({code: None for code in range(32) if chr(code) not in "\r\n\t\v\f"})
# Only at the start of a line do these open a list; escaping them everywhere would
# only bloat the Markdown.
_LINE_START_MARKER = re.compile(r"^(?:([-+])|(\d{1,9})([.)]))")

_TITLE_END_TAG = re.compile(r"</(?=title)", re.IGNORECASE)


def escape_text(text: str) -> Markup:
    """``text`` as inert Markdown+HTML: safe in text, link text, table cells, headings
    and double- or single-quoted attributes, at the start of a line or inside one."""
    # Leading spaces (four make a code block) shrink to one, harmless anywhere.
    stripped = text.lstrip(" \t\r\n")
    lead = " " if len(stripped) != len(text) else ""
    escaped = stripped.translate(_ENTITIES)
    marker = _LINE_START_MARKER.match(escaped)
    if marker is not None:
        bullet, digits, dot = marker.groups()
        prefix = f"&#{ord(bullet)};" if bullet else f"{digits}&#{ord(dot)};"
        escaped = prefix + escaped[marker.end() :]
    return Markup(lead + escaped)


def inert_title(text: str) -> str:
    """A page title that cannot close the theme's ``<title>`` element.

    MkDocs takes a page's title from its ``# heading``, with the entities
    ``escape_text`` wrote kept; Material prints it in ``<title>`` through Jinja's
    ``striptags``, which decodes them. Inside ``<title>`` a browser reads
    everything as text up to ``</title``, so a title holding
    ``</title><script>…`` would run: an invisible word joiner after its ``<``
    keeps it text. Nothing else in a decoded title can end the element.
    """
    return _TITLE_END_TAG.sub("<\u2060/", text)


def http_url(url: str | None) -> str | None:
    """``url`` as written (stripped) if it is plain http(s) with a host, else None.

    ``javascript:``, ``data:``, relative and scheme-less URLs are dropped: an article
    decides what its link says, never what a click runs.
    """
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def safe_http_url(url: str | None) -> Markup | None:
    """A metadata URL ready for ``href="…"``, or None unless it is plain http(s)."""
    url = http_url(url)
    if url is None:
        return None
    # Percent-encode spaces, quotes, brackets and braces; keep what URLs legitimately use.
    encoded = quote(url, safe=":/?#@!$&*+,;=%~-.")
    return Markup(encoded.replace("&", "&amp;"))


def relative_href(from_uri: str, to_uri: str, anchor: str | None = None) -> Markup:
    """A relative link between two pages' ``.md`` src_uris, as MkDocs resolves and checks.

    MkDocs rewrites ``../quotes/abc.md`` to the right URL under either
    ``use_directory_urls`` setting and warns if the target or the anchor is missing.
    """
    href = _url_quote(_relative_path(from_uri, to_uri))
    if anchor:
        href += "#" + _url_quote(anchor)
    return Markup(href)


_URL_SAFE = re.compile(r"[A-Za-z0-9_./~-]*")


def _url_quote(path: str) -> str:
    # Slugs and ids are nearly always URL-safe already; quote() is slow at this volume.
    return path if _URL_SAFE.fullmatch(path) else quote(path, safe="/-.~")


def _relative_path(from_uri: str, to_uri: str) -> str:
    # posixpath.relpath would consult the working directory, thousands of times a build.
    if from_uri == to_uri:
        return ""
    from_dirs = from_uri.split("/")[:-1]
    to_parts = to_uri.split("/")
    common = 0
    while (
        common < len(from_dirs)
        and common < len(to_parts) - 1
        and from_dirs[common] == to_parts[common]
    ):
        common += 1
    return "/".join([".."] * (len(from_dirs) - common) + to_parts[common:])


def markdown_link(text: str, href: Markup) -> Markup:
    """``[text](href)`` with ``text`` escaped; ``href`` comes from ``relative_href``."""
    label = escape_text(text) if text.strip() else Markup("&#8203;")
    return Markup(f"[{label}]({href})")


def widen_to_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Include the quotation marks that sit just outside a quote's offsets."""
    if (
        start > 0
        and end < len(text)
        and text[start - 1] in QUOTE_CHARS
        and text[end] in QUOTE_CHARS
    ):
        return start - 1, end + 1
    return start, end
