"""Extraction on a real Dask cluster (LocalCluster, two worker processes) into the cache."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SEEDS_DIR, Site
from distributed import Client, LocalCluster

from mkdocs_quotes.cli import main
from mkdocs_quotes.distributed import extract_on_cluster
from mkdocs_quotes.engine.quote_engine import QuoteEngine
from mkdocs_quotes.reader.sources import read_article
from mkdocs_quotes.site.cache import CACHE_FILE_NAME, QuoteCache, cache_key


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def _texts() -> list[str]:
    seeds = [read_article(p).text for p in sorted(SEEDS_DIR.glob("*.txt"))]
    return [
        f"{seeds[n % len(seeds)]}\n\n“We counted {n} trucks at the gate,” said Maria Lopez.\n"
        for n in range(20)
    ]


def test_the_cluster_fills_the_cache_with_what_one_process_finds(
    client: Client, engine: QuoteEngine, tmp_path: Path
) -> None:
    texts = _texts()
    report = extract_on_cluster(texts, client, tmp_path, batch_articles=3)
    assert (report.articles, report.cached, report.extracted, report.failed) == (20, 0, 20, 0)
    assert report.fingerprints == (engine.fingerprint,)
    cache = QuoteCache(tmp_path / CACHE_FILE_NAME)
    try:
        found = cache.get_many(cache_key(t, engine.fingerprint) for t in texts)
    finally:
        cache.close()
    assert [found[cache_key(t, engine.fingerprint)] for t in texts] == list(
        engine.extract_many(texts)
    )
    again = extract_on_cluster(texts, client, tmp_path)
    assert (again.cached, again.extracted) == (20, 0)  # nothing sent twice


def test_a_killed_workers_articles_are_retried(client: Client, tmp_path: Path) -> None:
    texts = _texts()
    killed: list[int] = []

    def kill_one_worker(stored: int) -> None:
        if not killed:
            pids = client.run(os.getpid)
            killed.append(next(iter(pids.values())))
            os.kill(killed[0], signal.SIGKILL)

    report = extract_on_cluster(texts, client, tmp_path, batch_articles=1, on_batch=kill_one_worker)
    assert killed and (report.extracted, report.failed) == (20, 0)
    cache = QuoteCache(tmp_path / CACHE_FILE_NAME)
    try:
        assert len(cache.keys()) == 20
    finally:
        cache.close()
    client.wait_for_workers(2, timeout=120)  # the nanny brought it back


def test_extract_with_scheduler_then_a_build_parses_nothing(
    client: Client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = Site(tmp_path / "site")
    site.add_seeds()
    cache_dir = site.root / ".cache" / "mkdocs-quotes"  # the plugin's default cache_dir
    address = client.scheduler.address
    files = [str(p) for p in sorted(site.articles_dir.glob("*.txt"))]
    status = main(["extract", "--scheduler", address, "--cache", str(cache_dir), *files])
    assert status == 0
    assert f"3 extracted on {address}" in capsys.readouterr().err
    assert site.build().parsed_last_build == 0  # cache_dir is relative to mkdocs.yml
