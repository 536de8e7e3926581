"""A speaker's timeline in Chromium: Material's light and dark (slate) palettes, and
the mkdocs and readthedocs themes.

The demo's articles carry no dates of their own, so the site is three dated news
articles (tests/helpers.py) built with Material in each palette and served locally.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from helpers import write_news
from mkdocs.commands.build import build
from mkdocs.config import load_config

from .conftest import SCREENSHOTS_DIR, browser_missing_reason, screenshot, serve_directory

if reason := browser_missing_reason():
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import Page

pytestmark = pytest.mark.browser

THEMES = {
    "material-light": {"name": "material", "palette": {"scheme": "default"}},
    "material-dark": {"name": "material", "palette": {"scheme": "slate"}},
    "mkdocs": {"name": "mkdocs"},
    "readthedocs": {"name": "readthedocs"},
}

# The bar's colour as drawn (fill at its opacity over the backdrop) and the backdrop,
# as WCAG relative luminances, and the contrast ratio between them.
_CONTRAST_JS = """
el => {
  const rgba = c => {
    const v = (c.match(/[\\d.]+/g) || []).map(Number);
    return v.length >= 3 ? [v[0], v[1], v[2], v.length > 3 ? v[3] : 1] : [0, 0, 0, 0];
  };
  let back = [255, 255, 255];
  const layers = [];
  for (let node = el.closest('figure'); node; node = node.parentElement) {
    const c = rgba(getComputedStyle(node).backgroundColor);
    if (c[3] > 0) layers.unshift(c);
    if (c[3] >= 1) break;
  }
  for (const c of layers) back = back.map((v, i) => v * (1 - c[3]) + c[i] * c[3]);
  const s = getComputedStyle(el);
  const fill = rgba(s.fill);
  const alpha = fill[3] * Number(s.fillOpacity) * Number(s.opacity);
  const drawn = back.map((v, i) => v * (1 - alpha) + fill[i] * alpha);
  const lum = c => {
    const [r, g, b] = c.map(v => v / 255).map(
      v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(drawn), lum(back)].sort((a, b) => b - a);
  return {ratio: (hi + 0.05) / (lo + 0.05), fill: s.fill, back: back.map(Math.round)};
}
"""


@pytest.fixture(scope="module", params=list(THEMES))
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """(theme name, base URL) of the news site built in that theme."""
    theme = str(request.param)
    project = tmp_path_factory.mktemp(f"timeline-{theme}")
    write_news(project / "docs" / "articles")
    (project / "docs" / "index.md").write_text("# News\n", encoding="utf-8")
    config = {
        "site_name": "News",
        "theme": THEMES[theme],
        "plugins": ["quotes"],
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
    try:
        yield theme, url
    finally:
        server.shutdown()
        server.server_close()


def test_the_timeline_reads_in_light_and_dark(page: Page, served: tuple[str, str]) -> None:
    theme, url = served
    page.goto(url + "speakers/ana-lopez/")
    palette = THEMES[theme].get("palette")
    if isinstance(palette, dict):
        assert page.locator("body").get_attribute("data-md-color-scheme") == palette["scheme"]
    figure = page.locator("figure.mq-timeline")
    figure.scroll_into_view_if_needed()
    chart = figure.locator("svg")
    box = chart.bounding_box()
    assert box is not None and box["width"] >= 100 and box["height"] >= 60
    bars = chart.locator("rect.mq-timeline-bar")
    assert bars.count() == 2
    # Bars stand out from the page: WCAG's 3:1 for graphics, in either palette.
    for i in range(bars.count()):
        contrast = bars.nth(i).evaluate(_CONTRAST_JS)
        assert contrast["ratio"] >= 3, f"{theme}: {contrast}"
    bar_box = bars.first.bounding_box()
    assert bar_box is not None and bar_box["height"] > 20
    caption = figure.locator("figcaption")
    assert caption.is_visible()
    assert "2 quotes from July 2021 to September 2021" in caption.inner_text()
    # What a screen reader is told: the chart is an image named by its title and desc.
    name = chart.evaluate(
        "el => el.getAttribute('aria-labelledby').split(' ')"
        ".map(id => document.getElementById(id).textContent).join(' | ')"
    )
    assert name == "Quotes per month: Ana Lopez | July 2021: 1; August 2021: 0; September 2021: 1"
    alongside = page.get_by_text("Quoted alongside:")
    assert alongside.is_visible()
    screenshot(page, f"timeline-{theme}", "speaker-ana-lopez")
    figure.screenshot(path=str(SCREENSHOTS_DIR / f"timeline-{theme}" / "figure.png"))
