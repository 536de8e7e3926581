"""Title, date and outlet in Chromium, in each theme: the seeds and a web page article.

The demo site's seed articles give their outlet and date in a header (001: AFP,
13 August 2021; 002: NBC News, no date; 000: neither); a saved news page beside
them gives its own in its HTML. Each article page shows what its file gives and no
empty field for what it does not; a quote page shows its citation, and the copy
button, which only the plugin's script reveals, copies it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest

from .conftest import (
    THEMES,
    ServedSite,
    browser_missing_reason,
    content,
    new_context,
    plain_text,
    screenshot,
    serve_directory,
    write_demo_project,
)

if reason := browser_missing_reason():
    pytest.skip(reason, allow_module_level=True)

from mkdocs.commands.build import build
from mkdocs.config import load_config
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

WEB_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour closes early | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2021-08-14T08:00:00Z">
<link rel="canonical" href="https://example.org/harbour-closes">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour closes early</h1>
<p>The harbour will close at noon on Saturday as the storm nears the coast, the port
authority said in a statement released early in the morning.</p>
<figure><img src="h.jpg"><figcaption>Boats in the harbour on Friday.</figcaption></figure>
<p>"We will reopen when the wind drops," harbour master Lisa Berg told reporters.</p>
</article><aside class="related"><a href="/x">Ten storms to remember</a></aside>
<footer>© 2021 Example Wire</footer></body></html>"""

# What each article page's metadata line shows; None: no line at all.
EXPECTED = {
    "Harbour closes early": "Example Wire · 14 August 2021",
    "000": None,
    "001": "AFP · 13 August 2021",
    "002": "NBC News",
}
BROWSER_THEMES = ["mkdocs", "readthedocs", "material-light"]


@pytest.fixture(scope="module", params=BROWSER_THEMES)
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServedSite]:
    theme = THEMES[request.param]
    project = tmp_path_factory.mktemp(f"citations-{theme.name}")
    cache_dir = tmp_path_factory.mktemp("citations-cache")
    config_file = write_demo_project(project, theme=theme.config, cache_dir=cache_dir)
    (project / "docs" / "articles" / "harbour.html").write_text(WEB_PAGE, encoding="utf-8")
    config = load_config(str(config_file))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    server, url = serve_directory(Path(config.site_dir))
    site = ServedSite(theme, Path(config.site_dir), url, server)
    try:
        yield site
    finally:
        site.close()


def _article_urls(page: Page, site: ServedSite) -> dict[str, str]:
    """Title (or seed number) -> URL, from the article index."""
    page.goto(site.url + "articles/")
    urls: dict[str, str] = {}
    for link in content(page, site.theme).locator("li > a").all():
        href = link.get_attribute("href") or ""
        title = plain_text(link.inner_text())
        key = next((seed for seed in ("000", "001", "002") if seed in href), title)
        urls[key] = urljoin(page.url, href)
    return urls


def test_each_article_shows_its_title_date_and_outlet(page: Page, served: ServedSite) -> None:
    urls = _article_urls(page, served)
    assert set(EXPECTED) <= set(urls), urls
    for key, line in EXPECTED.items():
        page.goto(urls[key])
        main = content(page, served.theme)
        heading = main.locator("h1").first
        expect(heading).to_be_visible()
        if key == "Harbour closes early":
            assert plain_text(heading.inner_text()) == key
        meta = main.locator(".mq-meta")
        if line is None:
            expect(meta).to_have_count(0)
            continue
        expect(meta).to_be_visible()
        assert plain_text(meta.inner_text()).startswith(line), (key, meta.inner_text())
        screenshot(page, served.theme.name, f"article-meta-{key[:7].replace(' ', '-')}")


def test_a_quote_page_shows_its_citation_and_copies_it(page: Page, served: ServedSite) -> None:
    urls = _article_urls(page, served)
    page.goto(urls["Harbour closes early"])
    content(page, served.theme).get_by_role("link", name="quote page").first.click()
    page.wait_for_load_state()
    citation = content(page, served.theme).locator(".mq-citation")
    expect(citation).to_be_visible()
    # The paragraph in context is the story's own: no caption, no headline run into it.
    context = plain_text(content(page, served.theme).inner_text())
    assert "Boats in the harbour" not in context and "early The harbour" not in context
    text = plain_text(citation.locator(".mq-citation-text").inner_text())
    assert text == "Lisa Berg, harbour master, told reporters — Example Wire, 14 August 2021"
    link = citation.locator(".mq-citation-text a")
    expect(link).to_have_attribute("href", "https://example.org/harbour-closes")
    button = citation.locator("button.mq-copy")
    expect(button).to_be_visible()  # the script revealed it
    button.click()
    expect(button).to_have_attribute("data-mq-copied", re.compile(".+"))
    copied = plain_text(button.get_attribute("data-mq-copied") or "")
    assert copied.startswith('"We will reopen when the wind drops," — Lisa Berg'), copied
    assert copied.endswith("https://example.org/harbour-closes"), copied
    screenshot(page, served.theme.name, "quote-citation")


def test_without_javascript_the_citation_is_text_and_no_dead_button_shows(
    browser: Browser, served: ServedSite
) -> None:
    context = new_context(browser, java_script_enabled=False)
    try:
        page = context.new_page()
        urls = _article_urls(page, served)
        page.goto(urls["001"])
        content(page, served.theme).get_by_role("link", name="quote page").first.click()
        page.wait_for_load_state()
        citation = content(page, served.theme).locator(".mq-citation")
        expect(citation).to_be_visible()
        assert plain_text(citation.inner_text()).endswith("— AFP, 13 August 2021")
        expect(citation.locator("button.mq-copy")).to_be_hidden()
    finally:
        context.close()
