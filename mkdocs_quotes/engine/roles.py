"""A person's role as a reader wants it: a short title ("Pentagon spokesman",
"professor of law at New York University"), never an age, a party label cut in half,
the owner of the name or the rest of the sentence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon.entities import PERSON_LABELS
from .lexicon.marks import DOUBLE_MARKS
from .lexicon.people import UNSHOWN_HONORIFICS
from .names import is_title_word, split_title

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# A relative clause ends a title: "a professor at Harvard who has studied …".
_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|whom|whose|which|that|where)\b.*$", re.IGNORECASE)
# The longest role shown: a title, not the article's whole sentence about someone.
ROLE_WORDS = 12


def clean_role(role: str | None, name: str = "") -> str | None:
    """A role as a short title: "Pentagon spokesman", "a professor of law at NYU".

    The words around a name are cut from the parse and can hold anything: an age
    ("Smith, 66,"), a party label the parse cut in half ("Sen., (D-N.Y."), the owner
    of the name ("CNBC's Becky Quick"), a quotation, a relative clause running to the
    end of the sentence. Each comma-separated piece is kept only if it reads as a
    title, cut at its relative clause.
    """
    if not role:
        return None
    text = re.sub(r"\s+(['’]s?)(?=[\s,]|$)", r"\1", role)  # "CNBC 's" -> "CNBC's"
    text = re.sub(r"\s+([,;:.)])", r"\1", text)
    # A party and state label, "(D-N.Y.)", whole or cut by the parse, says no title.
    text = re.sub(r"\([^()]*\)?", "", text)
    name_words = {w.lower() for w in name.split() if len(w) > 2}
    kept: list[str] = []
    for piece in re.split(r"[,;:]", text):
        piece = _RELATIVE_CLAUSE.sub("", piece).strip(" —–-")
        if _reads_as_title(piece, name_words) and (
            len(" ".join([*kept, piece]).split()) <= ROLE_WORDS
        ):
            kept.append(piece)
    return ", ".join(kept) or None


def _reads_as_title(piece: str, name_words: set[str]) -> bool:
    words = piece.split()
    if not words or len(words) > ROLE_WORDS or not any(c.isalpha() for c in piece):
        return False
    if any(mark in piece for mark in (*DOUBLE_MARKS, "''", "``", "‘")) or "(" in piece:
        return False
    if words[0][:1].islower() and words[0] in _PREPOSITIONS:
        return False  # "of Arizona": the tail of a title cut elsewhere
    if re.search(r"['’]s?$", piece):
        return False  # "CNBC's", "the Post's": whose the person is, not who
    return not any(w.lower().strip(".,'’") in name_words for w in words)


_PREPOSITIONS = frozenset("of from in at for to on with by and or along including like".split())


def title_before(ent: Span) -> str | None:
    """ "President Joe Biden" -> "President": capitalised titles in or right before a
    name (honorifics aside), the title a later "Biden said" carries."""
    doc = ent.doc
    before = doc[max(ent.start - 4, 0) : ent.start].text.split() if ent.start else []
    titles: list[str] = []
    for word in reversed(before):
        if not is_title_word(word):
            break
        titles.insert(0, word)
    inside, _ = split_title(ent.text)
    shown = [
        w for w in [*titles, *inside.split()] if w.lower().rstrip(".") not in UNSHOWN_HONORIFICS
    ]
    return " ".join(shown) or None


def named_beside(title: Token) -> list[Token]:
    """The people the parser hangs beside a title as its conjunct or apposition."""
    return [
        c for c in title.children if c.dep_ in ("conj", "appos") and c.ent_type_ in PERSON_LABELS
    ]
