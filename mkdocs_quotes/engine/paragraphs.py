"""An article text as the engine reads it: its paragraphs and where each starts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Paragraphs:
    """The non-empty lines of an article text and where each starts."""

    texts: list[str]
    starts: list[int]

    @classmethod
    def of(cls, text: str) -> Paragraphs:
        texts, starts, pos = [], [], 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped:
                texts.append(stripped)
                starts.append(pos + line.index(stripped[0]))
            pos += len(line) + 1
        return cls(texts, starts)
