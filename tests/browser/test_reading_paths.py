"""A reader's paths through the demo site in every theme: speaker, quote, context, search."""

from __future__ import annotations

import re

import pytest
import yaml

from .conftest import (
    REPO_ROOT,
    SPEAKER,
    STEP_TIMEOUT_MS,
    ServedSite,
    Theme,
    assert_in_view_below_header,
    assert_visibly_marked,
    browser_missing_reason,
    content,
    open_speaker_article,
    plain_text,
    screenshot,
)

if reason := browser_missing_reason():
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

# A quote of John Kirby's in the demo articles, and a few of its words a reader would search for.
SEARCHED_QUOTE = "Capacity is not going to be a problem"
SEARCH_WORDS = "capacity problem"
FIRST_WORD = "capacity"
# What MkDocs's and Material's search plugins split words on when not told otherwise.
DEFAULT_SEARCH_SEPARATOR = r"[\s\-]+"

# Links in the page content that go to a quote's own page (`quotes/<id>/`, `quotes/<id>.html`).
_QUOTE_PAGE_HREF = re.compile(r"/quotes/(?!index\.html)[^/#]+(/|\.html)$")


def _click_link_matching(page: Page, theme: Theme, pattern: re.Pattern[str]) -> str:
    """Click the first content link whose URL, without its #anchor, matches; return it."""
    links = content(page, theme).locator("a[href]")
    hrefs: list[str] = links.evaluate_all("links => links.map(a => a.href)")
    for index, href in enumerate(hrefs):
        if pattern.search(href.split("#", 1)[0]):
            links.nth(index).click()
            page.wait_for_load_state()
            return href
    raise AssertionError(f"no link matching {pattern.pattern} on {page.url}: {hrefs}")


def test_speaker_index_to_quote_in_context(page: Page, served_site: ServedSite) -> None:
    """Speakers → John Kirby → one of his quotes → "in context": the quote, in view, marked."""
    theme = served_site.theme
    page.goto(served_site.url + "speakers/")
    screenshot(page, theme.name, "1-speaker-index", full_page=True)

    content(page, theme).get_by_role("link", name=SPEAKER, exact=True).first.click()
    page.wait_for_load_state()
    expect(page.locator(f"{theme.content} h1").first).to_contain_text(SPEAKER)
    screenshot(page, theme.name, "2-speaker-page", full_page=True)

    quote_url = _click_link_matching(page, theme, _QUOTE_PAGE_HREF)
    quote_id = re.search(r"/quotes/([^/#]+?)(?:/|\.html)", quote_url)[1]  # type: ignore[index]
    blockquote = content(page, theme).locator("blockquote").first
    expect(blockquote).to_contain_text(SPEAKER)
    said = plain_text(blockquote.inner_text()).split('"')[1]
    screenshot(page, theme.name, "3-quote-page", full_page=True)

    in_context = content(page, theme).locator(f'a[href*="#q-{quote_id}"]').first
    in_context.click()
    page.wait_for_url(re.compile(rf"#q-{re.escape(quote_id)}$"))
    page.wait_for_load_state()
    quote = page.locator(f'[id="q-{quote_id}"]')
    expect(quote).to_have_count(1)
    assert plain_text(said) in plain_text(quote.inner_text()), (said, quote.inner_text())
    assert_in_view_below_header(page, theme, quote)
    assert_visibly_marked(quote, f"{theme.name} {page.url}")
    screenshot(page, theme.name, "4-quote-in-context")


def test_article_speaker_link_leads_to_speaker_page(page: Page, served_site: ServedSite) -> None:
    """An article names John Kirby; his name there links to his page, which lists that article."""
    theme = served_site.theme
    open_speaker_article(page, served_site)
    article_path = page.url.split("#", 1)[0].removeprefix(served_site.url.rstrip("/"))

    in_text = content(page, theme).locator(".mq-para a", has_text="Kirby").first
    expect(in_text).to_be_visible()
    in_text.click()
    page.wait_for_load_state()
    expect(page.locator(f"{theme.content} h1").first).to_contain_text(SPEAKER)
    hrefs: list[str] = (
        content(page, theme)
        .locator("a[href]")
        .evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    )
    assert article_path in hrefs, f"{page.url} does not link back to {article_path}"
    screenshot(page, theme.name, "6-speaker-from-article")


