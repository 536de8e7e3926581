"""The reader: article files in (plain text, Markdown, HTML), ``Article`` out.

Knows nothing of quotes or of MkDocs: it decodes, cleans and splits text into
paragraphs and reads what an article says about itself (title, date, source).
"""

from __future__ import annotations

from .article import PARAGRAPH_SEPARATOR, Article, ArticleMeta
from .sources import (
    ArticleError,
    ArticleTooLargeError,
    is_article_file,
    read_article,
    read_articles,
)

__all__ = [
    "PARAGRAPH_SEPARATOR",
    "Article",
    "ArticleError",
    "ArticleMeta",
    "ArticleTooLargeError",
    "is_article_file",
    "read_article",
    "read_articles",
]
