"""Ages the article gives a person, for "the 52-year-old said" later on.

News names a person once with an age ("Dana Brooks, 52, said" or "52-year-old Dana
Brooks") and then often describes them by it alone. The age is no role: the speaker
index shows titles, never an age (issue 12, item 5), so it is kept apart from the role.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# ", 52," / ", 52." right after the name.
_AGE_AFTER = re.compile(r"^\s*,\s+(\d{1,3})\s*[,.;]")
# "52-year-old Dana Brooks", "the 52-year-old union leader Dana Brooks".
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,3}$")
# "the 52-year-old", "the 52-year-old nurse": the age is what describes the person.
_AGE_DESCRIPTION = re.compile(r"^the\s+(\d{1,3})\s*-\s*year\s*-\s*old\b", re.IGNORECASE)


def age_given(ent: Span) -> str | None:
    """The age the text gives right beside a name, as the words "52"; else None."""
    doc = ent.doc
    start = doc[0].idx
    text = doc.text
    after = _AGE_AFTER.match(text[ent.end_char - start :])
    if after:
        return after.group(1)
    before = _AGE_BEFORE.search(text[max(ent.start_char - start - 60, 0) : ent.start_char - start])
    return before.group(1) if before else None


def age_described(phrase: Span) -> str | None:
    """The age a description describes a person by ("the 52-year-old" -> "52")."""
    found = _AGE_DESCRIPTION.match(phrase.text)
    return found.group(1) if found else None


# Nouns for a span of ages: "Jamal Price, 17, …" is "the teenager".
_AGE_NOUNS = {
    "teenager": (13, 19),
    "teen": (13, 19),
    "septuagenarian": (70, 79),
    "octogenarian": (80, 89),
    "nonagenarian": (90, 99),
    "centenarian": (100, 120),
}


def ages_described(phrase: Span) -> range | None:
    """The ages a definite noun for an age describes ("the teenager" -> 13 to 19)."""
    words = [t.lower_ for t in phrase if not t.is_punct]
    if len(words) != 2 or words[0] != "the" or words[1] not in _AGE_NOUNS:
        return None
    low, high = _AGE_NOUNS[words[1]]
    return range(low, high + 1)


__all__ = ["age_described", "age_given", "ages_described"]
