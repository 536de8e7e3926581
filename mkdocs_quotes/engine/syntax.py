"""Reading the parse around a quote: cue words, their subjects, noun phrases.

The parser is one witness among several (its apposition arcs are right ~68% of the
time): a cue comes from a word list, the speaker from the cue's subject where the
parse gives one, else from the nearest name or noun phrase on the side of the cue
where speakers stand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .domain import SpeakerRef
from .lexicon.cues import (
    ASPECTUAL_CUES,
    CUE_OCCASIONS,
    CUE_WORDS,
    INVERTED_CUES,
    NAMING_CUES,
    NOT_SPEAKING_PASSIVE_CUES,
    PHRASAL_CUES,
    RECORDING_NOUNS,
    SPEAKING_TEXTS,
)
from .lexicon.entities import DATE_AND_NUMBER_LABELS, PLACE_LABELS
from .lexicon.function_words import NOT_SPEAKER_WORDS, RELATIVE_PRONOUNS
from .lexicon.marks import DOUBLE_CLOSE, ENGLISH_MARKS
from .lexicon.people import PERSON_PRONOUNS, PLURAL_PRONOUNS
from .names import proper_name_span, surname_read_as_function_word
from .phrases import (
    bracketed_label,
    is_name,
    not_a_speaker,
    noun_phrase,
    phrase_before_aside,
    propn_head,
    reported_clause,
    speaking_noun,
    subject_like,
)
from .postags import pos

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def subjects_of(verb: Token, window: set[int]) -> list[Token]:
    """The verb's subjects within the window, the one nearest before the verb first.
    The parser sometimes gives a verb two ('in Salem, New Hampshire, Trump went after
    Bush'): the subject stands next to its verb. A subject outside the window, a
    dateline's place, stands in for its apposition ('WASHINGTON -- President Obama,
    …, said'); a name glued on as the verb's compound ('Beck joked') is its subject."""
    found: list[Token] = []
    for child in verb.children:
        glued = child.dep_ == "compound" and child.i + 1 == verb.i  # not "her March comment"
        glued &= (pos(child), pos(verb)) == ("PROPN", "VERB")
        if child.dep_ not in SUBJECT_DEPS and not glued:
            continue
        if child.i in window:
            found.append(child)
        else:
            found.extend(a for a in child.children if a.dep_ == "appos" and a.i in window)
    return sorted(found, key=lambda c: verb.i - c.i if c.i < verb.i else len(c.doc) + c.i)


def explicit_subject(verb: Token, window: set[int], *, says: bool = True) -> Span | None:
    """The phrase that says ``verb``; with ``says`` false, the subject of a clause a
    participle hangs from ('Gray was asked about it, saying …': Gray, not the asker)."""
    agent = passive_agent(verb, window) if says else None
    if agent is not None:
        return agent
    for child in subjects_of(verb, window):
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return noun_phrase(relative_antecedent(verb))
        if not_a_speaker(child) or child.lower_ in NOT_SPEAKER_WORDS:
            return None
        if says and addressed(child):
            return None
        return noun_phrase(propn_head(child) if pos(child) == "PROPN" else child)
    return None


def passive_agent(verb: Token, window: set[int]) -> Span | None:
    """'"…," the mayor was told by Ann Gray': a passive cue's speaker is its agent.
    Only a cue's: in "booed by supporters after telling them", "joined by Franken and
    joked", the agent of a verb that says nothing is no speaker."""
    if not is_cue(verb):
        return None
    for child in verb.children:
        if child.dep_ != "agent":
            continue
        for agent in child.children:
            if agent.dep_ != "pobj" or agent.i not in window or not_a_speaker(agent):
                continue
            if pos(agent) == "PROPN":
                return noun_phrase(propn_head(agent))
            # "told by phone", "asked by email": how, not who.
            if agent.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS or speaking_noun(agent):
                return noun_phrase(agent)
    return None


def addressed(subject: Token) -> bool:
    """'She was told: "…"', 'he was branded "a liar"': spoken to or named, not speaking."""
    return subject.dep_ == "nsubjpass" and subject.head.lower_ in NOT_SPEAKING_PASSIVE_CUES


def relative_antecedent(verb: Token) -> Token:
    """What a relative clause's "who" stands for: 'McConnell, now the Senate majority
    leader, who said' -> McConnell, not the apposition the clause hangs from."""
    head = verb.head
    if head.dep_ == "appos" and pos(head.head) == "PROPN" and pos(head) != "PROPN":
        return propn_head(head.head)
    return _author_of_text(head) or head


def _author_of_text(text: Token) -> Token | None:
    """'Trump released a marketing video that said, "…"', 'The Post ran a piece that
    noted …': a text that names no author of its own ("a letter from the union", "his
    ad") speaks for whoever put it out, the subject of the verb it is the object of."""
    if text.lower_ not in SPEAKING_TEXTS or text.dep_ != "dobj" or pos(text.head) != "VERB":
        return None
    if any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by")) for c in text.children
    ):
        return None
    for subject in (c for c in text.head.children if c.dep_ == "nsubj"):
        if pos(subject) == "PROPN":
            return propn_head(subject)
        if subject.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS or speaking_noun(subject):
            return subject
    return None


