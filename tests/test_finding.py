"""Finding things on a big site (issue 15, items 1–4), in real builds read back with
BeautifulSoup: the speaker index, the quote index's pages, the quote finder's Pagefind
index, the theme search's index, and where the themes say a generated page sits."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import SEED_NAMES, SEEDS_DIR, Site, broken_links

from mkdocs_quotes.site.pagefind import pagefind_binary
from mkdocs_quotes.site.search import SEPARATOR, without_noindex_blocks

KIRBY_QUOTE = "Capacity is not going to be a problem"
# The seed articles, dated and given outlets as an archive's articles would be.
DATED = {SEED_NAMES[0]: "2021-08-13", SEED_NAMES[1]: "2021-08-13", SEED_NAMES[2]: "2021-07-30"}
OUTLETS = {SEED_NAMES[0]: "The Independent", SEED_NAMES[1]: "AFP", SEED_NAMES[2]: "NBC News"}


HEADER = re.compile(r"\A(?:[A-Z][A-Za-z]*: [^\n]*\n)+\n")
"""A seed's own "Source: …" / "Date: …" lines (the demo gives some seeds theirs)."""


def seed_text(name: str) -> str:
    """A seed article without its metadata header."""
    return HEADER.sub("", (SEEDS_DIR / name).read_text(encoding="utf-8"))


def date_the_seeds(site: Site) -> None:
    for name in SEED_NAMES:
        header = f"Date: {DATED[name]}\nSource: {OUTLETS[name]}\n\n"
        (site.articles_dir / name).write_text(header + seed_text(name), encoding="utf-8")


def undate_the_seeds(site: Site) -> None:
    """The seeds as an archive without metadata would give them: no date, no outlet."""
    for name in SEED_NAMES:
        (site.articles_dir / name).write_text(seed_text(name), encoding="utf-8")


def main_of(soup: BeautifulSoup) -> Tag:
    found = soup.select_one("[role=main], main, article.md-content__inner")
    assert isinstance(found, Tag)
    return found


