"""The speaker is the one who speaks: the subject of the cue or the agent of a passive
one, never the addressee, an object, a content clause's subject or the outlet of a
label. One made-up text a pattern."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from mkdocs_quotes import QuoteEngine
from mkdocs_quotes.engine.descriptions import without_inner_title

if TYPE_CHECKING:
    from spacy.tokens import Doc

SPEAKERS = [
    # After a quote, the name a cue is followed by is its inverted speaker only if it
    # is not the subject of the clause the cue reports: Hale proposed it, Dale is to go.
    (
        'Mayor Tom Hale proposed we "start again from scratch" and said Governor Ann Dale '
        "should resign if she cannot stop the plan.",
        "Tom Hale",
    ),
    # "reported" right after a plural speaking noun, which the tagger reads as a
    # participle modifying it: the newspapers report, not the council they report on.
    (
        'Several newspapers reported on Monday the city council had held "very frank '
        'talks" with the union.',
        "Several newspapers",
    ),
    # A participle hanging from a noun a person owns says what that noun does: the
    # owner of the tweet speaks, not the council that mocks it.
    (
        "The council mocked Mayor Ana Ruiz's tweet calling the budget \"a triumph for "
        'every street."',
        "Ana Ruiz",
    ),
    # A cue noun that is the subject of the quote's verb is talked about, not speaking:
    # the town said it.
    (
        "The town council said in a statement that Hale's comments “are based on "
        "rumour, not on the facts of the case.”",
        # A body the phrase gives no name of stays its description (fuller_organisation).
        "The town council",
    ),
    # A cue in a clause someone else reports is that reporter's account.
    (
        'Ann Gray said the mayor called the new bridge "a waste of money" at every meeting.',
        "Ann Gray",
    ),
    # A cue noun that a cue verb takes as object is talked about; its owner is no speaker.
    (
        "Hale’s campaign called UPI’s report a “rush to judgment,” because delegates can "
        "change their mind until the July vote.",
        "Hale’s campaign",
    ),
    # Bodies speak in the plural too: the unions say it, not Hale in the clause before.
    (
        "Hale has called for a ban, and the unions who met him on Monday say they are "
        "“alarmed by the plan.”",
        "the unions",
    ),
    # After an inverted cue, the possessor is not who speaks but what it owns.
    (
        '"We need a library in this town," exhorted Hale’s introducer, actress Ruth Dale.',
        "Ruth Dale",
    ),
    # A "non-answer" is an answer nobody gave: Hale, talked about, says nothing; the
    # senator "riffed", a cue.
    (
        '"Mayor, let me help you out - the answer is no," the senator riffed on Gray’s '
        "non-answer to whether Hale was honest, drawing laughs from the crowd.",
        "the senator",
    ),
    # A clause of time after the quote sets the scene: Gray blasted, Hale said it.
    (
        "The spot ends with footage of Hale saying during the debate, “That makes me smart,” "
        "when Gray blasted him for not paying taxes.",
        "Hale",
    ),
    # A relative clause on the one told describes the addressee; the teller speaks.
    (
        "In a panel discussion this weekend in Boston, Tom H. Hale, the chief executive of "
        "the Farmers League, forcefully told a young woman who suggested that some people "
        'may not vote because of frustration that "this is not the first generation to be '
        'frustrated and not voting is not a viable nor intelligent strategy."',
        "Tom H. Hale",
    ),
    # A participle joined to a finite verb by the parser pairs with the participle above.
    (
        "Gray pushed back on those claims Thursday, saying that the bill had the correct safety "
        "rules but was waylaid by voter mistrust - and arguing that she and Hale shared "
        '"almost all the same views on the bridge."',
        "Gray",
    ),
    # A passive cue's agent speaks; its subject is spoken to.
    ('"We will rebuild the bridge by spring," the mayor was told by Ann Gray.', "Ann Gray"),
    (
        'Ruth Dale was told in a letter: "Your permit is cancelled and the site must close '
        'by Friday."',
        "Unattributed",
    ),
    # A label "Name, Outlet:" credits the name.
    ('Ann Gray, Channel 9: "The levee held through the night."', "Ann Gray"),
    # A participle set off by a comma inherits its clause's subject, past a relative
    # clause about someone else.
    (
        "Mayor Tom Hale was curt when asked about a builder who said he was never paid "
        'for the library, saying, "He did poor work and we owe him nothing."',
        "Tom Hale",
    ),
    # A recording of a person: "footage of X asking" is X's question.
    (
        'The new ad uses footage of Lena Park asking, "Why are the roads still closed?"',
        "Lena Park",
    ),
    # "X, <an aside>, said": the name before the aside, not the last one inside it.
    (
        "The issue came up after Mr. Hale, asked about the deaths of workers under Mr. Lee, "
        'had said, "I think our company does plenty of harm also."',
        "Hale",
    ),
    (
        "Mr. Pike, whose latest start-up, Paradata, uses data to help brands find "
        'suppliers, said Mr. Hale was a builder at heart: "He is a start-up kind of guy."',
        "Pike",
    ),
    # "who" after an apposition stands for the name, not the title.
    (
        "Voters remember Ruth Dale, now the county treasurer, who in 2010 said the plan "
        'would be "a waste of money."',
        "Ruth Dale",
    ),
    # An inverted cue and a name right after the quote say whose it is, whatever cue
    # of an aside before it the parser hangs the quote from.
    (
        "If the council is indeed trying to stall the harbor project — as many residents "
        "believe, and builders are alleging, but the mayor strongly denies — “why would you "
        "not want an audit?” asked Dale, now a partner at a law firm in Lowell.",
        "Dale",
    ),
    # A clause set under "according to" is that source's account.
    (
        "Ann Hale spoke on Monday.\n\nThe mayor skipped the hearing, because, according to "
        "Hale, the council would call him a “coward” if he came.",
        "Ann Hale",
    ),
    # What people the subject talks about "think" is the subject's account of them.
    (
        "The former governor began her speech before the influential National Teachers "
        'Association by slamming candidates who think they can "outsource" school '
        'leadership to "consultants" and followed up with a more frontal attack on Hale.',
        "The former governor",
    ),
    # So is a quote that runs on from what they "think" into the speaker's own verdict.
    (
        '"Lowell can never be neutral when it comes to its harbor," Hale told the council '
        'on Monday. Candidates who think "the town no longer has a real stake in the harbor '
        'are dangerously wrong," she said.',
        "Hale",
    ),
    # "according to" a count or a text someone made: its maker speaks.
    (
        'A "living wage" for a single adult in Ohio is about $12 an hour, according to '
        "calculations by Ann Dale of Lakeview University.",
        "Ann Dale",
    ),
    # A name before a title qualifies the title; the name after it speaks.
    (
        '"Debate recap," tweeted Hale spokesman Ruth Dale.',
        "Ruth Dale",
    ),
    # A description the parser hangs on the names before it, right before the cue, is
    # the cue's subject: the candidate states it, not a host she spoke with.
    (
        "In an interview with Morning Show hosts Tom Barrow and Mia Lane, the Democratic "
        "presidential candidate stated that Hale’s “divisive” remarks were unfair.",
        "the Democratic presidential candidate",
    ),
    # A cue on the other side of the quote outranks the noun "state" before it.
    (
        "From her failures as secretary of state to being “extremely careless” with "
        "secrets – as described by FBI Director Jim Colby – many believe Hale is unfit.",
        "Jim Colby",
    ),
    # A party-and-state label in brackets is on the name before it; she speaks.
    (
        "Saturday at the Vermont Democratic party convention Sen. Ann Marlowe (D-VT) said "
        "presumptive nominee Tom Briggs was a “proven failure” in business.",
        "Ann Marlowe",
    ),
    # Capitalised words between a dash and the colon label the source, tagged or not.
    (
        'Estimates of turnout are particularly unreliable - Vell Research: "Every sample '
        'we checked had too few retirees in it."',
        "Vell Research",
    ),
    # "his" in a phrase on the verb points back to its subject: the governor's address.
    (
        "In May, Gov. Ada Marsh lauded Mr. Hollis in her state-of-the-state address for "
        'backing "bold and practical ideas." Mr. Hollis is giving a farm to the state.',
        "Ada Marsh",
    ),
    # A "where" clause set off by dashes sets the scene: the marchers chant, not the team.
    (
        "Small groups of nurses continued to call for more staff, looping the streets "
        "around the Civic Arena - where the Riverton Hawks played the Lakeside Owls - "
        'while chanting, "Safe staffing saves lives."',
        "Small groups of nurses",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_the_speaker_is_the_one_who_speaks(engine: QuoteEngine, text: str, speaker: str) -> None:
    found = engine.extract(text).quotes
    assert [q.speaker.name for q in found][-1:] == [speaker]


EVERY_QUOTE = [
    # A participle after a quote ('"…," telling X') inherits its clause's subject, never
    # the object it tells or the subject of what it says.
    (
        "The Riverside Trust did not want to discuss “that man,” telling Radio Nine that the "
        "trust is focused on “saving the wetlands.”",
        "Riverside Trust",
    ),
    (
        'Tom Hale has delivered a spirited defense of "small-town values," saying the village '
        'embodied the "heart and soul of the county."',
        "Tom Hale",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), EVERY_QUOTE)
def test_every_quote_has_the_speaker(engine: QuoteEngine, text: str, speaker: str) -> None:
    found = engine.extract(text).quotes
    assert found
    assert {q.speaker.name for q in found} == {speaker}


def test_the_agent_of_a_verb_that_says_nothing_is_no_speaker(engine: QuoteEngine) -> None:
    # "booed by the crowd after telling": the crowd booed, Gray told.
    text = (
        "Ann Gray was booed and shouted down by the crowd after telling the farmers that they "
        'were "being ridiculous."'
    )
    assert engine.extract(text).quotes[0].speaker.name == "Ann Gray"


DESCRIPTIONS = [
    # A title before the name, then the title alone.
    (
        "Fire chief Ana Ruiz arrived at the scene at noon. The warehouse had burned for "
        'hours. "We could not save the building," the fire chief said.',
        "Ana Ruiz",
    ),
    # An apposition, then its head noun.
    (
        "Ana Ruiz, the fire chief, arrived at noon. The warehouse had burned for hours. "
        '"We could not save the building," the chief told reporters.',
        "Ana Ruiz",
    ),
    # An abbreviated title stands for the noun a description uses.
    (
        'Sen. Tim Kaine spoke first. Later the crowd cheered. "We will win Virginia," the '
        "senator added.",
        "Tim Kaine",
    ),
    (
        'Rep. Ruth Dale spoke first. "The levee will hold," the congresswoman said.',
        "Ruth Dale",
    ),
    # Named as no subject, but just before and with nobody else leading the text.
    (
        "The council hired Fire Chief Ana Ruiz in May.\n\n"
        '"We could not save the building," the chief said.',
        "Ana Ruiz",
    ),
    # An apposition after an age.
    (
        "Ben Lowe, 41, a nurse at the clinic, worked three double shifts. "
        '"The patients need us," the nurse said.',
        "Ben Lowe",
    ),
    # An apposition without an article.
    (
        "Kim Wu, spokesperson for the agency, declined to comment on the suit. "
        '"We do not discuss pending cases," the spokesperson said.',
        "Kim Wu",
    ),
    # What the name is said to be.
    (
        'Helen Ross is an epidemiologist at the university. "Cases are rising," the '
        "epidemiologist said.",
        "Helen Ross",
    ),
    # A noun for a person that is no office.
    (
        'The actor Ben Cruz defended the show. "It is a story about family," the actor '
        "told the magazine.",
        "Ben Cruz",
    ),
    # A title written in capitals, and the words it stands for.
    (
        'Acme CEO Raj Mehta defended the layoffs. "These cuts were painful," the CEO wrote.',
        "Raj Mehta",
    ),
    (
        "Acme's chief executive, Raj Mehta, defended the layoffs. "
        '"These cuts were painful," the CEO wrote.',
        "Raj Mehta",
    ),
    # The age the article gave the person.
    (
        'Dana Brooks, 52, met Tom Hale, 61, at the plant. "We deserve better," the '
        "52-year-old said.",
        "Dana Brooks",
    ),
    # The name beside the object of the noun's "of", as the parser hangs it.
    (
        'The mayor of Springfield, Tom Hale, defended the budget. "We had no choice," the '
        "mayor said.",
        "Tom Hale",
    ),
    # A party-and-state tag, and the description by them.
    (
        'Rep. Sarah Cole, R-Texas, voted against the bill. "It spends too much," the Texas '
        "Republican said in a statement.",
        "Sarah Cole",
    ),
    (
        'Rep. Ann Ruiz (D-N.Y.) spoke first. "We will fight this," the New York Democrat said.',
        "Ann Ruiz",
    ),
    # A party's member noun at the head of an apposition, with the place it names.
    (
        'Gov. Tom Hale, a Democrat, signed the bill. "This is a good day," the Democrat said.',
        "Tom Hale",
    ),
    (
        'Sen. Ann Gray, a Republican from Ohio, voted no. "It spends too much," the Ohio '
        "Republican said.",
        "Ann Gray",
    ),
    # Something new about the person the text is on, in everyday words.
    (
        'Maria Lopez, 58, lost her home of 30 years. "Everything is gone," the retired '
        "teacher said.",
        "Maria Lopez",
    ),
    # No role gives a party: the officeholder the text is on.
    (
        'Senate Majority Leader Tom Dunn said the vote was a mistake. "They are playing '
        'games," the South Dakota Republican told reporters.',
        "Tom Dunn",
    ),
    # A noun for the age the article gave.
    (
        'Jamal Price, 17, met Tom Hale, 61, at the rink. "It saved my life," the teenager said.',
        "Jamal Price",
    ),
    # A noun the lexicon lacks, as the head of the title the article gave.
    (
        'Quarterback Pat Hale threw three touchdowns. "We trusted each other," the '
        "quarterback said.",
        "Pat Hale",
    ),
    (
        'House Speaker Tom Dunn met members on Tuesday. "We have the votes," the speaker said.',
        "Tom Dunn",
    ),
    # A hyphenated title the tokenizer splits.
    (
        'President-elect Tom Dunn met lawmakers. "We will do great things," the '
        "president-elect said.",
        "Tom Dunn",
    ),
    # A district attorney prosecutes.
    (
        'District Attorney Ann Gray filed the motion. "The law is clear," the prosecutor said.',
        "Ann Gray",
    ),
    # An age the article never gave: the person the text is on.
    (
        'Union leader Dana Brooks called the cuts reckless. "Workers deserve better," the '
        "52-year-old said.",
        "Dana Brooks",
    ),
]

UNNAMED = [
    # Never named with that role: an unnamed source.
    ('Ana Ruiz arrived at noon. "We could not save the building," the fire chief said.'),
    # Two senators: "the senator" could be either.
    (
        "Sen. Tim Kaine met Sen. Mark Warner. Sen. Mark Warner spoke first. "
        '"We will win Virginia," the senator added.'
    ),
    # A title in passing is no sign the description means that person.
    (
        "Obama played golf with World Bank President Jim Lee. "
        '"We will act on the climate," the president said.'
    ),
    # Named as no subject, in passing, while another person leads the text.
    (
        "Mayor Tom Hale toured the site with Fire Chief Ana Ruiz.\n\n"
        '"We could not save the building," the chief said.'
    ),
    # "the Senate leader" is no union leader.
    ('Tom Hale, a former union leader, spoke too. "We will act," the Senate leader said.'),
    # A party word before a name is no tag saying which state's member is meant.
    (
        "Republican Donald Trump spoke in Ohio. Speaker Paul Ryan said allies were rattled. "
        'In an interview, the Wisconsin Republican said allies asked if the U.S. is "still in '
        'the game."'
    ),
    # A clause after the name is no apposition, whatever person noun it holds.
    ('Ana Ruiz, said her son was innocent. "He is a good boy," the son said.'),
    # A noun the lexicon lacks names a person only as the head of their title.
    ('Report author Ann Gray spoke first. "Rents rose by half," the report said.'),
    # A member of the party, but of no place the description names.
    (
        'Sen. Ann Gray, a Republican from Ohio, voted no. "It spends too much," the Texas '
        "Republican said."
    ),
    # A position is whoever holds it, not the person the text is on.
    ('Tom Hale, 58, lost his home. "We will rebuild the town," the candidate said.'),
    # The person the text is on holds no office a party's member would.
    ('Ann Gray, a nurse, spoke first. "It spends too much," the Ohio Republican said.'),
    # Two people of other ages: the age names neither.
    ('Dana Brooks, 52, met Tom Hale, 61, at the plant. "We deserve better," the 34-year-old said.'),
]


@pytest.mark.parametrize(("text", "speaker"), DESCRIPTIONS)
def test_a_description_is_the_person_the_article_named(
    engine: QuoteEngine, text: str, speaker: str
) -> None:
    quote = engine.extract(text).quotes[-1]
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, "person")


@pytest.mark.parametrize("text", UNNAMED)
def test_a_description_stays_unnamed_unless_one_named_person_fits(
    engine: QuoteEngine, text: str
) -> None:
    assert engine.extract(text).quotes[-1].speaker.kind == "unnamed"


def test_a_described_person_is_named_without_the_words_before_a_title() -> None:
    # 'Recall Sen. Tom Hale fought …': the sentence's first word glued to the name.
    assert without_inner_title("Recall Sen. Tom Hale") == "Tom Hale"
    assert without_inner_title("Tom Hale") == "Tom Hale"


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    """A parse as the small model gives it, wrong where it is wrong, built by hand so
    the fallback it sends the engine to is tested whatever a model version does."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_after_a_naming_cue_stands_who_is_named_not_who_names() -> None:
    from mkdocs_quotes.engine.syntax import subject_phrase

    # 'Kicking off the day, Lopez accused Baxter, the senator, of being "timid"': the
    # small model makes "accused" an adjective and Lopez a compound of Baxter.
    words = "Kicking off the day , Lopez accused Baxter , the senator , of being".split()
    heads = [7, 0, 3, 0, 7, 7, 7, 7, 7, 10, 7, 7, 7, 12]
    deps = "advcl prt det dobj punct compound amod ROOT punct det appos punct prep pcomp"
    tags = "VBG RP DT NN , NNP VBN NNP , DT NN , IN VBG".split()
    doc = _parsed(words, heads, deps.split(), tags)
    phrase = subject_phrase(doc[6], list(doc), quote_first=False)
    assert phrase is not None and phrase.text == "Lopez"


