"""The corpus as Markdown pages: articles, speaker index, speakers, quotes, quote index.

Pure functions, no MkDocs: ``render_site`` returns (src_uri, Markdown) pairs that the
plugin hands to ``File.generated``. Every link between pages is a relative link to
the target's ``.md`` src_uri and every ``#anchor`` is an ``id=`` this module writes,
so MkDocs resolves and validates them under either ``use_directory_urls``.

Templates see article text as plain ``str`` and the environment escapes it on output
(``escape_text``: HTML and Markdown); only fragments built here are ``Markup``
(hrefs, marked-up paragraphs). Article text is template *data*, never template source.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import jinja2
from markupsafe import Markup

from ..reader.article import Article
from .article_dates import article_order
from .citations import article_source
from .corpus import Corpus, CorpusQuote, Speaker
from .generated import GeneratedPage
from .marked_paragraphs import article_paragraphs
from .render_indexes import (
    article_dates,
    finder_page,
    quote_filters,
    quote_index_pages,
    speaker_index_page,
    splits_by_month,
)
from .render_views import (
    ArticleRow,
    Link,
    PageLink,
    QuoteItem,
    SiteUris,
    group_by_article,
    quote_item,
    short_text,
)
from .review_page import review_items
from .safe_markdown import (
    inert_title,
    relative_href,
    safe_http_url,
)
from .same_words import SameWords, also_quoted, listed_once, same_words
from .speaker_overview import data_links, data_page_context, data_page_uri, speaker_overview
from .templating import template_environment

# How many other quotes by the same speaker a quote page lists before pointing to
# the speaker page: keeps the site linear in size for a speaker quoted thousands of times.
OTHER_QUOTES_SHOWN = 10


class RenderError(Exception):
    """A page template is missing or broken; the message names the template."""


@dataclass(frozen=True)
class RenderOptions:
    """What the site looks like: URL prefixes, which pages exist, where templates are."""

    articles_prefix: str = "articles"
    speakers_prefix: str = "speakers"
    quotes_prefix: str = "quotes"
    quote_pages: bool = True
    speaker_page_size: int = 50
    templates_dir: Path | None = None
    nav_title: str = "Quotes"
    nav_article_limit: int = 50
    """Past this many articles the nav shows the article index, not every article:
    every page renders the whole nav, so a long one makes builds quadratic."""
    review_page: bool = False
    """Add the review queue's page (``mkdocs serve``, or when the site asks for it)."""
    quote_index_by: str = "auto"
    """``month``, ``count``, or ``auto`` (by month when any article is dated)."""
    quote_index_page_size: int = 100
    finder: bool = False
    """Add the quote finder page, and the Pagefind facets on quote pages."""
    data_files: bool = False
    """The site carries quotes.json, quotes.csv, speakers.json: link them, describe them."""
    speaker_feeds: bool = False
    group_repeated_quotes: bool = True
    """List words several articles quote once per speaker page, with the others as sources."""

    def __post_init__(self) -> None:
        prefixes = [
            p.strip("/") for p in (self.articles_prefix, self.speakers_prefix, self.quotes_prefix)
        ]
        if not all(prefixes) or len(set(prefixes)) != len(prefixes):
            # One folder for two kinds of page would let a speaker's page overwrite an article's.
            raise ValueError(f"URL prefixes must be distinct and non-empty, got {prefixes}")
        if self.nav_article_limit < 0:
            raise ValueError("nav_article_limit must be 0 or more")
        if self.speaker_page_size < 1 or self.quote_index_page_size < 1:
            raise ValueError("speaker_page_size and quote_index_page_size must be at least 1")

    @property
    def uris(self) -> SiteUris:
        return SiteUris(
            self.articles_prefix.strip("/"),
            self.speakers_prefix.strip("/"),
            self.quotes_prefix.strip("/"),
        )


def nav_entries(corpus: Corpus, options: RenderOptions) -> list[dict[str, str | list[str]]]:
    """The entries of the plugin's nav section, in MkDocs ``nav:`` format.

    Articles are bare paths, so MkDocs titles them from their (escaped) headings:
    a title in ``nav:`` would reach the theme unescaped.
    """
    uris = options.uris
    entries: list[dict[str, str | list[str]]] = []
    if len(corpus.articles) > options.nav_article_limit:
        entries.append({"Articles": uris.article_index})
    elif corpus.articles:
        entries.append({"Articles": [uris.article(a.slug) for a in article_order(corpus)]})
    entries.append({"Speakers": uris.speaker_index})
    entries.append({"All quotes": uris.quote_index})
    if options.finder:
        entries.append({"Find quotes": uris.finder})
    if options.review_page:
        entries.append({"Review": uris.review})
    return entries


