"""Names the small model's entity tagger misses, read from the parse instead (a
paragraph parsed only for context has no entities at all)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.given_names import is_given_name as is_known_given_name
from .names import is_title_word, proper_name_span
from .postags import pos

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def from_given_name(span: Span) -> Span:
    """A run of proper nouns from its first known given name on, where a surname
    follows it: "Senate Majority Whip Tom Vance" -> "Tom Vance"; else the run."""
    for k, token in enumerate(span[:-1]):
        if is_known_given_name(token.text) and not is_title_word(token.text):
            return span[k:]
    return span


# What a person does in a sentence that says who speaks: "McLenney said …".
_SPEECH_VERBS = frozenset("said says told tells added adds wrote writes explained argued".split())


def says_something(token: Token) -> bool:
    """ "McLenney said …": a lone proper noun (not the end of a hyphenated name, not
    "the Donald") as the subject of a speech verb, which only a person or a body is."""
    before = token.doc[token.i - 1].lower_ if token.i else ""
    return (
        pos(token) == "PROPN"
        and len(proper_name_span(token)) == 1
        and token.dep_ == "nsubj"
        and token.head.lower_ in _SPEECH_VERBS
        and before not in ("-", "–", "the")
    )
