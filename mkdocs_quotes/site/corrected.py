"""The editors' corrections applied to the corpus: the engine's findings, overruled.

Runs after the cache and the cross-article speaker resolution, on the finished
corpus, so a correction never re-parses an article and taking one out of the file
gives back exactly what the engine found. Pure data in, pure data out: the corpus
and the corrections in, a new corpus and the problems to log out.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from ..engine.domain import SPEAKER_KINDS, SpeakerKind, SpeakerRef
from ..reader.article import Article
from ..reader.metadata import iso_date
from ..reader.slugs import unique_slugs
from .corpus import (
    RESERVED_SPEAKER_SLUGS,
    UNATTRIBUTED_NAME,
    Corpus,
    CorpusQuote,
    Speaker,
    name_key,
)
from .corrections import (
    ArticleCorrection,
    Corrections,
    Problem,
    QuoteCorrection,
    SpeakerCorrection,
    closest,
    read_corrections,
)

log = get_plugin_logger(__name__)

_UNATTRIBUTED = "unattributed"
"""The target of a hidden speaker's quotes, whatever slug the Unattributed page has."""


@dataclass(frozen=True)
class _Target:
    """Where a quote goes: a corpus speaker untouched, an entry of the file, or nobody."""

    slug: str | None = None
    """A corpus speaker's slug, kept as it is."""
    entry: SpeakerCorrection | None = None
    """An entry of `speakers:`, shown as the file says."""
    new_name: str | None = None
    """A name the file credits a quote to that neither the corpus nor `speakers:` knows."""
    kind: SpeakerKind = "person"


_NOBODY = _Target(slug=_UNATTRIBUTED)


def apply_corrections(
    corpus: Corpus, corrections: Corrections, articles_dir: Path
) -> tuple[Corpus, list[Problem]]:
    """The corpus as the editors want it, and one problem per correction that can't apply."""
    problems: list[Problem] = []
    articles = _corrected_articles(corpus, corrections, articles_dir, problems)
    claims = _claimed_names(corrections, problems)
    entry_of = {
        s.slug: entry for s in corpus.speakers if (entry := _entry_for(s, claims)) is not None
    }
    known_ids = [q.id for q in corpus.quotes]
    known = set(known_ids)
    by_id: dict[str, QuoteCorrection] = {}
    for quote_fix in corrections.quotes:
        if quote_fix.id in known:
            by_id[quote_fix.id] = quote_fix
        else:
            problems.append(
                Problem(
                    f"{corrections.where(quote_fix.line, f'quotes.{quote_fix.id}')}: no quote"
                    f" has this id{closest(quote_fix.id, known_ids)}; ignored"
                )
            )

    def target_of_speaker(slug: str) -> _Target:
        entry = entry_of.get(slug)
        if corpus.speaker(slug).kind == "unknown":
            return _NOBODY
        if entry is None:
            return _Target(slug=slug)
        return _NOBODY if entry.hide else _Target(entry=entry)

    def target_of_name(name: str, engine_kind: SpeakerKind) -> _Target:
        key = name_key(name)
        if key in claims:
            entry = claims[key]
            return _NOBODY if entry.hide else _Target(entry=entry)
        for s in corpus.speakers:
            if s.kind != "unknown" and key in {name_key(n) for n in (s.name, *s.aliases)}:
                return target_of_speaker(s.slug)
        kind = engine_kind if engine_kind in ("person", "organisation") else "person"
        return _Target(new_name=name.strip(), kind=kind)

    placed: list[tuple[CorpusQuote, _Target]] = []
    for q in corpus.quotes:
        fix = by_id.get(q.id)
        if fix is not None and fix.hide:
            continue
        found = target_of_speaker(q.speaker_slug)
        target = found
        if fix is not None and fix.speaker:
            target = target_of_name(fix.speaker, q.quote.speaker.kind)
        q = replace(
            q,
            status=fix.status if fix else None,
            note=fix.note if fix else None,
            credited_by_editors=target != found,
        )
        placed.append((q, target))

    speakers, slug_of = _speakers(corpus, placed)
    quotes = tuple(_moved(q, target, slug_of, speakers) for q, target in placed)
    _unknown_speaker_entries(corpus, corrections, entry_of, placed, problems)
    quoted_in = {(q.article_slug, q.speaker_slug) for q in quotes}
    mentioned = set()
    for article_slug, slug in corpus.mentioned:
        target = target_of_speaker(slug)
        new_slug = slug_of.get(target)
        if new_slug is not None and target != _NOBODY and (article_slug, new_slug) not in quoted_in:
            mentioned.add((article_slug, new_slug))
    return (
        Corpus(
            articles=articles,
            quotes=quotes,
            speakers=tuple(sorted(speakers.values(), key=lambda s: s.slug)),
            mentioned=tuple(sorted(mentioned)),
        ),
        problems,
    )


