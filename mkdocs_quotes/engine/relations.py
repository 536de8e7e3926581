"""How a name stands in its sentence, as the pronoun ranker weighs it: the subject of
the sentence or of a clause inside it, a possessor, an object, the object of a
preposition (pronouns.py reads these as features)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_INNER_CLAUSES = frozenset(("advcl", "ccomp", "relcl", "acl", "csubj", "pcomp"))
# Verbs whose object is put a question: "Hannity asked Trump how high …" is followed by
# the answer, so the one asked is who the next "he said" is (an object otherwise rarely is).
# Word forms: the pipeline has no lemmatizer.
_QUESTION_VERBS = frozenset(
    f"{stem}{ending}"
    for stem in ("ask", "question", "press", "quizz", "interview")
    for ending in ("", "s", "es", "ed", "ing")
)


def name_relation(ent: Span) -> str:
    """How a name stands in its sentence: as a subject, the possessor of a subject or
    another possessor, the one asked a question, an object, the object of a
    preposition, or otherwise."""
    root = ent.root
    subject = root if root.dep_ in ("nsubj", "nsubjpass") else root.head
    if root.dep_ in ("nsubj", "nsubjpass") or (
        root.dep_ in ("compound", "appos") and root.head.dep_ in ("nsubj", "nsubjpass")
    ):
        # "While Obama had …", "reports that Trump planned …": the subject of a clause
        # inside the sentence is rarely whom the next paragraph quotes.
        # But in "Shays was for Kasich, he said", the clause is what "he" says after
        # it, of himself: its subject is the one talking ("he believes Ryan is
        # right" is not).
        clause = subject.head
        said_by_a_pronoun = (
            clause.dep_ == "ccomp"
            and clause.head.i > clause.i
            and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in clause.head.children)
        )
        if clause.dep_ in _INNER_CLAUSES and not (said_by_a_pronoun or _lead_in(clause)):
            return "clause_subject"
        return "subject"
    # "According to Ham, the administration …": the source of what the sentence says.
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return "subject"
    if root.dep_ == "poss" or (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"):
        # "Tuttle's article attacked Christie. He calls …": the possessor of what the
        # sentence is about is who it is about; "a man of Mr. Trump's wealth" is not.
        if root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass"):
            return "subject_possessive"
        return "possessive"
    if root.dep_ in ("dobj", "dative") and root.head.lower_ in _QUESTION_VERBS:
        return "addressee"
    if root.dep_ in ("dobj", "dative", "attr", "oprd"):
        return "object"
    if root.dep_ == "pobj":
        return "oblique"
    return "other"


def _lead_in(clause: Token) -> bool:
    """ "Asked later - war or not - the admiral chuckled": the parser hangs the
    sentence's own verb under the participle that opens it, as a clause; a sentence
    root with no subject of its own (a participle or an infinitive) is no main clause,
    and the subject below it is the sentence's."""
    root = clause.head
    return (
        clause.dep_ == "ccomp"
        and root.dep_ == "ROOT"
        and root.tag_ in ("VBN", "VBG")
        and root.i < clause.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in root.children)
    )


__all__ = ["name_relation"]
