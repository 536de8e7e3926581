"""Stage-one rules for quotes whose speaker comes before them without a cue beside
the quote: a colon or dash lead-in ('Philip Bump: "…"'), the sentence before
('Sanders identified young voters as the reason. "The younger people …"'), the
paragraph before a quote-only paragraph."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..cue_window import cue_in_window, sentence_final_cue
from ..lexicon.cues import CUE_WORDS, SPEAKING_TEXTS, STATEMENT_NOUNS, WEAK_CUES
from ..lexicon.marks import QUOTING_MARKS
from ..lexicon.people import PERSON_PRONOUNS
from ..names import looks_like_person_name, proper_name_span
from ..not_quotes import is_partial, is_short_title
from ..phrases import not_a_speaker, noun_phrase, propn_head, speaking_noun
from ..postags import pos
from ..speaking import SpeakingPhrase
from ..syntax import (
    addressed,
    can_speak,
    cue_text,
    explicit_subject,
    is_cue,
)
from .asides import last_sentence_outside_aside

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..speakers import SpeakerResolver
    from .context import SpanContext


def subject_of_sentence_before(ctx: SpanContext) -> SpeakingPhrase | None:
    """ "Sanders identified young voters as the reason. "The younger people ..." """
    view, base = ctx.view, ctx.base
    earlier = [s for s in view.starts if s < ctx.sentence_start]
    if not earlier:
        return None
    # 'A recent survey found that "…"': a sentence whose own words before the quote
    # have a subject is about that subject, not the one of the sentence before.
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in ctx.leading):
        return None
    tokens = view.tokens(ctx.doc, earlier[-1], ctx.sentence_start)
    quoted = [
        view.text[s.start - base : s.end - base]
        for s in view.spans
        if earlier[-1] <= s.open_start < ctx.sentence_start
    ]
    if not all(is_short_title(q) for q in quoted):
        return None  # that sentence has its own quote and speaker, not just a title
    for token in tokens:
        # '"Meh," wrote a supporter.': a quoted word the parser makes the subject is
        # the quote's own words, never who speaks after it.
        if view.inside[token.i]:
            continue
        # The parser often hangs a main clause under a later one: 'Lynch announced
        # on Monday the lawsuit against …, it's Gov. McCrory, …' makes "announced" a
        # ccomp; a subject that announces is as good as the root's.
        main = token.head.dep_ == "ROOT" or (is_cue(token.head) and pos(token.head) == "VERB")
        if token.dep_ == "nsubj" and main and pos(token) in ("PROPN", "NOUN"):
            head = propn_head(token) if pos(token) == "PROPN" else token
            phrase = noun_phrase(head)
            if ctx.named(phrase).kind == "person":
                # A fragment of the reporter's own sentence is not that person's words.
                partial = is_partial(ctx.span, view.text, base)
                return None if partial else SpeakingPhrase(phrase, base, None)
        # 'And then he promised that he's staying. "Let me be clear: …"': a "he" or
        # "she" who says something in the sentence before says the next words too.
        speaks = is_cue(token.head) and pos(token.head) == "VERB" and token.head.dep_ == "ROOT"
        if token.dep_ == "nsubj" and token.lower_ in PERSON_PRONOUNS and speaks:
            if not is_partial(ctx.span, view.text, base):
                return SpeakingPhrase(token.doc[token.i : token.i + 1], base, None)
            return None
        # 'The church leader then related that … . "I sensed …"': so does a role noun.
        if token.dep_ == "nsubj" and pos(token) == "NOUN" and speaks and speaking_noun(token):
            if not is_partial(ctx.span, view.text, base):
                return SpeakingPhrase(noun_phrase(token), base, None)
            return None
    return None


def colon_lead_in(ctx: SpanContext) -> SpeakingPhrase | None:
    """A colon lead-in: 'Philip Bump: "…"', 'Stated Stone: "…"'. A dash leads in the
    same way: 'Trump also embraced the technique -- "I think ..."'."""
    if not ctx.leading or not ctx.before_open.rstrip().endswith((":", "--", "—", "–")):
        return None
    # 'Echo Point runs a campaign: "Publish the book," the pitch on Kickstarter says.'
    # names its own speaker after the quote.
    if ctx.quoted.rstrip()[-1:] == "," and sentence_final_cue(ctx.trailing) is not None:
        return None
    return colon_lead_in_words(ctx.leading, ctx.base, ctx.resolver)


def lead_in_paragraph_before(ctx: SpanContext) -> SpeakingPhrase | None:
    """A paragraph ending 'issued the following statement:' before a paragraph that
    opens with the quote."""
    before = _paragraph_before(ctx)
    if before is None or not before.text.rstrip().endswith(":"):
        return None
    tokens = _last_sentence(before)
    return colon_lead_in_words(tokens, ctx.paragraphs.starts[ctx.span.paragraph - 1], ctx.resolver)


