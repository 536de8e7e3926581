"""Stage two of attribution: the words a rule found become a speaker.

A noun phrase becomes a full name, an organisation or an unnamed source (the
article's resolver knows its people); a pronoun becomes the person it stands for;
a first-person writer's "I" becomes the author.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import pronouns
from .domain import Mention, SpeakerRef
from .lexicon.cues import INVERTED_CUES
from .lexicon.people import PRONOUN_OF_POSSESSIVE
from .line_speakers import label_speaker, sign_off_speaker
from .names import (
    clean_organisation_name,
    describes_a_speaker,
    names_people,
)
from .parentheticals import parenthetical_reporter
from .possessed import names_only_its_owner
from .postags import pos
from .pronoun_binding import addressee_after, without_addressee
from .roles import clean_role
from .same_sentence import bound_in_sentence
from .speakers import SpeakerResolver
from .speaking import SpeakingLabel, SpeakingLine, SpeakingMention, SpeakingPhrase

if TYPE_CHECKING:
    from spacy.tokens import Span

UNATTRIBUTED = "Unattributed"
THE_AUTHOR = "the author"


def name_speaker(mention: SpeakingMention, resolver: SpeakerResolver) -> SpeakerRef | None:
    """The speaker the words name, as the article's resolver reads them."""
    if isinstance(mention, SpeakingPhrase):
        reporter = parenthetical_reporter(mention.phrase)  # "Clinton, a top aide said, “is"
        mention = replace(mention, phrase=reporter) if reporter is not None else mention
    speaker = _speaker_of(mention, resolver)
    if speaker is None:
        return None
    if (
        speaker.kind == "person"
        and isinstance(mention, SpeakingPhrase)
        and names_only_its_owner(speaker.name, mention.phrase)
    ):
        # "Trump's potential VP said": the owner is talked about, the VP speaks.
        speaker = SpeakerRef(mention.phrase.text, "unnamed", speaker.mention)
    if (
        speaker.kind == "person"
        and isinstance(mention, SpeakingPhrase)
        and resolver.is_common_word(speaker.name)
        and names_people(speaker.name)
    ):
        # "Protesters chanted": a description that opens a sentence, not a name.
        speaker = replace(speaker, kind="unnamed")
    elif not _can_be_a_speaker(speaker, mention, resolver):
        return None
    # A role is a short title; where the words say none, the title the article gave
    # the person elsewhere ("President Joe Biden" … "Biden told reporters").
    if speaker.kind == "organisation":
        speaker = replace(speaker, name=clean_organisation_name(speaker.name))
    role = clean_role(speaker.role, speaker.name)
    if role is None and speaker.kind == "person":
        role = resolver.title_of(speaker.name)
    return replace(speaker, role=role) if role != speaker.role else speaker


def _can_be_a_speaker(
    speaker: SpeakerRef, mention: SpeakingMention, resolver: SpeakerResolver
) -> bool:
    """A lone common word is no person ("Meh", "Candidates"); an unnamed source is a
    person, a body or a text that speaks, never an event or a thing ("the killing")."""
    if speaker.kind == "person":
        return not resolver.is_common_word(speaker.name)
    if speaker.kind == "unnamed" and isinstance(mention, SpeakingPhrase):
        return describes_a_speaker(mention.phrase) or _says_or_writes(mention.phrase)
    return True


def _says_or_writes(phrase: Span) -> bool:
    """'"…," said the printed slate card', '"…," the progressive heavyweights wrote',
    'as the tabloid noted, …': a common noun no word list knows speaks when the parse
    makes it the subject of a verb only a speaker or a text does ("say", "write",
    "note", "conclude", "ask": an inverted cue with no other sense). Not a phrase
    round a term in marks ('Any ''cleareyed'' reading, said Ann Gray, …')."""
    root = phrase.root
    if any(t.is_quote for t in phrase):
        return False
    return pos(root) == "NOUN" and root.dep_ == "nsubj" and root.head.lower_ in _SAY_OR_WRITE


