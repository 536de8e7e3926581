"""The "Review" page: real MkDocs builds in `tmp_path`, read back with BeautifulSoup."""

from __future__ import annotations

import pytest
import yaml
from conftest import Site, broken_links
from helpers import write

# One quote nobody is credited with, one "he" between two men, and article text that
# would be live HTML if it reached the page unescaped.
DOUBTFUL = (
    "Rally in Denver\n\n"
    "Senator Mark Hale met Governor Paul Stone before the rally in Denver.\n\n"
    "The two men talked for an hour about the budget and the roads.\n\n"
    '"We agreed on almost everything," he said.\n\n'
    "The weather was <script>alert('x')</script> bad {{ config }} *indeed*.\n\n"
    '"Nobody could have predicted how much rain would fall on the <b>valley</b> tonight."\n'
)
REVIEW = "quotes/review.md"


@pytest.fixture
def doubtful(site: Site) -> Site:
    write(site.articles_dir, "rally.txt", DOUBTFUL)
    return site


def nav_titles(site: Site, url: str) -> list[str]:
    soup = site.soup(url)
    return [a.get_text(strip=True) for a in soup.select("nav a, .navbar a")]


def test_a_build_has_no_review_page_by_default(doubtful: Site) -> None:
    doubtful.build()
    assert not doubtful.page_path(doubtful.url_of(REVIEW)).exists()
    assert "Review" not in nav_titles(doubtful, "")


@pytest.mark.parametrize(
    ("option", "command", "shown"),
    [
        ("auto", "serve", True),
        ("auto", "build", False),
        (True, "build", True),
        (False, "serve", False),
    ],
)
def test_the_option_and_the_command_decide(
    doubtful: Site, option: object, command: str, shown: bool
) -> None:
    doubtful.plugin_options["review_page"] = option
    doubtful.build(command=command)
    assert doubtful.page_path(doubtful.url_of(REVIEW)).exists() == shown
    assert ("Review" in nav_titles(doubtful, "")) == shown


def test_a_wrong_value_is_a_config_error(doubtful: Site) -> None:
    doubtful.plugin_options["review_page"] = "sometimes"
    with pytest.raises(SystemExit):
        doubtful.build()


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_the_page_lists_each_entry_with_links_and_yaml(
    doubtful: Site, use_directory_urls: bool
) -> None:
    doubtful.mkdocs_options["use_directory_urls"] = use_directory_urls
    doubtful.plugin_options["review_page"] = True
    doubtful.build(strict=True)
    assert broken_links(doubtful.site_dir) == []
    soup = doubtful.soup(doubtful.url_of(REVIEW))
    main = soup.select_one("[role=main]") or soup
    headings = [h.get_text(" ", strip=True) for h in main.find_all("h2")]
    assert headings == ["1. Unattributed quote", "2. Doubtful attribution"]

    blocks = main.select("pre.mq-review-yaml")
    assert len(blocks) == 2
    pasted = [yaml.safe_load(block.get_text()) for block in blocks]
    (unattributed_id,) = pasted[0]["quotes"]
    assert pasted[0]["quotes"][unattributed_id] == {"speaker": ""}
    (doubtful_id,) = pasted[1]["quotes"]
    speaker = pasted[1]["quotes"][doubtful_id]["speaker"]
    assert speaker in ("Mark Hale", "Paul Stone")

    items = main.find_all("ul")
    links = {a.get_text(strip=True): str(a["href"]) for ul in items for a in ul.find_all("a")}
    assert unattributed_id in links and doubtful_id in links
    assert links[speaker].rstrip("/").rsplit("/", 1)[-1].removesuffix(".html") in (
        "mark-hale",
        "paul-stone",
    )
    to_article = [str(a["href"]) for a in main.find_all("a") if a.get_text() == "Rally in Denver"]
    assert [href.rsplit("#", 1)[-1] for href in to_article] == ["p-5", "p-3"]
    paragraphs = [bq.get_text(" ", strip=True) for bq in main.find_all("blockquote")]
    assert paragraphs[0].startswith('"Nobody could have predicted')
    assert paragraphs[1] == '"We agreed on almost everything," he said.'


def test_article_text_stays_text_on_the_page(doubtful: Site) -> None:
    doubtful.plugin_options["review_page"] = True
    doubtful.build()
    html = doubtful.page_path(doubtful.url_of(REVIEW)).read_text(encoding="utf-8")
    soup = doubtful.soup(doubtful.url_of(REVIEW))
    main = soup.select_one("[role=main]") or soup
    assert main.find("script") is None and main.find("b") is None
    assert "<b>valley</b>" in main.get_text()  # shown as written, in paragraph and YAML
    assert "{{ config }}" not in html  # braces are entities: no Jinja plugin can run them
