"""What the engine found in each article, kept on disk between builds.

A SQLite file maps `cache_key(article text, engine fingerprint)` to the
`ArticleQuotes` JSON. SQLite because it gives what a folder of JSON files does
not: atomic multi-row writes, safe concurrent writers (two `mkdocs build` runs,
or an external batch job filling the cache) and detection of a damaged file.

The cache is only an optimisation: anything wrong with it (corrupt, locked for
too long, unwritable mid-build) costs a re-parse and a warning, never a build.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from ..engine.domain import ArticleQuotes

# Under the `mkdocs.` logger tree: shown by `mkdocs build`, counted by `--strict`. A
# plain logger, so the CLI can use the cache without importing MkDocs.
log = logging.getLogger(f"mkdocs.plugins.{__name__}")

CACHE_FILE_NAME = "quotes.sqlite"
# Bump when the table layout or the JSON shape changes: old files are emptied.
SCHEMA_VERSION = "1"
# Another build may hold the write lock while it stores its results; wait for it.
BUSY_TIMEOUT_SECONDS = 30.0
# Between tries to open a file another process is setting up.
_OPEN_RETRY_SECONDS = 0.05

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS article_quotes (
    key TEXT PRIMARY KEY,
    quotes_json TEXT NOT NULL,
    stored_at REAL NOT NULL
);
"""


def cache_key(article_text: str, engine_fingerprint: str) -> str:
    """The key of one article's result: its exact text plus the model and engine that read it.

    A new model or engine version gives new keys, so stale results are never
    served; `QuoteCache.prune` removes them.
    """
    digest = hashlib.sha256(article_text.encode("utf-8")).hexdigest()
    return f"{digest}:{engine_fingerprint}"


def cache_file(path: Path) -> Path:
    """The SQLite file of a cache given as a folder (the site's ``cache_dir``: a path
    that is a folder or has no suffix), or the file itself."""
    return path / CACHE_FILE_NAME if path.is_dir() or not path.suffix else path


class QuoteCache:
    """A SQLite file of extraction results; safe to share between processes."""

    def __init__(
        self, path: str | os.PathLike[str], *, busy_timeout: float = BUSY_TIMEOUT_SECONDS
    ) -> None:
        self.path = Path(path)
        self._busy_timeout = busy_timeout
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # serve builds in more than one thread over its lifetime; builds never overlap,
        # the lock makes sure of it for this handle.
        self._lock = threading.Lock()
        self._connection = self._open_checked()

    # -- public API -------------------------------------------------------------------

    def get_many(self, keys: Iterable[str]) -> dict[str, ArticleQuotes]:
        """The cached results among `keys`; a key that is missing is simply absent."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, ArticleQuotes] = {}
        with self._lock:
            try:
                for chunk in _chunks(wanted, 500):
                    marks = ",".join("?" * len(chunk))
                    rows = self._connection.execute(
                        f"SELECT key, quotes_json FROM article_quotes WHERE key IN ({marks})",
                        chunk,
                    ).fetchall()
                    for key, quotes_json in rows:
                        found[key] = ArticleQuotes.from_json(json.loads(quotes_json))
            except sqlite3.DatabaseError as exc:
                self._discard_damaged(exc)
                return {}
            except (ValueError, KeyError, TypeError) as exc:
                # A row this version can't read (hand-edited, or a bug in an old
                # version): treat the whole lookup as a miss rather than guess.
                log.warning(
                    "Ignoring unreadable entries in the quotes cache %s: %s", self.path, exc
                )
                return {}
        return found

    def put_many(
        self, items: Mapping[str, ArticleQuotes] | Iterable[tuple[str, ArticleQuotes]]
    ) -> None:
        """Store results in one transaction: a build killed midway leaves the old file intact."""
        pairs = items.items() if isinstance(items, Mapping) else items
        now = time.time()
        rows = [
            (key, json.dumps(result.to_json(), ensure_ascii=False), now) for key, result in pairs
        ]
        if not rows:
            return
        with self._lock:
            try:
                with _Transaction(self._connection):
                    self._connection.executemany(
                        "INSERT OR REPLACE INTO article_quotes (key, quotes_json, stored_at)"
                        " VALUES (?, ?, ?)",
                        rows,
                    )
            except sqlite3.OperationalError as exc:
                # Locked for longer than the busy timeout, disk full, read-only...:
                # the results are still used for this build, only not remembered.
                log.warning("Could not write the quotes cache %s: %s", self.path, exc)
            except sqlite3.DatabaseError as exc:
                self._discard_damaged(exc)

    def prune(self, keep_keys: Iterable[str], *, stored_before: float | None = None) -> int:
        """Delete every entry not in `keep_keys` (gone articles, old models); returns how many.

        With `stored_before` (a `time.time()`), entries stored since then are kept too:
        another process (a second build, an `extract`) may have written them meanwhile.
        """
        keep = [(key,) for key in dict.fromkeys(keep_keys)]
        with self._lock:
            try:
                with _Transaction(self._connection):
                    self._connection.execute(
                        "CREATE TEMP TABLE IF NOT EXISTS keep_keys (key TEXT PRIMARY KEY)"
                    )
                    self._connection.execute("DELETE FROM keep_keys")
                    self._connection.executemany("INSERT INTO keep_keys VALUES (?)", keep)
                    cursor = self._connection.execute(
                        "DELETE FROM article_quotes WHERE key NOT IN (SELECT key FROM keep_keys)"
                        " AND stored_at < ?",
                        (float("inf") if stored_before is None else stored_before,),
                    )
                    self._connection.execute("DELETE FROM keep_keys")
                    return cursor.rowcount
            except sqlite3.OperationalError as exc:
                log.warning("Could not prune the quotes cache %s: %s", self.path, exc)
            except sqlite3.DatabaseError as exc:
                self._discard_damaged(exc)
        return 0

    def keys(self) -> set[str]:
        """Every key stored (for tests and diagnostics)."""
        with self._lock:
            rows = self._connection.execute("SELECT key FROM article_quotes").fetchall()
        return {key for (key,) in rows}

    def close(self) -> None:
        """Close the file; the cache can't be used afterwards."""
        with self._lock:
            self._connection.close()

    # -- opening, checking, recovering ---------------------------------------------------

    def _open_checked(self) -> sqlite3.Connection:
        """Open the file, or set a damaged one aside with a warning and start afresh."""
        try:
            return self._open_when_free()
        except sqlite3.DatabaseError as exc:
            if _is_busy(exc):
                # Another process holds the write lock past the busy timeout: the file
                # is sound and in use. Setting it aside would lose that process's
                # writes; this one works without a cache instead.
                log.warning(
                    "The quotes cache %s is locked by another process (%s); "
                    "this run neither reads nor writes it",
                    self.path,
                    exc,
                )
                memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                _create_schema(memory)
                return memory
            # OperationalError is a DatabaseError too: a file that is unreadable
            # lands here as well, and is likewise worth only a re-parse.
            self._set_aside(exc)
            return self._open()

    def _open_when_free(self) -> sqlite3.Connection:
        """``_open``, tried again while another process holds the file, up to the busy
        timeout. Two processes opening a new file race to create its schema and switch
        it to WAL; SQLite answers the loser "database is locked" at once, without
        waiting (it would deadlock), so the wait is ours to make."""
        deadline = time.monotonic() + self._busy_timeout
        while True:
            try:
                return self._open()
            except sqlite3.DatabaseError as exc:
                if not _is_busy(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(_OPEN_RETRY_SECONDS)

    def _open(self) -> sqlite3.Connection:
        # isolation_level=None: no implicit transactions; writes open their own,
        # so a read never holds a lock another build waits for.
        connection = sqlite3.connect(
            self.path,
            timeout=self._busy_timeout,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            connection.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000)}")
            (check,) = connection.execute("PRAGMA quick_check").fetchone()
            if check != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {check}")
            # WAL: readers never block the writer, and a killed writer leaves a
            # journal SQLite rolls back on the next open.
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            with _Transaction(connection):
                _create_schema(connection)
                row = connection.execute(
                    "SELECT value FROM meta WHERE name = 'schema_version'"
                ).fetchone()
                if row is None or row[0] != SCHEMA_VERSION:
                    connection.execute("DELETE FROM article_quotes")
                    connection.execute(
                        "INSERT OR REPLACE INTO meta (name, value) VALUES ('schema_version', ?)",
                        (SCHEMA_VERSION,),
                    )
        except BaseException:
            connection.close()
            raise
        return connection

    def _set_aside(self, exc: Exception) -> None:
        """Move a damaged file (and its journal) out of the way so a fresh one can start."""
        # One fixed name: a cache that keeps breaking must not fill the disk with copies.
        aside = self.path.with_name(f"{self.path.name}.corrupt")
        log.warning(
            "The quotes cache %s is damaged (%s); moved it to %s and starting a new one",
            self.path,
            exc,
            aside.name,
        )
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            pass
        except OSError:
            self.path.unlink(missing_ok=True)
        # A leftover write-ahead log would be replayed into the new file.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def _discard_damaged(self, exc: Exception) -> None:
        """The file went bad while open: close it, set it aside, reopen a fresh one."""
        with contextlib.suppress(sqlite3.Error):
            self._connection.close()
        self._set_aside(exc)
        self._connection = self._open()


