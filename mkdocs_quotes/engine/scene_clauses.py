"""A cue in a "when" or "as" clause inside what another speaker reports: 'Flynn said
Trump was "absolutely right" when he said that "the generals have been reduced to
rubble"'. The whole clause, the "when" with it, is Flynn's account, as a cue in a
clause he reports is (``rules/cues._reporter_of_clause``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .postags import pos
from .speaking import SpeakingPhrase
from .syntax import can_speak, cue_text, explicit_subject, is_cue

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .rules.context import SpanContext

# Clauses that set the time or the manner of what the reported clause says; a "while"
# or "though" clause stands apart (and the parser often hangs a new sentence's
# "while Cruz said" from the clause before).
_SCENE_MARKS = frozenset({"when", "as", "if"})


def reporter_of_scene_clause(
    cue: Token, window: set[int], ctx: SpanContext
) -> SpeakingPhrase | None:
    """The speaker of the cue that reports the clause the cue's "when" clause hangs
    from, when that clause itself says nothing."""
    if cue.dep_ != "advcl" or not any(
        c.lower_ in _SCENE_MARKS and c.dep_ in ("mark", "advmod") and c.i < cue.i
        for c in cue.children
    ):
        return None
    clause = cue.head
    if is_cue(clause) or clause.dep_ != "ccomp" or clause.head.i not in window:
        return None
    outer = clause.head
    if not is_cue(outer) or pos(outer) not in ("VERB", "AUX") or outer.i > clause.i:
        return None
    if any(c.dep_ == "neg" for c in outer.children):
        return None
    subject = explicit_subject(outer, window)
    if subject is None or not can_speak(ctx.named(subject), subject):
        return None
    return SpeakingPhrase(subject, ctx.base, cue_text(outer))