def test_a_naming_cue_with_no_subject_looks_before_it() -> None:
    from mkdocs_quotes.engine.syntax import subject_phrase

    # 'Holt, who has in the past described Marsh as "…"': "described" parsed as an
    # adjective of Marsh; the name before the cue speaks, not Marsh after it.
    words = "Holt , who has in the past described Marsh as".split()
    heads = [0, 0, 3, 0, 3, 6, 4, 8, 4, 3]
    deps = "ROOT punct nsubj relcl prep det pobj amod pobj prep".split()
    tags = "NNP , WP VBZ IN DT NN VBN NNP IN".split()
    doc = _parsed(words, heads, deps, tags)
    phrase = subject_phrase(doc[7], list(doc), quote_first=False)
    assert phrase is not None and phrase.root.text == "Holt"


def test_the_object_of_a_preposition_on_the_cue_is_where_not_who() -> None:
    from mkdocs_quotes.engine.syntax import subject_phrase

    # '"…," screenwriter Cole Haddon wrote on Twitter': the small model makes
    # "screenwriter" a verb with the name its object, leaving "wrote" no subject.
    words = ", screenwriter Cole Haddon wrote on Twitter .".split()
    heads = [1, 4, 3, 1, 4, 4, 5, 4]
    deps = "punct parataxis compound dobj ROOT prep pobj punct".split()
    tags = ", VB NNP NNP VBD IN NNP .".split()
    doc = _parsed(words, heads, deps, tags)
    phrase = subject_phrase(doc[4], list(doc), quote_first=True)
    assert phrase is not None and phrase.root.text == "Haddon"


