"""Phrases at an attribution that stand beside a name or for a group's member rather
than name someone themselves: "Speaker Ann Cole, the party's highest-ranking
Republican, said" names Ann Cole; "a Tennessee Republican said" names nobody."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .domain import SpeakerKind
from .lexicon.given_names import is_given_name
from .lexicon.people import MEMBER_NOUNS, PARTY_WORDS_NOT_GIVEN
from .names import clean_name, looks_like_person_name, proper_name_span
from .postags import pos

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


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


def party_members(phrase: Span) -> tuple[str, SpeakerKind] | None:
    """ "Senate Democrats", "House Republicans": a chamber's (or a state's) members of a
    party are a body, named with the words before the member noun, not "Senate" alone.
    "Democrats", "Some Democrats", "Several senior Democrats with ties to Ohio": some of
    a party's members, whom an article does not name; each article's are its own
    group, not the party one site entry would file every article's under. Returns the
    (name, kind) to show, or None where the head is no plural member noun."""
    root = phrase.root
    lower = root.lower_
    if not (root.text[:1].isupper() and lower.endswith("s") and lower[:-1] in MEMBER_NOUNS):
        return None
    # The proper nouns the member noun is a compound of: "Senate", "Iowa".
    body = [t for t in root.lefts if t.dep_ == "compound" and pos(t) == "PROPN"]
    if body and all(t.text[:1].isupper() for t in body):
        start = min(t.i for t in body)
        return root.doc[start : root.i + 1].text, "organisation"
    return phrase.text.strip(" ,"), "unnamed"


def person_name(text: str) -> str:
    """``clean_name`` of a person's name, a party's word before it left out: "Democrat
    Elijah Cummings" is Elijah Cummings. Only before a known given name: "Republican
    National Committee" is a body's name, whole."""
    name = clean_name(text)
    words = name.split()
    if len(words) > 2 and words[0].lower() in PARTY_WORDS_NOT_GIVEN and is_given_name(words[1]):
        return " ".join(words[1:])
    return name


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


def named_beside_subject(token: Token, span: Span) -> bool:
    """ "One voter, Ana Ruiz, 35, showed up": a name set beside a subject is that
    subject. Only a given name and a surname: "(R-Ga.)" is set beside a subject too."""
    if token.dep_ != "appos" or token.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    written = clean_name(span.text)
    return " " in written and is_given_name(written)
