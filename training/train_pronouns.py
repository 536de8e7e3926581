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
import sys
from pathlib import Path
from typing import Any

import numpy as np

from mkdocs_quotes.engine import attribution, naming
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
# Regularisation strengths tried; the one whose weights pick the right person most
# often on train articles held out of the fit wins (ties: the stronger), so the choice
# never looks at dev.
L2_GRID = (0.1, 0.03, 0.01, 0.003, 0.001)
FOLDS = 5

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
) -> float:
    """Accuracy on held-out articles: each fold's articles scored by weights fitted on
    the other folds' (whole articles out, so one article's pronouns never teach its own)."""
    right = 0
    for fold in range(FOLDS):
        train = [i for i, g in enumerate(groups) if g % FOLDS != fold]
        test = [i for i, g in enumerate(groups) if g % FOLDS == fold]
        w = fit([matrices[i] for i in train], [labels[i] for i in train], l2)
        right += round(
            accuracy([matrices[i] for i in test], [labels[i] for i in test], w) * len(test)
        )
    return right / len(labels) if labels else 0.0


def accuracy(matrices: list[np.ndarray], labels: list[int], w: np.ndarray) -> float:
    right = 0
    for x, y in zip(matrices, labels, strict=True):
        scores = x @ w
        right += int(np.argmax(scores)) == y  # ties go to the first: the most recent
    return right / len(labels) if labels else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("--write", action="store_true", help="write the fitted weights")
    args = parser.parse_args(argv)
    matrices, labels, groups, unlabelled = examples(args.split)
    shipped = np.array(weights())
    print(
        f"{args.split}: {len(labels)} pronoun quotes with the person among the candidates,"
        f" {unlabelled} without; shipped weights pick the right one for"
        f" {accuracy(matrices, labels, shipped):.3f}"
    )
    if args.split != "train":
        return 0
    scored = []
    for l2 in L2_GRID:
        scored.append((cross_validated(matrices, labels, groups, l2), l2))
        print(f"L2 {l2}: {scored[-1][0]:.3f} on held-out train articles ({FOLDS} folds)")
    _, l2 = max(scored, key=lambda f: f[0])  # first of equals: stronger L2
    w = fit(matrices, labels, l2)
    print(f"chosen: L2 {l2}; fitted on all of train: {accuracy(matrices, labels, w):.3f}")
    for name, value in zip(FEATURES, w, strict=True):
        print(f"  {name:<34} {value:+.3f}")
    if args.write:
        data = {
            "features": list(FEATURES),
            "weights": [round(float(v), 4) for v in w],
            "trained_on": f"PolNeAR train, {len(labels)} pronoun quotes with hand-annotated"
            f" referents (training/train_pronouns.py), L2 {l2}",
        }
        WEIGHTS_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
