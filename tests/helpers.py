"""Builders shared by the tests: files in tmp_path and hand-made quotes, no spaCy."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mkdocs_quotes import Article, Mention, Quote, QuoteEngine, SpeakerKind, SpeakerRef

# ../shared, laid read-only beside the clone in CI (the gold files); a fresh clone has none.
# A git worktree elsewhere (/root/wt-x) points at it with MKDOCS_QUOTES_SHARED.
SHARED = Path(
    os.environ.get("MKDOCS_QUOTES_SHARED") or Path(__file__).resolve().parents[2] / "shared"
)


def shared_file(relative: str) -> Path:
    """``../shared/<relative>``: a failure in CI (``CI`` set) when missing, a skip elsewhere."""
    path = SHARED / relative
    if not path.exists():
        if os.environ.get("CI", "").lower() not in ("", "0", "false"):
            pytest.fail(f"{path} is missing: CI lays ../shared beside the clone")
        pytest.skip(f"{path} is missing (../shared lies beside the clone in CI only)")
    return path


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


# Three short articles for the pages of issue 15: dated in two months, one undated;
# the mayor's words reprinted verbatim by a second outlet, as wire copy is.
NEWS_ARTICLES = {
    "bridge-july.txt": (
        "Title: Bridge to be rebuilt\nDate: 2021-07-05\nSource: AFP\n"
        "URL: https://example.org/news/bridge?a=1&b=2\n\n"
        "Mayor Ana Lopez spoke on Monday about the old bridge that the river took last winter.\n\n"
        '"We will rebuild the bridge before the spring floods," Lopez said.\n\n'
        'Councillor Tom Reed disagreed with the plan. "The money is simply not there for this,"'
        " Reed said.\n"
    ),
    "bridge-september.txt": (
        "Title: Bridge plan goes to council\nDate: 2021-09-10\nSource: Reuters\n\n"
        "The city council met on Friday to discuss the bridge that the river took last winter.\n\n"
        "\u201cWe will rebuild the bridge before the spring floods,\u201d Mayor Ana Lopez said.\n\n"
        'Councillor Tom Reed said the vote would be close. "I will vote against it," Reed told'
        " reporters.\n"
    ),
    "undated.txt": (
        "Title: Lopez on the budget\n\n"
        "Mayor Ana Lopez spoke about the budget on Tuesday at city hall.\n\n"
        '"The budget is balanced and the bridge is paid for," Lopez said.\n'
    ),
}
# The mayor's reprinted words, in the July article (the earlier) and in September's.
REPEATED_JULY = "We will rebuild the bridge before the spring floods,"


def write_news(articles_dir: Path) -> None:
    for name, text in NEWS_ARTICLES.items():
        write(articles_dir, name, text)


def make_engine_trip(monkeypatch: pytest.MonkeyPatch, marker: str) -> None:
    """A bug of ours the reader's input can't reach: from now on the engine raises
    on any batch holding a text with ``marker`` (two lines of message, the first
    "ValueError: [E999] the engine tripped"); ``monkeypatch.undo()`` mends it."""
    real_extract_many = QuoteEngine.extract_many

    def failing_extract_many(self: QuoteEngine, texts: list[str], **options: int) -> object:
        texts = list(texts)
        if any(marker in text for text in texts):
            raise ValueError("[E999] the engine tripped\nsecond line of detail")
        return real_extract_many(self, texts, **options)

    monkeypatch.setattr(QuoteEngine, "extract_many", failing_extract_many)
