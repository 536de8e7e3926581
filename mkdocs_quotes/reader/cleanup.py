"""Boilerplate, photo credits and captions: what a scraped article carries besides its text.

Every rule here is a pattern for a *kind* of line (an app promo, a login widget,
a photo credit), not a string from one article. One rule outranks them all: a
paragraph holding an attributed quotation is never dropped or moved, because a
lost quote is worse than a stray line of junk.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Words that introduce or close a quotation in news copy ("…," he said).
_REPORTING_VERB = re.compile(
    r"\b(?:say|says|said|tell|tells|told|add|adds|added|ask|asks|asked|state[sd]?|"
    r"write|writes|wrote|tweet(?:s|ed)?|post(?:s|ed)|declare[sd]?|insist(?:s|ed)?|"
    r"claim(?:s|ed)?|argue[sd]?|note[sd]?|warn(?:s|ed)?|repl(?:y|ies|ied)|"
    r"respond(?:s|ed)?|explain(?:s|ed)?|recall(?:s|ed)?|acknowledge[sd]?|admit(?:s|ted)?|"
    r"announce[sd]?|urge[sd]?|vow(?:s|ed)?|promise[sd]?|suggest(?:s|ed)?|concede[sd]?|"
    r"counter(?:s|ed)?|quip(?:s|ped)?|remark(?:s|ed)?|exclaim(?:s|ed)?|confirm(?:s|ed)?|"
    r"den(?:y|ies|ied)|according to)\b",
    re.IGNORECASE,
)
# A pair of quotation marks around at least one word. Single curly marks need a
# space inside, so apostrophes (Martyrs’ Square) never pair up.
# Written so that no attempt reads past the next mark of its kind: the obvious
# `"[^"]*\w[^"]*"` backtracks quadratically, and one unclosed mark in a long
# paragraph took minutes per 100 kB.
_QUOTATION = re.compile(
    r"\"[^\"\w]*\w[^\"]*\""
    r"|“[^“”\w]*\w[^“”]*”"
    r"|«[^«»\w]*\w[^«»]*»"
    r"|„[^„“”\w]*\w[^„“”]*[“”]"
    r"|‘[^‘’\s][^‘’\s]* [^‘’]*\S’"
)

# News agencies and photo services whose names make up photo credits.
_AGENCY = (
    r"(?:AFP(?:TV)?|AP|AAP|Reuters|EPA(?:-EFE)?|EFE|Getty(?: Images)?|Bloomberg|Xinhua|dpa|"
    r"ANP|ANSA|PA(?: Images| Wire)?|Anadolu(?: Agency)?|Sipa(?: USA)?|Shutterstock|Alamy|"
    r"NurPhoto|ZUMA(?: Press| Wire)?|SOPA Images|Kyodo|Yonhap|TASS|Pool|UPI|IANS|PTI)"
)
# Where a picture was taken from when it is a post: "Facebook/Jane Doe", "Jane Doe/LinkedIn".
_PLATFORM = r"(?:Facebook|Twitter|Instagram|LinkedIn|YouTube|Flickr|Handout)"
# Capitalised words; a dot may only end an initial ("J."), so neither
# "Afghanistan.Mohammad" nor "Kabul. Jane Doe" passes for one name.
_NAME = r"(?:[A-Z](?:[\w'’-]+|\.)(?: (?:[A-Za-z][\w'’-]*|[A-Z]\.)){0,4})"
# "AFP / Paz PIZARRO", "AFP / -", "Mohammad Asif Khan / AP", "Jane Doe/Getty Images",
# "Photo: Reuters", "(Photo by Jane Doe/AFP via Getty Images)".
_CREDIT = (
    rf"(?:{_AGENCY} ?/ ?(?:{_NAME}|-)|{_NAME} ?/ ?{_AGENCY}(?: via Getty Images)?|"
    rf"\((?:Photo|Image|Picture)s? (?:by|credit|courtesy)\b[^()]*\)|"
    rf"(?:Photo|Image|Picture)s?(?: credit)?: ?{_NAME}(?: ?/ ?{_NAME})?)"
)
_AGENCY_IN_BRACKETS = rf"\({_AGENCY}\)"  # "(EPA)"
# A paragraph of its own that is only a credit. Some forms count only there, never
# at the end of a sentence, where they could be text: "Jane Doe via Getty Images",
# "Facebook/Jane Doe", a bare "Getty." or "Twitter.".
_LINE_CREDIT = (
    rf"{_NAME} via {_AGENCY}|{_PLATFORM} ?/ ?{_NAME}|{_NAME} ?/ ?{_PLATFORM}|{_AGENCY}|{_PLATFORM}"
)
_CREDIT_ONLY = re.compile(rf"(?:{_CREDIT}|{_AGENCY_IN_BRACKETS}|{_LINE_CREDIT})\.?")
_BARE_SOURCE = re.compile(rf"(?:{_AGENCY}|{_PLATFORM})\.?")
# The credit at the end of a caption, spaced or glued to the last sentence
# ("…in southwest Afghanistan.Mohammad Asif Khan / AP"). "(AP)" only counts after
# a full sentence: "…reported by the Associated Press (AP)." is text.
_CREDIT_SUFFIX = re.compile(
    rf"(?:(?<=[.!?])\s*(?:{_CREDIT}|{_AGENCY_IN_BRACKETS})|\s+{_CREDIT})\.?$"
)

# Kinds of line that are page furniture, not article text. Matched at the start
# of short paragraphs only (see _MAX_BOILERPLATE_WORDS).
BOILERPLATE_PATTERNS: tuple[str, ...] = (
    # app promos: "Download the NBC News app for breaking news"
    r"^(?:download|get|install|try) (?:the|our) .{0,60}\bapps?\b",
    # login and account widgets
    r"^(?:log ?in|sign ?in|sign ?up|register|create an account)\b.{0,60}$",
    r"^forgot (?:your )?(?:details|password|username|login)\b",
    r"^(?:already (?:have an account|a subscriber)|not a (?:member|subscriber))\b",
    # chat and contact widgets: "We're not around right now. … we'll get back to you"
    r"^we(?:'|’)?re (?:not around|away|offline|closed|not available)\b",
    r"\bwe(?:'|’)?ll get back to you\b",
    # newsletters, subscriptions, social buttons
    r"^(?:sign up|subscribe|register) (?:for|to) (?:our|the|a)\b.{0,80}"
    r"\b(?:newsletter|updates|alerts|emails?)\b",
    r"^(?:follow|like) us on\b",
    r"^(?:share|tweet|email|print)(?: (?:this|the) (?:article|story|page))?(?: on \w+)?:?$",
    r"^(?:share|email|facebook|twitter|whatsapp|linkedin|reddit|print|copy link)"
    r"(?:[ |·•/]+(?:share|email|facebook|twitter|whatsapp|linkedin|reddit|print|copy link))+$",
    # a page's <noscript> notice, which trafilatura keeps as text
    r"^(?:please )?(?:enable|turn on|activate) javascript\b",
    r"\bjavascript (?:is )?(?:required|disabled|must be enabled)\b",
    # cookie banners
    r"\b(?:this (?:site|website) uses cookies|accept (?:all )?cookies)\b",
    r"^cookie (?:policy|settings|preferences)\b",
    # ads and navigation leftovers
    r"^(?:advertisement|sponsored(?: content)?|skip to (?:main )?content|back to top)$",
    r"^(?:read|see) (?:more|also)\b:?",
    r"^related(?: (?:articles?|stories|coverage|content))?:",
    r"^(?:also|more) (?:on|from) [\w .'’-]{2,40}:?$",
    # wire-service footers: "Reporting by Jane Doe; Editing by John Roe"
    r"^(?:additional )?(?:reporting|writing|editing) by (?-i:[A-Z])",
    # copyright and redistribution notices
    r"^(?:©|\(c\) ?(?:19|20)\d\d|copyright (?:©|\(c\) )?(?:19|20)\d\d)",
    r"\ball rights reserved\b",
    r"\bmay not be (?:published|reproduced|broadcast)\b.{0,40}\b(?:rewritten|redistributed)\b",
    # separators and stray symbols: "* * *", "---", "|"
    r"^[\W_]+$",
    # style sheet and script debris from careless scraping: "width:100%;", ".x {", "}"
    r"^[@.#]?[\w\s.#:,>()\[\]=\"'*-]*\{$",
    r"^(?-i:[a-z-]+)\s*:\s*[^\s;{}]+(?: [^\s;{}]+){0,3};$",
    r"^\}\.?$",
)
# Page furniture is short; a long paragraph that happens to start like a widget
# ("Log in records show…") is article text.
_MAX_BOILERPLATE_WORDS = 40


@dataclass(frozen=True)
class CleanText:
    """Paragraphs with the boilerplate gone and the photo captions set apart."""

    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]


def compile_boilerplate(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """Compile boilerplate regexes (case-insensitive); a bad one raises ValueError.

    The message names the pattern, so the plugin can report a wrong `boilerplate`
    option in one line before any article is read.
    """
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE))
        except re.error as exc:
            raise ValueError(f"invalid boilerplate pattern {pattern!r}: {exc}") from None
    return tuple(compiled)


_BUILT_IN = compile_boilerplate(BOILERPLATE_PATTERNS)


def has_attributed_quote(paragraph: str) -> bool:
    """True when the paragraph holds a pair of quotation marks and a reporting verb."""
    return bool(_QUOTATION.search(paragraph)) and bool(_REPORTING_VERB.search(paragraph))


def is_boilerplate(paragraph: str, extra: Sequence[re.Pattern[str]] = ()) -> bool:
    """True when the paragraph is page furniture: a built-in kind or a user pattern."""
    if any(pattern.search(paragraph) for pattern in extra):
        return True
    if len(paragraph.split()) > _MAX_BOILERPLATE_WORDS:
        return False
    return any(pattern.search(paragraph) for pattern in _BUILT_IN)


def _strip_credit(paragraph: str) -> str | None:
    """The paragraph without a trailing photo credit, or None if it has none."""
    match = _CREDIT_SUFFIX.search(paragraph)
    if match is None or match.start() == 0:
        return None
    return paragraph[: match.start()].rstrip()


def caption_text(caption: str) -> str:
    """A caption without its photo credit ("Fighters in Kandahar. AFP / -")."""
    return _strip_credit(caption) or caption


def _credited_copy(first: str, second: str) -> bool:
    """True when `second` repeats `first` with a short photo credit appended."""
    if not second.startswith(first):
        return False
    tail = second[len(first) :].strip()
    return 0 < len(tail) <= 60 and bool(_CREDIT_ONLY.fullmatch(tail))


# A caption is a sentence or two; a longer paragraph under a credit is the story.
_MAX_CAPTION_WORDS = 45


def _is_caption(paragraph: str) -> bool:
    """Short and with no quotation in it: what a picture's caption looks like."""
    return len(paragraph.split()) <= _MAX_CAPTION_WORDS and not _QUOTATION.search(paragraph)


