"""A reporting "he" or "she" whose antecedent is a description the article never names.

'The solution, the partner told them, was simple. "Just put your money in Vanguard,"
he said.': the "he" is the partner, the subject who spoke just before, not the last
person the article named (the pronoun ranker only knows names). Where the article
named nobody with that role ("the senator" after Senator Ana Ruiz is hers, and
described_mentions.py offers her to the ranker), a reader credits the description.

Only in the quote's own paragraph, and only where the chain of subjects before the
pronoun, read backwards past the same pronoun ("A delegate said he tried …; he was
unable …, he said"), reaches a description of a person that is the subject of a verb
of saying, with no name in between.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .domain import SpeakerRef
from .lexicon.entities import PERSON_LABELS
from .lexicon.organisations import ORGANISATION_NOUNS
from .lexicon.people import FEMALE_ROLE_WORDS, LEADING_TITLES, MALE_ROLE_WORDS, TITLE_WORDS
from .names import names_people, strip_trailing_punct
from .phrases import noun_phrase
from .postags import pos
from .syntax import is_cue

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from .people_named import PeopleNamed

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Subjects a walk back passes over: the words of quotes and the reporter's "it".
_PASSED = frozenset("i we you it this that there".split())
# Words that link a noun to another: "a candidate for president" brings in no president.
_LINKS = r"(?:for|of|to|in|at|with|by|on)\b"
_ARTICLES = frozenset({"the", "a", "an", "one", "another"})


def described_antecedent(
    speaker: SpeakerRef,
    doc: Doc,
    base: int,
    people: PeopleNamed,
    quoted: Callable[[int, int], bool],
    text: str,
) -> SpeakerRef | None:
    """The unnamed description a "he"/"she" speaker stands for, if its paragraph (the
    parsed ``doc``, at offset ``base``) says so as above; else None. ``quoted``: whether a
    stretch of the article touches a quote, whose words the walk back passes over; ``text``, the
    article's."""
    mention = speaker.mention
    pronoun = speaker.name.lower()
    if speaker.kind != "unknown" or mention is None or pronoun not in ("he", "she", "they"):
        return None
    before = [
        t
        for t in doc
        if base + t.idx < mention.start and not quoted(base + t.idx, base + t.idx + 1)
    ]
    for token in reversed(before):
        # A person's name between (or a proper noun no entity type tells from one):
        # the ranker weighs it; a place or a body ("Cleveland") is no antecedent.
        if token.ent_type_ in PERSON_LABELS or (pos(token) == "PROPN" and not token.ent_type_):
            return None
        if token.dep_ not in _SUBJECTS:
            continue
        lower = token.lower_
        if lower == pronoun or lower in _PASSED:
            continue
        if pronoun == "they":
            if token.head.dep_ not in _MAIN_CLAUSES:
                continue  # "argue that some of it is …": the group is the one arguing
            return _group(token, speaker)
        if lower in ("he", "she"):
            return None
        return _description(token, speaker, base, people, text)
    return None


# The verbs of a sentence's own clauses, not of the clauses it reports or describes.
_MAIN_CLAUSES = frozenset({"ROOT", "conj", "parataxis"})


def _group(subject: Token, speaker: SpeakerRef) -> SpeakerRef | None:
    """ "She and her defenders argue that … They note that": a "they" after a
    sentence whose subject is a group of people that speaks is that group, not the
    body quoted last; where people are joined ("She and her defenders"), the group
    among them."""
    verb = subject.head
    if not is_cue(verb) or pos(verb) not in ("VERB", "AUX"):
        return None
    plural = [
        t
        for t in (subject, *subject.conjuncts)
        if t.tag_ in ("NNS", "NNPS") and names_people(t.lower_)
    ]
    if not plural:
        return None
    group = noun_phrase(plural[0]) if plural[0] is not subject else noun_phrase(subject)
    return SpeakerRef(strip_trailing_punct(group.text), "unnamed", speaker.mention)


def _description(
    head: Token, speaker: SpeakerRef, base: int, people: PeopleNamed, text: str
) -> SpeakerRef | None:
    lower = head.lower_
    if head.tag_ != "NN" or not names_people(lower) or lower in ORGANISATION_NOUNS:
        return None
    if lower in LEADING_TITLES or lower in TITLE_WORDS:
        return None  # "the president", "the senator": a title news gives named people
    if not is_cue(head.head) or pos(head.head) not in ("VERB", "AUX"):
        return None
    gender = "f" if speaker.name.lower() == "she" else "m"
    if (gender == "m" and lower in FEMALE_ROLE_WORDS) or (
        gender == "f" and lower in MALE_ROLE_WORDS
    ):
        return None
    phrase = noun_phrase(head)
    if phrase[0].lower_ not in _ARTICLES or len(phrase) > 6:
        return None
    # Someone the article named with that role: "the senator" may be them.
    at = base + head.idx
    if people.with_role_noun(lower, people.count_before(at)):
        return None
    # "the partner" is someone unnamed only where the article brought in "a partner"
    # before; "the president", "the frontrunner" with no such start is most often a
    # person it named ("Hillary Clinton wants … The Democratic frontrunner wrote").
    introduced = re.compile(
        rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:(?!{_LINKS})[\w-]+ ){{0,3}}{lower}\b"
    )
    if phrase[0].lower_ == "the" and introduced.search(text, 0, at) is None:
        return None
    return SpeakerRef(strip_trailing_punct(phrase.text), "unnamed", speaker.mention)


__all__ = ["described_antecedent"]
