"""The lines of an article found by a word they hold, for looking names up in long texts.

``SpeakerResolver.full_name`` looks for the full forms of a surname ("Obama" ->
"Barack Obama") in the article's text (full_names.py). Reading the whole text once
per surname made a long article quadratic (a 0.3 MB one spent half its time there);
an index of the lines by their words reads only the lines that hold the surname.
"""

from __future__ import annotations

import re

from .full_names import is_running_text

# full_names.full_names_in_text finds a surname after a space and before a word boundary,
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


__all__ = ["LinesByWord"]
