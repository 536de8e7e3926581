"""The last sentence of a paragraph that leads into a quote, past a closing aside in
brackets: 'Richards spoke about the case. (The law requires …)' / '"…"' — the
aside explains the case in the reporter's voice; the sentence before it says who
the next paragraph's quote is from."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def last_sentence_outside_aside(doc: Doc) -> list[Token]:
    """The paragraph's last sentence, skipping sentences inside a bracketed aside
    that ends the paragraph; the last sentence when there is no such aside (or
    nothing stands before it)."""
    sents = list(doc.sents)
    if not sents:
        return list(doc)
    opens = _aside_opening(doc.text)
    if opens is not None:
        before = [s for s in sents if s.end_char <= opens]
        if before:
            return list(before[-1])
    return list(sents[-1])


def _aside_opening(text: str) -> int | None:
    """Where the bracket opens whose close ends ``text`` (a full stop may follow)."""
    end = text.rstrip().rstrip(".")
    if not end.endswith(")"):
        return None
    depth = 0
    for at in range(len(end) - 1, -1, -1):
        if end[at] == ")":
            depth += 1
        elif end[at] == "(":
            depth -= 1
            if depth == 0:
                return at
    return None
