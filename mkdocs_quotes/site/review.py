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

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

from ..engine.lexicon.cues import SPEAKING_TEXTS
from ..engine.lexicon.function_words import DETERMINERS, NOT_SPEAKER_WORDS
from ..engine.lexicon.marks import DOUBLE_MARKS, TWO_APOSTROPHES
from ..engine.lexicon.organisations import ORGANISATION_WORDS
from ..engine.lexicon.people import PERSON_PRONOUNS, PLURAL_PRONOUNS, TITLE_WORDS
from ..engine.names import names_people
from .corpus import Corpus, CorpusQuote, Speaker, name_key
from .identities import GLUED_WORDS, PersonName, is_first_word_of, is_variant, read_person_name

ReviewKind = Literal[
    "odd_name", "unattributed", "low_confidence", "name_variant", "medium_confidence"
]
# Most doubtful first: the share of entries that were engine errors on PolNeAR train
# decides the order (benchmarks/review.py prints it).
KIND_ORDER: tuple[ReviewKind, ...] = (
    "unattributed",
    "low_confidence",
    "odd_name",
    "name_variant",
    "medium_confidence",
)
KIND_TITLES: dict[ReviewKind, str] = {
    "unattributed": "Unattributed quote",
    "odd_name": "Odd speaker name",
    "low_confidence": "Doubtful attribution",
    "name_variant": "Name variants",
    "medium_confidence": "Attribution to check",
}

# Past these lengths a name is a phrase the parser took whole, not a name.
LONG_NAME_WORDS = {"person": 5, "organisation": 8, "unnamed": 15}
# Words that end a noun phrase's head: "a letter from …", "one of his aides".
_AFTER_HEAD = frozenset("of from in at on with for who that which by to obtained".split())
# Descriptions of a voter, not a name: "Kentucky Republican", "Wisconsin Democrat".
_PARTY_WORDS = frozenset("republican republicans democrat democrats gop".split())
# Words that count rather than name: "four in 10 voters", "one of his aides".
_QUANTIFIERS = frozenset(
    """
    one two three four five six seven eight nine ten some many most half all few none
    dozens hundreds thousands millions
    """.split()
)
_POSSESSIVE = re.compile(r"['’]s?$")
_DIGIT = re.compile(r"\d")
_QUOTE_MARK = re.compile(f"[{DOUBLE_MARKS}]")
_COMMON_WORDS = GLUED_WORDS | DETERMINERS | NOT_SPEAKER_WORDS | PERSON_PRONOUNS | PLURAL_PRONOUNS


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
    correction: Correction


def review_queue(
    corpus: Corpus,
    *,
    already_reviewed: frozenset[str] = frozenset(),
    include_medium: bool = False,
) -> tuple[ReviewEntry, ...]:
    """Every entry, most doubtful first.

    ``already_reviewed`` holds quote ids and speaker names the editors have already
    corrected (the keys and aliases of the corrections file): an entry about any of them
    is left out. ``include_medium`` adds the ``medium``-confidence attributions, which
    are right about four times in five: a long list, worth it only for a small corpus.
    """
    entries = [
        *_quote_entries(corpus, include_medium),
        *_variant_entries(corpus),
        *_odd_name_entries(corpus),
    ]
    kept = [e for e in entries if not _reviewed(e, already_reviewed)]
    order = {quote.id: i for i, quote in enumerate(corpus.quotes)}
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
    return tuple(
        sorted(
            kept,
            key=lambda e: (rank[e.kind], -len(e.quote_ids), order[e.quote_ids[0]]),
        )
    )


def _reviewed(entry: ReviewEntry, done: frozenset[str]) -> bool:
    if not done:
        return False
    if entry.kind in ("odd_name", "name_variant"):
        return any(s.name in done or any(a in done for a in s.aliases) for s in entry.speakers)
    return entry.quote_ids[0] in done


def _quote_entries(corpus: Corpus, include_medium: bool) -> Iterator[ReviewEntry]:
    for q in corpus.quotes:
        speaker = corpus.speaker(q.speaker_slug)
        if speaker.kind == "unknown":
            kind: ReviewKind = "unattributed"
            reason = "no rule found who said it: credit someone, or hide it if it is no quote"
            fields: tuple[tuple[str, str | bool | tuple[str, ...]], ...] = (("speaker", ""),)
            notes = ("who said it",)
        elif q.quote.confidence == "low" or (include_medium and q.quote.confidence == "medium"):
            kind = "low_confidence" if q.quote.confidence == "low" else "medium_confidence"
            reason = _attribution_doubt(q, speaker)
            fields = (("speaker", speaker.name),)
            notes = ("the engine's choice: write who said it",)
        else:
            continue
        alternatives: tuple[tuple[str, str | bool, str], ...] = (
            ("hide", True, "it is not a quote"),
        )
        if kind != "unattributed":
            alternatives = (("status", "verified", "the engine is right"), *alternatives)
        yield _quote_entry(
            corpus,
            q,
            kind,
            reason,
            Correction("quotes", q.id, fields, notes, alternatives),
        )


