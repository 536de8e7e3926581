"""Extract quotes from many article texts, parsing only what attribution needs.

Marks come from a character scanner (marks.py); spaCy parses the paragraphs that hold
quotes and the ones before them where attribution may look back, a window at a time
(windows.py); ``attribution`` credits every span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .attribution import attribute
from .domain import ArticleQuotes
from .lexicon.marks import OPENING_MARKS
from .lexicon.people import REFERRING_PRONOUNS
from .marks import MarkedSpan, find_marked_spans, spans_by_paragraph
from .paragraphs import Paragraphs
from .windows import WINDOW_CHARACTERS, ParseJob, ParseStream, WindowDocs

if TYPE_CHECKING:
    from spacy.language import Language

_CONTEXT_PRONOUN = re.compile(rf"\b(?:{'|'.join(sorted(REFERRING_PRONOUNS))})\b", re.IGNORECASE)


def paragraphs_to_parse(
    paragraphs: Paragraphs, spans_of: Mapping[int, list[MarkedSpan]]
) -> list[int]:
    """Paragraphs with quotes, and the one before each where attribution may need it.

    The paragraph before gives pronouns their antecedent ("Logari ... summed up the
    confusion." / "'We don't know,' he told AFP"), quote-only paragraphs and colon
    lead-ins their speaker. A paragraph that names its speakers outright
    ('"…," said John Kirby.') needs nothing before it, and the parser is the cost.
    ``spans_of``: the spans by paragraph (``marks.spans_by_paragraph``).
    """
    wanted: set[int] = set()
    for index in sorted(spans_of):
        wanted.add(index)
        if index > 0 and _needs_context(paragraphs, index, spans_of[index]):
            wanted.add(index - 1)
    return sorted(wanted)


def _needs_context(paragraphs: Paragraphs, index: int, spans: list[MarkedSpan]) -> bool:
    """``spans``: the paragraph's own."""
    text, base = paragraphs.texts[index], paragraphs.starts[index]
    if text[:1] in OPENING_MARKS or paragraphs.texts[index - 1].rstrip().endswith(":"):
        return True
    outside, last = [], 0
    for span in spans:
        outside.append(text[last : span.open_start - base])
        last = span.close_end - base
    outside.append(text[last:])
    return bool(_CONTEXT_PRONOUN.search(" ".join(outside)))


def extract_articles(
    nlp: Language,
    texts: Iterable[str],
    *,
    batch_size: int = 256,
    window_characters: int = WINDOW_CHARACTERS,
) -> Iterator[ArticleQuotes]:
    """Quotes of many article texts, parsing only what attribution needs, in order.

    One process (parallel.py runs this over several). The paragraphs to parse of
    all the articles are one stream, parsed in windows (windows.py): short articles
    share a window's batched work, and a huge one never has its whole parse in memory.
    """
    prepared: dict[int, _Prepared] = {}
    source = enumerate(texts)

    def article(number: int) -> _Prepared | None:
        """Article ``number``, read from ``texts`` (and prepared) if not yet."""
        while number not in prepared:
            found = next(source, None)
            if found is None:
                return None
            prepared[found[0]] = _Prepared.of(found[1])
        return prepared[number]

    attributed = 0  # articles before this one are done with, and forgotten

    def jobs() -> Iterator[ParseJob]:
        number = 0
        # Articles with nothing to parse never call on the stream, so attribution can
        # pass them before this generator does: it skips what is already done.
        while (ahead := article(number := max(number, attributed))) is not None:
            for index in ahead.wanted:
                text = ahead.paragraphs.texts[index]
                base = ahead.paragraphs.starts[index]
                quotes = tuple(
                    (s.open_start - base, s.close_end - base) for s in ahead.spans_of.get(index, ())
                )
                yield ParseJob(number, index, text, quotes)
            number += 1

    stream = ParseStream(nlp, jobs(), batch_size, window_characters)
    while (current := article(attributed)) is not None:
        docs = WindowDocs(stream, attributed, current.wanted)
        yield attribute(current.text, current.paragraphs, current.spans, docs)
        del prepared[attributed]
        attributed += 1


@dataclass(frozen=True)
class _Prepared:
    """One article before parsing: its paragraphs, quoted spans, what to parse."""

    text: str
    paragraphs: Paragraphs
    spans: list[MarkedSpan]
    wanted: list[int]
    spans_of: dict[int, list[MarkedSpan]]  # by paragraph

    @classmethod
    def of(cls, text: str) -> _Prepared:
        paragraphs = Paragraphs.of(text)
        spans = find_marked_spans(paragraphs.texts, paragraphs.starts)
        spans_of = spans_by_paragraph(spans)
        return cls(text, paragraphs, spans, paragraphs_to_parse(paragraphs, spans_of), spans_of)