def announced_in_paragraph_before(ctx: SpanContext) -> SpeakingPhrase | None:
    """A quote-only paragraph after one that announces it without quoting: 'the DNC
    issued a statement apologizing to Sanders.' / '"On behalf of …"'."""
    before = _introducing_paragraph(ctx)
    if before is None:
        return None
    start = ctx.paragraphs.starts[ctx.span.paragraph - 1]
    return announcing_words(_last_sentence(before), start, ctx.resolver)


def subject_of_paragraph_before(ctx: SpanContext) -> SpeakingPhrase | None:
    """'Viguerie is upbeat about the race.' / '"Not only can he win ..."': a paragraph
    that is only a quote, after one about a person without a cue, is that person's.

    The first subject of a main-clause verb: the parser often makes a later
    subordinate verb the root ("..., in part because he sees ...")."""
    before = _introducing_paragraph(ctx)
    if before is None:
        return None
    tokens = _last_sentence(before)
    base = ctx.paragraphs.starts[ctx.span.paragraph - 1]
    window = {t.i for t in tokens}
    for token in tokens:
        if token.dep_ not in ("nsubj", "nsubjpass") or _depth(token.head) > 1:
            continue
        subject = explicit_subject(token.head, window)
        if subject is None:
            return None
        speaker = ctx.resolver.from_phrase(subject, base)
        if speaker.kind == "person" or subject.root.lower_ in PERSON_PRONOUNS:
            return SpeakingPhrase(subject, base, None)
        return None
    return None


def _paragraph_before(ctx: SpanContext) -> Doc | None:
    """The parsed paragraph before one that opens with the quote."""
    if ctx.span.open_start - ctx.base > 1:
        return None
    return ctx.docs.get(ctx.span.paragraph - 1)


def _introducing_paragraph(ctx: SpanContext) -> Doc | None:
    """The paragraph before a quote-only paragraph, when it quotes nothing itself and
    leads in with no colon (that is ``lead_in_paragraph_before``'s)."""
    before = _paragraph_before(ctx)
    if before is None or before.text.rstrip().endswith(":"):
        return None
    if ctx.span.close_end - ctx.base < len(ctx.view.text.rstrip()) - 1:
        return None
    return None if _has_marks(before.text) else before


def _last_sentence(doc: Doc) -> list[Token]:
    return last_sentence_outside_aside(doc)


def _has_marks(text: str) -> bool:
    return any(mark in text for mark in QUOTING_MARKS)


def label_after_dash(ctx: SpanContext) -> SpeakingPhrase | None:
    """A digest item: 'Pollsters agree - Jane Doe: "…"'. The name between the dash and
    the colon is the source; the headline before the dash is another sentence, so a
    cue in it ("Pollsters agree") must not outrank the label."""
    if not ctx.leading or not ctx.before_open.rstrip().endswith(":"):
        return None
    labelled = _label_after_dash(ctx.leading)
    return SpeakingPhrase(labelled, ctx.base, None) if labelled is not None else None


def colon_lead_in_words(
    tokens: list[Token], base: int, resolver: SpeakerResolver
) -> SpeakingPhrase | None:
    """Who speaks in the words that lead in to a quote after a colon."""
    source = _text_drawn_from(tokens, base)
    if source is not None:
        return source
    # "Trump issued the following statement:" -> the subject of "issued".
    found = announcing_words(tokens, base, resolver)
    if found is not None:
        return found
    # 'Philip Bump:', 'Here's Clinton in December 1992:' -- a date is no speaker, nor a
    # name after a preposition of place or medium ("in an interview with CNN on
    # Tuesday:"; "via" or "by" one names an author), and a name further back than the
    # last few words speaks only as a subject.
    labelled = _label_after_dash(tokens)
    if labelled is not None:
        return SpeakingPhrase(labelled, base, None)
    tokens = _without_closing_aside(tokens)
    names = [
        t
        for t in tokens[-4:-1]
        if pos(t) == "PROPN" and not not_a_speaker(t) and not _where(propn_head(t))
    ] or [
        t
        for t in tokens[-6:-4]
        if pos(t) == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and not addressed(t)
    ]
    if names:
        return SpeakingPhrase(noun_phrase(_labelled_person(propn_head(names[-1]))), base, None)
    # "She then addressed the supporters again:" -> whoever the sentence is about.
    window = {t.i for t in tokens}
    for token in tokens:
        # The parser often hangs the lead-in under the quote's verb: 'Harris has since
        # apologized for what happened: "Yes, I ..."' makes "apologized" a ccomp.
        top_level = token.dep_ == "ROOT" or token.head.i not in window
        if top_level and pos(token) in ("VERB", "AUX"):
            subject = explicit_subject(token, window)
            if subject is not None and can_speak(resolver.from_phrase(subject, base), subject):
                return SpeakingPhrase(subject, base, None)
    return None


