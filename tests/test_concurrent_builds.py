"""Two processes on one cache at once (issue 16, item 4): two `mkdocs build` of one site,
or a build and an `extract`: both complete, nothing is lost, the cache stays sound."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEEDS_DIR, Site

from mkdocs_quotes.engine.domain import ArticleQuotes
from mkdocs_quotes.engine.quote_engine import QuoteEngine
from mkdocs_quotes.reader.sources import read_article
from mkdocs_quotes.site.cache import CACHE_FILE_NAME, QuoteCache, cache_key, cached_extract

ARTICLES = 30


def _site(tmp_path: Path) -> Site:
    """Enough articles that both processes are still extracting when the other writes."""
    site = Site(tmp_path / "site", plugin_options={"jobs": 1})
    site.articles_dir.mkdir(parents=True)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    for n in range(ARTICLES):
        text = f"{seeds[n % len(seeds)]}\n\n“We counted {n} trucks,” said Maria Lopez.\n"
        (site.articles_dir / f"a{n:02}.txt").write_text(text, encoding="utf-8")
    site.write_config()
    return site


def _start(argv: list[str], cwd: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen(
        argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


def _build(site: Site, out: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(site.config_file), "-d", out]


def _finish(process: subprocess.Popen[str]) -> str:
    output, _ = process.communicate(timeout=600)
    assert process.returncode == 0, output
    assert "Could not write" not in output and "damaged" not in output, output
    return output


def _assert_cache_complete(site: Site, engine: QuoteEngine) -> None:
    path = site.root / ".cache" / "mkdocs-quotes" / CACHE_FILE_NAME
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        keys = {key for (key,) in connection.execute("SELECT key FROM article_quotes")}
    texts = [read_article(p).text for p in sorted(site.articles_dir.glob("*.txt"))]
    assert keys == {cache_key(text, engine.fingerprint) for text in texts}


def test_two_builds_of_one_site_at_once(tmp_path: Path, engine: QuoteEngine) -> None:
    site = _site(tmp_path)
    first = _start(_build(site, "out1"), site.root)
    second = _start(_build(site, "out2"), site.root)
    _finish(first)
    _finish(second)
    _assert_cache_complete(site, engine)
    pages = {p.relative_to(site.root / "out1") for p in (site.root / "out1").rglob("*.html")}
    assert pages == {
        p.relative_to(site.root / "out2") for p in (site.root / "out2").rglob("*.html")
    }
    assert sum(1 for page in pages if page.parts[0] == "articles") == ARTICLES + 1  # + index
    assert site.build().parsed_last_build == 0


def test_a_build_and_an_extract_at_once(tmp_path: Path, engine: QuoteEngine) -> None:
    site = _site(tmp_path)
    files = [str(p) for p in sorted(site.articles_dir.glob("*.txt"))]
    cache_dir = str(site.root / ".cache" / "mkdocs-quotes")
    extract = [sys.executable, "-m", "mkdocs_quotes.cli", "extract", "--cache", cache_dir]
    build = _start(_build(site, "out"), site.root)
    extracted = _start([*extract, "--format", "jsonl", *files], site.root)
    _finish(build)
    assert len(_finish(extracted).splitlines()) >= ARTICLES
    _assert_cache_complete(site, engine)
    assert site.build().parsed_last_build == 0


def test_a_build_keeps_what_another_process_stored_while_it_ran(
    tmp_path: Path, engine: QuoteEngine
) -> None:
    # Deterministic: the "other process" is a second connection writing mid-extraction.
    path = tmp_path / CACHE_FILE_NAME
    build_cache, other = QuoteCache(path), QuoteCache(path)
    stale = cache_key("an article since deleted", engine.fingerprint)
    build_cache.put_many({stale: engine.extract("“Old,” she said.")})
    time.sleep(0.01)  # stored_at must fall before the build starts
    ahead = cache_key("an article about to be added", engine.fingerprint)

    def extract_while_another_writes(texts: list[str]) -> list[ArticleQuotes | None]:
        other.put_many({ahead: engine.extract("“Soon,” he said.")})
        return list(engine.extract_many(texts))

    try:
        cached_extract(
            build_cache, ["“Now,” said Ana Ruiz."], engine.fingerprint, extract_while_another_writes
        )
        keys = build_cache.keys()
    finally:
        build_cache.close()
        other.close()
    assert ahead in keys and stale not in keys and len(keys) == 2


def test_a_cache_locked_past_the_timeout_is_left_alone(
    tmp_path: Path, engine: QuoteEngine, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / CACHE_FILE_NAME
    first = QuoteCache(path)
    key = cache_key("kept", engine.fingerprint)
    first.put_many({key: engine.extract("“Kept,” she said.")})
    first.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process writing for a long time
    try:
        with caplog.at_level(logging.WARNING):
            locked = QuoteCache(path, busy_timeout=0.2)
            assert locked.get_many([key]) == {}  # works, without the file
            locked.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "locked by another process" in caplog.text
    assert not path.with_name(f"{path.name}.corrupt").exists()
    reopened = QuoteCache(path)
    try:
        assert reopened.keys() == {key}
    finally:
        reopened.close()
