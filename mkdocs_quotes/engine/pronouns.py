"""Who a reporting "he" or "she" stands for: the people named before it, ranked.

The nearest name is often the person being talked about, not the one talking ('She
says Trump represents … She added, "…"'), so each person named before the pronoun is
described by what a careful reader weighs (how recently and how often they were
named, whether as a subject, an object, a possessor or inside a quote, whether they
were quoted just before, gender) and scored by a linear model: a conditional logit
trained on PolNeAR train's hand-annotated referents (``training/train_pronouns.py``;
weights in ``pronoun_weights.json`` beside this file). A name whose gender is known
and differs from the pronoun's is never a candidate.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from .domain import SpeakerRef
from .lexicon.organisations import ORGANISATION_WORDS
from .lexicon.people import surname_of

WEIGHTS_FILE = Path(__file__).with_name("pronoun_weights.json")
# How far back a reader looks for the person a reporting pronoun means.
MAX_PARAGRAPHS_BACK = 8

FEATURES = (
    "bias",
    "recency_rank_0",
    "recency_rank_1",
    "recency_rank_2_plus",
    "same_paragraph",
    "previous_paragraph",
    "paragraphs_back",
    "last_as_subject",
    "last_as_clause_subject",
    "subject_in_last_two_paragraphs",
    "last_as_possessive",
    "last_as_subject_possessor",
    "last_as_object",
    "last_as_addressee",
    "last_as_oblique",
    "last_inside_quote",
    "speaker_of_previous_quote",
    "quoted_in_last_three_paragraphs",
    "times_quoted",
    "times_named",
    "first_person_named",
    "most_named",
    "gender_agrees",
)


@dataclass(frozen=True)
class NamedPerson:
    """One mention of a person, as the article's resolver recorded it."""

    position: int
    paragraph: int
    name: str
    role: str | None
    # "subject", "clause_subject", "subject_possessive", "possessive", "object",
    # "addressee", "oblique", "other"
    relation: str
    inside_quote: bool


@dataclass(frozen=True)
class Candidate:
    """A person the pronoun may stand for, with the features the model weighs."""

    name: str
    role: str | None
    features: tuple[float, ...]


# Words that end the name of a group or a following, never of one person ("Kentucky
# Republican", "Roman Catholic", "Pacific Command"): generic English.
_GROUP_WORDS = ORGANISATION_WORDS | frozenset(
    """
    republican democrat catholic muslim christian jewish conservative liberal
    command shoal island islands state states
    """.split()
)


def could_be_one_person(name: str, surnames: Container[str]) -> bool:
    """Whether "he" or "she" can mean the bearer of ``name``: not a possessive left in a
    name ("Trump's"), not a group ("Kentucky Republican"), not a family ("Clintons")."""
    words = name.split()
    if not words or name.endswith(("'s", "’s")):
        return False
    if words[-1].lower().strip(".,") in _GROUP_WORDS:
        return False
    family = name.endswith("s") and (name[:-1] in surnames or name[:-2] in surnames)
    return not (len(words) == 1 and family)


def paragraph_of(position: int, paragraph_starts: list[int]) -> int:
    return max(bisect_right(paragraph_starts, position) - 1, 0)


def candidates(
    pronoun_gender: str,
    position: int,
    paragraph_starts: list[int],
    people: list[NamedPerson],
    recent_speakers: list[tuple[int, SpeakerRef]],
    gender_of: Mapping[str, str | None],
) -> list[Candidate]:
    """Every person named or quoted before ``position`` whose gender doesn't rule them
    out, most recent first, with their features. (A resolver keeps one
    ``MentionHistory`` for its whole article instead.)"""
    history = MentionHistory(paragraph_starts)
    history.sync(people, recent_speakers)
    return history.candidates(pronoun_gender, position, gender_of.get)


class _SurnamesBefore:
    """The surnames of the full names named or quoted before a position."""

    def __init__(self, first_seen: dict[str, int], position: int) -> None:
        self._first_seen = first_seen
        self._position = position

    def __contains__(self, surname: object) -> bool:
        return self._first_seen.get(str(surname), self._position) < self._position


