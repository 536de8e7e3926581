"""mkdocs-quotes: who said what in a folder of news articles, as an MkDocs site.

The engine (``extract_quotes``, the spaCy ``quotes`` component, ``QuoteEngine``)
knows nothing of MkDocs; the plugin (``mkdocs_quotes.plugin``) wires it into builds.
"""

from __future__ import annotations

from .engine import (
    DEFAULT_MODEL,
    ENGINE_VERSION,
    ModelNotInstalledError,
    QuoteEngine,
    extract_quotes,
    extract_quotes_many,
    load_pipeline,
)
from .model import Article, ArticleMeta, ArticleQuotes, Mention, Quote, SpeakerRef, quote_id

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
    "SpeakerRef",
    "extract_quotes",
    "extract_quotes_many",
    "load_pipeline",
    "quote_id",
]
