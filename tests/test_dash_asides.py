"""Asides set off by dashes: made-up texts."""

from __future__ import annotations

from mkdocs_quotes import QuoteEngine


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker.name, q.speaker.kind) for q in QuoteEngine().extract(text).quotes]


def test_a_quote_between_dashes_belongs_to_the_clause_it_is_set_into() -> None:
    text = (
        "Paul Grant spoke in Dayton on Monday.\n\n"
        'And although Mayor Ana Lopez mocked his gaffes - "does he have to keep promising '
        'bridges?" - voters who watched the debate said they were unmoved.\n'
    )
    assert _speakers(text) == [("Ana Lopez", "person")]


def test_the_name_closing_a_dash_aside_is_not_the_subject_after_it() -> None:
    # The parser makes the addressee the subject of "asks" and the description its
    # apposition; the dashes say the description asks.
    text = (
        "Senator Ana Lopez wrote to the county on Monday.\n\n"
        "In the letter - addressed to the county attorney, Paul Grant - the Ohio Democrat "
        'asks for an inquiry into whether "the clerk broke the law."\n'
    )
    assert _speakers(text) == [("the Ohio Democrat", "unnamed")]
