"""Transcript lines in quotation marks: '"WALLACE: Let's start with …' names its speaker,
'"(CROSSTALK.)' is nobody's words.

News sites print interview transcripts as quoted paragraphs, each opening with the
speaker's surname in capitals and a colon. The label is the attribution; the words
after it are the quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon.transcripts import LINE_HEADINGS

# One to three words in capitals ("PENCE", "CHRIS WALLACE", "MR. TRUMP"), a colon, a space.
_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s+(?=\S)")

_STAGE_DIRECTION = re.compile(r"\(\s*[A-Z][A-Z .,'’-]*\)\.?|\[\s*[A-Z][A-Z .,'’-]*\]\.?")


def is_stage_direction(quoted: str) -> bool:
    """ "(CROSSTALK.)", "[APPLAUSE]": a transcript's note on the room, no one's words."""
    return _STAGE_DIRECTION.fullmatch(quoted.strip()) is not None


@dataclass(frozen=True)
class TranscriptLabel:
    """The speaker's label at the head of a quoted transcript line."""

    name: str  # in title case: "Wallace", "Mr. Trump"
    words_start: int  # offset in the quoted text where the speaker's words begin


def transcript_label(quoted: str) -> TranscriptLabel | None:
    """The label opening ``quoted`` if it is a transcript line, else None."""
    found = _LABEL.match(quoted)
    if found is None:
        return None
    label = found.group(1)
    letters = [c for c in label if c.isalpha()]
    if len(letters) < 3 or label in LINE_HEADINGS or label.rstrip(".") in LINE_HEADINGS:
        return None
    return TranscriptLabel(_as_name(label), found.end())


def _as_name(label: str) -> str:
    """ "MR. TRUMP" -> "Mr. Trump"; the resolver finds the article's own spelling
    ("MCCAIN" -> "McCain")."""
    return " ".join(word.capitalize() for word in label.split())
