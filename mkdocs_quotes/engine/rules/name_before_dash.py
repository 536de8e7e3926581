"""A stage-one rule for words set off by a pair of dashes right after a name: 'A chorus
of Republicans has said the same thing, including Mitt Romney -- "It is disqualifying
…" -- and Fred Goldberg'. The aside gives that person's words; the cue of the sentence
belongs to its subject, the chorus the name is one of."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.marks import LONG_DASHES
from ..phrases import noun_phrase, propn_head
from ..postags import pos
from ..speaking import SpeakingPhrase

if TYPE_CHECKING:
    from .context import SpanContext

# A dash: a long one, or two hyphens ("--"), or a spaced hyphen (" - ").
_DASH_BEFORE = re.compile(rf"(?:--|[{LONG_DASHES}]|\s-)\s*$")
_DASH_AFTER = re.compile(rf"^\s*(?:--|[{LONG_DASHES}]|-\s)")


def name_before_dash_aside(ctx: SpanContext) -> SpeakingPhrase | None:
    """The person named right before the opening dash, when a second dash closes the
    aside right after the quote (a quote that runs to the end of the sentence after
    one dash is often the reporter's sum of someone else's view)."""
    if not _DASH_BEFORE.search(ctx.before_open) or not _DASH_AFTER.match(ctx.after_close):
        return None
    words = [t for t in ctx.leading if not t.is_punct]
    if not words or pos(words[-1]) != "PROPN" or words[-1].ent_type_ not in ("PERSON", ""):
        return None
    return SpeakingPhrase(noun_phrase(propn_head(words[-1])), ctx.base, "—")
