"""Speakers named by a line of their own, not by a phrase of the parse: a transcript's
label ("PENCE:") and a sign-off under a quote ("- Bernie Sanders.")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .domain import Mention, SpeakerRef
from .lexicon.marks import SIGN_OFF_DASHES
from .lexicon.organisations import ORGANISATION_WORDS
from .names import clean_name, split_title

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def label_speaker(resolver: SpeakerResolver, label: str, start: int) -> SpeakerRef:
    """A transcript's label ("Pence", "Mr. Trump", from "PENCE:") as the person it
    names, spelled as the article spells them elsewhere: "Mccain" -> "John McCain"."""
    title, name = split_title(label)
    words = (name or label).split()
    surname = words[-1]
    spelled = next(
        (
            m.name.split()[-1]
            for m in resolver.people
            if m.name.split()[-1].upper() == surname.upper() and not m.name.isupper()
        ),
        None,
    )
    if spelled is None:
        pattern = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
        spelled = next(
            (m.group() for m in pattern.finditer(resolver.text) if not m.group().isupper()),
            surname,
        )
    full = resolver.full_name(spelled) if len(words) == 1 else " ".join([*words[:-1], spelled])
    return SpeakerRef(full, "person", Mention(label, start, start + len(label)), title or None)


def sign_off_speaker(resolver: SpeakerResolver, line: str, start: int) -> SpeakerRef | None:
    """ "- Bernie Sanders." / "-President Obama, tweeting after the speech." under a
    quote-only paragraph: the name after the dash, up to the first comma."""
    stripped = line.lstrip(SIGN_OFF_DASHES + " ")
    offset = start + len(line) - len(stripped)
    head = re.split(r"[,;(]| \u2014 | - ", stripped, maxsplit=1)[0].strip().rstrip(".")
    words = head.split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return None
    title, name = split_title(head)
    name = resolver.full_name(clean_name(name))
    if not name:
        return None
    mention = Mention(head, offset, offset + len(head))
    if any(w.lower() in ORGANISATION_WORDS for w in name.split()) or name.isupper():
        return SpeakerRef(name, "organisation", mention)
    return SpeakerRef(name, "person", mention, title or None)
