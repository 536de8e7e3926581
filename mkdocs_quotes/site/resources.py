"""What one process keeps from build to build: a loaded engine per model, the open cache.

The plugin defines `on_startup`, so `mkdocs serve` (and a test session) keeps one
plugin instance across rebuilds; these let a rebuild skip loading the spaCy model
and reopening the cache file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mkdocs.exceptions import PluginError

from ..engine.quote_engine import ModelNotInstalledError, QuoteEngine
from .cache import QuoteCache


class ProcessResources:
    """The engines and the cache file of one process, opened on first use."""

    def __init__(self) -> None:
        self._engines: dict[str, QuoteEngine] = {}
        self._cache: QuoteCache | None = None

    def engine(self, model: str) -> QuoteEngine:
        """The engine for `model`; it loads the model only when first asked to parse.

        Raises `PluginError` naming the `model` option when the model is not installed.
        """
        if model not in self._engines:
            try:
                self._engines[model] = QuoteEngine(model)
            except ModelNotInstalledError as exc:
                raise PluginError(f"quotes: option 'model': {exc}") from exc
        return self._engines[model]

    def cache(self, path: Path) -> QuoteCache:
        """The cache at `path`, kept open; one at another path is closed first.

        Raises `PluginError` naming the `cache_dir` option when the file can't be opened.
        """
        if self._cache is not None and self._cache.path != path:
            self._cache.close()
            self._cache = None
        if self._cache is None:
            try:
                self._cache = QuoteCache(path)
            except (sqlite3.Error, OSError) as exc:  # even a fresh file can't be made there
                raise PluginError(
                    f"quotes: option 'cache_dir': can't open the cache '{path}' ({exc}); "
                    "delete that file or point cache_dir at another folder"
                ) from exc
        return self._cache

    def close(self) -> None:
        """Close the cache file; the next `cache` call opens it again."""
        if self._cache is not None:
            self._cache.close()
            self._cache = None
