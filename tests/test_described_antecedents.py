"""A description as the person a later "he" or "she" means: made-up texts."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from mkdocs_quotes.engine.people_named import PeopleNamed, PersonMention
from mkdocs_quotes.engine.relations import name_relation
from mkdocs_quotes.engine.skimmed_descriptions import skim_descriptions


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


def test_a_skimmed_description_stands_for_the_person_titled_so() -> None:
    people = PeopleNamed([0])
    people.add(PersonMention(0, "Paul Grant", "Admiral", "m", True, False, True))
    paragraph = "Asked later, the admiral chuckled. The admiral of the fleet waited."
    found = skim_descriptions(paragraph, 100, 0, people)
    assert [(p.name, p.relation, p.position) for p in found] == [("Paul Grant", "subject", 113)]
    nobody = PeopleNamed([0])
    nobody.add(PersonMention(0, "Paul Grant", "Senator", "m", True, False, True))
    assert skim_descriptions(paragraph, 100, 0, nobody) == []
