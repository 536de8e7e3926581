"""Stage-one rules that find a quote's speaker through a cue: "said", "told", "according
to", in the parse above the quote or in the reporter's words beside it."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ..cue_window import cue_in_window, owner_of_words
from ..dash_asides import between_dashes, past_dash_aside
from ..infinitives import governs_directly, speaker_of_main_clause, unsaid_infinitive
from ..joined_verbs import (
    object_controller,
    subject_of_joined_verb,
    subject_of_purpose_infinitive,
)
from ..lexicon.cues import ACCORDING, INVERTED_CUES, NAMING_CUES
from ..lexicon.marks import DOUBLE_OPENERS
from ..lexicon.people import NEUTER_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS
from ..makers import maker_of_words
from ..phrases import according_phrase, noun_phrase, speaking_noun
from ..postags import pos
from ..scene_clauses import reporter_above_pronoun, reporter_of_scene_clause
from ..speaking import SpeakingPhrase
from ..syntax import (
    can_speak,
    cue_text,
    explicit_subject,
    is_aspectual,
    is_cue,
)
from .lead_ins import colon_lead_in_words
from .subordinate import names_a_person, subject_cut_off, subordinate_speaker
from .trailing_cues import cue_right_after, said_right_after

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..speakers import SpeakerResolver
    from .context import SpanContext


def governing_cue(ctx: SpanContext) -> SpeakingPhrase | None:
    """The cue that governs the quote in the parse, walking up from the quoted words.

    'Ryan said the spate of shootings demands that all engage in "more listening"':
    the first cue above the quote is "demands", whose subject is no speaker, so the
    walk goes on to "said". Only a subject that can speak ends the walk.
    """
    span, doc, base, window = ctx.span, ctx.doc, ctx.base, ctx.window
    offsets = ctx.view.offsets
    quoted = list(doc[bisect_left(offsets, span.start) : bisect_left(offsets, span.end)])
    roots = [t for t in quoted if not span.start <= base + t.head.idx < span.end or t.head == t]
    seen: set[int] = set()
    subjects_tried = 0  # a reporting verb rarely sits more than two clauses above its quote
    # A cue passed without a subject ("after telling them") speaks for a clause above
    # it, whose agent is no speaker: "was shouted down by supporters after telling".
    passed_cue = False
    # 'She is a pragmatist, cautioning that it needs "calm, steady …"': the speaker of
    # a participle is the subject of the clause it hangs from, unless a cue above
    # reports the whole ("Trump welcomed it, saying "…," CNN reported": CNN).
    by_participle: SpeakingPhrase | None = None
    unsaid: Token | None = None
    for root in roots[:3]:
        token = root
        while token.head != token and token.i not in seen:
            seen.add(token.i)
            below, token = token, token.head
            if token.i in window and not is_cue(token) and _says_by_participle(below):
                host = _above_scene_clause(token, window)
                subject = explicit_subject(host, window, says=False)
                # Any subject that speaks: "Hundreds of protesters marched, chanting …"
                # is as much the protesters' as "Smith waved, mouthing …" is Smith's.
                if (
                    by_participle is None
                    and subject is not None
                    and can_speak(ctx.named(subject), subject)
                ):
                    by_participle = SpeakingPhrase(subject, base, cue_text(below))
                # 'Ann asks as a waiter walks in, saying "…"': a cue above a
                # subordinate clause reports its own words, not the clause's.
                if subject is not None and subordinate_speaker(host, subject):
                    return SpeakingPhrase(subject, base, cue_text(below))
            if token.i not in window or not is_cue(token):
                continue
            if pos(token) not in ("VERB", "AUX") or is_aspectual(token):
                continue
            if unsaid_infinitive(token):
                # "allow companies to tell": the speaker is above
                unsaid = unsaid or (token if governs_directly(token, root) else None)
                continue
            # "made a remark that described …": the maker, never a word of the quote.
            maker = maker_of_words(token, window)
            made_in_quote = maker is not None and span.start <= base + maker.root.idx < span.end
            if maker is not None and not made_in_quote and can_speak(ctx.named(maker), maker):
                return SpeakingPhrase(maker, base, cue_text(token))
            subject = explicit_subject(token, window, says=not passed_cue)
            if subject is not None and (described := past_dash_aside(subject)) is not None:
                return SpeakingPhrase(described, base, cue_text(token))
            if _thought_of_someone_talked_about(token):
                continue
            if subject is None and token.lower_ in NAMING_CUES and not passed_cue:
                subject = object_controller(token, window)
            if subject is None and not is_cue(token.head):
                subject = subject_of_joined_verb(token, window)  # "referred … and said"
            if subject is None and not passed_cue:
                subject = subject_of_purpose_infinitive(token, window)  # "took … to call"
            if subject is None:
                subject = subject_cut_off(token, window)
            if subject is None:
                # "mocked Ana Ruiz's tweet calling the budget '…'": the tweet's owner.
                owner = owner_of_words(token)
                if owner is not None:
                    return SpeakingPhrase(owner, base, cue_text(token))
                passed_cue = True
                continue
            # 'prosecutors say that he told an agent "…"': the reporting group speaks.
            vouched = reporter_above_pronoun(token, subject, window, ctx.resolver, base)
            subject = vouched or _reporter_of_pronoun(token, subject, window, base, ctx.resolver)
            subject = vouched or _group_saying_they(token, subject, window, ctx)
            # The '"…?" asked Dunn' right after the quote says who; a '"…," Trump said'
            # only against a cue after it ('after Quick said …'): a cue before the
            # quote ('calling Trump "a buffoon," Susan said') has its own speaker.
            after, inverted = cue_right_after(ctx)
            if after is not None and after.i != token.i and (inverted or token.i > after.i):
                return None
            # A cue before the quote whose clause of manner or time the quote itself is
            # ('responding, painting him as … - "…," one ad declared') yields too.
            adverbial = below is root and root.dep_ == "advcl" and token.i < quoted[0].i
            if adverbial and said_right_after(ctx):
                return None
            if (
                vouched is not None
                or can_speak(ctx.named(subject), subject)
                or names_a_person(subject)
            ):
                outer = reporter_of_scene_clause(token, window, ctx)
                if outer is not None:
                    return outer  # 'Flynn said Trump was right when he said "…"'
                # A pronoun's reporter is found above ("Trump says he goes …").
                pronoun = subject.root.lower_ in PERSON_PRONOUNS
                reported = None if pronoun else _reporter_of_clause(token, window, ctx)
                # A named speaker (or a "he") keeps the words a source reports ('Sanders
                # wrote "…", according to CNN' files them under Sanders); a description's
                # or a might-be's ('the media would call him "a chicken"') are the
                # account of whoever they are "according to".
                named = pronoun or ctx.named(subject).kind in ("person", "organisation")
                modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)
                if modal or not named:
                    reported = _according_to(token, base) or reported
                if reported is not None:
                    return reported
                return SpeakingPhrase(subject, base, cue_text(token))
            subjects_tried += 1
            if subjects_tried >= 3:
                return by_participle
    if by_participle is None and unsaid is not None:
        return speaker_of_main_clause(unsaid, window, ctx)
    return by_participle


def _says_by_participle(verb: Token) -> bool:
    """A cue in "-ing" hanging from a clause with no subject of its own: 'waved it
    around, mouthing "thank you"'."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp")
        and is_cue(verb)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _above_scene_clause(verb: Token, window: set[int]) -> Token:
    """'protesters marched around the stadium - where the Panthers played - while
    chanting, "…"': a "where" or "when" clause only sets the scene; a participle the
    parser hangs from it says what the subject of the clause above does, climbing
    past participles and infinitives of that clause ("continued to call …, looping")."""
    above = verb
    while above.dep_ in ("advcl", "relcl", "ccomp") and above.head.i in window:
        if not any(c.tag_ == "WRB" and c.i < above.i for c in above.children):
            break
        above = above.head
    if above is verb:
        return verb
    while (
        explicit_subject(above, window, says=False) is None
        and above.dep_ in ("advcl", "xcomp", "conj")
        and above.head.i in window
    ):
        above = above.head
    return above


