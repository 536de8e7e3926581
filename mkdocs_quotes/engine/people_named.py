"""The people a parsed article named so far, in text order, with the indexes the
resolver asks of them: a long article must not read everyone named before each time
a later name is looked up (issue 16)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon.people import surname_of
from .role_words import role_nouns


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
    # Written out in full here ("Jeh Johnson"), not a surname the resolver completed.
    in_full: bool = False
    # The age the text gives beside the name ("Dana Brooks, 52,"): ages.age_given.
    age: str | None = None
    # Written as one word that is not the surname ("Hillary", "Xi"): no count of how
    # often the article writes the full name, which ``FullestNames`` weighs.
    by_given_name: bool = False


class PeopleNamed:
    """``PersonMention``s in the order they were recorded (text order)."""

    def __init__(self, paragraph_starts: list[int] | None = None) -> None:
        self._paragraph_starts = paragraph_starts or [0]
        self._mentions: list[PersonMention] = []
        self._positions: list[int] = []
        self._names: set[str] = set()
        self._surnames: set[str] = set()
        self._full_forms: dict[tuple[str, bool], dict[str, int]] = {}
        self._by_first_word: dict[str, dict[str, int]] = {}
        # For "the senator said": who had a role with that noun, who had a role at
        # all, who was first a subject (indexes into _mentions, in order).
        self._by_role_noun: dict[str, list[int]] = {}
        self._with_role: dict[str, list[int]] = {}
        self._first_subject: dict[str, int] = {}
        self._by_age: dict[str, list[int]] = {}
        self._ages: dict[str, str] = {}
        self._subjects: list[int] = []
        # Per surname: where it was named outside quotes, as whom, whether as a
        # subject, and whether written in full.
        self._by_surname: dict[str, list[tuple[int, str, bool, bool]]] = {}

    def add(self, person: PersonMention) -> None:
        index = len(self._mentions)
        if person.role:
            self._with_role.setdefault(person.name, []).append(index)
            for noun in role_nouns(person.role):
                self._by_role_noun.setdefault(noun, []).append(index)
        if person.subject:
            self._first_subject.setdefault(person.name, index)
            if not person.quoted:
                self._subjects.append(index)
        if person.age:
            self._by_age.setdefault(person.age, []).append(index)
            self._ages.setdefault(person.name, person.age)
        self._mentions.append(person)
        self._positions.append(person.position)
        self._names.add(person.name)
        # "Brent Bozell III" is a Bozell: a suffix is no surname, and the bare
        # "Bozell" must find the person it distinguishes.
        surname = surname_of(person.name)
        if " " in person.name:
            self._surnames.add(surname)
        words = person.name.split()
        if len(words) > 1 and not person.by_given_name:
            forms = self._full_forms.setdefault((surname, person.quoted), {})
            forms[person.name] = forms.get(person.name, 0) + 1
            if not person.quoted and person.in_full:
                firsts = self._by_first_word.setdefault(words[0], {})
                firsts[person.name] = firsts.get(person.name, 0) + 1
        if not person.quoted and len(words) > 1 and not person.by_given_name:
            self._by_surname.setdefault(surname, []).append(
                (person.position, person.name, person.subject, person.in_full)
            )

    def __iter__(self) -> Iterator[PersonMention]:
        return iter(self._mentions)

    def __len__(self) -> int:
        return len(self._mentions)

    def since(self, count: int) -> list[PersonMention]:
        """The mentions recorded after the first ``count``."""
        return self._mentions[count:]

    def latest_first(self, position: int) -> Iterator[PersonMention]:
        """The mentions that stand before ``position``, the nearest first (none copied:
        a long article asks this often)."""
        for i in range(self.count_before(position) - 1, -1, -1):
            yield self._mentions[i]

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

    def with_age(self, age: str, count: int) -> list[PersonMention]:
        """Of the first ``count`` mentions, those given the age ``age``, in order."""
        indexes = self._by_age.get(age, [])
        return [self._mentions[i] for i in indexes[: bisect_left(indexes, count)]]

    def age_of(self, name: str) -> str | None:
        """The age the article first gave ``name``, if any."""
        return self._ages.get(name)

    def in_focus(self, position: int, count: int, *, back: int = 1) -> PersonMention | None:
        """The person the text is on at ``position``: the last of the first ``count``
        mentions that was a sentence's subject, outside quotes, in the paragraph of
        ``position`` or the ``back`` ones before. "Dana Brooks called the cuts reckless.
        '…,' the 52-year-old said": a description by age alone stands for that person."""
        found = bisect_left(self._subjects, count)
        if not found:
            return None
        last = self._mentions[self._subjects[found - 1]]
        here = max(bisect_right(self._paragraph_starts, position) - 1, 0)
        return last if last.position >= self._paragraph_starts[max(here - back, 0)] else None

    def subject_before(self, name: str, count: int) -> bool:
        """Was ``name`` the subject of a sentence among the first ``count`` mentions?"""
        return self._first_subject.get(name, count) < count

    def introduced_alone(self, name: str, position: int, count: int) -> bool:
        """Was ``name`` last named with a role (of the first ``count`` mentions) in the
        paragraph of ``position`` or the one before, with no one else the subject of a
        sentence from the start of that paragraph on? "Congressman Ana Ruiz's office
        slammed a suit alleging that the congressman …": the person a description
        follows closely, even named as no subject, where nobody else leads the text."""
        last = self.last_with_role(name, count)
        if last is None:
            return False
        here = max(bisect_right(self._paragraph_starts, position) - 1, 0)
        if last.position < self._paragraph_starts[max(here - 1, 0)]:
            return False
        opened = max(bisect_right(self._paragraph_starts, last.position) - 1, 0)
        first = bisect_left(self._positions, self._paragraph_starts[opened])
        return not any(m.subject and m.name != name for m in self._mentions[first:count])

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

    def full_forms_starting(self, word: str) -> dict[str, int]:
        """The full names written outside quotes whose first word is ``word``
        ("Xi Jinping" for "Xi"), counted, in the order they were first named."""
        return dict(self._by_first_word.get(word, {}))

    def namesake_before(self, surname: str, position: int) -> str | None:
        """Where the article has named two people with one surname in full before
        ``position`` (Jeh and Gary Johnson), the one of them the text is on: named
        last, in this paragraph or the one before (where a text turns to a person),
        in full as a subject or by the surname alone, in the form the article uses
        most for them. None where the surname is one person's
        ("Donald Trump", "Donald J. Trump"), or where the namesake was named in
        passing ("his wife, Heidi Cruz"): the surname alone still means the person
        the article is about."""
        seen = self._by_surname.get(surname, []) if " " not in surname.strip() else []
        here = max(bisect_right(self._paragraph_starts, position) - 1, 0)
        since = self._paragraph_starts[max(here - 1, 0)]
        before = seen[: bisect_left(seen, (position, "", False, False))]
        if len({given_key(name) for _, name, _, in_full in before if in_full}) < 2:
            return None
        at, name, subject, in_full = before[-1]
        if at < since or (in_full and not subject):
            return None
        forms = self.full_forms(surname, quoted=False)
        return max((n for n in forms if given_key(n) == given_key(name)), key=forms.__getitem__)


def given_key(name: str) -> str:
    """A full name's given name as compared: lower-case, no full stop ("J." = "j")."""
    return name.split()[0].lower().strip(".")


__all__ = ["PeopleNamed", "PersonMention", "given_key"]
