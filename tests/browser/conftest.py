"""The demo site, built once per theme, served on 127.0.0.1 and opened in Debian's Chromium.

Never a downloaded browser: Playwright drives `/usr/bin/chromium` through
`executable_path`. Without it (or without Playwright) every test that needs a
browser skips and says how to install it.
"""

from __future__ import annotations

import contextlib
import functools
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Locator, Page

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
VIEWPORT = {"width": 1280, "height": 800}
SCREENSHOTS_DIR = REPO_ROOT / "test-artifacts" / "screenshots"
# Waits for a page, a search result or a rebuild: generous, as CI machines are slow.
STEP_TIMEOUT_MS = 15_000


@dataclass(frozen=True)
class Theme:
    """One way the demo site is rendered, and where that theme keeps its parts."""

    name: str
    """Folder name for screenshots and test ids."""
    config: dict[str, Any]
    """The `theme:` value written into `mkdocs.yml`."""
    content: str
    """The element holding the page's Markdown content."""
    header: str | None
    """A header that stays on screen while scrolling, if the theme has one."""


THEMES = {
    theme.name: theme
    for theme in (
        Theme("mkdocs", {"name": "mkdocs"}, '[role="main"]', ".navbar.fixed-top"),
        Theme("readthedocs", {"name": "readthedocs"}, '[role="main"]', None),
        Theme("material-light", {"name": "material"}, "article.md-content__inner", ".md-header"),
        Theme(
            "material-dark",
            {"name": "material", "palette": {"scheme": "slate"}},
            "article.md-content__inner",
            ".md-header",
        ),
    )
}


