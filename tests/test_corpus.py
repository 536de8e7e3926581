"""The site model: speakers resolved across articles, ids, lookups; no spaCy involved."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TypeVar

import pytest
from helpers import make_quote

from mkdocs_quotes import (
    Article,
    ArticleMeta,
    ArticleQuotes,
    Quote,
    SpeakerKind,
    SpeakerRef,
    quote_id,
)
from mkdocs_quotes.site.corpus import UNATTRIBUTED_NAME, build_corpus, name_key

T = TypeVar("T")


def make_article(slug: str, *paragraphs: str, date: str | None = None) -> Article:
    return Article(
        path=f"articles/{slug}.txt",
        slug=slug,
        title=f"Title of {slug}",
        meta=ArticleMeta(date=date),
        paragraphs=paragraphs,
    )


def quotes(*found: Quote, mentions: tuple[tuple[str, SpeakerKind], ...] = ()) -> ArticleQuotes:
    return ArticleQuotes(quotes=found, mentions=mentions)


A1 = make_article(
    "a1",
    'Pentagon spokesman John Kirby said: "Capacity is not going to be a problem."',
    '"We will move thousands," he added. A defense official said "it is over."',
)
A2 = make_article(
    "a2",
    'Kirby told reporters "the airport is secure." A defense official said "no comment."',
    'António Guterres said he was "deeply disturbed".',
)
A3 = make_article(
    "a3",
    'John Kirby was not quoted here. Antonio Guterres said "horrifying".',
    '"Nobody knows," someone said.',
)


def seed_items() -> list[tuple[Article, ArticleQuotes]]:
    return [
        (
            A1,
            quotes(
                make_quote(
                    A1,
                    "Capacity is not going to be a problem.",
                    "John Kirby",
                    mention="John Kirby",
                    role="Pentagon spokesman",
                ),
                make_quote(A1, "We will move thousands,", "John Kirby", mention="he", utterance=1),
                make_quote(
                    A1,
                    "it is over.",
                    "A defense official",
                    "unnamed",
                    mention="A defense official",
                    utterance=2,
                ),
            ),
        ),
        (
            A2,
            quotes(
                make_quote(
                    A2, "the airport is secure.", "Kirby", mention="Kirby", role="press secretary"
                ),
                make_quote(A2, "no comment.", "a defense official", "unnamed", utterance=1),
                make_quote(A2, "deeply disturbed", "António Guterres", utterance=2),
            ),
        ),
        (
            A3,
            quotes(
                make_quote(A3, "horrifying", "antonio  GUTERRES", role="UN Secretary-General"),
                make_quote(A3, "Nobody knows,", "he", "unknown", utterance=1),
                mentions=(("John Kirby", "person"), ("Joe Biden", "person")),
            ),
        ),
    ]


def test_the_same_name_is_one_speaker_across_articles_whatever_its_case_spacing_or_accents() -> (
    None
):
    corpus = build_corpus(seed_items())
    guterres = [s for s in corpus.speakers if "guterres" in s.name.lower()]
    assert len(guterres) == 1
    assert guterres[0].name == "António Guterres"  # the accented form is kept for display
    assert guterres[0].slug == "antonio-guterres"
    assert [q.article_slug for q in corpus.quotes_by_speaker("antonio-guterres")] == ["a2", "a3"]
    assert guterres[0].roles == ("UN Secretary-General",)


def test_a_lone_surname_joins_the_one_full_name_that_ends_in_it() -> None:
    corpus = build_corpus(seed_items())
    kirby = corpus.speaker("john-kirby")
    assert kirby.name == "John Kirby"
    assert kirby.aliases == ("Kirby",)
    assert kirby.roles == ("Pentagon spokesman", "press secretary")
    assert len(corpus.quotes_by_speaker("john-kirby")) == 3
    assert [a.slug for a in corpus.articles_quoting("john-kirby")] == ["a1", "a2"]
    assert "kirby" not in {s.slug for s in corpus.speakers}


def test_an_ambiguous_surname_joins_only_the_full_name_in_its_own_article() -> None:
    b1 = make_article("b1", 'John Smith said "one."')
    b2 = make_article("b2", 'Jane Smith said "two."')
    b3 = make_article("b3", 'Smith said "three."')
    b4 = make_article("b4", 'Jane Smith arrived. Smith said "four."')
    corpus = build_corpus(
        [
            (b1, quotes(make_quote(b1, "one.", "John Smith"))),
            (b2, quotes(make_quote(b2, "two.", "Jane Smith"))),
            (b3, quotes(make_quote(b3, "three.", "Smith"))),
            (
                b4,
                quotes(make_quote(b4, "four.", "Smith")),
            ),
        ]
    )
    by_quote = {q.quote.text: q.speaker_slug for q in corpus.quotes}
    assert by_quote["three."] == "smith"  # two candidates, none in b3: left alone
    # b4 quotes Jane Smith nowhere, so the corpus-wide ambiguity stays.
    assert by_quote["four."] == "smith"
    b5 = make_article("b5", 'Jane Smith said "five." Smith added "six."')
    corpus = build_corpus(
        [
            (b1, quotes(make_quote(b1, "one.", "John Smith"))),
            (b5, quotes(make_quote(b5, "five.", "Jane Smith"), make_quote(b5, "six.", "Smith"))),
        ]
    )
    by_quote = {q.quote.text: q.speaker_slug for q in corpus.quotes}
    assert by_quote["six."] == by_quote["five."] == "jane-smith"


def test_a_surname_never_joins_an_organisation() -> None:
    c1 = make_article("c1", 'The Foreign Office said "no." Office said "yes."')
    corpus = build_corpus(
        [
            (
                c1,
                quotes(
                    make_quote(c1, "no.", "The Foreign Office", "organisation"),
                    make_quote(c1, "yes.", "Office", "person"),
                ),
            )
        ]
    )
    assert {s.slug for s in corpus.speakers} == {"the-foreign-office", "office"}


def test_unnamed_sources_are_kept_apart_per_article() -> None:
    corpus = build_corpus(seed_items())
    unnamed = sorted(s.slug for s in corpus.speakers if s.kind == "unnamed")
    assert unnamed == ["a1-a-defense-official", "a2-a-defense-official"]
    assert len(corpus.quotes_by_speaker("a1-a-defense-official")) == 1


def test_unattributed_quotes_share_one_speaker() -> None:
    d1 = make_article("d1", '"One," someone said.')
    items = [*seed_items(), (d1, quotes(make_quote(d1, "One,", "Unattributed", "unknown")))]
    corpus = build_corpus(items)
    unknown = [s for s in corpus.speakers if s.kind == "unknown"]
    assert [(s.slug, s.name) for s in unknown] == [("unattributed", UNATTRIBUTED_NAME)]
    assert len(corpus.quotes_by_speaker("unattributed")) == 2


def test_quote_ids_are_the_model_ids_and_repeats_in_one_article_get_a_suffix() -> None:
    e1 = make_article("e1", 'He said "yes." She said "Yes!" Then "yes."')
    corpus = build_corpus(
        [
            (
                e1,
                quotes(
                    make_quote(e1, "yes.", "Al Bo"),
                    make_quote(e1, "Yes!", "Cy Do"),
                    make_quote(e1, "yes.", "Al Bo", occurrence=1),
                ),
            )
        ]
    )
    base = quote_id("e1", "yes")
    assert [q.id for q in corpus.quotes] == [base, f"{base}-2", f"{base}-3"]
    assert len({q.id for q in build_corpus(seed_items()).quotes}) == 6 + 0 + 2


def test_input_order_does_not_change_the_corpus() -> None:
    items = seed_items()
    expected = build_corpus(items)
    for seed in range(5):
        rng = random.Random(seed)

        def shuffle(things: Sequence[T], rng: random.Random = rng) -> list[T]:
            return rng.sample(list(things), len(things))

        shuffled = [
            (article, ArticleQuotes(tuple(shuffle(found.quotes)), found.mentions))
            for article, found in shuffle(items)
        ]
        assert build_corpus(shuffled) == expected
    assert [a.slug for a in expected.articles] == ["a1", "a2", "a3"]
    assert [s.slug for s in expected.speakers] == sorted(s.slug for s in expected.speakers)


def test_articles_that_mention_a_speaker_without_quoting_them() -> None:
    corpus = build_corpus(seed_items())
    assert [a.slug for a in corpus.articles_mentioning("john-kirby")] == ["a3"]
    assert [s.slug for s in corpus.mentioned_not_quoted("a3")] == ["john-kirby"]
    # Joe Biden is mentioned but quoted nowhere: no speaker, no page.
    assert "joe-biden" not in {s.slug for s in corpus.speakers}
    assert corpus.mentioned_not_quoted("a1") == ()


def test_paragraph_and_placement_come_from_the_offsets() -> None:
    corpus = build_corpus(seed_items())
    by_text = {q.quote.text: q for q in corpus.quotes}
    assert by_text["We will move thousands,"].paragraph == 1
    assert by_text["We will move thousands,"].in_text
    broken = Quote("not there", 5, 14, SpeakerRef("Al Bo", "person"), None, False, 0, 1)
    corpus = build_corpus([(A1, quotes(broken))])
    assert not corpus.quotes[0].in_text
    assert corpus.quotes[0].paragraph == 1


def test_speaker_slugs_never_take_the_index_page() -> None:
    f1 = make_article("f1", 'Index said "hi."')
    corpus = build_corpus([(f1, quotes(make_quote(f1, "hi.", "Index", "organisation")))])
    assert [s.slug for s in corpus.speakers] == ["index-2"]


def test_two_articles_with_one_slug_are_refused() -> None:
    with pytest.raises(ValueError, match="share the slug"):
        build_corpus([(A1, quotes()), (A1, quotes())])


def test_name_key_ignores_what_does_not_change_a_name() -> None:
    assert name_key("U.S. Embassy") == name_key("US  embassy") == "us embassy"
    assert name_key("António Guterres") == name_key("ANTONIO GUTERRES")


def test_lookups_agree_with_the_quote_list() -> None:
    corpus = build_corpus(seed_items())
    for q in corpus.quotes:
        assert corpus.quote(q.id) is q
        assert q in corpus.quotes_by_speaker(q.speaker_slug)
        assert q in corpus.quotes_in_article(q.article_slug)
        assert corpus.speaker(q.speaker_slug) in corpus.speakers_quoted_in(q.article_slug)


def speaker_of_each_quote(*items: tuple[Article, ArticleQuotes]) -> dict[str, str]:
    """Quote text -> the name of the speaker it is filed under."""
    corpus = build_corpus(list(items))
    return {q.quote.text: corpus.speaker(q.speaker_slug).name for q in corpus.quotes}


def test_the_article_decides_which_clinton_its_clinton_is_before_the_corpus() -> None:
    g1 = make_article("g1", 'Hillary Clinton said "one."')
    g2 = make_article("g2", 'Bill Clinton said "two."')
    g3 = make_article("g3", 'Bill Clinton spoke. Later Clinton said "three."')
    g4 = make_article("g4", 'Clinton said "four."')
    speakers = speaker_of_each_quote(
        (g1, quotes(make_quote(g1, "one.", "Hillary Clinton"))),
        (g2, quotes(make_quote(g2, "two.", "Bill Clinton"))),
        (g3, quotes(make_quote(g3, "three.", "Clinton"), mentions=(("Bill Clinton", "person"),))),
        (g4, quotes(make_quote(g4, "four.", "Clinton"))),
    )
    assert speakers == {
        "one.": "Hillary Clinton",
        "two.": "Bill Clinton",
        "three.": "Bill Clinton",
        "four.": "Clinton",
    }


def test_a_name_the_article_only_mentions_decides_only_if_it_reads_as_a_name() -> None:
    # "Fascist Trump" (a tagger's name) leaves the surname open; "Ban Ki-moon" takes it.
    h1 = make_article("h1", 'Donald Trump said "one." Eric Trump said "two."')
    h2 = make_article("h2", 'Fascist Trump signs. Trump said "three."')
    h3 = make_article("h3", 'Ban Ki-moon arrived. Ban said "four."')
    speakers = speaker_of_each_quote(
        (h1, quotes(make_quote(h1, "one.", "Donald Trump"), make_quote(h1, "two.", "Eric Trump"))),
        (h2, quotes(make_quote(h2, "three.", "Trump"), mentions=(("Fascist Trump", "person"),))),
        (h3, quotes(make_quote(h3, "four.", "Ban"), mentions=(("Ban Ki-moon", "person"),))),
    )
    assert speakers["three."] == "Trump"
    assert speakers["four."] == "Ban Ki-moon"


def test_a_first_name_alone_joins_a_person_only_where_its_article_uses_their_surname() -> None:
    k1 = make_article("k1", 'Donald Trump said "one." Beau Correll said "two."')
    k2 = make_article("k2", 'Trump was asked about it. Donald said "three."')
    k3 = make_article("k3", 'The Bidens grieved. Beau said "four."')
    k4 = make_article("k4", 'Hillary Clinton came. Hillary said "five."')
    speakers = speaker_of_each_quote(
        (
            k1,
            quotes(make_quote(k1, "one.", "Donald Trump"), make_quote(k1, "two.", "Beau Correll")),
        ),
        (k2, quotes(make_quote(k2, "three.", "Donald"))),
        (k3, quotes(make_quote(k3, "four.", "Beau"))),
        (k4, quotes(make_quote(k4, "five.", "Hillary"), mentions=(("Hillary Clinton", "person"),))),
    )
    assert speakers["three."] == "Donald Trump"
    assert speakers["four."] == "Beau"  # Beau Biden, not Beau Correll
    assert speakers["five."] == "Hillary Clinton"  # her article names her in full


def test_titles_and_words_glued_to_a_name_are_no_part_of_it() -> None:
    m1 = make_article("m1", 'Jeff Sessions said "one." Jeff Sessions said "two."')
    m2 = make_article("m2", 'Alabama Sen. Jeff Sessions said "three." For Sessions, "four."')
    corpus = build_corpus(
        [
            (
                m1,
                quotes(
                    make_quote(m1, "one.", "Jeff Sessions"), make_quote(m1, "two.", "Jeff Sessions")
                ),
            ),
            (
                m2,
                quotes(
                    make_quote(m2, "three.", "Alabama Sen. Jeff Sessions"),
                    make_quote(m2, "four.", "For Sessions"),
                ),
            ),
        ]
    )
    assert [(s.name, s.aliases) for s in corpus.speakers] == [("Jeff Sessions", ("Sessions",))]
    assert len(corpus.quotes_by_speaker("jeff-sessions")) == 4


def test_an_organisation_by_a_name_a_person_is_quoted_under_is_that_person() -> None:
    n1 = make_article("n1", 'Barack Obama said "one." Obama said "two." OBAMA said "three."')
    corpus = build_corpus(
        [
            (
                n1,
                quotes(
                    make_quote(n1, "one.", "Barack Obama"),
                    make_quote(n1, "two.", "Obama"),
                    make_quote(n1, "three.", "OBAMA", "organisation"),
                ),
            )
        ]
    )
    assert [(s.name, s.kind) for s in corpus.speakers] == [("Barack Obama", "person")]
