"""The SQLite result cache: round trips, damage, pruning, concurrency, invalidation."""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from mkdocs_quotes import ArticleQuotes, Quote, SpeakerRef
from mkdocs_quotes.engine import quote_engine
from mkdocs_quotes.engine.quote_engine import ENGINE_VERSION, QuoteEngine, engine_digest
from mkdocs_quotes.site.cache import SCHEMA_VERSION, QuoteCache, cache_key, cached_extract

KIRBY_TEXT = (
    'Pentagon spokesman John Kirby said that most troops would be in place by Sunday and "will '
    'be able to move thousands per day" out of Afghanistan.\n\n'
    '"Capacity is not going to be a problem," he told reporters.'
)


def sample_result(n: int = 0) -> ArticleQuotes:
    quote = Quote(
        text=f"quote number {n}",
        start=1,
        end=15 + len(str(n)),
        speaker=SpeakerRef(name="Jane Doe", kind="person", role="mayor"),
        cue="said",
        partial=False,
        utterance=0,
        paragraph=0,
    )
    return ArticleQuotes(quotes=(quote,), mentions=(("Jane Doe", "person"),))


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "quotes.sqlite"


def warnings_in(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def test_results_round_trip_and_missing_keys_are_absent(cache_file: Path) -> None:
    cache = QuoteCache(cache_file)
    cache.put_many({"a": sample_result(1), "b": sample_result(2)})
    assert cache.get_many(["a", "b", "c"]) == {"a": sample_result(1), "b": sample_result(2)}
    cache.close()
    reopened = QuoteCache(cache_file)
    assert reopened.get_many(["b"]) == {"b": sample_result(2)}
    reopened.close()


def test_the_key_is_the_text_and_the_engine_fingerprint() -> None:
    assert cache_key("text", "model-1") == cache_key("text", "model-1")
    assert cache_key("text", "model-1") != cache_key("text", "model-2")
    assert cache_key("text", "model-1") != cache_key("text.", "model-1")


def test_the_engine_digest_covers_every_file_under_the_engine_folder(
    tmp_path: Path, engine: QuoteEngine
) -> None:
    """Edit any file of a copy of the engine, or add one anywhere in it: the key changes."""
    installed = Path(quote_engine.__file__).parent
    copy = tmp_path / "engine"
    shutil.copytree(installed, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert engine_digest(copy) == ENGINE_VERSION
    assert ENGINE_VERSION in engine.fingerprint

    files = sorted(path for path in copy.rglob("*") if path.is_file())
    assert any(path.parent != copy for path in files)  # the word lists live in a subfolder
    seen = {ENGINE_VERSION}
    for path in files:
        with path.open("a", encoding="utf-8") as file:
            file.write("# a rule changed\n")
        digest = engine_digest(copy)
        assert digest not in seen, path.relative_to(copy)
        seen.add(digest)

    new_module = copy / "rules" / "new_rule.py"
    new_module.parent.mkdir(exist_ok=True)
    new_module.write_text("RULE = 1\n", encoding="utf-8")
    assert engine_digest(copy) not in seen


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_file_is_set_aside_with_a_warning_and_rebuilt(
    cache_file: Path, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    cache = QuoteCache(cache_file)
    cache.put_many({f"k{i}": sample_result(i) for i in range(300)})
    cache.close()
    if damage == "garbage":
        cache_file.write_bytes(b"this is not a database" * 100)
    else:
        data = cache_file.read_bytes()
        assert len(data) > 8192
        cache_file.write_bytes(data[: len(data) // 2])

    with caplog.at_level(logging.WARNING):
        rebuilt = QuoteCache(cache_file)
    assert any("damaged" in w and str(cache_file) in w for w in warnings_in(caplog))
    assert rebuilt.get_many(["k1"]) == {}
    rebuilt.put_many({"k1": sample_result(1)})
    assert rebuilt.get_many(["k1"]) == {"k1": sample_result(1)}
    rebuilt.close()
    assert cache_file.with_name("quotes.sqlite.corrupt").exists()


def test_prune_keeps_only_the_given_keys(cache_file: Path) -> None:
    cache = QuoteCache(cache_file)
    cache.put_many({"keep": sample_result(1), "gone": sample_result(2), "old": sample_result(3)})
    assert cache.prune(["keep", "never-stored"]) == 2
    assert cache.keys() == {"keep"}
    assert cache.prune([]) == 1
    assert cache.keys() == set()
    cache.close()


def test_an_older_schema_is_emptied_not_misread(cache_file: Path) -> None:
    cache = QuoteCache(cache_file)
    cache.put_many({"a": sample_result(1)})
    cache.close()
    with sqlite3.connect(cache_file) as connection:
        connection.execute("UPDATE meta SET value = '0' WHERE name = 'schema_version'")
    reopened = QuoteCache(cache_file)
    assert reopened.keys() == set()
    reopened.close()
    with sqlite3.connect(cache_file) as connection:
        row = connection.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
    assert row == (SCHEMA_VERSION,)


def _write_entries(path: str, writer: int, count: int) -> None:
    cache = QuoteCache(path)
    for i in range(count):
        cache.put_many({f"w{writer}-{i}": sample_result(i)})
        if i % 10 == 0:
            cache.get_many([f"w{1 - writer}-{i}"])
    cache.close()


def test_two_processes_writing_at_once_neither_fail_nor_corrupt(
    cache_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # No file yet: both race to create the schema and switch to WAL, too.
    context = multiprocessing.get_context("spawn")
    writers = [
        context.Process(target=_write_entries, args=(str(cache_file), n, 200)) for n in (0, 1)
    ]
    for process in writers:
        process.start()
    for process in writers:
        process.join(timeout=120)
        assert process.exitcode == 0
    cache = QuoteCache(cache_file)
    assert len(cache.keys()) == 400
    cache.close()
    assert warnings_in(caplog) == []


def test_threads_with_their_own_handles_share_one_file(cache_file: Path) -> None:
    QuoteCache(cache_file).close()
    threads = [
        threading.Thread(target=_write_entries, args=(str(cache_file), n, 100)) for n in (0, 1)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cache = QuoteCache(cache_file)
    assert len(cache.keys()) == 200
    cache.close()


_KILLED_WRITER = textwrap.dedent(
    """
    import sys
    from mkdocs_quotes.site.cache import QuoteCache
    from mkdocs_quotes import ArticleQuotes, Mention, Quote, SpeakerRef

    speaker = SpeakerRef(name="Jane Doe", kind="person", mention=Mention("she", 0, 3))
    quote = Quote("x" * 2000, 0, 2000, speaker, "said", False, 0, 0)
    cache = QuoteCache(sys.argv[1])
    batch = 0
    while True:
        # Big transactions, so the kill lands in the middle of one.
        cache.put_many({f"b{batch}-{i}": ArticleQuotes(quotes=(quote,)) for i in range(500)})
        batch += 1
        print(batch, flush=True)
    """
)


def test_a_build_killed_during_a_cache_write_leaves_whole_transactions(cache_file: Path) -> None:
    cache_file.parent.mkdir(parents=True)
    writer = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(cache_file)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    while int(writer.stdout.readline() or "0") < 3:
        assert writer.poll() is None, "the writer died on its own"
    time.sleep(0.05)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()

    cache = QuoteCache(cache_file)
    keys = cache.keys()
    batches = {key.split("-")[0] for key in keys}
    assert len(batches) >= 3
    for batch in batches:  # all 500 of a batch, or none of it
        assert sum(key.startswith(f"{batch}-") for key in keys) == 500
    cache.close()


def test_cached_extract_parses_misses_only_and_a_new_fingerprint_reparses(
    cache_file: Path, engine: QuoteEngine
) -> None:
    parsed: list[str] = []

    def extract(texts: list[str]) -> list[ArticleQuotes]:
        parsed.extend(texts)
        return list(engine.extract_many(texts))

    cache = QuoteCache(cache_file)
    texts = [KIRBY_TEXT, "No quotes here.", KIRBY_TEXT]
    first, count = cached_extract(cache, texts, engine.fingerprint, extract)
    assert count == 2 and parsed == [KIRBY_TEXT, "No quotes here."]  # the same text once
    assert first[0] == first[2]
    assert any("Capacity is not going to be a problem" in q.text for q in first[0].quotes)

    again, count = cached_extract(cache, texts, engine.fingerprint, extract)
    assert count == 0 and again == first

    upgraded, count = cached_extract(cache, texts, engine.fingerprint + "-next", extract)
    assert count == 2 and upgraded == first
    assert cache.keys() == {cache_key(t, engine.fingerprint + "-next") for t in texts}
    cache.close()
