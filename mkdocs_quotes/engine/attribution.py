"""Find who said each quoted span of an article, parsing only what that needs.

Marks come from a character scanner (marks.py), speakers from the strategies in
strategies.py over spaCy parses of the paragraphs that hold quotes and the ones
before them; this module runs them over an article in order, carrying the last
speaker for quotes that continue an utterance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import TYPE_CHECKING

from .domain import ArticleQuotes, Mention, Quote, SpeakerKind, SpeakerRef
from .marks import MarkedSpan, find_marked_spans
from .speakers import SpeakerResolver
from .strategies import (
    ParagraphView,
    attribute_span,
    is_partial,
)
from .transcripts import is_stage_direction, transcript_label

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Paragraphs:
    """The non-empty lines of an article text and where each starts."""

    texts: list[str]
    starts: list[int]

    @classmethod
    def of(cls, text: str) -> Paragraphs:
        texts, starts, pos = [], [], 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped:
                texts.append(stripped)
                starts.append(pos + line.index(stripped[0]))
            pos += len(line) + 1
        return cls(texts, starts)


_GROUP_ARTICLES = 64
_CONTEXT_SKIPS = ("ner",)
_CONTEXT_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|their|him|them)\b", re.IGNORECASE)


def paragraphs_to_parse(paragraphs: Paragraphs, spans: list[MarkedSpan]) -> list[int]:
    """Paragraphs with quotes, and the one before each where attribution may need it.

    The paragraph before gives pronouns their antecedent ("Logari ... summed up the
    confusion." / "'We don't know,' he told AFP"), quote-only paragraphs and colon
    lead-ins their speaker. A paragraph that names its speakers outright
    ('"…," said John Kirby.') needs nothing before it, and the parser is the cost.
    """
    wanted: set[int] = set()
    for index in sorted({span.paragraph for span in spans}):
        wanted.add(index)
        if index > 0 and _needs_context(paragraphs, index, spans):
            wanted.add(index - 1)
    return sorted(wanted)


def _needs_context(paragraphs: Paragraphs, index: int, spans: list[MarkedSpan]) -> bool:
    text, base = paragraphs.texts[index], paragraphs.starts[index]
    if text[:1] in "\"“‘'«„" or paragraphs.texts[index - 1].rstrip().endswith(":"):
        return True
    outside, last = [], 0
    for span in spans:
        if span.paragraph == index:
            outside.append(text[last : span.open_start - base])
            last = span.close_end - base
    outside.append(text[last:])
    return bool(_CONTEXT_PRONOUN.search(" ".join(outside)))


def extract_articles(
    nlp: Language, texts: Iterable[str], *, batch_size: int = 256
) -> Iterator[ArticleQuotes]:
    """Quotes of many article texts, parsing only what attribution needs, in order.

    One process; parallel.py runs this over several.
    """
    iterator = iter(texts)
    # Articles go through in groups so that paragraphs of many articles share one
    # nlp.pipe call while memory stays bounded: no Doc outlives its group.
    while True:
        group = list(islice(iterator, _GROUP_ARTICLES))
        if not group:
            return
        prepared = []
        quoted: list[tuple[str, tuple[int, int]]] = []
        context: list[tuple[str, tuple[int, int]]] = []
        for article_index, text in enumerate(group):
            paragraphs = Paragraphs.of(text)
            spans = find_marked_spans(paragraphs.texts, paragraphs.starts)
            prepared.append((text, paragraphs, spans))
            with_quotes = {span.paragraph for span in spans}
            for index in paragraphs_to_parse(paragraphs, spans):
                job = (paragraphs.texts[index], (article_index, index))
                (quoted if index in with_quotes else context).append(job)
        docs: list[dict[int, Doc]] = [{} for _ in group]
        # A paragraph parsed only for context is read for its subjects and names; the
        # parser's proper nouns find those (speakers.py), and NER is a third of the cost.
        for jobs, skipped in ((quoted, ()), (context, _CONTEXT_SKIPS)):
            with nlp.select_pipes(disable=[n for n in skipped if n in nlp.pipe_names]):
                for doc, (article, index) in nlp.pipe(jobs, as_tuples=True, batch_size=batch_size):
                    docs[article][index] = doc
        for (text, paragraphs, spans), parsed in zip(prepared, docs, strict=True):
            yield attribute(text, paragraphs, spans, parsed)


def attribute(
    text: str, paragraphs: Paragraphs, spans: list[MarkedSpan], docs: dict[int, Doc]
) -> ArticleQuotes:
    """Attribute every marked span of one article; docs are its parsed paragraphs."""
    resolver = SpeakerResolver(text)
    quotes: list[Quote] = []
    recent: list[tuple[int, SpeakerRef]] = []
    observed: set[int] = set()
    views: dict[int, ParagraphView] = {}
    utterance = -1
    previous: Quote | None = None
    for span in spans:
        for index in sorted(docs):
            if index <= span.paragraph and index not in observed:
                resolver.observe(docs[index][:], paragraphs.starts[index])
                observed.add(index)
        doc = docs.get(span.paragraph)
        if doc is None:
            continue
        quoted = text[span.start : span.end]
        if is_stage_direction(quoted):
            continue
        base = paragraphs.starts[span.paragraph]
        if span.paragraph not in views:
            para_spans = [s for s in spans if s.paragraph == span.paragraph]
            views[span.paragraph] = ParagraphView.build(doc, base, para_spans)
        label = transcript_label(quoted)
        found: tuple[SpeakerRef, str | None] | None
        if label is not None:
            # '"PENCE: Well, look, …': the label speaks; the quote is what follows it.
            found = resolver.from_label(label.name, span.start), None
            span = replace(span, start=span.start + label.words_start)
            quoted = quoted[label.words_start :]
        else:
            found = attribute_span(
                span, doc, base, views[span.paragraph], paragraphs, docs, resolver
            )
        if found is not None and _names_a_term(found[0], quoted):
            found = None
        speaker, cue = found if found else (None, None)
        if speaker is not None and speaker.name == "I":
            # '"…," I said' outside any quote is the writer of a first-person piece;
            # a speaker page called "I" tells a reader nothing.
            speaker = SpeakerRef(THE_AUTHOR, "unnamed", speaker.mention)
        if speaker is not None and speaker.kind == "unknown" and speaker.mention:
            # The antecedent comes before the pronoun as well as the quote: in 'he thinks
            # the Brexit is "a great thing"', Brexit can't be the "he".
            before = min(span.start, speaker.mention.start)
            resolved = resolver.resolve_pronoun(speaker.mention.text, before, recent)
            if resolved is not None:
                speaker = SpeakerRef(resolved.name, resolved.kind, speaker.mention, resolved.role)
        inherited = False
        if speaker is None and previous is not None and _can_inherit(span, previous, paragraphs):
            speaker, inherited = previous.speaker, True
            cue = previous.cue
        if speaker is not None and speaker.kind == "unknown":
            # A pronoun nobody in the article answers to: never show "he" as a speaker.
            near = previous is not None and span.paragraph - previous.paragraph <= 1
            speaker = (
                previous.speaker
                if near and previous
                else SpeakerRef(UNATTRIBUTED, "unknown", speaker.mention)
            )
        if speaker is None:
            if _is_scare_quote(span, text):
                continue
            speaker = SpeakerRef(UNATTRIBUTED, "unknown")
        if _is_title(quoted) and (found is None or _names_a_work(span, text)):
            continue  # a title: a show, a book, a slogan, "on MSNBC's “Morning Joe.”"
        continues_previous = (
            previous is not None
            and previous.speaker.name == speaker.name
            and (span.continued or (inherited and span.paragraph == previous.paragraph))
        )
        if not continues_previous:
            utterance += 1
        speaker = _tidy_mention(speaker, text, spans)
        quote = Quote(
            text=quoted,
            start=span.start,
            end=span.end,
            speaker=speaker,
            cue=cue,
            partial=is_partial(span, text),
            utterance=utterance,
            paragraph=span.paragraph,
        )
        quotes.append(quote)
        previous = quote
        if speaker.kind != "unknown":
            recent.append((span.start, speaker))
    mentions = sorted({(p.name, "person") for p in resolver.people if " " in p.name})
    typed_mentions: tuple[tuple[str, SpeakerKind], ...] = tuple(
        (name, "person") for name, _ in mentions
    )
    return ArticleQuotes(quotes=tuple(quotes), mentions=typed_mentions)


def _names_a_term(speaker: SpeakerRef, quoted: str) -> bool:
    """'her "clawback" plan', 'a "paperwork error': a noun phrase around the term in
    marks, or cut through another quote, is no speaker. (The phrase's span in the
    text is a rough cut; the name is what readers see.)"""
    name = speaker.name.strip(' "“”')
    if name.count('"') % 2 == 1 or name.count("“") != name.count("”"):
        return True
    term = quoted.strip(' ,.;:!?"“”').lower()
    return len(term) >= 3 and term in name.lower()


def _tidy_mention(speaker: SpeakerRef, text: str, spans: list[MarkedSpan]) -> SpeakerRef:
    """The speaker with its mention cut to the words outside any quote that name it.

    An attribution phrase is cut from the parse, which can start it inside the quote
    ('dory,” Gene Sperling, a top adviser') or run it into the next one ('the hacker
    known as “Guccifer'); the article page links the mention to the speaker's page,
    and a link may not cross a quote's marks. No such words: no mention.
    """
    mention = speaker.mention
    if mention is None:
        return speaker
    quoted = [(s.open_start, s.close_end) for s in spans]

    def clear(start: int, end: int) -> bool:
        inside = any(start < close and open_ < end for open_, close in quoted)
        return not inside and not any(mark in text[start:end] for mark in _DOUBLE_MARKS)

    if clear(mention.start, mention.end):
        return speaker
    surname = speaker.name.split()[-1].lower() if speaker.name.split() else ""
    for piece in re.finditer(r"[^\"“”]+", mention.text):
        words = piece.group().strip(_EDGE_PUNCTUATION)
        start = mention.start + piece.start() + piece.group().index(words) if words else 0
        end = start + len(words)
        if words and surname in words.lower() and clear(start, end):
            return replace(speaker, mention=Mention(words, start, end))
    return replace(speaker, mention=None)


_DOUBLE_MARKS = ('"', "“", "”")
_EDGE_PUNCTUATION = " ,;:.()[]—–-"


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
    return span.open_start - paragraphs.starts[span.paragraph] <= 1 or _starts_sentence(para)


def _starts_sentence(para: str) -> bool:
    return para[:1] in "\"“'‘«"


UNATTRIBUTED = "Unattributed"
THE_AUTHOR = "the author"
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "at", "by"}


def _is_title(quoted: str) -> bool:
    """ "Breitbart News Daily", "Hail, Caesar!", "1449075600": names of works or codes.

    Every word capitalised (small words aside) in a short span is a title, a show or
    a slogan's name; a span with no letters at all is a number or a code.
    """
    if not any(c.isalpha() for c in quoted):
        return True
    words = [w.strip(".,:;!?()'’\"“”") for w in quoted.split()]
    words = [w for w in words if w and w.lower() not in _SMALL_WORDS]
    if not words or len(words) > 8:
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() for w in words) and len(words) > 1


_NAMING_WORDS = frozenset(
    "the a an on with in at of from for by into about so-called".split()
    + "show program programme series book memoir novel film movie song album".split()
    + "classic hit single play musical documentary sitcom podcast poem opera".split()
    + "titled entitled".split()
    + "headline column slogan forum event initiative hashtag".split()
)


def _names_a_work(span: MarkedSpan, text: str) -> bool:
    """Title-case words in marks that the sentence uses as a name, not as speech.

    "she said on MSNBC's “Morning Joe.”", "with “Fox News Sunday.”", "in his memoir,
    “Tough Choices.”", "the bipartisan “Gang of Eight”": a preposition, an article, a
    possessive or a noun for a work right before the marks. "called her “Miss
    Piggy”" stays: those were someone's words.
    """
    before = text[max(0, span.open_start - 40) : span.open_start].rstrip(" ,").split()
    if not before:
        return False
    word = before[-1].lower().strip("\"“”'‘’(")
    return word in _NAMING_WORDS or word.endswith(("'s", "’s"))


def _is_scare_quote(span: MarkedSpan, text: str) -> bool:
    """Words in marks with no cue and no speaker nearby: a title or a scare quote."""
    quoted = text[span.start : span.end]
    return is_partial(span, text) or len(quoted.split()) < 8 or span.single


# -- the attribution of one span -------------------------------------------------------


__all__ = ["Paragraphs", "attribute", "extract_articles", "paragraphs_to_parse"]