def _corrected_articles(
    corpus: Corpus, corrections: Corrections, articles_dir: Path, problems: list[Problem]
) -> tuple[Article, ...]:
    """`articles:` over every other source of an article's title, date, source and URL."""
    by_file = {_file_name(a, articles_dir): a.slug for a in corpus.articles}
    fixes: dict[str, ArticleCorrection] = {}
    for article_fix in corrections.articles:
        slug = by_file.get(article_fix.file.strip().replace("\\", "/").removeprefix("./"))
        if slug is None:
            where = corrections.where(article_fix.line, f"articles.{article_fix.file}")
            problems.append(
                Problem(
                    f"{where}: no such article{closest(article_fix.file, sorted(by_file))}; ignored"
                )
            )
        else:
            fixes[slug] = article_fix
    articles = []
    for article in corpus.articles:
        fix = fixes.get(article.slug)
        if fix is not None:
            # ArticleMeta.date is ISO 8601 wherever it came from: the editors may write
            # "13 August 2021"; one no reader can be sure of keeps the article's own.
            date = iso_date(fix.date) if fix.date else None
            if fix.date and date is None:
                where = corrections.where(fix.line, f"articles.{fix.file}.date")
                problems.append(
                    Problem(f"{where}: {fix.date!r} is not a date (write YYYY-MM-DD); ignored")
                )
            meta = replace(
                article.meta,
                title=fix.title or article.meta.title,
                date=date or article.meta.date,
                source=fix.source or article.meta.source,
                url=fix.url or article.meta.url,
            )
            article = replace(article, title=fix.title or article.title, meta=meta)
        articles.append(article)
    return tuple(articles)


def _file_name(article: Article, articles_dir: Path) -> str:
    path = Path(article.path)
    return (
        path.relative_to(articles_dir).as_posix()
        if path.is_relative_to(articles_dir)
        else path.name
    )


def _claimed_names(
    corrections: Corrections, problems: list[Problem]
) -> dict[str, SpeakerCorrection]:
    """Name key -> the entry it belongs to. A name two entries claim goes to neither,
    with an error naming both: guessing would credit quotes to the wrong person."""
    claims: dict[str, SpeakerCorrection] = {}
    contested: set[str] = set()
    for entry in corrections.speakers:
        for name in dict.fromkeys((entry.name, *entry.aliases)):
            key = name_key(name)
            other = claims.get(key)
            if not key or other is entry or key in contested:
                continue
            if other is not None:
                where = corrections.where(entry.line, f"speakers.{entry.name}")
                problems.append(
                    Problem(
                        f"{where}: the name '{name}' is claimed by both '{other.name}' and"
                        f" '{entry.name}'; it goes to neither until one lets it go",
                        logging.ERROR,
                    )
                )
                contested.add(key)
                del claims[key]
                continue
            claims[key] = entry
    return claims


def _entry_for(speaker: Speaker, claims: dict[str, SpeakerCorrection]) -> SpeakerCorrection | None:
    """The entry that claims the speaker's name, else one of the names the articles use."""
    if speaker.kind == "unknown":
        return None
    for name in (speaker.name, *speaker.aliases):
        key = name_key(name)
        for candidate in (key, key.removeprefix("the ")):  # "the Pentagon" is "Pentagon"
            if candidate in claims:
                return claims[candidate]
    return None


def _speakers(
    corpus: Corpus, placed: list[tuple[CorpusQuote, _Target]]
) -> tuple[dict[str, Speaker], dict[_Target, str]]:
    """A speaker per target that keeps a quote; untouched speakers keep their slugs."""
    targets = dict.fromkeys(target for _, target in placed)
    kept = [t for t in targets if t.slug is not None and t != _NOBODY]
    taken = [*RESERVED_SPEAKER_SLUGS, *(t.slug or "" for t in kept)]
    nobody = next((s for s in corpus.speakers if s.kind == "unknown"), None)
    if nobody is not None:
        taken.append(nobody.slug)
    new = sorted((t for t in targets if t.slug is None), key=_display_name)
    if _NOBODY in targets and nobody is None:
        new.insert(0, _NOBODY)
    slugs = unique_slugs([*taken, *(_display_name(t) for t in new)])[len(taken) :]
    slug_of: dict[_Target, str] = {t: t.slug or "" for t in kept}
    slug_of.update(zip(new, slugs, strict=True))
    if nobody is not None:
        slug_of[_NOBODY] = nobody.slug
    merged: dict[_Target, list[Speaker]] = defaultdict(list)
    for q, target in placed:
        original = corpus.speaker(q.speaker_slug)
        if not q.credited_by_editors and original not in merged[target]:
            merged[target].append(original)
    speakers: dict[str, Speaker] = {}
    for target in targets:
        slug = slug_of[target]
        if target == _NOBODY:
            speakers[slug] = Speaker(slug=slug, name=UNATTRIBUTED_NAME, kind="unknown")
        elif target.slug is not None:
            speakers[slug] = corpus.speaker(target.slug)
        else:
            speakers[slug] = _edited_speaker(slug, target, merged[target])
    return speakers, slug_of