def _without_closing_aside(tokens: list[Token]) -> list[Token]:
    """'Rep. Tom Hale (R-Ohio):' -- a bracketed aside right after a name, before the
    colon, says who the name is (party and state); the name is the speaker, not the
    aside's last word. The tokens without the aside, the colon kept last."""
    # The tokenizer may keep the marks in one token, "):", or with the word, 'Ohio):'
    # where a quote mark follows the colon with no space.
    end = len(tokens) - 1 if tokens and tokens[-1].text == ":" else len(tokens)
    if end < 3 or not tokens[end - 1].text.endswith((")", "):")):
        return tokens
    opened = [i for i in range(end - 1) if tokens[i].text == "("]
    if not opened or opened[-1] == 0 or pos(tokens[opened[-1] - 1]) != "PROPN":
        return tokens
    return tokens[: opened[-1]] + tokens[end - 1 :]


def _label_after_dash(tokens: list[Token]) -> Span | None:
    """'… are particularly unreliable - Vell Research: "…"': capitalised words between a
    dash and the colon label the source, a name even where the tagger reads them as
    common nouns (NN NN) or as a person's first name and surname."""
    words = list(tokens)
    while words and words[-1].is_punct:
        words.pop()
    run: list[Token] = []
    while words and len(run) < 4 and words[-1].is_alpha and words[-1].text[:1].isupper():
        run.insert(0, words.pop())
    if not run or not words or words[-1].text not in _DASHES:
        return None
    dash = words[-1]
    if dash.i == 0 or not dash.nbor(-1).whitespace_:
        return None  # "Wall-Street": a hyphen inside a word, not a dash
    return run[0].doc[run[0].i : run[-1].i + 1]


_DASHES = frozenset({"-", "–", "—", "--"})


def _where(name: Token) -> bool:
    """ "on CNN", "with Fox": a name after a lowercase preposition that says where or
    through what, not by whom ("by", "via", "from", "per")."""
    prep = name.head
    return name.dep_ == "pobj" and prep.text.islower() and prep.lower_ not in _AUTHOR_PREPS


_AUTHOR_PREPS = frozenset({"by", "via", "from", "per"})


def _text_drawn_from(tokens: list[Token], base: int) -> SpeakingPhrase | None:
    """ "From the report:", "From Bush's Facebook post:": a lead-in that only names the
    text the quote is drawn from; its author speaks, else the text."""
    words = [t for t in tokens if not t.is_punct]
    if not 2 <= len(words) <= 6 or words[0].lower_ != "from":
        return None
    text = next((t for t in words if t.dep_ == "pobj" and t.head.i == words[0].i), None)
    if text is None or text.lower_ not in SPEAKING_TEXTS:
        return None
    author = next((c for c in text.children if c.dep_ == "poss" and pos(c) == "PROPN"), None)
    return SpeakingPhrase(noun_phrase(author if author is not None else text), base, None)


def _labelled_person(name: Token) -> Token:
    """'Ann Gray, Channel 9:': a label that names a person and then the outlet or
    body they speak for credits the person, not the outlet after the comma."""
    span = proper_name_span(name)
    if looks_like_person_name(span) or span.start < 3:
        return name
    doc = name.doc
    before = doc[span.start - 2]
    if doc[span.start - 1].text != "," or pos(before) != "PROPN":
        return name
    person = proper_name_span(propn_head(before))
    return propn_head(before) if looks_like_person_name(person) else name


def announcing_words(
    tokens: list[Token], base: int, resolver: SpeakerResolver
) -> SpeakingPhrase | None:
    """The speaker of a sentence that announces words: a cue or "issued a statement"."""
    found = _main_cue_speaker(tokens, base, resolver)
    if found is not None:
        return found
    beside = cue_in_window(tokens, "before")
    if beside is not None:
        return SpeakingPhrase(beside[0], base, beside[1])
    window = {t.i for t in tokens}
    for token in tokens:
        if token.lower_ in STATEMENT_NOUNS and pos(token.head) == "VERB":
            subject = explicit_subject(token.head, window)
            if subject is not None:
                return SpeakingPhrase(subject, base, token.head.text + " a " + token.text)
    return None


def _main_cue_speaker(
    tokens: list[Token], base: int, resolver: SpeakerResolver
) -> SpeakingPhrase | None:
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
    if not can_speak(resolver.from_phrase(subject, base), subject):
        return None
    return SpeakingPhrase(subject, base, cue_text(top))


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth
