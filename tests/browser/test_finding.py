"""Finding things on a site of 63 real articles (PolNeAR train, nine per outlet), in
Chromium, in the three themes and on a 390-pixel phone: the speaker index filtered,
sorted and jumped through, the quote finder's facets, a quote found by the theme's
own search, and the Quotes menu kept open on a speaker page."""

from __future__ import annotations

import collections
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import shared_file
from mkdocs.commands.build import build
from mkdocs.config import load_config

from .conftest import (
    THEMES,
    ServedSite,
    browser_missing_reason,
    content,
    new_context,
    screenshot,
    serve_directory,
    theme_search,
)

if reason := browser_missing_reason():
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
FINDING_THEMES = ["mkdocs", "readthedocs", "material-light"]
ARTICLES_PER_OUTLET = 9
# A quote in those articles (wash-post, 2016-03-22), and a few of its words.
SEARCHED_QUOTE = "Israel's security is nonnegotiable"
SEARCH_WORDS = "security nonnegotiable"
SPEAKER = "Hillary Clinton"


def write_archive(folder: Path) -> None:
    """Nine articles of each outlet, copied with the date and outlet their file names
    give (`nyt_2016-02-11_…`) as a `Date:`/`Source:` header, as an archive has them."""
    source = shared_file("eval/polnear-train/articles")
    by_outlet: dict[str, list[Path]] = collections.defaultdict(list)
    for path in sorted(source.glob("*.txt")):
        by_outlet[path.name.split("_", 1)[0]].append(path)
    folder.mkdir(parents=True)
    for outlet, paths in by_outlet.items():
        for path in paths[::13][:ARTICLES_PER_OUTLET]:  # spread over the months
            day = path.name.split("_")[1]
            text = path.read_text(encoding="utf-8")
            header = f"Date: {day}\nSource: {outlet}\n\n"
            (folder / path.name).write_text(header + text, encoding="utf-8")


@pytest.fixture(scope="module")
def archive_sites(
    tmp_path_factory: pytest.TempPathFactory, quotes_cache_dir: Path
) -> Iterator[Callable[[str], ServedSite]]:
    """The archive built and served per theme on first use (one extraction, cached)."""
    root = tmp_path_factory.mktemp("archive")
    write_archive(root / "articles")
    sites: dict[str, ServedSite] = {}

    def get(theme_name: str) -> ServedSite:
        if theme_name not in sites:
            theme = THEMES[theme_name]
            project = root / theme_name
            (project / "docs").mkdir(parents=True)
            (project / "docs" / "index.md").write_text("# Archive\n", encoding="utf-8")
            config: dict[str, Any] = {
                "site_name": "Archive",
                "theme": theme.config,
                "plugins": [
                    "search",
                    {
                        "quotes": {
                            "articles_dir": str(root / "articles"),
                            "cache_dir": str(quotes_cache_dir),
                        }
                    },
                ],
            }
            config_file = project / "mkdocs.yml"
            config_file.write_text(yaml.safe_dump(config), encoding="utf-8")
            loaded = load_config(str(config_file))
            loaded.plugins.on_startup(command="build", dirty=False)
            try:
                build(loaded)
            finally:
                loaded.plugins.on_shutdown()
            server, url = serve_directory(Path(loaded.site_dir))
            sites[theme_name] = ServedSite(theme, Path(loaded.site_dir), url, server)
        return sites[theme_name]

    try:
        yield get
    finally:
        for site in sites.values():
            site.close()


@pytest.fixture(params=FINDING_THEMES)
def archive(
    request: pytest.FixtureRequest, archive_sites: Callable[[str], ServedSite]
) -> ServedSite:
    """The archive in each theme in turn."""
    return archive_sites(request.param)


def _visible_rows(page: Page) -> list[list[str]]:
    """The speaker index's visible rows, as cell texts, People table first."""
    rows: list[list[str]] = page.evaluate(
        """() => [...document.querySelectorAll('.mq-speaker-index tbody tr')]
            .filter(row => !row.hidden && !row.closest('table').hidden)
            .map(row => [...row.cells].map(cell => cell.textContent.trim()))"""
    )
    return rows


def _people_rows(page: Page) -> list[list[str]]:
    rows: list[list[str]] = page.evaluate(
        """() => [...document.querySelector('.mq-speaker-index table').tBodies[0].rows]
            .map(row => [...row.cells].map(cell => cell.textContent.trim()))"""
    )
    return rows


