"""Parse a stream of articles in windows of paragraphs, so memory depends on the window.

Attribution reads an article's paragraphs in order (``attribution.attribute``): it asks
for paragraph ``i``, then perhaps ``i - 1`` again (a lead-in, the sentence before), never
anything older. So the parsed paragraphs of all articles can be one stream in article
and paragraph order, parsed a window at a time (many short articles share one window's
batched matrix work; one huge article takes many windows), and each article sees its
paragraphs through ``WindowDocs``, a mapping that parses on demand and lets go of what
attribution is done with. No ``Doc`` outlives the window it was parsed in by more than
one paragraph, whatever the article's length.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from .lexicon.entities import TIME_AND_QUANTITY_NOUNS

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.language import Language
    from spacy.tokens import Doc, Span
    from thinc.types import Ints2d

# A window ends at whichever comes first. Parsing takes about 16 kB a token while it
# runs (measured: 39,000 tokens of long paragraphs in one window peaked 640 MB over
# the loaded model), so characters bound it; 20,000 characters cost ordinary news no
# speed against 200,000 (PolNeAR dev, same CPU time within noise).
WINDOW_PARAGRAPHS = 256
WINDOW_CHARACTERS = 20_000
# Components a paragraph parsed only for context skips: it is read for its subjects
# and names, which the parser's proper nouns give (speakers.py); NER is a third of
# the cost.
CONTEXT_SKIPS = ("ner",)
# NER reads a stretch of a paragraph with this many tokens either side of it, so
# that what it finds at the stretch's edges is what it finds in the whole paragraph
# (its token encoder sees four tokens each way; its transitions look ahead). With 3
# every quote and speaker of PolNeAR dev and train (9,106 quotes) is what 4 gave,
# for 7% fewer tokens; with 2 a train speaker took a word for its role.
NER_CONTEXT_TOKENS = 3
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})


@dataclass(frozen=True)
class ParseJob:
    """One paragraph to parse: whose it is, its text, and where its quotes stand
    (opening to closing mark, offsets in ``text``; none: parsed only for context)."""

    article: int
    paragraph: int
    text: str
    quotes: tuple[tuple[int, int], ...] = ()

    @property
    def quoted(self) -> bool:
        return bool(self.quotes)


def parse_window(nlp: Language, jobs: Sequence[ParseJob], batch_size: int) -> list[Doc]:
    """The jobs' Docs, in order: every component over all of them, except that
    ``CONTEXT_SKIPS`` run only over paragraphs with quotes.

    What ``nlp.pipe`` does, component by component, but with both kinds of paragraph
    in one window: the order of the stream is the article's, not the kind's.
    """
    docs = [nlp.make_doc(job.text) for job in jobs]
    for name, component in nlp.pipeline:
        chosen = [i for i, job in enumerate(jobs) if job.quoted or name not in CONTEXT_SKIPS]
        if name == "ner" and hasattr(component, "pipe"):
            _recognise_outside_quotes(
                partial(component.pipe, batch_size=batch_size),
                [(jobs[i], docs[i]) for i in chosen],
            )
            continue
        targets = [docs[i] for i in chosen]
        if hasattr(component, "pipe"):
            done = list(component.pipe(targets, batch_size=batch_size))
        else:
            done = [component(doc) for doc in targets]
        for i, doc in zip(chosen, done, strict=True):
            docs[i] = doc
    return docs


def _recognise_outside_quotes(
    recognise: Callable[[list[Doc]], Iterable[Doc]], work: list[tuple[ParseJob, Doc]]
) -> None:
    """Run NER over the stretches of each Doc that ``_stretches_for_ner`` picks, not
    over the quoted words and the sentences without a quote (where attribution looks
    for no speaker; NER is the dearest component, with an encoder of its own), but
    for their names and numbers. The other tokens stay without NER, as a paragraph
    parsed only for context does. Each stretch is read with ``NER_CONTEXT_TOKENS``
    either side."""
    from spacy.attrs import NORM
    from spacy.tokens import Span

    pieces: list[Doc] = []
    placed: list[tuple[Doc, list[tuple[int, int]]]] = []
    for job, doc in work:
        stretches = _stretches_for_ner(job, doc)
        if stretches == [(0, len(doc))]:
            pieces.append(doc)
        else:
            norms = doc.to_array([NORM])
            pieces.extend(_words_of(doc, norms, *_padded(a, b, len(doc))) for a, b in stretches)
        placed.append((doc, stretches))
    recognised = iter(recognise(pieces))
    for doc, stretches in placed:
        if stretches == [(0, len(doc))]:
            next(recognised)  # the Doc itself, annotated in place
            continue
        entities: list[Span] = []
        outside: list[Span] = []
        for a, b in stretches:
            piece = next(recognised)
            start = _padded(a, b, len(doc))[0]
            last = a
            for ent in piece.ents:
                # What NER found in the padding is not kept, unless it runs into
                # the stretch itself.
                if start + ent.end <= a or start + ent.start >= b:
                    continue
                entities.append(Span(doc, start + ent.start, start + ent.end, label=ent.label_))
                if start + ent.start > last:
                    outside.append(doc[last : start + ent.start])
                last = start + ent.end
            if last < b:
                outside.append(doc[last:b])
        doc.set_ents(entities, outside=outside, default="unmodified")


def _words_of(doc: Doc, norms: NDArray[Any], start: int, end: int) -> Doc:
    """The tokens ``start`` to ``end`` as a Doc of their own, with what NER reads of a
    token: its word, and its norm where the tokenizer set one ("n't" -> "not").
    (``Span.as_doc`` also copies the parse, at three times the cost.)"""
    from spacy.attrs import NORM
    from spacy.tokens import Doc

    tokens = doc[start:end]
    words = [t.text for t in tokens]
    piece = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in tokens])
    piece.from_array([NORM], cast("Ints2d", norms[start:end]))
    return piece


def _padded(start: int, end: int, length: int) -> tuple[int, int]:
    return max(start - NER_CONTEXT_TOKENS, 0), min(end + NER_CONTEXT_TOKENS, length)


def _could_be_named(doc: Doc) -> NDArray[Any]:
    """Per token, whether NER could make it part of an entity the rules read: a
    capitalised word, a numeral, a noun of time or quantity ("last week",
    "thousands"). A lower-case word beside one is read as its padding."""
    import numpy
    from spacy.attrs import IS_TITLE, IS_UPPER, LIKE_NUM, LOWER

    columns = doc.to_array([IS_TITLE, IS_UPPER, LIKE_NUM, LOWER])
    nouns = [doc.vocab.strings[word] for word in TIME_AND_QUANTITY_NOUNS]
    return cast("NDArray[Any]", columns[:, :3].any(axis=1) | numpy.isin(columns[:, 3], nouns))


def _stretches_for_ner(job: ParseJob, doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of ``doc`` for NER: in every sentence that holds a quote (where
    attribution looks for the speaker) the reporter's words NER could name (the
    rest is padding: PolNeAR dev and train came out byte-identical with 29%
    fewer NER tokens than reading them all), and elsewhere the proper nouns and
    numerals: a name in a quote ("Secretary Clinton"), in a quoted
    transcript's narration or in a sentence of the reporter's still gives later
    mentions their full form and title, a number an age. Ranges whose padding would
    meet are one."""
    import numpy
    from spacy.attrs import IDX, TAG

    columns = doc.to_array([IDX, TAG])
    offsets, tags = columns[:, 0], columns[:, 1]
    opens = numpy.array([o for o, _ in job.quotes], dtype=offsets.dtype)
    closes = numpy.array([c for _, c in job.quotes], dtype=offsets.dtype)
    at = numpy.searchsorted(opens, offsets, side="right") - 1
    if len(opens):
        quoted = (at >= 0) & (offsets < closes[numpy.maximum(at, 0)])
    else:
        quoted = numpy.zeros(len(offsets), dtype=bool)
    proper = numpy.isin(tags, [doc.vocab.strings[tag] for tag in PROPER_NOUN_TAGS])
    numeral = tags == doc.vocab.strings["CD"]
    with_a_quote = numpy.zeros(len(offsets), dtype=bool)
    for sentence in doc.sents:
        if quoted[sentence.start : sentence.end].any():
            with_a_quote[sentence.start : sentence.end] = True
    named = _could_be_named(doc)
    wanted = numpy.flatnonzero((~quoted & ((with_a_quote & named) | numeral)) | proper)
    if not len(wanted):
        return []
    # A new stretch wherever the gap to the last wanted token is wider than both
    # paddings together.
    breaks = numpy.flatnonzero(numpy.diff(wanted) > 2 * NER_CONTEXT_TOKENS + 1) + 1
    starts = [int(wanted[0]), *(int(wanted[b]) for b in breaks)]
    ends = [*(int(wanted[b - 1]) + 1 for b in breaks), int(wanted[-1]) + 1]
    return list(zip(starts, ends, strict=True))


