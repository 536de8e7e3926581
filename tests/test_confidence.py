"""Every quote says how sure the engine is of its speaker."""

from __future__ import annotations

from mkdocs_quotes import QuoteEngine
from mkdocs_quotes.engine.confidence import confidence_of


def test_a_named_speaker_with_a_cue_is_high_and_its_continuation_too(
    engine: QuoteEngine,
) -> None:
    quotes = engine.extract('"First we fix the roads," said Ann Gray. "Then the schools."').quotes
    assert [q.confidence for q in quotes] == ["high", "high"]


def test_a_quote_nobody_is_credited_with_is_low(engine: QuoteEngine) -> None:
    text = (
        "The weather was bad.\n\n"
        '"Nobody could have predicted how much rain would fall on the valley in one night."'
    )
    (quote,) = engine.extract(text).quotes
    assert (quote.speaker.name, quote.confidence) == ("Unattributed", "low")


def test_a_close_call_between_two_people_is_low_and_a_clear_one_is_not() -> None:
    close = confidence_of("governing_cue", attributed=True, pronoun_margin=0.2, inherited=None)
    clear = confidence_of("governing_cue", attributed=True, pronoun_margin=3.0, inherited=None)
    alone = confidence_of("cue_beside_quote", attributed=True, pronoun_margin=None, inherited=None)
    assert (close, clear, alone) == ("low", "medium", "medium")
