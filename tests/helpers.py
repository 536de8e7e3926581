"""Builders shared by the tests: files in tmp_path and hand-made quotes, no spaCy."""

from __future__ import annotations

from pathlib import Path

from mkdocs_quotes import Article, Mention, Quote, SpeakerKind, SpeakerRef


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write text (UTF-8) or bytes to ``folder/name``, creating folders."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def make_quote(
    article: Article,
    words: str,
    name: str,
    kind: SpeakerKind = "person",
    *,
    mention: str | None = None,
    mention_at: int | None = None,
    role: str | None = None,
    cue: str | None = "said",
    partial: bool = False,
    occurrence: int = 0,
    utterance: int = 0,
) -> Quote:
    """A quote at the ``occurrence``-th place ``words`` stand in the article, its
    speaker named by ``mention`` (found in the text, or at ``mention_at``)."""
    text = article.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    found = None
    if mention is not None:
        at = text.index(mention) if mention_at is None else mention_at
        found = Mention(mention, at, at + len(mention))
    paragraph = sum(1 for s in article.paragraph_starts if s <= start) - 1
    speaker = SpeakerRef(name, kind, found, role)
    return Quote(words, start, start + len(words), speaker, cue, partial, utterance, paragraph)
