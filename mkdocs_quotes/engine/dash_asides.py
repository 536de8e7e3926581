"""Asides set off by dashes, which the parser reads as part of the clause around them.

'In the letter - addressed to the U.S. attorney, Ann Gray - the Utah Republican asks
whether "…"': the name closing the aside is the letter's addressee, yet the parser makes
it the subject of "asks" with the description after the dash its apposition; the one who
asks is the description. And 'Ana Ruiz lamented her gaffes - "does she have to keep
giving them ammunition?" - voters who watched said they were unfazed': a quote set
between dashes is an aside of the clause it is set into, whose cue is before it, not
the next clause's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon.marks import LONG_DASHES
from .phrases import noun_phrase
from .postags import pos

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .rules.context import SpanContext

DASHES = ("-", "–", "—", "--")
# A dash that opens or closes an aside round a quote: a long one, two hyphens, or a
# hyphen with a space on its outer side (never a word's own hyphen, "well-").
_DASH_BEFORE = re.compile(rf"(?:--|[{LONG_DASHES}]|\s-)\s*$")
_DASH_AFTER = re.compile(rf"^\s*(?:--|[{LONG_DASHES}]|-\s)")


def past_dash_aside(subject: Span) -> Span | None:
    """The description after a dash that closes an aside ending in the subject's name
    ("…, Ann Gray - the Utah Republican asks"), which speaks whatever noun it has: the
    dashes say so. None where the subject is no such name."""
    doc = subject.doc
    name = subject.root
    name_end = name.i + 1
    if pos(name) != "PROPN" or name_end >= subject.end or doc[name_end].text not in DASHES:
        return None
    after = [t for t in name.children if t.i > name_end and t.dep_ == "appos"]
    if not after or doc[name_end + 1].lower_ not in ("the", "a", "an"):
        return None
    # The aside opened with a dash earlier in the sentence, and only one.
    opened = [t for t in doc[subject.root.sent.start : subject.start] if t.text in DASHES]
    if len(opened) != 1:
        return None
    return noun_phrase(after[0])


def between_dashes(ctx: SpanContext) -> bool:
    """Is the quote set off by a dash on each side, as an aside of its sentence?"""
    return bool(
        ctx.leading and _DASH_BEFORE.search(ctx.before_open) and _DASH_AFTER.match(ctx.after_close)
    )


__all__ = ["DASHES", "between_dashes", "past_dash_aside"]