def speaker_tables(site: Site) -> dict[str, list[list[str]]]:
    """Section heading -> the rows (header first) of its table in the speaker index."""
    index = site.soup(site.url_of("speakers/index.md"))
    wrapper = index.select_one(".mq-speaker-index")
    assert isinstance(wrapper, Tag), "the speaker index has no .mq-speaker-index wrapper"
    tables = {}
    for heading, table in zip(wrapper.find_all("h2"), wrapper.find_all("table"), strict=True):
        tables[heading.get_text(strip=True)] = [
            [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
            for row in table.find_all("tr")
        ]
    return tables


# --- 1. the speaker index ----------------------------------------------------------------


def test_speaker_index_is_in_name_order_with_an_a_to_z_bar_and_no_empty_column(
    site: Site,
) -> None:
    undate_the_seeds(site)
    site.build()
    tables = speaker_tables(site)
    people = tables["People"]
    # Undated articles: no "Last quoted" column at all, rather than an empty one.
    assert people[0] == ["Speaker", "Role", "Quotes", "Articles"]
    names = [row[0] for row in people[1:]]
    assert names == sorted(names, key=str.casefold)
    assert "Role" not in tables["Unnamed sources"][0] or any(
        row[1] for row in tables["Unnamed sources"][1:]
    )
    index = site.soup(site.url_of("speakers/index.md"))
    bar = index.select(".mq-az a[href^='#az-']")
    assert [a.get_text() for a in bar] == sorted({n[0].upper() for n in names} | {"U"})
    for link in bar:  # every letter lands on the first row of that letter
        anchor = index.find(id=str(link["href"])[1:])
        assert isinstance(anchor, Tag)
        row_name = anchor.find_parent("tr").find("a").get_text()  # type: ignore[union-attr]
        assert row_name[0].upper() == link.get_text()
    scripts = [str(s.get("src")) for s in index.find_all("script")]
    assert any(src.endswith("assets/mkdocs-quotes.js") for src in scripts)
    assert broken_links(site.site_dir) == []


def test_one_script_for_every_page_even_when_the_site_lists_it(site: Site) -> None:
    """The finder, the speaker index and the citation share one script, added once."""
    site.mkdocs_options["extra_javascript"] = ["assets/mkdocs-quotes.js"]
    site.build()
    for src_uri in ("speakers/index.md", "quotes/find.md", "quotes/index.md"):
        scripts = [str(s.get("src")) for s in site.soup(site.url_of(src_uri)).find_all("script")]
        assert len([s for s in scripts if s.endswith("assets/mkdocs-quotes.js")]) == 1, scripts
    script = (site.site_dir / "assets" / "mkdocs-quotes.js").read_text(encoding="utf-8")
    assert all(f"function {name}(" in script for name in ("enhanceSpeakerIndex", "enhanceFinder"))
    assert "function setUpCitations(" in script


def test_last_quoted_shows_the_newest_dated_article(site: Site) -> None:
    date_the_seeds(site)
    site.build()
    people = speaker_tables(site)["People"]
    assert people[0] == ["Speaker", "Role", "Quotes", "Articles", "Last quoted"]
    rows = {row[0]: row for row in people[1:]}
    # Shown as citations show dates; the script sorts by the ISO date beside it.
    assert rows["John Kirby"][2:] == ["3", "1", "13 August 2021"]
    assert rows["Zabihullah Mujahid"][-1] == "30 July 2021"
    index = site.soup(site.url_of("speakers/index.md"))
    times = {str(t["datetime"]) for t in index.select(".mq-speaker-index td time[datetime]")}
    assert {"2021-08-13", "2021-07-30"} <= times


# --- 2. the quote index's pages and the finder ------------------------------------------------


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_quote_index_splits_into_pages_of_n_without_dates(
    site: Site, use_directory_urls: bool
) -> None:
    site.mkdocs_options["use_directory_urls"] = use_directory_urls
    site.plugin_options["quote_index_page_size"] = 5
    undate_the_seeds(site)
    site.build()
    first = site.soup(site.url_of("quotes/index.md"))
    listed = len(main_of(first).select("li")) - 0
    assert 5 <= listed <= 5 + 3  # five quotes (+ the theme's own list items, if any)
    pages = [site.page_path(site.url_of(f"quotes/page-{n}.md")) for n in (2, 3, 4)]
    assert all(page.is_file() for page in pages)
    assert not site.page_path(site.url_of("quotes/page-5.md")).exists()  # 17 quotes
    assert broken_links(site.site_dir) == []


def test_quote_index_splits_by_month_where_articles_are_dated(site: Site) -> None:
    date_the_seeds(site)
    site.build()
    overview = main_of(site.soup(site.url_of("quotes/index.md")))
    months = [a.get_text() for a in overview.select("li a")]
    assert months == ["August 2021", "July 2021"]  # newest first
    august = main_of(site.soup(site.url_of("quotes/2021-08.md")))
    assert KIRBY_QUOTE in august.get_text()
    assert august.find("a", string="July 2021") is not None  # to the older month
    assert broken_links(site.site_dir) == []


def test_the_finder_indexes_every_quote_page_with_its_facets(site: Site) -> None:
    if pagefind_binary() is None:
        pytest.fail("the pagefind binary is a dependency (pagefind_bin): pip install -e .")
    date_the_seeds(site)
    site.build()
    finder = site.soup(site.url_of("quotes/find.md"))
    assert finder.select_one("[data-mq-finder]") is not None
    assert finder.select_one(".mq-finder-fallback a") is not None  # without JavaScript
    quote_pages = list((site.site_dir / "quotes").glob("*/index.html"))
    bodies = 0
    for page in quote_pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        body = soup.select_one("[data-pagefind-body]")
        if body is None:
            continue  # the index, a month, the finder
        bodies += 1
        assert "In context" not in body.get_text()  # only the quote is indexed
        filters = {str(s["data-pagefind-filter"]) for s in soup.select("[data-pagefind-filter]")}
        assert filters == {"speaker", "outlet", "year"}  # no status without corrections
    assert bodies == 17
    entry = json.loads((site.site_dir / "pagefind" / "pagefind-entry.json").read_text())
    assert sum(language["page_count"] for language in entry["languages"].values()) == 17
    assert (site.site_dir / "pagefind" / "pagefind-ui.js").is_file()
    filter_files = list((site.site_dir / "pagefind" / "filter").glob("*.pf_filter"))
    assert len(filter_files) == 3  # one per facet: speaker, outlet, year


def test_the_status_facet_comes_with_the_editors_statuses(site: Site) -> None:
    site.build()
    kirby = next(
        p
        for p in (site.site_dir / "quotes").glob("*/index.html")
        if KIRBY_QUOTE in p.read_text(encoding="utf-8")
        and "data-pagefind-body" in p.read_text(encoding="utf-8")
    )
    quote_id = kirby.parent.name
    (site.root / "quotes.yml").write_text(
        f"quotes:\n  {quote_id}:\n    status: verified\n", encoding="utf-8"
    )
    site.build()
    soup = BeautifulSoup(kirby.read_text(encoding="utf-8"), "html.parser")
    spans = soup.select(".mq-facets span[data-pagefind-filter]")  # not the date to sort by
    facets = {str(s["data-pagefind-filter"]): s.get_text() for s in spans}
    assert facets["status"] == "verified"


def test_without_the_binary_the_site_builds_with_one_warning(
    site: Site, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(site.root / "no-such-pagefind"))
    with caplog.at_level(logging.WARNING):
        site.build(strict=False)
    warnings = [r.getMessage() for r in caplog.records if "pagefind" in r.getMessage()]
    assert len(warnings) == 1 and "finder: false" in warnings[0], warnings
    assert "\n" not in warnings[0]
    assert site.page_path(site.url_of("quotes/find.md")).is_file()
    assert not (site.site_dir / "pagefind").exists()


def test_finder_false_leaves_out_the_page_the_bundle_and_the_facets(site: Site) -> None:
    site.plugin_options["finder"] = False
    site.build()
    assert not site.page_path(site.url_of("quotes/find.md")).exists()
    assert not (site.site_dir / "pagefind").exists()
    assert "data-pagefind-filter" not in "".join(p.read_text() for p in site.html_files())
    nav_text = main_of(site.soup(site.url_of("quotes/index.md"))).get_text()
    assert "Find quotes" not in nav_text


# --- 3. the theme's search ------------------------------------------------------------------------


def search_index(site: Site) -> dict[str, object]:
    data: dict[str, object] = json.loads(
        (site.site_dir / "search" / "search_index.json").read_text(encoding="utf-8")
    )
    return data


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs", "material"])
def test_plain_search_splits_on_quotation_marks_and_finds_a_quote_once(
    site: Site, theme: str
) -> None:
    site.mkdocs_options["theme"] = {"name": theme}
    site.mkdocs_options["plugins"] = ["search", {"quotes": {}}]
    site.build()
    index = search_index(site)
    assert index["config"]["separator"] == SEPARATOR  # type: ignore[index]
    for mark in '"“”':
        assert re.split(SEPARATOR, f"{mark}Capacity,{mark}")[1].startswith("Capacity")
    docs = index["docs"]
    assert isinstance(docs, list)
    holding = {d["location"].split("#")[0] for d in docs if KIRBY_QUOTE in d["text"]}
    # Its own page and its article; not the other quote pages' "Other quotes by",
    # nor the speaker page, the quote index or the article's list of quotes.
    assert len(holding) == 2, holding
    assert any(location.startswith("quotes/") for location in holding)
    assert not any("In context" in d["title"] or "Other quotes" in d["title"] for d in docs)
    # What readers see is whole: the blocks were only hidden from the indexer.
    quote_page = next(
        site.site_dir.joinpath(loc).joinpath("index.html")
        for loc in holding
        if loc.startswith("quotes/")
    )
    assert "In context" in quote_page.read_text(encoding="utf-8")


def test_a_separator_the_user_set_is_kept(site: Site) -> None:
    site.mkdocs_options["plugins"] = [{"search": {"separator": r"[\s]+"}}, {"quotes": {}}]
    site.build()
    assert search_index(site)["config"]["separator"] == r"[\s]+"  # type: ignore[index]


def test_noindex_blocks_are_whole_blocks() -> None:
    html = "<p>a</p><!--mq:noindex--><h2>In context</h2><p>b</p><!--/mq:noindex--><p>c</p>"
    assert without_noindex_blocks(html) == "<p>a</p><p>c</p>"


# --- 4. where a page sits -------------------------------------------------------------------------


def speaker_html(site: Site, slug: str = "john-kirby") -> BeautifulSoup:
    return site.soup(site.url_of(f"speakers/{slug}.md"))


def test_readthedocs_breadcrumbs_read_quotes_speakers_name(site: Site) -> None:
    site.mkdocs_options["theme"] = {"name": "readthedocs"}
    site.build()
    crumbs = [li.get_text(strip=True) for li in speaker_html(site).select(".wy-breadcrumbs li")]
    assert crumbs[1:4] == ["Quotes", "Speakers", "John Kirby"]
    kirby = speaker_html(site)
    quote_link = next(a for a in main_of(kirby).select("a") if a.get_text() == "quote page")
    quote = site.page_path(site.url_of(f"quotes/{Path(str(quote_link['href'])).name}.md"))
    soup = BeautifulSoup(quote.read_text(encoding="utf-8"), "html.parser")
    crumbs = [li.get_text(strip=True) for li in soup.select(".wy-breadcrumbs li")]
    assert crumbs[1:4] == ["Quotes", "Speakers", "John Kirby"]


def test_mkdocs_theme_marks_the_menu_and_shows_a_trail(site: Site) -> None:
    site.build()  # the fixture's theme is `mkdocs`
    soup = speaker_html(site)
    active = [a.get_text(strip=True) for a in soup.select(".navbar a.active")]
    assert "Quotes" in active and "Speakers" in active, active
    trail = soup.select_one(".mq-trail")
    assert isinstance(trail, Tag)
    assert trail.get_text(" ", strip=True) == "Quotes › Speakers › John Kirby"
    assert broken_links(site.site_dir) == []


def test_material_keeps_the_quotes_section_open_with_speakers_marked(site: Site) -> None:
    site.mkdocs_options["theme"] = {"name": "material"}
    site.build()
    soup = speaker_html(site)
    active = soup.select(".md-nav--primary li.md-nav__item--active")
    titles = [" ".join(li.find(["a", "label"]).get_text().split()) for li in active]  # type: ignore[union-attr]
    assert "Quotes" in titles and "Speakers" in titles, titles
    toggles = soup.select(".md-nav--primary input.md-nav__toggle[checked]")
    assert toggles, "the Quotes section is collapsed on a speaker page"


def test_a_warm_build_reuses_the_finders_index(site: Site) -> None:
    """Same quote pages, same index: kept in the cache folder, linked into the next site."""
    site.plugin_options["cache_dir"] = str(site.root / "cache")
    site.build()
    kept = list((site.root / "cache").glob("pagefind-*"))
    assert len(kept) == 1 and (kept[0] / "pagefind-entry.json").is_file()
    site.build()
    entry = site.site_dir / "pagefind" / "pagefind-entry.json"
    assert entry.read_bytes() == (kept[0] / "pagefind-entry.json").read_bytes()
    assert entry.stat().st_nlink >= 2  # linked from the cache, not indexed again
    (site.articles_dir / SEED_NAMES[0]).write_text(
        "A new article\n\n“We moved the pages,” said Ann Editor.\n", encoding="utf-8"
    )
    site.build()
    # Another quote page: indexed afresh (its files are its own), kept instead of the old.
    assert [p.name for p in (site.root / "cache").glob("pagefind-*")] != [kept[0].name]
    assert (site.site_dir / "pagefind" / "pagefind-entry.json").stat().st_nlink == 1


def test_without_quote_pages_there_is_no_finder(site: Site) -> None:
    """The finder lists quote pages: without them it is left out, not left empty."""
    site.plugin_options["quote_pages"] = False
    site.build()
    assert not site.page_path(site.url_of("quotes/find.md")).exists()
    assert not (site.site_dir / "pagefind").exists()
