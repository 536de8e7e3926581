"""mkdocs-quotes: who said what in a folder of news articles, as an MkDocs site.

Three packages, imports only downward: ``reader`` (article files in, ``Article``
out), ``engine`` (text in, quotes out: ``extract_quotes``, ``QuoteEngine``, the spaCy
``quotes`` component; knows nothing of MkDocs) and ``site`` (the MkDocs plugin, its
cache and pages), which uses the other two.
"""

from __future__ import annotations

from .engine import (
    DEFAULT_MODEL,
    ENGINE_VERSION,
    ArticleQuotes,
    Mention,
    ModelNotInstalledError,
    Quote,
    QuoteEngine,
    SpeakerKind,
    SpeakerRef,
    extract_quotes,
    extract_quotes_many,
    load_pipeline,
    quote_id,
)
from .reader import Article, ArticleMeta

__all__ = [
    "DEFAULT_MODEL",
    "ENGINE_VERSION",
    "Article",
    "ArticleMeta",
    "ArticleQuotes",
    "Mention",
    "ModelNotInstalledError",
    "Quote",
    "QuoteEngine",
    "SpeakerKind",
    "SpeakerRef",
    "extract_quotes",
    "extract_quotes_many",
    "load_pipeline",
    "quote_id",
]
