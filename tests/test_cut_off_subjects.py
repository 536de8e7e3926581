"""A reported clause is its reporter's account even when the parse leaves the reporting
verb no subject: the name right before it, hung on an earlier name as an apposition,
is who reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    """The small model's parse, wrong where it is wrong, built by hand so the test holds
    whatever a model version does."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


# 'when asked about nominee Tom Hale, Governor Ann Dale said she expected that voters
# will say "no"': the model hangs "Ann Dale" on "Tom Hale" as an apposition and gives
# "said" no subject, so the voters' hypothetical "say" looked like nobody's report.
WORDS = (
    "when asked about nominee Tom Hale , Governor Ann Dale said she expected that voters"
    " will say no ."
).split()
HEADS = [1, 10, 1, 5, 5, 2, 5, 9, 9, 5, 10, 12, 10, 16, 16, 16, 12, 16, 10]
DEPS = (
    "advmod advcl prep compound compound pobj punct compound compound appos ROOT nsubj"
    " ccomp mark nsubj aux ccomp intj punct"
).split()
TAGS = "WRB VBN IN NN NNP NNP , NNP NNP NNP VBD PRP VBD IN NNS MD VB UH .".split()


def test_a_subjectless_cue_is_said_by_the_name_hung_right_before_it() -> None:
    from mkdocs_quotes.engine.rules.subordinate import subject_cut_off

    doc = _parsed(WORDS, HEADS, DEPS, TAGS)
    window = {t.i for t in doc}
    found = subject_cut_off(doc[10], window)
    assert found is not None and found.text == "Governor Ann Dale"
    # A cue with a subject of its own is left to it.
    assert subject_cut_off(doc[16], window) is None


def test_a_name_before_a_cue_is_no_subject_unless_the_parse_hangs_it_apart() -> None:
    from mkdocs_quotes.engine.rules.subordinate import subject_cut_off

    deps = list(DEPS)
    deps[9] = "pobj"  # not an apposition: the name belongs to the phrase before it
    doc = _parsed(WORDS, HEADS, deps, TAGS)
    assert subject_cut_off(doc[10], {t.i for t in doc}) is None


# 'Hale, meanwhile, who sits at zero, said that it is "ready"': the model makes the
# aside the content of "said" (so the cue has no subject) and tags the surname a
# plural noun; the name before the adverb and the aside says it.
ASIDE_WORDS = "Hale , meanwhile , who sits at zero , said that it is ready .".split()
ASIDE_HEADS = [5, 5, 5, 5, 5, 9, 5, 6, 9, 9, 12, 12, 9, 12, 9]
ASIDE_DEPS = (
    "nsubj punct advmod punct nsubj ccomp prep pobj punct ROOT mark nsubj ccomp acomp punct"
).split()
ASIDE_TAGS = "NNS , RB , WP VBZ IN CD , VBD IN PRP VBZ JJ .".split()


def test_a_name_set_off_by_an_adverb_before_its_aside_says_the_cue() -> None:
    from mkdocs_quotes.engine.rules.subordinate import subject_cut_off

    doc = _parsed(ASIDE_WORDS, ASIDE_HEADS, ASIDE_DEPS, ASIDE_TAGS)
    found = subject_cut_off(doc[9], {t.i for t in doc})
    assert found is not None and found.text == "Hale"
    # A lower-case plural noun is no name the tagger missed.
    words = ["stocks", *ASIDE_WORDS[1:]]
    doc = _parsed(words, ASIDE_HEADS, ASIDE_DEPS, ASIDE_TAGS)
    assert subject_cut_off(doc[9], {t.i for t in doc}) is None
