"""An article's date as the reader gives it (ISO 8601), as a page shows it, and article order."""

from __future__ import annotations

from datetime import date

from ..reader.article import Article
from .corpus import Corpus


def article_date(article: Article) -> date | None:
    """The article's date; the reader has already normalised it to YYYY-MM-DD."""
    if not article.meta.date:
        return None
    try:
        return date.fromisoformat(article.meta.date)
    except ValueError:  # an Article built by hand, not by the reader
        return None


def display_date(day: date | None) -> str | None:
    """ "13 August 2021": the form a citation uses, the same in every locale."""
    return f"{day.day} {day:%B %Y}" if day else None


def article_order(corpus: Corpus) -> list[Article]:
    """Newest first, undated last, then by title: how a news reader scans."""

    def key(article: Article) -> tuple[int, str, str]:
        day = article_date(article)
        return (-day.toordinal() if day else 1, article.title.casefold(), article.slug)

    return sorted(corpus.articles, key=key)
