"""A short quote said again, with no cue: '"Nooooo!" the crowd cried out. … "Or do we
…?" Clinton asked. "Nooooo!"' The words repeat a chant or a refrain; whoever said them
before says them again, not the speaker of the quote just before."""

from __future__ import annotations

import re

from .domain import SpeakerRef

REPEATS_EARLIER = "repeats_earlier_quote"
# A chant or a refrain is a few words; a longer quote said twice is quoted twice.
_MOST_WORDS = 4
_WORDS = re.compile(r"\w+")


class Echoes:
    """The speakers of the article's short quotes so far, by their words."""

    def __init__(self) -> None:
        self._speakers: dict[tuple[str, ...], SpeakerRef] = {}

    def remember(self, quoted: str, speaker: SpeakerRef) -> None:
        key = _key(quoted)
        if key and speaker.kind != "unknown":
            self._speakers.setdefault(key, speaker)

    def speaker_of(self, quoted: str) -> SpeakerRef | None:
        """Who said these words before, if they are few and were said before."""
        key = _key(quoted)
        return self._speakers.get(key) if key else None


def _key(quoted: str) -> tuple[str, ...]:
    words = tuple(w.lower() for w in _WORDS.findall(quoted))
    return words if 0 < len(words) <= _MOST_WORDS else ()
