"""The named people a paragraph nobody parsed mentions by a description, for pronouns.

'Asked later, the admiral chuckled. ¶ "It is good that my voice is low," he said': the
paragraph before the quote has no quote, so it is skimmed, not parsed (skimming.py), and
a skim that only reads names offers the "he" the last name it saw (the general who
asked) rather than the admiral the sentence is about. A reader takes "the admiral" for
the one person the article titled so; the parsed paragraphs do the same
(described_mentions.py). Without a parse, a description counts only where it is plainly
a clause's subject: "the" and a role noun opening a clause, a lower-case verb after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .descriptions import described_person, without_inner_title
from .lexicon.people import LEADING_TITLES, PERSON_ROLE_NOUNS, TITLE_NOUNS
from .pronouns import NamedPerson

if TYPE_CHECKING:
    from collections.abc import Callable

    from .people_named import PeopleNamed

# "the admiral", "the former secretary", "the Senate majority leader": "the", up to two
# qualifying words, the head noun, then a lower-case word (the verb, checked below).
_DESCRIPTION = re.compile(r"\b[Tt]he ((?:[A-Za-z][\w-]* ){0,2})([a-z]+) ([a-z]+)\b")
# Where a clause's subject starts: the sentence's start, after a comma, a dash or a
# conjunction ("Asked later - war or not - the admiral chuckled").
_CLAUSE_OPENING = re.compile(r"(?:^|[.!?:;,\-–—]|\b(?:and|but|as|when|while))\s*$")
# Words after a noun that are no verb: "the admiral of the fleet", "the senator who".
_NOT_A_VERB = frozenset(
    "of and or to in for on at with from by the a an as who whose which that".split()
)
_HEADS = (
    PERSON_ROLE_NOUNS | LEADING_TITLES | frozenset(n for ns in TITLE_NOUNS.values() for n in ns)
)


def skim_descriptions(
    paragraph: str, base: int, index: int, people: PeopleNamed
) -> list[NamedPerson]:
    """The descriptions a skimmed paragraph makes a clause's subject ("the admiral
    chuckled") that stand for one person the article named with that title before, as
    the subject mentions of that person. ``base`` is the paragraph's offset."""
    found = []
    for match in _DESCRIPTION.finditer(paragraph):
        head, verb = match.group(2), match.group(3)
        if head not in _HEADS or verb in _NOT_A_VERB:
            continue
        if _CLAUSE_OPENING.search(paragraph[: match.start()]) is None:
            continue
        qualifiers = frozenset(match.group(1).lower().split())
        position = base + match.start()
        count = people.count_before(position)
        name = described_person(
            head,
            qualifiers,
            qualifiers,
            ((p.name, p.role) for p in people.with_role_noun(head, count)),
            _was_subject(people, position, count),
        )
        if name is None:
            continue
        mention = people.last_with_role(name, count)
        role = mention.role if mention else None
        found.append(
            NamedPerson(position, index, without_inner_title(name), role, "subject", False)
        )
    return found


def _was_subject(people: PeopleNamed, position: int, count: int) -> Callable[[str], bool]:
    """Whether a person was a subject before, or introduced just before with nobody
    else leading the text (``descriptions.described_person``)."""
    return lambda name: (
        people.subject_before(name, count) or people.introduced_alone(name, position, count)
    )


__all__ = ["skim_descriptions"]
