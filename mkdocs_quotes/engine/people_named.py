"""The people a parsed article named so far, in text order, with the indexes the
resolver asks of them: a long article must not read everyone named before each time
a later name is looked up (issue 16)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from .descriptions import role_nouns


@dataclass(frozen=True)
class PersonMention:
    """A person named in the text, for pronoun resolution later in the article."""

    position: int
    name: str
    role: str | None
    gender: str | None
    subject: bool
    # Inside a quotation: a slogan on a shirt ("Fascist Trump") is no way the article
    # names the person.
    quoted: bool = False


class PeopleNamed:
    """``PersonMention``s in the order they were recorded (text order)."""

    def __init__(self) -> None:
        self._mentions: list[PersonMention] = []
        self._positions: list[int] = []
        self._names: set[str] = set()
        self._surnames: set[str] = set()
        self._full_forms: dict[tuple[str, bool], dict[str, int]] = {}
        # For "the senator said": who had a role with that noun, who had a role at
        # all, who was first a subject (indexes into _mentions, in order).
        self._by_role_noun: dict[str, list[int]] = {}
        self._with_role: dict[str, list[int]] = {}
        self._first_subject: dict[str, int] = {}

    def add(self, person: PersonMention) -> None:
        index = len(self._mentions)
        if person.role:
            self._with_role.setdefault(person.name, []).append(index)
            for noun in role_nouns(person.role):
                self._by_role_noun.setdefault(noun, []).append(index)
        if person.subject:
            self._first_subject.setdefault(person.name, index)
        self._mentions.append(person)
        self._positions.append(person.position)
        self._names.add(person.name)
        if " " in person.name:
            self._surnames.add(person.name.rsplit(" ", 1)[1])
        words = person.name.split()
        if len(words) > 1:
            forms = self._full_forms.setdefault((words[-1], person.quoted), {})
            forms[person.name] = forms.get(person.name, 0) + 1

    def __iter__(self) -> Iterator[PersonMention]:
        return iter(self._mentions)

    def __len__(self) -> int:
        return len(self._mentions)

    def since(self, count: int) -> list[PersonMention]:
        """The mentions recorded after the first ``count``."""
        return self._mentions[count:]

    def count_before(self, position: int) -> int:
        """How many mentions stand before ``position``."""
        return bisect_left(self._positions, position)

    def with_role_noun(self, noun: str, count: int) -> list[PersonMention]:
        """Of the first ``count`` mentions, those whose role has ``noun`` among its
        ``role_nouns``, in order."""
        indexes = self._by_role_noun.get(noun, [])
        return [self._mentions[i] for i in indexes[: bisect_left(indexes, count)]]

    def last_with_role(self, name: str, count: int) -> PersonMention | None:
        """The last of the first ``count`` mentions that names ``name`` with a role."""
        indexes = self._with_role.get(name, [])
        found = bisect_left(indexes, count)
        return self._mentions[indexes[found - 1]] if found else None

    def subject_before(self, name: str, count: int) -> bool:
        """Was ``name`` the subject of a sentence among the first ``count`` mentions?"""
        return self._first_subject.get(name, count) < count

    def named(self, name: str) -> bool:
        """Was anyone named exactly ``name``?"""
        return name in self._names

    def has_surname(self, word: str) -> bool:
        """Is ``word`` the last word of someone named in full?"""
        return word in self._surnames

    def full_forms(self, surname: str, *, quoted: bool) -> dict[str, int]:
        """The full names ending in ``surname``, in or out of quotes, counted, in the
        order they were first named."""
        return dict(self._full_forms.get((surname, quoted), {}))


__all__ = ["PeopleNamed", "PersonMention"]
