"""Reading a name: a title or an honorific before it, the run of proper nouns it spans,
whether it looks like a person's or an organisation's, the role words around it.

Helpers of the speaker resolver (speakers.py) and the parse readers (syntax.py); they
look at one phrase and never at the rest of the article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .domain import SpeakerKind
from .lexicon.cues import INVERTED_CUES, SPEAKING_TEXTS
from .lexicon.entities import ORGANISATION_LABELS, PERSON_LABELS
from .lexicon.function_words import ARTICLES, DETERMINERS, SENTENCE_OPENERS
from .lexicon.given_names import is_given_name as is_known_given_name
from .lexicon.marks import DOUBLE_MARKS, ENGLISH_MARKS, TWO_APOSTROPHES
from .lexicon.organisations import ORGANISATION_NOUNS, ORGANISATION_WORDS, PLATFORMS
from .lexicon.people import (
    HONORIFICS,
    LEADING_TITLES,
    NOT_PERSON_NOUNS,
    NOT_SPEAKING_PRONOUNS,
    PERSON_NOUN_ENDINGS,
    PERSON_NOUNS,
    PERSON_ROLE_NOUNS,
    UNSHOWN_HONORIFICS,
    WRITER_AND_READER_PRONOUNS,
)
from .phrases import counts_people
from .postags import pos

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def split_title(text: str) -> tuple[str, str]:
    """ "Mayor Ana Lopez" -> ("Mayor", "Ana Lopez"); honorifics are dropped."""
    words = text.split()
    titles: list[str] = []
    while len(words) > 1 and words[0].lower().rstrip(".") in LEADING_TITLES:
        word = words.pop(0)
        if word.lower().rstrip(".") not in UNSHOWN_HONORIFICS:
            titles.append(word)
    return " ".join(titles), " ".join(words)


def clean_name(text: str) -> str:
    """A name as a speaker is shown: no title, marks or possessive ("Mr. Trump's")."""
    text = re.sub(r"(\w) ([-–]) (\w)", r"\1\2\3", text)  # the tokenizer's "Coca - Cola"
    text = re.sub(r"(\w) (['’]s?)(?=\s|$)", r"\1\2", text)  # and "CNBC 's"
    words = split_title(text)[1].split()
    # The name starts after a quotation or a sentence that ends before it ("Deal.''
    # Trump") and after a title inside it ("New Jersey Gov. Chris Christie").
    cut = 0
    for i, word in enumerate(words[:-1]):
        inner_title = i > 0 and is_title_word(word) and (word.endswith(".") or i + 2 < len(words))
        if _ends_words_before_a_name(word) or inner_title:
            cut = i + 1
    words = words[cut:]
    words = [w.strip(ENGLISH_MARKS) for w in words]
    # "What Obama", "Certainly Donald Trump": a sentence-initial word glued to the name
    # by the tagger.
    while len(words) > 1 and not is_given_name(words[0], opens_sentence=True):
        words.pop(0)
    return strip_possessive(" ".join(w for w in words if w)).strip(" ,")


def clean_organisation_name(text: str) -> str:
    """'"Medicare' -> "Medicare", "United States. One Organization" -> "One
    Organization": no marks, nothing of the sentence before."""
    words = text.split()
    cut = 0
    for i, word in enumerate(words[:-1]):
        if _ends_words_before_a_name(word):
            cut = i + 1
    return " ".join(w.strip(DOUBLE_MARKS) for w in words[cut:]).strip() or text


def _ends_words_before_a_name(word: str) -> bool:
    """ "Deal.''", "“Trump", "States.": a quotation mark or a sentence's last word."""
    # A mark that opens the word ('"Medicare') starts the name; any other ends words.
    inner = word.lstrip(ENGLISH_MARKS)
    if any(mark in inner for mark in DOUBLE_MARKS) or TWO_APOSTROPHES in inner:
        return True
    stem = word.rstrip(".")
    return (
        word.endswith(".")
        and len(stem) > 3
        and any(c.islower() for c in stem)
        and not is_title_word(word)
    )