def clean_paragraphs(
    paragraphs: Iterable[str], extra_boilerplate: Sequence[re.Pattern[str]] = ()
) -> CleanText:
    """Drop boilerplate and photo credits, move captions aside, keep every quote.

    Galleries and wire feeds print a caption twice, the second time with its
    credit ("… AFP / -"); news sites glue the credit to the caption
    ("…Afghanistan.Mohammad Asif Khan / AP"). Both become one caption. A
    paragraph that holds an attributed quote stays in the text whatever it looks
    like, with only a trailing credit cut off. A credit on a line of its own
    heads the caption under it ("John Doe/Reuters." then "Officer Smith holds up
    the gun."): that caption is moved aside too, or the next "he added" would
    find the person in the picture.
    """
    kept: list[str] = []
    captions: list[str] = []
    pending = [p for p in paragraphs if p]
    index = 0
    after_credit = False
    while index < len(pending):
        paragraph = pending[index]
        index += 1
        protected = has_attributed_quote(paragraph)
        if not protected and _CREDIT_ONLY.fullmatch(paragraph):
            # A bare "Getty." also ends a list item's heading, above the item's text.
            after_credit = not _BARE_SOURCE.fullmatch(paragraph)
            continue
        if after_credit and _is_caption(paragraph):
            after_credit = False
            captions.append(paragraph)
            continue
        after_credit = False
        if not protected and is_boilerplate(paragraph, extra_boilerplate):
            continue
        if index < len(pending) and _credited_copy(paragraph, pending[index]):
            index += 1  # the credited copy adds nothing but the credit
            if not protected:
                captions.append(paragraph)
                continue
        if kept and paragraph == kept[-1]:
            continue  # printed twice by the scraper; once is enough
        uncredited = _strip_credit(paragraph)
        if uncredited is None:
            kept.append(paragraph)
        elif protected:
            kept.append(uncredited)
        else:
            captions.append(uncredited)
    return CleanText(tuple(kept), tuple(dict.fromkeys(captions)))


