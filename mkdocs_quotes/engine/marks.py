"""Find quoted spans by their quotation marks, without the tokenizer.

Why a character scanner: spaCy's tokenizer and sentence splitter stumble around
quote marks (explosion/spaCy#3553), and the peers that pair ``is_quote`` tokens
bail out on an odd count (textacy raises on "Martyrs' Square"). Here every mark is
classified by what stands on either side of it, pairs are made per paragraph, and
an unbalanced mark costs at most its own quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .lexicon.marks import (
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    ELIDED_WORDS,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    TWO_APOSTROPHES,
)

MarkRole = Literal["open", "close", "either"]

# What may stand right before an opening mark and right after a closing one.
_OPENER_BEFORE = set(" \t([{—–-/:;\u00a0") | set(DOUBLE_OPEN) | set(SINGLE_OPEN) | {'"', "'"}
_CLOSER_AFTER = set(" \t)]}—–-/:;,.!?…\u00a0") | set(DOUBLE_CLOSE) | {SINGLE_CLOSE, '"', "'"}


@dataclass(frozen=True)
class MarkedSpan:
    """The text between a pair of marks in one paragraph (marks excluded).

    ``continues``: the quote runs on into the next paragraph (no closing mark here,
    the next paragraph reopens). ``continued``: this span is such a reopening.
    ``single``: quoted with single marks (British style, or a nested quote).
    """

    start: int
    end: int
    open_start: int
    close_end: int
    paragraph: int
    single: bool = False
    continues: bool = False
    continued: bool = False


@dataclass(frozen=True)
class _Mark:
    pos: int
    length: int
    double: bool
    role: MarkRole


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _classify(text: str) -> list[_Mark]:
    marks: list[_Mark] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        before = text[i - 1] if i > 0 else " "
        if ch == "'" and text.startswith(TWO_APOSTROPHES, i):
            after = text[i + 2] if i + 2 < n else " "
            marks.append(_Mark(i, 2, True, _straight_role(before, after)))
            i += 2
            continue
        after = text[i + 1] if i + 1 < n else " "
        if ch in DOUBLE_OPEN:
            marks.append(_Mark(i, 1, True, "open"))
        elif ch in DOUBLE_CLOSE:
            marks.append(_Mark(i, 1, True, "close"))
        elif ch == '"':
            # key="value" is markup pasted into the text (tweet embeds), not speech.
            if before != "=":
                marks.append(_Mark(i, 1, True, _straight_role(before, after)))
        elif ch in SINGLE_OPEN or ch == "'" or ch == SINGLE_CLOSE:
            role = _single_role(text, i, before, after)
            if role is not None:
                marks.append(_Mark(i, 1, False, role))
        i += 1
    return marks


def _straight_role(before: str, after: str) -> MarkRole:
    if (before in _OPENER_BEFORE or before == " ") and not after.isspace():
        return "open"
    if not before.isspace() and (after in _CLOSER_AFTER or after.isspace()):
        return "close"
    return "either"


# An elided word or year after an apostrophe: 'em, 'til, '90s, '16.
_ELISION = re.compile(rf"(?:{'|'.join(ELIDED_WORDS)})\b|\d0s\b|\d\d\b", re.IGNORECASE)


def _single_role(text: str, i: int, before: str, after: str) -> MarkRole | None:
    """Single marks double as apostrophes; only clear openers and closers count."""
    if _is_word(before) and _is_word(after):
        return None  # don't, Taliban’s
    if text[i] in SINGLE_OPEN or (text[i] == "'" and not _is_word(before)):
        if _is_word(before) or after.isspace() or i + 1 >= len(text):
            return None
        if text[i] != "‘" and _ELISION.match(text, i + 1):
            return None  # '90s, 'em, 'n'
        return "open"
    # ’ or ' after a word: a closer only where the word is not a plural possessive
    # ("Martyrs' Square") — decided when pairing, since only an open single mark
    # makes it a closer at all.
    if before.isspace():
        return None  # a right mark opening a word is an elision ('’Tis', '’90s')
    if after in _CLOSER_AFTER or after.isspace() or i + 1 >= len(text):
        return "close"
    return None


def find_marked_spans(paragraphs: list[str], starts: list[int]) -> list[MarkedSpan]:
    """Quoted spans of every paragraph, offsets into the whole text."""
    spans: list[MarkedSpan] = []
    pending_open = False  # previous paragraph ended inside a quote
    for index, (para, base) in enumerate(zip(paragraphs, starts, strict=True)):
        found, dangling = _pair_paragraph(para)
        if pending_open and spans and found and found[0].open_start == _first_mark_pos(para):
            first = found[0]
            found[0] = MarkedSpan(
                first.start,
                first.end,
                first.open_start,
                first.close_end,
                0,
                first.single,
                first.continues,
                True,
            )
        pending_open = False
        for span in found:
            spans.append(_shift(span, base, index))
        if dangling is not None and index + 1 < len(paragraphs):
            nxt = paragraphs[index + 1].lstrip()
            if nxt[:1] in DOUBLE_OPEN + '"' or nxt.startswith(TWO_APOSTROPHES):
                open_pos, open_len = dangling
                start, end = _trim(para, open_pos + open_len, len(para))
                if end > start:
                    spans.append(
                        MarkedSpan(
                            base + start,
                            base + end,
                            base + open_pos,
                            base + len(para),
                            index,
                            False,
                            True,
                            False,
                        )
                    )
                    pending_open = True
    return spans


def spans_by_paragraph(spans: list[MarkedSpan]) -> dict[int, list[MarkedSpan]]:
    """The spans of each paragraph that has any, in order: looked up once, as an
    article of thousands of quoted paragraphs must not be searched per paragraph."""
    grouped: dict[int, list[MarkedSpan]] = {}
    for span in spans:
        grouped.setdefault(span.paragraph, []).append(span)
    return grouped


def _first_mark_pos(para: str) -> int:
    return len(para) - len(para.lstrip())


def _shift(span: MarkedSpan, base: int, index: int) -> MarkedSpan:
    return MarkedSpan(
        span.start + base,
        span.end + base,
        span.open_start + base,
        span.close_end + base,
        index,
        span.single,
        span.continues,
        span.continued,
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pair_paragraph(para: str) -> tuple[list[MarkedSpan], tuple[int, int] | None]:
    """Pair marks in one paragraph; returns spans and a dangling double opener."""
    spans: list[MarkedSpan] = []
    marks = _classify(para)
    open_double: _Mark | None = None
    open_single: _Mark | None = None
    for mark in marks:
        if mark.double:
            if open_double is None:
                if mark.role != "close":
                    open_double, open_single = mark, None
                continue
            # An opener while open: the earlier mark was never closed. Keep the
            # newer one, losing only the broken quote.
            if (
                mark.role == "open"
                and _has_later_double(marks, mark)
                and _looks_unclosed(para, open_double, mark)
            ):
                open_double = mark
                continue
            spans.append(_span(para, open_double, mark, single=False))
            open_double = None
        elif open_double is None:
            if open_single is None:
                if mark.role == "open":
                    open_single = mark
            elif mark.role == "close":
                spans.append(_span(para, open_single, mark, single=True))
                open_single = None
    spans = [s for s in spans if s.end > s.start]
    dangling = (open_double.pos, open_double.length) if open_double is not None else None
    return spans, dangling


def _has_later_double(marks: list[_Mark], mark: _Mark) -> bool:
    return any(m.double and m.pos > mark.pos for m in marks)


def _looks_unclosed(para: str, opener: _Mark, new_opener: _Mark) -> bool:
    """A straight mark that is clearly an opener right after another opener."""
    between = para[opener.pos + opener.length : new_opener.pos]
    return bool(re.search(r"[.!?]\s*$", between)) and len(between) > 40


def _span(para: str, opener: _Mark, closer: _Mark, *, single: bool) -> MarkedSpan:
    start, end = _trim(para, opener.pos + opener.length, closer.pos)
    return MarkedSpan(start, end, opener.pos, closer.pos + closer.length, 0, single)
