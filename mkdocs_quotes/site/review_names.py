"""Speaker names an editor should look at: odd ones, and shorter forms of another.

Read from the names alone (and the corpus's kinds): "Kentucky Republican" is a
description, "Clinton's attacks" names no one who can speak, "Trump" the
organisation is likely the person "Donald Trump". The name logic of the corpus
(``identities.py``) decides which forms can be one person; this module only asks it.
"""

from __future__ import annotations

import re

from ..engine.lexicon.cues import SPEAKING_TEXTS
from ..engine.lexicon.function_words import DETERMINERS, NOT_SPEAKER_WORDS
from ..engine.lexicon.marks import DOUBLE_MARKS, TWO_APOSTROPHES
from ..engine.lexicon.organisations import ORGANISATION_WORDS
from ..engine.lexicon.people import MEMBER_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, TITLE_WORDS
from ..engine.names import names_people
from .corpus import Speaker
from .identities import GLUED_WORDS, PersonName, is_first_word_of, is_variant

# Past these lengths a name is a phrase the parser took whole, not a name.
LONG_NAME_WORDS = {"person": 5, "organisation": 8, "unnamed": 15}
# Words that end a noun phrase's head: "a letter from …", "one of his aides".
_AFTER_HEAD = frozenset("of from in at on with for who that which by to obtained".split())
# Descriptions of a voter, not a name: "Kentucky Republican", "Wisconsin Democrat".
_PARTY_WORDS = frozenset("republican republicans democrat democrats gop".split())
# Words that count rather than name: "four in 10 voters", "one of his aides".
_QUANTIFIERS = frozenset(
    """
    one two three four five six seven eight nine ten some many most half all few none
    dozens hundreds thousands millions
    """.split()
)
_POSSESSIVE = re.compile(r"['’]s?$")
_DIGIT = re.compile(r"\d")
_QUOTE_MARK = re.compile(f"[{DOUBLE_MARKS}]")
_COMMON_WORDS = GLUED_WORDS | DETERMINERS | NOT_SPEAKER_WORDS | PERSON_PRONOUNS | PLURAL_PRONOUNS


def shorter_form(
    short: PersonName,
    full: PersonName,
    speakers: tuple[Speaker, Speaker],
    counts: dict[str, int],
) -> bool:
    """ "Ban" of "Ban Ki-moon", "Hillary" of "Hillary Clinton", "Brent Bozell" of
    "Brent Bozell III" (one name but for a suffix the corpus keeps apart), the
    organisation "Trump" of the person "Trump". Only a person can be the fuller one."""
    speaker, other = speakers
    if other.kind != "person":
        return False
    if short.parts == full.parts:
        if short.suffix != full.suffix:
            return not short.suffix
        if speaker.kind != "person":
            return True
        # Two people of one name: the corpus keyed them apart; the less quoted is the variant.
        return (counts[speaker.slug], other.slug) < (counts[other.slug], speaker.slug)
    return is_variant(short, full) or is_first_word_of(short, full)


def odd_name_reason(name: str, kind: str) -> str | None:
    """Why ``name`` reads like no speaker of its ``kind``'s, or None if it reads fine."""
    words = name.split()
    if not words:
        return "is empty"
    if _QUOTE_MARK.search(name) or TWO_APOSTROPHES in name:
        return "holds a quotation mark"
    if len(words) > LONG_NAME_WORDS.get(kind, 8):
        return f"is {len(words)} words long"
    folded = [w.lower().strip(".,;:") for w in words]
    if len(words) == 1 and folded[0] in _QUANTIFIERS:
        return "counts people rather than naming them"
    if len(words) == 1 and (folded[0] in _COMMON_WORDS or words[0].islower()):
        return "is a common word"
    if kind == "unnamed":
        return _odd_description(folded, words)
    if _DIGIT.search(name):
        return "holds a digit"
    if _POSSESSIVE.search(words[-1]) and len(words[-1]) > 2:
        return "ends in a possessive"
    if kind != "person":
        return None
    if all(len(w.strip(".")) <= 2 for w in words):
        return "is initials only"
    if folded[-1] in _PARTY_WORDS or set(folded) & (TITLE_WORDS - GLUED_WORDS) - {"state"}:
        return "is a title or a description, not a name"
    if set(folded) & ORGANISATION_WORDS:
        return "holds a word of an organisation's name"
    if all(word in SPEAKING_TEXTS for word in folded):
        return "names a text, not a person"
    return None


def _odd_description(folded: list[str], words: list[str]) -> str | None:
    """An unnamed source whose head noun is neither people, a body, nor a text.

    The head ends the first phrase ("a letter" of "a letter from the Legion"), but a
    capitalised word goes on a name ("One Club for Growth ad") and a number is no head
    ("four in 10 voters": voters).
    """
    heads: list[str] = []
    for i, word in enumerate(folded):
        next_is_name = i + 1 < len(words) and words[i + 1][:1].isupper()
        if i and word in _AFTER_HEAD and not next_is_name:
            if heads and heads[-1] not in _QUANTIFIERS and not heads[-1].isdigit():
                break
            continue
        heads.append(word)
    head = _POSSESSIVE.sub("", heads[-1]) if heads else ""
    if not head.isalpha() or head in ("author",) or head in SPEAKING_TEXTS:
        return None
    # "a Kentucky Republican": a party's or a faith's member is a person.
    if names_people(head) or head.removesuffix("s") in SPEAKING_TEXTS | MEMBER_NOUNS:
        return None
    return f'names no person, body or text ("{head}")'