def can_speak(speaker: SpeakerRef, phrase: Span) -> bool:
    """People, organisations, pronouns ("someone" too), role nouns speak; "the spate" not."""
    if speaker.kind in ("person", "organisation"):
        return True
    root = phrase.root
    if root.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS | {"someone", "somebody"}:
        return True
    return speaking_noun(root)


def subject_phrase(cue: Token, window: list[Token], *, quote_first: bool) -> Span | None:
    """The noun phrase that says the cue: its subject, or the nearest one beside it."""
    doc = cue.doc
    in_window = {t.i for t in window}
    via_noun = False  # climbed from a noun cue to the verb that has it as object
    recorded = _recorded_speaker(cue)
    if recorded is not None:
        return recorded
    # '…, saying, "…"': a participle set off by a comma says what its clause's subject
    # does, never what the subject of a relative clause before it does.
    participle = set_off_participle(cue)
    verb = _paired_participle(cue)
    for _ in range(3):
        # Only the cue's own passive has its speaker as agent; a clause above it gives
        # its subject ('booed by the crowd after telling them': the one booed tells).
        agent = passive_agent(verb, in_window) if verb is cue else None
        if agent is not None:
            return agent
        subjects = [c for c in subjects_of(verb, in_window) if not c.is_punct]
        if participle and verb.dep_ == "relcl" and verb is not cue:
            verb = _clause_of(verb.head)
            continue
        if subjects:
            child = subjects[0]
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return noun_phrase(relative_antecedent(verb))  # "Clinton, who said ..."
            if addressed(child) and verb is cue:
                return None
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
    if participle:
        root = cue.sent.root
        if root.i in in_window and root.i < cue.i:
            found = explicit_subject(root, in_window, says=False)
            if found is not None:
                return found
    # The parse missed it: take the closest name, pronoun or noun phrase next to the
    # cue, after it first for the inverted '"…," said X' form.
    objects = {
        t.i
        for c in cue.children
        if c.dep_ in ("dobj", "dative", "prep", "npadvmod", "ccomp")
        for t in c.subtree
    }
    # After a quote, '"…," recalled Mr. Rhodes' often parses the name as an object;
    # before one, 'telling US citizens to "leave"' has an object that is no speaker.
    # A participle's words after it are what it says or whom it tells, never who.
    excluded = reported_clause(cue) if quote_first else objects
    after = [t for t in window if t.i > cue.i and not participle and t.i not in excluded]
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
    aside = phrase_before_aside(cue, {t.i for t in before})
    if aside is not None:
        return aside
    # 'Trump accused Cruz of being "queasy"': after a naming cue stands who is named,
    # up to the quote it frames ('a box labeled "urgent," a nurse wrote': the nurse is
    # past it; the quote's words are no part of the window).
    beside = [
        t
        for t in after[:3]
        if cue.lower_ not in NAMING_CUES or any(i not in in_window for i in range(cue.i, t.i))
    ]
    for candidates, beyond_cue in ((beside, True), (list(reversed(before))[:10], False)):
        for token in candidates:
            # "Republican-leaning voters": a word hyphened to the next one is a modifier.
            glued = not token.whitespace_ and doc[token.i + 1 : token.i + 2].text == "-"
            glued |= bracketed_label(token)  # "Sen. Ann Gray (D-Mass.)": a label on her
            if token.ent_type_ in DATE_AND_NUMBER_LABELS or token.is_punct or glued:
                continue
            if token.ent_type_ in PLACE_LABELS and token.dep_ == "pobj":
                continue  # "on the incident in Iowa": where, not who
            if beyond_cue and _medium_of(token, cue):
                continue  # '"…," Cole Haddon wrote on Twitter': where, not who
            if pos(token) == "PRON" and token.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
                return noun_phrase(token)
            if pos(token) == "PROPN" or subject_like(token, cue, SUBJECT_DEPS):
                head = propn_head(token) if pos(token) == "PROPN" else token
                if beyond_cue and head.dep_ == "poss" and head.head.i in in_window:
                    return _owned(head.head)  # '"…," exhorted Clinton's introducer, …'
                if not beyond_cue and head.i > cue.i:
                    # 'Trump accused Cruz', parsed as one name "Trump … Cruz": the
                    # name before the cue ends before it.
                    return proper_name_span(token)
                return noun_phrase(head)
            if surname_read_as_function_word(token):
                return doc[token.i : token.i + 1]
            if not beyond_cue or pos(token) != "NOUN":
                continue
            # '"…," read the letter': the parser makes the speaker the object of an
            # inverted cue; "told reporters" has an addressee there, no speaker.
            if quote_first and token.head == cue and _opens(cue, window):
                return noun_phrase(token)
    return None


