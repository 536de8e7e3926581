"""Clean speakers: names and roles a reader can trust, on sentences written for the test."""

from __future__ import annotations

import pytest

from mkdocs_quotes import QuoteEngine


def speaker_of(engine: QuoteEngine, text: str, quoted: str) -> tuple[str, str | None]:
    found = [q for q in engine.extract(text).quotes if q.text.startswith(quoted)]
    assert found, [q.text for q in engine.extract(text).quotes]
    return found[0].speaker.name, found[0].speaker.role


# -- roles ----------------------------------------------------------------------------

ROLE_TEXTS = [
    # An age is no role.
    (
        'Maria Ortega, 66, said the new bridge was "long overdue and badly needed."',
        "long overdue",
        None,
    ),
    # A party label, whole or cut by the parse, is no title.
    (
        'Sen. Tom Baxter (D-Ore.) said the plan was "a gift to the biggest polluters."',
        "a gift",
        "Sen.",
    ),
    # The owner of the name ("the Herald's Ann Gray") says whose, not who.
    (
        'The Herald\'s Ann Gray wrote that the council had "lost its way entirely."',
        "lost its way",
        None,
    ),
    # A relative clause is cut: the title stays.
    (
        "Paul Mendez, a professor of law at Lakeview University who has studied zoning "
        "disputes for three decades and advised several city councils, said the rule was "
        '"plainly unlawful."',
        "plainly unlawful",
        "a professor of law at Lakeview University",
    ),
    # A comma the role reading leaves out between two titles still parts them; a name
    # after a preposition at the end of a colon lead-in is where, not who.
    (
        "One early backer, Representative Ann Dale, Republican of Ohio, gave the line a try "
        "in an interview with WKRC on Monday: ''You could easily call the levy a scam.''",
        "You could easily",
        "early backer, Representative, Republican of Ohio",
    ),
    # The title the article gave a person earlier comes with a surname alone.
    (
        "Earlier this week Governor Ellen Marsh signed the bill.\n\n"
        '"We have waited long enough," Marsh told reporters.',
        "We have waited",
        "Governor",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "role"), ROLE_TEXTS)
def test_role_is_a_short_title(
    engine: QuoteEngine, text: str, quoted: str, role: str | None
) -> None:
    assert speaker_of(engine, text, quoted)[1] == role


# -- names ----------------------------------------------------------------------------

NAME_TEXTS = [
    # A common word that opens a sentence is no person.
    (
        "The film opened on Friday to mixed reviews, and meh was the word.\n\n"
        'Meh wrote: "It could have been shorter."',
        "It could have been",
        "Unattributed",
    ),
    # A quotation's last word is no given name.
    (
        "Mr. Grady praised ''The Art of the Deal.'' Grady said the book was "
        "''a classic of its kind.''",
        "a classic",
        "Grady",
    ),
    # Nor is a word that opens a sentence.
    (
        "The vote was close. Maybe Hollis was right about the turnout.\n\n"
        '"We knocked on every door," Hollis said.',
        "We knocked",
        "Hollis",
    ),
    # A state before a title is no part of the name.
    (
        "New Jersey Gov. Chris Dalton toured the site on Monday.\n\n"
        '"The water is safe," Dalton said.',
        "The water",
        "Chris Dalton",
    ),
    # An event speaks for nobody.
    (
        'The platform committee meeting called for "a fair wage for every worker."',
        "a fair wage",
        "Unattributed",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "name"), NAME_TEXTS)
def test_speaker_is_a_person_or_a_body(
    engine: QuoteEngine, text: str, quoted: str, name: str
) -> None:
    assert speaker_of(engine, text, quoted)[0] == name


def test_a_description_that_opens_a_sentence_is_no_name(engine: QuoteEngine) -> None:
    text = (
        "Candidates gathered on the stage.\n\n"
        'Candidates said they were "ready for the debate," and the candidates shook hands.'
    )
    found = [q for q in engine.extract(text).quotes if q.text.startswith("ready")]
    assert (found[0].speaker.name, found[0].speaker.kind) == ("Candidates", "unnamed")


@pytest.mark.parametrize(
    ("name", "clean"),
    [('"Harbour Trust', "Harbour Trust"), ("United States. One Organization", "One Organization")],
)
def test_an_organisation_name_holds_no_mark_and_no_sentence_before_it(
    name: str, clean: str
) -> None:
    from mkdocs_quotes.engine.names import clean_organisation_name

    assert clean_organisation_name(name) == clean


def test_full_names_in_text_keep_a_middle_initial_and_skip_quoted_words() -> None:
    from mkdocs_quotes.engine.full_names import full_names_in_text

    line = (
        "the governor said that John Q. Pike would speak, while a man in the crowd wore "
        'a shirt that read "Fascist Pike" and waved at the cameras.'
    )
    assert full_names_in_text(line, "Pike") == {"John Q. Pike": 1}


