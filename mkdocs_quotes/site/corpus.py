"""The site model: every article's quotes, with speakers resolved across articles.

The engine resolves "he" and "Kirby" inside one article; here "John Kirby" in one
article and "Kirby" in another become one speaker with one page (which names are one
person: identities.py). Pure data in, pure data out, and the same input in any order
gives the same corpus: a parallel build is compared byte for byte with a serial one.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..engine.domain import SPEAKER_KINDS, ArticleQuotes, Quote, SpeakerKind, quote_id
from ..reader.article import Article
from ..reader.slugs import unique_slugs
from .identities import PersonIdentities

UNATTRIBUTED_NAME = "Unattributed"
# Generated next to the speaker pages, so no speaker may take these slugs.
RESERVED_SPEAKER_SLUGS = ("index",)

# A speaker's identity across articles. Named speakers are one per normalised name;
# an unnamed source ("a defense official") is one per article, since two articles'
# "a defense official" are rarely the same person; all quotes the engine could not
# attribute share one global "Unattributed" speaker: one page listing them is the
# editor's to-do list, while one page per article would fill the index with noise.
_SpeakerKey = tuple[str, ...]
_UNATTRIBUTED_KEY: _SpeakerKey = ("unknown",)


@dataclass(frozen=True)
class Speaker:
    """Someone quoted somewhere in the corpus, with one page on the site."""

    slug: str
    name: str
    kind: SpeakerKind
    roles: tuple[str, ...] = ()
    """Titles the articles give ("Pentagon spokesman"), in order of first appearance."""
    aliases: tuple[str, ...] = ()
    """Other names the articles used for this speaker ("Kirby"), each once."""
    description: str | None = None
    """The editors' words about the speaker (corrections file); plain text."""
    image: str | None = None
    """A portrait's http(s) URL, from the corrections file."""
    links: tuple[tuple[str, str], ...] = ()
    """(label, http(s) URL) from the corrections file: Wikidata, Wikipedia, a homepage."""
    from_editors: bool = False  # the corrections file has an entry: the editors have looked


@dataclass(frozen=True)
class CorpusQuote:
    """A quote with its permanent id and the speaker it was resolved to."""

    id: str
    article_slug: str
    quote: Quote
    speaker_slug: str
    paragraph: int
    """Index of the paragraph holding the quote's start (from its offsets)."""
    in_text: bool
    """Whether the offsets point at the quote's words, so it can be marked in place."""
    credited_by_editors: bool = False
    """The corrections file gave the quote to another speaker than the engine did."""
    status: str | None = None
    """The editors' verdict: "verified", "disputed" or "misattributed" (corrections file)."""
    note: str | None = None
    """Why, in the editors' words; plain text."""


@dataclass(frozen=True)
class Corpus:
    """Articles, quotes and speakers in a fixed order, with lookups between them."""

    articles: tuple[Article, ...]
    """Sorted by slug."""
    quotes: tuple[CorpusQuote, ...]
    """Article by article, in text order."""
    speakers: tuple[Speaker, ...]
    """Sorted by slug."""
    mentioned: tuple[tuple[str, str], ...] = ()
    """(article slug, speaker slug): the article names the speaker but never quotes them."""
    _lookup: _Lookup = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_lookup", _Lookup.of(self))

    def article(self, slug: str) -> Article:
        return self._lookup.articles[slug]

    def speaker(self, slug: str) -> Speaker:
        return self._lookup.speakers[slug]

    def quote(self, quote_id: str) -> CorpusQuote:
        return self._lookup.quotes[quote_id]

    def quotes_by_speaker(self, speaker_slug: str) -> tuple[CorpusQuote, ...]:
        return self._lookup.by_speaker.get(speaker_slug, ())

    def quotes_in_article(self, article_slug: str) -> tuple[CorpusQuote, ...]:
        return self._lookup.by_article.get(article_slug, ())

    def articles_quoting(self, speaker_slug: str) -> tuple[Article, ...]:
        """The articles that quote the speaker, in corpus order."""
        slugs = dict.fromkeys(q.article_slug for q in self.quotes_by_speaker(speaker_slug))
        return tuple(self.article(slug) for slug in slugs)

    def speakers_quoted_in(self, article_slug: str) -> tuple[Speaker, ...]:
        slugs = dict.fromkeys(q.speaker_slug for q in self.quotes_in_article(article_slug))
        return tuple(self.speaker(slug) for slug in slugs)

    def mentioned_not_quoted(self, article_slug: str) -> tuple[Speaker, ...]:
        """Speakers quoted elsewhere whom this article names without quoting."""
        return tuple(self.speaker(s) for s in self._lookup.mentioned_in.get(article_slug, ()))

    def articles_mentioning(self, speaker_slug: str) -> tuple[Article, ...]:
        """Articles that name the speaker without quoting them."""
        return tuple(self.article(a) for a in self._lookup.mentioning.get(speaker_slug, ()))


