"""A cue joined to a verb before it ("When Trump referred to the attack and said he
would '…'") has that verb's subject: the one who referred is the one who said, not the
subject of the clause the whole hangs from ("…, the crowd applauded")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.people import REFERRING_PRONOUNS
from .phrases import noun_phrase, propn_head
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


def subject_of_purpose_infinitive(cue: Token, window: set[int]) -> Span | None:
    """'with Lewandowski taking to Twitter to call Fields "totally delusional"': an
    infinitive with no subject of its own, completing a verb that says nothing, is
    said by that verb's subject (a cue above, "urged him to say", is found by the walk
    up, and a naming verb's object by ``object_controller``)."""
    if cue.dep_ not in ("xcomp", "advcl") or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in cue.children
    ):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return None
    verb = cue.head
    if verb.i not in window or is_cue(verb) or pos(verb) not in ("VERB", "AUX"):
        return None
    found = explicit_subject(verb, window, says=False)
    # "the senator said she wanted to speak …": a pronoun's clause is what a cue above
    # reports; the walk up finds that reporter.
    return None if found is None or found.root.lower_ in REFERRING_PRONOUNS else found


def listed_report(cue: Token) -> Token:
    """'the Trump who …, claims that Univision "takes its orders" from Mexico, and
    asserts that Mexico is "killing us"': a cue the parse joins to the verb of a clause
    another cue reports, where that cue is itself one of a list of verbs and the two
    agree in form, is the next item of the list, said by whoever says the list. In
    "Gray said Dale lied and claimed …" the reporting cue heads no list, and Dale
    claims."""
    verb = cue.head
    if cue.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return cue
    if verb.dep_ != "ccomp" or is_cue(verb) or not is_cue(verb.head):
        return cue
    reporter = verb.head
    if reporter.dep_ != "conj" or reporter.tag_ != cue.tag_ or reporter.i > cue.i:
        return cue
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in reporter.children):
        return cue
    return reporter


def object_controller(cue: Token, window: set[int]) -> Span | None:
    """'That prompted Rubio to make a joke and call Trump "very flexible"': a naming
    infinitive with no subject of its own is said by the object of the verb it
    completes, never by its own object (Trump is called). Asked only of a naming cue
    and of a verb that puts words out ("led Mayor Dale to issue a statement …",
    makers.py): in 'requires staffers to promise "…"', 'invites candidates to speak to
    ensure that "…"', the words are the requirer's or the inviter's account."""
    verb = cue
    while verb.dep_ == "conj" and verb.head.i in window:
        verb = verb.head
    if verb.dep_ != "xcomp" or pos(verb.head) != "VERB":
        return None
    for child in verb.head.children:
        if child.dep_ == "dobj" and child.i in window and child.i < verb.i:
            if pos(child) == "PROPN":
                return noun_phrase(propn_head(child))
            return noun_phrase(child) if child.lower_ not in NOT_SPEAKING_OBJECTS else None
    return None


# Objects that control nothing a reader would credit: "it", "that".
NOT_SPEAKING_OBJECTS = frozenset({"it", "this", "that", "them", "him", "her"})
