"""A description as the person a later "he" or "she" means: made-up texts."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from mkdocs_quotes import QuoteEngine
from mkdocs_quotes.engine.relations import name_relation


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)


def test_the_subject_after_a_participle_lead_in_is_the_sentence_subject() -> None:
    # The parser at times hangs "chuckled" under "Asked" as a clause (as it did in a
    # news text); the admiral is still whom the sentence, and so a "he" after it, is
    # about: its subject, unlike the subject of a clause a finite verb reports.
    words = ["Asked", "later", ",", "the", "admiral", "chuckled", "."]
    deps = ["ROOT", "advmod", "punct", "det", "nsubj", "ccomp", "punct"]
    lead_in = _parsed(
        words, [0, 0, 0, 4, 5, 0, 0], deps, ["VBN", "RB", ",", "DT", "NN", "VBD", "."]
    )
    assert name_relation(lead_in[3:5]) == "subject"
    words = ["Dale", "said", "the", "admiral", "chuckled", "."]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"]
    reported = _parsed(words, [1, 1, 3, 4, 1, 1], deps, ["NNP", "VBD", "DT", "NN", "VBD", "."])
    assert name_relation(reported[2:4]) == "clause_subject"


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker.name, q.speaker.kind) for q in QuoteEngine().extract(text).quotes]


_ADVICE = (
    "The answer, the partner told her, was simple. "
    '"Just keep your cash in a savings account," he said.\n'
)


def test_he_after_an_unnamed_description_that_spoke_is_that_description() -> None:
    # The article brought in "a partner" and never named him: the "he" who says the
    # words is the partner who spoke just before, not the accountant it named.
    text = (
        "Ana Lopez runs a small bakery in Dayton. Her accountant, Paul Grant, retired "
        "last year.\n\nLopez then asked a partner at a larger firm for advice.\n\n" + _ADVICE
    )
    assert _speakers(text) == [("the partner", "unnamed")]


def test_a_definite_description_nobody_introduced_is_left_to_the_ranker() -> None:
    text = (
        "Ana Lopez runs a small bakery in Dayton. Her accountant, Paul Grant, retired "
        "last year.\n\n" + _ADVICE
    )
    assert _speakers(text) == [("Paul Grant", "person")]


def test_a_chain_of_the_same_pronoun_leads_back_to_the_description() -> None:
    text = (
        "Paul Grant spoke in Dayton on Monday.\n\n"
        "One Ohio delegate said he tried to give away passes to the convention. "
        'He found no taker, he said. "Not even one," he said.\n'
    )
    assert _speakers(text) == [("One Ohio delegate", "unnamed")]


def test_they_after_a_group_that_spoke_is_that_group() -> None:
    # Not the council quoted last: the allies argued, and "they" go on.
    text = (
        "The city council met on Monday.\n\n"
        "Mayor Ana Lopez wants the budget published in full, even the parts the council "
        'now calls "secret." She and her allies argue that most of it is public already. '
        'They note that even old memos can be marked "secret" if they cite a program.\n'
    )
    assert _speakers(text) == [("the council", "unnamed"), ("her allies", "unnamed")]