def write_demo_project(
    dest: Path, *, theme: dict[str, Any] | None = None, cache_dir: Path | None = None
) -> Path:
    """A copy of the repository's demo site (its `mkdocs.yml` and `docs/`) in `dest`.

    Returns the path of the copied `mkdocs.yml`, with the theme and the plugin's
    `cache_dir` overridden when given.
    """
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO_ROOT / "docs", dest / "docs")
    config = yaml.safe_load((REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    if theme is not None:
        config["theme"] = theme
    if cache_dir is not None:
        plugins = config["plugins"]
        for index, entry in enumerate(plugins):
            if entry == "quotes":
                plugins[index] = {"quotes": {"cache_dir": str(cache_dir)}}
            elif isinstance(entry, dict) and "quotes" in entry:
                entry["quotes"] = {**(entry["quotes"] or {}), "cache_dir": str(cache_dir)}
    config_file = dest / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return config_file


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def http_status(url: str) -> int:
    """The status of a GET, 0 when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return 0


def wait_for_status(url: str, expected: int, timeout: float, process: Any = None) -> None:
    """Poll `url` until it answers `expected`; fail early if `process` exits."""
    deadline = time.monotonic() + timeout
    status = 0
    while time.monotonic() < deadline:
        status = http_status(url)
        if status == expected:
            return
        if process is not None and process.poll() is not None:
            pytest.fail(f"the server exited ({process.returncode}) before {url} answered")
        time.sleep(0.25)
    pytest.fail(f"{url} answered {status or 'nothing'}, not {expected}, within {timeout:.0f} s")


def start_server(
    args: list[str], cwd: Path, url: str, timeout: float = 120
) -> subprocess.Popen[bytes]:
    """Run a `serve` command and wait until `url` answers 200; its output goes to a log."""
    log = (cwd / "serve.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", *args], cwd=cwd, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        wait_for_status(url, 200, timeout, process)
    except BaseException:
        stop_server(process)
        raise
    return process


def stop_server(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def server_log(cwd: Path) -> str:
    path = cwd / "serve.log"
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


# --- the browser ------------------------------------------------------------------


def browser_missing_reason() -> str | None:
    """Why no browser test can run here, or None."""
    if not CHROMIUM.exists():
        return f"Debian chromium not found at {CHROMIUM}: apt-get install -y chromium"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed: pip install -e '.[test]'"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, for the whole session."""
    reason = browser_missing_reason()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def new_context(browser: Browser, **options: Any) -> BrowserContext:
    """A fresh profile that only talks to this machine.

    Themes ask CDNs and Google Fonts for extras; failing those at once keeps each
    page load from waiting on a network that is not there (and tests offline).
    """
    context = browser.new_context(**options)
    context.set_default_timeout(STEP_TIMEOUT_MS)
    context.route(
        re.compile(r"^(?!https?://(127\.0\.0\.1|localhost)[:/])"),
        lambda route: route.abort("internetdisconnected"),
    )
    return context


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh tab in a fresh profile: no history, storage or search index left over."""
    context = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    context.set_default_timeout(STEP_TIMEOUT_MS)
    try:
        yield context.new_page()
    finally:
        context.close()


# --- screenshots --------------------------------------------------------------------


_shots_taken: list[Path] = []


def screenshot(page: Page, folder: str, name: str, *, full_page: bool = False) -> Path:
    """Save what the reader sees as `test-artifacts/screenshots/<folder>/<name>.png`."""
    path = SCREENSHOTS_DIR / folder / (re.sub(r"[^\w.-]+", "-", name) + ".png")
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=full_page)
    _shots_taken.append(path)
    return path


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say once where the screenshots went, so a failing run is easy to look at."""
    if _shots_taken:
        terminalreporter.write_line(
            f"browser tests: {len(_shots_taken)} screenshots in {SCREENSHOTS_DIR}"
        )


# --- what a reader sees ------------------------------------------------------------


SPEAKER = "John Kirby"
"""The speaker every reading path goes through: three quotes in one demo article."""


def plain_text(text: str) -> str:
    """Text compared the way a reader reads it: one kind of quotation mark, single spaces."""
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    return " ".join(text.split())


def content(page: Page, theme: Theme) -> Locator:
    """The page's own content, without the theme's navigation."""
    return page.locator(theme.content).first


def open_speaker_article(page: Page, site: ServedSite, speaker: str = SPEAKER) -> None:
    """Speakers → the speaker → the first article they are quoted in."""
    page.goto(site.url + "speakers/")
    content(page, site.theme).get_by_role("link", name=speaker, exact=True).first.click()
    page.wait_for_load_state()
    content(page, site.theme).locator("h2 a").first.click()
    page.wait_for_load_state()


# The quote's look next to the plain text of its paragraph.
_STYLE_JS = """
el => {
  const plain = el.parentElement;
  // The colour behind a node: its translucent backgrounds laid over the first opaque one.
  const rgba = c => {
    const v = (c.match(/[\\d.]+/g) || []).map(Number);
    return v.length >= 3 ? [v[0], v[1], v[2], v.length > 3 ? v[3] : 1] : [0, 0, 0, 0];
  };
  const backdrop = node => {
    const layers = [];
    for (; node; node = node.parentElement) {
      const c = rgba(getComputedStyle(node).backgroundColor);
      if (c[3] > 0) layers.unshift(c);
      if (c[3] >= 1) break;
    }
    let out = [255, 255, 255];
    for (const c of layers) out = out.map((v, i) => v * (1 - c[3]) + c[i] * c[3]);
    return 'rgb(' + out.map(Math.round).join(', ') + ')';
  };
  const s = getComputedStyle(el), p = getComputedStyle(plain);
  const line = st => [st.textDecorationLine, st.borderBottomStyle, st.borderBottomWidth,
                      st.borderLeftStyle, st.borderLeftWidth, st.outlineStyle, st.boxShadow,
                      st.fontStyle, st.fontWeight].join(' ');
  return {
    tag: el.tagName.toLowerCase(), className: el.className,
    background: backdrop(el), plainBackground: backdrop(plain),
    color: s.color, plainColor: p.color, lines: line(s), plainLines: line(p),
  };
}
"""


def quote_styles(quotes: Locator) -> list[dict[str, str]]:
    """The computed look of each quote and of the plain text around it, in one call."""
    styles: list[dict[str, str]] = quotes.evaluate_all(f"els => els.map({_STYLE_JS.strip()})")
    return styles


def assert_looks_marked(style: dict[str, str], where: str) -> None:
    """A quote differs from the plain text around it: background, line, or colour."""
    highlighted = style["background"] != style["plainBackground"]
    outlined = style["lines"] != style["plainLines"]
    recoloured = style["color"] != style["plainColor"]
    assert highlighted or outlined or recoloured, (
        f"{where}: the quote looks like plain text {style}"
    )
    assert style["color"] != style["background"], f"{where}: quote text is invisible {style}"


def assert_visibly_marked(quote: Locator, where: str) -> dict[str, str]:
    """`assert_looks_marked` for one quote; returns its styles for a test to say more."""
    [style] = quote_styles(quote.first)
    assert_looks_marked(style, where)
    return style


# How far the quote is from the top of the window, and what sits over it.
_PLACEMENT_JS = """
el => {
  const box = el.getClientRects()[0] || el.getBoundingClientRect();
  let headerBottom = 0;
  for (const other of document.querySelectorAll('body *')) {
    const style = getComputedStyle(other);
    if (style.position !== 'fixed' && style.position !== 'sticky') continue;
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const r = other.getBoundingClientRect();
    // A bar across the top of the window above the quote: not a sidebar, not a dialog.
    if (!r.width || !r.height || r.top > 1 || r.height > innerHeight / 2) continue;
    if (r.right <= box.left || r.left >= box.right) continue;
    headerBottom = Math.max(headerBottom, r.bottom);
  }
  const x = Math.min(Math.max(box.left + 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
  const hit = document.elementFromPoint(x, y);
  return {
    top: box.top, bottom: box.bottom, viewportHeight: innerHeight, headerBottom,
    onTop: !!hit && (el === hit || el.contains(hit)),
    hit: hit ? hit.tagName + (hit.className ? '.' + hit.className : '') : null,
  };
}
"""


def assert_in_view_below_header(page: Page, theme: Theme, quote: Locator) -> None:
    """The quote's first line is in the window, below any header that stays on screen,
    and nothing covers it."""
    from playwright.sync_api import Error as PlaywrightError

    # The browser scrolls to the #anchor after load; themes may adjust it once more.
    with contextlib.suppress(PlaywrightError):  # the asserts below say what went wrong
        page.wait_for_function(
            f"""() => {{
                const el = document.getElementById({quote.get_attribute("id")!r});
                const r = el && el.getClientRects()[0];
                return r && r.top >= 0 && r.bottom <= innerHeight;
            }}""",
            timeout=5_000,
        )
    page.wait_for_timeout(300)
    placement = quote.evaluate(_PLACEMENT_JS)
    where = f"{theme.name} {page.url}"
    assert placement["top"] >= 0 and placement["bottom"] <= placement["viewportHeight"], (
        f"{where}: the quote is not in the window {placement}"
    )
    if theme.header:
        header = page.locator(theme.header).first
        box = header.bounding_box()
        assert box is not None and header.is_visible(), f"{where}: no {theme.header}"
        assert placement["top"] >= box["y"] + box["height"] - 1, (
            f"{where}: the quote is under the sticky header {theme.header} {box} {placement}"
        )
    assert placement["top"] >= placement["headerBottom"] - 1, (
        f"{where}: the quote is under a fixed bar {placement}"
    )
    assert placement["onTop"], f"{where}: something covers the quote: {placement['hit']}"


def theme_search(page: Page, served_site: ServedSite, words: str) -> Locator:
    """Type `words` into the theme's own search box; return the result links (maybe none)."""
    from playwright.sync_api import expect

    theme = served_site.theme
    page.goto(served_site.url)
    if theme.name == "mkdocs":
        page.locator('[data-bs-target="#mkdocs_search_modal"]').first.click()
        box = page.locator("#mkdocs-search-query")
        expect(box).to_be_visible()
        box.press_sequentially(words, delay=20)
        # The theme listens for keys only once its worker has built the index: words
        # typed before then search nothing until the next key, for a reader too.
        found = page.locator("#mkdocs-search-results article a").first.or_(
            page.locator("#mkdocs-search-results", has_text="No results found")
        )
        deadline = time.monotonic() + STEP_TIMEOUT_MS / 1000
        while not found.is_visible() and time.monotonic() < deadline:
            box.press("End")
            page.wait_for_timeout(250)
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


# --- the demo site, built and served per theme ------------------------------------


@dataclass
class ServedSite:
    """A built demo site and the local HTTP server showing it."""

    theme: Theme
    site_dir: Path
    url: str
    """Base URL, ending in `/`."""
    _server: ThreadingHTTPServer = field(repr=False)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: a page's dozen assets on one connection

    def log_message(self, format: str, *args: Any) -> None:
        pass


def build_demo_site(project: Path, theme: Theme, cache_dir: Path) -> Path:
    """`mkdocs build` of the demo site in `project`, in this process; returns site_dir."""
    config_file = write_demo_project(project, theme=theme.config, cache_dir=cache_dir)
    config = load_config(str(config_file))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return Path(config.site_dir)


def serve_directory(site_dir: Path) -> tuple[ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    return server, f"http://{host!s}:{port}/"


@pytest.fixture(scope="session")
def quotes_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One extraction cache for every build and server of the session.

    Only the first build parses the articles; an edited article is a new key.
    """
    return tmp_path_factory.mktemp("quotes-cache")


@pytest.fixture(scope="session")
def served_sites(
    tmp_path_factory: pytest.TempPathFactory, quotes_cache_dir: Path
) -> Iterator[Callable[[str], ServedSite]]:
    """Build and serve the demo site in a theme on first use; each theme builds once."""
    cache_dir = quotes_cache_dir
    sites: dict[str, ServedSite] = {}

    def get(theme_name: str) -> ServedSite:
        if theme_name not in sites:
            theme = THEMES[theme_name]
            site_dir = build_demo_site(tmp_path_factory.mktemp(theme_name), theme, cache_dir)
            server, url = serve_directory(site_dir)
            sites[theme_name] = ServedSite(theme, site_dir, url, server)
        return sites[theme_name]

    try:
        yield get
    finally:
        for site in sites.values():
            site.close()


@pytest.fixture(params=list(THEMES))
def served_site(
    request: pytest.FixtureRequest, served_sites: Callable[[str], ServedSite]
) -> ServedSite:
    """The demo site in each theme in turn."""
    return served_sites(request.param)
