"""Does the review queue point editors at the engine's errors? Figures from a gold JSONL.

    python benchmarks/review.py [--articles 100] [--top 50] [--folder DIR] [--gold GOLD]
                                [--cache FILE] [--medium] [--list]

Runs the queue (`mkdocs_quotes.site.review`) on the first N articles of a folder (in
name order: `ls | head -N`; PolNeAR train by default) and prints:

- entries per kind;
- every quote of the corpus judged against the gold (a gold quote matches the unused
  engine quote of its article with the most shared text, at least half of the longer:
  `strict`, as benchmarks/accuracy.py): an *error* is a quote the gold does not hold
  (spurious: a title, a scare quote), a quote left unattributed, or a speaker that is
  not the gold's (no `match` word in the speaker's name and not named in the source
  span; for a pronoun source, no `referent_match` word); a pronoun source without a
  `referent_match` is *undecided*;
- the baseline: the share of decided quotes that are errors, overall and per
  confidence level;
- per kind and for the top N entries, how many were engine errors. A quote entry is
  its quote's verdict. An odd name is an error if most of its decided quotes are; a
  name variant if most of the short name's decided quotes have a gold source holding
  the fuller name's surname (then the two names are one person, and the split is
  the error). `HAND` and `HAND_QUOTES` hold verdicts read by hand where the gold can't
  decide (an odd name whose quotes the gold credits to its words, a pronoun without
  referent, a quote the gold does not hold); the figures are printed with and without.

`--list` prints each top entry with its verdict, for that hand look.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from _common import SHARED_EVAL
from accuracy import names_the_source, normalise, read_articles, shared_length

from mkdocs_quotes.engine.quote_engine import QuoteEngine
from mkdocs_quotes.site.cache import QuoteCache, cached_extract
from mkdocs_quotes.site.corpus import Corpus, CorpusQuote, build_corpus
from mkdocs_quotes.site.identities import read_person_name
from mkdocs_quotes.site.review import ReviewEntry, review_queue

# ../shared beside the clone (CI), else the machine's shared folder.
_EVAL = SHARED_EVAL if SHARED_EVAL.is_dir() else Path("/work/shared/eval")
DEFAULT_FOLDER = _EVAL / "polnear-train" / "articles"
DEFAULT_GOLD = _EVAL / "polnear-train" / "gold.jsonl"

# Verdicts read by hand on the first 100 PolNeAR train articles (2026-11-25), where the
# gold can't decide: True = an engine error, False = not one. By speaker name (odd names,
# variants): a junk name whose quotes the gold credits to its words anyway, two names of
# one person the gold can't tell apart.
HAND: dict[str, bool] = {
    "Council": True,  # "The Council on American-Islamic Relations", cut and taken for a person
    "Wisconsin Republican": True,  # Paul Ryan, left under a description
    "Brent Bozell": True,  # L. Brent Bozell III, split by the suffix
}
# By quote id, the top entries' quotes whose gold source is a pronoun without referent
# (who "he" is, read in the article) or that the gold does not hold (a real quote the
# annotators left out, such as Graham's "He added" or Blackwell's list, is no engine error).
HAND_QUOTES: dict[str, bool] = {
    "24763a20bf": False,  # Lindsey Graham for “Now it’s not self-deportation, it’s forc”
    "3c4b4cf513": False,  # George Wallace for “It is very appropriate that from this cr”
    "d0280af704": True,  # Barack Obama for “knows full well that the law already say”
    "cee7d46ebd": False,  # Morton Blackwell for “Has the candidate a record of personal a”
    "ef0ba1cd58": True,  # Ted Cruz for “Second, in this case it is Trump who sou”
    "e1d572593b": True,  # North Carolina for “With an eye to February 20th, Carolina,”
    "09f8e7525c": False,  # Ben Carson for “With 100 percent certainly, I will predi”
    "0b59cce247": False,  # Chris Christie for “Denver,”
    "bb85e9be10": True,  # Donald Trump for “[Mexican citizens] don’t want to go [to ”
    "6b7ad7130e": False,  # Marco Rubio for “Despite what people want to say, it was ”
    "c31d2176a0": False,  # Marco Rubio for “a prayer”
    "c4db19e077": True,  # Hillary Clinton for “I don’t know. I’m going to see what happ”
    "b918ec06b3": True,  # Hillary Clinton for “Some people feel Trump will bring revolu”
    "b6a5b58e3a": False,  # Jorge Ramos for “Many governments and many media simply d”
    "c0bdd819e7": False,  # Bernie Sanders for “They are just too big — too much concent”
    "3b8fcdcf97": True,  # John Kasich for “drive the Republican Party off the cliff”
    "40b4352293": True,  # Dave Aronberg for “establishment politics and establishment”
    "d779883f74": False,  # Bernie Sanders for “an extremely intelligent woman with a wo”
    "fd81cd2d16": True,  # Ted Cruz for “It’s a rigged, disgusting, dirty system,”
    "a0b52b0dea": False,  # Glenn Beck for “the next George Washington”
    "231973650e": False,  # Lee Zeldin for “I don’t think it’s do or die, any endors”
    "206f0af679": True,  # Donald Trump for “It seems to me they have every incentive”
    "d9b96e009f": True,  # Barack Obama for “I would think that would have some influ”
    "e3ebdc6eee": False,  # Bernie Sanders for “Millions of American voters, like the ‘L”
    "85035eb134": True,  # Donald Trump for “Let’s be clear. The global economy is no”
    "f01bfe57b1": False,  # Bernie Sanders for “total opportunist”
    "7cbbc73ecb": False,  # Bernie Sanders for “the record is quite clear that he lies j”
}

QUOTE_KINDS = ("unattributed", "low_confidence", "medium_confidence")
Verdict = bool | None  # True: an engine error; False: right; None: undecided


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--cache", type=Path, help="SQLite cache (default: a fresh one)")
    parser.add_argument("--medium", action="store_true", help="queue medium confidence too")
    parser.add_argument("--list", action="store_true", help="print the top entries")
    args = parser.parse_args(argv)

    corpus, stems = load_corpus(args.folder, args.articles, args.cache)
    gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold[Path(row["article"]).stem].append(row)
    matched = match_gold(corpus, stems, gold)
    verdicts = {q.id: quote_verdict(corpus, q, matched.get(q.id)) for q in corpus.quotes}
    entries = review_queue(corpus, include_medium=args.medium)
    judged = [(e, entry_verdict(e, verdicts, matched, hand=False)) for e in entries]
    by_hand = [(e, entry_verdict(e, verdicts, matched, hand=True)) for e in entries]

    print(f"{len(corpus.articles)} articles, {len(corpus.quotes)} quotes, {len(entries)} entries")
    print("\nentries per kind:")
    for kind, count in Counter(e.kind for e in entries).most_common():
        print(f"  {kind:<18} {count}")
    kinds = Counter(error_kind(corpus, q, matched.get(q.id), verdicts[q.id]) for q in corpus.quotes)
    print(f"\nall quotes by verdict: {dict(kinds.most_common())}")
    print("\nbaseline, all quotes (errors / decided):")
    print_share("  all", [verdicts[q.id] for q in corpus.quotes])
    print_share("  all the gold holds", [verdicts[q.id] for q in corpus.quotes if q.id in matched])
    for level in ("high", "medium", "low"):
        level_verdicts = [verdicts[q.id] for q in corpus.quotes if q.quote.confidence == level]
        print_share(f"  confidence {level}", level_verdicts)
    print("\nentries that were engine errors, per kind: by the gold, then with the hand verdicts")
    for kind in dict.fromkeys(e.kind for e in entries):
        print_share(f"  {kind}", [v for e, v in judged if e.kind == kind])
        print_share(f"  {kind} + hand", [v for e, v in by_hand if e.kind == kind])
    top = judged[: args.top]
    print(f"\ntop {len(top)} entries:")
    print_share("  precision, by the gold", [v for _, v in top])
    print_share("  precision, + hand", [v for _, v in by_hand[: args.top]])
    print(f"  kinds: {dict(Counter(e.kind for e, _ in top))}")
    top_quotes = [corpus.quote(e.quote_ids[0]) for e, _ in top if e.kind in QUOTE_KINDS]
    top_kinds = Counter(
        error_kind(corpus, q, matched.get(q.id), verdicts[q.id]) for q in top_quotes
    )
    print(f"  its quote entries by verdict: {dict(top_kinds.most_common())}")
    if args.list:
        for number, (entry, verdict) in enumerate(top, start=1):
            mark = {True: "ERROR", False: "right", None: "?"}[verdict]
            names = " / ".join(s.name for s in entry.speakers)
            q = corpus.quote(entry.quote_ids[0])
            g = matched.get(q.id)
            source = g["speaker"] if g else "(not in gold)"
            print(f"{number:>3} {mark:<5} {entry.kind:<17} {names[:40]:<40} gold: {source[:40]}")
            print(f"      “{q.quote.text[:90]}”  {entry.reason[:80]}")
    return 0


def load_corpus(folder: Path, count: int, cache: Path | None) -> tuple[Corpus, dict[str, str]]:
    articles = read_articles(folder, count)
    engine = QuoteEngine()
    cache_file = cache or Path(tempfile.mkdtemp(prefix="mq-review-")) / "quotes.sqlite"
    store = QuoteCache(cache_file)
    try:
        results, _ = cached_extract(
            store,
            [a.text for a in articles],
            engine.fingerprint,
            lambda texts: list(engine.extract_many(texts)),
        )
    finally:
        store.close()
    items = [(a, r) for a, r in zip(articles, results, strict=True) if r is not None]
    return build_corpus(items), {a.slug: Path(a.path).stem for a in articles}


def match_gold(
    corpus: Corpus, stems: dict[str, str], gold: dict[str, list[dict[str, Any]]]
) -> dict[str, dict[str, Any]]:
    """Quote id -> its gold quote: each gold quote, in order, takes the unused quote of
    its article with the most shared text, if that is half of the longer (strict)."""
    found: dict[str, dict[str, Any]] = {}
    for article in corpus.articles:
        quotes = corpus.quotes_in_article(article.slug)
        for g in gold.get(stems[article.slug], []):
            gold_text = normalise(g["text"])
            best, best_q = 0.0, None
            for q in quotes:
                text = normalise(q.quote.text)
                if q.id in found or not text or not gold_text:
                    continue
                overlap = shared_length(gold_text, text) / max(len(gold_text), len(text))
                if overlap > best:
                    best, best_q = overlap, q
            if best_q is not None and best >= 0.5:
                found[best_q.id] = g
    return found


def quote_verdict(corpus: Corpus, q: CorpusQuote, g: dict[str, Any] | None) -> Verdict:
    if g is None:
        return True  # not a quote the gold knows: a title, a scare quote, a headline
    speaker = corpus.speaker(q.speaker_slug)
    if speaker.kind == "unknown":
        return True
    names = f"{speaker.name} {q.quote.speaker.name}".lower()
    if g.get("match"):
        right = any(m.lower() in names for m in g["match"]) or names_the_source(
            speaker.name, g["speaker"]
        )
        return not right
    if g.get("referent_match"):
        return not any(m.lower() in names for m in g["referent_match"])
    return None


def error_kind(corpus: Corpus, q: CorpusQuote, g: dict[str, Any] | None, v: Verdict) -> str:
    if v is None:
        return "undecided"
    if not v:
        return "right"
    if g is None:
        return "not in gold"
    return "unattributed" if corpus.speaker(q.speaker_slug).kind == "unknown" else "wrong speaker"


def entry_verdict(
    entry: ReviewEntry,
    verdicts: dict[str, Verdict],
    matched: dict[str, dict[str, Any]],
    *,
    hand: bool,
) -> Verdict:
    """A quote entry is its (first) quote's verdict: the continuations share its speaker.
    With ``hand``, the verdicts read by hand come before the gold's where they exist."""
    if entry.kind in QUOTE_KINDS:
        first = entry.quote_ids[0]
        return HAND_QUOTES[first] if hand and first in HAND_QUOTES else verdicts[first]
    by_hand = HAND.get(entry.speakers[0].name) if hand else None
    return _speaker_verdict(entry, verdicts, matched, by_hand)


