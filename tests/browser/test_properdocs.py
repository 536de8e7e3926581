"""The demo site under ProperDocs, the maintained fork of MkDocs 1.6: built, served, read.

ProperDocs runs in its own process: it redirects every `mkdocs.*` import to itself,
which must not happen inside this test session.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from importlib.metadata import entry_points, version
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import yaml
from bs4 import BeautifulSoup

from .conftest import (
    SPEAKER,
    THEMES,
    free_port,
    server_log,
    start_server,
    stop_server,
    write_demo_project,
)

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

if shutil.which("properdocs") is None:
    pytest.skip("ProperDocs is not installed: pip install -e '.[test]'", allow_module_level=True)

# A quote's own page (its id: 10 hex digits, "-2" for the same words again), not the
# finder, the review or data page or a month of the quote index, which the nav may link.
QUOTE_PAGE = re.compile(r"/quotes/[0-9a-f]{10}(?:-\d+)?/$")
# Packages that bring each theme to ProperDocs; its core ships none.
THEME_PACKAGES = {
    "readthedocs": "properdocs-theme-readthedocs",
    "mkdocs": "properdocs-theme-mkdocs",
    "material": "mkdocs-material",
}


def _properdocs_theme_missing(theme: str) -> str | None:
    """Why ProperDocs can't render `theme` here, or None.

    ProperDocs takes themes from its own entry points and from third-party MkDocs
    ones, not from MkDocs's built-in themes.
    """
    found = {e.name for e in entry_points(group="properdocs.themes")} | {
        e.name for e in entry_points(group="mkdocs.themes") if not e.value.startswith("mkdocs.")
    }
    if theme in found:
        return None
    package = THEME_PACKAGES.get(theme, f"a package providing the {theme!r} theme")
    return f"ProperDocs has no {theme!r} theme here: pip install {package}"


def _demo_theme() -> str:
    config = yaml.safe_load((Path(__file__).resolve().parents[2] / "mkdocs.yml").read_text())
    theme = config.get("theme", "mkdocs")
    return str(theme["name"] if isinstance(theme, dict) else theme)


def _speaker_rows(site_dir: Path) -> dict[str, tuple[str, list[str]]]:
    """Speaker name -> (their page's file, the other cells of their row)."""
    index = site_dir / "speakers" / "index.html"
    soup = BeautifulSoup(index.read_text(encoding="utf-8"), "html.parser")
    rows: dict[str, tuple[str, list[str]]] = {}
    for row in soup.select("tr"):
        cells = [c.get_text(" ", strip=True) for c in row.find_all("td")]
        link = row.select_one("a[href]")
        if cells and link is not None:
            rows[cells[0]] = (str(link["href"]), cells[1:])
    return rows


@pytest.mark.parametrize("theme", ["demo", "material-light"])
def test_demo_site_builds_strict_under_properdocs(
    tmp_path: Path, quotes_cache_dir: Path, theme: str
) -> None:
    """`properdocs build --strict`: no warning, and the speaker index holds John Kirby."""
    theme_config = None if theme == "demo" else THEMES[theme].config
    theme_name = _demo_theme() if theme_config is None else str(theme_config["name"])
    if reason := _properdocs_theme_missing(theme_name):
        pytest.skip(reason)
    project = tmp_path / "project"
    config_file = write_demo_project(project, theme=theme_config, cache_dir=quotes_cache_dir)
    result = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "-f", str(config_file)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    rows = _speaker_rows(project / "site")
    assert SPEAKER in rows, f"speakers page under ProperDocs {version('properdocs')}: {rows}"
    href, (_role, quotes, articles, *_last_quoted) = rows[SPEAKER]
    assert (quotes, articles) == ("3", "1"), rows[SPEAKER]
    speaker_page = (project / "site" / "speakers" / href).resolve()
    assert (speaker_page / "index.html" if href.endswith("/") else speaker_page).is_file(), href


def test_demo_site_serves_under_properdocs(
    page: Page, tmp_path: Path, quotes_cache_dir: Path
) -> None:
    """`properdocs serve`: the speaker index leads to John Kirby's page and his 3 quotes."""
    if reason := _properdocs_theme_missing(_demo_theme()):
        pytest.skip(reason)
    project = tmp_path / "project"
    config_file = write_demo_project(project, cache_dir=quotes_cache_dir)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/"
    args = ["properdocs", "serve", "-a", f"127.0.0.1:{port}", "-f", str(config_file)]
    server = start_server(args, cwd=project, url=base_url)
    try:
        page.goto(base_url + "speakers/")
        page.get_by_role("link", name=SPEAKER, exact=True).first.click()
        page.wait_for_load_state()
        assert SPEAKER in page.locator("h1").first.inner_text()
        hrefs: list[str] = page.locator("a[href]").evaluate_all("a => a.map(x => x.href)")
        quote_pages = {h for h in hrefs if QUOTE_PAGE.search(h)}
        assert len(quote_pages) == 3, sorted(quote_pages)
        page.goto(sorted(quote_pages)[0])
        assert SPEAKER in page.locator("blockquote").first.inner_text()
    except BaseException:
        print(server_log(project)[-4000:])
        raise
    finally:
        stop_server(server)
