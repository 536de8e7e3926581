"""Who a reporting "he" or "she" means when its sentence, or the one before its quote,
has named them as its subject.

"Mr. Lane's temper, a worry for his party, came under scrutiny: he was challenged over
his claim that '…'": a pronoun later in the sentence whose subject (or the owner of its
subject) is a person stands for that person, whoever was quoted in the paragraphs
before; the ranker (pronouns.py) weighs only how people were named before the
sentence's own words, and the one quoted last outweighs a possessor there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .pronouns import Candidate, NamedPerson

# Where a sentence ends: a stop, perhaps a closing mark, spaces, and a capital (perhaps
# after an opening mark). A stop after a title or an initial ends no sentence.
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s+(?=[\"'“‘]*[A-Z])")
_ABBREVIATED = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Rev)|\b[A-Z])$"
)
# The relations of whom a sentence is about, as relations.py names them: in the
# pronoun's own sentence, its subject or the subject's owner; in the sentence before a
# quote that opens its own, only its subject ("Ann Gray said the plan was rushed. '…,'
# she said"), not the owner of a subject deep in what was reported ("He says Lee's
# call bears the blame. '…'").
_ABOUT_HERE = frozenset(("subject", "subject_possessive"))
_ABOUT_BEFORE = frozenset(("subject",))
# What may stand between a sentence's start and a quote that opens it.
_OPENING = re.compile(r"[\s\"'“‘]*")


def sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` begins, within its paragraph (a
    position at a sentence's very start is in that sentence)."""
    start = paragraph = text.rfind("\n", 0, position) + 1
    for end in _SENTENCE_END.finditer(text, paragraph):
        if end.end() > position:
            break
        if not _ABBREVIATED.search(text, paragraph, end.start()):
            start = end.end()
    return start


def bound_in_sentence(
    text: str, position: int, named: Sequence[NamedPerson], found: list[Candidate]
) -> list[Candidate]:
    """The one candidate the pronoun's sentence is about, named before ``position``
    outside any quote, if there is exactly one; else all of them. Where a quote opens
    the sentence at ``position``, the sentence before it in the paragraph is read."""
    start, about = sentence_start(text, position), _ABOUT_HERE
    if _OPENING.fullmatch(text, start, position):
        if start == 0 or text[start - 1] == "\n":
            return found  # a paragraph opens with the quote: no sentence before it
        start, about = sentence_start(text, start - 1), _ABOUT_BEFORE
    subjects = {
        person.name
        for person in named
        if start <= person.position < position
        and person.relation in about
        and not person.inside_quote
    }
    bound = [c for c in found if c.name in subjects]
    return bound if len(bound) == 1 else found
