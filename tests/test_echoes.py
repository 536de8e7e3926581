"""A chant said again in a paragraph of its own is said by whoever said it before, and
the one it answered speaks on after it. Made-up texts."""

from __future__ import annotations

from mkdocs_quotes import QuoteEngine

RALLY = (
    "Town Notes\n\n"
    '"Do we give up?" Ann Gray asked the crowd.\n\n'
    '"Nooooo!" the crowd cried out, booing.\n\n'
    '"Or do we make promises we cannot keep?" Gray asked.\n\n'
    '"Nooooo!"\n\n'
    '"Or do we roll up our sleeves?"'
)


def test_a_chant_said_again_is_the_chanters(engine: QuoteEngine) -> None:
    found = engine.extract(RALLY).quotes
    assert [q.speaker.name for q in found] == [
        "Ann Gray",
        "the crowd",
        "Ann Gray",
        "the crowd",
        "Ann Gray",
    ]
    assert found[3].rule == "repeats_earlier_quote"


def test_words_said_again_inside_a_paragraph_continue_its_speaker(engine: QuoteEngine) -> None:
    # Not a paragraph of its own: the speaker of the paragraph says them.
    text = (
        "Town Notes\n\n"
        '"Nooooo!" the crowd cried out.\n\n'
        '"Do we give up?" Ann Gray asked. "Nooooo!" she answered herself.'
    )
    assert [q.speaker.name for q in engine.extract(text).quotes] == [
        "the crowd",
        "Ann Gray",
        "Ann Gray",
    ]
