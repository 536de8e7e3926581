"""A cue in a "when" or "as" clause inside what another speaker reports: 'Flynn said
Trump was "absolutely right" when he said that "the generals have been reduced to
rubble"'. The whole clause, the "when" with it, is Flynn's account, as a cue in a
clause he reports is (``rules/cues._reporter_of_clause``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.cues import SPEAKING_TEXTS
from .lexicon.people import PERSON_PRONOUNS, PLURAL_PRONOUNS, REFERRING_PRONOUNS
from .lexicon.reporters import REPORTING_NOUNS
from .postags import pos
from .speaking import SpeakingPhrase
from .syntax import can_speak, cue_text, explicit_subject, is_cue

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .rules.context import SpanContext
    from .speakers import SpeakerResolver

# Clauses that set the time or the manner of what the reported clause says; a "while"
# or "though" clause stands apart (and the parser often hangs a new sentence's
# "while Cruz said" from the clause before).
_SCENE_MARKS = frozenset({"when", "as", "if"})
_OTHER_PRONOUNS = frozenset({"i", "we", "you", "it"})


def reporter_of_scene_clause(
    cue: Token, window: set[int], ctx: SpanContext
) -> SpeakingPhrase | None:
    """The speaker of the cue that reports the clause the cue's "when" clause hangs
    from, when that clause itself says nothing."""
    if cue.dep_ != "advcl" or not any(
        c.lower_ in _SCENE_MARKS and c.dep_ in ("mark", "advmod") and c.i < cue.i
        for c in cue.children
    ):
        return None
    clause = cue.head
    if is_cue(clause) or clause.dep_ != "ccomp" or clause.head.i not in window:
        return None
    outer = clause.head
    if not is_cue(outer) or pos(outer) not in ("VERB", "AUX") or outer.i > clause.i:
        return None
    if any(c.dep_ == "neg" for c in outer.children):
        return None
    subject = explicit_subject(outer, window)
    if subject is None or not can_speak(ctx.named(subject), subject):
        return None
    return SpeakingPhrase(subject, ctx.base, cue_text(outer))


def reports_for_pronoun(reporter: Span, resolver: SpeakerResolver, base: int) -> bool:
    """'A woman told him she worries he is "too nice"', 'law enforcement sources have
    said he said "…"', 'the statement noted they had said "…"': a speaking description
    or group whose cue reports the pronoun's clause is the one the words are credited
    to (a name is matched to the pronoun by gender in ``rules/cues``)."""
    root = reporter.root
    if (
        pos(root) == "PROPN"
        or root.lower_ in REFERRING_PRONOUNS
        or root.lower_ in ("i", "we", "you", "it")
    ):
        return False
    if root.lower_ in SPEAKING_TEXTS or root.lower_ in REPORTING_NOUNS:
        return True  # "the statement noted they had said …", "sources said he said …"
    return can_speak(resolver.from_phrase(reporter, base), reporter)


def reporter_above_pronoun(
    cue: Token, subject: Span, window: set[int], resolver: SpeakerResolver, base: int
) -> Span | None:
    """The speaking description, group or text whose cue reports the clause of the
    pronoun that says the words ("a woman told him she worries he is '…'")."""
    pronoun = subject.root.lower_
    if pronoun not in PERSON_PRONOUNS | PLURAL_PRONOUNS:
        return None
    outer = cue.head
    if cue.dep_ != "ccomp" or not is_cue(outer) or pos(outer) != "VERB" or outer.i > cue.i:
        return None
    reporter = explicit_subject(outer, window)
    if reporter is None or not reports_for_pronoun(reporter, resolver, base):
        return None
    # Only a reporter the "he" can't be: a group or a text. "The president denounced
    # what he called …" is one man, whom the pronoun finds by name.
    # A "they" under a group is mostly that group, found as it is ('_group_saying_they').
    root = reporter.root
    text = root.lower_ in SPEAKING_TEXTS
    if not text and (pronoun in PLURAL_PRONOUNS or root.tag_ not in ("NNS", "NNPS")):
        return None
    return reporter