def test_speaker_index_filters_sorts_and_jumps(page: Page, archive: ServedSite) -> None:
    theme = archive.theme
    page.goto(archive.url + "speakers/")
    box = page.locator(".mq-filter input")
    expect(box).to_be_visible()
    total = len(_visible_rows(page))
    assert total >= 150, f"{total} speakers: the archive should quote many"

    box.press_sequentially("clinton", delay=20)
    rows = _visible_rows(page)
    assert 0 < len(rows) < total
    assert all("clinton" in " ".join(row).casefold() for row in rows), rows
    expect(page.locator(".mq-filter-status")).to_have_text(f"{len(rows)} of {total} speakers")
    screenshot(page, f"finding-{theme.name}", "1-speakers-filtered", full_page=True)
    box.fill("")
    assert len(_visible_rows(page)) == total

    header = page.locator(".mq-speaker-index table").first.locator("th")
    labels = [label.strip() for label in header.all_inner_texts()]
    assert labels[:1] == ["Speaker"] and "Quotes" in labels and "Last quoted" in labels[-1]
    quotes_column = labels.index("Quotes")
    header.nth(quotes_column).locator("button").click()  # most quoted first
    counts = [int(row[quotes_column]) for row in _people_rows(page)]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    expect(header.nth(quotes_column)).to_have_attribute("aria-sort", "descending")
    header.nth(len(labels) - 1).locator("button").click()  # most recently quoted first
    # Shown as "13 August 2021", sorted by the ISO date of its <time>; undated last.
    dates: list[str] = page.evaluate(
        """() => [...document.querySelector('.mq-speaker-index table').tBodies[0].rows]
            .map(row => row.cells[row.cells.length - 1].querySelector('time[datetime]'))
            .map(time => time ? time.getAttribute('datetime') : '')"""
    )
    known = [d for d in dates if d]
    assert known and known == sorted(known, reverse=True) and dates[: len(known)] == known
    header.nth(0).locator("button").click()  # by name again
    names = [row[0].casefold() for row in _people_rows(page)]
    assert names == sorted(names)
    screenshot(page, f"finding-{theme.name}", "2-speakers-sorted")

    header.nth(quotes_column).locator("button").click()
    page.locator(".mq-az a", has_text="S").first.click()  # back to name order, then jump
    target = page.locator("#az-s")
    expect(target).to_be_in_viewport()
    row = target.locator("xpath=ancestor::tr").first
    assert row.inner_text().strip()[:1].upper() == "S"
    screenshot(page, f"finding-{theme.name}", "3-speakers-a-z")


