"""Words in quotation marks that are nobody's words: titles, names of works, scare
quotes, and quoted fragments of the reporter's own sentence."""

from __future__ import annotations

import re

from .domain import SpeakerRef
from .lexicon.marks import DOUBLE_MARKS, ENGLISH_MARKS
from .lexicon.people import POSSESSIVE_PRONOUNS
from .lexicon.works import (
    NAMING_PHRASES,
    SMALL_WORDS,
    TITLE_SMALL_WORDS,
    WORK_KIND_NOUNS,
    WORK_MAKER_NOUNS,
    WORK_NOUNS,
    WORK_TITLE_NOUNS,
)
from .marks import MarkedSpan


def is_partial(span: MarkedSpan, text: str, base: int = 0) -> bool:
    """A fragment inside the reporter's own sentence, not a whole quoted sentence."""
    quoted = text[span.start - base : span.end - base]
    first = next((c for c in quoted if c.isalpha()), "")
    if first and first.islower():
        return True
    open_at = span.open_start - base
    before = text[max(open_at - 3, 0) : open_at].strip()
    ends_sentence = quoted.rstrip()[-1:] in ".!?,…—-" or span.continues
    return bool(before) and before[-1:].isalnum() and not ends_sentence and len(quoted.split()) < 6


def is_short_title(quoted: str) -> bool:
    """ "Face the Nation," / "Meet the Press": a short title, no one's words."""
    words = [w.strip(".,:;!?'’") for w in quoted.split()]
    words = [w for w in words if w and w.lower() not in SMALL_WORDS]
    return 0 < len(words) <= 6 and all(w[:1].isupper() for w in words)


def looks_like_title(quoted: str) -> bool:
    """ "Breitbart News Daily", "Hail, Caesar!", "1449075600": names of works or codes.

    Every word capitalised (small words aside) in a short span is a title, a show or
    a slogan's name; a span with no letters at all is a number or a code.
    """
    if not any(c.isalpha() for c in quoted):
        return True
    words = [w.strip(".,:;!?()'’" + DOUBLE_MARKS) for w in quoted.split()]
    words = [w for w in words if w and w.lower() not in TITLE_SMALL_WORDS]
    if not words or len(words) > 8:
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() for w in words) and len(words) > 1


def introduced_as_a_work(span: MarkedSpan, text: str) -> bool:
    """Title-case words in marks that the sentence uses as a name, not as speech.

    "she said on MSNBC's “Morning Joe.”", "with “Fox News Sunday.”", "in his memoir,
    “Tough Choices.”", "the bipartisan “Gang of Eight”": a preposition, an article, a
    possessive or a noun for a work right before the marks, or a noun for a work
    right after them ("his “Keepin' It Real” radio program"). "called her “Miss
    Piggy”" stays: those were someone's words.
    """
    # 'his “Keepin' It Real” radio program': a noun for a work right after, too.
    after = text[span.close_end : span.close_end + 30].lower().split()
    if after and after[0].strip(",.;:") in WORK_TITLE_NOUNS | WORK_KIND_NOUNS:
        return True
    before = text[max(0, span.open_start - 40) : span.open_start].rstrip(" ,").split()
    if not before:
        return False
    word = before[-1].lower().strip(ENGLISH_MARKS + "(")
    return word in WORK_NOUNS or word.endswith(("'s", "’s"))


def named_as_a_work_or_term(span: MarkedSpan, text: str) -> bool:
    """Words in marks that a sentence names, in any case, even beside a speaker.

    'her book “what comes next”', 'the “Titanic” director', "the so-called ''safe
    harbor''", 'dubbed “the wall”', 'known as “the squad”'. A short span only: a
    sentence in marks after "known as" is still someone's words.
    """
    if len(text[span.start : span.end].split()) > 6:
        return False
    window = text[max(0, span.open_start - 40) : span.open_start]
    before = [w.strip(ENGLISH_MARKS + ",(") for w in window.split()]
    # 'her book “…”', "Trump's memoir “…”"; not 'Dr. Paul Song “…”' or 'called the show
    # “…”', where the words are someone's.
    if len(before) > 1 and before[-1] in WORK_TITLE_NOUNS and _is_possessive(before[-2]):
        return True
    before = [w.lower() for w in before]
    if any(tuple(before[-len(p) :]) == p for p in NAMING_PHRASES):
        return True
    after = text[span.close_end : span.close_end + 30].lower().split()
    return (
        bool(before and after)
        and (before[-1] in ("the", "a", "an") or before[-1].endswith(("'s", "’s")))
        and after[0].strip(",.;:") in WORK_MAKER_NOUNS
    )


# A digest's byline after a headline in marks: '—"Museum to close," by Times' Jane Doe:
# "The museum…"' or 'by The Wall Street Journal's John Roe:'. The colon hands over to
# the excerpt, so the marks before hold the title of the piece, not anyone's words.
_BYLINE_AFTER = re.compile(
    r",?\s*by (?:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*['’]s? )?"
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}:"
)


def headline_with_a_byline(span: MarkedSpan, text: str) -> bool:
    """The headline of a piece in a digest, followed by its author and a colon."""
    return bool(_BYLINE_AFTER.match(text, span.close_end, span.close_end + 90))


def _is_possessive(word: str) -> bool:
    return word.lower() in POSSESSIVE_PRONOUNS or word.endswith(("'s", "’s"))


def is_scare_quote(span: MarkedSpan, text: str) -> bool:
    """Words in marks with no cue and no speaker nearby: a title or a scare quote."""
    quoted = text[span.start : span.end]
    return is_partial(span, text) or len(quoted.split()) < 8 or span.single


def names_a_term(speaker: SpeakerRef, quoted: str) -> bool:
    """'her "clawback" plan', 'a "paperwork error': a noun phrase around the term in
    marks, or cut through another quote, is no speaker. (The phrase's span in the
    text is a rough cut; the name is what readers see.)"""
    name = speaker.name.strip(" " + DOUBLE_MARKS)
    if name.count('"') % 2 == 1 or name.count("“") != name.count("”"):
        return True
    term = quoted.strip(" ,.;:!?" + DOUBLE_MARKS).lower()
    return len(term) >= 3 and term in name.lower()
