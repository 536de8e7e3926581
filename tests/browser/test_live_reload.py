"""`mkdocs serve --livereload`: a writer edits the articles and the open page follows."""

from __future__ import annotations

import re
import time
from importlib.metadata import version
from pathlib import Path

import pytest

from .conftest import (
    browser_missing_reason,
    free_port,
    http_status,
    plain_text,
    screenshot,
    server_log,
    start_server,
    stop_server,
    write_demo_project,
)

if reason := browser_missing_reason():
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

NEW_PARAGRAPH = '"Test quote marker 12345 is here," said Jane Example.'
NEW_QUOTE = "Test quote marker 12345 is here"
# A rebuild on a slow machine: the model stays loaded, but the whole site is rebuilt.
RELOAD_TIMEOUT_MS = 15_000
EDITED = "001_f4ab7b8fa4ae20c2.txt"
"""The article John Kirby is quoted in, edited while its page is open."""
DELETED = "000_9c347b5121ad8a93.txt"
# A quote's own page (its id: 10 hex digits, "-2" for the same words again), not the
# finder, the review or data page or a month of the quote index, which the nav may link.
QUOTE_PAGE = re.compile(r"/quotes/[0-9a-f]{10}(?:-\d+)?/$")
MONTH_PAGE = re.compile(r"/quotes/(?:\d{4}-\d{2}|undated)/$")  # the quote index's months


def _article_urls(page: Page, base_url: str) -> list[str]:
    """Every article page, from the quote index's article headings: on the index
    itself, or on its months' pages when articles are dated (the demo's are)."""
    page.goto(base_url + "quotes/")
    links: list[str] = page.locator("a[href]").evaluate_all("a => a.map(x => x.href)")
    months = sorted({h for h in links if MONTH_PAGE.search(h)})
    hrefs: list[str] = []
    for url in months or [base_url + "quotes/"]:
        page.goto(url)
        hrefs += page.locator("h2 a[href]").evaluate_all(
            "links => links.map(a => a.href.split('#')[0])"
        )
    return sorted({h for h in hrefs if "/articles/" in h})


def _page_showing(page: Page, urls: list[str], text: str) -> str:
    for url in urls:
        page.goto(url)
        # Only the article's paragraphs: the nav holds every article's title.
        if text in plain_text(" ".join(page.locator(".mq-para").all_inner_texts())):
            return url
    raise AssertionError(f"no article page shows {text!r}: {urls}")


def _first_sentence(path: Path) -> str:
    """Opening words of the article's first long paragraph, to find its page by."""
    lines = path.read_text(encoding="utf-8").splitlines()
    paragraph = next(line for line in lines if len(line.split()) > 12 and ":" not in line[:20])
    return " ".join(paragraph.split()[:8])


def test_edits_show_in_the_open_page_and_deleted_articles_go(
    page: Page, tmp_path: Path, quotes_cache_dir: Path
) -> None:
    """Add a quote to an open article: it appears, marked, with no reload by hand.

    Then delete another article: its page and its quote pages answer 404.
    """
    project = tmp_path / "project"
    config_file = write_demo_project(project, cache_dir=quotes_cache_dir)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/"
    server = start_server(
        ["mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}", "-f", str(config_file)],
        cwd=project,
        url=base_url,
    )
    try:
        articles = project / "docs" / "articles"
        urls = _article_urls(page, base_url)
        assert len(urls) == len(list(articles.iterdir())), urls
        edited_url = _page_showing(page, urls, _first_sentence(articles / EDITED))
        deleted_url = _page_showing(page, urls, _first_sentence(articles / DELETED))
        page.goto(deleted_url)
        hrefs: list[str] = page.locator("a[href]").evaluate_all("a => a.map(x => x.href)")
        deleted_quote_pages = sorted({h for h in hrefs if QUOTE_PAGE.search(h)})
        assert deleted_quote_pages, f"{deleted_url} links no quote page"

        page.goto(edited_url)
        expect(page.get_by_text(NEW_QUOTE)).to_have_count(0)
        with (articles / EDITED).open("a", encoding="utf-8") as article:
            article.write(f"\n\n{NEW_PARAGRAPH}\n")
        new_quote = page.locator("mark.mq-quote", has_text=NEW_QUOTE)
        expect(new_quote).to_have_count(1, timeout=RELOAD_TIMEOUT_MS)
        expect(page.locator("body")).to_contain_text("Jane Example")
        new_quote.scroll_into_view_if_needed()
        screenshot(page, "live-reload", "1-new-quote")

        (articles / DELETED).unlink()
        deadline = time.monotonic() + RELOAD_TIMEOUT_MS / 1000
        gone: list[str] = []
        while time.monotonic() < deadline:
            gone = [u for u in [deleted_url, *deleted_quote_pages] if http_status(u) == 404]
            if len(gone) == 1 + len(deleted_quote_pages):
                break
            time.sleep(0.5)
        still_there = sorted({deleted_url, *deleted_quote_pages} - set(gone))
        assert not still_there, f"still served after deleting {DELETED}: {still_there}"
        assert http_status(edited_url) == 200
    except BaseException:
        print(f"click {version('click')}, mkdocs {version('mkdocs')}; the server said:")
        print(server_log(project)[-4000:])
        raise
    finally:
        stop_server(server)
