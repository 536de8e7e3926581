"""The review queue: what in a corpus deserves an editor's look, most doubtful first.

Four kinds of doubt, each read from the site model alone (no spaCy, no cache): a quote
nobody is credited with, a quote credited with ``low`` (or, when asked, ``medium``)
confidence, two speakers whose names look like one person's ("Ban" beside "Ban
Ki-moon"), and a speaker whose name reads like no one's ("Transcript", "Kentucky
Republican", "Clinton's attacks"). Every entry carries the correction that would settle
it, in the format of the corrections file (``quotes.yml``), so an editor pastes it.

Kinds are ranked by how often their entries were engine errors on PolNeAR train
(``benchmarks/review.py``); inside a kind, a speaker entry touching more quotes comes
first, and quotes keep the corpus order so an article's doubts stay together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Literal

from ..engine.attribution import CONTINUES_PREVIOUS
from ..engine.lexicon.people import PERSON_PRONOUNS, PLURAL_PRONOUNS
from .corpus import Corpus, CorpusQuote, Speaker, name_key
from .identities import PersonName, read_person_name
from .review_names import odd_name_reason, shorter_form

ReviewKind = Literal[
    "odd_name", "unattributed", "low_confidence", "name_variant", "medium_confidence"
]
# Most doubtful first: the share of entries that were engine errors on 100 PolNeAR train
# articles decides the order (benchmarks/review.py, gold and hand verdicts): unattributed
# 13/13, name variants 3/3, odd names 11/12, low confidence 19/36 (medium: 0.34 of quotes).
KIND_ORDER: tuple[ReviewKind, ...] = (
    "unattributed",
    "name_variant",
    "odd_name",
    "low_confidence",
    "medium_confidence",
)
KIND_TITLES: dict[ReviewKind, str] = {
    "unattributed": "Unattributed quote",
    "odd_name": "Odd speaker name",
    "low_confidence": "Doubtful attribution",
    "name_variant": "Name variants",
    "medium_confidence": "Attribution to check",
}


@dataclass(frozen=True)
class Correction:
    """The corrections-file entry that settles a review entry.

    ``fields`` are pasted as they are (the engine's own answer where one is needed, so
    pasting without editing changes nothing); ``alternatives`` are shown commented out.
    """

    section: Literal["speakers", "quotes"]
    key: str
    fields: tuple[tuple[str, str | bool | tuple[str, ...]], ...]
    notes: tuple[str, ...] = ()
    """One comment per field, in order ("" for none)."""
    alternatives: tuple[tuple[str, str | bool, str], ...] = ()
    """(field, value, comment): other answers an editor may pick instead."""


@dataclass(frozen=True)
class ReviewEntry:
    """One thing to look at."""

    kind: ReviewKind
    reason: str
    """One line saying why it is in the queue."""
    quote_ids: tuple[str, ...]
    """The quote in doubt, or every quote of the speaker(s) in doubt, in corpus order."""
    article_slug: str
    paragraph: int
    """Index of the paragraph of the first quote, in ``article_slug``."""
    paragraph_text: str
    speakers: tuple[Speaker, ...]
    """The engine's speaker(s): for name variants, the short name then the full one."""
    corrections: tuple[Correction, ...]
    """What settles it: one per quote in doubt, or the speaker's entry."""

    @property
    def correction(self) -> Correction:
        """The first (for a speaker, the only) correction."""
        return self.corrections[0]


def review_queue(
    corpus: Corpus,
    *,
    already_reviewed: frozenset[str] = frozenset(),
    include_medium: bool = False,
) -> tuple[ReviewEntry, ...]:
    """Every entry, most doubtful first.

    ``already_reviewed`` holds quote ids and speaker names the editors have already
    corrected: a speaker entry goes when one of its names is among them, a quote entry
    when all of its quotes are. What the corrections file settled in ``corpus`` (a
    re-credited quote, one with a status, a speaker with an entry) counts as reviewed.
    ``include_medium`` adds the ``medium``-confidence attributions, which
    are right about four times in five: a long list, worth it only for a small corpus.
    """
    entries = [
        *_quote_entries(corpus, include_medium),
        *_variant_entries(corpus),
        *_odd_name_entries(corpus),
    ]
    done = already_reviewed | _settled_by_editors(corpus)
    kept = [e for e in entries if not _reviewed(e, done)]
    order = {quote.id: i for i, quote in enumerate(corpus.quotes)}
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
    return tuple(
        sorted(
            kept,
            key=lambda e: (rank[e.kind], -_speaker_weight(e), order[e.quote_ids[0]]),
        )
    )


