"""Article paragraphs as a reader sees them: the article's words intact, the speaker's
mention linked in place, a badge only where the paragraph does not say who speaks."""

from __future__ import annotations

import markdown
from bs4 import BeautifulSoup, Tag
from helpers import make_quote

from mkdocs_quotes import Article, ArticleMeta, ArticleQuotes, Quote
from mkdocs_quotes.site.corpus import Corpus, build_corpus
from mkdocs_quotes.site.marked_paragraphs import article_paragraphs
from mkdocs_quotes.site.render import RenderOptions, render_site
from mkdocs_quotes.site.render_views import SiteUris

URIS = SiteUris("articles", "speakers", "quotes")
PAGE = "articles/a.md"


def article(*paragraphs: str) -> Article:
    return Article("/docs/articles/a.txt", "a", "Title", ArticleMeta(), paragraphs)


def quote(
    art: Article,
    words: str,
    name: str,
    mention: str | None = None,
    *,
    utterance: int = 0,
    occurrence: int = 0,
    mention_at: int | None = None,
    cue: str | None = "said",
    partial: bool = False,
) -> Quote:
    """A quote of ``words`` (its ``occurrence``-th appearance) attributed through ``mention``."""
    return make_quote(
        art,
        words,
        name,
        mention=mention,
        mention_at=mention_at,
        cue=cue,
        partial=partial,
        occurrence=occurrence,
        utterance=utterance,
    )


def corpus_of(art: Article, *quotes: Quote) -> Corpus:
    return build_corpus([(art, ArticleQuotes(quotes))])


def paragraphs_html(corpus: Corpus, only: int | None = None) -> list[Tag]:
    """Each paragraph's <span class="mq-para">, through Python-Markdown as MkDocs would."""
    paragraphs, _ = article_paragraphs(corpus, corpus.articles[0], PAGE, URIS, only=only)
    html = markdown.markdown(
        "\n\n".join(paragraphs), extensions=["toc", "tables", "attr_list", "md_in_html"]
    )
    return BeautifulSoup(html, "html.parser").select("span.mq-para")


def sibling_text(tag: Tag, previous: bool = False) -> str:
    sibling = tag.find_previous_sibling() if previous else tag.find_next_sibling()
    assert isinstance(sibling, Tag), tag
    return sibling.get_text()


def test_a_pronoun_is_linked_and_titled_and_the_words_stay_as_written() -> None:
    text = '"We don\'t know what is going on," he told AFP.'
    art = article(text)
    [para] = paragraphs_html(
        corpus_of(art, quote(art, "We don't know what is going on,", "Khairddin Logari", "he"))
    )
    assert para.get_text() == text  # no "— Khairddin Logari" inserted
    [link] = para.select("a")
    assert link.get_text() == "he"
    assert link["href"] == "../speakers/khairddin-logari.md"
    assert link["title"] == "Khairddin Logari"
    assert link.parent is not None and link.parent.get("class") == ["mq-by"]
    assert not para.select(".mq-who")
    [mark] = para.select("mark.mq-quote")
    assert mark.get_text() == '"We don\'t know what is going on,"'


def test_a_full_name_is_linked_plainly_and_a_partial_one_gets_a_title() -> None:
    art = article(
        'Pentagon spokesman John Kirby said "capacity is fine."',
        '"It is," Kirby added.',
    )
    corpus = corpus_of(
        art,
        quote(art, "capacity is fine.", "John Kirby", "Pentagon spokesman John Kirby"),
        quote(
            art, "It is,", "John Kirby", "Kirby", utterance=1, mention_at=art.text.rindex("Kirby")
        ),
    )
    first, second = paragraphs_html(corpus)
    [named] = first.select("a")
    assert named.get_text() == "Pentagon spokesman John Kirby"
    assert named["title"] == "John Kirby"  # the words hold more than the name
    assert not first.select(".mq-by")  # ...but they name him: no name shown after them
    [partial] = second.select("a")
    assert partial.get_text() == "Kirby" and partial["title"] == "John Kirby"
    assert not second.select(".mq-by, .mq-who")

    exact = article('John Kirby said "yes."')
    [para] = paragraphs_html(corpus_of(exact, quote(exact, "yes.", "John Kirby", "John Kirby")))
    assert not para.select("a")[0].has_attr("title")