class ParseStream:
    """The Docs of a stream of ``ParseJob`` (in article, then paragraph order), parsed
    a window at a time as attribution asks for them."""

    def __init__(
        self,
        nlp: Language,
        jobs: Iterator[ParseJob],
        batch_size: int,
        window_characters: int = WINDOW_CHARACTERS,
    ) -> None:
        self._nlp = nlp
        self._jobs = jobs
        self._batch_size = batch_size
        self._window_characters = window_characters
        self._pending: ParseJob | None = None  # read past the last window's end
        self._ready: deque[tuple[ParseJob, Doc]] = deque()

    def take(self, article: int, paragraph: int) -> Doc:
        """The Doc of one job; everything before it in the stream is dropped."""
        key = (article, paragraph)
        while True:
            if not self._ready and not self._parse_next_window():
                raise KeyError(key)
            job, doc = self._ready[0]
            if (job.article, job.paragraph) > key:
                raise KeyError(key)
            self._ready.popleft()
            if (job.article, job.paragraph) == key:
                return doc

    def _parse_next_window(self) -> bool:
        window: list[ParseJob] = []
        characters = 0
        while len(window) < WINDOW_PARAGRAPHS and characters < self._window_characters:
            job = self._pending or next(self._jobs, None)
            self._pending = None
            if job is None:
                break
            if window and characters + len(job.text) > self._window_characters:
                self._pending = job  # starts the next window
                break
            window.append(job)
            characters += len(job.text)
        if not window:
            return False
        docs = parse_window(self._nlp, window, self._batch_size)
        self._ready.extend(zip(window, docs, strict=True))
        return True