def _speaker_verdict(
    entry: ReviewEntry,
    verdicts: dict[str, Verdict],
    matched: dict[str, dict[str, Any]],
    hand: bool | None,
) -> Verdict:
    if entry.kind == "odd_name":
        decided = [v for v in (verdicts[i] for i in entry.quote_ids) if v is not None]
        by_gold = sum(decided) * 2 > len(decided) if decided else None
        return True if hand else by_gold if by_gold is not None else hand
    full = read_person_name(entry.speakers[1].name)
    surname = full.parts[-1] if full else entry.speakers[1].name.lower()
    votes = []
    for quote_id in entry.quote_ids:
        g = matched.get(quote_id)
        if g is None or not (g.get("match") or g.get("referent_match")):
            continue
        words = " ".join([g["speaker"], *g.get("match", []), *g.get("referent_match", [])])
        votes.append(surname in words.lower())
    by_gold = sum(votes) * 2 > len(votes) if votes else None
    return True if hand else by_gold if by_gold is not None else hand


def print_share(label: str, verdicts: list[Verdict]) -> None:
    decided = [v for v in verdicts if v is not None]
    errors = sum(decided)
    share = f"{errors / len(decided):.3f}" if decided else "-"
    undecided = len(verdicts) - len(decided)
    print(f"{label:<28} {errors:>4} / {len(decided):<4} = {share}   ({undecided} undecided)")


if __name__ == "__main__":
    raise SystemExit(main())
