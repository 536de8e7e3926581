"""The ways a quoted span finds its speaker, tried in order of confidence.

The cue that governs the quote in the parse; a cue beside the quote in the same
sentence; a sign-off after a dash; a colon lead-in; the paragraph that introduces
a quote-only paragraph; the subject of the sentence before.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .domain import SpeakerRef
from .lexicon.cues import CUE_WORDS, PERSON_PRONOUNS, WEAK_CUES
from .marks import MarkedSpan
from .postags import pos
from .speakers import SpeakerResolver
from .syntax import (
    can_speak,
    cue_text,
    dash_speaker,
    explicit_subject,
    from_window,
    is_aspectual,
    is_cue,
    not_a_speaker,
    noun_phrase,
    propn_head,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .attribution import Paragraphs


@dataclass(frozen=True)
class ParagraphView:
    """What every span of one paragraph shares: its spans, token offsets, which tokens
    lie inside quotes, and where its sentences start outside them.

    Computed once a paragraph, so a paragraph of many quotes costs each quote only
    its own window (bisecting the offsets), never a walk over the whole paragraph.
    """

    spans: list[MarkedSpan]
    text: str
    offsets: list[int]
    inside: list[bool]
    starts: list[int]

    @classmethod
    def build(cls, doc: Doc, base: int, spans: list[MarkedSpan]) -> ParagraphView:
        offsets = [base + t.idx for t in doc]
        inside = [False] * len(offsets)
        for span in spans:
            for i in range(
                bisect_left(offsets, span.open_start), bisect_left(offsets, span.close_end)
            ):
                inside[i] = True
        starts = outside_sentence_starts(doc, base, spans, inside)
        return cls(spans, doc.text, offsets, inside, starts)

    def tokens(self, doc: Doc, start: int, end: int) -> list[Token]:
        """The tokens that begin at absolute offsets ``start`` <= offset < ``end``."""
        return list(doc[bisect_left(self.offsets, start) : bisect_left(self.offsets, end)])


def outside_sentence_starts(
    doc: Doc, base: int, spans: list[MarkedSpan], inside: list[bool]
) -> list[int]:
    starts = [base]
    # Only a quote closing on a full stop can end the reporter's sentence: '"…?" Graham
    # asked.' — spaCy starts a sentence at "Graham"; the reporter's sentence goes on.
    text = doc.text  # Doc.text joins every token: read it once
    runs_on = {s.close_end for s in spans if text[s.end - base - 1 : s.end - base] != "."}
    for token in doc:
        if token.i > 0 and _follows_close(doc, token, base, runs_on):
            continue
        # A sentence never starts in lower case: '…pay his?” a narrator … asks.'
        if (
            token.is_sent_start
            and token.i > 0
            and not inside[token.i]
            and not token.text[:1].islower()
        ):
            prev = doc[token.i - 1]
            # A sentence never starts right after an opening mark or inside a name.
            if prev.text in ("“", '"', "‘", "''") and inside[prev.i]:
                continue
            starts.append(base + token.idx)
    # spaCy often misses the break after a quoted sentence: '…neighborhood." Russia said'.
    for span in spans:
        if span.end > span.start and text[span.end - base - 1 : span.end - base] == ".":
            rest = text[span.close_end - base :]
            stripped = rest.lstrip()
            if stripped[:1].isupper():
                starts.append(span.close_end + len(rest) - len(stripped))
    # A quote that opens a sentence: '… on the ballot," Mr. Obama said. "Tolerance …'.
    for span in spans:
        before = text[: span.open_start - base].rstrip()
        if before[-1:] in (".", "!", "?") and span.open_start > base:
            starts.append(span.open_start)
    return sorted(set(starts))


def _follows_close(doc: Doc, token: Token, base: int, closes: set[int]) -> bool:
    """Is ``token`` the first word after one of the closing marks in ``closes``?"""
    prev = doc[token.i - 1]
    return base + prev.idx + len(prev.text) in closes and not prev.is_alpha


def attribute_span(
    span: MarkedSpan,
    doc: Doc,
    base: int,
    view: ParagraphView,
    paragraphs: Paragraphs,
    docs: dict[int, Doc],
    resolver: SpeakerResolver,
) -> tuple[SpeakerRef, str | None] | None:
    starts, para_spans, inside = view.starts, view.spans, view.inside
    sentence_start = max((s for s in starts if s <= span.open_start), default=base)
    if sentence_start == base:
        sentence_start += dateline_length(view.text)
    later = [s for s in starts if s >= span.close_end]
    next_open = [s.open_start for s in para_spans if s.open_start >= span.close_end]
    # A title in marks inside the attribution ('"…," Bill Eastland, wearing "Ted Cruz"
    # pins, said') does not end it the way a next quote does.
    next_quote = [
        s.open_start
        for s in para_spans
        if s.open_start >= span.close_end
        and not _names_a_work(view.text[s.start - base : s.end - base])
    ]
    trailing_end = min([*later, *next_quote, base + len(view.text)])
    leading = [t for t in view.tokens(doc, sentence_start, span.open_start) if not inside[t.i]]
    trailing = [t for t in view.tokens(doc, span.close_end, trailing_end) if not inside[t.i]]
    quoted = view.text[span.start - base : span.end - base]
    prefer_trailing = quoted.rstrip()[-1:] in ",?!—-…" or not leading

    window = {t.i for t in leading} | {t.i for t in trailing}
    governed = _from_governing_cue(span, doc, base, window, view.offsets, resolver)
    if governed is not None:
        return governed
    # 'Clinton, exasperated, responded: "What difference does it make?" Her critics
    # cited it ...': after a colon lead-in, a question ends the reporter's sentence
    # and the cue after it belongs to the next, whatever spaCy's sentences say.
    colon_lead = view.text[: span.open_start - base].rstrip().endswith(":")
    if leading and colon_lead and quoted.rstrip()[-1:] in "?!":
        found = from_window(leading, "before", base, resolver) or _colon_lead_in(
            leading, base, resolver
        )
        if found is not None:
            return found
    attempts = [(trailing, "after"), (leading, "before")]
    if not prefer_trailing:
        attempts.reverse()
    for tokens, side in attempts:
        found = from_window(tokens, side, base, resolver)
        if found is not None:
            return found
    found = _next_sentence_attribution(span, doc, base, view, later, resolver)
    if found is not None:
        return found
    after_close = view.text[span.close_end - base :].lstrip()
    if after_close[:1] in "—–-―‒":
        # A sign-off runs to the end of the paragraph whatever spaCy's sentences say.
        end = min([*next_open, base + len(view.text)])
        sign_off = view.tokens(doc, span.close_end, end)
        found = dash_speaker(sign_off, base, resolver)
        if found is not None:
            return found
    signed = _sign_off_below(span, base, view, paragraphs, resolver) or _sign_off_closing(
        span, base, view, resolver
    )
    if signed is not None:
        return signed
    found = _previous_sentence_subject(doc, base, view, sentence_start, resolver)
    if found is not None and not is_partial(span, view.text, base):
        return found
    # A colon lead-in: 'Philip Bump: "…"', or a paragraph ending 'issued the following
    # statement:' / 'Stated Stone:' before a paragraph that is only the quote.
    # A dash leads in the same way: 'Trump also embraced the technique -- "I think ..."'.
    if leading and view.text[: span.open_start - base].rstrip().endswith((":", "--", "—", "–")):
        found = _colon_lead_in(leading, base, resolver)
        if found is not None:
            return found
    if span.open_start - base <= 1 and span.paragraph - 1 in docs:
        prev_doc = docs[span.paragraph - 1]
        if prev_doc.text.rstrip().endswith(":"):
            sents = list(prev_doc.sents)
            tokens = list(sents[-1]) if sents else list(prev_doc)
            return _colon_lead_in(tokens, paragraphs.starts[span.paragraph - 1], resolver)
        # A quote-only paragraph after one that introduces it without quoting:
        # 'the DNC issued a statement apologizing to Sanders.' / '"On behalf of …"'.
        if span.close_end - base >= len(view.text.rstrip()) - 1 and not _has_marks(prev_doc.text):
            sents = list(prev_doc.sents)
            tokens = list(sents[-1]) if sents else list(prev_doc)
            prev_base = paragraphs.starts[span.paragraph - 1]
            found = _introduced_by(tokens, prev_base, resolver)
            return found if found is not None else _main_subject(tokens, prev_base, resolver)
    return None


# 'LONDON (Reuters) - ', 'MANCHESTER, N.H. (AP) — ', 'Washington (CNN) -- ': the
# place and agency that open a wire story. The parser takes the place for a second
# subject of the first verb, or the name after it for the place's apposition.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'-]+(?:,? [A-Z][A-Za-z.'-]*){0,3}(?: ?\([^()\n]{1,25}\))?"
    r"|[A-Z][\w.'-]*(?:,? [A-Z][\w.'-]*){0,3} ?\([^()\n]{1,25}\))"
    r" ?(?:--|[—–-]) ?"
)


def dateline_length(paragraph: str) -> int:
    """How many characters of a paragraph a wire-story dateline takes, if any."""
    found = _DATELINE.match(paragraph)
    return found.end() if found else 0


def _next_sentence_attribution(
    span: MarkedSpan,
    doc: Doc,
    base: int,
    view: ParagraphView,
    later: list[int],
    resolver: SpeakerResolver,
) -> tuple[SpeakerRef, str | None] | None:
    """'"… that are missing." Trump said.': a sentence that is only a name and a cue,
    right after a quote closed on a full stop, attributes that quote."""
    if not later or view.text[span.close_end - base :].lstrip()[:1] in ("", '"', "“"):
        return None
    start = later[0]
    following = [s for s in later if s > start]
    end = following[0] if following else base + len(view.text)
    tokens = [t for t in view.tokens(doc, start, end) if not view.inside[t.i]]
    words = [t for t in tokens if not t.is_punct]
    if not 2 <= len(words) <= 5 or len(tokens) != len(view.tokens(doc, start, end)):
        return None
    if start - span.close_end > 2:
        return None
    return from_window(tokens, "after", base, resolver)


def _sign_off_below(
    span: MarkedSpan,
    base: int,
    view: ParagraphView,
    paragraphs: Paragraphs,
    resolver: SpeakerResolver,
) -> tuple[SpeakerRef, str | None] | None:
    """'"I will look into it."' / '- Hillary Clinton.': a fact-check or a digest signs
    a quote-only paragraph off on the line below it."""
    below = span.paragraph + 1
    if below >= len(paragraphs.texts) or span.close_end - base < len(view.text.rstrip()) - 1:
        return None
    line = paragraphs.texts[below]
    if line[:1] not in "—–-―‒" or len(line.split()) > 12:
        return None
    speaker = resolver.from_sign_off(line, paragraphs.starts[below])
    return (speaker, "—") if speaker is not None else None


# A dash and a short name closing a paragraph: "… as a leader.” ― Christina Lastra."
_CLOSING_SIGN_OFF = re.compile(r"[—–―‒]\s*[A-Z][^—–―‒\"“”\n]{0,60}$")


def _sign_off_closing(
    span: MarkedSpan, base: int, view: ParagraphView, resolver: SpeakerResolver
) -> tuple[SpeakerRef, str | None] | None:
    """A reader's comment quoted over several spans, its marks tangled by a quote
    inside it, signs off at the end of its paragraph: the sign-off is the speaker of
    every span in a paragraph that opens with a quote."""
    if span.open_start - base > 1:
        return None
    found = _CLOSING_SIGN_OFF.search(view.text.rstrip())
    if found is None or base + found.start() < span.close_end:
        return None
    speaker = resolver.from_sign_off(found.group(), base + found.start())
    return (speaker, "—") if speaker is not None else None


def _has_marks(text: str) -> bool:
    return any(mark in text for mark in ('"', "“", "”", "''", "«"))


def _introduced_by(
    tokens: list[Token], base: int, resolver: SpeakerResolver
) -> tuple[SpeakerRef, str | None] | None:
    """The speaker of a sentence that announces words: a cue or "issued a statement"."""
    found = _main_cue_speaker(tokens, base, resolver)
    if found is not None:
        return found
    found = from_window(tokens, "before", base, resolver)
    if found is not None:
        return found
    window = {t.i for t in tokens}
    for token in tokens:
        if token.lower_ in _STATEMENT_NOUNS and pos(token.head) == "VERB":
            subject = explicit_subject(token.head, window)
            if subject is not None:
                return resolver.from_phrase(subject, base), token.head.text + " a " + token.text
    return None


def _main_cue_speaker(
    tokens: list[Token], base: int, resolver: SpeakerResolver
) -> tuple[SpeakerRef, str | None] | None:
    """The cue of the sentence's main clause: 'Carter said that for decades some critics
    had been predicting a withdrawal.' introduces Carter's words, not the critics'.
    The nearest cue to the quote is often a verb deep inside what was said."""
    window = {t.i for t in tokens}
    cues = [t for t in tokens if t.lower_ in CUE_WORDS and pos(t) in ("VERB", "AUX")]
    if not cues:
        return None
    top = min(cues, key=_depth)
    if _depth(top) > 1 or top.lower_ in WEAK_CUES:
        return None
    subject = explicit_subject(top, window)
    if subject is None:
        return None
    speaker = resolver.from_phrase(subject, base)
    return (speaker, cue_text(top)) if can_speak(speaker, subject) else None


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _main_subject(
    tokens: list[Token], base: int, resolver: SpeakerResolver
) -> tuple[SpeakerRef, None] | None:
    """'Viguerie is upbeat about the race.' / '"Not only can he win ..."': a paragraph
    that is only a quote, after one about a person without a cue, is that person's.

    The first subject of a main-clause verb: the parser often makes a later
    subordinate verb the root ("..., in part because he sees ...")."""
    window = {t.i for t in tokens}
    for token in tokens:
        if token.dep_ not in ("nsubj", "nsubjpass") or _depth(token.head) > 1:
            continue
        subject = explicit_subject(token.head, window)
        if subject is None:
            return None
        speaker = resolver.from_phrase(subject, base)
        if speaker.kind == "person" or subject.root.lower_ in PERSON_PRONOUNS:
            return speaker, None
        return None
    return None


_STATEMENT_NOUNS = {"statement", "remarks", "words", "message", "tweet", "post", "letter"}


def _colon_lead_in(
    tokens: list[Token], base: int, resolver: SpeakerResolver
) -> tuple[SpeakerRef, str | None] | None:
    # "Trump issued the following statement:" -> the subject of "issued".
    found = _introduced_by(tokens, base, resolver)
    if found is not None:
        return found
    # 'Philip Bump:', 'Here's Clinton in December 1992:' -- a date is no speaker, and a
    # name further back than the last few words speaks only as a subject.
    names = [t for t in tokens[-4:-1] if pos(t) == "PROPN" and not not_a_speaker(t)] or [
        t for t in tokens[-6:-4] if pos(t) == "PROPN" and t.dep_ in ("nsubj", "nsubjpass")
    ]
    if names:
        return resolver.from_phrase(noun_phrase(propn_head(names[-1])), base), None
    # "She then addressed the supporters again:" -> whoever the sentence is about.
    window = {t.i for t in tokens}
    for token in tokens:
        # The parser often hangs the lead-in under the quote's verb: 'Harris has since
        # apologized for what happened: "Yes, I ..."' makes "apologized" a ccomp.
        top_level = token.dep_ == "ROOT" or token.head.i not in window
        if top_level and pos(token) in ("VERB", "AUX"):
            subject = explicit_subject(token, window)
            if subject is not None:
                speaker = resolver.from_phrase(subject, base)
                if can_speak(speaker, subject):
                    return speaker, None
    return None


def _from_governing_cue(
    span: MarkedSpan,
    doc: Doc,
    base: int,
    window: set[int],
    offsets: list[int],
    resolver: SpeakerResolver,
) -> tuple[SpeakerRef, str | None] | None:
    """The cue that governs the quote in the parse, walking up from the quoted words.

    'Ryan said the spate of shootings demands that all engage in "more listening"':
    the first cue above the quote is "demands", whose subject is no speaker, so the
    walk goes on to "said". Only a subject that can speak ends the walk.
    """
    quoted = list(doc[bisect_left(offsets, span.start) : bisect_left(offsets, span.end)])
    roots = [t for t in quoted if not span.start <= base + t.head.idx < span.end or t.head == t]
    seen: set[int] = set()
    subjects_tried = 0  # a reporting verb rarely sits more than two clauses above its quote
    for root in roots[:3]:
        token = root
        while token.head != token and token.i not in seen:
            seen.add(token.i)
            token = token.head
            if token.i not in window or not is_cue(token):
                continue
            if pos(token) not in ("VERB", "AUX") or is_aspectual(token):
                continue
            subject = explicit_subject(token, window)
            if subject is None:
                continue
            subject = _reporter_of_pronoun(token, subject, window, base, resolver)
            speaker = resolver.from_phrase(subject, base)
            if can_speak(speaker, subject):
                return speaker, cue_text(token)
            subjects_tried += 1
            if subjects_tried >= 3:
                return None
    return None


def _reporter_of_pronoun(
    cue: Token, subject: Span, window: set[int], base: int, resolver: SpeakerResolver
) -> Span:
    """'Trump says he goes "back to war"', 'Clinton says she liked what she calls a
    "war of words"': the "he" of a clause a named subject reports is that subject,
    whoever the article mentioned last. The walk climbs past clauses with the same
    pronoun and stops at any other subject."""
    pronoun = subject.root.lower_
    if pronoun not in PERSON_PRONOUNS:
        return subject
    verb = cue
    for _ in range(4):
        if verb.dep_ not in ("ccomp", "relcl", "pcomp", "xcomp", "advcl"):
            return subject
        verb = verb.head
        while verb.head.i != verb.i and pos(verb) not in ("VERB", "AUX"):
            verb = verb.head
        reporter = explicit_subject(verb, window)
        if reporter is None:
            continue
        if pos(reporter.root) == "PROPN":
            # The small model tags many a lone surname ORG: any singular name will do
            # that the pronoun's gender doesn't rule out ("Americans" won't).
            named = resolver.from_phrase(reporter, base)
            fits = reporter.root.tag_ == "NNP" and named.kind in ("person", "organisation")
            return reporter if fits and resolver.may_be(named.name, pronoun) else subject
        if reporter.root.lower_ != pronoun:
            return subject
    return subject


def _previous_sentence_subject(
    doc: Doc,
    base: int,
    view: ParagraphView,
    sentence_start: int,
    resolver: SpeakerResolver,
) -> tuple[SpeakerRef, None] | None:
    """ "Sanders identified young voters as the reason. "The younger people ..." """
    earlier = [s for s in view.starts if s < sentence_start]
    if not earlier:
        return None
    tokens = view.tokens(doc, earlier[-1], sentence_start)
    quoted = [
        view.text[s.start - base : s.end - base]
        for s in view.spans
        if earlier[-1] <= s.open_start < sentence_start
    ]
    if not all(_names_a_work(q) for q in quoted):
        return None  # that sentence has its own quote and speaker, not just a title
    for token in tokens:
        # The parser often hangs a main clause under a later one: 'Lynch announced
        # on Monday the lawsuit against …, it's Gov. McCrory, …' makes "announced" a
        # ccomp; a subject that announces is as good as the root's.
        main = token.head.dep_ == "ROOT" or (is_cue(token.head) and pos(token.head) == "VERB")
        if token.dep_ == "nsubj" and main and pos(token) in ("PROPN", "NOUN"):
            head = propn_head(token) if pos(token) == "PROPN" else token
            speaker = resolver.from_phrase(noun_phrase(head), base)
            if speaker.kind == "person":
                return speaker, None
    return None


_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by"}


def _names_a_work(quoted: str) -> bool:
    """ "Face the Nation," / "Meet the Press": a short title, no one's words."""
    words = [w.strip(".,:;!?'’") for w in quoted.split()]
    words = [w for w in words if w and w.lower() not in _SMALL_WORDS]
    return 0 < len(words) <= 6 and all(w[:1].isupper() for w in words)


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
