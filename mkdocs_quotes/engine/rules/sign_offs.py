"""Stage-one rules for quotes signed off after a dash: '"…" — Commissioner X', a line
'- Hillary Clinton.' under a quote-only paragraph, a reader's comment that ends
'― Carla Ruiz.'"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.marks import DOUBLE_MARKS, LONG_DASHES, SIGN_OFF_DASHES
from ..line_speakers import sign_off_speaker
from ..phrases import sign_off_phrase
from ..speaking import SpeakingLine, SpeakingPhrase

if TYPE_CHECKING:
    from .context import SpanContext


def dash_sign_off(ctx: SpanContext) -> SpeakingPhrase | None:
    """'"…" — Name': a short name after a dash right after the quote."""
    if ctx.after_close.lstrip()[:1] not in SIGN_OFF_DASHES:
        return None
    # A sign-off runs to the end of the paragraph whatever spaCy's sentences say.
    end = min([*ctx.next_open, ctx.base + len(ctx.view.text)])
    phrase = sign_off_phrase(ctx.view.tokens(ctx.doc, ctx.span.close_end, end))
    return SpeakingPhrase(phrase, ctx.base, "—") if phrase is not None else None


def sign_off_below(ctx: SpanContext) -> SpeakingLine | None:
    """'"I will look into it."' / '- Hillary Clinton.': a fact-check or a digest signs
    a quote-only paragraph off on the line below it."""
    span, paragraphs = ctx.span, ctx.paragraphs
    below = span.paragraph + 1
    if below >= len(paragraphs.texts) or not _ends_paragraph(ctx):
        return None
    line = paragraphs.texts[below]
    if line[:1] not in SIGN_OFF_DASHES or len(line.split()) > 12:
        return None
    return _if_names_someone(ctx, SpeakingLine(line, paragraphs.starts[below]))


# A dash and a short name closing a paragraph: "… as a leader.” ― Carla Ruiz."
_CLOSING_SIGN_OFF = re.compile(rf"[{LONG_DASHES}]\s*[A-Z][^{LONG_DASHES}{DOUBLE_MARKS}\n]{{0,60}}$")


def sign_off_closing_paragraph(ctx: SpanContext) -> SpeakingLine | None:
    """A reader's comment quoted over several spans, its marks tangled by a quote
    inside it, signs off at the end of its paragraph: the sign-off is the speaker of
    every span in a paragraph that opens with a quote."""
    if ctx.span.open_start - ctx.base > 1:
        return None
    found = _CLOSING_SIGN_OFF.search(ctx.view.text.rstrip())
    if found is None or ctx.base + found.start() < ctx.span.close_end:
        return None
    return _if_names_someone(ctx, SpeakingLine(found.group(), ctx.base + found.start()))


def _ends_paragraph(ctx: SpanContext) -> bool:
    return ctx.span.close_end - ctx.base >= len(ctx.view.text.rstrip()) - 1


def _if_names_someone(ctx: SpanContext, line: SpeakingLine) -> SpeakingLine | None:
    """The sign-off, if its words up to the first comma can be a name."""
    return line if sign_off_speaker(ctx.resolver, line.line, line.start) is not None else None
