"""The cue right after a quote: '"…," Trump said', '"…?" asked Dunn', '"…," one
Clinton ad declared'. Whatever the parser hangs the quote from, these say whose it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.cues import INVERTED_CUES
from ..postags import pos
from ..syntax import is_cue

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import SpanContext

# The subject and its cue stand within this many words after the quote.
_REACH = 5


def cue_right_after(ctx: SpanContext) -> tuple[Token | None, bool]:
    """'— but Moscow denies — "why not?" asked Dunn', '"I never said that," Trump said,
    after Quick said …': a quote closed on a comma or a question and followed at once
    by a name and an inverted cue, either way round (inverted: the cue first), is that
    name's, whatever other cue the parser hangs it from."""
    if ctx.quoted.rstrip()[-1:] not in ",?!":
        return None, False
    words = [t for t in ctx.trailing if not t.is_punct][:5]
    if len(words) >= 2 and words[0].lower_ in INVERTED_CUES and pos(words[1]) == "PROPN":
        return words[0], True
    names = 0
    while names < len(words) and pos(words[names]) == "PROPN":
        names += 1
    if 1 <= names <= 3 and names < len(words) and words[names].lower_ in INVERTED_CUES:
        return words[names], False
    return None, False


def said_right_after(ctx: SpanContext) -> bool:
    """Is a quote closed on a comma or a question followed at once by a subject and its
    cue verb ('"…," one Clinton ad declared')?"""
    if ctx.quoted.rstrip()[-1:] not in ",?!":
        return False
    words = [t for t in ctx.trailing if not t.is_punct][:_REACH]
    for i, word in enumerate(words[1:], start=1):
        if pos(word) == "VERB" and is_cue(word):
            return any(c.dep_ == "nsubj" and c in words[:i] for c in word.children)
    return False