def _paired_participle(cue: Token) -> Token:
    """'…, saying that the bill had … but was waylaid - and arguing that "…"': a
    participle the parser joins to a finite verb pairs with the participle above it,
    whose subject is the speaker's, not the finite verb's ("the bill")."""
    if cue.tag_ != "VBG" or cue.dep_ != "conj" or cue.head.tag_ == "VBG":
        return cue
    token = cue.head
    for _ in range(3):
        if token.head.i == token.i:
            break
        token = token.head
        if token.tag_ == "VBG":
            return token
    return cue


def _owned(noun: Token) -> Span:
    """What a possessor owns speaks, not the possessor: "Clinton's introducer, actress
    Jamie Lee Curtis" is Curtis, named in the apposition where there is one."""
    for child in noun.children:
        if child.dep_ == "appos" and pos(child) == "PROPN":
            return noun_phrase(propn_head(child))
    return noun_phrase(noun)


def set_off_participle(cue: Token) -> bool:
    """'…, saying', '"…," telling': a participle after a comma (and a closing mark)."""
    i = cue.i - 1
    while i > 0 and cue.doc[i].text in ENGLISH_MARKS + DOUBLE_CLOSE + "''":
        i -= 1
    return cue.tag_ == "VBG" and cue.i > 0 and cue.doc[i].text == ","


def _medium_of(token: Token, cue: Token) -> bool:
    """Is the token the object of a preposition on the cue ("wrote on Twitter", "said
    in Spanish")? Only "by" brings the one who speaks ("was written by Ann Gray")."""
    prep = token.head
    return token.dep_ == "pobj" and prep.head.i == cue.i and prep.lower_ != "by"


def _clause_of(noun: Token) -> Token:
    """The verb of the clause a noun stands in: "an architect" -> "paying"."""
    token = noun
    while token.head.i != token.i and pos(token) not in ("VERB", "AUX"):
        token = token.head
    return token


def _recorded_speaker(cue: Token) -> Span | None:
    """'The ad uses footage of Hillary Clinton asking, "…"': a participle right after
    "footage of" a name says what that person says on the recording."""
    doc = cue.doc
    if cue.tag_ != "VBG" or cue.i < 3 or pos(doc[cue.i - 1]) != "PROPN":
        return None
    name = proper_name_span(propn_head(doc[cue.i - 1]))
    if name.end != cue.i or name.start < 2:
        return None
    if doc[name.start - 1].lower_ != "of" or doc[name.start - 2].lower_ not in RECORDING_NOUNS:
        return None
    return name


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
    if token.i > 1 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ in ("so", "non"):
        # "the so-called ''safe harbor''": what a thing is called, by nobody; "her
        # non-answer": an answer nobody gave.
        return False
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
