"""A second speaker who takes the floor between two quotes of one paragraph.

'“Tell her,” Ebeling said, and her husband cut in. “Don't forget Tom.”': the quote
after the cue sentence has no cue of its own, and would continue Ebeling's words; but
the sentence hands the floor to a new subject with a verb of interrupting ("cut in",
"chimed in", "piped up"), which says nothing itself, so the next quote is that
subject's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.cues import PHRASAL_CUES
from .phrases import noun_phrase
from .postags import pos
from .speaking import SpeakingPhrase

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The rule's name in the output, next to "governing_cue" and the rest.
FLOOR_TAKEN = "floor_taken"


def floor_taken(doc: Doc, base: int, after: int, before: int) -> SpeakingPhrase | None:
    """The subject of a phrasal cue ("cut in") standing between article offsets
    ``after`` (the previous quote's end) and ``before`` (this quote's opening mark),
    when nothing but the sentence's end follows that cue: its words are the next."""
    for token in doc:
        start = base + token.idx
        if start <= after or start >= before:
            continue
        particles = PHRASAL_CUES.get(token.lower_)
        if not particles or pos(token) != "VERB":
            continue
        particle = [c for c in token.children if c.dep_ == "prt" and c.lower_ in particles]
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if not particle or not subjects:
            continue
        # Only the sentence's end between the particle and the quote: "… cut in. “…”".
        tail = doc.text[particle[0].idx + len(particle[0]) : before - base]
        if tail.strip() not in (".", ":", ",", ""):
            continue
        return SpeakingPhrase(noun_phrase(subjects[0]), base, f"{token.text} {particle[0].text}")
    return None
