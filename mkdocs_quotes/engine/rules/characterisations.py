"""A stage-one rule for words someone sets on a person or a thing: 'Obama condemned
the test as "provocative and destabilizing"', 'Trump admires Putin as a "strong
leader"'. No verb of saying governs the words, yet they are the subject's: the verb's
object is what they characterise, and "as" introduces the characterisation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..postags import pos
from ..speaking import SpeakingPhrase
from ..syntax import explicit_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import SpanContext


def characterised_as(ctx: SpanContext) -> SpeakingPhrase | None:
    """The subject of a verb with an object whose "as" the quoted words hang from
    (directly, or as a further item: '… as "provocative" and a "grave threat"'),
    in the reporter's words before the quote. An intransitive "served as 'acting
    director'" has no object, so names a role, not anyone's words."""
    first, roots = ctx.quoted_roots()
    for root in roots[:2]:
        verb = _verb_of_as(root)
        if verb is None or verb.i >= first or verb.i not in ctx.window:
            continue
        if not any(c.dep_ == "dobj" for c in verb.children):
            continue
        subject = explicit_subject(verb, ctx.window, says=False)
        if subject is not None and subject.start < first:
            return SpeakingPhrase(subject, ctx.base, verb.lower_)
    return None


def _verb_of_as(root: Token) -> Token | None:
    """The verb whose "as" holds ``root``, through a list of items ("X and a Y")."""
    token = root
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep":
        verb = head.head
        return verb if pos(verb) == "VERB" else None
    return None