def _thought_of_someone_talked_about(cue: Token) -> bool:
    """'slamming candidates who think they can "outsource" it', 'Candidates who think
    "…" are wrong,' she said: what a relative clause says some people think is the
    account of whoever describes them, not words of theirs."""
    return cue.dep_ == "relcl" and cue.lower_ in _THINKING


_THINKING = frozenset("think thinks thought believe believes believed feel feels felt".split())


def _according_to(cue: Token, base: int) -> SpeakingPhrase | None:
    """'because, according to Trump, the media would call him a "chicken"': a clause
    set under "according to" is that source's account, the quote in it too."""
    for child in cue.children:
        if child.lower_ == ACCORDING and child.i + 1 < len(cue.doc) and child.nbor().lower_ == "to":
            phrase = according_phrase(child)
            return None if phrase is None else SpeakingPhrase(phrase, base, "according to")
    return None


def _reporter_of_clause(cue: Token, window: set[int], ctx: SpanContext) -> SpeakingPhrase | None:
    """'Israel said Clinton called on members to be "closely coordinated"': a cue in a
    clause that another speaker reports is that speaker's account, and the words in
    marks are theirs to answer for. Only the content of the outer cue counts (a
    ``ccomp`` chain): "when Clinton called …" or "a man who said" is no report."""
    quote_start = bisect_left(ctx.view.offsets, ctx.span.start)
    if cue.i > quote_start:
        return None  # '"…," Susan said': a cue after the quote is the outer one
    verb = cue
    found: SpeakingPhrase | None = None
    for _ in range(3):
        if verb.dep_ != "ccomp" or verb.head.i not in window or verb.head.i > verb.i:
            break  # 'Comey cannot say that "…," Lewandowski added': a parenthetical
        verb = verb.head
        if not is_cue(verb) or pos(verb) not in ("VERB", "AUX") or is_aspectual(verb):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            break  # "cannot say that X called it …": nobody reports it
        subject = explicit_subject(verb, window) or subject_cut_off(verb, window)
        if subject is None or not can_speak(ctx.named(subject), subject):
            break
        found = SpeakingPhrase(subject, ctx.base, cue_text(verb))
    return found


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