def test_speaker_index_fits_a_phone(browser: Browser, archive: ServedSite) -> None:
    context = new_context(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(archive.url + "speakers/")
        expect(page.locator(".mq-filter input")).to_be_visible()
        width = page.evaluate("innerWidth")
        table = page.locator(".mq-speaker-index table").first
        box = table.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width + 1, box
        for cell in table.locator("th").all():  # every column on screen, none cut off
            cell_box = cell.bounding_box()
            assert cell_box is not None and cell_box["x"] + cell_box["width"] <= width + 1
        page.locator(".mq-filter input").fill("sanders")
        screenshot(page, f"finding-{archive.theme.name}", "phone-speakers")
    finally:
        context.close()


def _finder_ready(page: Page, site: ServedSite) -> None:
    page.goto(site.url + "quotes/find/")
    expect(page.locator("[data-mq-finder]")).to_have_attribute("data-mq-ready", "1")
    expect(page.locator(".mq-finder-fallback")).to_be_hidden()


def _count(page: Page) -> int:
    return int(page.locator(".mq-finder-count").inner_text().split()[0])


def test_quote_finder_narrows_by_speaker_year_and_words(page: Page, archive: ServedSite) -> None:
    theme = archive.theme
    _finder_ready(page, archive)
    everything = _count(page)
    assert everything >= 500
    assert page.locator("select[name=outlet] option").count() == 1 + 7  # "Any" + outlets

    page.select_option("select[name=speaker]", SPEAKER)
    expect(page.locator(".mq-finder-count")).not_to_have_text(f"{everything} quotes")
    by_speaker = _count(page)
    assert 0 < by_speaker < everything
    titles = page.locator(".mq-finder-result a")
    expect(titles.first).to_be_visible()
    assert all(t.endswith(f"— {SPEAKER}") for t in titles.all_inner_texts())

    page.select_option("select[name=year]", "2016")
    expect(page.locator(".mq-finder-count")).not_to_have_text(f"{by_speaker} quotes")
    in_2016 = _count(page)
    assert 0 < in_2016 < by_speaker  # the archive quotes her in 2015 too

    page.locator(".mq-finder-form input[type=search]").press_sequentially(SEARCH_WORDS, delay=20)
    expect(page.locator(".mq-finder-count")).to_have_text("1 quote")
    expect(page.locator(".mq-finder-result mark").first).to_be_visible()
    screenshot(page, f"finding-{theme.name}", "4-finder", full_page=True)
    page.locator(".mq-finder-result a").first.click()
    page.wait_for_load_state()
    assert "/quotes/" in page.url
    expect(content(page, theme)).to_contain_text("nonnegotiable")


def test_quote_finder_on_a_phone(browser: Browser, archive: ServedSite) -> None:
    context = new_context(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        _finder_ready(page, archive)
        page.select_option("select[name=outlet]", "nyt")
        expect(page.locator(".mq-finder-result").first).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth <= innerWidth + 1")
        screenshot(page, f"finding-{archive.theme.name}", "phone-finder")
    finally:
        context.close()


def test_theme_search_finds_a_quote_page_first(page: Page, archive: ServedSite) -> None:
    """A few words of a quote, in the theme's own search box: the first hit is its page."""
    theme = archive.theme
    results = theme_search(page, archive, SEARCH_WORDS)
    expect(results.first).to_be_visible()
    screenshot(page, f"finding-{theme.name}", "5-theme-search")
    first = results.first.get_attribute("href") or ""
    assert "quotes/" in first, f"{theme.name}: first hit {first}, not a quote page"
    results.first.click()
    page.wait_for_load_state()
    expect(page.locator(f"{theme.content} h1").first).to_contain_text("nonnegotiable")
    expect(page.locator(f"{theme.content} blockquote").first).to_contain_text(SPEAKER)


def test_the_reader_keeps_their_place_on_a_speaker_page(page: Page, archive: ServedSite) -> None:
    theme = archive.theme
    page.goto(archive.url + "speakers/")
    content(page, theme).get_by_role("link", name=SPEAKER, exact=True).first.click()
    page.wait_for_load_state()
    if theme.name.startswith("material"):
        # The Quotes section is open and "Speakers" marked as where the reader is.
        active = page.locator(".md-sidebar--primary .md-nav__item--active > .md-nav__link")
        speakers = active.filter(has_text="Speakers")
        expect(speakers).to_be_visible()
        other = page.locator(".md-sidebar--primary a.md-nav__link", has_text="All quotes")
        expect(other).to_be_visible()
        colour = "el => getComputedStyle(el).color"
        assert speakers.evaluate(colour) != other.evaluate(colour), "Speakers is not marked"
    elif theme.name == "readthedocs":
        crumbs = page.locator(".wy-breadcrumbs li")
        expect(crumbs.nth(1)).to_have_text("Quotes")
        expect(crumbs.nth(2)).to_have_text("Speakers")
        expect(crumbs.nth(3)).to_have_text(SPEAKER)
        expect(page.locator(".wy-menu-vertical a", has_text="Speakers")).to_be_visible()
    else:
        expect(page.locator(".mq-trail")).to_have_text(f"Quotes › Speakers › {SPEAKER}")
        expect(page.locator(".navbar a.active", has_text="Quotes")).to_be_visible()
    screenshot(page, f"finding-{theme.name}", "6-speaker-page-place")


@pytest.mark.parametrize("theme_name", ["material-light", "material-dark"])
def test_a_speaker_timeline_reads_in_light_and_dark_on_the_archive(
    page: Page, archive_sites: Callable[[str], ServedSite], theme_name: str
) -> None:
    site = archive_sites(theme_name)
    page.goto(site.url + "speakers/")
    content(page, site.theme).get_by_role("link", name=SPEAKER, exact=True).first.click()
    page.wait_for_load_state()
    figure = page.locator("figure.mq-timeline")
    figure.scroll_into_view_if_needed()
    expect(figure.locator("figcaption")).to_be_visible()
    bars = figure.locator("svg rect.mq-timeline-bar")
    assert bars.count() >= 2, "the archive spans several months"
    # The bars are drawn in the text's colour: they differ from the page's background
    # in both palettes.
    colours = bars.first.evaluate(
        "el => [getComputedStyle(el).fill, getComputedStyle(document.body).backgroundColor]"
    )
    assert colours[0] != colours[1], colours
    screenshot(page, f"finding-{theme_name}", "7-speaker-timeline")