def test_a_rank_before_a_surname_is_no_given_name(engine: QuoteEngine) -> None:
    # "Admiral Pike" four times and "Adm. Harold L. Pike" once are one person: the rank
    # is a role, and the name is the fullest form the article gives.
    text = (
        "The fleet's new commander, Adm. Harold L. Pike, who has worried Beijing, arrived "
        "in Manila on Monday.\n\n"
        + "".join(f"The patrols are a concern for Admiral Pike, day {n}.\n\n" for n in range(3))
        + 'Asked about the patrols, Admiral Pike said, "We will sail where the law allows."'
    )
    assert speaker_of(engine, text, "We will sail") == ("Harold L. Pike", "Admiral")


def test_initials_are_a_given_name_a_title_is_not() -> None:
    from mkdocs_quotes.engine.full_names import full_names_in_text

    line = (
        "the ranch stood empty for a week, says R.J. Tolland, who studies the militias in the west."
    )
    assert full_names_in_text(line, "Tolland") == {"R.J. Tolland": 1}
    assert full_names_in_text(line.replace("R.J.", "Gov."), "Tolland") == {}


def test_a_slogan_in_a_later_paragraph_is_not_the_full_name(engine: QuoteEngine) -> None:
    text = (
        "When the rally began, Donald J. Trump walked onto the stage in Dayton and waved "
        "to the crowd.\n\n"
        "The rally ran late, and he kept talking about the wall for an hour or more.\n\n"
        'Asked about the violence, Mr. Trump said, "I hope not."\n\n'
        'Guards removed a man in a shirt that read "Fascist Trump," and two women.'
    )
    assert speaker_of(engine, text, "I hope not")[0] == "Donald J. Trump"


def test_a_run_of_names_ending_in_a_title_is_no_person(engine: QuoteEngine) -> None:
    # The parser cuts the subject at "and", leaving "Acme Radio Vice President" as the
    # phrase; the person is the name it hangs beside the title.
    text = (
        "Acme Radio Vice President for news and talk Dave Gorab called the show "
        "“the conservative news show of record.”"
    )
    assert speaker_of(engine, text, "the conservative")[0] == "Dave Gorab"


def test_a_name_set_off_as_an_agency_is_an_organisation(engine: QuoteEngine) -> None:
    text = (
        "Admiral Harry Dunn spoke to reporters in Tokyo on Monday.\n\n"
        '"Some may call this unkind," Xinhua, the official Chinese news agency, wrote.\n\n'
        '"I am an American officer and nothing else," he said.'
    )
    quotes = engine.extract(text).quotes
    assert [(q.speaker.name, q.speaker.kind) for q in quotes] == [
        ("Xinhua", "organisation"),
        ("Harry Dunn", "person"),
    ]


def test_a_newspaper_named_for_its_town_is_an_organisation(engine: QuoteEngine) -> None:
    # "Gazette", "Sentinel", "Courier" name papers, never a person's surname.
    quotes = engine.extract('"The dam must go," the Millbrook Sentinel wrote on Sunday.').quotes
    assert [(q.speaker.name, q.speaker.kind) for q in quotes] == [
        ("Millbrook Sentinel", "organisation")
    ]


