"""A speaker's page (issue 15, items 5 and 6): the timeline, "quoted alongside", and
words that several articles quote. Real builds in tmp_path; the SVG parsed as XML."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import Site, broken_links
from helpers import REPEATED_JULY, write_news
from test_render import make_article, make_quote

from mkdocs_quotes import ArticleQuotes
from mkdocs_quotes.site.corpus import Speaker, build_corpus
from mkdocs_quotes.site.render import RenderOptions, render_site
from mkdocs_quotes.site.same_words import same_words_key
from mkdocs_quotes.site.timeline import MonthCount, quoted_alongside, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"


def built_news(tmp_path: Path, **plugin_options: object) -> Site:
    site = Site(tmp_path / "project", plugin_options=dict(plugin_options))
    write_news(site.articles_dir)
    site.build(strict=True)
    assert broken_links(site.site_dir) == []
    return site


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return built_news(tmp_path_factory.mktemp("news"))


def main_of(site: Site, src_uri: str) -> Tag:
    main = site.soup(site.url_of(src_uri)).select_one("[role=main]")
    assert main is not None
    return main


def test_the_timeline_counts_quotes_per_month_with_a_text_alternative(news: Site) -> None:
    figure = main_of(news, "speakers/ana-lopez.md").select_one("figure.mq-timeline")
    assert figure is not None
    raw = re.search(r"<svg.*?</svg>", news.page_path(news.url_of("speakers/ana-lopez.md"))
                    .read_text(encoding="utf-8"), re.S)  # fmt: skip
    assert raw is not None
    svg = ET.fromstring(raw.group(0))  # well-formed XML, as a standalone SVG must be
    assert svg.get("role") == "img"
    labelled = str(svg.get("aria-labelledby")).split()
    ids = {str(el.get("id")) for el in svg.iter() if el.get("id")}
    assert set(labelled) <= ids
    assert svg.findtext(f"{SVG}title") == "Quotes per month: Ana Lopez"
    assert svg.findtext(f"{SVG}desc") == "July 2021: 1; August 2021: 0; September 2021: 1"
    bars = [r.findtext(f"{SVG}title") for r in svg.iter(f"{SVG}rect")]
    assert bars == ["July 2021: 1 quote", "August 2021: 0 quotes", "September 2021: 1 quote"]
    # Drawn in the text's colour: it follows a light or a dark palette.
    assert svg.get("fill") == "currentColor"
    caption = figure.select_one("figcaption")
    assert caption is not None
    assert caption.get_text(" ", strip=True) == (
        "2 quotes from July 2021 to September 2021. Not shown: 1 quote from undated articles."
    )


def test_quoted_alongside_links_the_speakers_of_the_same_stories(news: Site) -> None:
    main = main_of(news, "speakers/ana-lopez.md")
    label = main.find("strong", string="Quoted alongside:")
    assert label is not None and isinstance(label.parent, Tag)
    link = label.parent.find("a")
    assert isinstance(link, Tag) and link.get_text() == "Tom Reed"
    assert "(2 articles)" in label.parent.get_text()


def test_a_quote_several_articles_print_says_where_else(news: Site) -> None:
    ids = {}
    for article in ("bridge-july", "bridge-september"):
        marks = main_of(news, f"articles/{article}.md").select("mark.mq-quote[id]")
        ids[article] = next(str(m["id"])[2:] for m in marks if "spring floods" in m.get_text())
    september = main_of(news, f"quotes/{ids['bridge-september']}.md")
    heading = september.find("h2", string="Also quoted in")
    assert isinstance(heading, Tag)
    entry = heading.find_next("li")
    assert entry is not None
    assert entry.get_text(" ", strip=True) == "Bridge to be rebuilt · AFP · 5 July 2021"
    href = str(entry.a["href"]) if entry.a else ""
    assert href.endswith(f"bridge-july/#q-{ids['bridge-july']}")
    # The speaker page lists the words once, under the earlier article, with the other.
    speaker = main_of(news, "speakers/ana-lopez.md")
    items = [li.get_text(" ", strip=True) for li in speaker.select("li")]
    repeated = [t for t in items if REPEATED_JULY.rstrip(",") in t]
    assert len(repeated) == 1
    assert "Also quoted in Bridge plan goes to council (10 September 2021)" in repeated[0]
    headings = [h.get_text(strip=True) for h in speaker.select("h2")]
    assert headings == ["Bridge to be rebuilt", "Lopez on the budget"]
    assert "3 quotes in 3 articles" in speaker.get_text(" ", strip=True)


def test_each_copy_is_listed_when_the_site_asks(tmp_path: Path) -> None:
    site = built_news(tmp_path, group_repeated_quotes=False)
    speaker = main_of(site, "speakers/ana-lopez.md")
    items = [li.get_text(" ", strip=True) for li in speaker.select("li")]
    assert len([t for t in items if "spring floods" in t]) == 2
    assert not any("Also quoted in" in t for t in items)


def test_no_dated_quote_no_timeline() -> None:
    article = make_article("a", 'Ann Lee spoke. "We are ready for the storm now," Lee said.')
    found = ArticleQuotes((make_quote(article, "We are ready for the storm now,", "Ann Lee"),))
    pages = render_site(build_corpus([(article, found)]), RenderOptions())
    speaker = next(p for p in pages if p.src_uri == "speakers/ann-lee.md")
    assert "mq-timeline" not in speaker.markdown


def test_a_hostile_name_stays_text_in_a_well_formed_svg() -> None:
    name = '</title><script>alert(1)</script> & "Co" {{ x }}'
    speaker = Speaker(slug="x", name=name, kind="person")
    months = [MonthCount(2020, 10, 2), MonthCount(2020, 11, 0), MonthCount(2020, 12, 0)]
    months.append(MonthCount(2021, 1, 5))
    figure = timeline_svg(speaker, months, 0)
    assert figure is not None and "<script" not in figure and "{{" not in figure
    root = ET.fromstring(str(figure))
    svg = root.find(f"{SVG}svg")
    assert svg is not None
    assert svg.findtext(f"{SVG}title") == f"Quotes per month: {name}"
    years = [t.text for t in svg.iter(f"{SVG}text") if "mq-timeline-year" in str(t.get("class"))]
    assert years == ["2020", "2021"]
    soup = BeautifulSoup(str(figure), "html.parser")
    assert soup.find("script") is None


def test_alongside_counts_named_speakers_only() -> None:
    one = make_article(
        "one", 'Ann Lee spoke. "We are ready now," Lee said. "No," a police officer said.'
    )
    two = make_article("two", '"Fine by us," Bob Ray said. "Indeed so," Ann Lee said.')
    corpus = build_corpus(
        [
            (one, ArticleQuotes((
                make_quote(one, "We are ready now,", "Ann Lee"),
                make_quote(one, "No,", "a police officer", "unnamed"),
            ))),
            (two, ArticleQuotes((
                make_quote(two, "Fine by us,", "Bob Ray"),
                make_quote(two, "Indeed so,", "Ann Lee"),
            ))),
        ]
    )  # fmt: skip
    [bob] = quoted_alongside(corpus, corpus.speaker("ann-lee"))
    assert (bob.speaker.name, bob.articles) == ("Bob Ray", 1)


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("We won't leave the city,", "“We won’t leave the city.”", True),
        ("We will  NOT leave the city", "we will not leave the city!", True),
        ("We will not leave the city", "We will now leave the city", False),
        ("a mistake", "a mistake", False),  # too short to be one quote reprinted
    ],
)
def test_same_words_are_the_words_without_case_marks_or_punctuation(
    one: str, other: str, same: bool
) -> None:
    key = same_words_key(one)
    assert (key is not None and key == same_words_key(other)) is same
