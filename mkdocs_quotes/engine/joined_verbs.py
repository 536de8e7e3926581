"""A cue joined to a verb before it ("When Trump referred to the attack and said he
would '…'") has that verb's subject: the one who referred is the one who said, not the
subject of the clause the whole hangs from ("…, the crowd applauded")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .postags import pos
from .syntax import explicit_subject, is_cue

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def subject_of_joined_verb(cue: Token, window: set[int]) -> Span | None:
    """The subject of the first verb of a coordination ("referred … and said"), when the
    cue has none of its own and that verb says nothing itself (a cue verb is found by
    the walk up anyway)."""
    if cue.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    verb = cue
    while verb.dep_ == "conj" and verb.head.i in window and pos(verb.head) in ("VERB", "AUX"):
        verb = verb.head
    if verb is cue:
        return None
    if verb.dep_ == "ccomp" and is_cue(verb.head):
        # "Manafort told friends that the candidate knew … and thought it was a '…'":
        # the whole is what a cue above reports, and the walk up finds its speaker.
        return None
    return explicit_subject(verb, window, says=False)
