"""The editors' `quotes.yml` as a reader sees it, and as `mkdocs serve` follows it."""

from __future__ import annotations

import shutil
import time
import urllib.request
from pathlib import Path

import pytest

from .conftest import (
    REPO_ROOT,
    browser_missing_reason,
    free_port,
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

RELOAD_TIMEOUT_S = 30
VERIFIED = "e8bc82776e"
"""Guterres' "It is particularly horrifying…", verified in the demo's quotes.yml."""
KIRBY_CAPACITY = "cfb47490e8"
"""Kirby's "Capacity is not going to be a problem", re-credited by the serve test."""


def _serve(project: Path, config_file: Path) -> tuple[object, str]:
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/"
    server = start_server(
        ["mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}", "-f", str(config_file)],
        cwd=project,
        url=base_url,
    )
    return server, base_url


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode("utf-8"))


def test_the_status_badge_and_the_recredited_quote_show_in_chromium(
    page: Page, tmp_path: Path, quotes_cache_dir: Path
) -> None:
    """The demo's quotes.yml, served: the verified badge on the quote page, the
    editors' re-credit on the speaker page, and the hidden quote nowhere."""
    project = tmp_path / "project"
    config_file = write_demo_project(project, cache_dir=quotes_cache_dir)
    shutil.copy(REPO_ROOT / "quotes.yml", project / "quotes.yml")
    server, base_url = _serve(project, config_file)
    try:
        page.goto(f"{base_url}quotes/{VERIFIED}/")
        badge = page.locator(".mq-verdict .mq-status-verified")
        expect(badge).to_have_text("Verified")
        expect(badge).to_be_visible()
        expect(page.locator(".mq-verdict")).to_contain_text("13 August 2021")
        screenshot(page, "corrections", "1-verified-quote")

        page.goto(f"{base_url}speakers/")
        page.get_by_role("link", name="US Embassy in Kabul", exact=True).first.click()
        entry = page.locator("li", has=page.locator(".mq-edited"))
        expect(entry).to_have_count(1)
        expect(entry).to_contain_text("leave Afghanistan immediately")
        expect(entry.locator(".mq-edited")).to_be_visible()
        screenshot(page, "corrections", "2-recredited-quote")

        page.goto(f"{base_url}speakers/")
        expect(page.get_by_role("link", name="Ben Wallace")).to_have_count(0)
    except BaseException:
        print(server_log(project)[-4000:])
        raise
    finally:
        stop_server(server)  # type: ignore[arg-type]


def test_serve_follows_an_edit_of_quotes_yml_without_a_reload_by_hand(
    page: Page, tmp_path: Path, quotes_cache_dir: Path
) -> None:
    """Re-credit a quote in quotes.yml while its speaker's page is open: the server
    rebuilds, the page reloads itself, and the quote shows the editors' credit."""
    project = tmp_path / "project"
    config_file = write_demo_project(project, cache_dir=quotes_cache_dir)
    corrections = project / "quotes.yml"
    corrections.write_text("speakers:\n  John Kirby:\n    role: Pentagon spokesman\n", "utf-8")
    server, base_url = _serve(project, config_file)
    try:
        guterres = f"{base_url}speakers/antonio-guterres/"
        page.goto(guterres)
        expect(page.locator(".mq-edited")).to_have_count(0)
        corrections.write_text(
            f"quotes:\n  {KIRBY_CAPACITY}:\n    speaker: Antonio Guterres\n", "utf-8"
        )
        # The served page changes: polled over HTTP, as any client would see it...
        deadline = time.monotonic() + RELOAD_TIMEOUT_S
        while "Capacity is not going to be a problem" not in _fetch(guterres):
            assert time.monotonic() < deadline, "the served page never changed"
            time.sleep(0.5)
        # ...and the open page reloads itself.
        moved = page.locator("li", has=page.locator(".mq-edited"))
        expect(moved).to_contain_text("Capacity is not going to be a problem", timeout=15_000)
        screenshot(page, "corrections", "3-served-after-edit")

        # Removing the correction gives the quote back; a file deleted and written
        # again (as editors that save by renaming do) is still followed.
        corrections.unlink()
        corrections.write_text("# nothing\n", "utf-8")
        expect(page.locator(".mq-edited")).to_have_count(0, timeout=15_000)
    except BaseException:
        print(server_log(project)[-4000:])
        raise
    finally:
        stop_server(server)  # type: ignore[arg-type]
