"""The full forms of a surname in an article's lines ("Obama" -> "Barack Obama"), and
the lines found by a word they hold, for looking names up in long texts.

``SpeakerResolver.full_name`` looks for the full forms of a surname in the article's
text. Reading the whole text once per surname made
a long article quadratic (a 0.3 MB one spent half its time there); an index of the
lines by their words reads only the lines that hold the surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from .lexicon.people import HONORIFICS, NAME_PARTICLES, TITLE_WORDS
from .names import is_given_name, opens_a_sentence

# full_names_in_text finds a surname after a space and before a word boundary,
# so it starts a whitespace-separated word and the word's leading run of word
# characters is the surname's own ("Obama," and "Obama's" -> "Obama"; "O'Neill" ->
# "O"): the lines holding a word with that key are all the lines it can be in.
_LEADING_WORD = re.compile(r"\w+")


def _key(word: str) -> str:
    found = _LEADING_WORD.match(word)
    return found.group() if found else word[:1]


class LinesByWord:
    """A text's running-text lines (``is_running_text``: no headlines), and for
    each word key the lines holding a word with it."""

    def __init__(self, text: str) -> None:
        self.lines = [line for line in text.splitlines() if is_running_text(line)]
        self._by_key: dict[str, list[int]] = {}
        for number, line in enumerate(self.lines):
            for key in {_key(word) for word in line.split()}:
                self._by_key.setdefault(key, []).append(number)

    def lines_with(self, word: str) -> list[str]:
        """The running-text lines, in order, that may hold ``word`` at the start of
        one of theirs."""
        if not word:
            return self.lines
        return [self.lines[number] for number in self._by_key.get(_key(word), [])]


# A word of a full name: capitalised ("O’Rourke", "St.") or a particle ("von").
_NAME_WORD = rf"(?:[A-Z][\w'’.-]*|{'|'.join(NAME_PARTICLES)})"


def is_running_text(line: str) -> bool:
    """Not a headline or a caption, where every word is capitalised."""
    words = line.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return bool(words) and capitalised / len(words) <= 0.5


@lru_cache(maxsize=1024)
def _full_name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b((?:{_NAME_WORD} ){{1,3}}){re.escape(name)}\b")


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
    the name (``LinesByWord``: a long article is not read through once per name).
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
            if given and given[-1][:1].isupper() and not given[-1].endswith("."):
                # "For Obama", "Maybe Trump", "Deal.'' Trump": a word that opens a
                # sentence or ends a quotation is no given name.
                start = match.start(1) + match.group(1).rindex(given[-1])
                if not is_given_name(given[-1], opens_a_sentence(line, start)):
                    continue
                candidate = f"{given[-1]} {name}"
                counts[candidate] = counts.get(candidate, 0) + 1
    return counts


__all__ = ["LinesByWord", "full_names_in_text", "is_running_text"]
