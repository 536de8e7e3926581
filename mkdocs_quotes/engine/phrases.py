"""Noun phrases of a parse: where a phrase starts and ends, its head, whether it can
say anything at all ("the mayor" can, "the 1990s" can't).

Helpers of the parse readers (syntax.py) and the stage-one rules; they look at one
phrase and know nothing of cues or quotes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.cues import CUE_WORDS
from .lexicon.entities import DATE_AND_NUMBER_LABELS, PERSON_LABELS
from .lexicon.function_words import NOT_SPEAKER_WORDS
from .lexicon.organisations import ORGANISATION_NOUNS
from .lexicon.people import PERSON_ROLE_NOUNS
from .postags import pos

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def not_a_speaker(token: Token) -> bool:
    """Dates and numbers don't speak; "the 46-year-old" (tagged DATE) does."""
    if token.lower_ in NOT_SPEAKER_WORDS:
        return True
    return token.ent_type_ in DATE_AND_NUMBER_LABELS and not token.lower_.endswith("old")


def is_name(token: Token) -> bool:
    return token.ent_type_ in PERSON_LABELS or pos(token) == "PROPN"


def propn_head(token: Token) -> Token:
    while token.dep_ in ("compound", "flat") and pos(token.head) == "PROPN":
        token = token.head
    return token


def noun_phrase(head: Token) -> Span:
    """The head's subtree, cut at a relative clause or a following verb phrase."""
    doc = head.doc
    keep = [head]
    for child in head.children:
        if child.dep_ in ("relcl", "acl", "advcl", "punct", "cc", "conj") and child.i > head.i:
            if child.dep_ != "punct":
                break
            continue
        keep.extend(child.subtree)
    left = min(t.i for t in keep)
    right = max(t.i for t in keep)
    while right > left and (doc[right].is_punct or doc[right].dep_ == "cc"):
        right -= 1
    # "Stated Stone:" tags the verb as part of the name.
    while left < right and doc[left].lower_ in CUE_WORDS:
        left += 1
    return doc[left : right + 1]


def speaking_noun(noun: Token) -> bool:
    """A role or organisation noun: "the mayor", "officials", "the ministry"."""
    lower = noun.lower_
    return (
        lower in PERSON_ROLE_NOUNS
        or lower.rstrip("s") in PERSON_ROLE_NOUNS
        or lower in ORGANISATION_NOUNS
    )
