"""A reporting clause set inside the sentence it reports: 'Clinton, a top aide said,
“is very confident …”'. The quote goes on the name's predicate; "a top aide said" is
the parenthetical cue, and the aide speaks. The parse reads "Clinton, a top aide" as
one phrase with an apposition, which an apposition's closing comma would end ("Clinton,
a top aide, said …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.marks import OPENING_TOKENS
from .postags import pos

if TYPE_CHECKING:
    from spacy.tokens import Span


def parenthetical_reporter(phrase: Span) -> Span | None:
    """The phrase after the comma in '<name>, <det> <noun> <cue>, “<lower-case words>'
    (the part that says the cue), or None when the phrase is not so set."""
    doc = phrase.doc
    after = phrase.end
    if after + 3 >= len(doc):
        return None
    cue, comma, mark, first = doc[after], doc[after + 1], doc[after + 2], doc[after + 3]
    if pos(cue) != "VERB" or comma.text != "," or mark.text not in OPENING_TOKENS:
        return None
    if not first.text[:1].islower():
        return None  # the quote opens its own sentence: no predicate of the name
    commas = [t for t in phrase if t.text == ","]
    if not commas or commas[-1].i + 1 >= after:
        return None
    start = commas[-1].i + 1
    if doc[start].tag_ != "DT":
        return None
    return doc[start:after]
