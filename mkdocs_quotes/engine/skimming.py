"""The people a paragraph nobody parsed names, read off its letters for the pronouns.

Most paragraphs without a quote are not parsed (windows.py), yet they name the people
a later "he" or "she" may mean. A reader skims them for names: a known given name and
a surname, a surname the article gave in full before, a surname after an honorific.
"""

from __future__ import annotations

import re

from .lexicon.given_names import is_given_name
from .lexicon.organisations import ORGANISATION_WORDS
from .lexicon.people import LEADING_TITLES, NAME_SUFFIXES, TITLE_WORDS, surname_of
from .pronouns import NamedPerson

# A given name and a surname ("Paul Grant", "Ana M. Lopez"), found at every capital
# (overlapping: "Senator Paul Grant" holds "Paul Grant"), a capitalised word, and a
# surname after an honorific ("Mr. Grant"), which says it is a person's.
_SKIMMED_FULL_NAME = re.compile(r"(?=\b([A-Z][a-z]+(?: [A-Z]\.)? [A-Z][\w'’-]*[a-z]))")
_SKIMMED_WORD = re.compile(r"\b[A-Z][\w'’-]*[a-z]\b")
_HONORIFIC_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.? ([A-Z][\w'’-]*[a-z])\b")
# A title one person holds, then a lone capitalised word: a surname ("Judge Berman",
# "President Obama", "Adm. Lamb"), unless another capital follows (a given name the
# skim doesn't know, "Judge Ada Kowal") or the word is a body's ("Justice Department").
_TITLED_SURNAME = re.compile(
    r"\b(?:President|Senator|Sen\.|Representative|Rep\.|Governor|Gov\.|Judge|Justice"
    r"|Admiral|Adm\.|Gen\.|Mayor|Secretary|Speaker|Sheriff|Pope|Rev\.|Prof\.)"
    r" ([A-Z][\w'’-]*[a-z])\b(?! [A-Z])"
)
# Where a clause's subject starts: the sentence's start, after a comma or a
# conjunction ("For his part, Mr. Obama said …", "… and Grant told …").
_CLAUSE_OPENING = re.compile(r"(?:^|[.!?:;,]|\b(?:and|but|that|as|when|while|because))\s*$")
# What follows a subject is its verb, a lower-case word that is not one of these.
_NOT_A_VERB = frozenset(
    "of and or to in for on at with from by the a an as who whose which that".split()
)
# "Ted Cruz, who won Texas, is calling …", "One voter, Ana Ruiz, 35, showed up …": a
# name a relative clause, an age or a description sets off opens its clause as its
# subject; the verb comes after the aside.
_ASIDE_AFTER = re.compile(r", (?:who|whose|\d{1,3},|(?:a|an|the) [a-z])")
# "…," said Grant: a name right after a speech verb is its subject; "according to
# Grant" names a source as a subject does.
_AFTER_SPEECH_VERB = re.compile(
    r"\b(?:said|says|added|asked|told|wrote|explained|[Aa]ccording to)\s*$"
)


def skim_names(paragraph: str, base: int, index: int, known: dict[str, str]) -> list[NamedPerson]:
    """The people a paragraph nobody parsed names: a known given name and a surname
    ("Paul Grant"), the surname alone of someone named so before ("Grant said …"), or
    a surname after an honorific. A name is a subject where a clause opens before it
    and a verb follows, or right after a speech verb. ``known`` maps surnames to the
    full names seen so far, and grows."""
    found: list[tuple[int, int, str]] = []
    for match in _SKIMMED_FULL_NAME.finditer(paragraph):
        name = _without_possessive(match.group(1))
        if is_given_name(name) and name.split()[-1].lower() not in NAME_SUFFIXES:
            known[surname_of(name)] = name
            found.append((match.start(1), match.start(1) + len(name), name))
    taken = {i for start, end, _ in found for i in range(start, end)}
    for match in _HONORIFIC_SURNAME.finditer(paragraph):
        if match.start(1) not in taken:
            surname = match.group(1)
            found.append((match.start(), match.end(), known.setdefault(surname, surname)))
            taken.update(range(match.start(), match.end()))
    for match in _TITLED_SURNAME.finditer(paragraph):
        surname = _without_possessive(match.group(1))
        if match.start(1) not in taken and not _names_a_body_or_title(surname):
            found.append(
                (match.start(), match.start(1) + len(surname), known.setdefault(surname, surname))
            )
            taken.update(range(match.start(), match.end()))
    for match in _SKIMMED_WORD.finditer(paragraph):
        word = _without_possessive(match.group())
        # "Al-Awlaki" opening a sentence is the "al-Awlaki" named before.
        word = word if word in known else word[:1].lower() + word[1:]
        if word in known and match.start() not in taken:
            found.append((match.start(), match.start() + len(word), known[word]))
    people = []
    for start, end, name in found:
        before = paragraph[:start]
        after = paragraph[end:].split(maxsplit=1)
        next_word = after[0] if after and paragraph[end : end + 1] == " " else ""
        verb_follows = next_word[:1].islower() and next_word not in _NOT_A_VERB
        opens_clause = _CLAUSE_OPENING.search(before) is not None
        set_off = _ASIDE_AFTER.match(paragraph, end) is not None
        subject = bool(
            (opens_clause and (verb_follows or set_off)) or _AFTER_SPEECH_VERB.search(before)
        )
        possessor = paragraph[end : end + 2] in ("'s", "’s")
        relation = "possessive" if possessor else "subject" if subject else "other"
        people.append(NamedPerson(base + start, index, name, None, relation, False))
    return people


def _names_a_body_or_title(word: str) -> bool:
    """ "Justice Department", "Secretary General": the word after the title is no surname."""
    lower = word.lower()
    return lower in ORGANISATION_WORDS or lower in LEADING_TITLES or lower in TITLE_WORDS


def _without_possessive(name: str) -> str:
    """ "Barack Obama’s" -> "Barack Obama": the words a skim catches end in the "'s"."""
    return name[:-2] if name.endswith(("'s", "’s")) else name
