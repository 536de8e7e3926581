"""An article's date, read from what its metadata says, and the order articles are listed in."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from ..reader.article import Article
from .corpus import Corpus

_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def article_date(article: Article) -> date | None:
    """The article's date, when its metadata holds one in a common format."""
    raw = (article.meta.date or "").strip()
    if not raw:
        return None
    if iso := _ISO_DATE.search(raw):
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            pass
    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        return None


def article_order(corpus: Corpus) -> list[Article]:
    """Newest first, undated last, then by title: how a news reader scans."""

    def key(article: Article) -> tuple[int, str, str]:
        day = article_date(article)
        return (-day.toordinal() if day else 1, article.title.casefold(), article.slug)

    return sorted(corpus.articles, key=key)
