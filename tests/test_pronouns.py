"""Who a reporting "he" or "she" stands for: made-up texts, one per trap."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_quotes import QuoteEngine, SpeakerRef
from mkdocs_quotes.engine.domain import Mention
from mkdocs_quotes.engine.full_names import full_names_in_text
from mkdocs_quotes.engine.fullest_names import known_as
from mkdocs_quotes.engine.lexicon.given_names import gender_of_name
from mkdocs_quotes.engine.name_spotting import says_something
from mkdocs_quotes.engine.naming import resolve_pronoun
from mkdocs_quotes.engine.people_named import PeopleNamed, PersonMention
from mkdocs_quotes.engine.pronouns import (
    FEATURES,
    MentionHistory,
    NamedPerson,
    candidates,
    could_be_one_person,
    paragraph_of,
    weights,
)
from mkdocs_quotes.engine.relations import name_relation
from mkdocs_quotes.engine.skimming import skim_names
from mkdocs_quotes.engine.speakers import SpeakerResolver

PRONOUN_TEXTS = [
    # The person named in a paragraph nobody parsed, then by surname as a subject.
    (
        "Senator Paul Grant met voters in Dayton on Friday. Grant said the plant closure "
        "was a betrayal.\n\nThe company's chief executive, Laura Stein, defended the "
        'decision last week.\n\n"We were promised these jobs would stay here for good," '
        "he said.",
        "Paul Grant",
    ),
    # Never a name of the wrong gender, however near.
    (
        "Anna Berg, the coach, watched the game from the bench. Her assistant Mark Lund "
        'took notes.\n\n"We were lucky tonight and we know it," she said.',
        "Anna Berg",
    ),
    # The person talked about is not the one talking.
    (
        "Mayor Ana Lopez spoke at the council meeting on Monday.\n\nShe says Governor Mark "
        'Hill represents the worst of state politics. "He has never once visited this '
        'town in four years," she added.',
        "Ana Lopez",
    ),
    # Named in full in a parsed paragraph, then by surname alone as the subject of a
    # paragraph nobody parsed: the person a reader follows, not the possessive nearby.
    (
        'Mayor Tom Reyes opened the session. "We start on time," Reyes said.\n\n'
        "Later, Reyes criticised the budget plan of Councillor Dan Moore's allies.\n\n"
        '"This plan would close two libraries," he said.',
        "Tom Reyes",
    ),
    # A surname after an honorific, in a paragraph nobody parsed, is a person.
    (
        "Councillor Dan Moore spoke first and took questions.\n\nFor his part, Mr. Reyes "
        'said the vote was premature.\n\n"We need another month," he said.',
        "Reyes",
    ),
    # A given name both sexes bear yields to what the article says of the person.
    (
        'Navy widow Pat Olsen spoke after Mayor Carl Dunn.\n\n"Nobody asked the families '
        'what they needed," she said.',
        "Pat Olsen",
    ),
]


def test_skimming_finds_surnames_honorifics_and_subjects() -> None:
    known = {"Reyes": "Tom Reyes"}
    found = skim_names(
        "For his part, Mr. Lund said so. Reyes has also spoken, said Anna Berg. "
        "It concerns Mark Ode, a mayor.",
        0,
        0,
        known,
    )
    relations = {p.name: p.relation for p in found}
    assert relations == {
        "Lund": "subject",
        "Tom Reyes": "subject",
        "Anna Berg": "subject",
        "Mark Ode": "other",
    }
    assert known["Lund"] == "Lund" and known["Berg"] == "Anna Berg"


@pytest.mark.parametrize(("text", "speaker"), PRONOUN_TEXTS)
def test_a_pronoun_is_the_person_it_means(engine: QuoteEngine, text: str, speaker: str) -> None:
    assert engine.extract(text).quotes[-1].speaker.name == speaker


def test_a_known_gender_rules_a_candidate_out() -> None:
    people = [
        NamedPerson(0, 0, "Anna Berg", None, "subject", False),
        NamedPerson(40, 0, "Mark Lund", None, "object", False),
    ]
    genders: dict[str, str | None] = {"Anna Berg": "f", "Mark Lund": "m"}
    found = candidates("f", 100, [0], people, [], genders)
    assert [c.name for c in found] == ["Anna Berg"]
    unknown = candidates("m", 100, [0], people, [(50, SpeakerRef("Sam Oak", "person"))], {})
    assert [c.name for c in unknown] == ["Sam Oak", "Mark Lund", "Anna Berg"]  # newest first


def test_the_shipped_weights_fit_the_features() -> None:
    assert len(weights()) == len(FEATURES)


@pytest.mark.parametrize(
    ("name", "one_person"),
    [
        ("Dana Ortiz", True),
        ("Ortiz", True),
        ("Ohio Republican", False),  # a party's follower, not one named person
        ("Ortizes", False),  # a family, when "Ortiz" is someone's surname
        ("Dana Ortiz’s", False),  # a possessive left in a name
        ("Northern Command", False),
        ("Prairie Journalism", False),  # an outlet: "as reported by Prairie Journalism"
    ],
)
def test_he_or_she_means_one_person(name: str, one_person: bool) -> None:
    assert could_be_one_person(name, {"Ortiz"}) is one_person


def test_a_suffix_is_no_surname() -> None:
    known: dict[str, str] = {}
    found = skim_names("Admiral Harry Lamb Jr. spoke. Lamb said so.", 0, 0, known)
    assert "Jr" not in known and "Jr." not in known
    assert [p.name for p in found if p.relation == "subject"][-1:] == ["Harry Lamb"]


def test_a_bare_surname_finds_the_person_a_suffix_distinguishes() -> None:
    # "Lamb says" after "Brent Lamb III" and his father "Brent Lamb": the son is a Lamb
    # too, not someone surnamed "III".
    people = PeopleNamed()
    people.add(PersonMention(0, "Brent Lamb III", None, "m", True, in_full=True))
    people.add(PersonMention(40, "Brent Lamb III", None, "m", True))
    people.add(PersonMention(90, "Brent Lamb", None, "m", False, in_full=True))
    assert people.has_surname("Lamb") and not people.has_surname("III")
    assert people.full_forms("Lamb", quoted=False) == {"Brent Lamb III": 2, "Brent Lamb": 1}


def test_a_person_is_shown_by_the_name_the_article_says_they_go_by(
    engine: QuoteEngine,
) -> None:
    text = (
        "Robert Hale grew up in Ohio and studied law there for years before politics.\n\n"
        "Friends remember Mr. Hale, known as Bobby, as a quiet boy who read a lot.\n\n"
        '"I never wanted to run for anything," Mr. Hale said on Monday.'
    )
    assert engine.extract(text).quotes[-1].speaker.name == "Bobby Hale"
    # A headline's capitalised words are no name with a nickname set in quotes.
    assert known_as('Carly "Horrified By" Cruz\n\nJohn "Jack" Reed spoke.') == {
        "John Reed": "Jack Reed"
    }


def test_a_nickname_in_quotes_stands_inside_a_full_name() -> None:
    # The bare "Voss said" later is the man named with his nickname in quotes.
    line = "the rally heard from former sergeant and Marine Peter “Pip” Voss on Sunday."
    assert full_names_in_text(line, "Voss") == {"Peter Voss": 1}


_PEOPLE = ("Ana Ruiz", "Ruiz", "Tom Hale", "Hales", "Lee Park", "Park's")
_RELATIONS = ("subject", "possessive", "object", "oblique", "other")


@st.composite
def _article_so_far(
    draw: st.DrawFn,
) -> tuple[list[int], list[NamedPerson], list[tuple[int, SpeakerRef]], list[int]]:
    """Paragraph starts, mentions and quotes in text order, and pronoun positions."""
    starts = sorted({0, *draw(st.lists(st.integers(1, 2000), max_size=30))})
    positions = sorted(draw(st.lists(st.integers(0, 2100), min_size=1, max_size=40, unique=True)))
    named, heard = [], []
    for at in positions:
        paragraph = paragraph_of(at, starts)
        name = draw(st.sampled_from(_PEOPLE))
        if draw(st.booleans()):
            relation = draw(st.sampled_from(_RELATIONS))
            named.append(NamedPerson(at, paragraph, name, None, relation, draw(st.booleans())))
        else:
            kind = draw(st.sampled_from(("person", "person", "organisation")))
            heard.append((at, SpeakerRef(name, kind, None, draw(st.sampled_from((None, "aide"))))))
    asked = draw(st.lists(st.integers(0, 2200), min_size=1, max_size=10))
    return starts, named, heard, asked


@given(_article_so_far(), st.sampled_from(("m", "f")))
def test_a_history_fed_as_the_article_is_read_answers_as_one_fed_at_once(
    article: tuple[list[int], list[NamedPerson], list[tuple[int, SpeakerRef]], list[int]],
    gender: str,
) -> None:
    """The resolver's history takes in mentions and quotes as they come and is asked
    at every pronoun: it must answer as if it had been given everything before."""
    starts, named, heard, asked = article
    genders: dict[str, str | None] = {"Ana Ruiz": "f", "Tom Hale": "m"}
    growing = MentionHistory(starts)
    named_so_far: list[NamedPerson] = []
    heard_so_far: list[tuple[int, SpeakerRef]] = []
    events = sorted(
        [(p.position, 0, p) for p in named] + [(s, 1, r) for s, r in heard],
        key=lambda e: (e[0], e[1]),
    )
    for at, _, item in events:
        if isinstance(item, NamedPerson):
            named_so_far.append(item)
        else:
            heard_so_far.append((at, item))
        growing.sync(named_so_far, heard_so_far)
        for position in asked:
            fresh = candidates(gender, position, starts, named_so_far, heard_so_far, genders)
            assert growing.candidates(gender, position, genders.get) == fresh


def test_a_known_surname_counts_wherever_it_stands_and_however_it_is_tagged() -> None:
    import spacy
    from spacy.tokens import Doc

    from mkdocs_quotes.engine.speakers import SpeakerResolver

    first = "Ruth Fenner and Polly Marsh survived the fire.\n\n"
    # A paragraph parsed for context only (no NER), as the small model tags it: the
    # surname read as a plural noun, a subject all the same, and a later object.
    words = "Fenner called her son a hero before she forgave Carl Ode .".split()
    tags = "NNS VBD PRP$ NN DT NN IN PRP VBD NNP NNP .".split()
    heads = [1, 1, 3, 1, 5, 1, 8, 8, 1, 10, 8, 1]
    deps = "nsubj ROOT poss dobj det oprd mark nsubj advcl compound dobj punct".split()
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, heads=heads, deps=deps)
    text = first + doc.text
    resolver = SpeakerResolver(text, (), [0, len(first)])
    resolver.skim(first.strip(), 0)
    resolver.observe(doc[:], len(first))
    fenner = [p for p in resolver.named if p.name == "Ruth Fenner"]
    assert [p.relation for p in fenner] == ["other", "subject"]


def test_a_reporting_it_is_the_body_the_sentence_before_made_its_subject(
    engine: QuoteEngine,
) -> None:
    # The nearest body is the council the coalition wrote to; "it" is the coalition.
    text = (
        "A coalition of nearly 40 groups sent a letter this week urging the council to "
        "pass the measure.\n\n"
        '"The fact that the council has failed to act is appalling," it read.'
    )
    assert [q.speaker.name for q in engine.extract(text).quotes] == [
        "A coalition of nearly 40 groups"
    ]


def test_an_it_with_no_body_or_text_before_it_names_no_one(engine: QuoteEngine) -> None:
    text = 'The rain kept falling on the town all week.\n\n"Stay indoors," it said.'
    assert all(q.speaker.name != "it" for q in engine.extract(text).quotes)


def test_a_reporting_it_keeps_the_subject_over_a_paragraph_that_calls_it_it(
    engine: QuoteEngine,
) -> None:
    text = (
        "A letter from the nurses' union reached the board on Monday. "
        '"We have waited long enough for safe staffing," it said.\n\n'
        "It also raised a core complaint: that the wards are short of staff.\n\n"
        '"Only one in three of us feels safe at work," it added.'
    )
    assert [q.speaker.name for q in engine.extract(text).quotes] == [
        "A letter from the nurses' union"
    ] * 2


def test_a_firm_named_like_a_person_is_no_he_or_she() -> None:
    # "Marlow Strategies" has the shape of a name; its last word says it is a firm.
    assert not could_be_one_person("Marlow Strategies", set())
    assert not could_be_one_person("Fenwick Research", set())
    assert could_be_one_person("Ann Marlow", set())


def test_a_lone_surname_says_no_gender_though_the_census_lists_it() -> None:
    # "Carter", "Murray": census given names, but a lone word in news is mostly a
    # surname on second reference; the full name still says.
    assert gender_of_name("Carter") is None
    assert gender_of_name("Carter Page") == "m"
    assert gender_of_name("Melanie") == "f"  # a common given name says it alone
    resolver = SpeakerResolver("Carter pressed the witnesses.")
    assert resolver.may_be("Carter", "she") and resolver.may_be("Carter", "he")


def test_a_shared_surname_is_the_namesake_the_text_has_turned_to(engine: QuoteEngine) -> None:
    # Two people, one surname: "Ode" after Paul Ode is introduced as a subject means
    # him, though Mark Ode was named first and more; so does the "he" that follows.
    text = (
        'Senate candidate Mark Ode has led the race all summer. "We will win in '
        'November," Ode said. "Nobody doubts it," Ode added.\n\n'
        'Paul Ode, the state treasurer, says the budget is "sound."\n\n'
        'Ode told reporters on Friday that the deficit was "shrinking."\n\n'
        '"We have balanced every book in this state," he said. Ode added, "Nobody '
        'can say otherwise."'
    )
    speakers = [q.speaker.name for q in engine.extract(text).quotes]
    assert speakers == ["Mark Ode"] * 2 + ["Paul Ode"] * 4


def test_a_namesake_named_in_passing_leaves_the_surname_to_the_main_person(
    engine: QuoteEngine,
) -> None:
    text = (
        'Governor Tom Vance has led the state for six years. "It has been an '
        'honour," he said.\n\nOn Monday the governor thanked his wife, Mary Vance, '
        'for her "patience."\n\n"We start the new session today," Vance said.'
    )
    assert engine.extract(text).quotes[-1].speaker.name == "Tom Vance"


def test_according_to_names_a_source_as_a_subject_does(engine: QuoteEngine) -> None:
    # "According to Hale, …" says Hale is the one talking, not a bystander in a
    # prepositional phrase; parsed or skimmed.
    doc = engine.nlp("According to Dan Hale, the governor's plan would close two schools.")
    hale = next(e for e in doc.ents if e.text == "Dan Hale")
    assert name_relation(hale) == "subject"
    found = skim_names(
        "According to Hale, the plan would close schools.", 0, 0, {"Hale": "Dan Hale"}
    )
    assert [(p.name, p.relation) for p in found] == [("Dan Hale", "subject")]


def test_the_subject_of_an_inner_clause_is_not_whom_the_next_quote_is_by(
    engine: QuoteEngine,
) -> None:
    # Reed is a subject, but of "reports that …": the paragraph is about Hale.
    text = (
        'Councillor Dan Hale has fought the closure for months. "We will not give up," '
        "he said.\n\nHale responded on Friday to reports that Mayor Tom Reed planned to "
        'close the library.\n\n"This is a betrayal of every family here," he said.'
    )
    assert "Dan Hale" in engine.extract(text).quotes[-1].speaker.name
    doc = engine.nlp("While Tom Reed was away, Dan Hale ran the office.")
    relations = {e.text: name_relation(e) for e in doc.ents}
    assert relations == {"Tom Reed": "clause_subject", "Dan Hale": "subject"}


def test_a_skimmed_possessive_is_the_person_as_a_possessor() -> None:
    # "Mayor Ana Lopez’s speech": the skim's words end in the "’s"; the person is Ana
    # Lopez (who may be the "she" that follows), as a possessor, not "Ana Lopez’s".
    found = skim_names("Mayor Ana Lopez’s speech ran long. Lopez's aides left.", 0, 0, {})
    assert [(p.name, p.relation) for p in found] == [
        ("Ana Lopez", "possessive"),
        ("Ana Lopez", "possessive"),
    ]


def test_a_surname_the_parser_hangs_on_a_verb_as_a_compound_is_still_a_name(
    engine: QuoteEngine,
) -> None:
    # The tagger reads "Lane bristles" as a noun compound; the paragraph is about Lane,
    # not about the professor quoted just before.
    text = (
        'Congressman Bobby Lane has served for twenty years. "I love this job," Lane '
        'said.\n\n"He has never raised big money," said Quinn Ford, a professor at '
        "Dayton College.\n\nLane bristles at the suggestion he won't be ready. \"I have "
        'raised all I have needed to win," he said.'
    )
    assert engine.extract(text).quotes[-1].speaker.name == "Bobby Lane"


def test_a_title_run_before_a_given_name_is_no_part_of_the_name(engine: QuoteEngine) -> None:
    # The paragraph before the quote is parsed without the entity tagger: "Senate
    # Majority Whip Tom Vance" is Tom Vance, the one who answers, not the senator
    # quoted above.
    text = (
        '"This bill is shameful," said Senator Carl Ruiz of Ohio.\n\nSenate Majority '
        "Whip Tom Vance responded by standing next to a large photo of the flooded "
        'town.\n\n"I will tell you what shameful is," he said.'
    )
    assert engine.extract(text).quotes[-1].speaker.name == "Tom Vance"


def test_a_lone_proper_noun_that_says_something_is_a_person(engine: QuoteEngine) -> None:
    # The paragraph before the quote is parsed without the entity tagger; "Okoro said"
    # makes Okoro someone, the "she" of the quote, not the mayor Okoro talks about.
    text = (
        "Mayor Carla Diaz opened the rally at the plant gates.\n\n"
        "Okoro said Diaz had not visited the plant in a year.\n\n"
        '"She only comes when the cameras do," she said.'
    )
    assert engine.extract(text).quotes[-1].speaker.name == "Okoro"
    doc = engine.nlp("He said the Donald said so, and Lopez-Cantera said no.")
    assert not any(says_something(t) for t in doc)


def test_a_clause_a_he_reports_after_it_keeps_its_subject(engine: QuoteEngine) -> None:
    # "Reed was against the plan, he said": what "he" says of himself; "he believes
    # Reed is right" is about someone else.
    for sentence, relation in (
        ("Tom Reed was against the plan from the start, he said on Monday.", "subject"),
        ("He believes that Tom Reed is right about the plan.", "clause_subject"),
    ):
        reed = next(e for e in engine.nlp(sentence).ents if e.text == "Tom Reed")
        assert name_relation(reed) == relation


def test_a_pronoun_speaker_s_role_is_cut_to_a_title_as_a_named_one_s() -> None:
    # The role recorded where the article named the person is raw apposition; shown
    # for a "she said" quote, it is cleaned as a named speaker's role is.
    text = "Ann Ruiz, the author of ''Broken Lines,'' spoke.\n\n''We read too little,'' she said."
    resolver = SpeakerResolver(text)
    resolver.named.append(
        NamedPerson(0, 0, "Ann Ruiz", "author of ''Broken Lines", "subject", False)
    )
    she = SpeakerRef("she", "unknown", Mention("she", text.index("she"), text.index("she") + 3))
    speaker, _ = resolve_pronoun(she, text.index("We"), resolver, [])
    assert speaker.name == "Ann Ruiz" and speaker.role is None
