"""Words that appeared on a platform: "a Facebook post", "a YouTube video".

A proper-noun compound of a noun of speech that is a social network or a video or
messaging platform names where the words appeared, never who said them. The nearest
name to such a cue is the platform itself, so the cue's speaker is looked for in the
phrase's grammar instead: the owner of the noun ("Hale's Facebook post"), else the
subject of the verb the phrase hangs from ("A neighbor called him … in a Facebook
post"), else nobody, and a cue further on may say who speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.organisations import PLATFORMS
from .phrases import noun_phrase, propn_head
from .postags import pos
from .syntax import explicit_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def on_a_platform(cue: Token) -> bool:
    """Is the cue a noun qualified by a platform's name ("a Twitter post")?"""
    return pos(cue) == "NOUN" and any(
        c.dep_ == "compound" and c.i < cue.i and c.lower_ in PLATFORMS for c in cue.children
    )


def poster(cue: Token, window: set[int]) -> Span | None:
    """Who put up the words of a noun cue on a platform: its named owner, else the
    subject of the verb above it, climbing prepositions and nouns the parser hangs it
    from ('referred to him as "…" in a Facebook post': "referred", not "man")."""
    for child in cue.children:
        if child.dep_ == "poss" and pos(child) == "PROPN" and child.i in window:
            return noun_phrase(propn_head(child))
    token = cue
    for _ in range(8):
        # A word inside the quote is no one's cue: 'as "the soul I've met" in a
        # Facebook post' hangs the post on "met", the quote's verb; climb past it.
        quoted = token.i not in window
        if token.head.i == token.i or not (quoted or token.dep_ in _CLIMBED):
            return None
        token = token.head
        if pos(token) in ("VERB", "AUX") and token.i in window:
            return explicit_subject(token, window, says=False)
    return None


_CLIMBED = frozenset({"pobj", "prep", "dobj", "pcomp"})