def cached_extract(
    cache: QuoteCache,
    texts: Sequence[str],
    fingerprint: str,
    extract_many: Callable[[list[str]], Iterable[ArticleQuotes | None]],
) -> tuple[list[ArticleQuotes | None], int]:
    """Results for `texts` in order, parsing only the texts the cache lacks.

    Stores the new results, then prunes every entry that belongs to none of
    `texts` (deleted or edited articles, older models). Returns the results and
    how many texts were parsed; the same text twice is parsed once. A None from
    `extract_many` (the engine failed on that text) is returned, never stored:
    the next build tries again.
    """
    started = time.time()
    keys = [cache_key(text, fingerprint) for text in texts]
    found: dict[str, ArticleQuotes | None] = dict(cache.get_many(keys))
    missing = {key: text for key, text in zip(keys, texts, strict=True) if key not in found}
    parsed = dict(zip(missing, extract_many(list(missing.values())), strict=True))
    cache.put_many({key: result for key, result in parsed.items() if result is not None})
    # What another process stored while this one extracted is not this build's to
    # remove (an `extract` filling the cache for articles about to be added).
    cache.prune(keys, stored_before=started)
    found.update(parsed)
    return [found[key] for key in keys], len(parsed)


def _is_busy(exc: sqlite3.DatabaseError) -> bool:
    """Locked by another connection: SQLite's SQLITE_BUSY and SQLITE_LOCKED."""
    message = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in message or "busy" in message)


def _create_schema(connection: sqlite3.Connection) -> None:
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            connection.execute(statement)


class _Transaction:
    """`BEGIN IMMEDIATE` ... `COMMIT`, or `ROLLBACK` on any error.

    IMMEDIATE takes the write lock up front, so two builds queue on the busy
    timeout instead of failing with "database is locked" halfway through.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def __enter__(self) -> sqlite3.Connection:
        self._connection.execute("BEGIN IMMEDIATE")
        return self._connection

    def __exit__(self, exc_type: object, exc: object, traceback: object) -> None:
        if exc_type is None:
            self._connection.execute("COMMIT")
        elif self._connection.in_transaction:
            self._connection.execute("ROLLBACK")


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
