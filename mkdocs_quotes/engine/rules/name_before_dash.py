"""A stage-one rule for words set off by a pair of dashes right after a name: 'A chorus
of Republicans has said the same thing, including Mitt Romney -- "It is disqualifying
…" -- and Fred Goldberg'. The aside gives that person's words; the cue of the sentence
belongs to its subject, the chorus the name is one of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dash_asides import between_dashes
from ..phrases import noun_phrase, propn_head
from ..postags import pos
from ..speaking import SpeakingPhrase

if TYPE_CHECKING:
    from .context import SpanContext


def name_before_dash_aside(ctx: SpanContext) -> SpeakingPhrase | None:
    """The person named right before the opening dash, when a second dash closes the
    aside right after the quote (a quote that runs to the end of the sentence after
    one dash is often the reporter's sum of someone else's view)."""
    if not between_dashes(ctx):
        return None
    words = [t for t in ctx.leading if not t.is_punct]
    if not words or pos(words[-1]) != "PROPN" or words[-1].ent_type_ not in ("PERSON", ""):
        return None
    return SpeakingPhrase(noun_phrase(propn_head(words[-1])), ctx.base, "—")
