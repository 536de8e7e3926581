"""The words a recorded role gives a later description to match: "Sen." stands for
"senator", "R-Texas" for a Texas Republican, "House Speaker" is headed by "speaker"."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon.people import MEMBER_NOUNS, TITLE_NOUNS

if TYPE_CHECKING:
    from .people_named import PeopleNamed, PersonMention

ROLE_PREPOSITIONS = frozenset("of for at in with on from to".split())
_PROSECUTING = frozenset({"district", "prosecuting", "state's", "commonwealth's"})
_PARTY_LETTERS = {"r": "republican", "d": "democrat", "i": "independent"}


@lru_cache(maxsize=4096)
def role_nouns(role: str) -> frozenset[str]:
    """The nouns a description can use for a recorded role: its words, with a title
    such as "Sen." standing for "senator" and "lawmaker"."""
    nouns: set[str] = set()
    for word in re.findall(r"[\w'-]+", role.lower()):
        nouns.add(word)
        nouns |= TITLE_NOUNS.get(word, frozenset())
    if {"chief", "executive"} <= nouns:
        nouns.add("ceo")
    if "attorney" in nouns and nouns & _PROSECUTING:
        nouns.add("prosecutor")  # "District Attorney Ann Gray" is "the prosecutor"
    # "R-Texas": a Republican, of Texas ("the Texas Republican").
    for word in re.findall(r"\b([rdi])-([a-z][a-z. ]*)", role.lower()):
        nouns |= {_PARTY_LETTERS[word[0]], word[1].strip(" .")}
    return frozenset(nouns)


@lru_cache(maxsize=4096)
def role_heads(role: str) -> frozenset[str]:
    """The head noun of each part of a recorded role: "House Speaker" -> speaker;
    "owner of a bakery, Team USA coach" -> owner, coach."""
    heads: set[str] = set()
    for part in role.lower().split(", "):
        words = re.findall(r"[\w'-]+", part)
        cut = next((i for i, w in enumerate(words) if w in ROLE_PREPOSITIONS), len(words))
        if cut:
            heads.add(words[cut - 1])
    return frozenset(heads)


def party_and_state(role: str, member: str, places: list[str]) -> bool:
    """Does a role's party-and-state tag ("R-Wis.") say its bearer is the description's
    "the Wisconsin Republican"? "Republican Donald Trump" is a Republican, but no
    description by party and state is sure to mean him: only the tag is, or a role
    whose head is the party's member noun and which names the places ("Tom Hale, a
    Republican from Ohio"; "Republican Donald Trump" for "the Republican")."""
    if member in role_heads(role):
        words = " ".join(re.findall(r"[\w'-]+", role.lower()))
        if all(re.search(rf"\b{re.escape(place)}\b", words) for place in places):
            return True
    for letter, state in re.findall(r"\b([RDI])-([A-Z][A-Za-z. ]*)", role):
        if _PARTY_LETTERS[letter.lower()] != member:
            continue
        state = state.strip(" .").lower()
        initials = state.replace(".", "").replace(" ", "")
        if all(
            place.startswith(state) or initials == "".join(w[0] for w in place.split())
            for place in places
        ):
            return True
    return False


# Nouns of an elected or party office: a holder of one is a party's member.
_OFFICE_NOUNS = frozenset(
    """
    senator representative congressman congresswoman lawmaker legislator governor
    leader speaker whip mayor nominee candidate assemblyman assemblywoman councilman
    councilwoman
    """.split()
)


def member_in_focus(people: PeopleNamed, position: int, count: int) -> PersonMention | None:
    """ "Senate Majority Leader John Thune said … '…,' the South Dakota Republican
    told reporters": where no one's role gives a party, a party member described is the
    officeholder the text is on (``PeopleNamed.in_focus``), whose role gives an office
    and no party or state of its own."""
    focus = people.in_focus(position, count)
    if focus is None or not focus.role or re.search(r"\b[RDI]-", focus.role):
        return None
    nouns = role_nouns(focus.role)
    return focus if nouns & _OFFICE_NOUNS and not nouns & MEMBER_NOUNS else None