def _group_saying_they(cue: Token, subject: Span, window: set[int], ctx: SpanContext) -> Span:
    """'Clinton's campaign is seeking to contrast her plan with what they call Trump's
    "self-centered message"', 'supporters planning protests against what they call the
    "fraudulent" nomination': a "they" in a clause under a group's own verb (or under
    the participle that describes the group) is that group, whoever spoke last."""
    if subject.root.lower_ not in PLURAL_PRONOUNS:
        return subject
    verb = cue
    for _ in range(4):
        if verb.dep_ == "acl" and verb.head.i in window and verb.head.tag_ == "NNS":
            group = noun_phrase(verb.head)
            return group if can_speak(ctx.named(group), group) else subject
        if verb.dep_ not in ("ccomp", "relcl", "pcomp", "xcomp", "advcl"):
            return subject
        verb = verb.head
        while verb.head.i != verb.i and pos(verb) not in ("VERB", "AUX"):
            verb = verb.head
        reporter = explicit_subject(verb, window, says=False)
        if reporter is None:
            continue
        root = reporter.root
        if root.lower_ in PLURAL_PRONOUNS:
            continue
        named = ctx.named(reporter)
        plural = root.tag_ in ("NNS", "NNPS")
        body = named.kind == "organisation" or (pos(root) == "NOUN" and speaking_noun(root))
        return reporter if (plural or body) and can_speak(named, reporter) else subject
    return subject


def question_after_colon_lead_in(ctx: SpanContext) -> SpeakingPhrase | None:
    """'Clinton, exasperated, responded: "What difference does it make?" Her critics
    cited it ...': after a colon lead-in, a question ends the reporter's sentence and
    the cue after it belongs to the next, whatever spaCy's sentences say."""
    leading = ctx.leading
    if not leading or not ctx.before_open.rstrip().endswith(":"):
        return None
    if ctx.quoted.rstrip()[-1:] not in "?!":
        return None
    found = cue_in_window(leading, "before")
    if found is not None:
        return SpeakingPhrase(found[0], ctx.base, found[1])
    return colon_lead_in_words(leading, ctx.base, ctx.resolver)


def cue_beside_quote(ctx: SpanContext) -> SpeakingPhrase | None:
    """The nearest cue in the reporter's words of the quote's sentence and the phrase
    that says it: after the quote first when the quote ends on a comma or a question
    ('"…," he said'), before it otherwise ('He said: "…."')."""
    prefer_trailing = ctx.quoted.rstrip()[-1:] in ",?!—-…" or not ctx.leading
    prefer_trailing &= not between_dashes(ctx)
    attempts = [(ctx.trailing, "after"), (ctx.leading, "before")]
    if not prefer_trailing:
        attempts.reverse()
    # 'From her years as secretary of state to being "careless" – as described by
    # Comey –': a cue on the other side outranks a "state" on the preferred one.
    for weak in (False, True):
        for tokens, side in attempts:
            found = cue_in_window(tokens, side, ctx.window, weak=weak)
            if found is not None:
                return SpeakingPhrase(found[0], ctx.base, found[1])
    return None


def it_beside_quote(ctx: SpanContext) -> SpeakingPhrase | None:
    """'"…," it said.' / 'It added: "…"': a body or a text named before speaks through
    an "it" that says the words right beside the quote (stage two finds which)."""
    for tokens in (ctx.trailing[:3], ctx.leading[-4:]):
        for token in tokens:
            cue = token.head
            if (
                token.lower_ in NEUTER_PRONOUNS
                and token.dep_ == "nsubj"
                and cue.lower_ in INVERTED_CUES
                and cue.i in ctx.window
            ):
                return SpeakingPhrase(token.doc[token.i : token.i + 1], ctx.base, cue_text(cue))
    return None


def cue_in_next_sentence(ctx: SpanContext) -> SpeakingPhrase | None:
    """'"… that are missing." Trump said.': a sentence that is only a name and a cue,
    right after a quote closed on a full stop, attributes that quote."""
    later, view, span = ctx.later, ctx.view, ctx.span
    if not later or ctx.after_close.lstrip()[:1] in ("", *DOUBLE_OPENERS):
        return None
    start = later[0]
    following = [s for s in later if s > start]
    end = following[0] if following else ctx.base + len(view.text)
    tokens = [t for t in view.tokens(ctx.doc, start, end) if not view.inside[t.i]]
    words = [t for t in tokens if not t.is_punct]
    if not 2 <= len(words) <= 5 or len(tokens) != len(view.tokens(ctx.doc, start, end)):
        return None
    if start - span.close_end > 2:
        return None
    found = cue_in_window(tokens, "after")
    return SpeakingPhrase(found[0], ctx.base, found[1]) if found is not None else None