@dataclass(frozen=True)
class _Lookup:
    articles: dict[str, Article]
    speakers: dict[str, Speaker]
    quotes: dict[str, CorpusQuote]
    by_speaker: dict[str, tuple[CorpusQuote, ...]]
    by_article: dict[str, tuple[CorpusQuote, ...]]
    mentioned_in: dict[str, tuple[str, ...]]
    mentioning: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, corpus: Corpus) -> _Lookup:
        by_speaker: dict[str, list[CorpusQuote]] = defaultdict(list)
        by_article: dict[str, list[CorpusQuote]] = defaultdict(list)
        for q in corpus.quotes:
            by_speaker[q.speaker_slug].append(q)
            by_article[q.article_slug].append(q)
        mentioned_in: dict[str, list[str]] = defaultdict(list)
        mentioning: dict[str, list[str]] = defaultdict(list)
        for article_slug, speaker_slug in corpus.mentioned:
            mentioned_in[article_slug].append(speaker_slug)
            mentioning[speaker_slug].append(article_slug)
        return cls(
            articles={a.slug: a for a in corpus.articles},
            speakers={s.slug: s for s in corpus.speakers},
            quotes={q.id: q for q in corpus.quotes},
            by_speaker={k: tuple(v) for k, v in by_speaker.items()},
            by_article={k: tuple(v) for k, v in by_article.items()},
            mentioned_in={k: tuple(v) for k, v in mentioned_in.items()},
            mentioning={k: tuple(v) for k, v in mentioning.items()},
        )


@lru_cache(maxsize=65536)  # the same few thousand names, asked for on every page
def name_key(name: str) -> str:
    """What makes two display names the same: not case, spacing, accents or dots.

    "António  Guterres" = "antonio guterres"; "U.S. Embassy" = "US embassy".
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    folded = re.sub(r"[.'’`]", "", folded)
    return " ".join(re.sub(r"[\W_]+", " ", folded).split())


def _speaker_key(article_slug: str, name: str, kind: SpeakerKind) -> _SpeakerKey:
    key = name_key(name)
    if kind == "unknown" or not key:
        return _UNATTRIBUTED_KEY
    if kind == "unnamed":
        return ("unnamed", article_slug, key)
    if kind == "organisation" and key.startswith("the "):
        key = key[4:]  # "the Pentagon" and "Pentagon" are one organisation
    return ("named", key)


def build_corpus(items: Sequence[tuple[Article, ArticleQuotes]]) -> Corpus:
    """Resolve speakers across articles, give every quote its id, fix every order.

    Raises ValueError on two articles with one slug: their pages would collide.
    """
    ordered = sorted(items, key=lambda item: item[0].slug)
    slug_counts = Counter(article.slug for article, _ in ordered)
    duplicates = sorted(slug for slug, count in slug_counts.items() if count > 1)
    if duplicates:
        raise ValueError(f"two articles share the slug {duplicates[0]!r}")

    refs = [(article, _quotes_in_order(found), found.mentions) for article, found in ordered]
    people = PersonIdentities(
        quoted=(
            (article.slug, q.speaker.name)
            for article, quotes, _ in refs
            for q in quotes
            if q.speaker.kind == "person"
        ),
        mentioned=(
            (article.slug, name)
            for article, _, mentions in refs
            for name, kind in mentions
            if kind == "person"
        ),
        texts={article.slug: article.text for article, _, _ in refs},
    )
    # The fullest form of each person, shown when their quotes only ever use a surname.
    full_names: dict[_SpeakerKey, str] = {}
    # An organisation by the very name a person is quoted under is that person, as
    # before names were resolved ("OBAMA", tagged as an acronym, is Obama).
    person_keys = {
        name_key(q.speaker.name)
        for _, quotes, _ in refs
        for q in quotes
        if q.speaker.kind == "person"
    }

    def key_of(article_slug: str, name: str, kind: SpeakerKind) -> _SpeakerKey:
        person = (
            people.identity(article_slug, name)
            if kind == "person" or (kind == "organisation" and name_key(name) in person_keys)
            else None
        )
        if person is None:
            return _speaker_key(article_slug, name, kind)
        key: _SpeakerKey = ("named", person.key)
        full_names.setdefault(key, person.text)
        return key

    def shown(name: str, kind: SpeakerKind) -> tuple[str, tuple[str, ...]]:
        """A name as its speaker's page shows it, and the words it is compared by."""
        person = people.read(name) if kind == "person" else None
        if person is None:
            return name.strip(), tuple(name_key(name).split())
        return person.text, person.parts

    groups: dict[_SpeakerKey, list[tuple[Article, Quote]]] = defaultdict(list)
    for article, quotes, _ in refs:
        for q in quotes:
            groups[key_of(article.slug, q.speaker.name, q.speaker.kind)].append((article, q))

    names = {
        key: _NameForms(
            Counter(shown(q.speaker.name, q.speaker.kind) for _, q in group), full_names.get(key)
        )
        for key, group in groups.items()
    }
    slug_of = _assign_slugs(names)
    speakers = tuple(
        sorted(
            (_make_speaker(slug_of[key], key, group, names[key]) for key, group in groups.items()),
            key=lambda s: s.slug,
        )
    )

    corpus_quotes: list[CorpusQuote] = []
    for article, quotes, _ in refs:
        starts, text = article.paragraph_starts, article.text
        for q, id_ in _with_ids(article.slug, quotes):
            in_text = 0 <= q.start <= q.end <= len(text) and text[q.start : q.end] == q.text
            corpus_quotes.append(
                CorpusQuote(
                    id=id_,
                    article_slug=article.slug,
                    quote=q,
                    speaker_slug=slug_of[key_of(article.slug, q.speaker.name, q.speaker.kind)],
                    paragraph=_paragraph_of(q, starts, in_text),
                    in_text=in_text,
                )
            )

    mentioned: set[tuple[str, str]] = set()
    for article, quotes, mentions in refs:
        quoted_here = {
            slug_of[key_of(article.slug, q.speaker.name, q.speaker.kind)] for q in quotes
        }
        for name, kind in mentions:
            slug = slug_of.get(key_of(article.slug, name, kind))
            if slug is not None and slug not in quoted_here:
                mentioned.add((article.slug, slug))

    return Corpus(
        articles=tuple(article for article, _ in ordered),
        quotes=tuple(corpus_quotes),
        speakers=speakers,
        mentioned=tuple(sorted(mentioned)),
    )


def _quotes_in_order(found: ArticleQuotes) -> list[Quote]:
    # The engine's order is not part of the contract; text order is.
    return sorted(found.quotes, key=lambda q: (q.start, q.end, q.text, q.speaker.name))