def is_given_name(word: str, opens_sentence: bool) -> bool:
    """Can a capitalised word before a surname be its given name? Not a word with a
    mark in it, a stop word or, where it opens a sentence, a sentence's first word
    ("Maybe Trump", "Certainly Donald Trump")."""
    lower = word.lower()
    if any(c in word for c in ENGLISH_MARKS) or is_stop_word(lower):
        return False
    return not opens_sentence or not (lower in SENTENCE_OPENERS or _is_sentence_adverb(word))


def _is_sentence_adverb(word: str) -> bool:
    """ "Certainly", "Finally": an adverb that opens a sentence, not a given name."""
    return len(word) > 4 and word.endswith("ly") and not is_known_given_name(word)


def opens_a_sentence(line: str, start: int) -> bool:
    """Does the word at ``start`` open a sentence (or the line)?"""
    before = line[:start].rstrip(" " + ENGLISH_MARKS + "(")
    if not before:
        return True
    if before.endswith(".") and is_title_word(before.split()[-1]):
        return False  # "Del. Marcia Price": a title's period ends no sentence
    return before[-1] in ".!?:;\n—–-"


def strip_possessive(text: str) -> str:
    """ "Clinton's" -> "Clinton"; "the Democrats'" -> "the Democrats"."""
    return re.sub(r"['’]s?$", "", text).strip()


def is_stop_word(word: str) -> bool:
    # spaCy's English list, imported on first use rather than with this module: the
    # plugin imports the engine, and a build whose articles are all cached should not
    # pay 1.4 s to import spaCy.
    from spacy.lang.en.stop_words import STOP_WORDS

    return word in STOP_WORDS


def strip_det(text: str) -> str:
    """ "the State Department" -> "State Department"."""
    words = text.split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    return " ".join(words)


def strip_trailing_punct(text: str) -> str:
    """A phrase without the commas, colons and dashes the parse left at its edges."""
    return text.strip().strip(",;:—–-").strip()


def proper_name_span(head: Token) -> Span:
    """The run of proper nouns that ends at (or contains) ``head``: "Karen Holt"."""
    doc = head.doc
    start = head.i
    while start > 0:
        if pos(doc[start - 1]) == "PROPN" and doc[start - 1].dep_ in ("compound", "flat", "nmod"):
            start -= 1
        elif _joined_by_hyphen(doc, start):
            start -= 2  # "Lopez-Cantera": the tokenizer splits a hyphenated surname
        else:
            break
    end = head.i + 1
    while end < len(doc) and pos(doc[end]) == "PROPN" and doc[end].dep_ == "flat":
        end += 1
    return doc[start:end]


def _joined_by_hyphen(doc: Doc, start: int) -> bool:
    """Whether a hyphen written without spaces joins a proper noun to the token at
    ``start``."""
    if start < 2 or doc[start - 1].text not in ("-", "‐"):
        return False
    # Singular proper nouns only: "African-Americans" is a group, no one's name.
    before = doc[start - 2]
    joined = not before.whitespace_ and not doc[start - 1].whitespace_
    return joined and before.tag_ == doc[start].tag_ == "NNP"


def looks_like_person_name(span: Span) -> bool:
    """Two to four capitalised words, none of them an organisation word or acronym."""
    # A hyphen inside a name ("Jo-Renee Formicola") is no word of it.
    words = [t.text for t in span if t.lower_.rstrip(".") not in LEADING_TITLES | {"-", "‐"}]
    if not 2 <= len(words) <= 4:
        return False
    for word in words:
        if not word[:1].isupper() or (word.isupper() and len(word) > 2):
            return False
        if word.lower() in ORGANISATION_WORDS:
            return False
    return True


def set_off_as_a_body(ent: Span) -> bool:
    """ "Xinhua, the official news agency": a name the text sets off as an organisation
    (its apposition is headed by an organisation noun), or a platform's ("Instagram"),
    is none of a person's, whatever the entity tagger says."""
    return ent.text.lower() in PLATFORMS or any(
        c.dep_ == "appos" and c.lower_ in ORGANISATION_NOUNS and c.tag_ != "NNS"
        for c in ent.root.children
    )


