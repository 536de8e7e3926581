"""The review queue: made-up articles through the real engine, then the queue and its YAML."""

from __future__ import annotations

from dataclasses import replace

import pytest
import yaml
from helpers import make_quote
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_quotes import Article, ArticleMeta, ArticleQuotes, QuoteEngine
from mkdocs_quotes.site.corpus import Corpus, build_corpus
from mkdocs_quotes.site.review import KIND_ORDER, odd_name_reason, review_queue
from mkdocs_quotes.site.review_text import (
    correction_yaml,
    review_table,
    yaml_scalar,
    yaml_skeleton,
)

# Each article gives the queue one kind of doubt, or the names another one is doubted by.
TEXTS = {
    "bill": (
        "Bill Clinton spoke at the library in Little Rock on Monday.",
        '"The library is open to all," Bill Clinton said.',
    ),
    "hillary": (
        "Hillary Clinton visited Iowa on Tuesday.",
        '"We will win Iowa," Hillary Clinton told supporters.',
    ),
    # "Clinton" alone: Bill or Hillary? The corpus can't tell; an editor can.
    "clinton": (
        "The former first family returned to Arkansas.",
        '"It is good to be home," Clinton said.',
    ),
    # "he" after two men: a close call.
    "rally": (
        "Senator Mark Hale met Governor Paul Stone before the rally in Denver.",
        "The two men talked for an hour about the budget and the roads.",
        '"We agreed on almost everything," he said.',
    ),
    # A title alone taken for a name ("a Kentucky Republican" is no longer one: the
    # engine keeps a party member's description unnamed).
    "title": ('Vice President said "the people have spoken."',),
    # A quote-only paragraph after a sentence whose subject is a number.
    "march": ("Hundreds marched through the town on Sunday.", '"Stop the war now."'),
    "weather": (
        "The weather was bad.",
        '"Nobody could have predicted how much rain would fall on the valley in one night."',
    ),
}


def article(slug: str, *paragraphs: str) -> Article:
    return Article(
        path=f"articles/{slug}.txt",
        slug=slug,
        title=f"Title of {slug}",
        meta=ArticleMeta(),
        paragraphs=paragraphs,
    )


@pytest.fixture(scope="module")
def corpus(engine: QuoteEngine) -> Corpus:
    articles = [article(slug, *paragraphs) for slug, paragraphs in TEXTS.items()]
    found = engine.extract_many([a.text for a in articles])
    return build_corpus(list(zip(articles, found, strict=True)))


def speaker_names(corpus: Corpus, quote_id: str) -> str:
    return corpus.speaker(corpus.quote(quote_id).speaker_slug).name


def test_each_kind_of_doubt_is_found_most_doubtful_first(corpus: Corpus) -> None:
    entries = review_queue(corpus)
    kinds = [e.kind for e in entries]
    assert kinds == sorted(kinds, key=KIND_ORDER.index)
    assert KIND_ORDER[:4] == ("unattributed", "name_variant", "odd_name", "low_confidence")
    by_kind = {e.kind: e for e in entries}
    assert set(by_kind) == {"unattributed", "low_confidence", "odd_name", "name_variant"}

    unattributed = by_kind["unattributed"]
    assert unattributed.article_slug == "weather" and unattributed.paragraph == 1
    assert unattributed.paragraph_text == TEXTS["weather"][1]
    assert unattributed.speakers[0].kind == "unknown"
    assert unattributed.correction.section == "quotes"
    assert unattributed.correction.key == unattributed.quote_ids[0]

    doubtful = by_kind["low_confidence"]
    assert doubtful.article_slug == "rally" and '"he"' in doubtful.reason
    assert doubtful.correction.fields == (("speaker", doubtful.speakers[0].name),)
    assert doubtful.speakers[0].name in ("Mark Hale", "Paul Stone")

    odd = {e.speakers[0].name: e for e in entries if e.kind == "odd_name"}
    assert set(odd) == {"President", "Hundreds"}
    assert "description" in odd["President"].reason
    assert odd["Hundreds"].correction.fields == (("hide", True),)

    variant = by_kind["name_variant"]
    assert variant.speakers[0].name == "Clinton"
    assert variant.speakers[1].name in ("Bill Clinton", "Hillary Clinton")
    assert "Bill Clinton" in variant.reason and "Hillary Clinton" in variant.reason
    assert variant.correction.fields == (("aliases", ("Clinton",)),)
    assert all(speaker_names(corpus, i) == "Clinton" for i in variant.quote_ids)


