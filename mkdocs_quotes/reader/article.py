"""The reader's domain: an article as read from disk, text and metadata.

Plain frozen values: every quote offset the engine finds refers to ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ArticleMeta:
    """What an article says about itself: front matter, header block, HTML metadata, file name.

    The one place an article's metadata lives. ``date`` is ISO 8601 (YYYY-MM-DD);
    ``source`` is the outlet ("AFP", "The New York Times"); ``url`` the original.
    """

    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class Article:
    """An article as read from disk: clean text split into paragraphs.

    ``text`` is the paragraphs joined by blank lines; every quote offset refers to
    it. ``paragraph_starts[i]`` is where paragraph ``i`` begins in ``text``.
    """

    path: str
    slug: str
    title: str
    meta: ArticleMeta
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...] = ()
    notices: tuple[str, ...] = field(default=())
    """Worth knowing, nothing wrong: "decoded as cp1252", "mojibake mended"."""
    warnings: tuple[str, ...] = field(default=())
    """Something in the file the reader could not use (an unreadable date); the article is kept."""

    @property
    def text(self) -> str:
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    @property
    def paragraph_starts(self) -> tuple[int, ...]:
        starts, pos = [], 0
        for para in self.paragraphs:
            starts.append(pos)
            pos += len(para) + len(PARAGRAPH_SEPARATOR)
        return tuple(starts)


PARAGRAPH_SEPARATOR = "\n\n"
