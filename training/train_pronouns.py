"""Train the pronoun ranker (mkdocs_quotes/engine/pronoun_weights.json) on PolNeAR train.

    python training/train_pronouns.py [--split train] [--write]
    python training/train_pronouns.py --split dev     # score the shipped weights only

Runs the engine over the articles whose gold gives, for a quote credited to "he" or
"she", the person meant (`referent_match`), and records the candidates the engine
weighs at that pronoun (mkdocs_quotes/engine/pronouns.py). The label is the candidate
whose name holds a `referent_match` word. A conditional logit (softmax over one
pronoun's candidates, L2-regularised) is fitted by full-batch gradient ascent from
zero weights with a fixed step and number of steps, its L2 strength chosen by
cross-validation over train's articles: the same data gives the same weights. Only
train may be used to fit; `--split dev` scores the shipped weights.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

from mkdocs_quotes.engine import attribution, naming, pronouns
from mkdocs_quotes.engine.domain import SpeakerRef
from mkdocs_quotes.engine.pronouns import FEATURES, WEIGHTS_FILE, Candidate, weights
from mkdocs_quotes.engine.quote_engine import QuoteEngine
from mkdocs_quotes.engine.speakers import SpeakerResolver
from mkdocs_quotes.reader import read_article

# ../shared beside the clone; a worktree elsewhere names it, as benchmarks/_common.py reads.
EVAL = Path(
    os.environ.get("MKDOCS_QUOTES_EVAL") or Path(__file__).resolve().parents[2] / "shared" / "eval"
)
STEPS = 3000
STEP_SIZE = 0.5
# Regularisation strengths tried, strongest first. Of those whose weights pick the right
# person on train articles held out of the fit within one standard error of the best
# (the spread of the folds' accuracies), the strongest wins: the "one-standard-error"
# rule, since a weaker L2 that is better by a pronoun or two of 434 is noise, not
# signal. The choice never looks at dev.
L2_GRID = (0.1, 0.03, 0.01, 0.003, 0.001)
FOLDS = 5
ROUNDS = 6

Record = tuple[str, int, list[Candidate]]  # article text, quote start, candidates


def record_candidates(texts: list[str]) -> tuple[list[Record], list[Any]]:
    """The candidates at every pronoun the engine resolves, and the engine's results."""
    records: list[Record] = []
    original = naming.resolve_pronoun  # what attribution calls, under its own name there

    def recording(
        speaker: SpeakerRef,
        quote_start: int,
        resolver: SpeakerResolver,
        recent: list[tuple[int, SpeakerRef]],
    ) -> tuple[SpeakerRef, float | None]:
        mention = speaker.mention
        if speaker.kind == "unknown" and mention and speaker.name.lower() in ("he", "she"):
            position = min(quote_start, mention.start)
            found = naming.pronoun_candidates(mention, position, resolver, recent)
            records.append((resolver.text, quote_start, found))
        return original(speaker, quote_start, resolver, recent)

    # attribution imported the function by name; the recording stands in for it there.
    vars(attribution)["resolve_pronoun"] = recording
    try:
        results = list(QuoteEngine().extract_many(texts))
    finally:
        vars(attribution)["resolve_pronoun"] = original
    return records, results


def _norm(text: str) -> str:
    return " ".join(text.strip().strip("\"'“”‘’").split()).rstrip(",.;:").lower()


def examples(split: str) -> tuple[list[np.ndarray], list[int], list[int], int]:
    """Feature matrices, the index of the right candidate and the article's number,
    one per pronoun quote."""
    folder = EVAL / f"polnear-{split}"
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines()]
    wanted = [g for g in gold if g.get("referent_match")]
    stems = sorted({Path(g["article"]).stem for g in wanted})
    articles = [read_article(folder / "articles" / f"{stem}.txt") for stem in stems]
    records, results = record_candidates([a.text for a in articles])
    by_start = {(text, start): found for text, start, found in records}
    matrices, labels, groups, unlabelled = [], [], [], 0
    for number, (article, found) in enumerate(zip(articles, results, strict=True)):
        stem = Path(article.path).stem
        quotes = {_norm(q.text): q for q in found.quotes}
        for g in (g for g in wanted if Path(g["article"]).stem == stem):
            quote = quotes.get(_norm(g["text"]))
            if quote is None or (article.text, quote.start) not in by_start:
                continue
            candidates = by_start[(article.text, quote.start)]
            keys = [k.lower() for k in g["referent_match"]]
            right = [i for i, c in enumerate(candidates) if any(k in c.name.lower() for k in keys)]
            if not right:
                unlabelled += 1
                continue
            matrices.append(np.array([c.features for c in candidates], dtype=float))
            labels.append(right[0])
            groups.append(number)
    return matrices, labels, groups, unlabelled