class WindowDocs(Mapping[int, "Doc"]):
    """One article's parsed paragraphs, as attribution reads them: in order, parsed
    when first asked for, forgotten once a later paragraph is read (all but the one
    before it, which the lead-in rules read)."""

    def __init__(self, stream: ParseStream, article: int, wanted: Sequence[int]) -> None:
        self._stream = stream
        self._article = article
        self._wanted = frozenset(wanted)
        self._held: dict[int, Doc] = {}
        self._furthest = -1

    def __getitem__(self, paragraph: int) -> Doc:
        if paragraph not in self._wanted:
            raise KeyError(paragraph)
        if paragraph not in self._held:
            if paragraph < self._furthest - 1:
                # Attribution reads in order; going back further is a bug, not a miss.
                raise RuntimeError(f"paragraph {paragraph} was read and let go")
            self._held[paragraph] = self._stream.take(self._article, paragraph)
            self._furthest = max(self._furthest, paragraph)
            for old in [i for i in self._held if i < self._furthest - 1]:
                del self._held[old]
        return self._held[paragraph]

    def __contains__(self, paragraph: object) -> bool:
        return paragraph in self._wanted

    def __iter__(self) -> Iterator[int]:
        return iter(sorted(self._wanted))

    def __len__(self) -> int:
        return len(self._wanted)


__all__ = ["WINDOW_CHARACTERS", "ParseJob", "ParseStream", "WindowDocs", "parse_window"]
