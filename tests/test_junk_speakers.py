"""Speaker entries a reader would call junk, on texts written for the test: the
writer's "we", an event for a speaker, a text standing in for its author, a
"so-called" taken for a speech verb."""

from __future__ import annotations

from mkdocs_quotes import QuoteEngine


def speakers(engine: QuoteEngine, text: str) -> dict[str, tuple[str, str]]:
    return {q.text: (q.speaker.name, q.speaker.kind) for q in engine.extract(text).quotes}


def test_the_writers_we_is_no_source(engine: QuoteEngine) -> None:
    text = (
        "Mayor Lena Ortiz spoke at the harbour on Monday.\n\n"
        'If we remember one thing from her speech, it will be the promise of "clean water '
        'for every street by June."'
    )
    found = speakers(engine, text)
    assert all(name.lower() != "we" for name, _ in found.values()), found


def test_an_event_is_no_speaker(engine: QuoteEngine) -> None:
    text = (
        "The second incident came during a rally in Dayton, when a group of students "
        'interrupted the governor, shouting "not in our town!"'
    )
    found = speakers(engine, text)
    # The "when" clause's subject shouts, not the event.
    assert found.get("not in our town!", ("", ""))[0] == "a group of students", found


def test_a_text_speaks_for_whoever_put_it_out(engine: QuoteEngine) -> None:
    text = (
        'Mayor Lena Ortiz released a campaign video that said, "Our streets will be clean '
        'by June."\n\n'
        'The Harbor Gazette ran an editorial that noted the levy was "a tax on the young."\n\n'
        'Residents read a letter from the tenants\' union that said, "We will not move."'
    )
    found = speakers(engine, text)
    assert found["Our streets will be clean by June."][0] == "Lena Ortiz"
    assert found["a tax on the young."][0] == "Harbor Gazette"
    # A text that names its author speaks for that author, not for its readers.
    assert found["We will not move."][0] != "Residents"


def test_so_called_is_no_speech_verb(engine: QuoteEngine) -> None:
    from mkdocs_quotes.engine.syntax import is_cue

    doc = engine.nlp("The so-called reform failed, and Ann Gray called it a farce.")
    called = [t for t in doc if t.lower_ == "called"]
    assert [is_cue(t) for t in called] == [False, True]


def test_a_party_member_described_is_nobody_named(engine: QuoteEngine) -> None:
    text = (
        "Senator Ruth Calder, an Oregon Democrat who chairs the panel, spoke first.\n\n"
        '"The levy will pass in March," said a Vermont Republican.\n\n'
        '"It is far too early to tell," one Democrat said.'
    )
    found = speakers(engine, text)
    assert found["The levy will pass in March,"] == ("a Vermont Republican", "unnamed"), found
    assert found["It is far too early to tell,"] == ("one Democrat", "unnamed"), found


def test_an_apposition_taken_for_the_speaker_is_the_name_beside_it(
    engine: QuoteEngine,
) -> None:
    text = (
        "Mayor Ann M. Cole, the city's longest-serving Democrat, on Monday called Tom R. "
        "Baker's plan for the harbor ''reckless,'' an unusual rebuke that drew fresh anger."
    )
    found = speakers(engine, text)
    assert found["reckless,"][0] == "Ann M. Cole", found


def test_a_colon_lead_in_yields_to_an_attribution_after_the_quote(engine: QuoteEngine) -> None:
    text = (
        "Harbor Books is now running a Kickstarter campaign to raise $5,000 to pay for a "
        'small print run of the memoir: "Publish the book that Mayor Hale does not want you '
        'to read," the pitch on Kickstarter says.'
    )
    found = speakers(engine, text)
    quote = "Publish the book that Mayor Hale does not want you to read,"
    assert found[quote][0] != "Harbor Books", found


def test_a_word_hyphened_to_the_next_is_no_speaker(engine: QuoteEngine) -> None:
    text = (
        "In a state poll released Monday, 40% of Democrats and Democratic-leaning voters "
        'said they were "very hopeful" about the levy.'
    )
    found = speakers(engine, text)
    assert found["very hopeful"][0] != "Democratic", found


def test_a_body_left_unnamed_stays_a_description_of_its_article(engine: QuoteEngine) -> None:
    unnamed = 'Harbor Tools recalled a drill on Monday.\n\n"No one was hurt," the company said.'
    # A bare "company" entry would hold every article's company under one name.
    assert speakers(engine, unnamed)["No one was hurt,"] == ("the company", "unnamed")
    named = 'The Lakeside Ferry company added a sailing.\n\n"We are full," the company said.'
    # The article names the body beside the same noun: the organisation keeps it.
    assert speakers(engine, named)["We are full,"] == ("Lakeside Ferry Company", "organisation")


def test_a_lower_case_head_is_no_name(engine: QuoteEngine) -> None:
    text = (
        'At a rally in Ohio, where the secretary of state said she would "stand by coal," '
        "the crowd cheered.\n\n"
        '"My guilty pleasure is the late show," the billionaire business mogul said.'
    )
    found = speakers(engine, text)
    # The tagger reads "secretary" and "mogul" as proper nouns at times: neither the
    # "state" inside the phrase nor "business mogul" is anyone's name.
    assert found["stand by coal,"] == ("the secretary of state", "unnamed"), found
    assert found["My guilty pleasure is the late show,"][0] != "business mogul", found


def test_another_takes_the_noun_it_leaves_out(engine: QuoteEngine) -> None:
    text = '"The pier is safe," one ranger wrote. "Stay off the rocks," another said.'
    # A lone "another" names nobody; the "one ranger" before it says another what.
    assert speakers(engine, text)["Stay off the rocks,"] == ("another ranger", "unnamed")
