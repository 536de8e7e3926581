"""Noun phrases of a parse: where a phrase starts and ends, its head, whether it can
say anything at all ("the mayor" can, "the 1990s" can't).

Helpers of the parse readers (syntax.py) and the stage-one rules; they look at one
phrase and know nothing of cues or quotes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.cues import CUE_OCCASIONS, CUE_WORDS, SPEAKING_TEXTS
from .lexicon.entities import DATE_AND_NUMBER_LABELS, PERSON_LABELS, SIGN_OFF_LABELS
from .lexicon.function_words import NOT_SPEAKER_WORDS
from .lexicon.marks import ENGLISH_MARKS, SIGN_OFF_DASHES
from .lexicon.organisations import ORGANISATION_NOUNS
from .lexicon.people import PERSON_PRONOUNS, PERSON_ROLE_NOUNS
from .postags import pos

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def not_a_speaker(token: Token) -> bool:
    """Dates and numbers don't speak; "the 46-year-old" (tagged DATE) does."""
    if token.lower_ in NOT_SPEAKER_WORDS:
        return True
    if counts_people(token):
        return False  # "hundreds of protesters" (CARDINAL) speak
    return token.ent_type_ in DATE_AND_NUMBER_LABELS and not token.lower_.endswith("old")


def is_name(token: Token) -> bool:
    return token.ent_type_ in PERSON_LABELS or pos(token) == "PROPN"


def reported_clause(cue: Token) -> set[int]:
    """'… and said Governor Ann Dale should resign': a clause after the cue with a
    subject of its own is what the cue reports; its subject is talked about, never the
    inverted speaker of '"…," said Ann Dale'. Only a finite clause: in '"…," said Ann
    Dale, half joking' the parser makes her the subject of a participle."""
    return {
        t.i
        for c in cue.children
        if c.dep_ == "ccomp" and c.i > cue.i and _finite_with_subject(c)
        for t in c.subtree
    }


def _finite_with_subject(verb: Token) -> bool:
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ != "VBG" and any(c.dep_ in ("aux", "mark") for c in verb.children)
    )
    # 'said Ann Dale, who ran the farm yet backed Hale': a subject set off by a comma
    # is the inverted speaker the parser hung on a later verb.
    return finite and any(
        c.dep_ == "nsubj" and all(t.text != "," for t in verb.doc[c.i : verb.i])
        for c in verb.children
    )


def named_owner(noun: Token) -> Span | None:
    """The name before "'s" that owns ``noun``: "Donald Trump" in "Donald Trump's claim"."""
    for child in noun.children:
        if child.dep_ == "poss" and pos(child) == "PROPN":
            return child.doc[child.left_edge.i : child.i + 1]
    return None


def propn_head(token: Token) -> Token:
    """The last word of the name a proper noun is part of; "Rubio" in "Rubio spokesman
    Alex Conant" qualifies a title before another name, whose head that is."""
    while token.dep_ in ("compound", "flat"):
        head = token.head
        titled = head.lower_ in PERSON_ROLE_NOUNS and head.dep_ == "compound"
        if pos(head) != "PROPN" and not (titled and pos(head.head) == "PROPN"):
            break
        token = head
    return token


def noun_phrase(head: Token) -> Span:
    """The head's subtree, cut at a relative clause or a following verb phrase."""
    doc = head.doc
    keep = [head]
    for child in head.children:
        if child.dep_ in ("relcl", "acl", "advcl", "punct", "cc", "conj") and child.i > head.i:
            if child.dep_ != "punct":
                break
            continue
        keep.extend(child.subtree)
    left = min(t.i for t in keep)
    right = max(t.i for t in keep)
    while right > left and (doc[right].is_punct or doc[right].dep_ == "cc"):
        right -= 1
    # "Stated Stone:" tags the verb as part of the name, and '"…," tweeted Rubio aide
    # Ann Cole' the closing mark too ("state Senate leader": a noun, no cue; "State's
    # inspector general": a possessor, no verb).
    while left < right and (
        (doc[left].lower_ in CUE_WORDS and pos(doc[left]) != "NOUN" and doc[left + 1].tag_ != "POS")
        or doc[left].is_quote
    ):
        left += 1
    return doc[left : right + 1]


# Heads that only count the people of their "of" phrase: "hundreds of demonstrators",
# "at least half of voters", "dozens of lawmakers" speak as those people do.
QUANTITY_HEADS = frozenset(
    "hundreds thousands dozens millions scores tens some many most half all few several"
    " majority minority".split()
)


