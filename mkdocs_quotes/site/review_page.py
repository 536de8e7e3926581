"""The review queue as the entries of the site's "Review" page.

Article text (the paragraph, names in the reason) stays plain ``str`` for the template
environment to escape; the YAML to paste is a ``<pre>`` block built here with every
character escaped, because a Markdown code block would show the entities
``escape_text`` writes instead of the characters.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from markupsafe import Markup

from .corpus import Corpus
from .render_views import Link, SiteUris, paragraph_anchor, quote_anchor
from .review import KIND_TITLES, ReviewEntry, review_queue
from .review_text import correction_yaml
from .safe_markdown import relative_href

# A speaker entry may hold hundreds of quotes: the page links this many of their ids.
QUOTE_LINKS_SHOWN = 10


@dataclass(frozen=True)
class ReviewItem:
    """One entry of the review page."""

    number: int
    kind: str
    """The kind's title: "Doubtful attribution"."""
    reason: str
    quotes: list[Link]
    """Each quote's id, linking to its page (or its place in the article)."""
    more_quotes: int
    speakers: list[Link]
    """The engine's speaker(s), linking to their pages."""
    article: Link
    """The article's title, linking to the paragraph."""
    paragraph_number: int
    paragraph: str
    yaml: Markup
    """The corrections to paste, as a ``<pre>`` block."""


def review_items(
    corpus: Corpus,
    from_uri: str,
    uris: SiteUris,
    quote_pages: bool,
    *,
    already_reviewed: frozenset[str] = frozenset(),
) -> list[ReviewItem]:
    """The queue's entries, most doubtful first, with links relative to ``from_uri``."""
    entries = review_queue(corpus, already_reviewed=already_reviewed)
    return [
        _item(corpus, number, entry, from_uri, uris, quote_pages)
        for number, entry in enumerate(entries, start=1)
    ]


def _item(
    corpus: Corpus,
    number: int,
    entry: ReviewEntry,
    from_uri: str,
    uris: SiteUris,
    quote_pages: bool,
) -> ReviewItem:
    article = corpus.article(entry.article_slug)
    quotes = []
    for quote_id in entry.quote_ids[:QUOTE_LINKS_SHOWN]:
        article_uri = uris.article(corpus.quote(quote_id).article_slug)
        href = (
            relative_href(from_uri, uris.quote(quote_id))
            if quote_pages
            else relative_href(from_uri, article_uri, quote_anchor(quote_id))
        )
        quotes.append(Link(quote_id, href))
    paragraph_href = (
        relative_href(from_uri, uris.article(article.slug), paragraph_anchor(entry.paragraph))
        if article.paragraphs
        else relative_href(from_uri, uris.article(article.slug))
    )
    return ReviewItem(
        number=number,
        kind=KIND_TITLES[entry.kind],
        reason=entry.reason,
        quotes=quotes,
        more_quotes=max(0, len(entry.quote_ids) - QUOTE_LINKS_SHOWN),
        speakers=[
            Link(s.name, relative_href(from_uri, uris.speaker(s.slug))) for s in entry.speakers
        ],
        article=Link(article.title, paragraph_href),
        paragraph_number=entry.paragraph + 1,
        paragraph=entry.paragraph_text,
        yaml=code_block(correction_yaml(entry.corrections)),
    )


def code_block(text: str) -> Markup:
    """``text`` shown as it is, in a ``<pre>`` that Markdown passes through untouched:
    HTML characters escaped, and braces too, for Jinja-evaluating plugins."""
    escaped = html.escape(text.rstrip("\n"), quote=True)
    escaped = escaped.replace("{", "&#123;").replace("}", "&#125;")
    return Markup(f'<pre class="mq-review-yaml"><code>{escaped}</code></pre>')
