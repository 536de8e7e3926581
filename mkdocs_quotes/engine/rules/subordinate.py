"""Speakers the parse sets in a clause apart from the cue: 'Ann asks as a waiter
walks in, saying "…"' is the waiter's, whatever cue the main clause has; 'At the
club, Ann Gray, its president, suggested that …' is Ann Gray's though the parse
hangs her from "the club"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.people import PERSON_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS
from ..phrases import noun_phrase, phrase_before_aside, propn_head
from ..postags import pos

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Subordinators of a clause that happens meanwhile: its participle is what its own
# subject does then. After "after", "when" or "though" the parse often hangs a
# participle of the main clause ('Hannity said … after the senator won, remarking').
_WHILE = frozenset({"as", "while", "whilst"})


def subordinate_speaker(host: Token, subject: Span) -> bool:
    """Is ``subject`` (of ``host``, the clause a "-ing" cue hangs from) its speaker
    even against a cue above? Only when ``host`` is an adverbial clause opened by
    "as" or "while" and its subject is a person: the main
    clause's cue reports the main clause's own quote, and a person a clause sets
    beside it ("a maintenance guy", "a man") speaks for themselves."""
    if host.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _WHILE for c in host.children
    ):
        return False
    root = subject.root.lower_
    return (
        root in PERSON_NOUNS
        or root in PERSON_PRONOUNS
        or root in PLURAL_PRONOUNS
        or (subject.root.ent_type_ == "PERSON")
    )


def subject_cut_off(cue: Token, window: set[int]) -> Span | None:
    """The speaker of a main-clause cue the parse left with no subject: 'At Boca
    West, where …, Jay Doe, the club's president, suggested that …' hangs the name
    from the fronted place; the name before the aside right before the cue says it."""
    if cue.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children):
        return None
    return phrase_before_aside(cue, {i for i in window if i < cue.i}) or _name_hung_before(
        cue, window
    )


def _name_hung_before(cue: Token, window: set[int]) -> Span | None:
    """'when asked about Donald Trump, President Barack Obama said …': the parse hangs
    the name right before a subjectless cue on the name before it as an apposition;
    nothing but the cue's subject stands there."""
    i = cue.i - 1
    while i in window and cue.doc[i].dep_ in ("aux", "auxpass", "advmod", "neg"):
        i -= 1
    if i not in window:
        return None
    head = propn_head(cue.doc[i])
    if head.i != i or pos(head) != "PROPN" or head.dep_ != "appos" or head.head.i >= i:
        return None
    return noun_phrase(head)


def names_a_person(subject: Span) -> bool:
    """'a source familiar with the inquiry said the files … suggested the intruders
    sought "…"': the words of news's unnamed sources ("a source", "insiders") are
    theirs, though no role list holds the noun ("a voice", "people" may be talked
    about; a source is there to speak)."""
    return subject.root.lower_ in _SOURCE_NOUNS


_SOURCE_NOUNS = frozenset({"source", "sources", "insider", "insiders"})