def test_the_second_half_of_an_utterance_needs_no_badge_when_the_paragraph_names_it() -> None:
    art = article('"A first thing," he said. "A second thing."')
    for second_mention in ("he", None):
        corpus = corpus_of(
            art,
            quote(art, "A first thing,", "Al Bo", "he"),
            quote(art, "A second thing.", "Al Bo", second_mention),
        )
        [para] = paragraphs_html(corpus)
        assert len(para.select("a")) == 1, second_mention
        assert not para.select(".mq-who"), second_mention
        assert para.get_text() == art.text


def test_a_quote_only_paragraph_gets_a_small_badge_with_the_name() -> None:
    art = article('"We will rebuild," she said.', '"The money is there."')
    corpus = corpus_of(
        art,
        quote(art, "We will rebuild,", "Jane Doe", "she"),
        # The engine carries the speaker over: the mention lies in the paragraph before.
        quote(art, "The money is there.", "Jane Doe", "she", utterance=1),
    )
    first, second = paragraphs_html(corpus)
    assert not first.select(".mq-who")
    [badge] = second.select("sup.mq-who")
    [link] = badge.select("a")
    assert link.get_text() == "Jane Doe" and link["href"] == "../speakers/jane-doe.md"
    # The badge follows the quote; the article's words are all still there, in order.
    mark = second.select_one("mark")
    assert mark is not None and mark.find_next_sibling() is badge
    assert second.get_text() == art.paragraphs[1] + "Jane Doe"


def test_a_missing_or_misplaced_mention_falls_back_to_one_badge_per_utterance() -> None:
    art = article('"One," and "two," said the man who spoke.', 'Another "three" here.')
    corpus = corpus_of(
        art,
        quote(art, "One,", "Al Bo", None),
        quote(art, "two,", "Al Bo", None),
        # Offsets that miss the words, and a mention running across two paragraphs.
        quote(art, "three", "Cy Do", "man", utterance=1, mention_at=0),
    )
    first, second = paragraphs_html(corpus)
    assert [b.get_text() for b in first.select(".mq-who")] == ["Al Bo"]
    assert sibling_text(first.select(".mq-who")[0], previous=True) == '"two,"'
    assert [b.get_text() for b in second.select(".mq-who")] == ["Cy Do"]
    assert not first.select(".mq-para > a") and not second.select(".mq-para > a")

    across = article('"Yes," Al', "Bo said.")
    start = across.text.index("Al")
    q = quote(across, "Yes,", "Al Bo", "Al\n\nBo", mention_at=start)
    [para, _] = paragraphs_html(corpus_of(across, q))
    assert [b.get_text() for b in para.select(".mq-who")] == ["Al Bo"]


def test_a_mention_inside_another_quote_leaves_that_quote_whole() -> None:
    art = article('"Ask Kirby about it," Doe said. Later "we are ready," an aide said.')
    text = art.text
    corpus = corpus_of(
        art,
        quote(art, "Ask Kirby about it,", "Jane Doe", "Doe"),
        # A confused attribution: the mention sits inside the first quote.
        quote(
            art, "we are ready,", "John Kirby", "Kirby", utterance=1, mention_at=text.index("Kirby")
        ),
    )
    [para] = paragraphs_html(corpus)
    marks = para.select("mark.mq-quote")
    assert [m.get_text() for m in marks] == ['"Ask Kirby about it,"', '"we are ready,"']
    assert not marks[0].select("a")  # no link breaks the highlight
    assert [a.get_text() for a in para.select(".mq-para > a, .mq-by > a")] == ["Doe"]
    assert [b.get_text() for b in para.select(".mq-who")] == ["John Kirby"]
    assert sibling_text(marks[1]) == "John Kirby"


def test_two_quotes_sharing_a_mention_link_it_once_for_its_own_speaker() -> None:
    art = article('"Go," he said, "now."')
    corpus = corpus_of(
        art,
        quote(art, "Go,", "Al Bo", "he"),
        quote(art, "now.", "Cy Do", "he", utterance=1),  # the engine disagreeing with itself
    )
    [para] = paragraphs_html(corpus)
    assert [a["title"] for a in para.select(".mq-by > a")] == ["Al Bo"]
    assert [b.get_text() for b in para.select(".mq-who")] == ["Cy Do"]


HOSTILE = '<script>alert(1)</script> *b* [x](javascript:alert(1)) {{ 7*7 }} "q" (p) |'


