"""Who a "they" can stand for: a body or a group, never a single text. "The statement
noted they had said '…'. 'In line with this commitment …,' they said": the council
speaks, not the statement quoted just before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.cues import SPEAKING_TEXTS

if TYPE_CHECKING:
    from .domain import SpeakerRef


def referent_of_they(recent: list[tuple[int, SpeakerRef]]) -> SpeakerRef | None:
    """The body or group quoted last; a text only when no body or group was ("the
    report's authors … 'X,' they write": the report is the nearest thing to them)."""
    groups = [s for _, s in reversed(recent) if s.kind in ("organisation", "unnamed")]
    return next((s for s in groups if can_be_they(s)), groups[0] if groups else None)


def can_be_they(speaker: SpeakerRef) -> bool:
    """False for an unnamed single text ("The statement", "a report")."""
    words = speaker.name.lower().split()
    return speaker.kind != "unnamed" or not words or words[-1] not in SPEAKING_TEXTS