# --- lines to paragraphs ---------------------------------------------------------

# Far beyond any real paragraph (~1,700 words), far below what makes parsing slow or
# spaCy refuse (1,000,000 characters): a text export with no line breaks at all.
MAX_PARAGRAPH_CHARS = 10_000
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’)\]]*(?= )")


def bound_paragraphs(
    paragraphs: Iterable[str], max_chars: int = MAX_PARAGRAPH_CHARS
) -> tuple[list[str], list[str]]:
    """Paragraphs no longer than ``max_chars``, and a notice for each one split.

    A longer one is cut at the last sentence end in the second half of each
    ``max_chars`` window, else at the last space, else mid-word.
    """
    bounded: list[str] = []
    notices: list[str] = []
    for paragraph in paragraphs:
        if len(paragraph) <= max_chars:
            bounded.append(paragraph)
            continue
        pieces = _split_paragraph(paragraph, max_chars)
        bounded.extend(pieces)
        notices.append(
            f"a paragraph of {len(paragraph):,} characters was split into {len(pieces):,}"
        )
    return bounded, notices


def _split_paragraph(paragraph: str, max_chars: int) -> list[str]:
    pieces: list[str] = []
    rest = paragraph
    while len(rest) > max_chars:
        window = rest[: max_chars + 1]  # a space just past the limit is a fine cut
        half = max_chars // 2
        sentence_ends = [m.end() for m in _SENTENCE_BREAK.finditer(window, half, max_chars)]
        cut = sentence_ends[-1] if sentence_ends else window.rfind(" ", half)
        if cut <= 0:
            cut = max_chars
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        pieces.append(rest)
    return [piece for piece in pieces if piece]


