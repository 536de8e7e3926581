"""What the page templates see: links, quote entries and marked-up paragraphs.

Text from articles stays plain ``str`` here (the template environment escapes it on
output); hrefs and marked-up paragraphs are ``Markup`` built by ``safe_markdown``.
Hrefs are relative to the page being rendered, so views are built per page.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from markupsafe import Markup

from .corpus import Corpus, CorpusQuote, Speaker, name_key
from .model import Article
from .safe_markdown import Highlight, InlineLink, mark_up_paragraph, markdown_link, relative_href

# Words that say nothing about who a mention is ("the", "a"): "the spokesman" still
# names "a Taliban spokesman", but "he" does not name "John Kirby".
_FILLER_WORDS = frozenset({"a", "an", "the", "one", "of", "another"})
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class SiteUris:
    """Where each page lives, as a src_uri (``speakers/john-kirby.md``)."""

    articles: str
    speakers: str
    quotes: str

    def article(self, slug: str) -> str:
        return f"{self.articles}/{slug}.md"

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


@dataclass(frozen=True)
class Link:
    text: str
    href: Markup


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


@dataclass(frozen=True)
class ArticleGroup:
    article: Link
    quotes: list[QuoteItem]
    continued: bool = False
    """The same article's quotes began on the previous page of a paginated speaker."""
    slug: str = ""


@dataclass(frozen=True)
class SpeakerRow:
    link: Link
    role: str
    quote_count: int
    article_count: int


@dataclass(frozen=True)
class SpeakerSection:
    title: str
    rows: list[SpeakerRow]


def paragraph_anchor(index: int) -> str:
    """Paragraphs count from 1 in URLs, as a reader counts them."""
    return f"p-{index + 1}"


def quote_anchor(quote_id: str) -> str:
    return f"q-{quote_id}"


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
    return QuoteItem(
        id=q.id,
        text=q.quote.text,
        partial=q.quote.partial,
        cue=q.quote.cue,
        role=q.quote.speaker.role,
        speaker=Link(speaker.name, relative_href(from_uri, uris.speaker(speaker.slug))),
        article=Link(article.title, in_context),
        paragraph=paragraph,
        permalink=relative_href(from_uri, uris.quote(q.id)) if quote_pages else in_context,
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
            groups.append(ArticleGroup(link, [], slug=article.slug))
        groups[-1].quotes.append(quote_item(corpus, q, from_uri, uris, quote_pages))
    return groups


def article_paragraphs(
    corpus: Corpus,
    article: Article,
    from_uri: str,
    uris: SiteUris,
    only: int | None = None,
    current: str | None = None,
) -> tuple[list[Markup], frozenset[str]]:
    """The article's paragraphs with quotes marked and speakers linked.

    On the article page (``only`` None) each paragraph and each quote carries its
    ``id``; a quote page shows just paragraph ``only``, without ids (they would be
    duplicates of the article's), with quote ``current`` set apart.
    Returns the paragraphs and the ids of the quotes marked in them.
    """
    with_ids = only is None
    starts = article.paragraph_starts
    text = article.text
    quotes = [q for q in corpus.quotes_in_article(article.slug) if q.in_text]
    highlights: dict[int, list[tuple[CorpusQuote, Highlight]]] = defaultdict(list)
    links: dict[int, dict[tuple[int, int], InlineLink]] = defaultdict(dict)
    for q in quotes:
        speaker = corpus.speaker(q.speaker_slug)
        css = "mq-quote mq-current" if q.id == current else "mq-quote"
        index = _paragraph_index(starts, q.quote.start)
        anchor = quote_anchor(q.id) if with_ids else None
        # A quote across paragraphs is marked in each, anchored in the first.
        while index < len(starts) and starts[index] < q.quote.end:
            para_start = starts[index]
            para_end = para_start + len(article.paragraphs[index])
            start, end = max(q.quote.start, para_start), min(q.quote.end, para_end)
            if start < end and only in (None, index):
                highlights[index].append(
                    (q, Highlight(start - para_start, end - para_start, anchor, css, speaker.name))
                )
                anchor = None
            index += 1
        mention = q.quote.speaker.mention
        if not mention or not starts:
            continue
        index = _paragraph_index(starts, mention.start)
        para_start = starts[index]
        if (
            only in (None, index)
            and mention.end <= para_start + len(article.paragraphs[index])
            and text[mention.start : mention.end] == mention.text
            and _names(mention.text, speaker)
        ):
            href = relative_href(from_uri, uris.speaker(speaker.slug))
            span = (mention.start - para_start, mention.end - para_start)
            links[index][span] = InlineLink(*span, href)

    paragraphs: list[Markup] = []
    placed: set[str] = set()
    for index, paragraph in enumerate(article.paragraphs):
        if only is not None and index != only:
            continue
        marks = highlights.get(index, [])
        para_links = list(links.get(index, {}).values())
        # First pass finds which attributions got linked; quotes whose speaker is
        # not named in the paragraph then get the name after them.
        first_pass = mark_up_paragraph(paragraph, [h for _, h in marks], para_links)
        final = _with_speaker_after(corpus, marks, first_pass.linked, starts[index], from_uri, uris)
        marked = mark_up_paragraph(paragraph, final, para_links)
        placed.update(anchor.removeprefix("q-") for anchor in marked.anchors)
        anchor = f' id="{paragraph_anchor(index)}"' if with_ids else ""
        paragraphs.append(Markup(f'<span class="mq-para"{anchor}>{marked.markdown}</span>'))
    return paragraphs, frozenset(placed)


def _with_speaker_after(
    corpus: Corpus,
    marks: list[tuple[CorpusQuote, Highlight]],
    linked: frozenset[tuple[int, int]],
    para_start: int,
    from_uri: str,
    uris: SiteUris,
) -> list[Highlight]:
    last_of_utterance: dict[tuple[str, int], int] = {}
    for position, (q, _) in enumerate(marks):
        last_of_utterance[q.speaker_slug, q.quote.utterance] = position
    result = []
    for position, (q, highlight) in enumerate(marks):
        mention = q.quote.speaker.mention
        named_here = mention is not None and (
            (mention.start - para_start, mention.end - para_start) in linked
        )
        if named_here or last_of_utterance[q.speaker_slug, q.quote.utterance] != position:
            result.append(highlight)
            continue
        speaker = corpus.speaker(q.speaker_slug)
        link = markdown_link(speaker.name, relative_href(from_uri, uris.speaker(speaker.slug)))
        after = Markup(f' <span class="mq-who">— {link}</span>')
        result.append(
            Highlight(
                highlight.start,
                highlight.end,
                highlight.anchor_id,
                highlight.css_class,
                highlight.title,
                after,
            )
        )
    return result


def _paragraph_index(starts: tuple[int, ...], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def _names(mention: str, speaker: Speaker) -> bool:
    """Whether a mention's words name the speaker ("Kirby" yes, "he" no)."""
    words = set(name_key(mention).split()) - _FILLER_WORDS
    known = {w for n in (speaker.name, *speaker.aliases) for w in name_key(n).split()}
    return bool(words & known)
