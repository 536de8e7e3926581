"""Who said it, where and when: the date, outlet and link that make a quote citable.

Text here stays plain ``str`` (the templates escape it); only the original article's
URL is ``Markup``, and only when it is plain http(s) (`safe_markdown.safe_http_url`).
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..reader.article import Article
from .article_dates import article_date, display_date
from .safe_markdown import safe_http_url

# Cues that add nothing to a citation: "John Kirby said" is "John Kirby".
PLAIN_CUES = frozenset({"said", "says", "say", "told", "tells"})


@dataclass(frozen=True)
class ArticleSource:
    """Where an article appeared: each part None when the article does not say."""

    date: str | None
    """"13 August 2021"."""
    outlet: str | None
    original: Markup | None
    """The original article's http(s) URL."""

    @property
    def parts(self) -> list[str]:
        """Outlet and date, the ones known, for "AFP · 13 August 2021"."""
        return [part for part in (self.outlet, self.date) if part]


@dataclass(frozen=True)
class Citation:
    """ "John Kirby, Pentagon spokesman, told reporters — AFP, 13 August 2021"."""

    who: str
    """The speaker, their role and the cue when it says more than "said"."""
    where: str
    """The outlet and date; the article's title when the article gives neither."""
    original: Markup | None

    @property
    def text(self) -> str:
        return f"{self.who} — {self.where}"


def article_source(article: Article) -> ArticleSource:
    meta = article.meta
    return ArticleSource(
        date=display_date(article_date(article)),
        outlet=meta.source,
        original=safe_http_url(meta.url),
    )


def citation(
    speaker: str, role: str | None, cue: str | None, article: Article, source: ArticleSource
) -> Citation:
    who = ", ".join(
        part for part in (speaker, role, cue if cue not in PLAIN_CUES else None) if part
    )
    where = ", ".join(source.parts) or f"“{article.title}”"
    return Citation(who=who, where=where, original=source.original)
