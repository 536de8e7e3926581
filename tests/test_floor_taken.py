"""A speaker who cuts in between two quotes of one paragraph says the second one.
Made-up texts."""

from __future__ import annotations

from mkdocs_quotes import QuoteEngine


def test_the_one_who_cuts_in_says_the_next_quote(engine: QuoteEngine) -> None:
    text = (
        "The Marlows were knocking on doors in Ames on Saturday.\n\n"
        "“Say we came by,” Marlow said, and his daughter chimed in. "
        "“We drove four hours to get here, so please come out on Monday.”"
    )
    found = engine.extract(text).quotes
    assert [q.speaker.name for q in found] == ["Marlow", "his daughter"]
    assert found[-1].rule == "floor_taken"


def test_without_a_new_speaker_the_quote_continues(engine: QuoteEngine) -> None:
    text = (
        "The Marlows were knocking on doors in Ames on Saturday.\n\n"
        "“Say we came by,” Marlow said, and smiled. "
        "“We drove four hours to get here, so please come out on Monday.”"
    )
    found = engine.extract(text).quotes
    assert [q.speaker.name for q in found] == ["Marlow", "Marlow"]
