"""The same words quoted by several articles: wire copy, a speech, a statement.

Two quotes are the same words when their text matches once case, spacing, quotation
marks and punctuation are set aside (``"We won't leave,"`` = ``We won’t leave``).
Nothing fuzzier: wire copy is reprinted verbatim, and a similarity threshold would
also join two different sentences that share most words ("we will not leave" and
"we will now leave"), a claim a fact-checker would have to undo by hand. A quote of
fewer than `MIN_SHARED_WORDS` words is never matched: "a mistake" in two articles is
a common phrase, not one quote reprinted.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from markupsafe import Markup

from ..engine.domain import normalise_quote_text
from .article_dates import article_date
from .corpus import Corpus, CorpusQuote
from .render_views import Link, SiteUris, quote_anchor
from .safe_markdown import relative_href

MIN_SHARED_WORDS = 4
_WORD = re.compile(r"\w+")


def same_words_key(text: str) -> str | None:
    """What two quotes share when they are the same words; None for a short quote."""
    words = _WORD.findall(normalise_quote_text(text))
    return " ".join(words) if len(words) >= MIN_SHARED_WORDS else None


@dataclass(frozen=True)
class SameWords:
    """Every quote whose words another article quotes too, with all of them."""

    groups: dict[str, tuple[CorpusQuote, ...]] = field(default_factory=dict)
    """Quote id -> every quote of the same words, earliest article first."""

    def of(self, q: CorpusQuote) -> tuple[CorpusQuote, ...]:
        """All quotes of ``q``'s words (``q`` among them); empty when no other article has them."""
        return self.groups.get(q.id, ())

    def group_id(self, q: CorpusQuote) -> str | None:
        """The id of the earliest quote of these words: what the group is known by."""
        group = self.of(q)
        return group[0].id if group else None


def same_words(corpus: Corpus) -> SameWords:
    """Group the corpus's quotes by their words; keep groups that span two articles."""
    by_key: dict[str, list[CorpusQuote]] = defaultdict(list)
    for q in corpus.quotes:
        key = same_words_key(q.quote.text)
        if key is not None:
            by_key[key].append(q)
    dates = {a.slug: article_date(a) for a in corpus.articles}

    def earliest_first(q: CorpusQuote) -> tuple[int, str, int]:
        day = dates[q.article_slug]
        # Undated articles last: the first dated one is the nearest to the source.
        return (day.toordinal() if day else date.max.toordinal(), q.article_slug, q.quote.start)

    groups: dict[str, tuple[CorpusQuote, ...]] = {}
    for quotes in by_key.values():
        if len({q.article_slug for q in quotes}) > 1:
            ordered = tuple(sorted(quotes, key=earliest_first))
            groups.update((q.id, ordered) for q in ordered)
    return SameWords(groups)


@dataclass(frozen=True)
class AlsoQuoted:
    """Another article quoting the same words: "also quoted in" on a page."""

    article: Link
    """The article's title, linking to the quote in it."""
    date: str
    """"13 August 2021", or "" for an undated article."""
    outlet: str
    speaker: Link | None
    """Who that article credits, where it is someone else; None for the same speaker."""


def shown_date(day: date | None) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}" if day else ""


def also_quoted(
    corpus: Corpus, q: CorpusQuote, others: Sequence[CorpusQuote], from_uri: str, uris: SiteUris
) -> list[AlsoQuoted]:
    """``others`` (quotes of ``q``'s words) as entries, one per article other than ``q``'s."""
    entries: list[AlsoQuoted] = []
    seen = {q.article_slug}
    for other in others:
        if other.article_slug in seen:
            continue
        seen.add(other.article_slug)
        article = corpus.article(other.article_slug)
        speaker = corpus.speaker(other.speaker_slug)
        href: Markup = relative_href(from_uri, uris.article(article.slug), quote_anchor(other.id))
        entries.append(
            AlsoQuoted(
                article=Link(article.title, href),
                date=shown_date(article_date(article)),
                outlet=article.meta.source or "",
                speaker=None
                if other.speaker_slug == q.speaker_slug
                else Link(speaker.name, relative_href(from_uri, uris.speaker(speaker.slug))),
            )
        )
    return entries


def listed_once(
    quotes: Sequence[CorpusQuote], groups: SameWords
) -> tuple[list[CorpusQuote], dict[str, list[CorpusQuote]]]:
    """A speaker's quotes with each repeated one kept once, at its earliest article.

    Returns the quotes kept, in the given order, and for each kept quote the same
    speaker's other quotes of its words, which the page lists as its sources.
    """
    mine = {q.id for q in quotes}
    kept: list[CorpusQuote] = []
    sources: dict[str, list[CorpusQuote]] = {}
    for q in quotes:
        group = [o for o in groups.of(q) if o.id in mine]
        if not group:
            kept.append(q)
        elif group[0].id == q.id:
            kept.append(q)
            sources[q.id] = group[1:]
    return kept, sources