def test_hostile_words_in_the_mention_and_the_name_stay_text() -> None:
    mention = f"Mr {HOSTILE}"
    text = f'"Fine words," {mention} said. "More words."'
    art = article(text, '"Alone."')
    name = f'Evil {HOSTILE} )("'
    corpus = corpus_of(
        art,
        quote(art, "Fine words,", name, mention),
        quote(art, "More words.", name, mention),
        quote(art, "Alone.", name, None, utterance=1),
    )
    paragraphs, _ = article_paragraphs(corpus, art, PAGE, URIS)
    assert "{{" not in "".join(paragraphs)
    first, second = paragraphs_html(corpus)
    for para in (first, second):
        assert para.find(["script", "em", "strong", "code", "img"]) is None
        for a in para.select("a"):
            assert str(a["href"]).startswith("../speakers/evil-"), a["href"]
    assert first.get_text() == text
    [link] = first.select("a")
    assert link.get_text() == mention
    assert link["title"] == name
    assert [a.get_text() for a in second.select(".mq-who a")] == [name]


def test_a_quote_page_context_has_no_ids_and_sets_the_quote_apart() -> None:
    art = article('"One," he said.', '"Two," he said.')
    corpus = corpus_of(
        art,
        quote(art, "One,", "Al Bo", "he"),
        quote(art, "Two,", "Al Bo", "he", utterance=1, mention_at=art.text.rindex("he")),
    )
    current = corpus.quotes[1].id
    paragraphs, placed = article_paragraphs(
        corpus, art, "quotes/x.md", URIS, only=1, current=current
    )
    assert len(paragraphs) == 1 and placed == frozenset()
    assert "id=" not in paragraphs[0] and "mq-current" in paragraphs[0]
    assert '[he](../speakers/al-bo.md "Al Bo")' in paragraphs[0]


def test_lists_show_cue_partial_and_links_that_read_as_sentences() -> None:
    art = article('"Capacity is fine," he told reporters.', 'He called it "a mistake".')
    corpus = corpus_of(
        art,
        quote(art, "Capacity is fine,", "John Kirby", "he", cue="told reporters"),
        quote(art, "a mistake", "John Kirby", "He", utterance=1, partial=True),
    )
    pages = {p.src_uri: p.markdown for p in render_site(corpus, RenderOptions())}
    first, second = corpus.quotes
    speaker = pages["speakers/john-kirby.md"]
    assert f"— told reporters · [in context, paragraph 1](../articles/a.md#q-{first.id})" in speaker
    assert f"[quote page](../quotes/{first.id}.md)" in speaker
    assert '“a mistake” <span class="mq-tag"' in speaker and ">partial</span>" in speaker
    quote_page = pages[f"quotes/{first.id}.md"]
    assert "> — [John Kirby](../speakers/john-kirby.md)" in quote_page
    assert f"**[Read in context →](../articles/a.md#q-{first.id})**" in quote_page
    assert (
        "**Article:** [Title](../articles/a.md), [paragraph 1](../articles/a.md#p-1)" in quote_page
    )
    assert f"— in [Title](../articles/a.md#q-{second.id})" in quote_page  # other quotes
    article_page = pages["articles/a.md"]
    # "said" is every quote's verb: the article's list names only the telling ones.
    assert (
        f"— [John Kirby](../speakers/john-kirby.md), told reporters · [paragraph 1](#q-{first.id})"
        in article_page
    )
    assert (
        f"— [John Kirby](../speakers/john-kirby.md) · [paragraph 2](#q-{second.id})" in article_page
    )


def test_every_list_holds_one_item_per_quote() -> None:
    art = article('"One," he said. "Two," he added.', 'She called it "three" and "four".')
    corpus = corpus_of(
        art,
        quote(art, "One,", "Al Bo", "he"),
        quote(art, "Two,", "Al Bo", "he", utterance=1, partial=True),
        quote(art, "three", "Cy Do", "She", utterance=2, partial=True),
        quote(art, "four", "Cy Do", "She", utterance=2),
    )
    for quote_pages in (True, False):
        pages = {
            p.src_uri: p.markdown
            for p in render_site(corpus, RenderOptions(quote_pages=quote_pages))
        }
        html = {uri: markdown.markdown(text) for uri, text in pages.items()}
        for uri, count in (("quotes/index.md", 4), ("articles/a.md", 4), ("speakers/al-bo.md", 2)):
            items = BeautifulSoup(html[uri], "html.parser").select("li")
            assert len(items) == count, (uri, quote_pages, items)
