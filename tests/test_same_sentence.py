"""A reporting "he" bound by its own sentence, or the one its quote follows."""

from __future__ import annotations

from dataclasses import replace

from mkdocs_quotes import QuoteEngine
from mkdocs_quotes.engine.pronouns import Candidate, NamedPerson
from mkdocs_quotes.engine.same_sentence import bound_in_sentence, sentence_start

# Made up: Hale is quoted paragraph after paragraph, so the ranker leans to him.
_LANE = (
    'Mark Hale opened his campaign in Dover on Monday. "We will win this state," '
    "Mr. Hale said.\n\n"
    '"The plan is ready," Mr. Hale said. "Nobody can stop it."\n\n'
    "Mr. Hale bought his jet in 2010, and he kept its old seats and its old carpet.\n\n"
)


def _last_speaker(text: str) -> str:
    return QuoteEngine().extract(text).quotes[-1].speaker.name


def test_the_subject_of_the_sentence_before_a_quote_speaks_it() -> None:
    text = (
        "Ned Vogel, a pilot, said the jet was an odd choice for a man of Mr. Hale's "
        'wealth. "It is like buying a rusty yacht," he said.'
    )
    named = [
        NamedPerson(0, 0, "Ned Vogel", None, "subject", False),
        NamedPerson(text.index("Hale"), 0, "Mark Hale", None, "possessive", False),
    ]
    found = [Candidate("Mark Hale", None, ()), Candidate("Ned Vogel", None, ())]
    quote = text.index('"It')
    assert [c.name for c in bound_in_sentence(text, quote, named, found)] == ["Ned Vogel"]
    # The owner of a subject in the sentence before binds nothing: the ranker decides.
    owner = [replace(named[0], relation="other"), replace(named[1], relation="subject_possessive")]
    assert bound_in_sentence(text, quote, owner, found) == found
    # Nor does a sentence before that begins another paragraph.
    apart = text.replace('wealth. "', 'wealth.\n\n"')
    assert bound_in_sentence(apart, apart.index('"It'), named, found) == found


def test_the_owner_of_a_sentence_subject_is_its_later_he() -> None:
    text = (
        'Ned Vogel spoke first on Monday. "We need roads," Mr. Vogel said.\n\n'
        "Mr. Hale's temper, a worry for his party, came under scrutiny: he was "
        'pressed over his claim that "the farms are dying," but he stayed calm.'
    )
    assert _last_speaker(text).endswith("Hale")


def test_a_stop_after_a_title_or_an_initial_ends_no_sentence() -> None:
    text = 'It rained. Mr. J. Hale said so. "Yes," he said.'
    assert text[sentence_start(text, text.index("said so")) :].startswith("Mr. J. Hale")
    assert text[sentence_start(text, text.index('"Yes')) :].startswith('"Yes')
