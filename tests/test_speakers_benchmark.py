"""benchmarks/speakers.py: what counts as a junk entry on the built site."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from speakers import Entry, tally_entries

GOLD = {
    "a1": [
        {
            "text": "We will build the bridge by spring",
            "speaker": "Mayor Ann Ruiz",
            "match": ["Ruiz"],
        },
        {"text": "The budget is a disgrace to the town", "speaker": "Tom Bell", "match": ["Bell"]},
        {"text": "Nobody asked the farmers about it", "speaker": "a farmer", "match": ["farmer"]},
    ]
}


def test_unattributed_page_is_no_junk_entry_but_its_quotes_are_not_right() -> None:
    entries = [
        Entry("ann-ruiz", "Ann Ruiz", "person", "", [("a1", "We will build the bridge by spring")]),
        Entry(
            "the-budget",
            "the budget",
            "unnamed",
            "",
            [("a1", "The budget is a disgrace to the town")],
        ),
        Entry(
            "unattributed",
            "Unattributed",
            "unattributed",
            "",
            [("a1", "Nobody asked the farmers about it")],
        ),
    ]
    tally = tally_entries(entries, GOLD, {})
    assert (tally.judged, tally.right, tally.unattributed) == (3, 1, 1)
    assert tally.with_gold == 2
    assert tally.junk == ["the budget [unnamed] (1 quotes)"]


def test_a_description_titled_in_the_article_counts_beside_not_instead() -> None:
    gold = {"a1": [{"text": "The vote is on Tuesday", "speaker": "the mayor", "match": ["mayor"]}]}
    entries = [Entry("ann-ruiz", "Ann Ruiz", "person", "", [("a1", "The vote is on Tuesday")])]
    texts = {"a1": 'Mayor Ann Ruiz spoke. "The vote is on Tuesday," the mayor said.'}
    tally = tally_entries(entries, gold, {}, texts)
    assert (tally.right, tally.right_by_title, len(tally.junk), tally.junk_right_so) == (0, 1, 1, 1)
    untitled = tally_entries(entries, gold, {}, {"a1": "Ann Ruiz spoke."})
    assert (untitled.right_by_title, untitled.junk_right_so) == (0, 0)


def test_a_fuller_form_of_the_name_in_the_span_counts_beside_not_instead() -> None:
    # PolNeAR's match word is the span's last capitalised word ("Heights"), which the
    # person's name can't hold; "Ana Gil" is the fuller form of "Ms. Gil" in the span.
    gold = {
        "a1": [
            {
                "text": "The rent doubled in a year",
                "speaker": "Ms. Gil, whose family moved to Washington Heights",
                "match": ["Heights"],
            }
        ]
    }
    right = [Entry("ana-gil", "Ana Gil", "person", "", [("a1", "The rent doubled in a year")])]
    tally = tally_entries(right, gold, {}, {})
    assert (tally.right, tally.right_by_fuller_name, tally.junk_right_so) == (0, 1, 1)
    other = [Entry("tom-bell", "Tom Bell", "person", "", [("a1", "The rent doubled in a year")])]
    assert tally_entries(other, gold, {}, {}).right_by_fuller_name == 0


def test_mojibake_in_the_gold_is_mended_as_the_site_mends_it() -> None:
    # The reader mends "Ã©" to "é" before the engine names anyone (reader.repair);
    # the gold keeps the broken bytes, which no mended name can hold.
    gold = {
        "a1": [{"text": "The court will rule", "speaker": "Marc TrÃ©vidic", "match": ["TrÃ©vidic"]}]
    }
    entries = [
        Entry("marc-trevidic", "Marc Trévidic", "person", "", [("a1", "The court will rule")])
    ]
    tally = tally_entries(entries, gold, {})
    assert (tally.right, tally.junk) == (1, [])


def test_quotes_whose_gold_names_nobody_judge_no_entry_on_named_sources() -> None:
    # A gold source "said" has the match word "said": no entry's name can hold it.
    gold = {
        "a1": [
            {"text": "The dam will hold this year", "speaker": "said", "match": ["said"]},
            {"text": "The river is higher than ever", "speaker": "Tom Bell", "match": ["Bell"]},
        ]
    }
    entries = [
        Entry("ann-ruiz", "Ann Ruiz", "person", "", [("a1", "The dam will hold this year")]),
        Entry("the-river", "the river", "unnamed", "", [("a1", "The river is higher than ever")]),
    ]
    tally = tally_entries(entries, gold, {})
    assert len(tally.junk) == 2  # the measure judges both
    assert tally.with_named_gold == 1
    assert tally.junk_of_named == ["the river [unnamed] (1 quotes)"]


def test_words_quoted_twice_pair_with_the_gold_of_their_paragraph() -> None:
    text = 'Ann Ruiz said it was "top secret."\n\nTom Bell said it was "top secret."'
    gold = {
        "a1": [
            {"text": "top secret.", "speaker": "Ann Ruiz", "match": ["Ruiz"], "start": 21},
            {"text": "top secret.", "speaker": "Tom Bell", "match": ["Bell"], "start": 57},
        ]
    }
    bell = Entry("tom-bell", "Tom Bell", "person", "", [("a1", "top secret.")], [2])
    tally = tally_entries([bell], gold, {}, {"a1": text})
    assert (tally.right, tally.junk) == (1, [])
    # Without the paragraph, the first gold quote of those words is taken.
    unplaced = Entry("tom-bell", "Tom Bell", "person", "", [("a1", "top secret.")])
    assert tally_entries([unplaced], gold, {}, {"a1": text}).right == 0


def test_a_name_spelt_with_either_apostrophe_is_the_same_name() -> None:
    gold = {"a1": [{"text": "We lost the thread", "speaker": "Ann O'Hara", "match": ["O'Hara"]}]}
    entries = [Entry("ann-ohara", "Ann O’Hara", "person", "", [("a1", "We lost the thread")])]
    assert tally_entries(entries, gold, {}).right == 1
