"""Fixtures that build real MkDocs sites in `tmp_path` and read them back."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from mkdocs_quotes.engine.quote_engine import QuoteEngine

if TYPE_CHECKING:
    from mkdocs_quotes.site.plugin import QuotesPlugin

SEEDS_DIR = Path(__file__).resolve().parent.parent / "docs" / "articles"
SEED_NAMES = sorted(p.name for p in SEEDS_DIR.glob("*.txt"))


@pytest.fixture(scope="session")
def engine() -> QuoteEngine:
    """The real engine, loaded once per test session (~1 s)."""
    return QuoteEngine()


@dataclass
class Site:
    """An MkDocs project in a temporary folder: `mkdocs.yml`, `docs/`, articles."""

    root: Path
    plugin_options: dict[str, Any] = field(default_factory=dict)
    mkdocs_options: dict[str, Any] = field(default_factory=dict)

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    @property
    def articles_dir(self) -> Path:
        return self.docs_dir / "articles"

    @property
    def config_file(self) -> Path:
        return self.root / "mkdocs.yml"

    def add_seeds(self) -> None:
        self.articles_dir.mkdir(parents=True, exist_ok=True)
        for name in SEED_NAMES:
            shutil.copy(SEEDS_DIR / name, self.articles_dir / name)

    def write_config(self) -> None:
        self.docs_dir.mkdir(parents=True, exist_ok=True)
        if not (self.docs_dir / "index.md").exists():
            (self.docs_dir / "index.md").write_text("# Home\n\nA test site.\n", encoding="utf-8")
        config = {
            "site_name": "Test",
            "theme": {"name": "mkdocs"},
            "plugins": [{"quotes": self.plugin_options}],
            "validation": {
                "omitted_files": "warn",
                "absolute_links": "warn",
                "unrecognized_links": "warn",
                "anchors": "warn",
            },
            **self.mkdocs_options,
        }
        self.config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")

    def load(self, *, strict: bool = True) -> MkDocsConfig:
        self.write_config()
        return load_config(str(self.config_file), strict=strict)

    def build(self, *, strict: bool = True, command: str = "build") -> QuotesPlugin:
        """One `mkdocs build`; returns the plugin instance (the same one every time)."""
        config = self.load(strict=strict)
        config.plugins.on_startup(command=command, dirty=False)  # type: ignore[arg-type]
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
        from mkdocs_quotes.site.plugin import QuotesPlugin

        plugin = config.plugins["quotes"]
        assert isinstance(plugin, QuotesPlugin)
        return plugin

    def html_files(self) -> list[Path]:
        return sorted(self.site_dir.rglob("*.html"))

    def page_path(self, url: str) -> Path:
        """The HTML file behind a site-relative URL such as `speakers/` or `speakers.html`."""
        path = self.site_dir / unquote(url)
        return path / "index.html" if url.endswith("/") or url == "" else path

    def soup(self, url: str) -> BeautifulSoup:
        return BeautifulSoup(self.page_path(url).read_text(encoding="utf-8"), "html.parser")

    def url_of(self, src_uri: str) -> str:
        """The URL MkDocs gives the page at `src_uri` under this site's URL style."""
        use_directory_urls = self.mkdocs_options.get("use_directory_urls", True)
        stem = src_uri.removesuffix(".md")
        if stem == "index" or stem.endswith("/index"):
            stem = stem.removesuffix("index")
            return stem if use_directory_urls else f"{stem}index.html"
        return f"{stem}/" if use_directory_urls else f"{stem}.html"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    """A site holding the three seed articles, with the default plugin options."""
    project = Site(tmp_path / "project")
    project.add_seeds()
    yield project


def broken_links(site_dir: Path) -> list[str]:
    """Every local link in the built site whose page or `#anchor` does not exist.

    External links, `mailto:` and the like are not followed; `404.html` is skipped
    because MkDocs writes its links root-absolute on purpose.
    """
    problems: list[str] = []
    ids_by_file: dict[Path, set[str]] = {}

    def ids_of(path: Path) -> set[str]:
        if path not in ids_by_file:
            soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            ids_by_file[path] = {str(tag["id"]) for tag in soup.find_all(id=True)} | {
                str(tag["name"]) for tag in soup.find_all("a", attrs={"name": True})
            }
        return ids_by_file[path]

    for page in sorted(site_dir.rglob("*.html")):
        if page.name == "404.html" and page.parent == site_dir:
            continue
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.find_all(["a", "link"], href=True):
            href = str(tag["href"])
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith("//"):
                continue
            where = f"{page.relative_to(site_dir)}: {href}"
            if parts.path:
                target = (page.parent / unquote(parts.path)).resolve()
                if href.endswith("/") or target.is_dir():
                    target = target / "index.html"
                if not target.is_file():
                    problems.append(f"{where} (no such file)")
                    continue
            else:
                target = page
            fragment = unquote(parts.fragment)
            if fragment and target.suffix == ".html" and fragment not in ids_of(target):
                problems.append(f"{where} (no #{fragment})")
    return problems
