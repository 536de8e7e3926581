"""Who a reporting "he" or "she" cannot be: the person its own verb addresses.

'"…," he told Hannity': the teller and the told are two people, whoever was named
last or as a subject before ("Hannity asked Trump how high the wall would be."). A
reader drops the addressee from the people the pronoun may mean before weighing the
others; the ranker (pronouns.py) never sees the words after the pronoun.
"""

from __future__ import annotations

import re

from .pronouns import Candidate

# A verb of telling right after the pronoun (an adverb may come between), then a
# capitalised name: "he told Hannity", "she reminded Mr. Grant", "he asked Ann Lopez".
_ADDRESSED = re.compile(
    r"\s+(?:[a-z]+ly\s+)?"
    r"(?:told|tells|asked|asks|assured|assures|reminded|reminds|warned|warns|informed"
    r"|informs|thanked|thanks|answered|answers|urged|urges|promised|promises"
    r"|(?:said|says|replied|replies|responded|responds|wrote|writes) to)\s+"
    r"((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]*[a-z](?:\s+[A-Z][\w'’-]*[a-z])*)"
)


def addressee_after(text: str, pronoun_end: int) -> str | None:
    """The surname of the person the pronoun's own verb tells or asks, if a name
    follows the verb: ' told Mr. Hannity, …' -> "Hannity"."""
    found = _ADDRESSED.match(text, pronoun_end)
    if found is None or found.group(1).endswith(("'s", "’s")):
        return None  # "he told Hannity's viewers": not Hannity
    return found.group(1).split()[-1]


def without_addressee(found: list[Candidate], addressee: str | None) -> list[Candidate]:
    """The candidates but the one the pronoun's verb addresses (the name's last word,
    the surname, is one of theirs)."""
    if addressee is None:
        return found
    return [c for c in found if addressee not in c.name.split()]
