"""Any text in, no exception out; every offset points at the quoted text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mkdocs_quotes import QuoteEngine
from mkdocs_quotes.engine.marks import find_marked_spans

MARKS = "\"'“”‘’«»„‚―—-:,. \n"
WORDS = [
    "said",
    "he",
    "she",
    "told",
    "according",
    "to",
    "Ana",
    "Lopez",
    "the",
    "Mr.",
    "spokesman",
    "they",
    "reporters",
    "Kabul",
    "was",
    "not",
    "a",
    "mistake",
]

# Text shaped like news: words, names, cue verbs and every kind of mark, so the
# generator reaches the attribution rules, not just the tokenizer.
newsy_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(list(MARKS)), st.text(max_size=6)),
    max_size=60,
).map(lambda parts: " ".join(parts))


@pytest.fixture(scope="module")
def engine() -> QuoteEngine:
    return QuoteEngine()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.one_of(newsy_text, st.text(max_size=300)))
def test_any_text_gives_valid_quotes(engine: QuoteEngine, text: str) -> None:
    result = engine.extract(text)
    for quote in result.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.text.strip() == quote.text and quote.text
        assert quote.speaker.name


@settings(max_examples=400, deadline=None)
@given(
    paragraphs=st.lists(
        st.text(alphabet=st.sampled_from(list(MARKS + "abcXYZ'")), min_size=1, max_size=40),
        max_size=5,
    )
)
def test_marked_spans_lie_inside_their_marks(paragraphs: list[str]) -> None:
    paragraphs = [p.replace("\n", " ") for p in paragraphs]
    starts, pos = [], 0
    for para in paragraphs:
        starts.append(pos)
        pos += len(para) + 2
    text = "\n\n".join(paragraphs)
    for span in find_marked_spans(paragraphs, starts):
        assert span.open_start <= span.start <= span.end <= span.close_end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]
