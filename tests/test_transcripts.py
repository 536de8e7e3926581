"""Transcript labels and stage directions, read from the quoted text alone."""

from __future__ import annotations

import pytest

from mkdocs_quotes.engine.transcripts import is_stage_direction, transcript_label


@pytest.mark.parametrize(
    ("quoted", "name", "words"),
    [
        ("HALE: Will you sign it?", "Hale", "Will you sign it?"),
        ("MR. ORTIZ:  Not today.", "Mr. Ortiz", "Not today."),
        ("O'NEILL: We disagree.", "O'neill", "We disagree."),
    ],
)
def test_label_names_the_speaker(quoted: str, name: str, words: str) -> None:
    label = transcript_label(quoted)
    assert label is not None
    assert label.name == name
    assert quoted[label.words_start :] == words


@pytest.mark.parametrize(
    "quoted",
    [
        "Q: Will you sign it?",
        "NOTE: The vote is on Monday.",
        "US: a deal",
        "Hale: not in capitals",
        "HALE:no space",
        "We said HALE: no",
    ],
)
def test_no_label(quoted: str) -> None:
    assert transcript_label(quoted) is None


@pytest.mark.parametrize(
    ("quoted", "direction"),
    [("(CROSSTALK.)", True), ("[APPLAUSE]", True), ("(He laughs.)", False), ("NO", False)],
)
def test_stage_direction(quoted: str, direction: bool) -> None:
    assert is_stage_direction(quoted) is direction