_BLANK_LINES = re.compile(r"\n\s*\n")
_ENDS_A_SENTENCE = re.compile(r"[.!?:;…\"”’)\]]$")


def collapse_whitespace(text: str) -> str:
    """One line: every run of whitespace, line breaks included, becomes one space."""
    return " ".join(text.split())


def text_paragraphs(text: str) -> list[str]:
    """Split plain text into one-line paragraphs.

    Blank lines separate paragraphs, and so does a single line break: wire copy
    often puts one paragraph per line. A break is only a soft wrap when the line
    does not end a sentence and the next starts in lower case, or when a whole
    block is hard-wrapped at a fixed width (e-mail style).
    """
    paragraphs: list[str] = []
    for block in _BLANK_LINES.split(text):
        lines = [line for line in map(collapse_whitespace, block.split("\n")) if line]
        if _hard_wrapped(lines):
            paragraphs.append(" ".join(lines))
            continue
        joined: list[str] = []
        for line in lines:
            if joined and _continues(joined[-1], line):
                joined[-1] += " " + line
            else:
                joined.append(line)
        paragraphs.extend(joined)
    return paragraphs


def _continues(previous: str, line: str) -> bool:
    return (
        line[0].islower()
        and not _ENDS_A_SENTENCE.search(previous)
        and not line.startswith(previous)  # a repeated caption, not a wrap
    )


def _hard_wrapped(lines: Sequence[str]) -> bool:
    """Three or more lines of similar width (40-100 characters), broken mid-sentence."""
    if len(lines) < 3:
        return False
    widths = [len(line) for line in lines[:-1]]
    similar = min(widths) >= 40 and max(widths) <= 100 and max(widths) - min(widths) <= 25
    return similar and any(_continues(a, b) for a, b in itertools.pairwise(lines))