def render_site(corpus: Corpus, options: RenderOptions) -> list[GeneratedPage]:
    """Every page of the site, in a fixed order: the same corpus gives the same bytes."""
    site = _SiteRenderer(corpus, options)
    pages = [site.article_page(a) for a in site.articles]
    if len(site.articles) > options.nav_article_limit:
        # The nav links the index instead, so MkDocs must not look for these in it;
        # they sit under it, so the theme still shows where the reader is.
        index = site.uris.article_index
        pages = [replace(page, in_nav=False, parent_uri=index) for page in pages]
    pages.append(site.article_index_page())
    pages.append(speaker_index_page(corpus, site.uris, site.dates, site.render))
    for speaker in corpus.speakers:
        pages.extend(site.speaker_pages(speaker))
    pages.extend(site.quote_index_pages())
    if options.finder:
        pages.append(finder_page(corpus, site.uris, site.dates, site.render))
    if options.quote_pages:
        pages.extend(site.quote_page(q) for q in corpus.quotes)
    if options.review_page:
        pages.append(site.review_page())
    if options.data_files:
        uri = data_page_uri(site.uris)
        markdown = site.render("data.md.j2", title="Data", **data_page_context(site.uris))
        # Under the quote index, which links it: the theme shows the reader's place.
        index = site.uris.quote_index
        pages.append(GeneratedPage(uri, markdown, "Data", in_nav=False, parent_uri=index))
    return pages


