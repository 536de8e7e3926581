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

Pagefind costs a warm build a quarter again over MkDocs's own work (300 articles:
about 5 s of CPU on 20 s), and `mkdocs serve` rebuilds on every save. What it
indexes is fixed by the quote pages' Markdown, the URL style and Pagefind itself
(`finder_key`), so a bundle is kept in the cache folder under that key and copied
(hard-linked where it can be) into the next build that has the same key.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

log = get_plugin_logger(__name__)

BUNDLE_DIR = "pagefind"
"""The bundle's folder in site_dir; `assets/quotes.js` loads the finder from it."""
CACHED_PREFIX = "pagefind-"
"""Bundles kept in the cache folder: `pagefind-<key>`, the latest only."""


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


def finder_key(pages: Iterable[tuple[str, str]], *settings: object) -> str:
    """A digest of what Pagefind would index: the quote pages (src_uri, Markdown) and
    the settings that shape their HTML or URLs (URL style, language, binary)."""
    digest = hashlib.sha256(repr(settings).encode("utf-8"))
    for uri, markdown in pages:
        digest.update(f"\0{uri}\0{markdown}".encode())
    return digest.hexdigest()[:20]


def index_quote_pages(
    site_dir: Path,
    quotes_prefix: str,
    binary: Path | None = None,
    *,
    cache_dir: Path | None = None,
    key: str | None = None,
) -> IndexResult:
    """Write `site_dir/pagefind/`, the index of the quote pages; warn and go on if it can't.

    With `cache_dir` and `key`, a bundle kept from a build with the same key is
    copied instead of running Pagefind, and a new one is kept.
    """
    kept = cache_dir / f"{CACHED_PREFIX}{key}" if cache_dir is not None and key else None
    if kept is not None and (kept / "pagefind-entry.json").is_file():
        _copy_bundle(kept, site_dir / BUNDLE_DIR)
        return IndexResult(True, "")
    result = _run_pagefind(site_dir, quotes_prefix, binary)
    if result.ran and kept is not None:
        _keep_bundle(site_dir / BUNDLE_DIR, kept)
    return result


def _copy_bundle(source: Path, target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    try:  # hard links: thousands of small files, no bytes copied
        shutil.copytree(source, target, copy_function=os.link)
    except OSError:  # another file system
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target)


def _keep_bundle(bundle: Path, kept: Path) -> None:
    """Keep `bundle` as `kept`, the only bundle in its folder; a failure only costs time."""
    try:
        for old in kept.parent.glob(f"{CACHED_PREFIX}*"):
            shutil.rmtree(old, ignore_errors=True)
        scratch = kept.with_name(kept.name + ".tmp")
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.copytree(bundle, scratch)
        os.replace(scratch, kept)  # a build killed mid-copy leaves no half bundle
    except OSError as exc:
        log.debug(f"quotes: the finder's index was not kept in the cache ({exc})")


def _run_pagefind(site_dir: Path, quotes_prefix: str, binary: Path | None) -> IndexResult:
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
