"""Find who said each quoted span: the cue next to it and the speaker of that cue.

The parser is one witness among several (its apposition arcs are right ~68% of the
time): the cue comes from a word list, the speaker from the cue's subject where
the parse gives one, else from the nearest name or noun phrase on the right side
of the cue, else from the previous quote's speaker.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from .cues import (
    ACCORDING,
    CUE_WORDS,
    ORGANISATION_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    WEAK_CUES,
)
from .marks import MarkedSpan, find_marked_spans
from .model import ArticleQuotes, Mention, Quote, SpeakerKind, SpeakerRef
from .postags import pos
from .speakers import PERSON_ROLE_NOUNS, SpeakerResolver

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

_DASHES = ("—", "–", "-", "--", "―", "‒")
_RELATIVE = ("who", "which", "that")
_NOT_SPEAKER_WORDS = {"it", "this", "that", "there", "what", "which", "these", "those"}
_NOT_SPEAKERS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


@dataclass(frozen=True)
class Paragraphs:
    """The non-empty lines of an article text and where each starts."""

    texts: list[str]
    starts: list[int]

    @classmethod
    def of(cls, text: str) -> Paragraphs:
        texts, starts, pos = [], [], 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped:
                texts.append(stripped)
                starts.append(pos + line.index(stripped[0]))
            pos += len(line) + 1
        return cls(texts, starts)


def paragraphs_to_parse(paragraphs: Paragraphs, spans: list[MarkedSpan]) -> list[int]:
    """Only paragraphs with quotes, and the one before each, need the parser.

    The paragraph before gives pronouns their antecedent ("Logari ... summed up the
    confusion." / "'We don't know,' he told AFP") and colon lead-ins their speaker.
    """
    wanted: set[int] = set()
    for span in spans:
        wanted.add(span.paragraph)
        if span.paragraph > 0:
            wanted.add(span.paragraph - 1)
    return sorted(wanted)


def extract_articles(
    nlp: Language, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1
) -> Iterator[ArticleQuotes]:
    """Quotes of many article texts, parsing only what attribution needs, in order."""
    iterator = iter(texts)
    # Articles go through in groups so that paragraphs of many articles share one
    # nlp.pipe call (and its worker processes) while memory stays bounded.
    group_size = max(batch_size, 8) * max(n_process, 1)
    while True:
        group = list(islice(iterator, group_size))
        if not group:
            return
        prepared = []
        jobs: list[tuple[str, tuple[int, int]]] = []
        for article_index, text in enumerate(group):
            paragraphs = Paragraphs.of(text)
            spans = find_marked_spans(paragraphs.texts, paragraphs.starts)
            prepared.append((text, paragraphs, spans))
            for index in paragraphs_to_parse(paragraphs, spans):
                jobs.append((paragraphs.texts[index], (article_index, index)))
        docs: list[dict[int, Doc]] = [{} for _ in group]
        for doc, (article_index, index) in nlp.pipe(
            jobs, as_tuples=True, batch_size=batch_size, n_process=n_process
        ):
            docs[article_index][index] = doc
        for (text, paragraphs, spans), parsed in zip(prepared, docs, strict=True):
            yield attribute(text, paragraphs, spans, parsed)


def attribute(
    text: str, paragraphs: Paragraphs, spans: list[MarkedSpan], docs: dict[int, Doc]
) -> ArticleQuotes:
    """Attribute every marked span of one article; docs are its parsed paragraphs."""
    resolver = SpeakerResolver(text)
    quotes: list[Quote] = []
    recent: list[tuple[int, SpeakerRef]] = []
    observed: set[int] = set()
    views: dict[int, _View] = {}
    utterance = -1
    previous: Quote | None = None
    for span in spans:
        for index in sorted(docs):
            if index <= span.paragraph and index not in observed:
                resolver.observe(docs[index][:], paragraphs.starts[index])
                observed.add(index)
        doc = docs.get(span.paragraph)
        if doc is None:
            continue
        base = paragraphs.starts[span.paragraph]
        if span.paragraph not in views:
            para_spans = [s for s in spans if s.paragraph == span.paragraph]
            inside = [_inside(t, base, para_spans) for t in doc]
            views[span.paragraph] = _View(
                para_spans, inside, _outside_sentence_starts(doc, base, para_spans, inside)
            )
        found = _attribute_span(span, doc, base, views[span.paragraph], paragraphs, docs, resolver)
        speaker, cue = found if found else (None, None)
        if speaker is not None and speaker.kind == "unknown" and speaker.mention:
            resolved = resolver.resolve_pronoun(speaker.mention.text, span.start, recent)
            if resolved is not None:
                speaker = SpeakerRef(resolved.name, resolved.kind, speaker.mention, resolved.role)
        inherited = False
        if speaker is None and previous is not None and _can_inherit(span, previous, paragraphs):
            speaker, inherited = previous.speaker, True
            cue = previous.cue
        if speaker is None:
            if _is_scare_quote(span, text):
                continue
            speaker = SpeakerRef("Unattributed", "unknown")
        continues_previous = (
            previous is not None
            and previous.speaker.name == speaker.name
            and (span.continued or (inherited and span.paragraph == previous.paragraph))
        )
        if not continues_previous:
            utterance += 1
        quote = Quote(
            text=text[span.start : span.end],
            start=span.start,
            end=span.end,
            speaker=speaker,
            cue=cue,
            partial=_is_partial(span, text),
            utterance=utterance,
            paragraph=span.paragraph,
        )
        quotes.append(quote)
        previous = quote
        if speaker.kind != "unknown":
            recent.append((span.start, speaker))
    mentions = sorted({(p.name, "person") for p in resolver.people if " " in p.name})
    typed_mentions: tuple[tuple[str, SpeakerKind], ...] = tuple(
        (name, "person") for name, _ in mentions
    )
    return ArticleQuotes(quotes=tuple(quotes), mentions=typed_mentions)


def _can_inherit(span: MarkedSpan, previous: Quote, paragraphs: Paragraphs) -> bool:
    """A quote with no cue of its own continues the last speaker nearby."""
    if span.continued:
        return True
    if span.paragraph == previous.paragraph:
        return True
    if span.paragraph - previous.paragraph > 1:
        return False
    # A paragraph that opens with the quote, right after a quoted paragraph.
    para = paragraphs.texts[span.paragraph]
    return span.open_start - paragraphs.starts[span.paragraph] <= 1 or _starts_sentence(para)


def _starts_sentence(para: str) -> bool:
    return para[:1] in "\"“'‘«"


def _is_partial(span: MarkedSpan, text: str, base: int = 0) -> bool:
    """A fragment inside the reporter's own sentence, not a whole quoted sentence."""
    quoted = text[span.start - base : span.end - base]
    first = next((c for c in quoted if c.isalpha()), "")
    if first and first.islower():
        return True
    open_at = span.open_start - base
    before = text[max(open_at - 3, 0) : open_at].strip()
    ends_sentence = quoted.rstrip()[-1:] in ".!?,…—-" or span.continues
    return bool(before) and before[-1:].isalnum() and not ends_sentence and len(quoted.split()) < 6


def _is_scare_quote(span: MarkedSpan, text: str) -> bool:
    """Words in marks with no cue and no speaker nearby: a title or a scare quote."""
    quoted = text[span.start : span.end]
    return _is_partial(span, text) or len(quoted.split()) < 8 or span.single


# -- the attribution of one span -------------------------------------------------------


@dataclass(frozen=True)
class _View:
    """What every span of one paragraph shares: its spans, which tokens lie inside
    quotes, and where its sentences start outside them. Computed once a paragraph."""

    spans: list[MarkedSpan]
    inside: list[bool]
    starts: list[int]


def _inside(token: Token, base: int, spans: list[MarkedSpan]) -> bool:
    pos = base + token.idx
    return any(s.open_start <= pos < s.close_end for s in spans)


def _outside_sentence_starts(
    doc: Doc, base: int, spans: list[MarkedSpan], inside: list[bool]
) -> list[int]:
    starts = [base]
    # Only a quote closing on a full stop can end the reporter's sentence: '"…?" Graham
    # asked.' — spaCy starts a sentence at "Graham"; the reporter's sentence goes on.
    runs_on = {s.close_end for s in spans if doc.text[s.end - base - 1 : s.end - base] != "."}
    for token in doc:
        if token.i > 0 and _follows_close(doc, token, base, runs_on):
            continue
        # A sentence never starts in lower case: '…pay his?” a narrator … asks.'
        if (
            token.is_sent_start
            and token.i > 0
            and not inside[token.i]
            and not token.text[:1].islower()
        ):
            prev = doc[token.i - 1]
            # A sentence never starts right after an opening mark or inside a name.
            if prev.text in ("“", '"', "‘", "''") and inside[prev.i]:
                continue
            starts.append(base + token.idx)
    # spaCy often misses the break after a quoted sentence: '…neighborhood." Russia said'.
    for span in spans:
        if span.end > span.start and doc.text[span.end - base - 1 : span.end - base] == ".":
            rest = doc.text[span.close_end - base :]
            stripped = rest.lstrip()
            if stripped[:1].isupper():
                starts.append(span.close_end + len(rest) - len(stripped))
    # A quote that opens a sentence: '… on the ballot," Mr. Obama said. "Tolerance …'.
    for span in spans:
        before = doc.text[: span.open_start - base].rstrip()
        if before[-1:] in (".", "!", "?") and span.open_start > base:
            starts.append(span.open_start)
    return sorted(set(starts))


def _follows_close(doc: Doc, token: Token, base: int, closes: set[int]) -> bool:
    """Is ``token`` the first word after one of the closing marks in ``closes``?"""
    prev = doc[token.i - 1]
    return base + prev.idx + len(prev.text) in closes and not prev.is_alpha


def _attribute_span(
    span: MarkedSpan,
    doc: Doc,
    base: int,
    view: _View,
    paragraphs: Paragraphs,
    docs: dict[int, Doc],
    resolver: SpeakerResolver,
) -> tuple[SpeakerRef, str | None] | None:
    starts, para_spans, inside = view.starts, view.spans, view.inside
    sentence_start = max((s for s in starts if s <= span.open_start), default=base)
    later = [s for s in starts if s >= span.close_end]
    next_open = [s.open_start for s in para_spans if s.open_start >= span.close_end]
    trailing_end = min([*later, *next_open, base + len(doc.text)])
    leading = [
        t for t in doc if sentence_start <= base + t.idx < span.open_start and not inside[t.i]
    ]
    trailing = [t for t in doc if span.close_end <= base + t.idx < trailing_end and not inside[t.i]]
    quoted = doc.text[span.start - base : span.end - base]
    prefer_trailing = quoted.rstrip()[-1:] in ",?!—-…" or not leading

    window = {t.i for t in leading} | {t.i for t in trailing}
    governed = _from_governing_cue(span, doc, base, window, resolver)
    if governed is not None:
        return governed
    attempts = [(trailing, "after"), (leading, "before")]
    if not prefer_trailing:
        attempts.reverse()
    for tokens, side in attempts:
        found = _from_window(tokens, side, base, resolver)
        if found is not None:
            return found
    after_close = doc.text[span.close_end - base :].lstrip()
    if after_close[:1] in "—–-―‒":
        # A sign-off runs to the end of the paragraph whatever spaCy's sentences say.
        end = min([*next_open, base + len(doc.text)])
        sign_off = [t for t in doc if span.close_end <= base + t.idx < end]
        found = _dash_speaker(sign_off, base, resolver)
        if found is not None:
            return found
    found = _previous_sentence_subject(doc, base, starts, sentence_start, inside, resolver)
    if found is not None and not _is_partial(span, doc.text, base):
        return found
    # A colon lead-in: 'Philip Bump: "…"', or a paragraph ending 'issued the following
    # statement:' / 'Stated Stone:' before a paragraph that is only the quote.
    if leading and doc.text[: span.open_start - base].rstrip().endswith(":"):
        found = _colon_lead_in(leading, base, resolver)
        if found is not None:
            return found
    if span.open_start - base <= 1 and span.paragraph - 1 in docs:
        prev_doc = docs[span.paragraph - 1]
        if prev_doc.text.rstrip().endswith(":"):
            sents = list(prev_doc.sents)
            tokens = list(sents[-1]) if sents else list(prev_doc)
            return _colon_lead_in(tokens, paragraphs.starts[span.paragraph - 1], resolver)
        # A quote-only paragraph after one that introduces it without quoting:
        # 'the DNC issued a statement apologizing to Sanders.' / '"On behalf of …"'.
        if span.close_end - base >= len(doc.text.rstrip()) - 1 and not _has_marks(prev_doc.text):
            sents = list(prev_doc.sents)
            tokens = list(sents[-1]) if sents else list(prev_doc)
            return _introduced_by(tokens, paragraphs.starts[span.paragraph - 1], resolver)
    return None


def _has_marks(text: str) -> bool:
    return any(mark in text for mark in ('"', "“", "”", "''", "«"))


def _introduced_by(
    tokens: list[Token], base: int, resolver: SpeakerResolver
) -> tuple[SpeakerRef, str | None] | None:
    """The speaker of a sentence that announces words: a cue or "issued a statement"."""
    found = _from_window(tokens, "before", base, resolver)
    if found is not None:
        return found
    window = {t.i for t in tokens}
    for token in tokens:
        if token.lower_ in _STATEMENT_NOUNS and pos(token.head) == "VERB":
            subject = _explicit_subject(token.head, window)
            if subject is not None:
                return resolver.from_phrase(subject, base), token.head.text + " a " + token.text
    return None


_STATEMENT_NOUNS = {"statement", "remarks", "words", "message", "tweet", "post", "letter"}


def _colon_lead_in(
    tokens: list[Token], base: int, resolver: SpeakerResolver
) -> tuple[SpeakerRef, str | None] | None:
    # "Trump issued the following statement:" -> the subject of "issued".
    found = _introduced_by(tokens, base, resolver)
    if found is not None:
        return found
    names = [t for t in tokens[-4:-1] if pos(t) == "PROPN"]
    if names:
        return resolver.from_phrase(_noun_phrase(_propn_head(names[-1])), base), None
    # "She then addressed the supporters again:" -> whoever the sentence is about.
    window = {t.i for t in tokens}
    for token in tokens:
        if token.dep_ == "ROOT" and pos(token) in ("VERB", "AUX"):
            subject = _explicit_subject(token, window)
            if subject is not None:
                speaker = resolver.from_phrase(subject, base)
                if _can_speak(speaker, subject):
                    return speaker, None
    return None


def _from_governing_cue(
    span: MarkedSpan, doc: Doc, base: int, window: set[int], resolver: SpeakerResolver
) -> tuple[SpeakerRef, str | None] | None:
    """The cue that governs the quote in the parse, walking up from the quoted words.

    'Ryan said the spate of shootings demands that all engage in "more listening"':
    the first cue above the quote is "demands", whose subject is no speaker, so the
    walk goes on to "said". Only a subject that can speak ends the walk.
    """
    quoted = [t for t in doc if span.start <= base + t.idx < span.end]
    roots = [t for t in quoted if not span.start <= base + t.head.idx < span.end or t.head == t]
    seen: set[int] = set()
    for root in roots[:3]:
        token = root
        while token.head != token and token.i not in seen:
            seen.add(token.i)
            token = token.head
            if token.i not in window or token.lower_ not in CUE_WORDS:
                continue
            if pos(token) not in ("VERB", "AUX"):
                continue
            subject = _explicit_subject(token, window)
            if subject is None:
                continue
            speaker = resolver.from_phrase(subject, base)
            if _can_speak(speaker, subject):
                return speaker, _cue_text(token)
    return None


def _explicit_subject(verb: Token, window: set[int]) -> Span | None:
    for child in verb.children:
        if child.dep_ not in _SUBJECT_DEPS or child.i not in window:
            continue
        if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
            return _noun_phrase(verb.head)
        if _not_a_speaker(child) or child.lower_ in _NOT_SPEAKER_WORDS:
            return None
        return _noun_phrase(_propn_head(child) if pos(child) == "PROPN" else child)
    return None


def _can_speak(speaker: SpeakerRef, phrase: Span) -> bool:
    """People, organisations, pronouns and role nouns speak; "the spate of shootings" not."""
    if speaker.kind in ("person", "organisation"):
        return True
    root = phrase.root
    if root.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
        return True
    return (
        root.lower_ in PERSON_ROLE_NOUNS
        or root.lower_.rstrip("s") in PERSON_ROLE_NOUNS
        or root.lower_ in ORGANISATION_NOUNS
    )


def _previous_sentence_subject(
    doc: Doc,
    base: int,
    starts: list[int],
    sentence_start: int,
    inside: list[bool],
    resolver: SpeakerResolver,
) -> tuple[SpeakerRef, None] | None:
    """ "Sanders identified young voters as the reason. "The younger people ..." """
    earlier = [s for s in starts if s < sentence_start]
    if not earlier:
        return None
    tokens = [t for t in doc if earlier[-1] <= base + t.idx < sentence_start]
    if any(inside[t.i] for t in tokens):
        return None  # that sentence has its own quote and speaker
    for token in tokens:
        if token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and pos(token) in ("PROPN", "NOUN"):
            head = _propn_head(token) if pos(token) == "PROPN" else token
            speaker = resolver.from_phrase(_noun_phrase(head), base)
            if speaker.kind == "person":
                return speaker, None
    return None


def _from_window(
    tokens: list[Token], side: str, base: int, resolver: SpeakerResolver
) -> tuple[SpeakerRef, str | None] | None:
    """The nearest cue in a window beside the quote, and its speaker."""
    ordered = tokens if side == "after" else list(reversed(tokens))
    for token in ordered:
        lower = token.lower_
        if lower == ACCORDING and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            phrase = _according_phrase(token)
            if phrase is not None:
                return resolver.from_phrase(phrase, base), "according to"
        if lower not in CUE_WORDS or pos(token) not in ("VERB", "AUX", "NOUN"):
            continue
        # Before a quote, "went", "put" are cues only as "As Milbank puts it, '…'".
        puts_it = token.i + 1 < len(token.doc) and token.nbor().lower_ == "it"
        if lower in WEAK_CUES and side == "before" and not puts_it:
            continue
        phrase = _subject_phrase(token, tokens, quote_first=side == "after")
        if phrase is not None:
            return resolver.from_phrase(phrase, base), _cue_text(token)
    return None


def _subject_phrase(cue: Token, window: list[Token], *, quote_first: bool) -> Span | None:
    """The noun phrase that says the cue: its subject, or the nearest one beside it."""
    doc = cue.doc
    in_window = {t.i for t in window}
    verb = cue
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS and child.i in in_window and not child.is_punct:
                if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    return _noun_phrase(verb.head)  # "Clinton, who said ..."
                if _not_a_speaker(child) or child.lower_ in _NOT_SPEAKER_WORDS:
                    return None  # "it would tell a story": this verb is not the cue
                return _noun_phrase(child)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and _is_name(verb.head):
            return _noun_phrase(verb.head)  # "footage of Hillary Clinton asking, ..."
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acl") and pos(verb.head) in (
            "VERB",
            "AUX",
        ):
            verb = verb.head
        elif verb.dep_ == "acl" and pos(verb.head.head) in ("VERB", "AUX"):
            verb = verb.head.head  # "the embassy sent alerts telling citizens to ..."
        else:
            break
    # The parse missed it: take the closest name, pronoun or noun phrase next to the
    # cue, after it first for the inverted '"…," said X' form.
    objects = {
        t.i
        for c in cue.children
        if c.dep_ in ("dobj", "dative", "prep", "npadvmod")
        for t in c.subtree
    }
    # After a quote, '"…," recalled Mr. Rhodes' often parses the name as an object;
    # before one, 'telling US citizens to "leave"' has an object that is no speaker.
    after = [t for t in window if t.i > cue.i and (quote_first or t.i not in objects)]
    before = [t for t in window if t.i < cue.i]
    # '"…," said X': X comes right after the cue; 'X, a spokesman, said': X before it.
    for candidates in (after[:3], list(reversed(before))[:10]):
        for token in candidates:
            if token.ent_type_ in _NOT_SPEAKERS or token.is_punct:
                continue
            if pos(token) == "PRON" and token.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
                return _noun_phrase(token)
            if pos(token) == "PROPN" or (pos(token) == "NOUN" and token.dep_ in _SUBJECT_DEPS):
                return _noun_phrase(_propn_head(token) if pos(token) == "PROPN" else token)
    _ = doc
    return None


