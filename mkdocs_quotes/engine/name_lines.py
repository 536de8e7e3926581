"""The lines of an article found by a word they hold, for looking names up in long texts.

``SpeakerResolver.full_name`` looks for the full forms of a surname ("Obama" ->
"Barack Obama") in the article's text. Reading the whole text once per surname made
a long article quadratic (a 0.3 MB one spent half its time there); an index of the
lines by the first letters of their words reads only the lines that can hold it.
"""

from __future__ import annotations

# A full name's surname starts a whitespace-separated word (names.full_names_in_text
# wants a space before it), so the lines holding a word that starts like it are all
# the lines it can be found in.
_PREFIX = 3


class LinesByWord:
    """A text's lines, and for each word prefix the lines holding a word with it."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self._by_prefix: dict[str, list[int]] = {}
        for number, line in enumerate(self.lines):
            for prefix in {word[:_PREFIX] for word in line.split()}:
                self._by_prefix.setdefault(prefix, []).append(number)

    def lines_with(self, word: str) -> list[str]:
        """The lines, in order, that may hold ``word`` at the start of one of theirs."""
        if len(word) < _PREFIX:
            return self.lines
        return [self.lines[number] for number in self._by_prefix.get(word[:_PREFIX], [])]


__all__ = ["LinesByWord"]
