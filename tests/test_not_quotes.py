"""Title-case words in marks: the name of a show or a book is nobody's words, a
nickname someone used and a chant are."""

from __future__ import annotations

import pytest

from mkdocs_quotes.engine.quote_engine import QuoteEngine


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ana Ruiz said on NBC’s “Meet the Press” that the bill would pass.",
        "Governor Tom Hale said in an interview with “Good Morning Ohio” that he would run.",
        'The mayor wrote in her memoir, "Roads Home," that she never wanted the job.',
        "Officials pressed for the so-called “Grand Bargain” all summer, Ms. Ruiz said.",
        "Actress Ana Ruiz, star of the cult classic “Harbour Lights,” said she would vote.",
        "Tom Hale said his new book, titled “A Long Way Home,” would come out in May.",
        "Ana Ruiz told listeners of her “Morning With Ana” radio program that she would run.",
    ],
)
def test_a_show_or_a_book_named_beside_a_speaker_is_not_a_quote(
    engine: QuoteEngine, text: str
) -> None:
    assert engine.extract(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Mayor Tom Hale called his rival “Little Ana” at the rally.", "Little Ana", "Tom Hale"),
        ("“Lock Them Up!” the crowd chanted, as Senator Ana Ruiz smiled.", "Lock Them Up!", None),
        ('Senator Ana Ruiz said: "Thank You, Ohio!"', "Thank You, Ohio!", "Ana Ruiz"),
    ],
)
def test_title_case_words_someone_said_stay_quotes(
    engine: QuoteEngine, text: str, words: str, speaker: str | None
) -> None:
    found = [q for q in engine.extract(text).quotes if q.text.strip(",.") == words.strip(",.")]
    assert len(found) == 1
    if speaker is not None:
        assert found[0].speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Ruiz said her book “what the river keeps” would be out in May.",
        "Ana Ruiz, the “Lights over Harbour” director, said the film had cost too much.",
        "Tom Hale said the farms, known as “goat patches,” were losing money.",
    ],
)
def test_a_work_or_a_term_named_in_any_case_is_not_a_quote(engine: QuoteEngine, text: str) -> None:
    assert engine.extract(text).quotes == ()


def test_a_digest_headline_with_its_byline_is_not_a_quote_and_the_excerpt_is_the_author_s(
    engine: QuoteEngine,
) -> None:
    # Made up: a newsletter item, headline in marks, then "by Outlet's Author:" and
    # the excerpt. The headline is the piece's title; the excerpt is the author's.
    text = (
        'CLOSING TIME—"Harbour bakery on Dock Street to shut after forty years of trade," '
        "by Gazette's Nora Quill: "
        '"The bakery on Dock Street will close its doors on Friday, its owners said."'
    )
    quotes = engine.extract(text).quotes
    assert [q.text.strip(",.") for q in quotes] == [
        "The bakery on Dock Street will close its doors on Friday, its owners said"
    ]
    assert quotes[0].speaker.name == "Nora Quill"


def test_a_quote_after_a_passive_by_stays_a_quote(engine: QuoteEngine) -> None:
    text = 'The plan was called "a reckless gamble," by Senator Ana Ruiz on Monday.'
    assert len(engine.extract(text).quotes) == 1
