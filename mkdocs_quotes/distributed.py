"""Extraction on a Dask cluster, into the cache ``mkdocs build`` reads.

Optional: ``pip install 'mkdocs-quotes[dask]'``. The engine's one pure function
(article text -> ``ArticleQuotes``) runs on the workers; each worker loads the spaCy
pipeline once, through a ``WorkerPlugin`` (``setup`` runs on every worker, now and
later: a worker the nanny restarts loads it again). The client reads the articles,
sends only the texts the cache lacks, in batches, and stores each batch's results as
it arrives, so a run that stops halfway keeps what it finished and the next one sends
only the rest; the next site build parses nothing.

A worker that dies takes its batches with it; the scheduler gives them to another
worker (up to ``distributed.scheduler.allowed-failures`` deaths per batch, default 3,
then ``KilledWorker``: the batch is reported as failed, the rest go on).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from distributed import Client, WorkerPlugin, as_completed, get_worker

from .engine.domain import ArticleQuotes
from .engine.quote_engine import DEFAULT_MODEL, QuoteEngine
from .site.cache import QuoteCache, cache_file, cache_key

PLUGIN_NAME = "mkdocs-quotes-engine"
# Articles per task: enough for the window batching to pay, few enough that a dead
# worker costs little to redo and the workers stay evenly loaded to the end.
BATCH_ARTICLES = 8


class EnginePlugin(WorkerPlugin):
    """Loads the pipeline once per worker process; tasks find it by ``PLUGIN_NAME``."""

    name = PLUGIN_NAME
    idempotent = True  # registering again (a second client) must not reload the model

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.model = model
        self.engine: QuoteEngine | None = None

    def setup(self, worker: Any) -> None:  # Any: distributed's Worker, untyped here
        """Load the pipeline now, before the first task, so every task finds it."""
        self.engine = QuoteEngine(self.model)
        self.engine.load()


def extract_batch(texts: list[str]) -> tuple[str, list[dict[str, Any]]]:
    """Runs on a worker: the worker engine's fingerprint and each text's result (JSON)."""
    engine = getattr(get_worker().plugins[PLUGIN_NAME], "engine", None)
    if not isinstance(engine, QuoteEngine):  # setup failed: say so, don't guess
        raise RuntimeError("the mkdocs-quotes worker plugin has no engine")
    return engine.fingerprint, [result.to_json() for result in engine.extract_many(texts)]


@dataclass(frozen=True)
class ClusterReport:
    """What a cluster extraction did."""

    articles: int
    cached: int
    """Already in the cache: not sent."""
    extracted: int
    failed: int
    """Articles of batches that failed (an engine error, or workers killed too often)."""
    seconds: float
    """From the first batch sent to the last stored, the model loads excluded."""
    fingerprints: tuple[str, ...]
    """The workers' engine fingerprints; one that differs from the client's means the
    workers run another model or engine version, whose results a build won't read."""


def extract_on_cluster(
    texts: Sequence[str],
    scheduler: str | Client,
    cache: Path,
    *,
    model: str = DEFAULT_MODEL,
    batch_articles: int = BATCH_ARTICLES,
    on_batch: Callable[[int], None] | None = None,
) -> ClusterReport:
    """Extract ``texts`` on the cluster at ``scheduler`` (an address or a ``Client``)
    into the cache at ``cache`` (a folder, as the site's ``cache_dir``, or the file).

    ``on_batch(articles_stored_so_far)`` is called after each batch is stored.
    """
    fingerprint = QuoteEngine(model).fingerprint
    store = QuoteCache(cache_file(cache))
    # distributed leaves Client's constructor, close and as_completed untyped.
    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)  # type: ignore[no-untyped-call]
    try:
        keys = [cache_key(text, fingerprint) for text in texts]
        found = store.get_many(keys)
        missing = list(dict.fromkeys(t for k, t in zip(keys, texts, strict=True) if k not in found))
        client.register_plugin(EnginePlugin(model))
        started = time.perf_counter()
        batches = _batches(missing, batch_articles)
        futures = client.map(extract_batch, batches, pure=False)
        sent = dict(zip((f.key for f in futures), batches, strict=True))
        stored = failed = 0
        fingerprints: set[str] = set()
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            batch = sent[future.key]
            try:
                worker_fingerprint, results = future.result()
            except Exception:  # the batch's articles are not cached; the next run retries
                failed += len(batch)
                continue
            fingerprints.add(worker_fingerprint)
            store.put_many(
                (cache_key(text, worker_fingerprint), ArticleQuotes.from_json(result))
                for text, result in zip(batch, results, strict=True)
            )
            stored += len(batch)
            if on_batch is not None:
                on_batch(stored)
        seconds = time.perf_counter() - started
    finally:
        if client is not scheduler:
            client.close()  # type: ignore[no-untyped-call]
        store.close()
    return ClusterReport(
        articles=len(texts),
        cached=sum(1 for key in keys if key in found),
        extracted=stored,
        failed=failed,
        seconds=seconds,
        fingerprints=tuple(sorted(fingerprints)),
    )


def _batches(texts: list[str], size: int) -> list[list[str]]:
    iterator = iter(texts)
    return list(iter(lambda: list(islice(iterator, size)), []))


__all__ = [
    "BATCH_ARTICLES",
    "PLUGIN_NAME",
    "ClusterReport",
    "EnginePlugin",
    "extract_batch",
    "extract_on_cluster",
]
