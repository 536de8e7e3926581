"""Slugs: ASCII, bounded, never empty, unique without moving anyone's URL."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from mkdocs_quotes.reader.slugs import slugify, unique_slugs


def test_slugify_lowercases_and_joins_words_with_hyphens() -> None:
    assert slugify("Pentagon spokesman John Kirby") == "pentagon-spokesman-john-kirby"


def test_slugify_folds_accents_to_ascii() -> None:
    assert slugify("António Guterres à Genève") == "antonio-guterres-a-geneve"


def test_slugify_collapses_and_strips_punctuation() -> None:
    assert slugify("  --Hello,   World!!--  ") == "hello-world"
    assert slugify("001_f4ab7b8fa4ae20c2") == "001-f4ab7b8fa4ae20c2"


def test_slugify_never_returns_an_empty_slug() -> None:
    assert slugify("") == "item"
    assert slugify("!!! ---") == "item"


def test_slugify_gives_non_latin_names_distinct_stable_slugs() -> None:
    putin, xi = slugify("Путин"), slugify("习近平")
    assert putin.startswith("item-") and xi.startswith("item-")
    assert putin != xi
    assert slugify("Путин") == putin


def test_slugify_cuts_long_text_at_a_word_boundary() -> None:
    slug = slugify("word " * 40, max_length=22)
    assert slug == "word-word-word-word"
    assert len(slugify("x" * 200)) == 80


def test_unique_slugs_numbers_duplicates_in_input_order() -> None:
    assert unique_slugs(["a", "A", "b", "a!"]) == ["a", "a-2", "b", "a-3"]


def test_unique_slugs_never_takes_a_name_that_is_naturally_someone_elses() -> None:
    assert unique_slugs(["x", "x", "x-2"]) == ["x", "x-3", "x-2"]


def test_unique_slugs_of_nothing_is_nothing() -> None:
    assert unique_slugs([]) == []


@given(st.text())
def test_slugify_always_gives_a_url_safe_slug(text: str) -> None:
    slug = slugify(text)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug)
    assert len(slug) <= 80
    assert slugify(slug) == slug


@given(st.lists(st.text(max_size=12), max_size=20))
def test_unique_slugs_are_unique_and_one_per_name(names: list[str]) -> None:
    slugs = unique_slugs(names)
    assert len(slugs) == len(names)
    assert len(set(slugs)) == len(slugs)