def fit(matrices: list[np.ndarray], labels: list[int], l2: float) -> np.ndarray:
    """The same gradient ascent, over all pronouns at once: one matrix of every
    candidate, each pronoun's softmax taken over its own rows."""
    w = np.zeros(len(FEATURES))
    if not matrices:
        return w
    x = np.vstack(matrices)
    sizes = np.array([len(m) for m in matrices])
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    group = np.repeat(np.arange(len(matrices)), sizes)
    chosen = x[starts + np.array(labels)].sum(axis=0)
    for _ in range(STEPS):
        scores = x @ w
        scores -= np.maximum.reduceat(scores, starts)[group]
        p = np.exp(scores)
        p /= np.add.reduceat(p, starts)[group]
        gradient = -2 * l2 * w + (chosen - p @ x) / len(labels)
        w += STEP_SIZE * gradient
    return w


def cross_validated(
    matrices: list[np.ndarray], labels: list[int], groups: list[int], l2: float
) -> tuple[float, float]:
    """Accuracy on held-out articles, and its standard error over the folds: each
    fold's articles scored by weights fitted on the other folds' (whole articles out,
    so one article's pronouns never teach its own)."""
    right, per_fold = 0, []
    for fold in range(FOLDS):
        train = [i for i, g in enumerate(groups) if g % FOLDS != fold]
        test = [i for i, g in enumerate(groups) if g % FOLDS == fold]
        w = fit([matrices[i] for i in train], [labels[i] for i in train], l2)
        held_out = accuracy([matrices[i] for i in test], [labels[i] for i in test], w)
        right += round(held_out * len(test))
        per_fold.append(held_out)
    error = float(np.std(per_fold, ddof=1) / np.sqrt(FOLDS))
    return (right / len(labels) if labels else 0.0), error


def accuracy(matrices: list[np.ndarray], labels: list[int], w: np.ndarray) -> float:
    right = 0
    for x, y in zip(matrices, labels, strict=True):
        scores = x @ w
        right += int(np.argmax(scores)) == y  # ties go to the first: the most recent
    return right / len(labels) if labels else 0.0


def choose_and_fit(
    matrices: list[np.ndarray], labels: list[int], groups: list[int], *, show: bool
) -> tuple[tuple[float, ...], float]:
    """The weights fitted on all of ``matrices`` (rounded as shipped) and their L2,
    chosen by cross-validation with the one-standard-error rule (``L2_GRID``)."""
    scored = []
    for l2 in L2_GRID:
        held_out, error = cross_validated(matrices, labels, groups, l2)
        scored.append((held_out, error, l2))
        if show:
            print(f"L2 {l2}: {held_out:.3f} (± {error:.3f}) on held-out train articles")
    best, best_error, _ = max(scored, key=lambda f: f[0])  # first of equals: stronger L2
    l2 = next(l2 for held_out, _, l2 in scored if held_out >= best - best_error)
    w = fit(matrices, labels, l2)
    return tuple(round(float(v), 4) for v in w), l2


def _use(trained: tuple[float, ...]) -> None:
    """Make the engine weigh candidates with ``trained``, for the next recording."""
    pronouns.weights = lambda: trained  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("--write", action="store_true", help="write the fitted weights")
    args = parser.parse_args(argv)
    matrices, labels, groups, unlabelled = examples(args.split)
    shipped = tuple(weights())
    print(
        f"{args.split}: {len(labels)} pronoun quotes with the person among the candidates,"
        f" {unlabelled} without; shipped weights pick the right one for"
        f" {accuracy(matrices, labels, np.array(shipped)):.3f}"
    )
    if args.split != "train":
        return 0
    # Some features read the engine's own earlier answers (who was quoted before), so
    # weights fitted on one recording change the next. Refit on each new recording
    # until the weights come back (a fixed point, or a cycle); of every set tried, the
    # shipped one included, keep the one that picks best on its own recording of train.
    # A rerun starts from what was written and ends on it again.
    tried: list[tuple[tuple[float, ...], float, str]] = []  # weights, own accuracy, L2
    found = re.search(r"L2 [\d.]+", json.loads(WEIGHTS_FILE.read_text())["trained_on"])
    current, made_by = shipped, found.group(0) if found else "L2 as shipped"
    for _ in range(ROUNDS):
        if tried:  # the first recording is the shipped weights' own, made above
            _use(current)
            matrices, labels, groups, _unlabelled = examples(args.split)
        own = accuracy(matrices, labels, np.array(current))
        tried.append((current, own, made_by))
        fitted, l2 = choose_and_fit(matrices, labels, groups, show=len(tried) == 1)
        print(f"weights {len(tried)} pick {own:.3f} on their own recording; refit at L2 {l2}")
        if any(w == fitted for w, _, _ in tried):
            break
        current, made_by = fitted, f"L2 {l2}"
    else:
        print(f"no fixed point in {ROUNDS} rounds")
    # Ties: the earliest tried, so a rerun keeps what it wrote.
    current, own, made_by = max(tried, key=lambda t: t[1])
    print(f"chosen: {made_by}; they pick the right one for {own:.3f} of train")
    for name, value in zip(FEATURES, current, strict=True):
        print(f"  {name:<34} {value:+.3f}")
    if args.write:
        data = {
            "features": list(FEATURES),
            "weights": list(current),
            "trained_on": f"PolNeAR train, {len(labels)} pronoun quotes with hand-annotated"
            f" referents (training/train_pronouns.py), {made_by}",
        }
        WEIGHTS_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