# Inverted cues with a sense that says nothing: "the sound system added hits", "the
# sign reads 55", "the company posted a loss", "the deal continued".
_OTHER_SENSES = frozenset(
    """add adds added adding read reads post posts posted posting continue continues
    continued continuing state states stated stating""".split()
)
_SAY_OR_WRITE = INVERTED_CUES - _OTHER_SENSES


def _speaker_of(mention: SpeakingMention, resolver: SpeakerResolver) -> SpeakerRef | None:
    if isinstance(mention, SpeakingPhrase) and mention.phrase.text.lower() in PRONOUN_OF_POSSESSIVE:
        # "his call for …": the "he" the possessive stands for, resolved as one.
        start = mention.base + mention.phrase.start_char
        words = Mention(mention.phrase.text, start, start + len(mention.phrase.text))
        return SpeakerRef(PRONOUN_OF_POSSESSIVE[words.text.lower()], "unknown", words)
    if isinstance(mention, SpeakingPhrase):
        return resolver.from_phrase(mention.phrase, mention.base)
    if isinstance(mention, SpeakingLine):
        return sign_off_speaker(resolver, mention.line, mention.start)
    if isinstance(mention, SpeakingLabel):
        return label_speaker(resolver, mention.label, mention.start)
    raise TypeError(f"not a speaking mention: {mention!r}")


def as_author(speaker: SpeakerRef) -> SpeakerRef:
    """'"…," I said' outside any quote is the writer of a first-person piece; a speaker
    page called "I" tells a reader nothing."""
    if speaker.name == "I":
        return SpeakerRef(THE_AUTHOR, "unnamed", speaker.mention)
    return speaker


def resolve_pronoun(
    speaker: SpeakerRef,
    quote_start: int,
    resolver: SpeakerResolver,
    recent: list[tuple[int, SpeakerRef]],
) -> tuple[SpeakerRef, float | None]:
    """A "he", "she" or "they" as the speaker it stands for, where the article says,
    and how clearly the choice led the next candidate (None: no pronoun to resolve).
    A pronoun nobody answers to comes back as it is."""
    if speaker.kind != "unknown" or speaker.mention is None:
        return speaker, None
    # The antecedent comes before the pronoun as well as the quote: in 'he thinks the
    # Brexit is "a great thing"', Brexit can't be the "he".
    before = min(quote_start, speaker.mention.start)
    if speaker.name.lower() in ("he", "she"):
        found = pronoun_candidates(speaker.mention, before, resolver, recent)
        chosen = pronouns.best(found)
        if chosen is None:
            return speaker, 0.0
        # A surname the history holds alone ("Brainard") is the person named in full.
        name = resolver.full_name(chosen.name)
        resolved: SpeakerRef | None = SpeakerRef(name, "person", None, chosen.role)
        margin = pronouns.margin(found)
    else:
        resolved, margin = resolver.resolve_pronoun(speaker.mention.text, before, recent)
    if resolved is None:
        return speaker, margin
    # The role the article gave the person where it named them, cut to a title as a
    # named speaker's is ("the author of ''Hacked World Order,''" is none).
    role = clean_role(resolved.role, resolved.name)
    return SpeakerRef(resolved.name, resolved.kind, speaker.mention, role), margin


def pronoun_candidates(
    mention: Mention, before: int, resolver: SpeakerResolver, recent: list[tuple[int, SpeakerRef]]
) -> list[pronouns.Candidate]:
    """The people a "he"/"she" may stand for, named or quoted before ``before``, but
    the one its own verb addresses ('"…," he told Hannity')."""
    pronoun = PRONOUN_OF_POSSESSIVE.get(mention.text.lower(), mention.text)
    found = resolver.pronoun_candidates(pronoun, before, recent)
    found = without_addressee(found, addressee_after(resolver.text, mention.end))
    return bound_in_sentence(resolver.text, before, resolver.named, found)
