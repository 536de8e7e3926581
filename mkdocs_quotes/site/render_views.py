"""What the page templates see: links, quote entries and marked-up paragraphs.

Text from articles stays plain ``str`` here (the template environment escapes it on
output); hrefs and marked-up paragraphs are ``Markup``, every article string in them
passed through ``safe_markdown.escape_text``.
Hrefs are relative to the page being rendered, so views are built per page.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from markupsafe import Markup

from .corpus import Corpus, CorpusQuote, Speaker, name_key
from ..reader.article import Article
from .safe_markdown import escape_text, markdown_link, relative_href, widen_to_marks

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


@dataclass(frozen=True)
class Link:
    text: str
    href: Markup


@dataclass(frozen=True)
class ArticleRow:
    link: Link
    date: str
    source: str
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
        # The title this article gives, else the one another article does.
        role=q.quote.speaker.role or next(iter(speaker.roles), None),
        speaker=Link(speaker.name, relative_href(from_uri, uris.speaker(speaker.slug))),
        article=Link(article.title, in_context),
        paragraph=paragraph,
        permalink=relative_href(from_uri, uris.quote(q.id)) if quote_pages else in_context,
        article_page=relative_href(from_uri, article_uri),
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
    """The article's paragraphs with quotes marked and each attribution linked in place.

    On the article page (``only`` None) each paragraph and each quote carries its
    ``id``; a quote page shows just paragraph ``only``, without ids (they would be
    duplicates of the article's), with quote ``current`` set apart.
    Returns the paragraphs and the ids of the quotes marked in them.
    """
    with_ids = only is None
    starts = article.paragraph_starts
    text = article.text
    marks: dict[int, list[QuoteMark]] = defaultdict(list)
    mentions: dict[int, dict[tuple[int, int], MentionLink]] = defaultdict(dict)
    for q in corpus.quotes_in_article(article.slug):
        if not q.in_text or not starts:
            continue
        speaker = corpus.speaker(q.speaker_slug)
        speaker_href = relative_href(from_uri, uris.speaker(speaker.slug))
        css = "mq-quote mq-current" if q.id == current else "mq-quote"
        index = _paragraph_index(starts, q.quote.start)
        anchor = quote_anchor(q.id) if with_ids else None
        # A quote across paragraphs is marked in each, anchored in the first.
        while index < len(starts) and starts[index] < q.quote.end:
            para_start = starts[index]
            para_end = para_start + len(article.paragraphs[index])
            start, end = max(q.quote.start, para_start), min(q.quote.end, para_end)
            if start < end and only in (None, index):
                marks[index].append(
                    QuoteMark(start - para_start, end - para_start, anchor, css, speaker, q)
                )
                anchor = None
            index += 1
        mention = q.quote.speaker.mention
        if mention is None or not mention.text.strip():
            continue
        index = _paragraph_index(starts, mention.start)
        para_start = starts[index]
        if (
            only in (None, index)
            and para_start <= mention.start
            and mention.end <= para_start + len(article.paragraphs[index])
            and text[mention.start : mention.end] == mention.text
        ):
            span = (mention.start - para_start, mention.end - para_start)
            known = mentions[index].get(span)
            if known is None:
                known = mentions[index][span] = MentionLink(
                    *span, speaker, speaker_href, names=_names(mention.text, speaker)
                )
            if known.speaker.slug == speaker.slug:
                known.utterances.add(q.quote.utterance)

    paragraphs: list[Markup] = []
    placed: set[str] = set()
    for index, paragraph in enumerate(article.paragraphs):
        if only is not None and index != only:
            continue
        markdown, anchors = mark_up_quotes(
            paragraph, marks.get(index, []), list(mentions.get(index, {}).values()), from_uri, uris
        )
        placed.update(anchor.removeprefix("q-") for anchor in anchors)
        anchor = f' id="{paragraph_anchor(index)}"' if with_ids else ""
        paragraphs.append(Markup(f'<span class="mq-para"{anchor}>{markdown}</span>'))
    return paragraphs, frozenset(placed)


@dataclass(frozen=True)
class QuoteMark:
    """A quote, or its part in one paragraph, to mark; offsets are the paragraph's."""

    start: int
    end: int
    anchor_id: str | None
    css_class: str
    speaker: Speaker
    quote: CorpusQuote


@dataclass
class MentionLink:
    """Words of the paragraph that say who speaks ("he", "Pentagon spokesman John Kirby")."""

    start: int
    end: int
    speaker: Speaker
    href: Markup
    names: bool
    """The words name the speaker ("Kirby"); "he" or "the spokesman" do not."""
    utterances: set[int] = field(default_factory=set)
    """The utterances of ``speaker`` this mention attributes."""


def mark_up_quotes(
    text: str,
    marks: Sequence[QuoteMark],
    mentions: Sequence[MentionLink],
    from_uri: str,
    uris: SiteUris,
) -> tuple[Markup, frozenset[str]]:
    """One paragraph as Markdown: quotes in ``<mark>``, the attribution linked in place.

    The article's words stay as written. A mention is linked to the speaker's page,
    titled with the speaker's name where the words differ from it ("he"); a quote
    whose speaker is not linked in the paragraph (named in an earlier one, or the
    mention overlaps a quote) gets a small badge with the name after its utterance's
    last part. Overlapping spans are dropped, quotes first, so the mark-up nests.
    Returns the Markdown and the ids of the quotes marked.
    """
    placed: list[tuple[int, int, QuoteMark | MentionLink]] = []

    def free(start: int, end: int) -> bool:
        return 0 <= start < end <= len(text) and all(end <= s or start >= e for s, e, _ in placed)

    for mark in sorted(marks, key=lambda m: (m.start, m.end, m.anchor_id or "")):
        start, end = widen_to_marks(text, mark.start, mark.end)
        if not free(start, end):
            start, end = mark.start, mark.end
        if free(start, end):
            placed.append((start, end, mark))
    named: set[tuple[str, int]] = set()
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        if free(mention.start, mention.end):
            placed.append((mention.start, mention.end, mention))
            named.update((mention.speaker.slug, u) for u in mention.utterances)
    placed.sort(key=lambda p: p[0])
    # The badge goes once per utterance, after its last part in the paragraph.
    last_part = {
        (item.speaker.slug, item.quote.quote.utterance): position
        for position, (_, _, item) in enumerate(placed)
        if isinstance(item, QuoteMark)
    }

    out: list[str] = []
    anchors: set[str] = set()
    position = 0
    for number, (start, end, item) in enumerate(placed):
        out.append(escape_text(text[position:start]))
        words = text[start:end]
        position = end
        if isinstance(item, MentionLink):
            out.append(_mention_link(words, item))
            continue
        anchor = f' id="{item.anchor_id}"' if item.anchor_id else ""
        if item.anchor_id:
            anchors.add(item.anchor_id)
        out.append(
            f'<mark class="{item.css_class}"{anchor} title="{escape_text(item.speaker.name)}">'
            f"{escape_text(words)}</mark>"
        )
        key = (item.speaker.slug, item.quote.quote.utterance)
        if key not in named and last_part[key] == number:
            href = relative_href(from_uri, uris.speaker(item.speaker.slug))
            out.append(f'<sup class="mq-who">{markdown_link(item.speaker.name, href)}</sup>')
    out.append(escape_text(text[position:]))
    return Markup("".join(out)), frozenset(anchors)


def _mention_link(words: str, mention: MentionLink) -> Markup:
    """``[he](speaker.md "Khairddin Logari")``: the article's words, the name on hover.

    Where the words do not name the speaker at all, the stylesheet also shows the
    name small after them (``.mq-by a::after``), for readers who cannot hover.
    """
    name = mention.speaker.name
    if name_key(words) == name_key(name):
        return markdown_link(words, mention.href)
    # Parentheses too: an unbalanced one could end the link's destination early.
    # (On a plain str: Markup.replace would escape the entities it puts in.)
    title = str(escape_text(name)).replace("(", "&#40;").replace(")", "&#41;")
    link = Markup(f'[{escape_text(words)}]({mention.href} "{title}")')
    return link if mention.names else Markup(f'<span class="mq-by">{link}</span>')


def _paragraph_index(starts: tuple[int, ...], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def _names(mention: str, speaker: Speaker) -> bool:
    """Whether a mention's words name the speaker ("Kirby" yes, "he" no)."""
    words = set(name_key(mention).split()) - _FILLER_WORDS
    known = {w for n in (speaker.name, *speaker.aliases) for w in name_key(n).split()}
    return bool(words & known)
