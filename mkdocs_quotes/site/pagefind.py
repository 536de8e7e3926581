"""The quote finder's index: the Pagefind binary run over the built quote pages.

Pagefind (MIT, `pagefind_bin` on PyPI ships the binary in its wheel) reads the built
HTML, not our Markdown: it runs in `on_post_build`, over `site_dir`, limited by
`--glob` to the quote pages. Only what a quote page wraps in `data-pagefind-body`
is indexed (the quote and its speaker, not the context around it), and its hidden
`data-pagefind-filter` spans give the finder's facets. The Python wrapper
(`pagefind` on PyPI) is async and drives the same binary; calling the binary
directly keeps the build synchronous and the dependency one wheel.

A missing binary is one warning and a site without the finder's index: the finder
page then shows its fallback links.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

log = get_plugin_logger(__name__)

BUNDLE_DIR = "pagefind"
"""The bundle's folder in site_dir; `assets/quotes.js` loads the finder from it."""


@dataclass(frozen=True)
class IndexResult:
    ran: bool
    message: str


def pagefind_binary() -> Path | None:
    """The binary, found as the `pagefind` Python package finds it: an explicit
    `PAGEFIND_BINARY_PATH`, the extended wheel, the plain wheel, then PATH."""
    if explicit := os.environ.get("PAGEFIND_BINARY_PATH"):
        return Path(explicit)
    for module in ("pagefind_bin_extended", "pagefind_bin"):
        try:
            found = __import__(module).get_executable()
        except (ImportError, FileNotFoundError):
            continue
        return Path(found)
    on_path = shutil.which("pagefind_extended") or shutil.which("pagefind")
    return Path(on_path) if on_path else None


def index_quote_pages(
    site_dir: Path, quotes_prefix: str, binary: Path | None = None
) -> IndexResult:
    """Write `site_dir/pagefind/`, the index of the quote pages; warn and go on if it can't."""
    binary = binary or pagefind_binary()
    if binary is None or not binary.is_file():
        message = (
            "quotes: the quote finder has no index: the pagefind binary is missing "
            "(pip install pagefind_bin, or set the option finder: false)"
        )
        log.warning(message)
        return IndexResult(False, message)
    command = [
        str(binary),
        "--site",
        str(site_dir),
        "--output-subdir",
        BUNDLE_DIR,
        # Quote pages only: the rest of the site is the theme search's job.
        "--glob",
        f"{quotes_prefix}/**/*.html",
        "--silent",
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        message = f"quotes: pagefind failed ({exc}); the quote finder has no index"
        log.warning(message)
        return IndexResult(False, message)
    if done.returncode != 0:
        detail = " ".join((done.stderr or done.stdout).split())[-300:]
        message = f"quotes: pagefind failed ({done.returncode}: {detail}); the finder has no index"
        log.warning(message)
        return IndexResult(False, message)
    return IndexResult(True, "")