def test_what_the_editors_corrected_is_left_out(corpus: Corpus) -> None:
    entries = review_queue(corpus)
    done = frozenset(
        {next(e for e in entries if e.kind == "unattributed").quote_ids[0], "President"}
    )
    left = review_queue(corpus, already_reviewed=done)
    assert [e.kind for e in left].count("unattributed") == 0
    assert "President" not in {s.name for e in left for s in e.speakers}
    assert len(left) == len(entries) - 2


def test_what_the_corrections_file_settled_is_left_out(corpus: Corpus) -> None:
    entries = review_queue(corpus)
    doubtful = next(e for e in entries if e.kind == "unattributed").quote_ids[0]
    odd = next(e for e in entries if e.kind == "odd_name").speakers[0].name
    settled = Corpus(
        articles=corpus.articles,
        quotes=tuple(
            replace(q, status="verified") if q.id == doubtful else q for q in corpus.quotes
        ),
        speakers=tuple(
            replace(s, from_editors=True) if s.name == odd else s for s in corpus.speakers
        ),
        mentioned=corpus.mentioned,
    )
    left = review_queue(settled)
    assert doubtful not in {i for e in left for i in e.quote_ids}
    assert odd not in {s.name for e in left for s in e.speakers}
    assert len(left) == len(entries) - 2


def test_medium_confidence_only_when_asked(corpus: Corpus) -> None:
    assert all(e.kind != "medium_confidence" for e in review_queue(corpus))
    medium = [e for e in review_queue(corpus, include_medium=True) if e.kind == "medium_confidence"]
    assert medium and all(corpus.quote(e.quote_ids[0]).quote.confidence == "medium" for e in medium)
    assert review_queue(corpus, include_medium=True)[-len(medium) :] == tuple(medium)


def test_two_names_apart_only_by_a_suffix_are_a_variant() -> None:
    one = article("one", '"We back Cruz," Brent Bozell said.')
    two = article("two", '"Conservatives are tired," Brent Bozell III said.')
    corpus = build_corpus(
        [
            (one, ArticleQuotes((make_quote(one, "We back Cruz,", "Brent Bozell"),))),
            (
                two,
                ArticleQuotes((make_quote(two, "Conservatives are tired,", "Brent Bozell III"),)),
            ),
        ]
    )
    (entry,) = review_queue(corpus)
    assert entry.kind == "name_variant"
    assert [s.name for s in entry.speakers] == ["Brent Bozell", "Brent Bozell III"]
    assert correction_yaml(entry.corrections) == (
        "speakers:\n  Brent Bozell III:\n    aliases: [Brent Bozell]"
        "     # names merged into this speaker\n"
    )


@pytest.mark.parametrize(
    ("name", "kind", "odd"),
    [
        ("Kentucky Republican", "person", "description"),
        ("a Kentucky Republican", "unnamed", None),
        ("Sirius XM Vice President", "person", "description"),
        ("Donald Trump’s", "person", "possessive"),
        ("D MA", "person", "initials"),
        ('Said "yes', "person", "quotation mark"),
        ("Agent 47", "person", "digit"),
        ("Council", "person", "organisation"),
        ("Transcript", "person", "a text"),
        ("group", "organisation", "common word"),
        ("Some", "unnamed", "counts"),
        ("Thousands", "person", "counts"),
        ("the case", "unnamed", "no person"),
        ("Clinton’s attacks", "unnamed", "no person"),
        ("Maria Anna Sofia de la Cruz Lopez", "person", "words long"),
        ("John Kirby", "person", None),
        ("Ban Ki-moon", "person", None),
        ("US Embassy", "organisation", None),
        ("a Pentagon spokesman", "unnamed", None),
        ("the statement", "unnamed", None),
        ("One Club for Growth ad", "unnamed", None),
        ("About four in 10 South Carolina voters", "unnamed", None),
        ("one of his aides", "unnamed", None),
    ],
)
def test_odd_names(name: str, kind: str, odd: str | None) -> None:
    reason = odd_name_reason(name, kind)
    assert (reason is None) == (odd is None), reason
    assert odd is None or (reason is not None and odd in reason)


