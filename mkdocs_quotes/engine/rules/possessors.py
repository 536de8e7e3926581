"""A stage-one rule for words quoted as what someone's speech act said: 'his call for
"a total and complete ban"', 'her statement that "the vote was rigged"'. No verb of
saying has a subject there; the "his" or "her" that owns the noun of speech is the
speaker, resolved as a "he" or "she" would be; a name that owns the noun ('Trump's
claim that Obama "founded ISIS"') is, where a "that" clause gives the claim's content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.people import PRONOUN_OF_POSSESSIVE
from ..phrases import named_owner
from ..postags import pos
from ..speaking import SpeakingPhrase
from ..syntax import is_cue

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .context import SpanContext

# Nouns for an act of saying whose owner is the one who says it (general English).
SPEECH_ACT_NOUNS = frozenset(
    """
    call calls statement statements remark remarks comment comments claim claims
    promise promises pledge pledges vow vows assertion assertions warning warnings
    declaration insistence accusation accusations boast boasts admission suggestion
    prediction plea demand demands threat threats description characterization
    quip slogan mantra refrain tweet tweets conclusion conclusions
    """.split()
)
# The words a noun of speech takes its content with: "call for …", "warning of …".
CONTENT_PREPOSITIONS = frozenset({"for", "of", "about"})


def possessor_of_speech_noun(ctx: SpanContext) -> SpeakingPhrase | None:
    """The owner ("his", "her") of the noun of speech whose content the quoted
    words are, in the reporter's words before the quote: the words hang from the noun
    as a clause ("statement that …") or through a preposition of content ("call for
    …"). Words a verb hangs on the noun ('called Trump's statements "childish"',
    'declaring his remarks as "…"') are the verb's subject's, not the owner's."""
    first, roots = ctx.quoted_roots()
    for root in roots[:2]:
        claim = _claim_of_a_name(root, first, ctx.window)
        if claim is not None:
            return SpeakingPhrase(claim[0], ctx.base, claim[1])
        # 'Clinton's response was: "…"' gives the response's words; 'Trump's comments
        # are "another example of …"' sums them up: a clause or a colon, not a noun.
        introduced = root.dep_ == "ccomp" or ctx.before_open.rstrip()[-1:] in (":", ",")
        said = _said_by_copula(root, first, ctx.window) if introduced else None
        if said is not None:
            owner = named_owner(said) or _owner(said)
            if owner is not None:
                return SpeakingPhrase(owner, ctx.base, said.lower_)
        head = root.head
        if root.dep_ == "pobj" and head.lower_ in CONTENT_PREPOSITIONS and head.dep_ == "prep":
            noun = head.head
        elif root.dep_ in ("acl", "ccomp", "appos"):
            noun = head
        else:
            continue
        if noun.i >= first or noun.i not in ctx.window or pos(noun) != "NOUN":
            continue
        if noun.lower_ in SPEECH_ACT_NOUNS and not _reported_by_a_cue(noun):
            owner = _owner(noun)
            if owner is not None:
                return SpeakingPhrase(owner, ctx.base, noun.lower_)
    return None


# Nouns for words said in answer or as a rule, that a copula sets the quote on:
# "Clinton's response was: "…"", "Barrett's dictum to his interns was, "…"".
COPULA_SPEECH_NOUNS = SPEECH_ACT_NOUNS | frozenset(
    """
    response responses answer answers reply retort rejoinder dictum motto message
    verdict reaction advice explanation argument
    """.split()
)
_COPULAS = frozenset({"is", "was", "are", "were"})


def _said_by_copula(root: Token, first: int, window: set[int]) -> Token | None:
    """The noun of speech that is the subject of the copula the quote completes, in
    the reporter's words before it: the quote is what the response or dictum was."""
    verb = root.head
    if root.dep_ not in ("ccomp", "attr") or verb.lower_ not in _COPULAS or verb.i >= first:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ in COPULA_SPEECH_NOUNS and child.i in window:
            return child if pos(child) == "NOUN" else None
    return None


def _claim_of_a_name(root: Token, first: int, window: set[int]) -> tuple[Span, str] | None:
    """The noun of speech a name owns ("Donald Trump's claim") whose "that" clause holds
    the quote: 'blamed the media for Trump's claim that Obama "founded ISIS"', 'hurt by
    Comey's conclusion that her actions were "extremely careless"'. The clause is the
    claim's content, so the name owns the words whatever verb above sums the claim up;
    a clause without "that" ('Clark's comments further "…"') is no content."""
    clause = root
    for _ in range(3):
        noun = clause.head
        if (
            clause.dep_ in ("acl", "ccomp")
            and noun.lower_ in SPEECH_ACT_NOUNS
            and pos(noun) == "NOUN"
            and noun.i < first
            and noun.i in window
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        ):
            owner = named_owner(noun)
            return None if owner is None else (owner, noun.lower_)
        if noun == clause:
            return None
        clause = noun
    return None


def _reported_by_a_cue(noun: Token) -> bool:
    """ "… to his call for a "deportation force," Will described Trump as …": a verb
    of saying above the noun reports the owner's words in its own speaker's account
    (whatever the parser makes of that speaker: here "Will" is an auxiliary)."""
    return any(is_cue(verb) and pos(verb) == "VERB" for verb in noun.ancestors)


def _owner(noun: Token) -> Span | None:
    """The "his" or "her" that owns ``noun``. A name before "'s" is left to the other
    rules: "Sanders' call for "revolution"" is as often the reporter's or a critic's
    summing-up of the man ("young voters prefer …") as his own words."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in PRONOUN_OF_POSSESSIVE:
            return child.doc[child.i : child.i + 1]
    return None
