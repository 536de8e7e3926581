"""What the pronoun ranker's history records beyond a name's place: the one asked a
question, and a description that stands for a person the article named."""

from __future__ import annotations

import pytest

from mkdocs_quotes import QuoteEngine
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
