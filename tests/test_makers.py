"""Words a noun of speech carries ("a remark that described …", "a statement calling
…") are said by whoever made the noun. Made-up texts."""

from __future__ import annotations

from mkdocs_quotes import QuoteEngine


def _speakers(engine: QuoteEngine, text: str) -> list[str]:
    return [q.speaker.name for q in engine.extract(text).quotes]


def test_the_subject_of_made_says_the_remark(engine: QuoteEngine) -> None:
    text = "Town Notes\n\nTom Hale made a remark that described the plan as “a disaster.”"
    assert _speakers(engine, text) == ["Tom Hale"]


def test_the_one_led_to_issue_a_statement_says_it(engine: QuoteEngine) -> None:
    text = (
        "Town Notes\n\nThe walkout led Mayor Ruth Dale to issue a statement calling the "
        "strike “an act of sabotage.”"
    )
    assert _speakers(engine, text) == ["Ruth Dale"]


def test_the_source_after_from_wrote_the_letter(engine: QuoteEngine) -> None:
    text = (
        "Town Notes\n\nThe council read out a letter from Ann Gray that said the "
        "park was “no place for a parking garage.”"
    )
    assert _speakers(engine, text) == ["Ann Gray"]


def test_a_noun_that_is_not_words_has_no_maker(engine: QuoteEngine) -> None:
    # The plan is nobody's words: its relative clause's cue reports the council's.
    text = (
        "Town Notes\n\nTom Hale made a plan that the council later called “a disaster "
        "for everyone.”"
    )
    assert _speakers(engine, text) == ["the council"]


def test_the_subject_of_the_clause_says_the_words_of_its_occasion(engine: QuoteEngine) -> None:
    text = (
        "Town Notes\n\nIn an address that spoke to the “frustration of renters,” Mayor "
        "Ruth Dale struck many of the same notes."
    )
    assert _speakers(engine, text) == ["Ruth Dale"]
