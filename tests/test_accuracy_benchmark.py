"""benchmarks/accuracy.py: when a description in the gold counts as resolved by title."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from accuracy import titled_in_article

ARTICLE = (
    "President Ann Ruiz opened the bridge on Monday. Tom Bell, the mayor of Easton, "
    "stood beside her, and Sen. Carla Diaz sent a letter. Paul Ruiz, her brother, "
    'watched. "It is a fine bridge," the president said.'
)


def test_a_title_before_the_whole_name_resolves_the_description() -> None:
    assert titled_in_article("Ann Ruiz", "the president", ARTICLE)
    assert titled_in_article("Carla Diaz", "the senator", ARTICLE)


def test_an_apposition_after_the_name_resolves_the_description() -> None:
    assert titled_in_article("Tom Bell", "the mayor", ARTICLE)


def test_a_namesake_or_another_title_does_not() -> None:
    assert not titled_in_article("Paul Ruiz", "the president", ARTICLE)
    assert not titled_in_article("Tom Bell", "the senator", ARTICLE)


def test_a_named_source_is_no_description() -> None:
    assert not titled_in_article("Ann Ruiz", "President Ruiz", ARTICLE)


def test_a_fuller_name_names_the_source_only_where_the_span_names_the_person() -> None:
    from accuracy import names_the_source

    assert names_the_source("Robert Vale", "Mr. Vale, president of the union")
    assert names_the_source("Robert Vale", "Vale, who ran the union")
    assert names_the_source("Robert Vale", "Ms. Hart and Vale")
    assert not names_the_source("Robert Vale", "this Vale look-alike")
    assert not names_the_source("Robert Vale", "one Vale ad")