PARTY_MEMBER_TEXTS = [
    # A chamber's members of a party are a body named in full, not the chamber.
    (
        "The bill reached the floor on Tuesday.\n\n"
        'House Republicans said the plan was "dead on arrival."',
        ("House Republicans", "organisation"),
    ),
    # Some of a party's members are this article's group, not the party's entry.
    (
        "The bill reached the floor on Tuesday.\n\n"
        'Several senior Democrats with ties to the governor called the plan "a trap."',
        ("Several senior Democrats with ties to the governor", "unnamed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_MEMBER_TEXTS)
def test_a_party_s_members_are_a_group(
    engine: QuoteEngine, text: str, expected: tuple[str, str]
) -> None:
    quote = engine.extract(text).quotes[0]
    assert (quote.speaker.name, quote.speaker.kind) == expected


def test_a_subordinator_before_a_name_is_no_role(engine: QuoteEngine) -> None:
    # A speaking phrase the parse starts at "when" ("… when Mr. Hollis called for …")
    # gives the name no role: "when" says nothing about who Hollis is.
    from mkdocs_quotes.engine.names import role_of

    doc = engine.nlp("They feared a repeat of 1992, when Mr. Hollis called for a holy war.")
    when = next(t.i for t in doc if t.lower_ == "when")
    hollis = next(t.i for t in doc if t.text == "Hollis")
    assert role_of(doc[when : hollis + 1], doc[hollis : hollis + 1]) is None


def test_a_party_word_before_a_full_name_is_no_part_of_it(engine: QuoteEngine) -> None:
    text = (
        "The committee met behind closed doors on Monday.\n\n"
        '"This hearing is a stunt," said ranking Democrat Nadia Castellanos (D-Ore.).'
    )
    assert speaker_of(engine, text, "This hearing")[0] == "Nadia Castellanos"


def test_a_possessor_spelt_like_a_cue_stays_in_its_phrase(engine: QuoteEngine) -> None:
    # "State" and "Post" are cue words ("state", "post"), but before "’s" they own.
    from mkdocs_quotes.engine.phrases import noun_phrase

    doc = engine.nlp("Aides said that State’s inspector general found nine more messages.")
    general = next(t for t in doc if t.text == "general")
    assert noun_phrase(general).text == "State’s inspector general"


def test_a_two_word_surname_is_the_person_named_in_full(engine: QuoteEngine) -> None:
    # "Vela Ortiz" after "Marisol Vela Ortiz" is her, one entry, not a second person.
    text = (
        "Marisol Vela Ortiz, the party's chairwoman, opened the meeting on Monday and "
        "spoke for an hour.\n\n"
        'Vela Ortiz said the primary calendar was "fair to every candidate."'
    )
    assert speaker_of(engine, text, "fair to every")[0] == "Marisol Vela Ortiz"


def test_a_surname_named_most_by_two_words_is_still_the_full_name() -> None:
    # The parse cut the given name off most mentions ("Vela Ortiz" three times, in full
    # once): "Ortiz" -> "Vela Ortiz" -> "Marisol Vela Ortiz", one person.
    from mkdocs_quotes.engine.fullest_names import FullestNames
    from mkdocs_quotes.engine.people_named import PeopleNamed, PersonMention

    people = PeopleNamed()
    for at, name in enumerate(["Marisol Vela Ortiz", "Vela Ortiz", "Vela Ortiz", "Vela Ortiz"]):
        people.add(PersonMention(at * 100, name, None, "f", True))
    text = "Marisol Vela Ortiz spoke. Vela Ortiz said so. Ortiz said more."
    assert FullestNames(text, people).of("Ortiz") == "Marisol Vela Ortiz"


def test_a_she_that_finds_a_bare_surname_is_the_person_named_in_full() -> None:
    # Where the history holds only "Venn" (a mention the resolver read before it knew
    # more), the "she" is still shown as the article's fullest form, one entry.
    from mkdocs_quotes.engine.domain import Mention, SpeakerRef
    from mkdocs_quotes.engine.naming import resolve_pronoun
    from mkdocs_quotes.engine.people_named import PersonMention
    from mkdocs_quotes.engine.pronouns import NamedPerson
    from mkdocs_quotes.engine.speakers import SpeakerResolver

    text = "Carla Venn spoke.\n\nVenn left.\n\nLater she said it was fine."
    resolver = SpeakerResolver(text)
    resolver.people.add(PersonMention(0, "Carla Venn", None, "f", True, in_full=True))
    resolver.named.append(NamedPerson(19, 1, "Venn", None, "subject", False))
    resolver.genders["Venn"] = "f"
    at = text.index("she")
    speaker = SpeakerRef("she", "unknown", Mention("she", at, at + 3))
    assert resolve_pronoun(speaker, at + 8, resolver, [])[0].name == "Carla Venn"


def test_an_inverted_cue_before_a_surname_is_no_given_name() -> None:
    from mkdocs_quotes.engine.names import clean_name

    assert clean_name("Stated Venn") == "Venn"
    assert clean_name("Added Carla Venn") == "Carla Venn"


def test_a_military_rank_before_a_surname_is_no_given_name(engine: QuoteEngine) -> None:
    # "Admiral Grant" written often beside "Adm. Paul Grant" once: the rank is a title,
    # so the surname alone is the person named in full, not "Admiral Grant".
    text = (
        "The navy sent its top officer in the region, Adm. Paul Grant, to the talks in "
        "the city on Monday.\n\n"
        "Admiral Grant has said that the talks would be long. The admiral was born in "
        "the north of the country.\n\n"
        '"There is a natural tension in all of this," he said during an interview in '
        "his office.\n\n"
        "Admiral Grant has served in the navy for many years and knows the sea well.\n"
    )
    assert [q.speaker.name for q in engine.extract(text).quotes] == ["Paul Grant"]


def test_a_surname_alone_means_the_person_named_first_until_a_namesake(
    engine: QuoteEngine,
) -> None:
    # The namesake is written in full twice, the senator once: the surnames the text
    # used before the namesake came can only mean the senator.
    text = (
        "Few senators admit it, but Sen. Chris Hale says he was adrift after 2012.\n\n"
        "Hale went home. Hale met the families. Hale took up the cause.\n\n"
        '"We must act," Hale said.\n\n'
        "He spoke of a teacher's aide, Anne Marie Hale, who died that day, and of the "
        "pupils of Anne Marie Hale."
    )
    assert speaker_of(engine, text, "We must act")[0] == "Chris Hale"
