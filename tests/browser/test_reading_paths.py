"""A reader's paths through the demo site in every theme: speaker, quote, context, search."""

from __future__ import annotations

import re

import pytest

from .conftest import (
    SPEAKER,
    ServedSite,
    Theme,
    assert_in_view_below_header,
    assert_visibly_marked,
    browser_missing_reason,
    content,
    open_speaker_article,
    plain_text,
    screenshot,
    theme_search,
)

if reason := browser_missing_reason():
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

# A quote of John Kirby's in the demo articles, and a few of its words a reader would search for.
SEARCHED_QUOTE = "Capacity is not going to be a problem"
SEARCH_WORDS = "capacity problem"
FIRST_WORD = "capacity"

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
    results = theme_search(page, served_site, SEARCH_WORDS)
    screenshot(page, theme.name, "7-search-results")
    _follow_result_holding(page, theme, results, "capacity")
    screenshot(page, theme.name, "8-search-result-page")


def test_search_finds_a_quote_by_its_first_word(page: Page, served_site: ServedSite) -> None:
    """The quote's first word alone finds it, though a quotation mark is glued to it.

    MkDocs's own search (lunr) trims punctuation off words; Material's does not, so
    `“Capacity` is not `capacity` there unless the search plugin's `separator` splits
    on quotation marks: the plugin sets one that does (the demo's `- search` sets none).
    """
    theme = served_site.theme
    results = theme_search(page, served_site, FIRST_WORD)
    screenshot(page, theme.name, "9-search-first-word")
    _follow_result_holding(page, theme, results, FIRST_WORD)
