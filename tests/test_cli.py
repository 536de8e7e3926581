"""`mkdocs-quotes extract`: JSONL and table output, bad files, missing models."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mkdocs_quotes.cli import main
from mkdocs_quotes.reader.sources import read_article

ARTICLE = (
    "Bridge works\n\n"
    "Mayor Ana Lopez spoke on Monday about the old bridge that the river took last winter.\n\n"
    '"We will rebuild the bridge," Lopez said. "It opens in spring."\n'
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_jsonl_has_the_promised_fields(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(
        ["extract", "--format", "jsonl", "--cache", str(tmp_path / "c.sqlite"), str(article)]
    )
    assert status == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in rows] == ["We will rebuild the bridge,", "It opens in spring."]
    for row in rows:
        assert {
            "article",
            "text",
            "start",
            "end",
            "speaker",
            "speaker_kind",
            "cue",
            "partial",
            "utterance",
            "id",
            "rule",
        } <= row.keys()
        assert row["article"] == "bridge.txt"
        assert row["speaker"] == "Ana Lopez" and row["speaker_kind"] == "person"
    # Offsets point into the article text as the reader gives it.
    body = read_article(article).text
    assert all(body[r["start"] : r["end"]] == r["text"] for r in rows)
    assert rows[0]["utterance"] == rows[1]["utterance"] == "bridge:0"  # named by the article
    assert rows[0]["id"] != rows[1]["id"]
    # The rule that credited each quote: the second continues the first's utterance.
    assert rows[1]["rule"] == "continues_previous_quote" and rows[0]["rule"] != rows[1]["rule"]
    assert article.read_text(encoding="utf-8") == ARTICLE  # the file itself is untouched


def test_cache_serves_the_second_run(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "c.sqlite"
    main(["extract", "--format", "jsonl", "--cache", str(cache), str(article)])
    first = capsys.readouterr().out
    assert cache.exists()
    main(["extract", "--format", "jsonl", "--cache", str(cache), str(article)])
    assert capsys.readouterr().out == first


def test_table_and_a_bad_file(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01\x02" * 50)
    status = main(["extract", "--no-cache", str(binary), str(article)])
    captured = capsys.readouterr()
    assert status == 1
    errors = captured.err.strip().splitlines()
    assert len(errors) == 1 and "photo.txt" in errors[0]
    assert "Ana Lopez" in captured.out and "We will rebuild the bridge," in captured.out


def test_missing_model_is_one_line(article: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs_quotes.cli",
            "extract",
            "--no-cache",
            "--model",
            "en_core_web_nonexistent",
            str(article),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "en_core_web_nonexistent" in lines[0] and "install" in lines[0]
