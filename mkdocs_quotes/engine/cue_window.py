"""The cue beside a quote: in the reporter's words before or after it, the nearest word
that says someone spoke ("said", "according to", "the editorial read") and the phrase
that says it (``syntax.subject_phrase``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .infinitives import unsaid_infinitive
from .joined_verbs import listed_report
from .lexicon.cues import ACCORDING, CUE_WORDS, WEAK_CUES
from .lexicon.function_words import SUBORDINATORS
from .phrases import according_phrase, named_owner, reported_clause, speaking_noun
from .platforms import on_a_platform, poster
from .postags import pos
from .syntax import (
    cue_text,
    explicit_subject,
    is_aspectual,
    is_cue,
    set_off_participle,
    subject_phrase,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def cue_in_window(
    tokens: list[Token], side: str, sentence: set[int] | None = None, *, weak: bool = True
) -> tuple[Span, str] | None:
    """The nearest cue in a window beside the quote, and the phrase that says it;
    ``sentence`` (the reporter's words on both sides of the quote) is where a
    participle set off by a comma finds the subject of its clause. Without ``weak``,
    a noun like "state" that mostly names nothing said is passed over altogether."""
    ordered = tokens if side == "after" else list(reversed(tokens))
    scope = sentence or {t.i for t in tokens}
    fallback: tuple[Span, str] | None = None
    for token in ordered:
        lower = token.lower_
        if lower == ACCORDING and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            phrase = according_phrase(token)
            if phrase is not None:
                return phrase, "according to"
        if not is_cue(token) or pos(token) not in ("VERB", "AUX", "NOUN"):
            continue
        if is_aspectual(token):
            continue
        # "(think Edith Wilson)", "(see Abigail Adams)": an aside that tells the reader
        # to think of someone; nobody in the sentence says it.
        if _tells_the_reader(token):
            continue
        # Before a quote, "went", "put" are cues only as "As Milbank puts it, '…'".
        puts_it = token.i + 1 < len(token.doc) and token.nbor().lower_ == "it"
        if lower in WEAK_CUES and side == "before" and not puts_it:
            continue
        # 'Trump's comments "are based on his opinion"': a cue noun that is the subject
        # of a verb inside the quote is what the quote talks about, not who speaks.
        if (
            pos(token) == "NOUN"
            and token.dep_ in ("nsubj", "nsubjpass")
            and token.head.i > token.i
            and all(t.i != token.head.i for t in tokens)
        ):
            continue
        if pos(token) == "NOUN" and _argument_of_a_verb(token):
            continue
        if side == "after" and _in_a_subordinate_clause(token):
            continue
        if _about_the_addressee(token) or unsaid_infinitive(token):
            continue
        if on_a_platform(token):
            # "a Facebook post": the platform, the nearest name, is where, not who.
            phrase = poster(token, scope)
            if phrase is not None:
                return phrase, cue_text(token)
            continue
        says = listed_report(token)  # "claims that X '…', and asserts that …"
        phrase = owner_of_words(says) or _subject_read_as_modified(says)
        if phrase is None and sentence is not None:
            phrase = inherited_subject(says, sentence)
        if phrase is None and sentence is not None:
            phrase = _subject_of_joined_verb(says, sentence)
        if phrase is None:
            phrase = _owner_by_clause_subject(says, scope)
        if phrase is None:
            phrase = subject_phrase(says, tokens, quote_first=side == "after")
        # "the secretary of state", "a state-of-the-state address": such a noun is
        # mostly no statement; a real cue further on says who speaks.
        if phrase is not None and pos(token) == "NOUN" and lower in _NOT_SPEECH_NOUNS:
            fallback = fallback or (phrase, cue_text(token))
        elif phrase is not None:
            return phrase, cue_text(token)
    if fallback is not None and weak:
        return fallback
    if side == "after":
        final = sentence_final_cue(tokens)
        if final is not None:
            phrase, cue = final
            return phrase, cue.text
    return None


def inherited_subject(cue: Token, sentence: set[int]) -> Span | None:
    """'Giuliani trashed Comey on MSNBC's "Morning Joe," calling it a "no-brainer"',
    'Trump delivered a defense of "New York values," saying the city …': a participle
    set off by a comma says what the subject of its clause does, the clause it hangs
    from or else the main clause before it, never a relative clause's ('who backs
    Trump') and never the object after it ("telling Fox 35", "saying the city")."""
    if not set_off_participle(cue):
        return None
    found = _subject_of_clause_above(cue, sentence)
    if found is not None and pos(found.root) == "NOUN" and not speaking_noun(found.root):
        # 'The first incident came at a rally, when protesters interrupted her,
        # shouting "…"': an event says nothing; the "when" clause's subject does.
        return _subject_of_when_clause(cue, sentence) or found
    return found


def _subject_of_when_clause(cue: Token, sentence: set[int]) -> Span | None:
    for token in sorted((cue.doc[i] for i in sentence if i < cue.i), key=lambda t: -t.i):
        when = any(c.lower_ in _WHEN and c.dep_ in ("advmod", "mark") for c in token.children)
        if pos(token) in ("VERB", "AUX") and when:
            return explicit_subject(token, sentence, says=False)
    return None


_WHEN = frozenset({"when", "as", "while", "after"})


def _subject_of_clause_above(cue: Token, sentence: set[int]) -> Span | None:
    verb = cue.head
    while verb.i != cue.i and verb.i in sentence and pos(verb) in ("VERB", "AUX"):
        if verb.dep_ == "relcl":
            break  # 'asked about a builder who said …, saying': not the builder
        found = explicit_subject(verb, sentence, says=False)
        if found is not None:
            return found
        if verb.dep_ not in ("advcl", "conj", "xcomp"):
            break
        verb = verb.head
    for token in sorted((cue.doc[i] for i in sentence if i < cue.i), key=lambda t: -t.i):
        if pos(token) in ("VERB", "AUX") and token.dep_ in ("ROOT", "conj"):
            found = explicit_subject(token, sentence, says=False)
            if found is not None:
                return found
    return None


def sentence_final_cue(trailing: list[Token]) -> tuple[Span, Token] | None:
    """'"…," a voice-over in the ad states.' / '"…," the editorial read.'

    A short noun phrase and a cue word closing the sentence right after a quote is
    an attribution whatever the tagger makes of it: it reads "states" as a plural
    noun and "read" as a noun, and the phrase's parse is no better.
    """
    words = [t for t in trailing if not t.is_punct]
    if not 2 <= len(words) <= 8 or words[-1].lower_ not in CUE_WORDS:
        return None
    cue = words[-1]
    if (
        not cue.text.islower()
        or cue.lower_ in WEAK_CUES
        or any(pos(t) in ("VERB", "AUX") for t in words[:-1])
    ):
        return None
    if any(not t.is_punct for t in trailing if t.i > cue.i):
        return None
    start = words[0]
    if pos(start) not in ("DET", "NOUN", "PROPN", "ADJ", "NUM"):
        return None
    return cue.doc[start.i : cue.i], cue


def _subject_of_joined_verb(cue: Token, sentence: set[int]) -> Span | None:
    """'Hale proposed we "…" and said Dale should resign': the clause the cue reports
    has its own subject, so the cue's is the verb's it is joined to."""
    if cue.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    if not reported_clause(cue) or pos(cue.head) not in ("VERB", "AUX"):
        return None
    return explicit_subject(cue.head, sentence, says=False)


def _subject_read_as_modified(cue: Token) -> Span | None:
    """ "Multiple outlets reported on Wednesday the Secret Service had '…'": the
    tagger reads a cue right after a plural speaking noun as a participle modifying
    it; with no agent ("reported by …") the noun is the cue's subject, not the
    subject of the clause it reports."""
    noun = cue.head
    if cue.tag_ != "VBN" or cue.dep_ != "acl" or noun.i != cue.i - 1 or noun.tag_ != "NNS":
        return None
    if not speaking_noun(noun) or any(c.dep_ == "agent" for c in cue.children):
        return None
    return cue.doc[noun.left_edge.i : noun.i + 1]


def owner_of_words(cue: Token) -> Span | None:
    """ "Mr. Clinton's remark in 2008 describing Mr. Obama's statement as '…'": a
    participle that hangs from a noun says what that noun does, and a named owner of
    the noun ("Clinton's remark", "Trump's tweet calling …") said it, not the subject
    of the clause the noun stands in ("the Obama campaign exploited …")."""
    if cue.tag_ != "VBG" or cue.dep_ != "acl" or pos(cue.head) != "NOUN":
        return None
    owners = [c for c in cue.head.children if c.dep_ == "poss" and pos(c) == "PROPN"]
    return named_owner(cue.head) if len(owners) == 1 else None


def _owner_by_clause_subject(cue: Token, sentence: set[int]) -> Span | None:
    """'Gov. Hale lauded Mr. Gray in his state-of-the-state address for "…"': a cue
    noun in a phrase owned by "his" or "her" on a verb is the words of that verb's
    subject, whom the possessive points back to, not of the object nearer the cue."""
    noun = cue
    for _ in range(4):
        if pos(noun) != "NOUN":
            return None
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and _owned_by_pronoun(noun):
            verb = noun.head.head
            if pos(verb) not in ("VERB", "AUX") or verb.i not in sentence:
                return None
            return explicit_subject(verb, sentence, says=False)
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head  # "state" in "state-of-the-state address"
        elif noun.dep_ in ("nmod", "compound"):
            noun = noun.head
        else:
            return None
    return None


def _owned_by_pronoun(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in noun.children)


_OWNERS = frozenset({"his", "her"})
# Nouns spelled like cue verbs that mostly name no words said: "the secretary of
# state", "a point", "the press", "a crack".
_NOT_SPEECH_NOUNS = frozenset(
    "state states point points object objects press crack snap knock wonder worry".split()
)


def _argument_of_a_verb(noun: Token) -> bool:
    """'Sanders' campaign called AP's report a "rush to judgment"': a cue noun that is
    the object of a cue verb is what the verb's subject talks about, and its owner is
    no speaker. "the state Senate": a modifier says nothing."""
    if noun.dep_ == "compound":
        return True
    return noun.dep_ in ("dobj", "oprd", "dative") and is_cue(noun.head)


def _in_a_subordinate_clause(cue: Token) -> bool:
    """'"That makes me smart," when Clinton blasted him', 'After Ann Gray asked about it,
    the Graysons became "agitated"': a cue in a clause of time or condition
    sets the scene for the sentence; its subject is not who says the words beside it."""
    return cue.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS and c.i < cue.i
        for c in cue.children
    )


def _about_the_addressee(cue: Token) -> bool:
    """'Morial told a young woman who suggested that some may not vote that "…"': a
    relative clause on the one a cue verb tells or asks describes the addressee; the
    teller speaks."""
    if cue.dep_ != "relcl":
        return False
    addressee = cue.head
    teller = addressee.head
    return addressee.dep_ in ("dobj", "dative") and teller.i < addressee.i and is_cue(teller)


def _tells_the_reader(cue: Token) -> bool:
    """A bare verb opening a bracket: "(think Edith Wilson)". Nothing before it says
    it; the parser may take the name after it for its subject."""
    return cue.tag_ in ("VB", "VBP") and cue.i > 0 and cue.nbor(-1).text == "("
