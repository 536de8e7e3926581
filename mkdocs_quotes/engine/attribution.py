"""Credit every quoted span of one article: stage one (``rules``) finds the words that
speak, stage two (``naming``) makes them a speaker, and a span with neither continues
the quote before it or stays unattributed. Titles and scare quotes are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping
from dataclasses import replace
from itertools import accumulate
from typing import TYPE_CHECKING

from .confidence import Confidence, confidence_of
from .cut_titles import close_cut_title
from .described_antecedents import described_antecedent
from .domain import ArticleQuotes, Mention, Quote, SpeakerKind, SpeakerRef
from .echoes import REPEATS_EARLIER, Echoes
from .floor_taken import FLOOR_TAKEN, floor_taken
from .lexicon.marks import DOUBLE_MARKS, OPENING_MARKS
from .marks import MarkedSpan, spans_by_paragraph
from .naming import UNATTRIBUTED, as_author, name_speaker, resolve_pronoun
from .not_quotes import (
    headline_with_a_byline,
    introduced_as_a_work,
    is_partial,
    is_scare_quote,
    looks_like_title,
    named_as_a_work_or_term,
    names_a_term,
)
from .paragraphs import Paragraphs
from .rules import ParagraphView, SpanContext, find_speaking_mention
from .speakers import SpeakerResolver
from .speaking import Attribution, SpeakingMention
from .transcripts import is_stage_direction, transcript_label

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONTINUES_PREVIOUS = "continues_previous_quote"
NO_RULE = "unattributed"


def attribute(
    text: str, paragraphs: Paragraphs, spans: list[MarkedSpan], docs: Mapping[int, Doc]
) -> ArticleQuotes:
    """Attribute every marked span of one article; docs are its parsed paragraphs,
    read in order (extraction.py parses them as they are read)."""
    quoted_at = [(s.open_start, s.close_end) for s in spans]
    stretches = QuotedStretches(quoted_at)
    spans_of_paragraph = spans_by_paragraph(spans)
    resolver = SpeakerResolver(text, quoted_at, paragraphs.starts)
    quotes: list[Quote] = []
    recent: list[tuple[int, SpeakerRef]] = []
    paragraphs_read = 0
    views: dict[int, ParagraphView] = {}
    utterance = -1
    previous: Quote | None = None
    echoes = Echoes()
    answered: Quote | None = None  # the quote a chant said again answered
    for span in spans:
        # The resolver reads the article in order, up to this paragraph: parsed ones,
        # and those nobody parsed, which still name people a later "he" may mean
        # (skimmed after the parsed ones before them, whose names they may shorten).
        for index in range(paragraphs_read, span.paragraph + 1):
            if index in docs:
                resolver.observe(docs[index][:], paragraphs.starts[index])
            else:
                resolver.skim(paragraphs.texts[index], paragraphs.starts[index])
        paragraphs_read = max(paragraphs_read, span.paragraph + 1)
        doc = docs.get(span.paragraph)
        if doc is None:
            continue
        quoted = text[span.start : span.end]
        if is_stage_direction(quoted):
            continue
        if span.paragraph not in views:
            views[span.paragraph] = ParagraphView.build(
                doc, paragraphs.starts[span.paragraph], spans_of_paragraph[span.paragraph]
            )
        label = transcript_label(quoted)
        if label is not None:
            # '"PENCE: Well, look, …': the label speaks; the quote is what follows it.
            span = replace(span, start=span.start + label.words_start)
            quoted = quoted[label.words_start :]
        context = SpanContext.of(span, docs, views[span.paragraph], paragraphs, resolver, label)
        # Words stage two can't make a speaker ("Meh", "the killing") pass the quote
        # to the next rule; the words are still someone's, so no scare quote.
        refused: list[SpeakingMention] = []
        found = find_speaking_mention(context, _named_by_stage_two(resolver, refused))
        if found is None and previous is not None and previous.paragraph == span.paragraph:
            taker = floor_taken(
                doc, paragraphs.starts[span.paragraph], previous.end, span.open_start
            )
            found = Attribution(FLOOR_TAKEN, taker) if taker is not None else None
        speaker = name_speaker(found.mention, resolver) if found else None
        if speaker is not None:
            speaker = close_cut_title(speaker, text, span.open_start)
        if speaker is not None and names_a_term(speaker, quoted):
            found, speaker = None, None
        rule = found.rule if found else NO_RULE
        cue = found.mention.cue if found else None
        margin: float | None = None
        if speaker is not None:
            start = paragraphs.starts[span.paragraph]
            people = resolver.people
            found_by = described_antecedent(speaker, doc, start, people, stretches.touch, text)
            speaker = found_by or speaker
            speaker, margin = resolve_pronoun(as_author(speaker), span.start, resolver, recent)
        inherited, source = False, previous
        if speaker is None and previous is not None and _can_inherit(span, previous, paragraphs):
            # A paragraph of nothing but a chant said before: whoever said it then; and
            # after the chant, the one it answered speaks on.
            echoed = echoes.speaker_of(quoted) if _alone(span, paragraphs) else None
            if echoed is not None:
                speaker, rule, cue, answered = echoed, REPEATS_EARLIER, None, previous
            else:
                source = answered if previous.rule == REPEATS_EARLIER and answered else previous
                speaker, inherited, cue = source.speaker, True, source.cue
                rule = CONTINUES_PREVIOUS
        if speaker is not None and speaker.kind == "unknown":
            # A pronoun nobody in the article answers to: never show "he" as a speaker.
            near = previous is not None and span.paragraph - previous.paragraph <= 1
            if near and previous:
                speaker, margin = previous.speaker, 0.0  # a guess: the pronoun found no one
            else:
                speaker, rule = SpeakerRef(UNATTRIBUTED, "unknown", speaker.mention), NO_RULE
        if speaker is None:
            if is_scare_quote(span, text) and not refused:
                continue
            speaker = SpeakerRef(UNATTRIBUTED, "unknown")
        if looks_like_title(quoted) and (found is None or introduced_as_a_work(span, text)):
            continue  # a title: a show, a book, a slogan, "on MSNBC's “Morning Joe.”"
        if named_as_a_work_or_term(span, text):
            continue  # "the so-called ''safe harbor''", 'the “Titanic” director'
        if headline_with_a_byline(span, text):
            continue  # '"Museum to close," by Times' Jane Doe: "…"': a digest's headline
        continues_previous = (
            previous is not None
            and previous.speaker.name == speaker.name
            and (span.continued or (inherited and span.paragraph == previous.paragraph))
        )
        if not continues_previous:
            utterance += 1
        speaker = _tidy_mention(speaker, text, stretches)
        quote = Quote(
            text=quoted,
            start=span.start,
            end=span.end,
            speaker=speaker,
            cue=cue,
            partial=is_partial(span, text),
            utterance=utterance,
            paragraph=span.paragraph,
            rule=rule,
            confidence=confidence_of(
                rule,
                attributed=speaker.name != UNATTRIBUTED,
                pronoun_margin=margin,
                inherited=_confidence(source) if inherited and source else None,
            ),
        )
        quotes.append(quote)
        previous = quote
        echoes.remember(quoted, speaker)
        if speaker.kind != "unknown":
            recent.append((span.start, speaker))
    mentions = sorted({p.name for p in resolver.people if " " in p.name})
    typed_mentions: tuple[tuple[str, SpeakerKind], ...] = tuple(
        (name, "person") for name in mentions
    )
    return ArticleQuotes(quotes=tuple(quotes), mentions=typed_mentions)


def _confidence(quote: Quote) -> Confidence:
    """A continuation is as sure as the quote whose speaker it takes."""
    if quote.confidence == "high":
        return "high"
    return "medium" if quote.confidence == "medium" else "low"


def _named_by_stage_two(
    resolver: SpeakerResolver, refused: list[SpeakingMention]
) -> Callable[[SpeakingMention], bool]:
    """Does stage two make the words a speaker? Refused words are kept in ``refused``."""

    def speaks(mention: SpeakingMention) -> bool:
        if name_speaker(mention, resolver) is None:
            refused.append(mention)
            return False
        return True

    return speaks


class QuotedStretches:
    """Where an article's quotes stand (opening to closing mark), asked whether a
    stretch of text touches one: in log time, as a long article asks once per quote."""

    def __init__(self, stretches: list[tuple[int, int]]) -> None:
        ordered = sorted(stretches)
        self._opens = [open_ for open_, _ in ordered]
        # The furthest any quote opened so far reaches: quotes may nest or overlap.
        self._reach = list(accumulate((close for _, close in ordered), max))

    def touch(self, start: int, end: int) -> bool:
        """Does any quote overlap ``start`` <= offset < ``end``?"""
        opened_before_end = bisect_left(self._opens, end)
        return opened_before_end > 0 and self._reach[opened_before_end - 1] > start


def _tidy_mention(speaker: SpeakerRef, text: str, quotes: QuotedStretches) -> SpeakerRef:
    """The speaker with its mention cut to the words outside any quote that name it.

    An attribution phrase is cut from the parse, which can start it inside the quote
    ('dory,” Gene Sperling, a top adviser') or run it into the next one ('the hacker
    known as “Guccifer'); the article page links the mention to the speaker's page,
    and a link may not cross a quote's marks. No such words: no mention.
    """
    mention = speaker.mention
    if mention is None:
        return speaker

    def clear(start: int, end: int) -> bool:
        return not quotes.touch(start, end) and not any(
            mark in text[start:end] for mark in DOUBLE_MARKS
        )

    if clear(mention.start, mention.end):
        return speaker
    surname = speaker.name.split()[-1].lower() if speaker.name.split() else ""
    for piece in re.finditer(f"[^{DOUBLE_MARKS}]+", mention.text):
        words = piece.group().strip(_EDGE_PUNCTUATION)
        start = mention.start + piece.start() + piece.group().index(words) if words else 0
        end = start + len(words)
        if words and surname in words.lower() and clear(start, end):
            return replace(speaker, mention=Mention(words, start, end))
    return replace(speaker, mention=None)


_EDGE_PUNCTUATION = " ,;:.()[]—–-"


def _alone(span: MarkedSpan, paragraphs: Paragraphs) -> bool:
    """Is the quote, marks and all, the whole of its paragraph?"""
    start = paragraphs.starts[span.paragraph]
    return span.open_start == start and span.close_end - start >= len(
        paragraphs.texts[span.paragraph]
    )


def _can_inherit(span: MarkedSpan, previous: Quote, paragraphs: Paragraphs) -> bool:
    """A quote with no cue of its own continues the last speaker nearby."""
    if span.continued:
        return True
    if span.paragraph == previous.paragraph:
        return True
    if span.paragraph - previous.paragraph > 1:
        return False
    # A paragraph that opens with the quote, right after a quoted paragraph.
    para = paragraphs.texts[span.paragraph]
    return span.open_start - paragraphs.starts[span.paragraph] <= 1 or para[:1] in OPENING_MARKS
