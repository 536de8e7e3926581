"""The ``quotes`` spaCy pipeline component: ``nlp.add_pipe("quotes")`` → ``doc._.quotes``.

Registered through the ``spacy_factories`` entry point, so any English pipeline
with a tagger, parser and NER can use it once the package is installed. It runs
the same rules as the engine over an already parsed Doc.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from .attribution import attribute
from .marks import find_marked_spans
from .paragraphs import Paragraphs

if TYPE_CHECKING:
    from .domain import ArticleQuotes

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)
if not Doc.has_extension("quote_mentions"):
    Doc.set_extension("quote_mentions", default=None)


class QuotesComponent:
    """Sets ``doc._.quotes`` (a list of ``Quote``) and ``doc._.quote_mentions``."""

    def __init__(self, nlp: Language, name: str = "quotes") -> None:
        self.name = name
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        result = quotes_of_doc(doc)
        doc._.quotes = list(result.quotes)
        doc._.quote_mentions = list(result.mentions)
        return doc


def quotes_of_doc(doc: Doc) -> ArticleQuotes:
    """Run the attribution rules over a fully parsed Doc."""
    paragraphs = Paragraphs.of(doc.text)
    spans = find_marked_spans(paragraphs.texts, paragraphs.starts)
    docs: dict[int, Doc] = {}
    for index, (start, para) in enumerate(zip(paragraphs.starts, paragraphs.texts, strict=True)):
        region = doc.char_span(start, start + len(para), alignment_mode="expand")
        if region is not None and len(region):
            docs[index] = region.as_doc()
    return attribute(doc.text, paragraphs, spans, docs)


@Language.factory("quotes", default_config={})
def make_quotes_component(nlp: Language, name: str) -> QuotesComponent:
    """The factory spaCy finds through the ``spacy_factories`` entry point."""
    return QuotesComponent(nlp, name)
