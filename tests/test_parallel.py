"""Worker processes and the lazily loaded model: the same results, less work."""

from __future__ import annotations

from pathlib import Path

from conftest import SEEDS_DIR

from mkdocs_quotes.engine.parallel import CHUNK_ARTICLES, extract_in_processes
from mkdocs_quotes.engine.quote_engine import QuoteEngine, load_pipeline


def _corpus() -> list[str]:
    """More articles than two workers' first chunks, no two texts the same."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    texts = []
    for number in range(3 * CHUNK_ARTICLES):
        seed = seeds[number % len(seeds)]
        texts.append(
            f"{seed}\n\n“We counted {number} trucks at the gate,” "
            f"said Maria Lopez, a driver from district {number}.\n"
        )
    return texts


def test_worker_processes_give_the_results_of_one_process(engine: QuoteEngine) -> None:
    texts = _corpus()
    alone = list(engine.extract_many(texts))
    in_workers = list(engine.extract_many(texts, n_process=2))
    assert in_workers == alone
    assert all(result.quotes for result in alone)
    assert alone[5].quotes[-1].speaker.name == "Maria Lopez"


def test_a_caller_that_stops_early_gets_the_first_results(engine: QuoteEngine) -> None:
    texts = _corpus()
    results = engine.extract_many(texts, n_process=2)
    first = next(results)
    results.close()  # shuts the workers down without waiting for the corpus
    assert first == engine.extract(texts[0])


def test_the_model_loads_on_first_use_and_the_fingerprint_does_not_need_it() -> None:
    lazy = QuoteEngine()
    fingerprint = lazy.fingerprint
    assert not lazy.loaded
    loaded = QuoteEngine(nlp=load_pipeline())
    assert loaded.fingerprint == fingerprint
    lazy.extract("“It works,” said Ana Ruiz.")
    assert lazy.loaded


def test_a_model_given_as_a_folder_gives_the_same_fingerprint(tmp_path: Path) -> None:
    nlp = load_pipeline()
    nlp.to_disk(tmp_path / "model")
    from_folder = QuoteEngine(str(tmp_path / "model"))
    assert from_folder.fingerprint == QuoteEngine(nlp=nlp).fingerprint
    assert not from_folder.loaded


def test_spawned_workers_get_the_pipeline_by_pickle(engine: QuoteEngine) -> None:
    # The start method off Linux: each worker unpickles its own copy of the model.
    texts = _corpus()[: 2 * CHUNK_ARTICLES + 1]
    spawned = list(extract_in_processes(engine.nlp, texts, 2, start_method="spawn"))
    assert spawned == list(engine.extract_many(texts))
