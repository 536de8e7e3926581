"""A colon lead-in whose name is followed by a bracketed aside (party and state): the
name speaks, not the aside. Made-up texts."""

from __future__ import annotations

import pytest

from mkdocs_quotes import QuoteEngine


@pytest.mark.parametrize("colon", [': "', ':"'])
def test_the_name_before_the_aside_speaks(engine: QuoteEngine, colon: str) -> None:
    text = (
        "The budget hearing went on for hours.\n\n"
        f'Rep. Tom Hale (R-Ohio){colon}Nobody else cites that figure. Who told you that?"'
    )
    found = engine.extract(text).quotes
    assert [q.speaker.name for q in found] == ["Tom Hale"]