@pytest.mark.parametrize(
    "value",
    ["3f2a9c1b0d", "1234567890", "12e4567890", "yes", "null", "~", "Kirby: a spokesman",
     "#tag", "O'Brien", "'quoted'", "trailing ", "[list]", "- dash", "", "a # b", "António"],
)  # fmt: skip
def test_yaml_scalars_read_back_as_themselves(value: str) -> None:
    assert yaml.safe_load(f"key: {yaml_scalar(value)}") == {"key": value}


@given(st.text(max_size=40))
def test_any_text_reads_back_as_itself(value: str) -> None:
    assert yaml.safe_load(f"{yaml_scalar(value)}: {yaml_scalar((value, 'x'))}") == {
        value: [value, "x"]
    }


def test_the_skeleton_parses_and_each_entry_uncomments_into_a_correction(corpus: Corpus) -> None:
    entries = review_queue(corpus)
    text = yaml_skeleton(corpus, entries)
    assert yaml.safe_load(text) == {"speakers": None, "quotes": None}
    # Taking one "#" off every commented line of the entries makes them corrections.
    lines = text.splitlines()
    live = [
        line.replace("# ", "", 1)
        if line.startswith("  # ")
        and not line.startswith(("  # Un", "  # Od", "  # Do", "  # Na"))
        and not line.startswith("  #   “")
        else line
        for line in lines
    ]
    parsed = yaml.safe_load("\n".join(live))
    unattributed = next(e for e in entries if e.kind == "unattributed")
    assert parsed["quotes"][unattributed.quote_ids[0]] == {"speaker": ""}
    assert parsed["speakers"]["President"] == {"hide": True}
    assert parsed["speakers"]["Hundreds"] == {"hide": True}
    variant = next(e for e in entries if e.kind == "name_variant")
    assert parsed["speakers"][variant.speakers[1].name] == {"aliases": ["Clinton"]}


def test_the_table_names_every_entry(corpus: Corpus) -> None:
    entries = review_queue(corpus)
    table = review_table(corpus, entries, width=100)
    assert table.startswith(f"{len(entries)} entries to review")
    for number, entry in enumerate(entries, start=1):
        assert f"{number:>3}. " in table and entry.quote_ids[0] in table
    assert "rally.txt, paragraph 3" in table
    assert review_table(corpus, ()) == "Nothing to review.\n"


def test_quotes_that_continue_a_doubtful_one_are_one_entry(engine: QuoteEngine) -> None:
    rally = article(
        "rally",
        *TEXTS["rally"][:2],
        '"We agreed on almost everything," he said. "The roads come first."',
    )
    corpus = build_corpus([(rally, engine.extract(rally.text))])
    (entry,) = review_queue(corpus)
    first, second = corpus.quotes
    assert second.quote.rule == "continues_previous_quote"
    assert entry.quote_ids == (first.id, second.id)
    assert entry.reason.endswith("(1 quote continues it)")
    pasted = yaml.safe_load(correction_yaml(entry.corrections))
    name = entry.speakers[0].name
    assert pasted == {"quotes": {first.id: {"speaker": name}, second.id: {"speaker": name}}}
    skeleton = yaml_skeleton(corpus, [entry])
    assert f"  # {first.id}:" in skeleton and f"  # {second.id}:" in skeleton
    # Left out once the editors have settled both quotes, not just the first.
    assert review_queue(corpus, already_reviewed=frozenset({first.id}))
    assert not review_queue(corpus, already_reviewed=frozenset({first.id, second.id}))
