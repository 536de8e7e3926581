"""A cue the tagger read as a noun: in 'a trend that the foundation predicts will
continue ''for years''', 'which Ann claims affirmed "…"', the parse makes "the
foundation predicts" the subject of "continue"; the cue is "predicts" and its
speaker the words before it."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ..postags import pos
from ..speaking import SpeakingPhrase
from ..syntax import is_cue

if TYPE_CHECKING:
    from .context import SpanContext


def cue_read_as_noun(ctx: SpanContext) -> SpeakingPhrase | None:
    """A third-person cue ("predicts", "claims") the parse made the head of a subject
    of the verb right after it (auxiliaries aside), that verb governing the quote:
    the words it heads before it say the cue."""
    doc, offsets = ctx.doc, ctx.view.offsets
    quoted = doc[bisect_left(offsets, ctx.span.start) : bisect_left(offsets, ctx.span.end)]
    if not len(quoted):
        return None
    governors = {t.i for t in quoted[0].ancestors}
    for token in ctx.leading:
        if token.dep_ not in ("nsubj", "nsubjpass") or not token.text.endswith("s"):
            continue
        if not token.text.islower() or any(c.dep_ == "poss" for c in token.children):
            continue  # "the United States", "his comments": a noun after all
        if not is_cue(token) or token.head.i not in governors or token.head.i < token.i:
            continue
        if any(
            t.dep_ not in ("aux", "neg") and not t.is_space for t in doc[token.i + 1 : token.head.i]
        ):
            continue  # "predicts will continue": only auxiliaries between
        if pos(token.head) not in ("VERB", "AUX"):
            continue
        words = [c for c in token.children if c.i < token.i and c.dep_ in _SPEAKER_WORDS]
        before = doc[token.i - 1] if token.i > 0 else token
        if not words and before.text[:1].isupper() and not before.is_sent_start:
            words = [before]  # "which Will claims": the name hung from the verb
        if not words:
            continue
        start = min(w.left_edge.i for w in words)
        said_by = doc[start : token.i]
        if said_by[-1].text[:1].isupper() or pos(said_by[-1]) in ("NOUN", "PROPN"):
            return SpeakingPhrase(said_by, ctx.base, token.text)
    return None


# How the words before the misread cue hang from it: "the foundation predicts" (det,
# compound), "Ann claims" (compound, or a name the tagger read as a modal). Never a
# possessive: "his comments" are a noun.
_SPEAKER_WORDS = frozenset({"det", "compound", "amod", "nmod", "aux"})
