"""A phrase that names a person only as the owner of its head: "Trump's potential
VP", "Sanders's hometown Burlington Free Press" speak, and Trump and Sanders do not;
stage two must not file their words under the owner's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span


def names_only_its_owner(name: str, phrase: Span) -> bool:
    """Do the person ``name``'s words come only from a possessor in ``phrase``, none
    from the words after the possessive that the phrase's head stands in?"""
    root = phrase.root
    marks = [t for t in phrase if t.dep_ == "case" and t.i < root.i]
    if not marks:
        return False
    owner_end = marks[-1].i  # "Trump" of "Trump's"
    words = set(name.lower().split())
    owner = {t.lower_ for t in phrase if t.i < owner_end}
    after = {t.lower_ for t in phrase if t.i > owner_end}
    return bool(words & owner) and not words & after
