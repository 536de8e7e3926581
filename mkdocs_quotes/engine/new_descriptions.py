"""A description that tells the reader something new about the person the text is on:
"Maria Gonzalez, 58, lost her home of 30 years. '…,' the retired teacher said." No one
was introduced as a teacher; the writer varies the reference to the person of the
sentence before, as "the 52-year-old" does (``ages.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.people import FEMALE_ROLE_WORDS, MALE_ROLE_WORDS

if TYPE_CHECKING:
    from .people_named import PeopleNamed, PersonMention

# Nouns for what a person is or does in everyday life, which a writer uses to vary the
# reference to someone just named; not an office or a position ("the candidate", "the
# mogul", "the minority leader" are whoever holds it, named with it or not), nor a
# source's word ("the official", "the lawyer"), nor kin ("the son" is somebody's).
_EVERYDAY_NOUNS = frozenset(
    """
    teacher nurse veteran student farmer owner worker volunteer survivor patient
    customer retiree baker homeowner shopkeeper driver commuter shopper renter tenant
    landlord rancher fisherman mechanic plumber electrician firefighter paramedic
    bartender waitress waiter cashier janitor immigrant refugee motorist hiker
    """.split()
)


def newly_described(
    head: str, people: PeopleNamed, position: int, count: int
) -> PersonMention | None:
    """The person the text is on, in the paragraph of ``position``, for a description by
    ``head`` that no one was introduced with: a noun for what a person is or does
    ("teacher", "retiree"), and of the person's gender where the noun has one
    ("waitress")."""
    if head not in _EVERYDAY_NOUNS:
        return None
    focus = people.in_focus(position, count, back=0)
    if focus is None:
        return None
    gender = "f" if head in FEMALE_ROLE_WORDS else "m" if head in MALE_ROLE_WORDS else None
    if gender and focus.gender and focus.gender != gender:
        return None
    return focus
