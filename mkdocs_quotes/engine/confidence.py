"""How sure the engine is of a quote's speaker: "high", "medium" or "low".

From the rule that credited the quote (how often it is right: the per-rule table of
``benchmarks/accuracy.py --errors`` on PolNeAR train) and how contested the choice
was: a pronoun whose best candidate barely beats the next is a close call, and a
quote nobody is credited with is the least sure of all. Editors check "low" first.
"""

from __future__ import annotations

from typing import Literal

Confidence = Literal["high", "medium", "low"]

# Rules right for ~0.9 or more of the quotes they credit on PolNeAR train.
SURE_RULES = frozenset(
    {
        "transcript_label",
        "governing_cue",
        "dash_sign_off",
        "sign_off_below",
        "sign_off_closing_paragraph",
        "lead_in_paragraph_before",
        "colon_lead_in",
        "label_after_dash",
    }
)
# A pronoun's best candidate must beat the next by this much (in the ranker's score)
# to be more than a close call.
CLEAR_MARGIN = 1.0


def confidence_of(
    rule: str,
    *,
    attributed: bool,
    pronoun_margin: float | None,
    inherited: Confidence | None,
) -> Confidence:
    """``pronoun_margin``: the lead of the chosen person over the next, where the
    speaker came through a pronoun (``inf`` if no one else was possible); ``inherited``:
    the confidence of the quote whose speaker a continuation takes."""
    if not attributed:
        return "low"
    if inherited is not None:
        return inherited
    level: Confidence = "high" if rule in SURE_RULES else "medium"
    if pronoun_margin is not None:
        return "low" if pronoun_margin < CLEAR_MARGIN else "medium"
    return level