def _attribution_doubt(q: CorpusQuote, speaker: Speaker) -> str:
    mention = q.quote.speaker.mention
    said = f'"{mention.text}"' if mention else "the words that speak"
    if q.quote.rule == "continues_previous_quote":
        return f"continues the quote before it, whose speaker ({speaker.name}) is in doubt"
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
        correction=correction,
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
                and _shorter_form(person, other_person, (speaker, other), counts)
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


def _shorter_form(
    short: PersonName,
    full: PersonName,
    speakers: tuple[Speaker, Speaker],
    counts: dict[str, int],
) -> bool:
    """ "Ban" of "Ban Ki-moon", "Hillary" of "Hillary Clinton", "Brent Bozell" of
    "Brent Bozell III" (one name but for a suffix the corpus keeps apart), the
    organisation "Trump" of the person "Trump". Only a person can be the fuller one."""
    speaker, other = speakers
    if other.kind != "person":
        return False
    if short.parts == full.parts:
        if short.suffix != full.suffix:
            return not short.suffix
        if speaker.kind != "person":
            return True
        # Two people of one name: the corpus keyed them apart; the less quoted is the variant.
        return (counts[speaker.slug], other.slug) < (counts[other.slug], speaker.slug)
    return is_variant(short, full) or is_first_word_of(short, full)


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


def odd_name_reason(name: str, kind: str) -> str | None:
    """Why ``name`` reads like no speaker of its ``kind``'s, or None if it reads fine."""
    words = name.split()
    if not words:
        return "is empty"
    if _QUOTE_MARK.search(name) or TWO_APOSTROPHES in name:
        return "holds a quotation mark"
    if len(words) > LONG_NAME_WORDS.get(kind, 8):
        return f"is {len(words)} words long"
    folded = [w.lower().strip(".,;:") for w in words]
    if len(words) == 1 and folded[0] in _QUANTIFIERS:
        return "counts people rather than naming them"
    if len(words) == 1 and (folded[0] in _COMMON_WORDS or words[0].islower()):
        return "is a common word"
    if kind == "unnamed":
        return _odd_description(folded, words)
    if _DIGIT.search(name):
        return "holds a digit"
    if _POSSESSIVE.search(words[-1]) and len(words[-1]) > 2:
        return "ends in a possessive"
    if kind != "person":
        return None
    if all(len(w.strip(".")) <= 2 for w in words):
        return "is initials only"
    if folded[-1] in _PARTY_WORDS or set(folded) & (TITLE_WORDS - GLUED_WORDS) - {"state"}:
        return "is a title or a description, not a name"
    if set(folded) & ORGANISATION_WORDS:
        return "holds a word of an organisation's name"
    return None


def _odd_description(folded: list[str], words: list[str]) -> str | None:
    """An unnamed source whose head noun is neither people, a body, nor a text.

    The head ends the first phrase ("a letter" of "a letter from the Legion"), but a
    capitalised word goes on a name ("One Club for Growth ad") and a number is no head
    ("four in 10 voters": voters).
    """
    heads: list[str] = []
    for i, word in enumerate(folded):
        next_is_name = i + 1 < len(words) and words[i + 1][:1].isupper()
        if i and word in _AFTER_HEAD and not next_is_name:
            if heads and heads[-1] not in _QUANTIFIERS and not heads[-1].isdigit():
                break
            continue
        heads.append(word)
    head = _POSSESSIVE.sub("", heads[-1]) if heads else ""
    if not head.isalpha() or head in ("author",) or head in SPEAKING_TEXTS:
        return None
    if names_people(head) or head.removesuffix("s") in SPEAKING_TEXTS:
        return None
    return f'names no person, body or text ("{head}")'


def entries_by_section(
    entries: Iterable[ReviewEntry],
) -> dict[str, list[tuple[tuple[ReviewEntry, ...], Correction]]]:
    """The entries under their corrections-file section (speakers first, order kept),
    those about one key together, with one correction: a speaker two variants point at
    takes both as aliases, since the file may hold its key only once."""
    grouped: dict[tuple[str, str], list[ReviewEntry]] = {}
    for entry in entries:
        key = (entry.correction.section, name_key(entry.correction.key) or entry.correction.key)
        grouped.setdefault(key, []).append(entry)
    sections: dict[str, list[tuple[tuple[ReviewEntry, ...], Correction]]] = {
        "speakers": [],
        "quotes": [],
    }
    for (section, _), group in grouped.items():
        sections[section].append((tuple(group), _merged(group)))
    return sections


def _merged(group: list[ReviewEntry]) -> Correction:
    first = group[0].correction
    fields: dict[str, str | bool | tuple[str, ...]] = {}
    for entry in group:
        for name, value in entry.correction.fields:
            known = fields.get(name)
            if isinstance(known, tuple) and isinstance(value, tuple):
                fields[name] = tuple(dict.fromkeys((*known, *value)))
            else:
                fields.setdefault(name, value)
    return replace(first, fields=tuple(fields.items()))