def surname_read_as_function_word(token: Token) -> bool:
    """'"…," Will wrote', 'May said', 'And Skelly called', 'said Skelly': the tagger reads a surname
    that is also a modal, or ends like an adverb, as that word, leaving the cue
    without a subject. Capitalised right before a finite verb it is a name (a modal
    would take the base form: "will write"); an adverb only inside its sentence,
    where no capital opens it ("Finally said" would be no English)."""
    doc = token.doc
    if not token.text[:1].isupper() or token.i + 1 >= len(doc):
        return False
    # '"…," said Skelly, explaining …': right after an inverted cue, too.
    after_cue = token.i > 0 and doc[token.i - 1].lower_ in INVERTED_CUES
    if doc[token.i + 1].tag_ not in ("VBD", "VBN", "VBZ") and not after_cue:
        return False
    if token.tag_ == "MD":
        return True
    return (
        token.tag_ == "RB"
        and token.text[1:].islower()
        and not token.is_sent_start
        and token.i > 0
        and doc[token.i - 1].text not in (".", "!", "?", ";", ":")
    )


def looks_like_surname(token: Token) -> bool:
    """A lone capitalised word that the tagger took for a common noun: "Trump said"."""
    text = token.text
    return (
        text[:1].isupper()
        and text[1:].islower()
        and not is_stop_word(text.lower())
        and text.lower() not in ORGANISATION_WORDS
    )


def name_kind(name: str, root: Token) -> SpeakerKind:
    """A name that speaks is a person unless it is clearly an organisation.

    The small model's NER misses many surnames ("Caddell said"); organisations show
    themselves by an entity label, an acronym (AP, EPA) or an organisation word.
    """
    if len(name.split()) >= 2 and not any(w.lower() in ORGANISATION_WORDS for w in name.split()):
        return "person"
    if root.ent_type_ in ORGANISATION_LABELS or (name.isupper() and len(name) > 1):
        return "organisation"
    if any(w.lower() in ORGANISATION_WORDS for w in name.split()):
        return "organisation"
    return "person"


def role_of(phrase: Span, ent: Span) -> str | None:
    """The words around a name that say who the person is."""
    before = [
        t
        for t in phrase
        if t.i < ent.start
        and t.lower_ not in HONORIFICS
        and t.lower_ not in DETERMINERS
        and (not t.is_punct or _glued_hyphen(t))
    ]
    while before and (before[0].tag_ in ("WRB", "CC") or before[0].dep_ == "mark"):
        before.pop(0)  # "when Mr. Buchanan called", "as Ms. Cole said": no role words
    after = [t for t in phrase if t.i >= ent.end]
    parts = []
    if before:
        parts.append(_spaced(before))
    if after:
        text = (
            strip_trailing_punct(phrase.doc[after[0].i : after[-1].i + 1].text).lstrip(", ").strip()
        )
        if text and not text.startswith("'s"):
            parts.append(text)
    role = ", ".join(p for p in parts if p)
    return role or None


def _spaced(tokens: list[Token]) -> str:
    """Words joined as the text spaces them ("front-runner", not "front - runner"); a
    comma left out between two of them stays ("early supporter, Representative")."""
    out = []
    for k, t in enumerate(tokens):
        if k + 1 == len(tokens) or tokens[k + 1].i == t.i + 1:
            out.append(t.text_with_ws)
        else:
            out.append(t.text + (", " if t.nbor().text == "," else " "))
    return " ".join("".join(out).split())


def _glued_hyphen(token: Token) -> bool:
    """The hyphen of a hyphenated word the tokenizer split ("front - runner")."""
    doc = token.doc
    return (
        token.text in ("-", "–")
        and not token.whitespace_
        and token.i > 0
        and not doc[token.i - 1].whitespace_
    )


def in_modifier(ent: Span, phrase: Span) -> bool:
    """Is the entity inside a prepositional or possessive modifier of the phrase's head?"""
    root = phrase.root
    if ent.start <= root.i < ent.end:
        return False
    # "His former partner at Lenox, Lawrence B. Cummings, called": a name set off by
    # commas (its title too: ", former Rep. Pat Schroeder,") names the phrase,
    # wherever the parser hangs the apposition.
    opens = ent.root.left_edge.i if ent.root.dep_ == "appos" else 0
    if opens > 0 and ent.doc[opens - 1].text == ",":
        return False
    token = ent.root
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ in ("pobj", "poss") or token.head.dep_ == "prep":
            return True
        token = token.head
    return False


