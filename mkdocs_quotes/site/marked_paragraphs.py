"""An article's paragraphs as its page shows them: quotes marked, attributions linked.

The article's words stay as written; every one of them passes through
``safe_markdown.escape_text`` on its way into the ``Markup`` returned here.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup

from ..reader.article import Article
from .corpus import Corpus, CorpusQuote, Speaker, name_key
from .render_views import SiteUris, paragraph_anchor, quote_anchor
from .safe_markdown import escape_text, markdown_link, relative_href, widen_to_marks

# Words that say nothing about who a mention is ("the", "a"): "the spokesman" still
# names "a Taliban spokesman", but "he" does not name "John Kirby".
_FILLER_WORDS = frozenset({"a", "an", "the", "one", "of", "another"})


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
