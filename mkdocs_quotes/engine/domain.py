"""The engine's domain: the quotes and speakers it finds in an article text.

Everything here is a frozen dataclass made of plain values, so a result can be
cached as JSON, compared across processes (``jobs``) and never holds a spaCy
object after extraction.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any, Literal

from .lexicon.marks import QUOTE_CHARS

SpeakerKind = Literal["person", "organisation", "unnamed", "unknown"]
SPEAKER_KINDS: tuple[SpeakerKind, ...] = ("person", "organisation", "unnamed", "unknown")


@dataclass(frozen=True)
class Mention:
    """A stretch of the article text that names or refers to a speaker."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class SpeakerRef:
    """Who said a quote, as resolved inside one article.

    ``name`` is the display name ("John Kirby", "a Taliban spokesman", "US Embassy");
    ``mention`` is the words at the attribution itself ("he", "Kirby"), which may
    differ from the name; ``role`` is a title or description the article gives
    ("Pentagon spokesman").
    """

    name: str
    kind: SpeakerKind
    mention: Mention | None = None
    role: str | None = None


@dataclass(frozen=True)
class Quote:
    """One contiguous quoted span and its attribution.

    ``start``/``end`` are character offsets into the article text, marks excluded,
    so ``text == article_text[start:end]`` always holds. ``utterance`` is shared by
    the spans of one utterance (``"A," he said. "B."``).
    """

    text: str
    start: int
    end: int
    speaker: SpeakerRef
    cue: str | None
    partial: bool
    utterance: int
    paragraph: int
    # The attribution rule that credited the speaker (``engine/rules``: "governing_cue",
    # "dash_sign_off", …), "floor_taken", "repeats_earlier_quote",
    # "continues_previous_quote", or "unattributed".
    rule: str = ""
    # How sure the engine is of the speaker: "high", "medium" or "low" (confidence.py).
    confidence: str = ""


@dataclass(frozen=True)
class ArticleQuotes:
    """Everything the engine found in one article text."""

    quotes: tuple[Quote, ...] = ()
    # Named people and organisations the article mentions (display name -> kind),
    # so a speaker page can list articles that mention someone without quoting them.
    mentions: tuple[tuple[str, SpeakerKind], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArticleQuotes:
        quotes = []
        for q in data.get("quotes", []):
            sp = dict(q["speaker"])
            mention = Mention(**sp["mention"]) if sp.get("mention") else None
            speaker = SpeakerRef(
                name=sp["name"], kind=sp["kind"], mention=mention, role=sp.get("role")
            )
            quotes.append(
                Quote(
                    text=q["text"],
                    start=q["start"],
                    end=q["end"],
                    speaker=speaker,
                    cue=q.get("cue"),
                    partial=q["partial"],
                    utterance=q["utterance"],
                    paragraph=q["paragraph"],
                    rule=q.get("rule", ""),
                    confidence=q.get("confidence", ""),
                )
            )
        mentions = tuple((str(n), k) for n, k in data.get("mentions", []))
        return cls(quotes=tuple(quotes), mentions=mentions)


def normalise_quote_text(text: str) -> str:
    """Case, spacing, marks and trailing punctuation do not change what was said."""
    text = unicodedata.normalize("NFKC", text).strip().strip(QUOTE_CHARS)
    return re.sub(r"\s+", " ", text).strip().rstrip(",.;:!?").lower()


def quote_id(article_slug: str, text: str) -> str:
    """A quote's permanent id: its article plus what was said, not where it stands.

    Editing another paragraph, or moving this one, keeps every link to the quote.
    """
    digest = hashlib.sha1(f"{article_slug}\n{normalise_quote_text(text)}".encode()).hexdigest()
    return digest[:10]
