"""An infinitive that has a subject of its own ("allow companies to tell '…'", "she
expects Obama to announce an '…'") says what someone hopes, allows or asks another
to say: that other has not said it. The words are the account of the speaker above
(issue 12: never an infinitive's subject, which is the object of the verb above)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.control import CAUSATIVE_VERBS
from .postags import pos
from .speaking import SpeakingPhrase
from .syntax import can_speak, cue_text, explicit_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .rules.context import SpanContext


def unsaid_infinitive(cue: Token) -> bool:
    """'allow companies to tell', 'calls for the party to respond by recognizing',
    'harder for our leaders to put on a show': a "to" cue with its own subject, under
    a verb that only allows, wants or asks for it. After "led", "prompted" the
    subject did speak ('leading advisers to counter that "…"')."""
    if cue.dep_ not in ("ccomp", "xcomp", "advcl"):
        return False  # a "conj" is the parser's guess at a joined verb: unsure
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    if not any(c.dep_ == "nsubj" for c in cue.children):
        return False
    return cue.head.lower_ not in CAUSATIVE_VERBS


def speaker_of_main_clause(
    unsaid: Token, window: set[int], ctx: SpanContext
) -> SpeakingPhrase | None:
    """'Citizens for Tax Justice advocates rules to remove loopholes that allow companies
    to tell "…"': when no cue above the infinitive answers, the words are the account
    of the subject of the sentence's main clause, if it can speak."""
    root = unsaid
    while root.head.i != root.i and root.head.i in window:
        root = root.head
    subject = explicit_subject(root, window, says=False)
    if subject is None or not can_speak(ctx.named(subject), subject):
        return None
    return SpeakingPhrase(subject, ctx.base, cue_text(root))


def governs_directly(verb: Token, word: Token) -> bool:
    """The quoted word hangs from the verb with no other verb between: "to tell
    ''one country that …''", not "to call for order, as when opponents burned their
    ''Make America Great Again'' hats" (a name of a thing, nobody's words)."""
    token = word.head
    while token.i != verb.i:
        if pos(token) in ("VERB", "AUX") or token.head.i == token.i:
            return False
        token = token.head
    return True
