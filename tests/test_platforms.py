"""A platform named beside a quote is where the words appeared, never who said them:
made-up texts."""

from __future__ import annotations

from mkdocs_quotes import QuoteEngine


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker.name, q.speaker.kind) for q in QuoteEngine().extract(text).quotes]


def test_a_platform_post_is_the_words_of_the_verbs_subject() -> None:
    # The nearest name to the cue "post" is the platform; the neighbor wrote it.
    text = (
        "Tom Hale flew the plane for ten years. A neighbor referred to him as "
        "\u201cthe kindest man on our street\u201d in a Facebook post."
    )
    assert [name for name, _ in _speakers(text)] == ["A neighbor"]


def test_a_platform_post_hung_on_the_quotes_verb_is_the_reporters_subjects() -> None:
    # The parser hangs "in a Facebook post" on "known", a verb inside the quote.
    text = (
        "Ann Gray flew the plane for ten years. A cousin referred to her as \u201cthe "
        "warmest heart I\u2019ve ever known in my whole life\u201d in a Facebook post."
    )
    assert [name for name, _ in _speakers(text)] == ["A cousin"]


def test_a_platform_post_is_the_words_of_its_owner() -> None:
    text = (
        "Tom Hale ran for the county board last year.\n\n"
        "From Hale's Facebook post: \"For the sake of our party, we must unite "
        'behind one candidate now."\n'
    )
    assert [name for name, _ in _speakers(text)] == ["Tom Hale"]


def test_a_platform_that_speaks_is_an_organisation() -> None:
    # The entity tagger may call a lone platform name a person; it never is one.
    text = (
        'Instagram removed the photo on Monday. "It broke our rules on hate speech in '
        'several ways," Instagram said.'
    )
    assert _speakers(text) == [("Instagram", "organisation")]
    text = '"We take down such posts within the hour, every single time," Facebook said.'
    assert _speakers(text) == [("Facebook", "organisation")]