def _speaker_weight(entry: ReviewEntry) -> int:
    """A speaker entry touching more quotes matters more; quotes keep the corpus order."""
    return len(entry.quote_ids) if entry.kind in ("odd_name", "name_variant") else 0


def _settled_by_editors(corpus: Corpus) -> frozenset[str]:
    quotes = (q.id for q in corpus.quotes if q.credited_by_editors or q.status)
    speakers = (name for s in corpus.speakers if s.from_editors for name in (s.name, *s.aliases))
    return frozenset((*quotes, *speakers))


def _reviewed(entry: ReviewEntry, done: frozenset[str]) -> bool:
    if not done:
        return False
    if entry.kind in ("odd_name", "name_variant"):
        return any(s.name in done or any(a in done for a in s.aliases) for s in entry.speakers)
    return all(quote_id in done for quote_id in entry.quote_ids)


def _quote_entries(corpus: Corpus, include_medium: bool) -> Iterator[ReviewEntry]:
    """One entry per doubtful quote, with the quotes that continue it ("A," he said.
    "B."): they take its speaker, so one look settles them all."""
    open_entry: ReviewEntry | None = None
    previous: CorpusQuote | None = None
    for q in corpus.quotes:
        continues = (
            open_entry is not None
            and previous is not None
            and previous.id == open_entry.quote_ids[-1]
            and q.article_slug == previous.article_slug
            and q.quote.rule == CONTINUES_PREVIOUS
            and q.speaker_slug == previous.speaker_slug
        )
        previous = q
        if open_entry is not None and continues:
            open_entry = replace(
                open_entry,
                quote_ids=(*open_entry.quote_ids, q.id),
                corrections=(
                    *open_entry.corrections,
                    _quote_correction(q, open_entry.kind, corpus.speaker(q.speaker_slug)),
                ),
            )
            continue
        if open_entry is not None:
            yield _with_continuations(open_entry)
        open_entry = _quote_doubt(corpus, q, include_medium)
    if open_entry is not None:
        yield _with_continuations(open_entry)


def _with_continuations(entry: ReviewEntry) -> ReviewEntry:
    more = len(entry.quote_ids) - 1
    if not more:
        return entry
    quotes = "quote continues it" if more == 1 else "quotes continue it"
    return replace(entry, reason=f"{entry.reason} ({more} {quotes})")


def _quote_doubt(corpus: Corpus, q: CorpusQuote, include_medium: bool) -> ReviewEntry | None:
    speaker = corpus.speaker(q.speaker_slug)
    confidence = q.quote.confidence
    if speaker.kind == "unknown":
        kind: ReviewKind = "unattributed"
        reason = "no rule found who said it: credit someone, or hide it if it is no quote"
    elif confidence == "low" or (include_medium and confidence == "medium"):
        kind = "low_confidence" if confidence == "low" else "medium_confidence"
        reason = _attribution_doubt(q, speaker)
    else:
        return None
    return _quote_entry(corpus, q, kind, reason, _quote_correction(q, kind, speaker))


def _quote_correction(q: CorpusQuote, kind: ReviewKind, speaker: Speaker) -> Correction:
    alternatives: tuple[tuple[str, str | bool, str], ...] = (("hide", True, "it is not a quote"),)
    if kind == "unattributed":
        return Correction("quotes", q.id, (("speaker", ""),), ("who said it",), alternatives)
    return Correction(
        "quotes",
        q.id,
        (("speaker", speaker.name),),
        ("the engine's choice: write who said it",),
        (("status", "verified", "the engine is right"), *alternatives),
    )


def _attribution_doubt(q: CorpusQuote, speaker: Speaker) -> str:
    mention = q.quote.speaker.mention
    said = f'"{mention.text}"' if mention else "the words that speak"
    if q.quote.rule == "continues_previous_quote":
        return f"continues the quote before it, whose speaker ({speaker.name}) is in doubt"
    if q.quote.rule == "repeats_earlier_quote":
        return f"repeats words said earlier, credited then to {speaker.name}"
    if mention and mention.text.lower() in PERSON_PRONOUNS | PLURAL_PRONOUNS:
        if q.quote.confidence == "low":
            return f"{said} may not be {speaker.name}: a close call among the people named before"
        return f"{said} is taken to be {speaker.name}, the likeliest of the people named before"
    return f"{said} credited by the rule {q.quote.rule}, often wrong"


