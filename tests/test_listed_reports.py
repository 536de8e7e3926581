"""A cue the parse joins to the verb of a reported clause, when the reporting cue is
itself one of a list of verbs, is the list's next item: said by whoever says the list,
not by the reported clause's subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs_quotes import QuoteEngine

if TYPE_CHECKING:
    from spacy.tokens import Doc


def test_the_last_verb_of_a_list_is_said_by_the_lists_subject(engine: QuoteEngine) -> None:
    text = (
        "This was the Hale we all knew, the Hale who questions the independence of the "
        "county auditor, who fights with local reporters, claims that the weekly paper "
        'Courier "takes its orders" from the council, and asserts that the council is '
        '"ruining us."'
    )
    quotes = engine.extract(text).quotes
    assert [q.speaker.name for q in quotes] == ["Hale", "Hale"]


def test_a_cue_joined_in_a_clause_a_single_cue_reports_is_not_a_list(
    engine: QuoteEngine,
) -> None:
    quote = engine.extract(
        'Gray said that Dale lied to the board and claimed the audit was "a hoax."'
    ).quotes[0]
    assert quote.speaker.name == "Gray"


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


# "Hale fights , claims that Dale lies , and asserts that it is bad ."
WORDS = "Hale fights , claims that Dale lies , and asserts that it is bad .".split()
HEADS = [1, 1, 1, 1, 6, 6, 3, 6, 6, 6, 12, 12, 9, 12, 1]
DEPS = ("nsubj ROOT punct conj mark nsubj ccomp punct cc conj mark nsubj ccomp acomp punct").split()
TAGS = "NNP VBZ , VBZ IN NNP VBZ , CC VBZ IN PRP VBZ JJ .".split()


def test_a_listed_report_is_found_only_for_a_reporting_cue_in_a_list() -> None:
    from mkdocs_quotes.engine.joined_verbs import listed_report

    doc = _parsed(WORDS, HEADS, DEPS, TAGS)
    assert listed_report(doc[9]).text == "claims"
    # "Gray claims that Dale lies and asserts …": a reporting cue heading no list.
    heads = [3, 3, 3, 3, *HEADS[4:-1], 3]
    deps = ["nsubj", "dep", "punct", "ROOT", *DEPS[4:]]
    doc = _parsed(WORDS, heads, deps, TAGS)
    assert listed_report(doc[9]).text == "asserts"
