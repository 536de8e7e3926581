"""Who made the words a noun of speech carries: 'Tom Hale made a remark that described
the plan as "a disaster"', 'the strike led Mayor Dale to issue a statement calling it
"sabotage"'. The cue ("described", "calling") hangs from the noun, whose relative
pronoun is no speaker: the one who made, issued or posted the noun said the words, and
the subject of a clause an occasion sets ("In an address that spoke to …, Hale
struck …") said the words of the occasion."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .joined_verbs import object_controller, subject_of_purpose_infinitive
from .lexicon.function_words import RELATIVE_PRONOUNS
from .phrases import named_owner, noun_phrase, propn_head
from .postags import pos
from .syntax import explicit_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns for words someone put out (general English); the cue on them says what the
# words did ("a statement calling …", "a tweet that described …").
WORDS_NOUNS = frozenset(
    """
    comment comments remark remarks statement statements tweet tweets post posts
    message messages letter letters email emails speech speeches address note memo
    op-ed ad ads advertisement column essay video interview
    """.split()
)
# Every written form of the verbs that put words out (there is no lemmatizer).
MAKING_VERBS = frozenset(
    """
    make makes made making issue issues issued issuing release releases released
    releasing post posts posted posting send sends sent sending deliver delivers
    delivered delivering give gives gave given giving publish publishes published
    publishing write writes wrote written writing pen pens penned penning tweet
    tweets tweeted tweeting share shares shared sharing offer offers offered offering
    air airs aired airing run runs ran running
    """.split()
)
# "a statement from the mayor calling …", "a letter by Ann Gray that said …".
_SOURCE_PREPOSITIONS = frozenset({"from", "by"})


def maker_of_words(cue: Token, window: set[int]) -> Span | None:
    """The maker of the noun of speech ``cue`` hangs from as a participle ("a statement
    calling …") or a relative clause whose subject is the relative pronoun ("a remark
    that described …"): the noun's named owner, the source after "from" or "by", or
    the subject of the verb that made it ("Hale made", "led Dale to issue"). None where
    the noun is not a noun of words or nobody is said to have made it."""
    noun = cue.head
    if noun.lower_ not in WORDS_NOUNS or pos(noun) != "NOUN" or noun.i not in window:
        return None
    if cue.dep_ == "acl":
        if cue.tag_ != "VBG":
            return None
    elif cue.dep_ != "relcl" or not _says_by_relative_pronoun(cue):
        return None
    owner = named_owner(noun) or _source_after_preposition(noun, window)
    if owner is not None:
        return owner
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.dep_ == "prep":
        # "In an address that spoke to the ''anger'', Mrs. Clinton struck …": the
        # occasion's words are those of the subject of the clause it sets.
        clause = verb.head
        if pos(clause) not in ("VERB", "AUX") or clause.i not in window:
            return None
        return explicit_subject(clause, window, says=False)
    if noun.dep_ != "dobj" or verb.lower_ not in MAKING_VERBS or verb.i not in window:
        return None
    if (subject := explicit_subject(verb, window, says=False)) is not None:
        return subject
    # "led Mayor Dale to issue", else "wanted to make": who the infinitive is said of.
    return object_controller(verb, window) or subject_of_purpose_infinitive(verb, window)


def _says_by_relative_pronoun(cue: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in cue.children)


def _source_after_preposition(noun: Token, window: set[int]) -> Span | None:
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _SOURCE_PREPOSITIONS:
            continue
        for source in prep.children:
            if source.dep_ == "pobj" and source.i in window:
                return noun_phrase(propn_head(source) if pos(source) == "PROPN" else source)
    return None