def _quote_entry(
    corpus: Corpus,
    q: CorpusQuote,
    kind: ReviewKind,
    reason: str,
    correction: Correction,
    speakers: tuple[Speaker, ...] | None = None,
    quote_ids: tuple[str, ...] | None = None,
) -> ReviewEntry:
    article = corpus.article(q.article_slug)
    paragraphs = article.paragraphs
    text = paragraphs[q.paragraph] if 0 <= q.paragraph < len(paragraphs) else q.quote.text
    return ReviewEntry(
        kind=kind,
        reason=reason,
        quote_ids=quote_ids or (q.id,),
        article_slug=q.article_slug,
        paragraph=q.paragraph,
        paragraph_text=text,
        speakers=speakers or (corpus.speaker(q.speaker_slug),),
        corrections=(correction,),
    )


def _speaker_entry(
    corpus: Corpus,
    kind: ReviewKind,
    reason: str,
    speakers: tuple[Speaker, ...],
    correction: Correction,
) -> ReviewEntry:
    """The quotes in doubt are the first speaker's (a variant's short name): in corpus order."""
    quotes = corpus.quotes_by_speaker(speakers[0].slug)
    ids = tuple(q.id for q in quotes)
    return _quote_entry(corpus, quotes[0], kind, reason, correction, speakers, ids)


def _variant_entries(corpus: Corpus) -> Iterator[ReviewEntry]:
    """A shorter name left beside the fuller names it can mean: the corpus could not
    decide, or kept apart what only a title or a suffix told apart."""
    named = [
        (s, person)
        for s in corpus.speakers
        if s.kind in ("person", "organisation") and corpus.quotes_by_speaker(s.slug)
        for person in [read_person_name(s.name)]
        if person is not None
    ]
    counts = {s.slug: len(corpus.quotes_by_speaker(s.slug)) for s, _ in named}
    by_word: dict[str, list[tuple[Speaker, PersonName]]] = defaultdict(list)
    for speaker, person in named:
        for word in set(person.parts):
            by_word[word].append((speaker, person))
    for speaker, person in named:
        candidates = {s.slug: (s, p) for w in person.parts for s, p in by_word[w]}
        fuller = sorted(
            (
                (other, other_person)
                for other, other_person in candidates.values()
                if other.slug != speaker.slug
                and shorter_form(person, other_person, (speaker, other), counts)
            ),
            key=lambda item: (-len(corpus.quotes_by_speaker(item[0].slug)), item[0].name),
        )
        if not fuller:
            continue
        full = fuller[0][0]
        others = ", ".join(
            dict.fromkeys(f'"{s.name}"' for s, _ in fuller[1:] if s.name != full.name)
        )
        reason = (
            f'two speakers are shown as "{full.name}"'
            if speaker.name == full.name
            else f'"{speaker.name}" ({speaker.kind}) may be "{full.name}"'
        ) + (f", or {others}" if others else "")
        # The names the engine gave the quotes: the ones the corrections file merges.
        written = [q.quote.speaker.name for q in corpus.quotes_by_speaker(speaker.slug)]
        aliases = {name_key(n): n for n in (*full.aliases, speaker.name, *written)}
        aliases.pop(name_key(full.name), None)
        correction = Correction(
            "speakers",
            full.name,
            (("aliases", tuple(sorted(set(aliases.values()) or {speaker.name}))),),
            ("names merged into this speaker",),
        )
        yield _speaker_entry(corpus, "name_variant", reason, (speaker, full), correction)


def _odd_name_entries(corpus: Corpus) -> Iterator[ReviewEntry]:
    for speaker in corpus.speakers:
        if speaker.kind == "unknown" or not corpus.quotes_by_speaker(speaker.slug):
            continue
        why = odd_name_reason(speaker.name, speaker.kind)
        if why is None:
            continue
        correction = Correction(
            "speakers",
            speaker.name,
            (("hide", True),),
            ("not a speaker: its quotes go to Unattributed",),
            (("kind", "unnamed", "or: a description, not a name"),),
        )
        yield _speaker_entry(corpus, "odd_name", f'"{speaker.name}" {why}', (speaker,), correction)