@dataclass
class _SiteRenderer:
    corpus: Corpus
    options: RenderOptions
    uris: SiteUris = field(init=False)
    env: jinja2.Environment = field(init=False)
    articles: list[Article] = field(init=False)
    """In display order: newest first."""
    position: dict[str, int] = field(init=False)
    """Article slug -> place in display order, to sort quotes by their article."""
    dates: dict[str, date | None] = field(init=False)
    """Article slug -> its date, where its metadata gives one."""
    any_status: bool = field(init=False)
    """Some quote has the editors' status: the finder offers it as a facet."""
    same_words: SameWords = field(init=False)

    def __post_init__(self) -> None:
        self.uris = self.options.uris
        self.env = template_environment(self.options.templates_dir)
        self.articles = article_order(self.corpus)
        self.position = {a.slug: i for i, a in enumerate(self.articles)}
        self.dates = article_dates(self.corpus)
        self.any_status = any(q.status for q in self.corpus.quotes)
        self.same_words = same_words(self.corpus)

    def render(self, template_name: str, **context: object) -> str:
        if isinstance(title := context.get("title"), str):
            context["title"] = inert_title(title)  # it becomes the theme's <title>
        try:
            template = self.env.get_template(template_name)
            text = template.render(quote_pages=self.options.quote_pages, **context)
        except jinja2.TemplateError as exc:
            where = f" in {exc.filename}" if isinstance(exc, jinja2.TemplateSyntaxError) else ""
            raise RenderError(f"template {template_name!r}{where}: {exc}") from exc
        return text.rstrip("\n") + "\n"

    def item(self, q: CorpusQuote, from_uri: str) -> QuoteItem:
        return quote_item(self.corpus, q, from_uri, self.uris, self.options.quote_pages)

    def article_page(self, article: Article) -> GeneratedPage:
        uri = self.uris.article(article.slug)
        quotes = self.corpus.quotes_in_article(article.slug)
        paragraphs, placed = article_paragraphs(self.corpus, article, uri, self.uris)
        items = [self.item(q, uri) for q in quotes]
        # A quote whose offsets miss its words has no <mark>: its anchor goes on its list entry.
        anchors = [
            Markup("") if q.id in placed else Markup(f'<span id="q-{q.id}"></span>') for q in quotes
        ]
        speakers = [
            Link(s.name, relative_href(uri, self.uris.speaker(s.slug)))
            for s in sorted(self.corpus.speakers_quoted_in(article.slug), key=_speaker_sort_key)
        ]
        mentioned = [
            Link(s.name, relative_href(uri, self.uris.speaker(s.slug)))
            for s in sorted(self.corpus.mentioned_not_quoted(article.slug), key=_speaker_sort_key)
        ]
        source = article_source(article)
        author = article.meta.author
        markdown = self.render(
            "article.md.j2",
            article=article,
            title=article.title,
            meta_parts=[*source.parts, *([f"By {author}"] if author else [])],
            source_url=source.original,
            paragraphs=paragraphs,
            quotes=list(zip(items, anchors, strict=True)),
            speakers=speakers,
            mentioned=mentioned,
        )
        return GeneratedPage(
            uri, markdown, article.title, in_nav=True, source_path=article.path or None
        )

    def article_index_page(self) -> GeneratedPage:
        uri = self.uris.article_index
        rows = [
            ArticleRow(
                link=Link(article.title, relative_href(uri, self.uris.article(article.slug))),
                source=article_source(article),
                quote_count=len(self.corpus.quotes_in_article(article.slug)),
                speaker_count=len(self.corpus.speakers_quoted_in(article.slug)),
            )
            for article in self.articles
        ]
        markdown = self.render("article_index.md.j2", title="Articles", rows=rows)
        in_nav = len(self.articles) > self.options.nav_article_limit
        return GeneratedPage(uri, markdown, "Articles", in_nav=in_nav)

    def speaker_pages(self, speaker: Speaker) -> list[GeneratedPage]:
        every_quote = self.corpus.quotes_by_speaker(speaker.slug)
        quotes = sorted(every_quote, key=lambda q: self.position[q.article_slug])
        sources: dict[str, list[CorpusQuote]] = {}
        if self.options.group_repeated_quotes:
            quotes, sources = listed_once(quotes, self.same_words)
        size = self.options.speaker_page_size
        chunks = [quotes[i : i + size] for i in range(0, len(quotes), size)] or [[]]
        page_uris = [self.uris.speaker(speaker.slug, n) for n in range(1, len(chunks) + 1)]
        articles_quoting = self.corpus.articles_quoting(speaker.slug)
        pages = []
        for number, (uri, chunk) in enumerate(zip(page_uris, chunks, strict=True), start=1):
            previous_articles = {q.article_slug for chunk_ in chunks[: number - 1] for q in chunk_}
            groups = group_by_article(self.corpus, chunk, uri, self.uris, self.options.quote_pages)
            groups = [replace(g, continued=g.slug in previous_articles) for g in groups]
            mentioned = [
                Link(a.title, relative_href(uri, self.uris.article(a.slug)))
                for a in self.corpus.articles_mentioning(speaker.slug)
            ]
            pagination = [
                PageLink(n, None if n == number else relative_href(uri, target))
                for n, target in enumerate(page_uris, start=1)
            ]
            markdown = self.render(
                "speaker.md.j2",
                speaker=speaker,
                title=speaker.name if number == 1 else f"{speaker.name} (page {number})",
                page_number=number,
                quote_count=len(every_quote),
                overview=speaker_overview(
                    self.corpus, speaker, every_quote, uri, self.uris, self.options.speaker_feeds
                )
                if number == 1
                else None,
                also={
                    q.id: also_quoted(self.corpus, q, sources[q.id], uri, self.uris)
                    for q in chunk
                    if sources.get(q.id)
                },
                article_count=len(articles_quoting),
                groups=groups,
                mentioned_in=mentioned if number == 1 else [],
                pages=pagination if len(chunks) > 1 else [],
                speaker_index=relative_href(uri, self.uris.speaker_index),
                image=safe_http_url(speaker.image),
                links=[
                    Link(label, href)
                    for label, url in speaker.links
                    if (href := safe_http_url(url)) is not None
                ],
            )
            title = speaker.name if number == 1 else f"{speaker.name}, page {number}"
            # Page 1 under the speaker index, later pages under page 1.
            parent = self.uris.speaker_index if number == 1 else page_uris[0]
            pages.append(GeneratedPage(uri, markdown, title, in_nav=False, parent_uri=parent))
        return pages

    def quote_page(self, q: CorpusQuote) -> GeneratedPage:
        uri = self.uris.quote(q.id)
        article = self.corpus.article(q.article_slug)
        speaker = self.corpus.speaker(q.speaker_slug)
        by_speaker = self.corpus.quotes_by_speaker(speaker.slug)
        # Same article first, then the rest in corpus order: the closest context leads.
        others = sorted(
            (o for o in by_speaker if o.id != q.id), key=lambda o: o.article_slug != q.article_slug
        )
        context, _ = article_paragraphs(
            self.corpus, article, uri, self.uris, only=q.paragraph, current=q.id
        )
        title = f"“{short_text(q.quote.text)}” — {speaker.name}"
        markdown = self.render(
            "quote.md.j2",
            title=title,
            quote=self.item(q, uri),
            speaker=speaker,
            context=context[0] if context else None,
            others=[self.item(o, uri) for o in others[:OTHER_QUOTES_SHOWN]],
            more_count=max(0, len(others) - OTHER_QUOTES_SHOWN),
            speaker_page=relative_href(uri, self.uris.speaker(speaker.slug)),
            finder_filters=quote_filters(self.corpus, q, speaker, self.dates, self.any_status)
            if self.options.finder
            else [],
            date=day.isoformat() if (day := self.dates.get(q.article_slug)) else None,
            also=also_quoted(self.corpus, q, self.same_words.of(q), uri, self.uris),
        )
        # Under its speaker's page: the trail reads Quotes › Speakers › name › quote.
        speaker_uri = self.uris.speaker(speaker.slug)
        return GeneratedPage(uri, markdown, title, in_nav=False, parent_uri=speaker_uri)

    def quote_index_pages(self) -> list[GeneratedPage]:
        quotes = sorted(self.corpus.quotes, key=lambda q: self.position[q.article_slug])
        return quote_index_pages(
            quotes,
            self.uris,
            self.dates,
            splits_by_month(self.corpus, self.dates, self.options.quote_index_by),
            self.options.quote_index_page_size,
            self.render,
            lambda chunk, uri: group_by_article(
                self.corpus, chunk, uri, self.uris, self.options.quote_pages
            ),
            self.options.finder,
            data_links(self.uris.quote_index, self.uris) if self.options.data_files else [],
        )

    def review_page(self) -> GeneratedPage:
        uri = self.uris.review
        items = review_items(self.corpus, uri, self.uris, self.options.quote_pages)
        markdown = self.render("review.md.j2", title="Review", items=items)
        return GeneratedPage(uri, markdown, "Review", in_nav=True)


def _speaker_sort_key(s: Speaker) -> tuple[str, str]:
    return (s.name.casefold(), s.slug)
