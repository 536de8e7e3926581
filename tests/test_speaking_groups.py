"""Speakers the engine finds among groups and owners of words: a count of people
("hundreds of nurses") speaks as the people do; a name that owns a claim owns its
words. One made-up text a pattern."""

from __future__ import annotations

import pytest

from mkdocs_quotes import QuoteEngine

SPEAKERS = [
    # A participle with no subject of its own says what its clause's subject does, and
    # a count of people is a subject that speaks: the nurses chant, not the mayor.
    (
        "Mayor Tom Hale spoke at the town hall on Monday. Hundreds of nurses marched "
        'through the rain on Tuesday, chanting "Safe staffing now," as the council met.',
        "Hundreds of nurses",
    ),
    # "half" is tagged a number, yet "half of voters" is people who say things.
    (
        "At least half of voters in the county say the new levy is "
        '"about right," though many think Mayor Hale is too cautious.',
        "At least half of voters in the county",
    ),
    # A name owns the words of its claim's "that" clause, not the one who sums it up.
    (
        "Governor Ruth Ames blamed the press for making an issue out of Tom Hale's claim "
        'that the mayor "lied to the whole town," saying reporters were unfair.',
        "Tom Hale",
    ),
    # … and a clause whose verb is outside the quote, under a cue above the noun.
    (
        "The candidates say they are not avoiding Ann Gray, who was hurt by Judge Mia "
        'Lane\'s conclusion that her plans were "deeply careless."',
        "Mia Lane",
    ),
    # A "they" under a group's own verb is the group, not the last one quoted.
    (
        'Mayor Tom Hale spoke first. "The plan is sound," the mayor said.\n\n'
        "The union’s campaign is seeking to contrast its offer with what they call "
        "the city’s “insulting final bid.”",
        # An unnamed body keeps its description's article (fuller_organisation).
        "The union’s campaign",
    ),
    (
        'Mayor Tom Hale spoke first. "The plan is sound," the mayor said.\n\n'
        "Next week come hundreds of nurses planning protests against what they call the "
        '"reckless" closure of the ward.',
        "hundreds of nurses",
    ),
    # The passive subject of a naming verb is the one named: the writer above speaks.
    (
        'Tom Hale was branded "in homage to" the old forger, Lena Park wrote.',
        "Lena Park",
    ),
    # A naming infinitive is said by the object of the verb it completes, not its own.
    (
        'That prompted Ann Gray to make a joke about it and call Tom Hale "very flexible," '
        "a nod to his changing positions.",
        "Ann Gray",
    ),
    # A copula sets a quote on a noun of speech: the owner of the response says it.
    (
        "Aides told the senator about the storm damage. Ann Gray’s response was: "
        "“Is the bakery on Main Street still open?” The bakery is a landmark, according "
        "to its website.",
        "Ann Gray",
    ),
    # A claim without "that" before the quote is no content: the groups say it.
    (
        "Hale's comments further “the mob mentality” fostered by rivals, the groups say.",
        "the groups",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_the_speaker_is_the_one_who_speaks(engine: QuoteEngine, text: str, speaker: str) -> None:
    found = engine.extract(text).quotes
    assert [q.speaker.name for q in found][-1:] == [speaker]


def test_a_surname_only_ever_mr_is_not_the_wife_named_in_full() -> None:
    # He is never named in full; the first lady is, once. "Mr. Hale" says the bare
    # surname is a man's: his words are not hers.
    text = (
        'President Hale is rolling out a new message: "It is about me."\n\n'
        'The president told voters he would take it as a "personal insult" if they '
        "stayed home.\n\n"
        '"My name may not be on the ballot," Mr. Hale said on Saturday. Mr. Hale will '
        "campaign with the first lady, Ann Hale, in Ohio.\n"
    )
    speakers = {q.speaker.name for q in QuoteEngine().extract(text).quotes}
    assert speakers == {"Hale"}


def test_a_copula_that_sums_up_comments_gives_no_owner() -> None:
    # 'Hale's comments are "…"' is a characterisation, not the comments' words.
    text = (
        "The party released a statement on Wednesday, saying Tom Hale's comments are "
        '"another example of his divisive politics."\n'
    )
    quotes = QuoteEngine().extract(text).quotes
    assert [q.speaker.name for q in quotes] != ["Tom Hale"]