class MentionHistory:
    """Everyone an article named (``NamedPerson``, in text order) and quoted, indexed
    so that the candidates for a pronoun cost what the last few paragraphs hold, not
    what the article has said so far: a long article asks once per quote (issue 16).

    ``sync`` takes in what the resolver and attribution appended since the last call.
    """

    def __init__(self, paragraph_starts: list[int]) -> None:
        self._paragraph_starts = paragraph_starts
        self._reset()

    def _reset(self) -> None:
        self._named: list[NamedPerson] = []
        self._named_at: list[int] = []
        # Per name: its mentions, and where they stand.
        self._mentions: dict[str, list[NamedPerson]] = {}
        self._mentioned_at: dict[str, list[int]] = {}
        # After each mention: the person named most so far (first named wins a tie).
        self._most_named: list[str] = []
        self._quoted: list[tuple[int, SpeakerRef]] = []
        self._quoted_at: list[int] = []
        self._quotes_of: dict[str, list[int]] = {}
        self._first_role: dict[str, str | None] = {}
        self._surname_first_seen: dict[str, int] = {}
        self._recent_seen = 0  # entries of the speakers' list taken in
        self._last_heard: tuple[int, SpeakerRef] | None = None

    def sync(
        self, people: list[NamedPerson], recent_speakers: list[tuple[int, SpeakerRef]]
    ) -> None:
        """Take in the mentions and quotes added to these lists since the last call.
        Lists that changed otherwise than by growing in order are read again whole."""
        taken, heard = len(self._named), self._recent_seen
        grew = len(people) >= taken and (taken == 0 or people[taken - 1] is self._named[-1])
        heard_grew = len(recent_speakers) >= heard and (
            heard == 0 or recent_speakers[heard - 1] is self._last_heard
        )
        new = people[max(taken - 1, 0) :]
        in_order = all(a.position <= b.position for a, b in pairwise(new))
        if not (grew and heard_grew and in_order):
            self._reset()
            taken, heard = 0, 0
            people = sorted(people, key=lambda p: p.position)
        for person in people[taken:]:
            self._add_mention(person)
        for start, speaker in recent_speakers[heard:]:
            if speaker.kind == "person":
                self._add_quote(start, speaker)
        self._recent_seen = len(recent_speakers)
        self._last_heard = recent_speakers[-1] if recent_speakers else None

    def _add_mention(self, person: NamedPerson) -> None:
        name = person.name
        self._named.append(person)
        self._named_at.append(person.position)
        self._mentions.setdefault(name, []).append(person)
        self._mentioned_at.setdefault(name, []).append(person.position)
        leader = self._most_named[-1] if self._most_named else name
        count, leading = len(self._mentions[name]), len(self._mentions[leader])
        first, leader_first = self._mentioned_at[name][0], self._mentioned_at[leader][0]
        if count > leading or (count == leading and first <= leader_first):
            leader = name
        self._most_named.append(leader)
        self._saw_surname(name, person.position)

    def _add_quote(self, start: int, speaker: SpeakerRef) -> None:
        if self._quoted_at and start < self._quoted_at[-1]:
            # Quotes come in text order; one out of order is placed where it stands.
            at = bisect_right(self._quoted_at, start)
            self._quoted.insert(at, (start, speaker))
            self._quoted_at.insert(at, start)
        else:
            self._quoted.append((start, speaker))
            self._quoted_at.append(start)
        insort(self._quotes_of.setdefault(speaker.name, []), start)
        self._first_role.setdefault(speaker.name, speaker.role)
        self._saw_surname(speaker.name, start)

    def _saw_surname(self, name: str, position: int) -> None:
        if " " in name:
            surname = surname_of(name)
            seen = self._surname_first_seen.get(surname)
            if seen is None or position < seen:
                self._surname_first_seen[surname] = position

    def candidates(
        self,
        pronoun_gender: str,
        position: int,
        gender_of: Callable[[str], str | None],
    ) -> list[Candidate]:
        """Every person named or quoted before ``position`` whose gender doesn't rule
        them out, most recent first, with their features."""
        here = paragraph_of(position, self._paragraph_starts)
        named = bisect_left(self._named_at, position)  # mentions before the pronoun
        quoted = bisect_left(self._quoted_at, position)
        # Who was named or quoted in the paragraphs a reader looks back over, latest
        # first: nobody further back can be a candidate, nor outrank one.
        lowest = here - MAX_PARAGRAPHS_BACK
        last_position: dict[str, int] = {}
        subject_lately: set[str] = set()
        for person in reversed(self._named[:named]):
            if paragraph_of(person.position, self._paragraph_starts) < lowest:
                break
            last_position.setdefault(person.name, person.position)
            if person.relation == "subject" and here - person.paragraph <= 2:
                subject_lately.add(person.name)
        quoted_lately: set[str] = set()
        for start, speaker in reversed(self._quoted[:quoted]):
            paragraph = paragraph_of(start, self._paragraph_starts)
            if paragraph < lowest:
                break
            if start > last_position.get(speaker.name, -1):
                last_position[speaker.name] = start
            if here - paragraph <= 3:
                quoted_lately.add(speaker.name)
        previous_speaker = self._quoted[quoted - 1][1].name if quoted else None
        most_named = self._most_named[named - 1] if named else None
        first_named = self._named[0].name if named else None
        surnames = _SurnamesBefore(self._surname_first_seen, position)

        def first_seen(name: str) -> tuple[int, int]:
            # The order the full reading met people in, for ties: the named ones in
            # text order, then those only quoted.
            mentioned = self._mentioned_at.get(name, [])
            if mentioned and mentioned[0] < position:
                return (0, mentioned[0])
            return (1, self._quotes_of[name][0])

        ordered = [
            name
            for name in sorted(last_position, key=lambda n: (-last_position[n], first_seen(n)))
            if could_be_one_person(name, surnames)
        ]
        found = []
        for rank, name in enumerate(ordered):
            gender = gender_of(name)
            if gender is not None and gender != pronoun_gender:
                continue
            back = here - paragraph_of(last_position[name], self._paragraph_starts)
            if back > MAX_PARAGRAPHS_BACK:
                continue
            times_named = bisect_left(self._mentioned_at.get(name, []), position)
            mention = self._mentions[name][times_named - 1] if times_named else None
            times_quoted = bisect_left(self._quotes_of.get(name, []), position)
            relation = mention.relation if mention else "subject"
            role = mention.role if mention else self._first_role.get(name)
            features = (
                1.0,
                float(rank == 0),
                float(rank == 1),
                float(rank >= 2),
                float(back == 0),
                float(back == 1),
                back / MAX_PARAGRAPHS_BACK,
                float(relation == "subject"),
                float(relation == "clause_subject"),
                float(name in subject_lately),
                float(relation == "possessive"),
                float(relation == "subject_possessive"),
                float(relation == "object"),
                float(relation == "addressee"),
                float(relation == "oblique"),
                float(bool(mention and mention.inside_quote)),
                float(name == previous_speaker),
                float(name in quoted_lately),
                math.log1p(times_quoted),
                math.log1p(times_named),
                float(name == first_named),
                float(name == most_named),
                float(gender == pronoun_gender),
            )
            found.append(Candidate(name, role, features))
        return found


@cache
def weights() -> tuple[float, ...]:
    """The trained weights, in the order of ``FEATURES``."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise RuntimeError(f"{WEIGHTS_FILE.name} was trained on other features; retrain it")
    return tuple(float(w) for w in data["weights"])


def score(candidate: Candidate, trained: tuple[float, ...]) -> float:
    return sum(w * f for w, f in zip(trained, candidate.features, strict=True))


def best(found: list[Candidate]) -> Candidate | None:
    """The highest-scoring candidate; ties go to the most recent (listed first)."""
    trained = weights()
    return max(found, key=lambda c: score(c, trained), default=None)


def margin(found: list[Candidate]) -> float:
    """How far the best candidate's score leads the next one's (``inf`` if alone)."""
    trained = weights()
    scores = sorted((score(c, trained) for c in found), reverse=True)
    return scores[0] - scores[1] if len(scores) > 1 else float("inf")