def _search(page: Page, served_site: ServedSite, words: str) -> Locator:
    """Type `words` into the theme's own search box; return the result links (maybe none)."""
    theme = served_site.theme
    page.goto(served_site.url)
    if theme.name == "mkdocs":
        page.locator('[data-bs-target="#mkdocs_search_modal"]').first.click()
        box = page.locator("#mkdocs-search-query")
        expect(box).to_be_visible()
        box.press_sequentially(words, delay=20)
    elif theme.name == "readthedocs":
        box = page.locator('#rtd-search-form input[name="q"]')
        box.fill(words)
        box.press("Enter")
        page.wait_for_url(re.compile(r"search\.html\?q="))
        expect(page.locator("#mkdocs-search-query")).to_have_value(words)
    else:
        box = page.locator(".md-search__input")
        box.click()
        box.press_sequentially(words, delay=20)
    if theme.name.startswith("material"):
        results = page.locator(".md-search-result__item a.md-search-result__link")
        nothing = page.locator(".md-search-result__meta", has_text="No matching")
    else:
        results = page.locator("#mkdocs-search-results article a")
        nothing = page.locator("#mkdocs-search-results", has_text="No results found")
    results.first.or_(nothing).wait_for(timeout=STEP_TIMEOUT_MS)
    return results


def _follow_result_holding(page: Page, theme: Theme, results: Locator, word: str) -> None:
    """Open the result a reader would pick (the first showing `word`); it holds the quote."""
    texts = [plain_text(t).casefold() for t in results.all_inner_texts()]
    assert texts, f"{theme.name}: searching finds nothing"
    chosen = next((i for i, t in enumerate(texts) if word in t), 0)
    results.nth(chosen).click()
    page.wait_for_load_state()
    expect(content(page, theme)).to_be_visible()
    text = plain_text(content(page, theme).inner_text())
    assert SEARCHED_QUOTE in text, f"{theme.name}: result {page.url} does not hold the quote"


def test_search_finds_a_quote(page: Page, served_site: ServedSite) -> None:
    """A few words of a quote in the theme's search box lead to a page that holds it."""
    theme = served_site.theme
    results = _search(page, served_site, SEARCH_WORDS)
    screenshot(page, theme.name, "7-search-results")
    _follow_result_holding(page, theme, results, "capacity")
    screenshot(page, theme.name, "8-search-result-page")


def _demo_search_separator() -> str:
    """The `separator` of the demo's search plugin: which characters split words."""
    config = yaml.safe_load((REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    for entry in config.get("plugins") or []:
        if isinstance(entry, dict) and isinstance(entry.get("search"), dict):
            return str(entry["search"].get("separator", DEFAULT_SEARCH_SEPARATOR))
    return DEFAULT_SEARCH_SEPARATOR


def test_search_finds_a_quote_by_its_first_word(
    page: Page, served_site: ServedSite, request: pytest.FixtureRequest
) -> None:
    """The quote's first word alone finds it, though a quotation mark is glued to it.

    MkDocs's own search (lunr) trims punctuation off words; Material's does not,
    so `“Capacity` is not `capacity` there unless the search plugin's `separator`
    splits on quotation marks.
    """
    theme = served_site.theme
    separator = _demo_search_separator()
    splits_marks = all("Capacity" in re.split(separator, f"{m}Capacity") for m in '"\u201c')
    if theme.name.startswith("material") and not splits_marks:
        request.applymarker(
            pytest.mark.xfail(
                strict=True,
                reason=f"Material cannot find a quote's first word with search separator "
                f"{separator!r}: add quotation marks to it in mkdocs.yml, "
                "e.g. plugins: [search: {separator: '[\\s\\-\"\u201c\u201d]+'}]",
            )
        )
    results = _search(page, served_site, FIRST_WORD)
    screenshot(page, theme.name, "9-search-first-word")
    _follow_result_holding(page, theme, results, FIRST_WORD)
