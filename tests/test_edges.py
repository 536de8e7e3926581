"""At the edges (issue 16): windows of paragraphs, a time budget per article."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from conftest import SEEDS_DIR, Site

from mkdocs_quotes.engine.budget import Skipped, extract_with_budget
from mkdocs_quotes.engine.domain import ArticleQuotes
from mkdocs_quotes.engine.extraction import extract_articles
from mkdocs_quotes.engine.quote_engine import QuoteEngine
from mkdocs_quotes.engine.windows import ParseJob, parse_window
from mkdocs_quotes.reader.sources import read_article


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]


def _long_article(paragraphs: int) -> str:
    """Quotes whose speakers are named paragraphs before: the resolver's state must
    cross windows ("he" in the last paragraph is the Maria Lopez of the first)."""
    lines = ["Maria Lopez, the harbour master, spoke to reporters on Friday."]
    for number in range(paragraphs):
        lines.append(f"The ferry left at {number} o'clock with {number + 3} trucks aboard.")
        lines.append(f"“We counted {number} trucks at the gate,” she said.")
    lines.append("Lopez was upbeat about the season.")
    lines.append("“It will be a good year,” she added.")
    return "\n\n".join(lines)


def test_one_window_per_paragraph_gives_what_one_window_gives(engine: QuoteEngine) -> None:
    texts = [*_seed_texts(), _long_article(40)]
    wide = list(extract_articles(engine.nlp, texts, window_characters=10_000_000))
    narrow = list(extract_articles(engine.nlp, texts, window_characters=1))
    assert narrow == wide
    assert narrow == list(engine.extract_many(texts))
    last = narrow[-1].quotes
    assert len(last) == 41 and {q.speaker.name for q in last} == {"Maria Lopez"}


def test_ner_reads_the_reporters_words_and_the_names_in_quotes(engine: QuoteEngine) -> None:
    text = (
        "The mayor spoke on Monday in Dover. The council then sat for a long and bitter "
        "evening over the cost of the work on the road. “We will rebuild the old bridge "
        "over the river this year. Ask Senator Ana Ruiz about it. It will take two long "
        "years of careful and patient work for every one of the crews to finish the new "
        "span of the bridge,” Tom Hale told the angry members of the board at the end "
        "of a tense meeting last week."
    )
    opening, closing = text.index("“"), text.index("”") + 1
    job = ParseJob(0, 0, text, quotes=((opening, closing),))
    (doc,) = parse_window(engine.nlp, [job], batch_size=8)
    whole = engine.nlp(text)
    # Every name the whole paragraph's NER finds is found, with the same label; the
    # quoted "this year" and "two long years" and the reporter's "evening" are not
    # looked for.
    names = [(e.text, e.label_) for e in whole.ents if e.label_ not in ("DATE", "TIME")]
    found = [(e.text, e.label_) for e in doc.ents if e.label_ not in ("DATE", "TIME")]
    assert found == names
    assert {"Ana Ruiz", "Tom Hale", "Dover"} <= {e.text for e in doc.ents}
    # Words far from a name or number were not read by NER at all: quoted ones, and
    # the reporter's in a sentence without a quote.
    skipped = [t for t in doc if t.text in ("bitter", "rebuild", "long", "patient", "crews")]
    assert len(skipped) == 6 and all(t.ent_iob == 0 for t in skipped)
    # Of the reporter's words in the quote's sentence, those NER could name were read
    # as the whole paragraph's NER reads them ("last week" too); lower-case words
    # further from them than the padding were not.
    after = [(e.text, e.label_) for e in whole.ents if e.start_char >= closing]
    assert after == [(e.text, e.label_) for e in doc.ents if e.start_char >= closing]
    assert ("last week", "DATE") in after
    far = [t for t in doc if t.idx >= closing and t.text in ("members", "end")]
    assert len(far) == 2 and all(t.ent_iob == 0 for t in far)


def test_articles_with_nothing_to_parse_between_others(engine: QuoteEngine) -> None:
    # An article without quotes never asks the stream for a paragraph: the stream must
    # not wait for it (or read past the end of the texts looking for it).
    seeds = _seed_texts()
    plain = "No quotes here.\n\nNone at all, just a report."
    texts = [plain, plain + " Two.", seeds[0], plain + " Three.", seeds[1], plain + " Four."]
    for window in (1, 10_000_000):
        found = list(extract_articles(engine.nlp, iter(texts), window_characters=window))
        assert found == [engine.extract(text) for text in texts]
        assert found[2].quotes and not found[0].quotes


def test_a_paragraph_too_long_is_split_and_its_quotes_found(
    engine: QuoteEngine, tmp_path: Path
) -> None:
    sentences = [
        f"Officials met for round {n} of the talks. “We made progress in round {n},” "
        f"said Ana Ruiz, the envoy."
        for n in range(400)
    ]
    path = tmp_path / "long.txt"
    path.write_text("Talks go on\n\n" + " ".join(sentences) + "\n", encoding="utf-8")
    article = read_article(path)
    assert article.notices  # split, and said so
    quotes = engine.extract(article.text).quotes
    assert len(quotes) == 400
    assert {q.speaker.name for q in quotes} == {"Ana Ruiz"}
    assert quotes[-1].text == "We made progress in round 399,"


def test_the_budget_skips_the_slow_article_and_keeps_the_rest(engine: QuoteEngine) -> None:
    texts = _seed_texts()
    # Wall-clock seconds on a machine others share: the budget leaves the seeds (well
    # under a second of CPU each) room, and the slow article needs 20 s or more.
    slow = _long_article(6_000)
    found = list(extract_with_budget(engine.nlp, [*texts[:2], slow, *texts[2:]], 2, 8.0))
    assert isinstance(found[2], Skipped) and found[2].timed_out
    assert "longer than 8 s" in found[2].reason
    assert [found[:2], found[3:]] == [
        list(engine.extract_many(texts[:2])),
        list(engine.extract_many(texts[2:])),
    ]


def test_an_article_the_engine_raises_on_is_skipped_in_the_workers(
    engine: QuoteEngine,
) -> None:
    # One paragraph past spaCy's max_length: the tokenizer refuses it (E088). The
    # reader never makes one; the engine's own callers may.
    refused = "“Too long,” she said. " + "word " * (engine.nlp.max_length // 5)
    texts = _seed_texts()
    found = list(extract_with_budget(engine.nlp, [texts[0], refused, texts[1]], 1, 600))
    assert isinstance(found[1], Skipped) and not found[1].timed_out
    assert "E088" in found[1].reason
    assert found[0] == engine.extract(texts[0]) and found[2] == engine.extract(texts[1])
    assert all(isinstance(result, ArticleQuotes) for result in (found[0], found[2]))


def test_a_site_with_an_article_past_the_budget_builds_the_rest(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = Site(tmp_path, plugin_options={"article_time_budget": 8})  # see above
    site.add_seeds()
    (site.articles_dir / "endless.txt").write_text(
        "An endless transcript\n\n" + _long_article(6_000), encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING):
        plugin = site.build(strict=False)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(
        "Skipped articles/endless.txt" in w and "article_time_budget" in w for w in warnings
    ), warnings
    pages = {p.parent.name for p in (site.site_dir / "articles").glob("*/index.html")}
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    assert len(pages) == len(seeds) and not any("endless" in page for page in pages)
    assert plugin.parsed_last_build == len(seeds) + 1
