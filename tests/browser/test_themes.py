"""How each theme shows the quotes: marked, styled by the plugin's sheet, readable in the dark."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from .conftest import (
    THEMES,
    ServedSite,
    assert_in_view_below_header,
    assert_looks_marked,
    assert_visibly_marked,
    browser_missing_reason,
    content,
    new_context,
    open_speaker_article,
    quote_styles,
    screenshot,
)

if reason := browser_missing_reason():
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import Browser, Page, Response, expect

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def _relative_luminance(css_colour: str) -> float:
    red, green, blue = (int(v) / 255 for v in re.findall(r"\d+", css_colour)[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def test_every_quote_on_an_article_page_is_marked(page: Page, served_site: ServedSite) -> None:
    """Each quote on an article page stands out from the text around it."""
    theme = served_site.theme
    open_speaker_article(page, served_site)
    styles = quote_styles(content(page, theme).locator("mark.mq-quote"))
    assert styles, f"no quote marks on {page.url}"
    for index, style in enumerate(styles):
        assert_looks_marked(style, f"{theme.name} {page.url} quote {index}")
    screenshot(page, theme.name, "article-page", full_page=True)


def test_plugin_stylesheet_loads_and_nothing_local_fails(
    page: Page, served_site: ServedSite
) -> None:
    """The plugin's own stylesheet reaches the page; no request to the site itself fails."""
    failed: list[str] = []
    stylesheets: list[str] = []

    def seen(response: Response) -> None:
        if not response.url.startswith(served_site.url):
            return  # Material asks Google for fonts: no network here, and not ours
        if response.status >= 400:
            failed.append(f"{response.status} {response.url}")
        if response.request.resource_type == "stylesheet":
            stylesheets.append(response.url)

    page.on("response", seen)
    open_speaker_article(page, served_site)
    page.wait_for_load_state("networkidle")
    assert not failed, failed
    assert any("mkdocs-quotes" in url for url in stylesheets), stylesheets


def test_material_dark_palette_keeps_quotes_readable(
    page: Page, served_sites: Callable[[str], ServedSite]
) -> None:
    """Material's slate scheme is really dark, and quotes still stand out in it."""
    site = served_sites("material-dark")
    open_speaker_article(page, site)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert _relative_luminance(background) < 0.3, f"slate page background is {background}"
    quote = content(page, site.theme).locator("mark.mq-quote").first
    style = assert_visibly_marked(quote, f"material-dark {page.url}")
    contrast = abs(_relative_luminance(style["color"]) - _relative_luminance(style["background"]))
    assert contrast > 0.3, f"quote text and its highlight are too close in brightness: {style}"
    screenshot(page, "material-dark", "dark-quote")


@pytest.mark.parametrize("theme_name", list(THEMES))
def test_quote_in_context_on_a_phone(
    browser: Browser, served_sites: Callable[[str], ServedSite], theme_name: str
) -> None:
    """On a narrow screen too, a quote's link lands with the quote below the header."""
    site = served_sites(theme_name)
    context = new_context(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        open_speaker_article(page, site)
        article_url = page.url.split("#", 1)[0]
        marks = content(page, site.theme).locator("mark.mq-quote[id]")
        # The last quote: far down the page, so the browser has to scroll to it.
        quote_id = marks.nth(marks.count() - 1).get_attribute("id")
        page.goto(f"{article_url}#{quote_id}")
        quote = page.locator(f'[id="{quote_id}"]')
        assert_in_view_below_header(page, site.theme, quote)
        screenshot(page, theme_name, "phone-quote-in-context")
    finally:
        context.close()
