"""Stage one of attribution: for a quoted span, the words in the text that speak.

Each rule is a small function from a ``SpanContext`` to a speaking mention, or None
when it does not apply. They are tried in the order of ``STAGE_ONE``, surest first
(the design of CoreNLP's quote attribution sieves, Muzny et al. 2017); the first
that answers wins and its name is recorded on the quote (``Quote.rule``). No rule
names a speaker: ``naming.py`` (stage two) does, from the words a rule found.

A new rule goes into the module of its kind (cues, sign-offs, lead-ins), and into
``STAGE_ONE`` where its precision ranks it; ``benchmarks/accuracy.py --errors`` prints
how many quotes each rule credits on a gold set and how many of those are right.
"""

from __future__ import annotations

from collections.abc import Callable

from ..speaking import Attribution, SpeakingLabel, SpeakingMention
from .characterisations import characterised_as
from .context import ParagraphView, SpanContext
from .cues import (
    cue_beside_quote,
    cue_in_next_sentence,
    governing_cue,
    it_beside_quote,
    question_after_colon_lead_in,
)
from .in_words import in_their_words
from .lead_ins import (
    announced_in_paragraph_before,
    colon_lead_in,
    label_after_dash,
    lead_in_paragraph_before,
    subject_of_paragraph_before,
    subject_of_sentence_before,
)
from .misread_cues import cue_read_as_noun
from .name_before_dash import name_before_dash_aside
from .possessors import possessor_of_speech_noun
from .sign_offs import dash_sign_off, sign_off_below, sign_off_closing_paragraph
from .terms import term_used

Rule = Callable[[SpanContext], SpeakingMention | None]


def transcript_label(ctx: SpanContext) -> SpeakingLabel | None:
    """'"PENCE: Well, look, …': a transcript line's label speaks its words."""
    if ctx.label is None:
        return None
    return SpeakingLabel(ctx.label.name, ctx.span.start - ctx.label.words_start)


STAGE_ONE: tuple[Rule, ...] = (
    transcript_label,
    label_after_dash,
    # Before the cues: a verb above "Trump's claim that …" only sums the claim up.
    possessor_of_speech_noun,
    # Before the cues: a cue of the sentence hangs the aside from the group's verb.
    name_before_dash_aside,
    governing_cue,
    question_after_colon_lead_in,
    cue_beside_quote,
    cue_read_as_noun,
    characterised_as,
    term_used,
    it_beside_quote,
    cue_in_next_sentence,
    in_their_words,
    dash_sign_off,
    sign_off_below,
    sign_off_closing_paragraph,
    subject_of_sentence_before,
    colon_lead_in,
    lead_in_paragraph_before,
    announced_in_paragraph_before,
    subject_of_paragraph_before,
)
RULE_NAMES = tuple(rule.__name__ for rule in STAGE_ONE)


def find_speaking_mention(
    ctx: SpanContext, accept: Callable[[SpeakingMention], bool] | None = None
) -> Attribution | None:
    """The first rule's answer for the span, in the order of ``STAGE_ONE``; with
    ``accept``, the first answer it accepts (stage two refuses junk: "the killing")."""
    for rule in STAGE_ONE:
        mention = rule(ctx)
        if mention is not None and (accept is None or accept(mention)):
            return Attribution(rule.__name__, mention)
    return None


__all__ = [
    "RULE_NAMES",
    "STAGE_ONE",
    "ParagraphView",
    "Rule",
    "SpanContext",
    "find_speaking_mention",
]
