"""What every stage-one rule reads about one quoted span: its paragraph's parse, the
sentence around it, the windows of words beside it. Computed once per span."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon.marks import OPENING_TOKENS
from ..marks import MarkedSpan
from ..not_quotes import is_short_title
from ..transcripts import TranscriptLabel

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..domain import SpeakerRef
    from ..paragraphs import Paragraphs
    from ..speakers import SpeakerResolver


@dataclass(frozen=True)
class ParagraphView:
    """What every span of one paragraph shares: its spans, token offsets, which tokens
    lie inside quotes, and where its sentences start outside them.

    Computed once a paragraph, so a paragraph of many quotes costs each quote only
    its own window (bisecting the offsets), never a walk over the whole paragraph.
    """

    spans: list[MarkedSpan]
    text: str
    offsets: list[int]
    inside: list[bool]
    starts: list[int]

    @classmethod
    def build(cls, doc: Doc, base: int, spans: list[MarkedSpan]) -> ParagraphView:
        offsets = [base + t.idx for t in doc]
        inside = [False] * len(offsets)
        for span in spans:
            for i in range(
                bisect_left(offsets, span.open_start), bisect_left(offsets, span.close_end)
            ):
                inside[i] = True
        starts = outside_sentence_starts(doc, base, spans, inside)
        return cls(spans, doc.text, offsets, inside, starts)

    def tokens(self, doc: Doc, start: int, end: int) -> list[Token]:
        """The tokens that begin at absolute offsets ``start`` <= offset < ``end``."""
        return list(doc[bisect_left(self.offsets, start) : bisect_left(self.offsets, end)])


def outside_sentence_starts(
    doc: Doc, base: int, spans: list[MarkedSpan], inside: list[bool]
) -> list[int]:
    starts = [base]
    # Only a quote closing on a full stop can end the reporter's sentence: '"…?" Graham
    # asked.' — spaCy starts a sentence at "Graham"; the reporter's sentence goes on.
    text = doc.text  # Doc.text joins every token: read it once
    runs_on = {s.close_end for s in spans if text[s.end - base - 1 : s.end - base] != "."}
    for token in doc:
        if token.i > 0 and _follows_close(doc, token, base, runs_on):
            continue
        # A sentence never starts in lower case: '…pay his?” a narrator … asks.'
        if (
            token.is_sent_start
            and token.i > 0
            and not inside[token.i]
            and not token.text[:1].islower()
        ):
            prev = doc[token.i - 1]
            # A sentence never starts right after an opening mark or inside a name.
            if prev.text in OPENING_TOKENS and inside[prev.i]:
                continue
            starts.append(base + token.idx)
    # spaCy often misses the break after a quoted sentence: '…neighborhood." Russia said'.
    for span in spans:
        if span.end > span.start and text[span.end - base - 1 : span.end - base] == ".":
            rest = text[span.close_end - base :]
            stripped = rest.lstrip()
            if stripped[:1].isupper():
                starts.append(span.close_end + len(rest) - len(stripped))
    # A quote that opens a sentence: '… on the ballot," Mr. Obama said. "Tolerance …'.
    for span in spans:
        before = text[: span.open_start - base].rstrip()
        if before[-1:] in (".", "!", "?") and span.open_start > base:
            starts.append(span.open_start)
    return sorted(set(starts))


def _follows_close(doc: Doc, token: Token, base: int, closes: set[int]) -> bool:
    """Is ``token`` the first word after one of the closing marks in ``closes``?"""
    prev = doc[token.i - 1]
    return base + prev.idx + len(prev.text) in closes and not prev.is_alpha


# 'LONDON (Reuters) - ', 'MANCHESTER, N.H. (AP) — ', 'Washington (CNN) -- ': the
# place and agency that open a wire story. The parser takes the place for a second
# subject of the first verb, or the name after it for the place's apposition.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'-]+(?:,? [A-Z][A-Za-z.'-]*){0,3}(?: ?\([^()\n]{1,25}\))?"
    r"|[A-Z][\w.'-]*(?:,? [A-Z][\w.'-]*){0,3} ?\([^()\n]{1,25}\))"
    r" ?(?:--|[—–-]) ?"
)


def dateline_length(paragraph: str) -> int:
    """How many characters of a paragraph a wire-story dateline takes, if any."""
    found = _DATELINE.match(paragraph)
    return found.end() if found else 0


@dataclass(frozen=True)
class SpanContext:
    """One quoted span as the rules see it, with the windows of words beside it.

    ``leading`` is the reporter's words of the span's sentence before its opening mark,
    ``trailing`` those after its closing mark up to the next sentence or quote;
    ``window`` both, as token indices. ``resolver`` is stage two, which a rule may ask
    whether a phrase names someone who can speak, never to name the speaker.
    """

    span: MarkedSpan
    doc: Doc
    base: int
    view: ParagraphView
    paragraphs: Paragraphs
    docs: Mapping[int, Doc]
    resolver: SpeakerResolver
    label: TranscriptLabel | None
    quoted: str
    sentence_start: int
    later: list[int]
    next_open: list[int]
    leading: list[Token]
    trailing: list[Token]
    window: set[int]

    @classmethod
    def of(
        cls,
        span: MarkedSpan,
        docs: Mapping[int, Doc],
        view: ParagraphView,
        paragraphs: Paragraphs,
        resolver: SpeakerResolver,
        label: TranscriptLabel | None,
    ) -> SpanContext:
        doc = docs[span.paragraph]
        base = paragraphs.starts[span.paragraph]
        starts, inside = view.starts, view.inside
        sentence_start = max((s for s in starts if s <= span.open_start), default=base)
        if sentence_start == base:
            sentence_start += dateline_length(view.text)
        later = [s for s in starts if s >= span.close_end]
        next_open = [s.open_start for s in view.spans if s.open_start >= span.close_end]
        # A title in marks inside the attribution ('"…," Bill Eastland, wearing "Ted
        # Cruz" pins, said') does not end it the way a next quote does.
        next_quote = [
            s.open_start
            for s in view.spans
            if s.open_start >= span.close_end
            and not is_short_title(view.text[s.start - base : s.end - base])
        ]
        trailing_end = min([*later, *next_quote, base + len(view.text)])
        leading = [t for t in view.tokens(doc, sentence_start, span.open_start) if not inside[t.i]]
        trailing = [t for t in view.tokens(doc, span.close_end, trailing_end) if not inside[t.i]]
        return cls(
            span=span,
            doc=doc,
            base=base,
            view=view,
            paragraphs=paragraphs,
            docs=docs,
            resolver=resolver,
            label=label,
            quoted=view.text[span.start - base : span.end - base],
            sentence_start=sentence_start,
            later=later,
            next_open=next_open,
            leading=leading,
            trailing=trailing,
            window={t.i for t in leading} | {t.i for t in trailing},
        )

    @property
    def before_open(self) -> str:
        """The paragraph's text before the opening mark."""
        return self.view.text[: self.span.open_start - self.base]

    @property
    def after_close(self) -> str:
        """The paragraph's text after the closing mark."""
        return self.view.text[self.span.close_end - self.base :]

    def quoted_roots(self) -> tuple[int, list[Token]]:
        """The index of the first quoted token, and the quoted tokens whose head
        stands outside the quote: where the quote hangs in the reporter's sentence."""
        span, offsets = self.span, self.view.offsets
        first = bisect_left(offsets, span.start)
        quoted = self.doc[first : bisect_left(offsets, span.end)]
        outside = [t for t in quoted if not span.start <= self.base + t.head.idx < span.end]
        return first, outside

    def named(self, phrase: Span, base: int | None = None) -> SpeakerRef:
        """What stage two would make of ``phrase``: for judging a candidate only."""
        return self.resolver.from_phrase(phrase, self.base if base is None else base)
