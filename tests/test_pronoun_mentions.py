"""What the pronoun ranker's history records beyond a name's place: the one asked a
question, and a description that stands for a person the article named."""

from __future__ import annotations

import pytest

from mkdocs_quotes import QuoteEngine
from mkdocs_quotes.engine.names import proper_name_span
from mkdocs_quotes.engine.relations import name_relation


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Reporters asked Dan Hale how the plan would work.", "addressee"),
        ("The mayor pressed Dan Hale on the budget.", "addressee"),
        ("The mayor thanked Dan Hale for the budget.", "object"),
    ],
)
def test_the_one_asked_a_question_is_an_addressee_not_an_object(
    engine: QuoteEngine, sentence: str, relation: str
) -> None:
    # "Hannity asked Trump how high …": the next "he said" is most often the answer,
    # by the one asked, where an object otherwise rarely speaks next.
    hale = next(e for e in engine.nlp(sentence).ents if e.text == "Dan Hale")
    assert name_relation(hale) == relation


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Dan Hale's article attacked the mayor.", "subject_possessive"),
        ("It is a lot for a man of Dan Hale's wealth.", "possessive"),
    ],
)
def test_the_possessor_of_a_subject_is_told_from_other_possessors(
    engine: QuoteEngine, sentence: str, relation: str
) -> None:
    # "Tuttle's article attacked Christie. He calls …": the sentence is about whose
    # the subject is; a possessor deep in a phrase is not who the next "he" is.
    hale = next(e for e in engine.nlp(sentence).ents if e.text.startswith("Dan Hale"))
    assert name_relation(hale) == relation


def test_a_description_of_a_named_person_is_a_mention_of_them(engine: QuoteEngine) -> None:
    # "the president called …" is a sentence about Reed: the "he" after it means Reed,
    # though Hale was the last one named.
    text = (
        'President Tom Reed opened the session on Monday. "We will cut taxes," Reed said.'
        "\n\nSenator Dan Hale said on Tuesday that the budget was late. "
        '"The House wasted a month," Hale said.'
        "\n\nAt the White House, the president called the delay a scandal."
        '\n\n"Nobody should doubt our resolve," he said.'
    )
    assert engine.extract(text).quotes[-1].speaker.name == "Tom Reed"


def test_a_given_name_beside_a_family_word_takes_the_possessor_s_surname(
    engine: QuoteEngine,
) -> None:
    # "Hale's husband, Bob, …" names Bob Hale, never named in full: the "he" after the
    # sentence he is the subject of means him, not the mayor named before.
    text = (
        'Senator Ann Hale spoke in Ohio on Monday. "We will cut taxes," Hale said. '
        'Mayor Tom Reed praised the plan. "It is bold," Reed said.'
        "\n\nHale's husband, Bob, told a crowd on Tuesday that the budget was late."
        '\n\n"Nobody should doubt our resolve," he said.'
    )
    assert engine.extract(text).quotes[-1].speaker.name == "Bob Hale"


def test_his_or_her_family_member_takes_the_surname_of_the_last_man_or_woman_named(
    engine: QuoteEngine,
) -> None:
    # "his wife, Joan, …": Joan Hale, Hale being the last man named; the "she" after
    # the sentence she is the subject of means her, not the mayor.
    text = (
        'Senator Tom Hale spoke in Ohio on Monday. "We will cut taxes," Hale said. '
        'Mayor Ann Reed praised the plan. "It is bold," Reed said.'
        "\n\nBut his wife, Joan, told a crowd on Tuesday that the budget was late."
        '\n\n"Nobody should doubt our resolve," she said.'
    )
    assert engine.extract(text).quotes[-1].speaker.name == "Joan Hale"


def test_a_hyphenated_surname_alone_is_the_person_named_in_full(engine: QuoteEngine) -> None:
    # The tokenizer splits "Lopez-Cantera"; the surname alone, as a subject, is still
    # Carlos Lopez-Cantera, whom the "he" after the sentence means, not Smith.
    text = (
        "Lt. Gov. Carlos Lopez-Cantera would support the plan. "
        '"We need it," Lopez-Cantera said.'
        '\n\nSenator Ron Smith said the plan was late. "It is late," Smith said.'
        "\n\nLopez-Cantera, a Republican and former state legislator, said the grants "
        'should follow population.\n\n"Then let the states decide," he said.'
    )
    assert engine.extract(text).quotes[-1].speaker.name == "Carlos Lopez-Cantera"
    doc = engine.nlp("Lopez-Cantera, a Republican, said it.")
    assert proper_name_span(doc[2]).text == "Lopez-Cantera"
    # A plural ("African-Americans") is a group: its parts stay apart.
    doc = engine.nlp("African-Americans were proud, Obama said.")
    assert proper_name_span(doc[2]).text == "Americans"


def test_a_hyphenated_given_name_keeps_the_name_a_person_s(engine: QuoteEngine) -> None:
    # The hyphen joined into the name is no word that disqualifies it as a person's.
    text = (
        'Donald Trump spoke in Ohio on Monday. "We will win," Trump said.'
        "\n\nJo-Renee Formicola, a political science professor, described his approach."
        '\n\n"If he is asked questions he cannot answer, he will deflect," she said.'
    )
    assert engine.extract(text).quotes[-1].speaker.name == "Jo-Renee Formicola"
