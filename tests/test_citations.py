"""Real builds: every metadata source reaches the pages, and every quote is citable.

Date and outlet on article pages, the article index, the quote index, speaker pages
and quote pages; a citation line with a copy button on quote pages; speaker pages
newest first; the speaker index's "last quoted"; nothing empty where an article
gives neither. Web pages read through trafilatura keep the quote and lose the rest.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import Site
from helpers import write

KIRBY = '"We are ready to move," Pentagon spokesman John Kirby told reporters.\n'
NEWS_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Marines head to Kabul | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2021-08-14T08:00:00Z">
<link rel="canonical" href="https://example.org/world/marines-kabul">
</head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/lang/fr">Français</a></li></ul></nav>
<div class="page"><article><h1>Marines head to Kabul</h1>
<div class="byline">By Jane Doe, Example Wire</div>
<div class="share"><a>Share on Facebook</a> <a>Tweet</a></div>
<p>Thousands of US Marines are on their way to Kabul to help evacuate the embassy,
officials in Washington said on Saturday, as the Taliban closed in on the capital.</p>
<figure><img src="marines.jpg"><figcaption>Marines board a plane in North Carolina.
Photo: Jane Roe</figcaption></figure>
<p>"The first units will land within 48 hours," Pentagon spokesman John Kirby said.</p>
<p>The embassy has told its staff to destroy sensitive documents before they leave,
according to a memo seen by reporters in the capital on Saturday.</p>
</article>
<aside class="recommended"><h2>Recommended</h2>
<article class="teaser"><h3><a href="/x">Ten things to know about Kabul airport</a></h3>
<p>What travellers should know before they fly, in pictures.</p></article>
<article class="teaser"><h3><a href="/y">Football: the weekend's results</a></h3></article>
</aside>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>"Great reporting," said reader Tom Smith.</p></div></section>
</div>
<footer><p>© 2021 Example Wire. All rights reserved.</p><a href="/about">About us</a></footer>
</body></html>"""


def build(tmp_path: Path, **articles: str | bytes) -> Site:
    site = Site(tmp_path / "project")
    for name, content in articles.items():
        write(site.articles_dir, name, content)
    site.build(strict=False)
    return site


def soup_of(site: Site, src_uri: str) -> BeautifulSoup:
    return site.soup(site.url_of(src_uri))


def text_of(tag: Tag | BeautifulSoup | None) -> str:
    assert tag is not None
    return " ".join(tag.get_text(" ").split())


def main_of(soup: BeautifulSoup) -> Tag:
    main = soup.select_one("[role=main], .md-content, main")
    assert isinstance(main, Tag)
    return main