def counts_people(noun: Token) -> bool:
    """ "Hundreds of demonstrators", "half of voters": a count of people who speak."""
    if noun.lower_ not in QUANTITY_HEADS and noun.tag_ != "CD":
        return False
    counted = [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    return any(g.dep_ == "pobj" and speaking_noun(g) for g in counted)


def speaking_noun(noun: Token) -> bool:
    """A role or organisation noun: "the mayor", "officials", "the ministry"; or a
    count of them ("hundreds of demonstrators")."""
    lower = noun.lower_
    if lower in QUANTITY_HEADS or noun.tag_ == "CD":
        return counts_people(noun)
    singular = lower.rstrip("s")  # "the groups who wrote to her say": bodies speak too
    if lower.endswith("sses"):
        singular = lower[:-2]  # "witnesses"
    return (
        lower in PERSON_ROLE_NOUNS
        or singular in PERSON_ROLE_NOUNS
        or lower in ORGANISATION_NOUNS
        or singular in ORGANISATION_NOUNS
    )


def phrase_before_aside(cue: Token, before: set[int]) -> Span | None:
    """'Mr. Hale, asked about the deaths of workers under Mr. Lee, had said, "…"',
    'Mr. Slinker, whose start-up, Paradata, helps brands, said': where the parse gives
    the cue no subject, the speaker is the name before the aside the commas set off
    (opened by a participle, a relative pronoun or an apposition), not the last name
    inside it."""
    doc = cue.doc
    i = cue.i - 1
    while i in before and doc[i].dep_ in ("aux", "auxpass", "advmod", "neg"):
        i -= 1
    if i not in before or doc[i].text != ",":
        return None
    for k in range(i - 1, i - 30, -1):
        if k - 1 not in before:
            return None
        if doc[k].text != ",":
            continue
        opener, name = doc[k + 1], doc[k - 1]
        if name.tag_ == "RB" and k - 3 in before and doc[k - 2].text == ",":
            # "Sanders, meanwhile, who sits at zero, said": an adverb set off by
            # commas of its own stands between the name and its aside.
            name = doc[k - 3]
        # "Trump, in a post on Truth Social, called …": a phrase after a preposition
        # sets off an aside too.
        opens_aside = opener.lower_ in ("who", "whose", "which") or opener.tag_ in (
            "VBN",
            "VBG",
            "VBD",
            "DT",
            "PRP$",
            "IN",
        )
        if not opens_aside:
            continue
        if pos(name) == "PROPN":
            return noun_phrase(propn_head(name))
        if name.lower_ in PERSON_PRONOUNS or speaking_noun(name):
            return noun_phrase(name)
        if opener.lower_ in ("who", "whose") and name.is_title and pos(name) == "NOUN":
            return noun_phrase(name)  # "Sanders, who …" with the surname tagged plural
    return None


def according_phrase(token: Token) -> Span | None:
    to = token.nbor()
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if objects:
        return noun_phrase(_author_of(objects[0]))
    following = [t for t in token.doc[to.i + 1 : to.i + 8] if pos(t) in ("PROPN", "NOUN")]
    return noun_phrase(following[0]) if following else None


def sign_off_phrase(trailing: list[Token]) -> Span | None:
    """'"…" — Name': the name of a sign-off, a short name after the dash, nothing more."""
    rest = [t for t in trailing if not t.is_punct and t.text.strip(ENGLISH_MARKS + SIGN_OFF_DASHES)]
    names = [t for t in rest[:3] if pos(t) == "PROPN" or t.ent_type_ in SIGN_OFF_LABELS]
    if not names or len(rest) > 8:
        return None
    return noun_phrase(propn_head(names[-1]))


# Findings a text or a count reports, read as the work of whoever made them.
_FINDINGS = (
    SPEAKING_TEXTS
    | CUE_OCCASIONS
    | frozenset("calculation data figure finding research count".split())
)


def _author_of(text: Token) -> Token:
    """ "according to calculations by Ann Dale": the one who made the text or the count
    speaks through it, not the text."""
    if text.lower_ not in _FINDINGS and text.lower_.removesuffix("s") not in _FINDINGS:
        return text
    by = [c for c in text.children if c.dep_ == "prep" and c.lower_ == "by"]
    authors = [c for c in by[0].children if c.dep_ == "pobj"] if by else []
    # "according to a speech Mrs. Clinton delivered": the subject of the clause that
    # says who gave it (not a "which" or "that").
    for clause in (c for c in text.children if c.dep_ == "relcl" and c.i > text.i):
        authors += [
            c
            for c in clause.children
            if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") and c.lower_ != "that"
        ]
    return (
        propn_head(authors[0])
        if authors and pos(authors[0]) == "PROPN"
        else (authors[0] if authors else text)
    )


def bracketed_label(token: Token) -> bool:
    """ "Sen. Ann Gray (D-Mass.) said": a few words in brackets right after a name are
    a label on it (party and state), no one who speaks."""
    doc = token.doc
    opening = next(
        (t for t in reversed(doc[max(0, token.i - 4) : token.i]) if t.text in "()"), None
    )
    if opening is None or opening.text != "(" or opening.i == 0:
        return False
    closing = next((t for t in doc[token.i + 1 : token.i + 5] if t.text in "()"), None)
    return closing is not None and closing.text == ")" and pos(doc[opening.i - 1]) == "PROPN"


def subject_like(noun: Token, cue: Token, subject_deps: tuple[str, ...]) -> bool:
    """A common noun the parse makes a subject, or one it hangs as an apposition on a
    name before it and that stands right before the cue: 'In an interview with hosts
    Ann Gray and Tom Lee, the candidate stated that …' (the candidate states it)."""
    if pos(noun) != "NOUN":
        return False
    if noun.dep_ in subject_deps:
        return True
    return noun.dep_ == "appos" and noun.i + 1 == cue.i and noun.head.i < noun.i
