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
from pathlib import Path

import jinja2
from markupsafe import Markup

from ..reader.article import Article
from .article_dates import article_date, article_order, display_date
from .citations import article_source
from .corpus import Corpus, CorpusQuote, Speaker
from .marked_paragraphs import article_paragraphs
from .render_views import (
    ArticleRow,
    Link,
    PageLink,
    QuoteItem,
    SiteUris,
    SpeakerRow,
    SpeakerSection,
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
KIND_SECTIONS = (
    ("person", "People"),
    ("organisation", "Organisations"),
    ("unnamed", "Unnamed sources"),
    ("unknown", "Unattributed"),
)


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
        if self.speaker_page_size < 1:
            raise ValueError("speaker_page_size must be at least 1")

    @property
    def uris(self) -> SiteUris:
        return SiteUris(
            self.articles_prefix.strip("/"),
            self.speakers_prefix.strip("/"),
            self.quotes_prefix.strip("/"),
        )


@dataclass(frozen=True)
class GeneratedPage:
    """One page of the site, for ``File.generated(config, src_uri, content=markdown)``."""

    src_uri: str
    markdown: str
    title: str
    """Plain text (not HTML): for logs and for the plugin; the page's ``# heading`` is escaped."""
    in_nav: bool
    """False for speaker and quote pages: give them ``InclusionLevel.NOT_IN_NAV``."""
    source_path: str | None = None
    """The article file a page shows, for the edit link; None for other pages."""


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
    if options.review_page:
        entries.append({"Review": uris.review})
    return entries


def render_site(corpus: Corpus, options: RenderOptions) -> list[GeneratedPage]:
    """Every page of the site, in a fixed order: the same corpus gives the same bytes."""
    site = _SiteRenderer(corpus, options)
    pages = [site.article_page(a) for a in site.articles]
    if len(site.articles) > options.nav_article_limit:
        # The nav links the index instead, so MkDocs must not look for these in it.
        pages = [replace(page, in_nav=False) for page in pages]
    pages.append(site.article_index_page())
    pages.append(site.speaker_index_page())
    for speaker in corpus.speakers:
        pages.extend(site.speaker_pages(speaker))
    pages.append(site.quote_index_page())
    if options.quote_pages:
        pages.extend(site.quote_page(q) for q in corpus.quotes)
    if options.review_page:
        pages.append(site.review_page())
    if options.data_files:
        uri = data_page_uri(site.uris)
        markdown = site.render("data.md.j2", title="Data", **data_page_context(site.uris))
        pages.append(GeneratedPage(uri, markdown, "Data", in_nav=False))
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
    same_words: SameWords = field(init=False)

    def __post_init__(self) -> None:
        self.uris = self.options.uris
        self.env = template_environment(self.options.templates_dir)
        self.articles = article_order(self.corpus)
        self.position = {a.slug: i for i, a in enumerate(self.articles)}
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

    def speaker_index_page(self) -> GeneratedPage:
        uri = self.uris.speaker_index
        sections = []
        for kind, heading in KIND_SECTIONS:
            rows = [
                SpeakerRow(
                    link=Link(s.name, relative_href(uri, self.uris.speaker(s.slug))),
                    role=s.roles[0] if s.roles else "",
                    quote_count=len(self.corpus.quotes_by_speaker(s.slug)),
                    article_count=len(self.corpus.articles_quoting(s.slug)),
                    last_quoted=self.last_quoted(s),
                )
                for s in self.speakers_by_quote_count()
                if s.kind == kind
            ]
            if rows:
                sections.append(SpeakerSection(heading, rows))
        markdown = self.render("speaker_index.md.j2", title="Speakers", sections=sections)
        return GeneratedPage(uri, markdown, "Speakers", in_nav=True)

    def last_quoted(self, speaker: Speaker) -> str:
        """The date of the newest dated article quoting the speaker, or ""."""
        days = (article_date(a) for a in self.corpus.articles_quoting(speaker.slug))
        return display_date(max(filter(None, days), default=None)) or ""

    def speakers_by_quote_count(self) -> list[Speaker]:
        return sorted(
            self.corpus.speakers,
            key=lambda s: (-len(self.corpus.quotes_by_speaker(s.slug)), *_speaker_sort_key(s)),
        )

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
            pages.append(GeneratedPage(uri, markdown, title, in_nav=False))
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
            also=also_quoted(self.corpus, q, self.same_words.of(q), uri, self.uris),
        )
        return GeneratedPage(uri, markdown, title, in_nav=False)

    def quote_index_page(self) -> GeneratedPage:
        uri = self.uris.quote_index
        quotes = sorted(self.corpus.quotes, key=lambda q: self.position[q.article_slug])
        groups = group_by_article(self.corpus, quotes, uri, self.uris, self.options.quote_pages)
        markdown = self.render(
            "quote_index.md.j2",
            title="All quotes",
            groups=groups,
            quote_count=len(quotes),
            data=data_links(uri, self.uris) if self.options.data_files else [],
        )
        return GeneratedPage(uri, markdown, "All quotes", in_nav=True)

    def review_page(self) -> GeneratedPage:
        uri = self.uris.review
        items = review_items(self.corpus, uri, self.uris, self.options.quote_pages)
        markdown = self.render("review.md.j2", title="Review", items=items)
        return GeneratedPage(uri, markdown, "Review", in_nav=True)


def _speaker_sort_key(s: Speaker) -> tuple[str, str]:
    return (s.name.casefold(), s.slug)
