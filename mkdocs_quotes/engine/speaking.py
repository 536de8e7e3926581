"""What stage one of attribution hands to stage two: the words that speak, not a speaker.

Stage one (``rules/``) finds, for a quoted span, where in the text its speaker stands:
a noun phrase in a parse ("Pentagon spokesman John Kirby", "he", "the ministry"), a
line signed off after a dash, a transcript's label. Stage two (``naming.py``) turns
those words into a ``SpeakerRef``: a full name, the person a pronoun means, an
organisation, an unnamed source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(frozen=True)
class SpeakingPhrase:
    """A noun phrase of a parsed paragraph that starts at ``base`` in the article."""

    phrase: Span
    base: int
    cue: str | None


@dataclass(frozen=True)
class SpeakingLine:
    """A sign-off: "- Hillary Clinton." under a quote, "― Carla Ruiz." after it."""

    line: str
    start: int
    cue: str | None = "—"


@dataclass(frozen=True)
class SpeakingLabel:
    """A transcript line's label, in title case ("Pence" from '"PENCE: Well, …')."""

    label: str
    start: int
    cue: str | None = None


SpeakingMention = SpeakingPhrase | SpeakingLine | SpeakingLabel


@dataclass(frozen=True)
class Attribution:
    """Stage one's answer for a quoted span: the rule that found it and the words."""

    rule: str
    mention: SpeakingMention
