"""Reading the parse around a quote: cue words, their subjects, noun phrases.

The parser is one witness among several (its apposition arcs are right ~68% of the
time): a cue comes from a word list, the speaker from the cue's subject where the
parse gives one, else from the nearest name or noun phrase on the side of the cue
where speakers stand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .domain import SpeakerRef
from .lexicon.cues import (
    ACCORDING,
    ASPECTUAL_CUES,
    CUE_OCCASIONS,
    CUE_WORDS,
    INVERTED_CUES,
    PHRASAL_CUES,
    WEAK_CUES,
)
from .lexicon.entities import (
    DATE_AND_NUMBER_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    SIGN_OFF_LABELS,
)
from .lexicon.function_words import NOT_SPEAKER_WORDS, RELATIVE_PRONOUNS
from .lexicon.marks import ENGLISH_MARKS, SIGN_OFF_DASHES
from .lexicon.organisations import ORGANISATION_NOUNS
from .lexicon.people import PERSON_PRONOUNS, PERSON_ROLE_NOUNS, PLURAL_PRONOUNS
from .names import modal_read_as_name
from .postags import pos

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def subjects_of(verb: Token, window: set[int]) -> list[Token]:
    """The verb's subjects within the window, the one nearest before the verb first.

    The parser sometimes gives a verb two: a dateline or a place set off by commas
    before the real subject ('in Salem, New Hampshire, Trump went after Bush'). The
    subject stands next to its verb. A subject outside the window, a dateline's
    place, stands in for the name it has taken as its apposition ('WASHINGTON --
    President Obama, …, said').
    """
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ not in SUBJECT_DEPS:
            continue
        if child.i in window:
            found.append(child)
        else:
            found.extend(a for a in child.children if a.dep_ == "appos" and a.i in window)
    return sorted(found, key=lambda c: verb.i - c.i if c.i < verb.i else len(c.doc) + c.i)


def explicit_subject(verb: Token, window: set[int]) -> Span | None:
    for child in subjects_of(verb, window):
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return noun_phrase(verb.head)
        if not_a_speaker(child) or child.lower_ in NOT_SPEAKER_WORDS:
            return None
        return noun_phrase(propn_head(child) if pos(child) == "PROPN" else child)
    return None


def can_speak(speaker: SpeakerRef, phrase: Span) -> bool:
    """People, organisations, pronouns and role nouns speak; "the spate of shootings" not."""
    if speaker.kind in ("person", "organisation"):
        return True
    root = phrase.root
    if root.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
        return True
    return (
        root.lower_ in PERSON_ROLE_NOUNS
        or root.lower_.rstrip("s") in PERSON_ROLE_NOUNS
        or root.lower_ in ORGANISATION_NOUNS
    )


def cue_in_window(tokens: list[Token], side: str) -> tuple[Span, str] | None:
    """The nearest cue in a window beside the quote, and the phrase that says it."""
    ordered = tokens if side == "after" else list(reversed(tokens))
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
        # Before a quote, "went", "put" are cues only as "As Milbank puts it, '…'".
        puts_it = token.i + 1 < len(token.doc) and token.nbor().lower_ == "it"
        if lower in WEAK_CUES and side == "before" and not puts_it:
            continue
        phrase = subject_phrase(token, tokens, quote_first=side == "after")
        if phrase is not None:
            return phrase, cue_text(token)
    if side == "after":
        final = sentence_final_cue(tokens)
        if final is not None:
            phrase, cue = final
            return phrase, cue.text
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


def subject_phrase(cue: Token, window: list[Token], *, quote_first: bool) -> Span | None:
    """The noun phrase that says the cue: its subject, or the nearest one beside it."""
    doc = cue.doc
    in_window = {t.i for t in window}
    verb = cue
    via_noun = False  # climbed from a noun cue to the verb that has it as object
    for _ in range(3):
        subjects = [c for c in subjects_of(verb, in_window) if not c.is_punct]
        if subjects:
            child = subjects[0]
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return noun_phrase(verb.head)  # "Clinton, who said ..."
            if not not_a_speaker(child) and child.lower_ not in NOT_SPEAKER_WORDS:
                return noun_phrase(child)
            if not via_noun:
                return None  # "it would tell a story": this verb is not the cue
            break  # the noun cue's verb has no speaker: look beside the noun
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and is_name(verb.head):
            return noun_phrase(verb.head)  # "footage of Hillary Clinton asking, ..."
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acl") and pos(verb.head) in (
            "VERB",
            "AUX",
        ):
            verb = verb.head
        elif verb.dep_ == "dobj" and pos(verb) == "NOUN" and pos(verb.head) == "VERB":
            verb, via_noun = verb.head, True  # "made the point that ...": the maker says it
        elif verb.dep_ in ("acl", "pcomp") and pos(verb.head.head) in ("VERB", "AUX"):
            # "the embassy sent alerts telling citizens to ...", "X was booed after
            # telling them they were ...": the subject of the clause above.
            verb = verb.head.head
        else:
            break
    # 'Clinton seemed ready to riff on the incident, telling the crowd, "…"': a
    # participle set off by a comma says what the sentence's subject does.
    if cue.tag_ == "VBG" and cue.i > 0 and doc[cue.i - 1].text == ",":
        root = cue.sent.root
        if root.i in in_window and root.i < cue.i:
            found = explicit_subject(root, in_window)
            if found is not None:
                return found
    # The parse missed it: take the closest name, pronoun or noun phrase next to the
    # cue, after it first for the inverted '"…," said X' form.
    objects = {
        t.i
        for c in cue.children
        if c.dep_ in ("dobj", "dative", "prep", "npadvmod")
        for t in c.subtree
    }
    # After a quote, '"…," recalled Mr. Rhodes' often parses the name as an object;
    # before one, 'telling US citizens to "leave"' has an object that is no speaker.
    after = [t for t in window if t.i > cue.i and (quote_first or t.i not in objects)]
    before = [t for t in window if t.i < cue.i]
    # '"…," said X': X comes right after the cue; 'X, a spokesman, said': X before it.
    words = [t for t in window if not t.is_punct]
    set_off = any(t.text == "," for t in before[1:])
    if quote_first and words and words[0].i != cue.i and set_off:
        # '"…," Ramos, 58, told AFP': the cue comes after its speaker and an aside set
        # off by commas, so the speaker is the phrase that opens the attribution, not
        # AFP after the cue.
        opening = _opening_phrase(before[:10], cue)
        if opening is not None:
            return opening
    for candidates, beyond_cue in ((after[:3], True), (list(reversed(before))[:10], False)):
        for token in candidates:
            if token.ent_type_ in DATE_AND_NUMBER_LABELS or token.is_punct:
                continue
            if token.ent_type_ in PLACE_LABELS and token.dep_ == "pobj":
                continue  # "on the incident in Iowa": where, not who
            if pos(token) == "PRON" and token.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
                return noun_phrase(token)
            if pos(token) == "PROPN" or (pos(token) == "NOUN" and token.dep_ in SUBJECT_DEPS):
                return noun_phrase(propn_head(token) if pos(token) == "PROPN" else token)
            if modal_read_as_name(token):
                return doc[token.i : token.i + 1]
            if not beyond_cue or pos(token) != "NOUN":
                continue
            # '"…," read the letter': the parser makes the speaker the object of an
            # inverted cue; "told reporters" has an addressee there, no speaker.
            if quote_first and token.head == cue and _opens(cue, window):
                return noun_phrase(token)
    return None


def _opening_phrase(tokens: list[Token], cue: Token) -> Span | None:
    """The noun phrase that opens an attribution: "Texas delegate Bill Eastland",
    "the Post's senior politics editor Steven Ginsberg", from their first word up
    through compounds and possessives to the head."""
    for token in tokens:
        if token.is_punct or token.ent_type_ in DATE_AND_NUMBER_LABELS:
            continue
        if pos(token) not in ("PROPN", "NOUN", "PRON", "DET", "ADJ"):
            return None
        if pos(token) == "PRON" and token.lower_ not in PERSON_PRONOUNS | PLURAL_PRONOUNS:
            return None
        head = token
        while (
            head.dep_ in ("compound", "poss", "amod", "det", "nmod", "case", "nummod")
            and head.head.i < cue.i
            and head.head.i != head.i
        ):
            head = head.head
        if pos(head) not in ("PROPN", "NOUN", "PRON") or not_a_speaker(head):
            return None
        return noun_phrase(propn_head(head) if pos(head) == "PROPN" else head)
    return None


def is_cue(token: Token) -> bool:
    """A reporting verb: a cue word, or a phrasal one with its particle ("shot back")."""
    if token.lower_ in CUE_WORDS:
        return True
    particles = PHRASAL_CUES.get(token.lower_)
    return particles is not None and any(
        c.i == token.i + 1 and c.dep_ in ("prt", "advmod") and c.lower_ in particles
        for c in token.children
    )


def is_aspectual(token: Token) -> bool:
    """ "will continue to be 'a champion'": a cue word saying what someone does."""
    return token.lower_ in ASPECTUAL_CUES and any(c.dep_ == "xcomp" for c in token.children)


def _opens(cue: Token, window: list[Token]) -> bool:
    """Is ``cue`` an inverting cue and the first word after the quote ('"…," read the')?"""
    words = [t for t in window if not t.is_punct]
    return cue.lower_ in INVERTED_CUES and bool(words) and words[0].i == cue.i


def not_a_speaker(token: Token) -> bool:
    """Dates and numbers don't speak; "the 46-year-old" (tagged DATE) does."""
    if token.lower_ in NOT_SPEAKER_WORDS:
        return True
    return token.ent_type_ in DATE_AND_NUMBER_LABELS and not token.lower_.endswith("old")


def is_name(token: Token) -> bool:
    return token.ent_type_ in PERSON_LABELS or pos(token) == "PROPN"


def propn_head(token: Token) -> Token:
    while token.dep_ in ("compound", "flat") and pos(token.head) == "PROPN":
        token = token.head
    return token


def noun_phrase(head: Token) -> Span:
    """The head's subtree, cut at a relative clause or a following verb phrase."""
    doc = head.doc
    keep = [head]
    for child in head.children:
        if child.dep_ in ("relcl", "acl", "advcl", "punct", "cc", "conj") and child.i > head.i:
            if child.dep_ != "punct":
                break
            continue
        keep.extend(child.subtree)
    left = min(t.i for t in keep)
    right = max(t.i for t in keep)
    while right > left and (doc[right].is_punct or doc[right].dep_ == "cc"):
        right -= 1
    # "Stated Stone:" tags the verb as part of the name.
    while left < right and doc[left].lower_ in CUE_WORDS:
        left += 1
    return doc[left : right + 1]


def according_phrase(token: Token) -> Span | None:
    to = token.nbor()
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if objects:
        return noun_phrase(objects[0])
    following = [t for t in token.doc[to.i + 1 : to.i + 8] if pos(t) in ("PROPN", "NOUN")]
    return noun_phrase(following[0]) if following else None


def sign_off_phrase(trailing: list[Token]) -> Span | None:
    """'"…" — Name': the name of a sign-off, a short name after the dash, nothing more."""
    rest = [t for t in trailing if not t.is_punct and t.text.strip(ENGLISH_MARKS + SIGN_OFF_DASHES)]
    names = [t for t in rest[:3] if pos(t) == "PROPN" or t.ent_type_ in SIGN_OFF_LABELS]
    if not names or len(rest) > 8:
        return None
    return noun_phrase(propn_head(names[-1]))


def cue_text(cue: Token) -> str:
    """The cue verb with the words that say how: "told reporters", "said in a statement"."""
    words = [cue]
    # '"…?" asked the boy': the object of an inverted cue is its speaker, no part of it.
    inverted = cue.lower_ in INVERTED_CUES and not any(c.dep_ in SUBJECT_DEPS for c in cue.children)
    for child in cue.children:
        if child.i <= cue.i or child.i > cue.i + 5:
            continue
        if inverted and child.dep_ == "dobj":
            continue
        if child.dep_ in ("dobj", "dative") and pos(child) in ("PROPN", "NOUN", "PRON"):
            words.extend(t for t in child.subtree if t.i <= cue.i + 5)
        elif child.dep_ == "prep" and child.lower_ in ("in", "on") and child.i == cue.i + 1:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].lower_ in CUE_OCCASIONS:
                words.extend(t for t in child.subtree if t.i <= objs[0].i)
    words = sorted(set(words), key=lambda t: t.i)
    return " ".join(t.text for t in words)
