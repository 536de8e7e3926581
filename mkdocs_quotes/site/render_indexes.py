"""The pages that let a reader find things on a big site.

The speaker index (one table per kind of speaker, in name order so that the A–Z bar
works without JavaScript; `assets/quotes.js` adds filtering and sorting), the quote
index split into pages (by month where articles are dated, else N per page), and the
quote finder (Pagefind over the quote pages, `site/pagefind.py`). Pure functions of
the corpus, like `render`, which calls them with its template renderer.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from .article_dates import article_date, display_date
from .corpus import Corpus, CorpusQuote, Speaker
from .generated import GeneratedPage
from .render_views import ArticleGroup, Link, PageLink, SiteUris
from .safe_markdown import relative_href

RenderTemplate = Callable[..., str]
"""``_SiteRenderer.render(template_name, **context)``: Markdown from a template."""
GroupQuotes = Callable[[Sequence[CorpusQuote], str], list[ArticleGroup]]
"""Quotes, the page's src_uri -> the quotes under their articles' headings."""

KIND_SECTIONS = (
    ("person", "People"),
    ("organisation", "Organisations"),
    ("unnamed", "Unnamed sources"),
    ("unknown", "Unattributed"),
)
MONTHS = (
    "January February March April May June July August September October November December"
).split()


@dataclass(frozen=True)
class SpeakerIndexRow:
    link: Link
    role: str
    quote_count: int
    article_count: int
    last_quoted: str
    """The newest dated article quoting them (ISO, the script's sort key), or ""."""
    last_quoted_shown: str
    """The same date as citations show it ("13 August 2021"), or ""."""
    letter: str | None = None
    """On the first row of a letter: that letter, the A–Z bar's anchor (``az-k``)."""


@dataclass(frozen=True)
class SpeakerIndexSection:
    title: str
    kind: str
    rows: list[SpeakerIndexRow]
    show_role: bool
    show_last_quoted: bool
    """A column nobody in the table fills is left out, not shown empty."""


def article_dates(corpus: Corpus) -> dict[str, date | None]:
    """Article slug -> its date, read once per build."""
    return {a.slug: article_date(a) for a in corpus.articles}


def last_quoted(quotes: Sequence[CorpusQuote], dates: dict[str, date | None]) -> date | None:
    known = [d for q in quotes if (d := dates.get(q.article_slug)) is not None]
    return max(known) if known else None


def name_letter(name: str) -> str | None:
    """``a``–``z`` for a name's first letter, accents dropped; None for "‘The …" or digits."""
    for char in unicodedata.normalize("NFKD", name.strip()).casefold():
        if "a" <= char <= "z":
            return char
        if char.isalnum():
            return None
    return None


def speaker_index_page(
    corpus: Corpus, uris: SiteUris, dates: dict[str, date | None], render: RenderTemplate
) -> GeneratedPage:
    uri = uris.speaker_index
    lettered: set[str] = set()
    sections = []
    for kind, heading in KIND_SECTIONS:
        speakers = sorted(
            (s for s in corpus.speakers if s.kind == kind),
            key=lambda s: (s.name.casefold(), s.slug),
        )
        rows = []
        for s in speakers:
            quotes = corpus.quotes_by_speaker(s.slug)
            newest = last_quoted(quotes, dates)
            letter = name_letter(s.name) if kind in ("person", "organisation") else None
            if letter in lettered:
                letter = None
            elif letter is not None:
                lettered.add(letter)
            rows.append(
                SpeakerIndexRow(
                    link=Link(s.name, relative_href(uri, uris.speaker(s.slug))),
                    role=s.roles[0] if s.roles else "",
                    quote_count=len(quotes),
                    article_count=len(corpus.articles_quoting(s.slug)),
                    last_quoted=newest.isoformat() if newest else "",
                    last_quoted_shown=display_date(newest) or "",
                    letter=letter,
                )
            )
        if rows:
            sections.append(
                SpeakerIndexSection(
                    heading,
                    kind,
                    rows,
                    show_role=any(r.role for r in rows),
                    show_last_quoted=any(r.last_quoted for r in rows),
                )
            )
    letters = [(chr(c).upper(), chr(c) in lettered) for c in range(ord("a"), ord("z") + 1)]
    markdown = render(
        "speaker_index.md.j2",
        title="Speakers",
        sections=sections,
        letters=letters if lettered else [],
        speaker_count=len(corpus.speakers),
    )
    return GeneratedPage(uri, markdown, "Speakers", in_nav=True)


def splits_by_month(corpus: Corpus, dates: dict[str, date | None], option: str) -> bool:
    return option == "month" or (option == "auto" and any(dates.values()))


def quote_index_pages(
    quotes: Sequence[CorpusQuote],
    uris: SiteUris,
    dates: dict[str, date | None],
    by_month: bool,
    page_size: int,
    render: RenderTemplate,
    group: GroupQuotes,
    finder: bool,
    data: list[Link],
) -> list[GeneratedPage]:
    """The quote index: ``quotes/index.md`` and the pages it links, newest first.

    By month, the index lists the months and each month has its page(s)
    (``quotes/2016-10.md``, ``quotes/2016-10/page-2.md``), undated quotes last
    (``quotes/undated.md``); by count, the index is page 1 (``quotes/page-2.md`` …).
    ``data``, the links to the data files (relative to the index), go on the index.
    """
    buckets: list[tuple[str, str, list[CorpusQuote]]] = []  # slug, label, quotes
    if by_month:
        for q in quotes:
            day = dates.get(q.article_slug)
            slug = f"{day.year:04d}-{day.month:02d}" if day else "undated"
            if not buckets or buckets[-1][0] != slug:
                label = f"{MONTHS[day.month - 1]} {day.year}" if day else "Undated"
                buckets.append((slug, label, []))
            buckets[-1][2].append(q)
    else:
        buckets.append(("", "All quotes", list(quotes)))
    index_uri = uris.quote_index
    finder_uri = uris.finder if finder else None

    def page_uri(slug: str, number: int) -> str:
        if not slug:
            return index_uri if number == 1 else f"{uris.quotes}/page-{number}.md"
        return (
            f"{uris.quotes}/{slug}.md" if number == 1 else f"{uris.quotes}/{slug}/page-{number}.md"
        )

    pages: list[GeneratedPage] = []
    month_links: list[tuple[Link, int]] = []
    for position, (slug, label, bucket) in enumerate(buckets):
        chunks = [bucket[i : i + page_size] for i in range(0, len(bucket), page_size)] or [[]]
        targets = [page_uri(slug, n) for n in range(1, len(chunks) + 1)]
        for number, (uri, chunk) in enumerate(zip(targets, chunks, strict=True), start=1):
            title = label if number == 1 else f"{label}, page {number}"
            if slug:
                title = f"Quotes: {title}"
            newer = older = None
            if slug and number == 1 and position > 0:
                newer = Link(
                    buckets[position - 1][1],
                    relative_href(uri, page_uri(buckets[position - 1][0], 1)),
                )
            if slug and number == len(chunks) and position + 1 < len(buckets):
                older = Link(
                    buckets[position + 1][1],
                    relative_href(uri, page_uri(buckets[position + 1][0], 1)),
                )
            markdown = render(
                "quote_index.md.j2",
                title=title,
                groups=group(chunk, uri),
                quote_count=len(bucket),
                pages=[
                    PageLink(n, None if n == number else relative_href(uri, target))
                    for n, target in enumerate(targets, start=1)
                ]
                if len(targets) > 1
                else [],
                newer=newer,
                older=older,
                index=relative_href(uri, index_uri) if slug else None,
                finder=relative_href(uri, finder_uri) if finder_uri else None,
                data=data if uri == index_uri else [],
            )
            parent = None if uri == index_uri else index_uri
            pages.append(
                GeneratedPage(uri, markdown, title, in_nav=uri == index_uri, parent_uri=parent)
            )
        if slug:
            month_links.append((Link(label, relative_href(index_uri, targets[0])), len(bucket)))
    if by_month:
        markdown = render(
            "quote_months.md.j2",
            title="All quotes",
            months=month_links,
            quote_count=len(quotes),
            finder=relative_href(index_uri, finder_uri) if finder_uri else None,
            data=data,
        )
        pages.insert(0, GeneratedPage(index_uri, markdown, "All quotes", in_nav=True))
    return pages


def finder_page(
    corpus: Corpus, uris: SiteUris, dates: dict[str, date | None], render: RenderTemplate
) -> GeneratedPage:
    uri = uris.finder
    markdown = render(
        "finder.md.j2",
        title="Find quotes",
        quote_count=len(corpus.quotes),
        quote_index=relative_href(uri, uris.quote_index),
        speaker_index=relative_href(uri, uris.speaker_index),
    )
    return GeneratedPage(uri, markdown, "Find quotes", in_nav=True)


def quote_filters(
    corpus: Corpus, q: CorpusQuote, speaker: Speaker, dates: dict[str, date | None], statuses: bool
) -> list[tuple[str, str]]:
    """The finder's facets for one quote page, as (filter, value) pairs.

    A facet no article fills (no outlet, no date) is left out rather than offered
    with one empty value; ``status`` only where the editors gave some quote one.
    """
    article = corpus.article(q.article_slug)
    filters = [("speaker", speaker.name)]
    if article.meta.source:
        filters.append(("outlet", article.meta.source))
    if (day := dates.get(q.article_slug)) is not None:
        filters.append(("year", str(day.year)))
    if statuses:
        filters.append(("status", q.status or "not reviewed"))
    return filters