def names_whose_noun(ent: Span, phrase: Span) -> bool:
    """ "a senior Cruz adviser", "Griffin, an Obama backer": the name only says whose.

    A name right before a lower-case common noun it modifies, with nothing but
    modifiers between them, qualifies that noun (the phrase's head or an apposition
    to it); the speaker is the adviser or Griffin, not Cruz or Obama.
    """
    if ent.root.dep_ == "amod" and ent.root.head.i != ent.root.i:
        return True  # "a pro-Clinton super PAC", "the anti-Trump group"
    noun = phrase.root if ent.root.i == phrase.root.i else ent.root.head
    if ent.root.i != phrase.root.i and ent.root.dep_ != "compound":
        noun = phrase.root
    if pos(noun) != "NOUN" or not noun.text[:1].islower() or ent.end > noun.i:
        return False
    if not phrase.start <= noun.i < phrase.end:
        return False
    between = phrase.doc[ent.end : noun.i]
    return all(not t.is_punct and pos(t) in ("NOUN", "ADJ", "PROPN") for t in between)


def has_person_role(phrase: Span) -> bool:
    """ "Karen Holt, a nurse", "farmer Bill Eastland": a role noun next to the name."""
    return any(t.lower_ in PERSON_ROLE_NOUNS for t in phrase if t.dep_ in ("appos", "compound"))


def is_common_word(name: str, text: str) -> bool:
    """ "Candidates", "Meh", "pun": a lone word the article also uses in lower case, as
    a word and not a name. (A surname such as "Marsh" may open every sentence it is
    in; a surname's lower-case form is rare in the same article.)"""
    if " " in name:
        return False
    if not name[:1].isupper() or len(name.rstrip(".")) < 2 or is_stop_word(name.lower()):
        return True
    return re.search(rf"\b{re.escape(name.lower())}\b", text) is not None


def describes_a_speaker(phrase: Span) -> bool:
    """ "a Taliban spokesman", "one U.S. defense official", "the statement", "most": a
    person, a body, a text or a share of people that speaks; not an event, a state of
    mind or a thing ("the killing", "their instinctive preference", "a shirt")."""
    root = phrase.root
    word = root.lower_
    if word in NOT_SPEAKING_PRONOUNS:
        return False
    if word in WRITER_AND_READER_PRONOUNS:
        return False
    if pos(root) != "NOUN" or root.ent_type_ in PERSON_LABELS | ORGANISATION_LABELS:
        return True
    if names_people(word) or word in SPEAKING_TEXTS or _singular(word) in SPEAKING_TEXTS:
        return True
    if counts_people(root):
        return True  # "hundreds of demonstrators", "half of voters"
    # A capitalised word inside a sentence is a name the tagger took for a noun
    # ("O’Donnell"); any other common noun is an event, a thing or a state of mind:
    # "the first incident", "the troubles", "an address", "the disruptions".
    return root.text[:1].isupper() and not root.is_sent_start


def names_people(word: str) -> bool:
    """ "Protesters", "aides", "the ministry": a noun for people or a body of them."""
    word = word.lower()
    singular = _singular(word)
    if {word, singular} & (PERSON_NOUNS | ORGANISATION_NOUNS):
        return True
    # "the first incident", "the settlement": an ending shared with person nouns
    # ("resident", "official") on a word for an event or a thing.
    if {word, singular} & NOT_PERSON_NOUNS or singular.endswith("ment"):
        return False
    return word.endswith(PERSON_NOUN_ENDINGS) or singular.endswith(PERSON_NOUN_ENDINGS)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word if word.endswith(("ss", "us", "is")) else word.removesuffix("s")


def is_title_word(word: str) -> bool:
    """ "President", "Secretary-General": a capitalised word made of titles."""
    return word[:1].isupper() and all(
        part.lower().rstrip(".") in LEADING_TITLES for part in word.split("-")
    )
