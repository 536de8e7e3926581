"""Phrases at an attribution that stand beside a name or for a group's member rather
than name someone themselves: "Speaker Ann Cole, the party's highest-ranking
Republican, said" names Ann Cole; "a Tennessee Republican said" names nobody."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.people import MEMBER_NOUNS
from .names import looks_like_person_name, proper_name_span
from .postags import pos

if TYPE_CHECKING:
    from spacy.tokens import Span


def describes_a_member(phrase: Span) -> bool:
    """ "a Tennessee Republican", "the nation's highest-ranking Democrat": a party's or
    a faith's member noun with a determiner or a modifier before it describes someone
    of that group, however capitalised; no person and no body bears it as a name."""
    root = phrase.root
    if root.lower_ not in MEMBER_NOUNS:
        return False
    return any(
        t.i < root.i and (pos(t) in ("DET", "ADJ", "NUM") or t.dep_ in ("poss", "amod"))
        for t in phrase
    )


def apposed_name(phrase: Span) -> Span | None:
    """ "Ann Cole, the party's top Republican, on Tuesday called …": where the parser
    takes the apposition for the speaking phrase, the name it is set beside speaks."""
    root, doc = phrase.root, phrase.doc
    head = root.head
    # Only a description set off by a comma ("WASHINGTON — President Obama" is a
    # dateline, "Obama (D-Ill.)" a label) beside what looks like a person's name.
    if root.dep_ != "appos" or head.i >= phrase.start or pos(head) != "PROPN":
        return None
    if phrase.start == 0 or doc[phrase.start - 1].text != "," or pos(phrase[0]) != "DET":
        return None
    # Set off on both sides: "with Ann Cole, the candidate stated" has the candidate
    # as the subject the parser hung on the name before it.
    if phrase.end >= len(doc) or doc[phrase.end].text != ",":
        return None
    name = proper_name_span(head)
    return name if looks_like_person_name(name) else None


def elliptical_subject(phrase: Span) -> str | None:
    """ "One sign read, "…" Another advised, "…"": a lone "another" or "one" leaves
    out its noun, the one of the "one …" or "another …" subject before it in the same
    stretch of text: "Another sign". None where no such subject stands before."""
    if len(phrase) != 1 or phrase.root.lower_ not in _ELLIPTICAL:
        return None
    doc = phrase.doc
    for token in reversed(doc[: phrase.start]):
        counted = any(
            c.lower_ in _ELLIPTICAL and c.dep_ in ("det", "nummod") for c in token.children
        )
        if token.dep_ in ("nsubj", "nsubjpass") and token.tag_ == "NN" and counted:
            return f"{phrase.text} {token.lower_}"
    return None


# Words that count one of several and may stand without their noun.
_ELLIPTICAL = frozenset({"one", "another"})
