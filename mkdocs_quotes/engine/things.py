"""Who an "it" that speaks stands for: a body or a text the article named just before.

'A letter from the staff association reflected both concerns. "This must change," it
said.' A reporting "it" is never a person; it is an organisation ("the IMF") or a text
that speaks for its authors ("a letter", "the report"), most often the one the sentence
before made its subject. A parsed paragraph's bodies and texts are recorded in order;
the latest subject among those of the pronoun's paragraph and the two before it wins,
else the latest of those of its paragraph and the one before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .domain import SpeakerRef
from .lexicon.cues import SPEAKING_TEXTS
from .lexicon.entities import ORGANISATION_LABELS
from .lexicon.organisations import ORGANISATION_NOUNS
from .names import strip_det
from .postags import pos

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# How a text or a body is told from others of its kind: "a letter from the staff
# association", "a coalition of nearly 40 groups", "the report by the fund".
_QUALIFYING_PREPOSITIONS = frozenset({"from", "by", "of"})
_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "case"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A qualifier longer than this is a clause about the thing, not its name.
_MAX_QUALIFIER_WORDS = 6


@dataclass(frozen=True)
class SpeakingThing:
    """A body or a text named in the article, where and how it stood."""

    position: int
    paragraph: int
    speaker: SpeakerRef
    subject: bool


def things_in(tokens: Span) -> list[tuple[int, SpeakerRef, bool]]:
    """The bodies and texts a parsed stretch names, as (character offset in the
    stretch's doc, speaker, whether a subject), in text order."""
    found: list[tuple[int, SpeakerRef, bool]] = []
    for ent in tokens.ents:
        if ent.label_ in ORGANISATION_LABELS:
            subject = ent.root.dep_ in _SUBJECT_DEPS
            found.append((ent.start_char, SpeakerRef(strip_det(ent.text), "organisation"), subject))
    taken = {t.i for e in tokens.ents for t in e}
    for token in tokens:
        if token.i in taken or pos(token) != "NOUN" or token.tag_ == "NNS":
            continue
        if token.lower_ in SPEAKING_TEXTS or token.lower_ in ORGANISATION_NOUNS:
            described = _description(token)
            subject = token.dep_ in _SUBJECT_DEPS
            found.append((described[0].idx, SpeakerRef(_words(described), "unnamed"), subject))
    return sorted(found, key=lambda f: f[0])


def referent_of_it(things: list[SpeakingThing], position: int, paragraph: int) -> SpeakerRef | None:
    """The body or text an "it" at ``position`` (in ``paragraph``) stands for."""
    before = [t for t in things if t.position < position]
    # A subject stays the topic over a paragraph that refers to it as "it" ('It also
    # pointed up a core complaint: …'), whose object is no speaker.
    subjects = [t for t in before if t.subject and paragraph - t.paragraph <= 2]
    near = [t for t in before if paragraph - t.paragraph <= 1]
    chosen = subjects[-1] if subjects else near[-1] if near else None
    return chosen.speaker if chosen else None


def _description(noun: Token) -> list[Token]:
    """The noun with its modifiers and one short qualifier: "A letter … from the staff
    association", leaving out "this month to the bank board"."""
    words = [t for c in noun.lefts if c.dep_ in _MODIFIER_DEPS for t in c.subtree]
    words.append(noun)
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in _QUALIFYING_PREPOSITIONS:
            qualifier = list(child.subtree)
            if len(qualifier) <= _MAX_QUALIFIER_WORDS:
                words.extend(qualifier)
            break
    return sorted(words, key=lambda t: t.i)


def _words(tokens: list[Token]) -> str:
    """The words as the text spaces them ("nurses' union"), one space where the
    description leaves some out."""
    text = ""
    for before, token in zip([None, *tokens], tokens, strict=False):
        if before is not None and token.i != before.i + 1:
            text = text.rstrip() + " "
        text += token.text_with_ws
    return text.strip().rstrip(",;:")
