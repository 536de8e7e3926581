"""Organisation names the parser cuts at a small word: in 'according to the event
organizer Alliance to Reclaim Our Schools (AROS)' the phrase ends at "Alliance", a
name the article might use for anyone. A run of capitalised words, joined by small
words, that a bracketed acronym of its initials follows is one name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .postags import pos

if TYPE_CHECKING:
    from spacy.tokens import Span

_NAMED_BY_ACRONYM = re.compile(
    r"([A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|to|for|of|and|on|in|the))*?)\s+\(([A-Z]{3,8})\)"
)


def acronym_name(phrase: Span) -> str | None:
    """The whole name that the phrase's closing proper nouns begin, where a bracketed
    acronym of its initials follows and the name runs past the phrase."""
    if not len(phrase) or pos(phrase[-1]) != "PROPN":
        return None
    start = len(phrase) - 1
    while start > 0 and pos(phrase[start - 1]) == "PROPN":
        start -= 1
    doc = phrase.doc
    first = phrase[start].i
    words = doc[first : min(first + 16, len(doc))]
    match = _NAMED_BY_ACRONYM.match(words.text)
    if match is None or len(match.group(1)) <= phrase.end_char - phrase[start].idx:
        return None
    initials = "".join(w[0] for w in match.group(1).split() if w[0].isupper())
    return match.group(1) if initials == match.group(2) else None
