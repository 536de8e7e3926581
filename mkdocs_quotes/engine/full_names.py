"""Full forms of a surname in an article's running text: "Obama" -> "Barack Obama".

Read where the parsed paragraphs name no one with the surname in full
(``SpeakerResolver.full_name``), so a line of the text decides: a capitalised given
name before the surname, not a sentence's first word, not a quotation's first word
the lists of given names don't know, a title or an honorific left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from .lexicon.given_names import is_given_name as is_known_given_name
from .lexicon.marks import OPENING_MARKS
from .lexicon.people import HONORIFICS, NAME_PARTICLES, TITLE_WORDS
from .names import is_given_name, opens_a_sentence

_INITIAL = re.compile(r"[A-Z]\.")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# A word of a full name: capitalised ("O’Rourke", "St.") or a particle ("von").
_NAME_WORD = rf"(?:[A-Z][\w'’.-]*|{'|'.join(NAME_PARTICLES)})"


def is_running_text(line: str) -> bool:
    """Not a headline or a caption, where every word is capitalised."""
    words = line.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return bool(words) and capitalised / len(words) <= 0.5


@lru_cache(maxsize=1024)
def _full_name_pattern(name: str) -> re.Pattern[str]:
    # 'John “Tig” Tiegen': a nickname set in quotes between the given name and the
    # surname is neither.
    nickname = rf"(?:[“\"‘']{_NAME_WORD}[”\"’'] )?"
    return re.compile(rf"\b((?:{_NAME_WORD} ){{1,3}}){nickname}{re.escape(name)}\b")


# How far before a surname its given name and titles can start: three words and
# their spaces never take this much.
_NAME_REACH = 300


def _full_name_matches(pattern: re.Pattern[str], line: str, name: str) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(line)`` gives, read only around each place ``name``
    stands: a line of a long transcript is thousands of characters, and a name
    often in it would otherwise have the regex try every one of them."""
    end = 0
    at = line.find(name)
    while at != -1:
        # One character past the surname, so that "\b" after it sees what follows.
        match = pattern.search(line, max(end, at - _NAME_REACH), at + len(name) + 1)
        if match is not None:
            yield match
            end = match.end()
        at = line.find(name, max(at + 1, end))


def full_names_in_text(text: str | Iterable[str], name: str) -> dict[str, int]:
    """Full names ending in ``name`` in running text (not headlines), with counts.

    ``text`` may be the text's running-text lines already, or those of them that hold
    the name (name_lines.py: a long article is not read through once per name).
    """
    counts: dict[str, int] = {}
    pattern = _full_name_pattern(name)
    if isinstance(text, str):
        text = [line for line in text.splitlines() if is_running_text(line)]
    for line in text:
        for match in _full_name_matches(pattern, line, name):
            given = [
                w
                for w in match.group(1).split()
                if w.lower() not in HONORIFICS and w.lower().rstrip(".") not in TITLE_WORDS
            ]
            # "Donald J. Trump": the given name stands before the middle initial.
            initial = given[-1:] if len(given) >= 2 and _INITIAL.fullmatch(given[-1]) else []
            first = given[-2] if initial else given[-1] if given else ""
            # "Gov." is no given name, but initials are one ("J.J. MacNab").
            if first[:1].isupper() and (not first.endswith(".") or _INITIALS.fullmatch(first)):
                # "For Obama", "Maybe Trump", "Deal.'' Trump": a word that opens a
                # sentence or ends a quotation is no given name.
                start = match.start(1) + match.group(1).rindex(first)
                if not is_given_name(first, opens_a_sentence(line, start)):
                    continue
                # 'a shirt that read "Fascist Trump"': a quotation's first word is a
                # given name only where the lists of given names know it.
                if line[:start].endswith(tuple(OPENING_MARKS)) and not is_known_given_name(first):
                    continue
                candidate = " ".join([first, *initial, name])
                counts[candidate] = counts.get(candidate, 0) + 1
    return counts
