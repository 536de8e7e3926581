"""Every attribution rule, one made-up text each: the quote records the rule that
credited it, and the speaker that rule's words name."""

from __future__ import annotations

import pytest

from mkdocs_quotes import QuoteEngine
from mkdocs_quotes.engine.attribution import CONTINUES_PREVIOUS, NO_RULE
from mkdocs_quotes.engine.rules import RULE_NAMES

# (text, rule of the first quote, its speaker)
RULE_TEXTS = [
    (
        '"Capacity is not going to be a problem," Pentagon spokesman John Kirby said.',
        "governing_cue",
        "John Kirby",
    ),
    (
        # "visibly": with a bare "exasperated" the parser joins "replied" to it, and
        # the cue above the quote answers first.
        'Jane Roe, visibly exasperated, replied: "What difference does it make?" Her '
        "critics cited it for weeks.",
        "question_after_colon_lead_in",
        "Jane Roe",
    ),
    (
        "Mayor Ana Lopez opened the new bridge on Monday. Her support grew after her "
        'pledge of "a bridge for every river" last spring.',
        "possessor_of_speech_noun",
        "Ana Lopez",
    ),
    (
        'As the economist Lena Park puts it, "Nobody builds a house on a swamp and expects '
        'it to stand."',
        "cue_beside_quote",
        "Lena Park",
    ),
    # The tagger read "predicts" as a noun heading "the institute predicts".
    (
        "Between 30 and 40 mills are closing every year, a trend that the institute "
        "predicts will continue ''for the next decade.''",
        "cue_read_as_noun",
        "the institute",
    ),
    (
        'Governor Ruth Ames condemned the new harbour plan as a "reckless gamble" on Friday.',
        "characterised_as",
        "Ruth Ames",
    ),
    (
        "Governor Ruth Ames has used the phrase “harbour tax” often in her campaign.",
        "term_used",
        "Ruth Ames",
    ),
    (
        "Several mayors have said the same, including the former mayor Tom Hale -- ''It is "
        "a disgrace for a port to hide its accounts'' -- and Ann Gray, an auditor.",
        "name_before_dash_aside",
        "Tom Hale",
    ),
    (
        "A letter from the nurses' union reached the board on Monday. "
        '"We have waited long enough for safe staffing," it said.',
        "it_beside_quote",
        "A letter from the nurses' union",
    ),
    (
        '"The new rules are a mistake that will cost jobs in every county." Smith said.',
        "cue_in_next_sentence",
        "Smith",
    ),
    (
        "The council met on Monday. "
        '"This is not a plan that anyone in the county can afford to pay for," in '
        "Mayor Tom Hale's view.",
        "in_their_words",
        "Tom Hale",
    ),
    (
        '"The river is rising faster than anyone expected this spring." — Tom Harlan, '
        "county engineer",
        "dash_sign_off",
        "Tom Harlan",
    ),
    (
        '"We will rebuild the school before the winter comes back."\n\n- Maria Gonzalez.',
        "sign_off_below",
        "Maria Gonzalez",
    ),
    (
        '"I never saw a flood like this one in all my years here" and then the "river" took '
        "the bridge away. ― Carla Ruiz.",
        "sign_off_closing_paragraph",
        "Carla Ruiz",
    ),
    (
        "Nurse Clara Diaz spoke to the crowd at the rally. "
        '"We are tired of waiting for help that never comes to this town."',
        "subject_of_sentence_before",
        "Clara Diaz",
    ),
    (
        'Harbour master Peter Olsen: "No ship leaves port until the storm has passed."',
        "colon_lead_in",
        "Peter Olsen",
    ),
    (
        # A digest item: the cue in the headline ("Farmers agree") is not the source.
        'Farmers agree - Hugo Brandt: "The harvest came in two weeks late across the '
        'whole valley this year."',
        "label_after_dash",
        "Hugo Brandt",
    ),
    (
        "Fire chief Ada Stone issued the following statement:\n\n"
        '"We regret the delay and will publish the full report next week."',
        "lead_in_paragraph_before",
        "Ada Stone",
    ),
    (
        "The ministry announced new rules for drivers on Monday.\n\n"
        '"Every driver will need a permit by June, and the fines will double for those '
        'who do not comply."',
        "announced_in_paragraph_before",
        "The ministry",  # a body left unnamed stays a description (fuller_organisation)
    ),
    (
        "Senator Ray Hill was upbeat about the race on Monday.\n\n"
        '"Not only can we win this state, we can win it by a wide margin next month."',
        "subject_of_paragraph_before",
        "Ray Hill",
    ),
    (
        '"PENCE: Well, look, the economy is what matters to the people of Indiana."',
        "transcript_label",
        "Pence",
    ),
    (
        "The weather was bad.\n\n"
        '"Nobody could have predicted how much rain would fall on the valley in one night."',
        NO_RULE,
        "Unattributed",
    ),
]


@pytest.mark.parametrize(("text", "rule", "speaker"), RULE_TEXTS)
def test_each_rule_credits_its_form(
    engine: QuoteEngine, text: str, rule: str, speaker: str
) -> None:
    first = engine.extract(text).quotes[0]
    assert (first.rule, first.speaker.name) == (rule, speaker)


def test_every_stage_one_rule_has_a_text() -> None:
    # A new rule comes with a made-up text that it credits (above).
    assert set(RULE_NAMES) <= {rule for _, rule, _ in RULE_TEXTS}
    assert len(set(RULE_NAMES)) == len(RULE_NAMES)


def test_a_quote_without_a_cue_continues_the_one_before(engine: QuoteEngine) -> None:
    quotes = engine.extract('"First we fix the roads," said Ann Gray. "Then the schools."').quotes
    assert [(q.rule, q.speaker.name) for q in quotes] == [
        ("governing_cue", "Ann Gray"),
        (CONTINUES_PREVIOUS, "Ann Gray"),
    ]


def test_the_rule_survives_the_cache_format(engine: QuoteEngine) -> None:
    from mkdocs_quotes import ArticleQuotes

    found = engine.extract('"The bridge will be rebuilt," according to Minister Ida Berg.')
    again = ArticleQuotes.from_json(found.to_json())
    assert again == found
    assert again.quotes[0].rule == "cue_beside_quote"


def test_a_quoted_word_is_not_the_subject_of_the_sentence_before(engine: QuoteEngine) -> None:
    # The parser makes the quoted "Bravo" the subject of "wrote"; it is the quote's own
    # word, so the next quote continues the reader's words, not a "Bravo" entry.
    quotes = engine.extract(
        '"Bravo," wrote a reader from the coast. '
        '"Nobody in this town believed the mayor could do it."'
    ).quotes
    assert [q.speaker.name for q in quotes] == ["a reader", "a reader"]


def test_a_sentence_with_its_own_subject_is_not_the_sentence_befores(
    engine: QuoteEngine,
) -> None:
    # The senator is the subject of the sentence before; the survey is this sentence's
    # own subject ("found" is no cue), so the senator did not say it.
    text = (
        "Senator Ray Hill visited the new clinic in March. The survey by the county found "
        'that "Most families here wait more than a year for a doctor. Many give up."'
    )
    assert all(q.speaker.name != "Ray Hill" for q in engine.extract(text).quotes)


def test_a_lead_in_that_names_the_text_credits_it(engine: QuoteEngine) -> None:
    text = (
        "Not all web panels are created equal. From the report: "
        '"In general, samples with more elaborate weighting produced more accurate results."'
    )
    assert [q.speaker.name for q in engine.extract(text).quotes] == ["the report"]