def quotes_with_ids(article_slug: str, found: ArticleQuotes) -> list[tuple[Quote, str]]:
    """The article's quotes in text order, each with the id the site gives it: the
    id of its page, of `#q-<id>`, of the corrections file and of the command line's JSONL."""
    return _with_ids(article_slug, _quotes_in_order(found))


def _with_ids(article_slug: str, quotes: list[Quote]) -> list[tuple[Quote, str]]:
    used: set[str] = set()
    return [(q, _unique_id(quote_id(article_slug, q.text), used)) for q in quotes]


def _paragraph_of(q: Quote, starts: tuple[int, ...], in_text: bool) -> int:
    if not starts:
        return 0
    if in_text:
        return max(0, bisect_right(starts, q.start) - 1)
    return min(max(q.paragraph, 0), len(starts) - 1)


def _unique_id(base: str, used: set[str]) -> str:
    """The same words twice in one article: the second gets -2, in text order."""
    candidate, number = base, 1
    while candidate in used:
        number += 1
        candidate = f"{base}-{number}"
    used.add(candidate)
    return candidate


@dataclass(frozen=True)
class _NameForms:
    """The names one speaker's quotes give them, with the words each is compared by."""

    counts: Counter[tuple[str, tuple[str, ...]]]
    fullest: str | None = None
    """A person's fullest name in the corpus, which their quotes may never use."""

    @property
    def display(self) -> str:
        """The full name the articles use most; the fullest name known if they only
        ever use a surname; a name without accents loses a tie."""
        counts = self.counts

        def is_full(parts: tuple[str, ...]) -> bool:
            # "Vargas Llosa" beside "Mario Vargas Llosa" is a surname, not a full name.
            return len(parts) > 1 and not any(
                len(other) > len(parts) and other[-len(parts) :] == parts for _, other in counts
            )

        name, parts = max(
            counts,
            key=lambda f: (is_full(f[1]), counts[f], len(f[1]), not f[0].isascii(), f[0]),
        )
        if not is_full(parts) and self.fullest and len(self.fullest.split()) > 1:
            return self.fullest
        return name

    @property
    def aliases(self) -> tuple[str, ...]:
        """The other names, each once whatever its case or accents, in name order."""
        counts = Counter[str]()
        for (name, _), count in self.counts.items():
            counts[name] += count
        by_key: dict[str, str] = {}
        for name in sorted(counts, key=lambda n: (-counts[n], n.isascii(), n)):
            by_key.setdefault(name_key(name), name)
        by_key.pop(name_key(self.display), None)
        return tuple(sorted(by_key.values(), key=lambda n: (n.casefold(), n)))


def _assign_slugs(names: dict[_SpeakerKey, _NameForms]) -> dict[_SpeakerKey, str]:
    keys = sorted(names)  # named < unknown < unnamed: named speakers claim slugs first
    shown = [
        f"{key[1]} {names[key].display}"
        if key[0] == "unnamed"
        else UNATTRIBUTED_NAME
        if key == _UNATTRIBUTED_KEY
        else names[key].display
        for key in keys
    ]
    slugs = unique_slugs([*RESERVED_SPEAKER_SLUGS, *shown])[len(RESERVED_SPEAKER_SLUGS) :]
    return dict(zip(keys, slugs, strict=True))


def _make_speaker(
    slug: str, key: _SpeakerKey, group: list[tuple[Article, Quote]], names: _NameForms
) -> Speaker:
    if key == _UNATTRIBUTED_KEY:
        return Speaker(slug=slug, name=UNATTRIBUTED_NAME, kind="unknown")
    kinds = Counter(q.speaker.kind for _, q in group)
    kind = min(kinds, key=lambda k: (-kinds[k], SPEAKER_KINDS.index(k)))
    roles: dict[str, str] = {}
    for _, q in group:  # group is in article then text order
        role = (q.speaker.role or "").strip()
        if role:
            roles.setdefault(name_key(role), role)
    return Speaker(
        slug=slug,
        name=names.display,
        kind=kind,
        roles=tuple(roles.values()),
        aliases=names.aliases,
    )
