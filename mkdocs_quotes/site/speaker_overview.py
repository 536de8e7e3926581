"""What the first page of a speaker shows above the quotes: when they were quoted (a
timeline), who else was quoted on the same stories, and their feed.

Also the data page and the quote index's links to the data files: the views that
belong to this issue's pages, kept out of ``render`` so that it stays readable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from .corpus import Corpus, CorpusQuote, Speaker
from .exports import DATA_FILES, QUOTE_FIELDS, SPEAKER_FIELDS, feed_path
from .render_views import Link, SiteUris
from .safe_markdown import relative_href
from .timeline import quoted_alongside, quotes_per_month, timeline_svg


@dataclass(frozen=True)
class AlongsideLink:
    speaker: Link
    articles: int


@dataclass(frozen=True)
class SpeakerOverview:
    timeline: Markup | None
    """The SVG figure, or None when no quote of theirs has a date."""
    alongside: list[AlongsideLink]
    feed: Markup | None
    """The href of their Atom feed, or None when feeds are off."""


def speaker_overview(
    corpus: Corpus,
    speaker: Speaker,
    quotes: Sequence[CorpusQuote],
    from_uri: str,
    uris: SiteUris,
    feeds: bool,
) -> SpeakerOverview:
    months, undated = quotes_per_month(corpus, quotes)
    return SpeakerOverview(
        timeline=timeline_svg(speaker, months, undated),
        alongside=[
            AlongsideLink(
                Link(a.speaker.name, relative_href(from_uri, uris.speaker(a.speaker.slug))),
                a.articles,
            )
            for a in quoted_alongside(corpus, speaker)
        ],
        feed=relative_href(from_uri, feed_path(uris, speaker.slug)) if feeds else None,
    )


def data_page_uri(uris: SiteUris) -> str:
    """``quotes/data.md``: beside the quote pages, whose ids (hex digits) never read "data"."""
    return f"{uris.quotes}/data.md"


def data_links(from_uri: str, uris: SiteUris) -> list[Link]:
    """The data files, then the page that describes them."""
    return [Link(name, relative_href(from_uri, name)) for name in DATA_FILES] + [
        Link("what the fields mean", relative_href(from_uri, data_page_uri(uris)))
    ]


@dataclass(frozen=True)
class Field:
    name: Markup
    """Our own field name, printed as is: escaped, `_` would show as an entity in code."""
    meaning: str


def data_page_context(uris: SiteUris) -> dict[str, object]:
    uri = data_page_uri(uris)
    return {
        "files": [Link(name, relative_href(uri, name)) for name in DATA_FILES],
        "quote_fields": [Field(Markup(n), m) for n, m in QUOTE_FIELDS],
        "speaker_fields": [Field(Markup(n), m) for n, m in SPEAKER_FIELDS],
    }
