"""What the page templates see: page addresses, links and quote entries.

Text from articles stays plain ``str`` here (the template environment escapes it on
output); hrefs are ``Markup``, every article string in them passed through
``safe_markdown.escape_text``. Hrefs are relative to the page being rendered, so
views are built per page. The article's own paragraphs, with quotes marked, are
built in ``marked_paragraphs``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup

from .citations import ArticleSource, Citation, article_source, citation
from .corpus import Corpus, CorpusQuote
from .safe_markdown import relative_href


@dataclass(frozen=True)
class SiteUris:
    """Where each page lives, as a src_uri (``speakers/john-kirby.md``)."""

    articles: str
    speakers: str
    quotes: str

    def article(self, slug: str) -> str:
        return f"{self.articles}/{slug}.md"

    @property
    def article_index(self) -> str:
        # The reader never gives an article the slug "index" (sources.read_articles).
        return f"{self.articles}/index.md"

    @property
    def speaker_index(self) -> str:
        return f"{self.speakers}/index.md"

    def speaker(self, slug: str, page: int = 1) -> str:
        # Page 1 keeps the short URL that other pages link to; later pages nest under it.
        return (
            f"{self.speakers}/{slug}.md" if page == 1 else f"{self.speakers}/{slug}/page-{page}.md"
        )

    @property
    def quote_index(self) -> str:
        return f"{self.quotes}/index.md"

    def quote(self, quote_id: str) -> str:
        return f"{self.quotes}/{quote_id}.md"

    @property
    def finder(self) -> str:
        # Beside the quote pages, like the review page: no quote id is "find".
        return f"{self.quotes}/find.md"

    @property
    def review(self) -> str:
        # Beside the quote pages, whose ids (hex digits) can never be "review".
        return f"{self.quotes}/review.md"


@dataclass(frozen=True)
class Link:
    text: str
    href: Markup


@dataclass(frozen=True)
class ArticleRow:
    link: Link
    source: ArticleSource
    quote_count: int
    speaker_count: int


@dataclass(frozen=True)
class PageLink:
    number: int
    href: Markup | None
    """None for the page being shown."""


@dataclass(frozen=True)
class QuoteItem:
    """One quote as a list entry: words, speaker, cue and where to read it."""

    id: str
    text: str
    partial: bool
    cue: str | None
    role: str | None
    speaker: Link
    article: Link
    """The article's title, linking to the quote's anchor in it."""
    paragraph: Link | None
    """"paragraph 4", linking to that paragraph's anchor."""
    permalink: Markup
    """The quote's own page, or its anchor in the article when quote pages are off."""
    article_page: Markup
    """The article's page, from its top."""
    source: ArticleSource
    """The article's outlet, date and original URL, where it gives them."""
    citation: Citation
    status: str | None = None
    """The editors' verdict ("verified", "disputed", "misattributed"), if any."""
    note: str | None = None
    credited_by_editors: bool = False
    """The editors gave the quote to this speaker, not the engine."""


@dataclass(frozen=True)
class ArticleGroup:
    article: Link
    quotes: list[QuoteItem]
    continued: bool = False
    """The same article's quotes began on the previous page of a paginated speaker."""
    slug: str = ""
    source: ArticleSource = field(default_factory=lambda: ArticleSource(None, None, None))


def paragraph_anchor(index: int) -> str:
    """Paragraphs count from 1 in URLs, as a reader counts them."""
    return f"p-{index + 1}"


def quote_anchor(quote_id: str) -> str:
    return f"q-{quote_id}"


def short_text(text: str, limit: int = 60) -> str:
    """The opening words of a quote, for a title."""
    words = " ".join(text.split())
    if len(words) <= limit:
        return words
    cut = words[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"


def quote_item(
    corpus: Corpus, q: CorpusQuote, from_uri: str, uris: SiteUris, quote_pages: bool
) -> QuoteItem:
    article = corpus.article(q.article_slug)
    speaker = corpus.speaker(q.speaker_slug)
    article_uri = uris.article(article.slug)
    in_context = relative_href(from_uri, article_uri, quote_anchor(q.id))
    paragraph = None
    if article.paragraphs:
        paragraph = Link(
            f"paragraph {q.paragraph + 1}",
            relative_href(from_uri, article_uri, paragraph_anchor(q.paragraph)),
        )
    source = article_source(article)
    # The title this article gives, else the one another article does.
    role = q.quote.speaker.role or next(iter(speaker.roles), None)
    return QuoteItem(
        id=q.id,
        text=q.quote.text,
        partial=q.quote.partial,
        cue=q.quote.cue,
        role=role,
        speaker=Link(speaker.name, relative_href(from_uri, uris.speaker(speaker.slug))),
        article=Link(article.title, in_context),
        paragraph=paragraph,
        permalink=relative_href(from_uri, uris.quote(q.id)) if quote_pages else in_context,
        article_page=relative_href(from_uri, article_uri),
        source=source,
        citation=citation(speaker.name, role, q.quote.cue, article, source),
        status=q.status,
        note=q.note,
        credited_by_editors=q.credited_by_editors,
    )


def group_by_article(
    corpus: Corpus,
    quotes: Sequence[CorpusQuote],
    from_uri: str,
    uris: SiteUris,
    quote_pages: bool,
) -> list[ArticleGroup]:
    """Consecutive quotes of one article under one heading, in the given order."""
    groups: list[ArticleGroup] = []
    for q in quotes:
        if not groups or groups[-1].slug != q.article_slug:
            article = corpus.article(q.article_slug)
            link = Link(article.title, relative_href(from_uri, uris.article(article.slug)))
            groups.append(ArticleGroup(link, [], slug=article.slug, source=article_source(article)))
        groups[-1].quotes.append(quote_item(corpus, q, from_uri, uris, quote_pages))
    return groups
