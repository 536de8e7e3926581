"""Extract quotes from many article texts, parsing only what attribution needs.

Marks come from a character scanner (marks.py); spaCy parses the paragraphs that hold
quotes and the ones before them where attribution may look back; ``attribution``
credits every span. Paragraphs of many articles share one ``nlp.pipe`` call.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from .attribution import attribute
from .domain import ArticleQuotes
from .lexicon.marks import OPENING_MARKS
from .lexicon.people import REFERRING_PRONOUNS
from .marks import MarkedSpan, find_marked_spans
from .paragraphs import Paragraphs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


_GROUP_ARTICLES = 64
_CONTEXT_SKIPS = ("ner",)
_CONTEXT_PRONOUN = re.compile(rf"\b(?:{'|'.join(sorted(REFERRING_PRONOUNS))})\b", re.IGNORECASE)


def paragraphs_to_parse(paragraphs: Paragraphs, spans: list[MarkedSpan]) -> list[int]:
    """Paragraphs with quotes, and the one before each where attribution may need it.

    The paragraph before gives pronouns their antecedent ("Logari ... summed up the
    confusion." / "'We don't know,' he told AFP"), quote-only paragraphs and colon
    lead-ins their speaker. A paragraph that names its speakers outright
    ('"…," said John Kirby.') needs nothing before it, and the parser is the cost.
    """
    wanted: set[int] = set()
    for index in sorted({span.paragraph for span in spans}):
        wanted.add(index)
        if index > 0 and _needs_context(paragraphs, index, spans):
            wanted.add(index - 1)
    return sorted(wanted)


def _needs_context(paragraphs: Paragraphs, index: int, spans: list[MarkedSpan]) -> bool:
    text, base = paragraphs.texts[index], paragraphs.starts[index]
    if text[:1] in OPENING_MARKS or paragraphs.texts[index - 1].rstrip().endswith(":"):
        return True
    outside, last = [], 0
    for span in spans:
        if span.paragraph == index:
            outside.append(text[last : span.open_start - base])
            last = span.close_end - base
    outside.append(text[last:])
    return bool(_CONTEXT_PRONOUN.search(" ".join(outside)))


def extract_articles(
    nlp: Language, texts: Iterable[str], *, batch_size: int = 256
) -> Iterator[ArticleQuotes]:
    """Quotes of many article texts, parsing only what attribution needs, in order.

    One process; parallel.py runs this over several.
    """
    iterator = iter(texts)
    # Articles go through in groups so that paragraphs of many articles share one
    # nlp.pipe call while memory stays bounded: no Doc outlives its group.
    while True:
        group = list(islice(iterator, _GROUP_ARTICLES))
        if not group:
            return
        prepared = []
        quoted: list[tuple[str, tuple[int, int]]] = []
        context: list[tuple[str, tuple[int, int]]] = []
        for article_index, text in enumerate(group):
            paragraphs = Paragraphs.of(text)
            spans = find_marked_spans(paragraphs.texts, paragraphs.starts)
            prepared.append((text, paragraphs, spans))
            with_quotes = {span.paragraph for span in spans}
            for index in paragraphs_to_parse(paragraphs, spans):
                job = (paragraphs.texts[index], (article_index, index))
                (quoted if index in with_quotes else context).append(job)
        docs: list[dict[int, Doc]] = [{} for _ in group]
        # A paragraph parsed only for context is read for its subjects and names; the
        # parser's proper nouns find those (speakers.py), and NER is a third of the cost.
        for jobs, skipped in ((quoted, ()), (context, _CONTEXT_SKIPS)):
            with nlp.select_pipes(disable=[n for n in skipped if n in nlp.pipe_names]):
                for doc, (article, index) in nlp.pipe(jobs, as_tuples=True, batch_size=batch_size):
                    docs[article][index] = doc
        for (text, paragraphs, spans), parsed in zip(prepared, docs, strict=True):
            yield attribute(text, paragraphs, spans, parsed)
