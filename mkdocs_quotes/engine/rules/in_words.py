"""Stage-one rule for a quote whose owner is named by a phrase of viewpoint, not a
cue: '“…,” in Ann Gray's view', 'In the mayor's words, “…”', 'in the words of Jane
Doe, “…”'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..phrases import noun_phrase
from ..postags import pos
from ..speaking import SpeakingPhrase

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import SpanContext

# Nouns of a point of view that "in X's …" gives to X. Not "account" ("in Clinton's
# account" is often her e-mail account) nor "case".
_VIEWPOINT_NOUNS = frozenset("view words estimation opinion judgment judgement telling".split())


def in_their_words(ctx: SpanContext) -> SpeakingPhrase | None:
    """The owner of "in X's view" / "in the words of X" in the quote's sentence."""
    for token in [*ctx.leading, *ctx.trailing]:
        owner = _owner(token)
        if owner is not None:
            return SpeakingPhrase(noun_phrase(owner), ctx.base, None)
    return None


def _owner(noun: Token) -> Token | None:
    if noun.lower_ not in _VIEWPOINT_NOUNS or noun.head.lower_ != "in":
        return None
    for child in noun.children:
        if child.dep_ == "poss" and pos(child) in ("PROPN", "NOUN"):
            return child
        if child.dep_ == "prep" and child.lower_ == "of" and noun.lower_ == "words":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and pos(objects[0]) in ("PROPN", "NOUN"):
                return objects[0]
    return None