@pytest.fixture(scope="module")
def citable(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """One article per metadata source, and one that gives neither date nor outlet."""
    return build(
        tmp_path_factory.mktemp("citable"),
        # The file name: a date and a known outlet prefix.
        **{"afp_2021-08-13_kabul.txt": "Kabul braces\n\n" + KIRBY},
        # The "Key: value" header, with a written-out date and a link to the original.
        **{
            "header.txt": "Title: Kirby on the airlift\nDate: August 12, 2021\nSource: Reuters\n"
            "URL: https://example.org/reuters/airlift\n\n"
            '"The airlift will go on," Pentagon spokesman John Kirby said on Thursday.\n'
        },
        # YAML front matter in Markdown.
        **{
            "front.md": "---\ntitle: Kirby at the podium\ndate: 2021-08-10\nsource: AP\n---\n\n"
            '"We watch Kandahar closely," Pentagon spokesman John Kirby said.\n'
        },
        # HTML metadata, read by trafilatura.
        **{"page.html": NEWS_PAGE},
        # Neither date nor outlet anywhere.
        **{"undated.txt": 'Undated story\n\n"It is quiet," resident Ana Lopez said.\n'},
    )


def test_each_metadata_source_shows_on_its_article_page(citable: Site) -> None:
    expected = {
        "afp-2021-08-13-kabul": "AFP · 13 August 2021",
        "header": "Reuters · 12 August 2021",
        "front": "AP · 10 August 2021",
        "page": "Example Wire · 14 August 2021",
    }
    for slug, line in expected.items():
        meta = main_of(soup_of(citable, f"articles/{slug}.md")).select_one(".mq-meta")
        assert text_of(meta).startswith(line), slug
    header = main_of(soup_of(citable, "articles/header.md")).select_one(".mq-meta a")
    assert header is not None and header["href"] == "https://example.org/reuters/airlift"


def test_an_article_without_date_or_outlet_shows_no_empty_field(citable: Site) -> None:
    article = main_of(soup_of(citable, "articles/undated.md"))
    assert article.select_one(".mq-meta") is None
    index = text_of(main_of(soup_of(citable, "articles/index.md")))
    assert "Undated story · 1 quote" in index and "· ·" not in index
    quotes = main_of(soup_of(citable, "quotes/undated.md"))  # the index's undated page
    heading = next(h for h in quotes.find_all("h2") if "Undated story" in text_of(h))
    assert not (
        isinstance(nxt := heading.find_next_sibling(), Tag)
        and "mq-dateline" in (nxt.get("class") or [])
    )
    speaker = soup_of(citable, "speakers/ana-lopez.md")
    assert main_of(speaker).select(".mq-dateline") == []
    citation = main_of(soup_of(citable, f"quotes/{quote_id(citable, 'undated')}.md"))
    assert (
        text_of(citation.select_one(".mq-citation-text")) == "Ana Lopez, resident — “Undated story”"
    )


def quote_id(site: Site, slug: str) -> str:
    article = main_of(soup_of(site, f"articles/{slug}.md"))
    mark = article.find("mark", id=True)
    assert isinstance(mark, Tag)
    return str(mark["id"]).removeprefix("q-")


def test_article_index_and_quote_index_show_outlet_and_date_newest_first(citable: Site) -> None:
    index = text_of(main_of(soup_of(citable, "articles/index.md")))
    assert "Marines head to Kabul · Example Wire · 14 August 2021" in index
    order = [index.index(title) for title in ("Marines head", "Kabul braces", "Kirby on the")]
    assert order == sorted(order)
    # Dated articles: the quote index lists months, and a month's page the quotes.
    month = main_of(soup_of(citable, "quotes/2021-08.md"))
    datelines = [text_of(p) for p in month.select(".mq-dateline")]
    assert datelines == [
        "Example Wire · 14 August 2021",
        "AFP · 13 August 2021",
        "Reuters · 12 August 2021",
        "AP · 10 August 2021",
    ]


def test_speaker_page_lists_articles_newest_first_with_outlet_and_date(citable: Site) -> None:
    speaker = main_of(soup_of(citable, "speakers/john-kirby.md"))
    headings = [text_of(h) for h in speaker.find_all("h2")][:4]
    assert headings == [
        "Marines head to Kabul",
        "Kabul braces",
        "Kirby on the airlift",
        "Kirby at the podium",
    ]
    assert [text_of(p) for p in speaker.select(".mq-dateline")][:2] == [
        "Example Wire · 14 August 2021",
        "AFP · 13 August 2021",
    ]


def test_speaker_index_shows_when_each_speaker_was_last_quoted(citable: Site) -> None:
    rows = {
        text_of(row.find("td")): [text_of(cell) for cell in row.find_all("td")]
        for row in main_of(soup_of(citable, "speakers/index.md")).select("tr")
        if row.find("td")
    }
    assert rows["John Kirby"][-1] == "14 August 2021"
    assert rows["Ana Lopez"][-1] == ""  # quoted only in an undated article


def test_quote_page_has_a_citation_linked_to_the_original_and_a_copy_button(
    citable: Site,
) -> None:
    page = main_of(soup_of(citable, f"quotes/{quote_id(citable, 'header')}.md"))
    citation = page.select_one(".mq-citation")
    assert citation is not None
    assert text_of(citation.select_one(".mq-citation-text")) == (
        "John Kirby, Pentagon spokesman — Reuters, 12 August 2021"
    )
    link = citation.select_one(".mq-citation-text a")
    assert link is not None and link["href"] == "https://example.org/reuters/airlift"
    assert text_of(link) == "Reuters, 12 August 2021"
    button = citation.select_one("button.mq-copy")
    # Hidden in the page: only the script, which can copy, shows it.
    assert button is not None and button.has_attr("hidden")
    assert citation["data-mq-quote"] == "The airlift will go on,"
    details = text_of(page)
    assert "Outlet: Reuters" in details and "Date: 12 August 2021" in details
    full = soup_of(citable, f"quotes/{quote_id(citable, 'header')}.md")
    scripts = [str(s.get("src", "")) for s in full.find_all("script")]
    assert any(src.endswith("assets/mkdocs-quotes.js") for src in scripts), scripts
    assert (citable.site_dir / "assets" / "mkdocs-quotes.js").is_file()


def test_a_cue_that_says_more_than_said_goes_into_the_citation(citable: Site) -> None:
    page = main_of(soup_of(citable, f"quotes/{quote_id(citable, 'afp-2021-08-13-kabul')}.md"))
    text = text_of(page.select_one(".mq-citation-text"))
    assert text.startswith("John Kirby, Pentagon spokesman")
    assert text.endswith("— AFP, 13 August 2021")
    assert page.select_one(".mq-citation-text a") is None  # no URL known: no link


def test_a_news_page_keeps_its_quote_and_loses_menus_teasers_captions_comments(
    citable: Site,
) -> None:
    main = main_of(soup_of(citable, "articles/page.md"))
    meta = main.select_one(".mq-meta")
    assert meta is not None and "By Jane Doe" in text_of(meta)  # the byline is metadata
    meta.decompose()
    article = text_of(main)
    assert "The first units will land within 48 hours" in article
    for furniture in (
        "World", "Sport", "Français", "Share on Facebook", "Marines board a plane",
        "Ten things to know", "weekend's results", "Great reporting", "All rights reserved",
        "About us", "By Jane Doe",
    ):  # fmt: skip
        assert furniture not in article.replace("Quotes in this article", ""), furniture
    speaker = text_of(main_of(soup_of(citable, "speakers/john-kirby.md")))
    assert "The first units will land within 48 hours" in speaker
    assert "Tom Smith" not in text_of(main_of(soup_of(citable, "speakers/index.md")))


def test_a_page_without_a_body_is_one_warning_and_the_rest_builds(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    # A page whose story a script loads: the saved file holds an empty shell.
    empty_page = (
        "<html><head><title>Live blog</title></head>"
        '<body><div id="app"></div><script>render("#app")</script></body></html>'
    )
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        site = build(tmp_path, **{"live.html": empty_page, "kabul.txt": "Kabul\n\n" + KIRBY})
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [
        "mkdocs_quotes: Skipped articles/live.html: no article text found in the page"
    ]
    assert not [r for r in caplog.records if r.exc_info]
    assert "Traceback" not in "".join(capsys.readouterr())
    assert "We are ready to move" in text_of(main_of(soup_of(site, "articles/kabul.md")))


def test_an_unreadable_date_is_one_warning_naming_the_file_and_the_article_builds(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        site = build(tmp_path, **{"kabul.txt": "Date: last Friday\n\nKabul\n\n" + KIRBY})
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "articles/kabul.txt: date 'last Friday'" in warnings[0]
    page = main_of(soup_of(site, "articles/kabul.md"))
    assert page.select_one(".mq-meta") is None and page.find("mark") is not None


def test_mojibake_is_mended_on_the_pages(tmp_path: Path) -> None:
    text = 'Visit\n\n"We welcome Enrique PeÃ±a Nieto," minister Ana Lopez said.\n'
    site = build(tmp_path, **{"visit.txt": text})
    article = text_of(main_of(soup_of(site, "articles/visit.md")))
    assert "Enrique Peña Nieto" in article and "Ã" not in article
    marks = [text_of(m) for m in main_of(soup_of(site, "articles/visit.md")).find_all("mark")]
    assert marks == ['"We welcome Enrique Peña Nieto,"']  # offsets point at the mended text


def test_the_corrections_file_wins_and_its_dates_are_read_like_any_other(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = Site(tmp_path / "project")
    write(site.articles_dir, "afp_2021-08-13_kabul.txt", "Kabul braces\n\n" + KIRBY)
    write(site.articles_dir, "other.txt", 'Other\n\n"It is quiet," resident Ana Lopez said.\n')
    write(
        site.root,
        "quotes.yml",
        "articles:\n"
        "  afp_2021-08-13_kabul.txt:\n    date: 12 August 2021\n    source: Reuters\n"
        "  other.txt:\n    date: someday\n",
    )
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        site.build(strict=False)
    meta = main_of(soup_of(site, "articles/afp-2021-08-13-kabul.md")).select_one(".mq-meta")
    assert text_of(meta) == "Reuters · 12 August 2021"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "'someday' is not a date" in warnings[0], warnings
    assert main_of(soup_of(site, "articles/other.md")).select_one(".mq-meta") is None
