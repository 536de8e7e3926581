"""Where a paragraph mentions a named person by a description ("the president framed
the shooting as …" after "President Barack Obama"), for the pronoun ranker: the "he"
that follows such a sentence most often means the person it described, and a history
that only held names would offer the last name instead (issue 12, points 1 and 2)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .descriptions import described_mention, without_inner_title
from .lexicon.given_names import is_given_name
from .lexicon.people import surname_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .people_named import PeopleNamed


# Family words a given name stands in apposition to: "Clinton's husband, Bill, …" names
# Bill Clinton, whom the article may never name in full.
_KIN = frozenset(
    "wife husband son daughter brother sister father mother uncle aunt nephew niece".split()
)


@dataclass(frozen=True)
class DescribedMention:
    """A definite description standing for one person the article named before."""

    position: int
    name: str
    role: str | None
    phrase: Span


def described_mentions(doc_tokens: Span, base: int, people: PeopleNamed) -> list[DescribedMention]:
    """The definite descriptions of a parsed paragraph ("the senator", "the fire
    chief") that resolve to exactly one person named before them, in text order.
    ``base`` is the paragraph's offset in the article."""
    doc = doc_tokens.doc
    found = _kin_named(doc_tokens, base, people)
    for token in doc_tokens:
        # The head noun of a noun phrase ("the former president"): "the" opens it.
        if token.tag_ != "NN" or token.dep_ in ("compound", "nmod"):
            continue
        start = token.left_edge.i
        if start < doc_tokens.start or doc[start].lower_ != "the":
            continue
        phrase = doc[start : token.i + 1]
        position = base + phrase.start_char - doc_tokens.start_char
        mention = described_mention(phrase, position, people)
        if mention is not None:
            name = without_inner_title(mention.name)
            found.append(DescribedMention(position, name, mention.role, phrase))
    return sorted(found, key=lambda m: m.position)


def _kin_named(doc_tokens: Span, base: int, people: PeopleNamed) -> list[DescribedMention]:
    """ "Clinton's husband, Bill, said …" -> Bill Clinton: a lone given name beside a
    family word whose possessor is a surname is that given name and that surname; with
    "his" or "her" for possessor, the surname of the last man or woman named."""
    found = []
    for token in doc_tokens:
        if token.lower_ not in _KIN:
            continue
        owners = [c for c in token.children if c.dep_ == "poss"]
        given = [c for c in token.children if c.dep_ == "appos" and c.tag_ == "NNP"]
        if len(owners) != 1 or len(given) != 1 or list(given[0].children):
            continue
        position = base + given[0].idx - doc_tokens.start_char
        surname = _owner_surname(owners[0], position, people)
        name = f"{given[0].text} {surname}"
        if surname and is_given_name(name):
            span = doc_tokens.doc[given[0].i : given[0].i + 1]
            found.append(DescribedMention(position, name, None, span))
    return found


def _owner_surname(owner: Token, position: int, people: PeopleNamed) -> str | None:
    if owner.tag_ == "NNP":
        return owner.text
    gender = _POSSESSIVE_GENDER.get(owner.lower_)
    for person in people.latest_first(position):
        if person.gender == gender and " " in person.name:
            return surname_of(person.name)
    return None


_POSSESSIVE_GENDER = {"his": "m", "her": "f"}


__all__ = ["DescribedMention", "described_mentions"]
