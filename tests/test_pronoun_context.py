"""What the words around a reporting "he" or "she" rule out or add: made-up texts."""

from __future__ import annotations

from mkdocs_quotes import QuoteEngine
from mkdocs_quotes.engine.pronoun_binding import addressee_after
from mkdocs_quotes.engine.skimming import skim_names


def _speakers(text: str) -> list[str]:
    return [q.speaker.name for q in QuoteEngine().extract(text).quotes]


def test_the_one_a_pronoun_tells_is_not_the_pronoun() -> None:
    # The asker is named last, as a subject; "she told Grant" says she is not Grant.
    text = (
        "Mayor Ana Lopez spoke at the town hall in Dayton on Monday.\n\n"
        "Radio host Carla Grant asked Lopez how much the new bridge would cost the city.\n\n"
        '"I think it could cost twelve million dollars, maybe more," she told Grant, '
        "to cheers from the crowd.\n"
    )
    assert _speakers(text) == ["Ana Lopez"]


def test_an_addressee_is_a_name_right_after_a_verb_of_telling() -> None:
    text = "he told Mr. Grant so; she told Grant's viewers; he said it"
    assert addressee_after(text, 2) == "Grant"
    assert addressee_after(text, text.index("she") + 3) is None
    assert addressee_after(text, text.index("he said") + 2) is None


def test_a_skim_reads_a_title_and_a_lone_surname_as_a_person() -> None:
    known = {"al-Rashid": "Omar al-Rashid"}
    text = (
        "Judge Kowal took a recess. The Justice Department waited. "
        "Footage of Al-Rashid appears. Judge Ada Wren nodded."
    )
    found = {p.name: p.relation for p in skim_names(text, 0, 0, known)}
    assert found["Kowal"] == "subject"
    assert "Omar al-Rashid" in found
    assert "Department" not in found and "Ada" not in found


def test_his_call_for_words_makes_him_their_speaker() -> None:
    text = (
        "Senator Paul Grant spoke in Dayton on Friday. His rival Ana Lopez answered "
        "him a day later.\n\n"
        'Grant gained ground after his call for "a total ban on imports" last spring.\n'
    )
    quote = QuoteEngine().extract(text).quotes[-1]
    assert (quote.speaker.name, quote.rule) == ("Paul Grant", "possessor_of_speech_noun")


def test_a_cue_above_the_noun_of_speech_keeps_the_words_its_speakers() -> None:
    # "Will" parses as an auxiliary: no rule finds the columnist, but "his" is not
    # the speaker of words a verb of saying above sums up.
    text = (
        "Columnist Ann Will wrote about Paul Grant on Friday.\n\n"
        'From his loud campaign speeches to his call for a federal "import police," '
        "Will described Grant as a danger.\n"
    )
    quote = QuoteEngine().extract(text).quotes[-1]
    assert quote.rule != "possessor_of_speech_noun"


def test_a_he_who_speaks_in_the_sentence_before_speaks_the_quote() -> None:
    text = (
        "Senator Paul Grant lost the Ohio primary on Tuesday.\n\n"
        "His aides looked tired. And then he promised that he would stay in the race. "
        '"Let me be as clear as I can be: we are in this until the very end."\n'
    )
    quote = QuoteEngine().extract(text).quotes[-1]
    assert (quote.speaker.name, quote.rule) == ("Paul Grant", "subject_of_sentence_before")


def test_a_participle_of_saying_speaks_for_the_subject_it_hangs_from() -> None:
    text = (
        "Mayor Ana Lopez visited the flooded district on Monday.\n\n"
        "She, too, is a pragmatic leader, cautioning that the damage underscores a need "
        'for "calm, steady work by everyone."\n'
    )
    quote = QuoteEngine().extract(text).quotes[-1]
    assert (quote.speaker.name, quote.rule) == ("Ana Lopez", "governing_cue")


def test_a_name_met_alone_after_a_title_is_known_again_later() -> None:
    # "President Lamb" gives no given name; "even Lamb tried" two paragraphs on, in a
    # paragraph parsed without the entity tagger, is still that person.
    text = (
        'President Lamb met Prime Minister Ana Ruiz in Ottawa. "We agree on trade," Ruiz '
        "said.\n\nThe two leaders toured a car factory outside the city on Tuesday.\n\n"
        "Prime Minister Carl Holt of Norway joined them at the summit. And even Lamb tried "
        "to help them off the hook, noting that he would demur too.\n\n"
        '"When I visit other countries, it is not my job to comment on candidates," he said.\n'
    )
    assert _speakers(text)[-1] == "Lamb"


def test_a_title_makes_a_lone_surname_a_person_where_no_tagger_ran() -> None:
    # The paragraph before the quote is parsed without the entity tagger.
    text = (
        'Prosecutor Carla Stone spoke first. "He must go to prison," Stone said.\n\n'
        "Judge Wexley took a short recess, the longest minutes of the morning.\n\n"
        'When he returned he began by saying, "I see no need for a prison term here."\n'
    )
    assert _speakers(text)[-1] == "Wexley"


def test_a_cue_above_a_participle_reports_the_whole() -> None:
    text = (
        "Senator Paul Grant spoke in Dayton on Friday.\n\n"
        'Grant welcomed the news, saying the mayor was "doing the right thing," '
        "the Dayton Herald reported.\n"
    )
    assert _speakers(text)[-1] != "Paul Grant"


def test_a_name_set_off_by_an_aside_opens_its_clause_as_subject() -> None:
    # The verb comes after the relative clause, the age or the description; a name
    # in a list is no subject.
    text = (
        "Paul Grant, who won Ohio, is calling for rivals to quit. "
        "One voter, Ana Ruiz, 35, showed up early. "
        "Dan Hale, the mayor of Dayton, left. They met Carla Wren, Omar Kassem and others."
    )
    found = {p.name: p.relation for p in skim_names(text, 0, 0, {})}
    assert found["Paul Grant"] == found["Ana Ruiz"] == found["Dan Hale"] == "subject"
    assert found["Omar Kassem"] == "other"


def test_a_name_set_beside_a_subject_is_who_the_next_he_means() -> None:
    # The parser hangs "Rodrigo Tlacotl" on "voter" as an apposition and NER
    # calls it an organisation; "(R-Ga.)" beside a subject is no name.
    text = (
        "Crowds filled the hall for the senator in the city on Saturday, and Paul Grant "
        "spoke for an hour.\n\n"
        "One voter, Rodrigo Tlacotl, 35, showed up in the gear of a local group. "
        '"I met a lot of supporters, and I liked every single reason they had," he said.\n'
    )
    assert _speakers(text) == ["Rodrigo Tlacotl"]
    party = (
        "Sen. Paul Grant (R-Ohio) spoke to reporters about the bill on Tuesday. "
        '"We will pass it this week," he said.\n'
    )
    assert _speakers(party) == ["Paul Grant"]
