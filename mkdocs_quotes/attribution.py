"""Placeholder until the rules land: finds nothing (being written now)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .model import ArticleQuotes


def extract_articles(
    nlp: Any, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1
) -> Iterator[ArticleQuotes]:
    for _ in texts:
        yield ArticleQuotes()
