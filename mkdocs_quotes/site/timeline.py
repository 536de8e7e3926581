"""A speaker's quotes per month as a small SVG bar chart, drawn at build time.

No JavaScript and nothing fetched: the chart is inline markup in the page. It is
drawn in ``currentColor``, so it takes the theme's text colour in light and dark
palettes alike (Material's ``slate`` scheme included); a stylesheet may recolour the
bars through ``--mq-timeline-bar``. A reader who can't see it gets the same figures
three ways: the ``<title>``/``<desc>`` a screen reader announces, a tooltip per bar
and a caption in words. Names reach it only through ``escape_text`` (numeric
entities, valid in HTML and XML alike).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from .article_dates import article_date
from .corpus import Corpus, CorpusQuote, Speaker
from .safe_markdown import escape_text

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
BAR_WIDTHS = (8, 28)
"""The narrowest and widest bar: a few months get wide bars, years of them narrow ones."""
ROW_WIDTH = 360  # what a few months' bars fill, at most
CHART_HEIGHT = 60
TOP = 14  # room for the highest count's label
LEFT = 4
BOTTOM = 16  # room for the years
MIN_WIDTH = 160
ALONGSIDE_SHOWN = 5
"""How many speakers "Quoted alongside" names."""


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int
    """1 to 12."""
    count: int

    @property
    def label(self) -> str:
        return f"{MONTHS[self.month - 1]} {self.year}"


def quotes_per_month(corpus: Corpus, quotes: Iterable[CorpusQuote]) -> tuple[list[MonthCount], int]:
    """Every month from the first quote to the last (empty ones too, so the chart's
    gaps are real gaps), and how many quotes come from undated articles."""
    counts: Counter[tuple[int, int]] = Counter()
    undated = 0
    for q in quotes:
        day = article_date(corpus.article(q.article_slug))
        if day is None:
            undated += 1
        else:
            counts[(day.year, day.month)] += 1
    if not counts:
        return [], undated
    (year, month), last = min(counts), max(counts)
    months = []
    while (year, month) <= last:
        months.append(MonthCount(year, month, counts[(year, month)]))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months, undated


def _text(text: str) -> str:
    """Text for the markup, as a plain ``str``: added to a ``str`` a ``Markup`` would
    escape the markup around it instead."""
    return str(escape_text(text))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def timeline_caption(months: list[MonthCount], undated: int) -> str:
    """The chart in one sentence, for everyone."""
    total = sum(m.count for m in months)
    if len(months) == 1:
        text = f"{_plural(total, 'quote')}, all in {months[0].label}"
    else:
        text = f"{_plural(total, 'quote')} from {months[0].label} to {months[-1].label}"
        peak = max(m.count for m in months)
        busiest = [m for m in months if m.count == peak]
        if len(busiest) == 1:  # "most in" of one of several equal months would mislead
            text += f"; most in {busiest[0].label} ({peak})"
    if undated:
        text += f". Not shown: {_plural(undated, 'quote')} from undated articles"
    return text + "."


def timeline_svg(speaker: Speaker, months: list[MonthCount], undated: int) -> Markup | None:
    """The figure: an SVG bar per month with its caption; None when no quote has a date."""
    if not months:
        return None
    peak = max(m.count for m in months)
    bar = max(BAR_WIDTHS[0], min(BAR_WIDTHS[1], ROW_WIDTH // len(months)))
    gap = max(2, bar // 4)
    width = max(MIN_WIDTH, LEFT * 2 + len(months) * (bar + gap) - gap)
    height = TOP + CHART_HEIGHT + BOTTOM
    base = TOP + CHART_HEIGHT
    parts = [
        f'<svg class="mq-timeline-chart" xmlns="http://www.w3.org/2000/svg" role="img"'
        f' viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
        f' aria-labelledby="mq-timeline-title mq-timeline-desc" fill="currentColor">',
        f'<title id="mq-timeline-title">{_text(f"Quotes per month: {speaker.name}")}</title>',
        f'<desc id="mq-timeline-desc">{_text("; ".join(f"{m.label}: {m.count}" for m in months))}'
        "</desc>",
        f'<line class="mq-timeline-axis" x1="{LEFT}" y1="{base + 0.5}" x2="{width - LEFT}"'
        f' y2="{base + 0.5}" stroke="currentColor" stroke-opacity="0.45"/>',
        f'<text class="mq-timeline-peak" x="{LEFT}" y="{TOP - 4}" font-size="10">max {peak}</text>',
    ]
    for i, m in enumerate(months):
        x = LEFT + i * (bar + gap)
        tip = _text(f"{m.label}: {_plural(m.count, 'quote')}")
        if m.count:
            h = max(2.0, round(CHART_HEIGHT * m.count / peak, 1))
            parts.append(
                f'<rect class="mq-timeline-bar" x="{x}" y="{base - h}" width="{bar}"'
                f' height="{h}" rx="1"><title>{tip}</title></rect>'
            )
        else:  # an empty month keeps a tooltip and a hairline, so it reads as "none"
            parts.append(
                f'<rect class="mq-timeline-empty" x="{x}" y="{base - 1}" width="{bar}"'
                f' height="1" fill-opacity="0.3"><title>{tip}</title></rect>'
            )
        # A year under each January, and under the first month unless the next
        # January's label would overlap it (a label is ~25 units wide).
        if m.month == 1 or (i == 0 and (13 - m.month) * (bar + gap) >= 30):
            parts.append(
                f'<text class="mq-timeline-year" x="{x}" y="{height - 3}" font-size="10">'
                f"{m.year}</text>"
            )
    parts.append("</svg>")
    caption = _text(timeline_caption(months, undated))
    # One line of raw HTML: Markdown leaves a block-level element alone, and a blank
    # line inside it would end the block.
    return Markup(
        f'<figure class="mq-timeline">{"".join(parts)}'
        f'<figcaption class="mq-timeline-caption">{caption}</figcaption></figure>'
    )


@dataclass(frozen=True)
class Alongside:
    speaker: Speaker
    articles: int
    """Articles quoting both."""


def quoted_alongside(corpus: Corpus, speaker: Speaker) -> list[Alongside]:
    """The named speakers most often quoted in the same articles as ``speaker``.

    Unnamed sources are one per article and "Unattributed" is nobody: neither says
    who else spoke on a story, so neither is counted.
    """
    if speaker.kind == "unknown":
        return []
    counts: Counter[str] = Counter()
    for article in corpus.articles_quoting(speaker.slug):
        for other in corpus.speakers_quoted_in(article.slug):
            if other.slug != speaker.slug and other.kind in ("person", "organisation"):
                counts[other.slug] += 1
    ranked = sorted(
        counts, key=lambda slug: (-counts[slug], corpus.speaker(slug).name.casefold(), slug)
    )
    return [Alongside(corpus.speaker(slug), counts[slug]) for slug in ranked[:ALONGSIDE_SHOWN]]
