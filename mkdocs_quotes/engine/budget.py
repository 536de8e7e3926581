"""Extraction over worker processes with a time budget per article.

One article can take far longer than the rest (a 5 MB transcript, or text that
trips a slow path); a build must not wait on it forever, nor lose the articles
around it. Workers receive chunks of articles and send each result back as it is
done (``extract_articles`` yields in order), so the parent knows when every article
started: when the one before it in the chunk ended. An article over the budget has
its worker killed, is reported as ``Skipped``, and the rest of its chunk goes to a
fresh worker. A worker that dies (out of memory) costs its current article the same
way; an article the engine raises on is ``Skipped`` and the worker goes on.

Only a process can be stopped from outside at any point (spaCy's loops are C), which
is why this needs workers even for ``processes=1``.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING

from .domain import ArticleQuotes
from .extraction import extract_articles
from .parallel import CHUNK_ARTICLES, default_start_method

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class Skipped:
    """An article extraction gave up on, and why (one line)."""

    reason: str
    timed_out: bool = False


_Chunk = list[tuple[int, str]]


def _worker(nlp: Language, connection: Connection) -> None:
    """Extract the chunks the parent sends; send (index, result or Skipped) per article."""
    while True:
        chunk: _Chunk | None = connection.recv()
        if chunk is None:
            return
        while chunk:
            sent = 0
            try:
                for result in extract_articles(nlp, [text for _, text in chunk]):
                    connection.send((chunk[sent][0], result))
                    sent += 1
                chunk = []
            except Exception:
                # The stream parses a little ahead, so the article that raised may be
                # the next one: the current one alone says whether it is to blame.
                index, text = chunk[sent]
                connection.send((index, _alone(nlp, text)))
                chunk = chunk[sent + 1 :]


def _alone(nlp: Language, text: str) -> ArticleQuotes | Skipped:
    try:
        return next(extract_articles(nlp, [text]))
    except Exception as exc:  # one article the engine trips on: skip it, go on
        first_line = (str(exc).splitlines() or [""])[0][:200]
        return Skipped(f"{type(exc).__name__}: {first_line}".rstrip(": "))


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection
    chunk: deque[int] = field(default_factory=deque)
    started: float = 0.0  # when its current article started


def extract_with_budget(
    nlp: Language,
    texts: Iterable[str],
    processes: int,
    seconds: float,
    start_method: str | None = None,
) -> Iterator[ArticleQuotes | Skipped]:
    """Results of ``texts`` in input order; ``Skipped`` for an article that ran past
    ``seconds``, killed its worker or made the engine raise."""
    context = multiprocessing.get_context(start_method or default_start_method())
    pending: deque[_Chunk] = deque()
    source = enumerate(texts)
    texts_by_index: dict[int, str] = {}
    results: dict[int, ArticleQuotes | Skipped] = {}
    next_out = 0
    workers: list[_Worker] = []

    def refill() -> None:
        if not pending:
            chunk = list(islice(source, CHUNK_ARTICLES))
            if chunk:
                texts_by_index.update(chunk)
                pending.append(chunk)

    def start() -> _Worker:
        parent, child = context.Pipe()
        # get_context() is typed as the base class; every real context has Process.
        process = context.Process(target=_worker, args=(nlp, child), daemon=True)  # type: ignore[attr-defined]
        process.start()
        child.close()
        worker = _Worker(process, parent)
        workers.append(worker)
        return worker

    def assign(worker: _Worker) -> None:
        refill()
        if pending:
            chunk = pending.popleft()
            worker.chunk = deque(index for index, _ in chunk)
            worker.started = time.monotonic()
            worker.connection.send(chunk)

    def stop(worker: _Worker, reason: str, *, timed_out: bool = False) -> None:
        """Kill a worker; its current article is skipped, the rest of its chunk requeued."""
        worker.process.kill()
        worker.process.join()
        worker.connection.close()
        workers.remove(worker)
        if worker.chunk:
            results[worker.chunk.popleft()] = Skipped(reason, timed_out)
        if worker.chunk:
            pending.appendleft([(i, texts_by_index[i]) for i in worker.chunk])

    try:
        for _ in range(max(1, processes)):
            assign(start())
        while True:
            while next_out in results:
                texts_by_index.pop(next_out, None)
                yield results.pop(next_out)
                next_out += 1
            busy = [w for w in workers if w.chunk]
            if not busy:
                refill()
                if not pending:
                    return
                idle = [w for w in workers if not w.chunk]
                assign(idle[0] if idle else start())
                continue
            deadline = min(w.started for w in busy) + seconds
            ready = wait(
                [w.connection for w in busy], timeout=max(0.0, deadline - time.monotonic())
            )
            now = time.monotonic()
            for worker in busy:
                if worker.connection not in ready:
                    if now >= worker.started + seconds:
                        stop(worker, f"took longer than {seconds:g} s", timed_out=True)
                        assign(start())
                    continue
                try:
                    message = worker.connection.recv()
                except (EOFError, OSError):
                    stop(worker, "its worker process died")
                    assign(start())
                    continue
                index, result = message
                results[index] = result
                worker.chunk.remove(index)
                worker.started = now
                if not worker.chunk:
                    assign(worker)
    finally:
        for worker in workers:
            worker.process.kill()
            worker.process.join()
            worker.connection.close()


__all__ = ["Skipped", "extract_with_budget"]