def test_an_aside_that_tells_the_reader_to_think_of_someone_is_no_cue(
    engine: QuoteEngine,
) -> None:
    text = (
        "The paradox of the first lady, says Carl Avery, a historian at the library, is "
        'that she was "one of the most powerful first ladies of the era," not for her '
        "policy influence (think Edith Wilson and Abigail Adams) but for her "
        '"personal influence over who saw the president."'
    )
    assert [q.speaker.name for q in engine.extract(text).quotes] == ["Carl Avery"] * 2


def test_an_attribution_right_after_a_quote_is_its_speakers(engine: QuoteEngine) -> None:
    text = (
        '"I never said that. I never said that," Hale said, after CNBC\'s Ann Cole said the '
        "front-runner had derisively referred to Sen. Tom Baxter (R-Ohio) as the "
        '"personal senator" of Facebook mogul Sam Reed.'
    )
    found = {q.text: q.speaker.name for q in engine.extract(text).quotes}
    assert found["I never said that. I never said that,"] == "Hale", found


def test_someone_speaks_and_a_name_glued_to_its_verb_does(engine: QuoteEngine) -> None:
    text = (
        "When someone in the crowd shouted, “Resign,” Hale joked, again using a mock drawl, "
        "“Not today, friend! Come on up and take the microphone!”"
    )
    found = {q.text: q.speaker.name for q in engine.extract(text).quotes}
    assert found["Resign,"] == "someone in the crowd", found
    assert found["Not today, friend! Come on up and take the microphone!"] == "Hale", found


def test_the_noun_state_gives_way_to_a_cue_further_on(engine: QuoteEngine) -> None:
    # "the secretary of state" names an office: the asker before it speaks.
    from mkdocs_quotes.engine.cue_window import cue_in_window

    doc = engine.nlp(
        "Rosa Lind, a housing activist, asked the former secretary of state during a "
        "Univision Facebook chat."
    )
    tokens = list(doc[:-1])
    found = cue_in_window(tokens, "before", {t.i for t in tokens})
    assert found is not None
    assert found[0].text.startswith("Rosa Lind")


def test_an_as_without_an_object_names_a_role_not_anyones_words(engine: QuoteEngine) -> None:
    # "denounced the plan as …" sets words on the plan; "served as …" has no object,
    # so the words in marks are a title, and no one is credited with them this way.
    text = 'Tom Hale served as "acting harbour master" for a year before the storm.'
    assert all(q.rule != "characterised_as" for q in engine.extract(text).quotes)
