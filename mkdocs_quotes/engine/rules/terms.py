"""A stage-one rule for a term someone uses: 'Trump has used the phrase “Islamic
terrorism” often', 'the senator and his aides have all used the term “kitchen
sink”'. The words are short and no verb of saying governs them, so without this they
pass for a scare quote; the one who uses them says them (issue 12: titles and terms
are no quotes, keeping the words someone is said to have used)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.terms import TERM_NOUNS, USING_VERBS
from ..postags import pos
from ..speaking import SpeakingPhrase
from ..syntax import explicit_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .context import SpanContext


def term_used(ctx: SpanContext) -> SpeakingPhrase | None:
    """The user of "the phrase" right before the marks: the subject of the verb that
    takes it as object, or of the clause that verb completes ("for not using the term
    '…'", "refused to say the words '…'")."""
    words = [t for t in ctx.leading if not t.is_punct]
    if not words or words[-1].lower_ not in TERM_NOUNS:
        return None
    noun = words[-1]
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lower_ not in USING_VERBS or verb.i not in ctx.window:
        return None
    subject = _subject_above(verb, ctx.window)
    return None if subject is None else SpeakingPhrase(subject, ctx.base, verb.lower_)


def _subject_above(verb: Token, window: set[int]) -> Span | None:
    """The subject of the verb, or of the nearest clause above that the verb completes."""
    for _ in range(4):
        if pos(verb) in ("VERB", "AUX"):
            found = explicit_subject(verb, window, says=False)
            if found is not None:
                return found
        if verb.dep_ not in ("xcomp", "conj", "pcomp", "prep", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.i not in window:
            return None
    return None
