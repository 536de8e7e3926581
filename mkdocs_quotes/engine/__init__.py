"""The engine: article text in, quotes and their speakers out.

Knows nothing of MkDocs or of files. ``QuoteEngine.extract_many`` is the one pure
function (text -> ``ArticleQuotes``) that the plugin, the CLI and the benchmarks share;
``component`` wraps the same rules as the spaCy ``quotes`` pipeline component.
"""

from __future__ import annotations

from .domain import ArticleQuotes, Mention, Quote, SpeakerKind, SpeakerRef, quote_id
from .quote_engine import (
    DEFAULT_MODEL,
    ENGINE_VERSION,
    ModelNotInstalledError,
    QuoteEngine,
    extract_quotes,
    extract_quotes_many,
    load_pipeline,
)

__all__ = [
    "DEFAULT_MODEL",
    "ENGINE_VERSION",
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
