"""Words someone is allowed, expected or asked to say are not theirs yet: the speaker
is the one who reports them (issue 12, item 3). Made-up texts."""

from __future__ import annotations

from mkdocs_quotes import QuoteEngine


def _speakers(engine: QuoteEngine, text: str) -> dict[str, str]:
    return {q.text: q.speaker.name for q in engine.extract(text).quotes}


def test_an_infinitives_own_subject_is_not_the_speaker(engine: QuoteEngine) -> None:
    # Dale is expected to say it; Tom Hale is the one who says so.
    text = (
        "Mayor Tom Hale says the council should act now and that he expects Governor "
        "Ann Dale to announce a “complete overhaul” of the harbour rules."
    )
    assert _speakers(engine, text)["complete overhaul"] == "Tom Hale"


def test_a_rule_that_allows_firms_to_tell_is_its_advocates_account(
    engine: QuoteEngine,
) -> None:
    # No cue above "tell" speaks; the group whose proposals these are does.
    text = (
        "The Harbour Fairness League advocates new rules to close loopholes that allow "
        "firms to tell ''one port that a ship is local while telling another port it is "
        "foreign.''"
    )
    found = _speakers(engine, text)
    quote = next(q for q in found if q.startswith("one port"))
    assert found[quote] == "Harbour Fairness League", found


def test_after_led_the_infinitives_subject_did_speak(engine: QuoteEngine) -> None:
    from mkdocs_quotes.engine.infinitives import unsaid_infinitive

    doc = engine.nlp("The report led the unions to say the deal was “a betrayal.”")
    say = next(t for t in doc if t.text == "say")
    assert not unsaid_infinitive(say)


def test_a_cue_joined_to_a_verb_has_that_verbs_subject(engine: QuoteEngine) -> None:
    # Hale referred and said; the crowd only applauded what he said.
    text = (
        "When Tom Hale later referred to the storm and said he would “rebuild every "
        "pier,” the crowd applauded loudly."
    )
    assert _speakers(engine, text)["rebuild every pier,"] == "Tom Hale"


def test_a_joined_cue_in_a_reported_clause_is_the_reporters(engine: QuoteEngine) -> None:
    # Gray reports what the mayor knew and thought: the account is hers.
    text = (
        "Ann Gray told friends that the mayor knew about the deal and thought the "
        "criticism was a “badge of honor.”"
    )
    assert _speakers(engine, text)["badge of honor."] == "Ann Gray"


def test_a_term_someone_fails_to_use_is_the_critics_words(engine: QuoteEngine) -> None:
    # No verb of saying governs the short term; without the rule it is a scare quote.
    text = "Tom Hale has slammed the mayor for not using the term “harbour tax.”"
    assert _speakers(engine, text)["harbour tax."] == "Tom Hale"


def test_a_cue_in_a_when_clause_of_a_report_is_the_reporters(engine: QuoteEngine) -> None:
    # Gray reports that Hale was right when he said it: the whole is Gray's account.
    text = (
        "Ann Gray said Tom Hale was “completely right” when he said on Monday that "
        "“the harbour has been left to rot.”"
    )
    assert _speakers(engine, text)["the harbour has been left to rot."] == "Ann Gray"


def test_a_group_that_reports_what_he_said_is_credited(engine: QuoteEngine) -> None:
    # The sources give an account of Hale's words; a "he" can't be the sources.
    text = (
        "Tom Hale was arrested on Monday. Harbour sources have said he said “no more "
        "tolls” to the officers who stopped him."
    )
    assert _speakers(engine, text)["no more tolls"] == "Harbour sources"


def test_a_statement_reports_for_they_and_they_stay_the_body(engine: QuoteEngine) -> None:
    # The statement gives the account; the next "they" is the council, never a text.
    text = (
        'The harbour council said on Monday it was "deeply concerned." The statement '
        'noted they had previously said they would "act at once" if the tolls rose.\n'
        '"We will begin work on new rules today," they said.'
    )
    found = _speakers(engine, text)
    assert found["act at once"] == "The statement", found
    assert found["We will begin work on new rules today,"] == "The harbour council", found


def test_according_to_a_speech_someone_delivered_is_theirs(engine: QuoteEngine) -> None:
    # The speech is Gray's; "according to" it credits her, not the speech.
    text = (
        "The aim is to curb ''speculative'' landlords and the short-term tenancies they "
        "favour, according to a speech Ann Gray delivered at the harbour in July."
    )
    assert _speakers(engine, text)["speculative"] == "Ann Gray"


def test_a_quote_after_one_dash_to_the_sentence_end_is_no_aside(engine: QuoteEngine) -> None:
    # Gray sums up Hale's turn in her own words: one dash, no closing one.
    text = (
        "Ann Gray said the port authority has lately seemed close to Tom Hale -- ''a "
        "completely different authority to me, which was a shock.''"
    )
    assert all(q.rule != "name_before_dash_aside" for q in engine.extract(text).quotes)


def test_an_infinitive_after_a_verb_that_says_nothing_is_its_subjects(
    engine: QuoteEngine,
) -> None:
    # Gray took to the radio to say it; the council above only denied the story.
    text = (
        "The harbour council has denied the story, with Ann Gray taking to the radio to "
        "call the report “a pack of lies” on Monday."
    )
    assert _speakers(engine, text)["a pack of lies"] == "Ann Gray"