def _display_name(target: _Target) -> str:
    if target.entry is not None:
        return target.entry.name
    return target.new_name or UNATTRIBUTED_NAME


def _edited_speaker(slug: str, target: _Target, merged: list[Speaker]) -> Speaker:
    """One page for every speaker the entry claims, shown as the entry says."""
    entry = target.entry
    name = _display_name(target)
    kinds = Counter(s.kind for s in merged)
    kind: SpeakerKind = target.kind
    if entry is not None and entry.kind is not None:
        kind = entry.kind
    elif kinds:  # as the corpus decides a speaker's kind: the most common
        kind = min(kinds, key=lambda k: (-kinds[k], SPEAKER_KINDS.index(k)))
    roles = _once(r for s in merged for r in s.roles)
    if entry is not None and entry.role:
        roles = (entry.role,)  # the editors' word replaces the articles'
    aliases = _once(
        n
        for n in (
            *(n for s in merged for n in (s.name, *s.aliases)),
            *(entry.aliases if entry else ()),
        )
        if name_key(n) != name_key(name)
    )
    return Speaker(
        slug=slug,
        name=name,
        kind=kind,
        roles=roles,
        aliases=tuple(sorted(aliases, key=lambda n: (n.casefold(), n))),
        description=entry.description if entry else None,
        image=entry.image if entry else None,
        links=entry.links if entry else (),
        from_editors=entry is not None,
    )


def _once(names: Iterable[str]) -> tuple[str, ...]:
    found: dict[str, str] = {}
    for n in names:
        found.setdefault(name_key(n), n)
    return tuple(found.values())


def _moved(
    q: CorpusQuote, target: _Target, slug_of: dict[_Target, str], speakers: dict[str, Speaker]
) -> CorpusQuote:
    """The quote under its new speaker. Where the editors moved it, the article's words
    at the attribution ("he told reporters") name someone else: they stop linking."""
    slug = slug_of[target]
    if slug == q.speaker_slug and not q.credited_by_editors:
        return q
    if not q.credited_by_editors and target != _NOBODY:
        return replace(q, speaker_slug=slug)  # merged: the article's words still name them
    speaker = speakers[slug]
    ref = SpeakerRef(name=speaker.name, kind=speaker.kind, mention=None, role=None)
    return replace(q, speaker_slug=slug, quote=replace(q.quote, speaker=ref))


def _unknown_speaker_entries(
    corpus: Corpus,
    corrections: Corrections,
    entry_of: dict[str, SpeakerCorrection],
    placed: list[tuple[CorpusQuote, _Target]],
    problems: list[Problem],
) -> None:
    """An entry no speaker answers to and no quote is credited to is most likely a typo."""
    used = {id(e) for e in entry_of.values()} | {id(t.entry) for _, t in placed if t.entry}
    names = sorted(
        {n for s in corpus.speakers if s.kind != "unknown" for n in (s.name, *s.aliases)}
    )
    for entry in corrections.speakers:
        if id(entry) not in used:
            where = corrections.where(entry.line, f"speakers.{entry.name}")
            problems.append(
                Problem(
                    f"{where}: no speaker goes by this name or its aliases"
                    f"{closest(entry.name, names)}; nothing to {'hide' if entry.hide else 'show'}"
                )
            )


def corrected_corpus(
    corpus: Corpus, path: Path | None, articles_dir: Path, config_dir: Path
) -> Corpus:
    """The corpus with the file at ``path`` applied (None: there is no file), each
    problem logged as one line: a warning (an error for a contested name), so that
    `mkdocs build --strict` fails on it while a plain build applies the rest."""
    if path is None:
        return corpus
    shown = (
        path.relative_to(config_dir).as_posix() if path.is_relative_to(config_dir) else str(path)
    )
    corpus, problems = corrections_applied(corpus, path, shown, articles_dir)
    for problem in problems:
        log.log(problem.level, problem.message)
    return corpus


def corrections_applied(
    corpus: Corpus, path: Path, shown: str, articles_dir: Path
) -> tuple[Corpus, list[Problem]]:
    """The corpus with the file at ``path`` (named ``shown`` in messages) applied, and
    every problem of the file and of applying it."""
    corrections = read_corrections(path, shown)
    corpus, problems = apply_corrections(corpus, corrections, articles_dir)
    return corpus, [*corrections.problems, *problems]