def _not_a_speaker(token: Token) -> bool:
    """Dates and numbers don't speak; "the 46-year-old" (tagged DATE) does."""
    if token.lower_ in _NOT_SPEAKER_WORDS:
        return True
    return token.ent_type_ in _NOT_SPEAKERS and not token.lower_.endswith("old")


def _is_name(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or pos(token) == "PROPN"


def _propn_head(token: Token) -> Token:
    while token.dep_ in ("compound", "flat") and pos(token.head) == "PROPN":
        token = token.head
    return token


def _noun_phrase(head: Token) -> Span:
    """The head's subtree, cut at a relative clause or a following verb phrase."""
    doc = head.doc
    keep = [head]
    for child in head.children:
        if child.dep_ in ("relcl", "acl", "advcl", "punct", "cc", "conj") and child.i > head.i:
            if child.dep_ != "punct":
                break
            continue
        keep.extend(child.subtree)
    left = min(t.i for t in keep)
    right = max(t.i for t in keep)
    while right > left and doc[right].is_punct:
        right -= 1
    # "Stated Stone:" tags the verb as part of the name.
    while left < right and doc[left].lower_ in CUE_WORDS:
        left += 1
    return doc[left : right + 1]


def _according_phrase(token: Token) -> Span | None:
    to = token.nbor()
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if objects:
        return _noun_phrase(objects[0])
    following = [t for t in token.doc[to.i + 1 : to.i + 8] if pos(t) in ("PROPN", "NOUN")]
    return _noun_phrase(following[0]) if following else None


def _dash_speaker(
    trailing: list[Token], base: int, resolver: SpeakerResolver
) -> tuple[SpeakerRef, str | None] | None:
    rest = [t for t in trailing if not t.is_punct and t.text.strip("”’\"'—–-―‒")]
    names = [t for t in rest[:3] if pos(t) == "PROPN" or t.ent_type_ in ("PERSON", "ORG")]
    # '"…" — Name' is a sign-off: a short name after the dash, nothing more.
    if not names or len(rest) > 8:
        return None
    head = _propn_head(names[-1])
    return resolver.from_phrase(_noun_phrase(head), base), "—"


def _cue_text(cue: Token) -> str:
    """The cue verb with the words that say how: "told reporters", "said in a statement"."""
    words = [cue]
    for child in cue.children:
        if child.i <= cue.i or child.i > cue.i + 5:
            continue
        if child.dep_ in ("dobj", "dative") and pos(child) in ("PROPN", "NOUN", "PRON"):
            words.extend(t for t in child.subtree if t.i <= cue.i + 5)
        elif child.dep_ == "prep" and child.lower_ in ("in", "on") and child.i == cue.i + 1:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].lower_ in (
                "statement",
                "interview",
                "tweet",
                "post",
                "email",
                "release",
                "speech",
                "letter",
            ):
                words.extend(t for t in child.subtree if t.i <= objs[0].i)
    words = sorted(set(words), key=lambda t: t.i)
    return " ".join(t.text for t in words)


__all__ = ["Mention", "Paragraphs", "attribute", "extract_articles", "paragraphs_to_parse"]
