"""Descriptions that stand for a person the article named: "the fire chief said" after
"Fire Chief Ana Ruiz"; "the congressman added" after "Rep. Adam Schiff".

As CoreNLP's strict head match does once appositions have been clustered: the
article records a role for each name it introduces with a title before it or an
apposition beside it, and a later definite description resolves to the person whose
role shares its head noun. Only where exactly one person does: two senators and
"the senator" stays an unnamed source rather than become the wrong one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ages import age_described, ages_described
from .lexicon.function_words import DETERMINERS
from .lexicon.people import (
    COLLECTIVE_PERSON_NOUNS,
    FEMALE_ROLE_WORDS,
    HONORIFICS,
    INDIVIDUAL_PERSON_NOUNS,
    LEADING_TITLES,
    MALE_ROLE_WORDS,
    MEMBER_NOUNS,
    PERSON_ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_NOUNS,
    UNSHOWN_HONORIFICS,
)
from .names import strip_det
from .new_descriptions import newly_described
from .postags import pos
from .role_words import (
    ROLE_PREPOSITIONS,
    member_in_focus,
    party_and_state,
    role_heads,
    role_nouns,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from spacy.tokens import Doc, Span, Token

    from .domain import SpeakerKind
    from .people_named import PeopleNamed, PersonMention

# ", a Pentagon spokesman," / ", the fire chief." right after a name, after an age
# too (", 41, a nurse at the hospital,").
_APPOSITION = re.compile(r"^\s*,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+([^,.;:()\"“”]{2,60}?)\s*[,.;]")
# ", spokesperson for the agency," / ", owner of a bakery,": no article, which a
# relative clause or a participle (", who …", ", speaking in Iowa,") has none of
# either; its head must be a noun for a person (_bare_title).
_BARE_APPOSITION = re.compile(r"^\s*,\s+(?:\d{1,3},\s+)?([a-z][^,.;:()\"“”]{2,60}?)\s*[,.;]")
# ", R-Texas," / " (D-N.Y.)": a lawmaker's party and state, as US news writes them.
_PARTY_STATE = re.compile(r"^\s*[,(]\s*([RDI])-([A-Z][A-Za-z. ]{1,20}?)\s*[),]")
_FORMS_OF_BE = frozenset("is was 's are were".split())


def recorded_role(ent: Span) -> str | None:
    """The title before a name and the apposition after it, as the article gives them:
    "Pentagon spokesman John Kirby" -> "Pentagon spokesman"; "Ana Ruiz, the fire
    chief, said" -> "fire chief"."""
    doc = ent.doc
    before: list[str] = []
    i = ent.start - 1
    while i >= 0 and len(before) < 5:
        token = doc[i]
        title = token.lower_.rstrip(".") in LEADING_TITLES | TITLE_NOUNS.keys()
        modifier = token.dep_ in ("compound", "amod", "nmod") and pos(token) in (
            "PROPN",
            "NOUN",
            "ADJ",
        )
        if token.is_punct or token.lower_ in HONORIFICS or not (title or modifier):
            break
        before.insert(0, token.text)
        i -= 1
        # "front-runner Ana Ruiz": the tokenizer splits a hyphenated title; keep it
        # whole ("front-runner"), never its last half alone ("runner").
        if i >= 1 and doc[i].text in ("-", "–") and not doc[i].whitespace_:
            if doc[i - 1].whitespace_ or doc[i - 1].is_punct:
                break
            before[0] = doc[i - 1].text + doc[i].text + before[0]
            i -= 2
    inside = [
        t.text
        for t in ent
        if t.lower_.rstrip(".") in LEADING_TITLES and t.lower_.rstrip(".") not in UNSHOWN_HONORIFICS
    ]
    parts = [" ".join(before + inside)] if before or inside else []
    after = doc_text(doc)[ent.end_char - doc[0].idx :]
    if party := _PARTY_STATE.match(after):
        parts.append(f"{party.group(1)}-{party.group(2).strip()}")
        after = after[party.end() - 1 :]  # a comma may open an apposition after it
    following = _APPOSITION.match(after) or _bare_title(_BARE_APPOSITION.match(after), ent)
    if following:
        parts.append(following.group(1).strip())
    elif (predicate := _predicate_role(ent)) is not None:
        parts.append(predicate)
    elif ent.root.dep_ == "appos" and pos(head := _apposed_noun(ent.root.head)) == "NOUN":
        # "the fire chief, Ana Ruiz, said": the name is the apposition.
        words = [t for t in head.subtree if t.i < ent.start and not t.is_punct]
        parts.append(" ".join(t.text for t in words if t.dep_ != "det"))
    role = ", ".join(p for p in parts if p)
    return role or None


def _apposed_noun(head: Token) -> Token:
    """The noun a name stands in apposition to: "The mayor of Springfield, Tom Hale,"
    is parsed with the name beside "Springfield", the object of the noun's "of"."""
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and pos(head.head.head) == "NOUN":
        head = head.head.head
    return head


def _bare_title(found: re.Match[str] | None, ent: Span) -> re.Match[str] | None:
    """An apposition without an article whose few words before any preposition end
    in a noun for one person ("spokesperson for the agency", "senior policy adviser"),
    and hold no verb, else None: ", said her son was innocent" and ", pulled Rep. …"
    are clauses, whatever noun they hold."""
    if found is None:
        return None
    words = found.group(1).lower().split()
    cut = next((i for i, w in enumerate(words) if w in ROLE_PREPOSITIONS), len(words))
    if not (0 < cut <= 4 and _names_one_person(words[cut - 1])):
        return None
    after = [t for t in ent.doc[ent.end : ent.end + 8] if not (t.is_punct or t.like_num)]
    return None if any(pos(t) in ("VERB", "AUX") for t in after[:cut]) else found


def _predicate_role(ent: Span) -> str | None:
    """ "Helen Ross is an epidemiologist at the university": the indefinite noun a
    name is said to be, as the article's apposition would give it."""
    verb = ent.root.head
    # The pipeline runs no lemmatizer: the forms of "be" are spelt out.
    if ent.root.dep_ != "nsubj" or verb.lower_ not in _FORMS_OF_BE:
        return None
    for attr in verb.children:
        article = [c for c in attr.children if c.dep_ == "det" and c.lower_ in ("a", "an")]
        if attr.dep_ != "attr" or attr.tag_ != "NN" or not article:
            continue
        if not _names_one_person(attr.lower_):
            return None
        words: list[str] = []
        for token in attr.subtree:
            if token.is_punct or token.dep_ in ("relcl", "acl") or len(words) == 8:
                break
            if token.i != article[0].i:
                words.append(token.text)
        return " ".join(words)
    return None


def _names_one_person(word: str) -> bool:
    """Is ``word`` a noun for one person that a description may use ("the actor",
    "the epidemiologist"), not a body or a crowd?"""
    return (
        word in PERSON_ROLE_NOUNS
        or word in INDIVIDUAL_PERSON_NOUNS
        or word in TITLE_NOUNS
        or word.endswith(("ist", "ian"))
    ) and word not in COLLECTIVE_PERSON_NOUNS


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: it joins every token, and a long paragraph
    naming many people made recorded_role quadratic (a third of a 1 MB article's time)."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "mkdocs_quotes.text"


def _hyphenated(root: Token) -> list[Token]:
    """The tokens of a hyphenated word the tokenizer split and ``root`` ends:
    "president - elect"; else ``root`` alone."""
    doc, start = root.doc, root.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        if doc[start - 1].whitespace_:
            break
        start -= 2
    return list(doc[start : root.i + 1])


def description_head(phrase: Span) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """ "the fire chief" -> ("chief", {"fire"}, {"fire"}): a definite, singular
    description of a person by a role noun, the nouns that must qualify the person's
    role too ("the Senate leader" is no NAACP leader), and every qualifying word
    ("the Vermont senator": a place or a party the role may leave out). None for
    anything else: "a spokesman" is somebody else, "the officials" many."""
    found = definite_description(phrase)
    if found is None:
        return None
    head = found[0]
    if not (
        head in LEADING_TITLES
        or head in _TITLE_WORDS
        or head in MEMBER_NOUNS
        or _names_one_person(head)
    ):
        return None
    return found


def definite_description(phrase: Span) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """``description_head`` for any singular common noun, whether or not it is a
    noun for a person: "the quarterback" after "Quarterback Pat Hale" (``role_heads``)."""
    root = phrase.root
    words = [t for t in phrase if not t.is_punct]
    # A lower-case head the tagger read as a proper noun is a common one, and so is a
    # title written in capitals ("the CEO").
    # A party's member noun is capitalised too ("the Texas Republican").
    abbreviated = root.lower_ in TITLE_ABBREVIATIONS or root.lower_ in MEMBER_NOUNS
    common = root.tag_ == "NN" or (root.tag_ == "NNP" and (root.text.islower() or abbreviated))
    if not words or words[0].lower_ != "the" or not common:
        return None
    joined = _hyphenated(root)  # "the president-elect": one word, as a role writes it
    head = "".join(t.lower_ for t in joined)
    qualifiers = [t for t in words[1:] if t not in joined and not t.is_stop]
    required = frozenset(
        t.lower_
        for t in qualifiers
        if pos(t) in ("NOUN", "PROPN") and t.ent_type_ not in _PLACES_AND_GROUPS
    )
    return head, required, frozenset(t.lower_ for t in qualifiers)


_TITLE_WORDS = frozenset(noun for nouns in TITLE_NOUNS.values() for noun in nouns)
_PLACES_AND_GROUPS = frozenset({"GPE", "LOC", "NORP"})


def described_person(
    head: str,
    required: frozenset[str],
    qualifiers: frozenset[str],
    people: Iterable[tuple[str, str | None]],
    was_subject: Callable[[str], bool],
) -> str | None:
    """The one named person, of ``people`` (name, role) read before the description,
    whose role shares its head noun and holds its required qualifiers; among several,
    the one whose role holds every qualifier too, else None. That person must also
    have been the subject of a sentence before (``was_subject``): "golf with World
    Bank President Jim Yong Kim" is no sign that "the president" is Kim and not the
    Obama the article is about; or have been named just before with nobody else
    leading the text (``PeopleNamed.introduced_alone``)."""
    matching: dict[str, frozenset[str]] = {}
    for name, role in people:
        nouns = role_nouns(role) if role else frozenset()
        if head in nouns and required <= nouns:
            matching[name] = matching.get(name, frozenset()) | nouns
    if len(matching) > 1:
        matching = {n: words for n, words in matching.items() if qualifiers <= words}
    if len(matching) != 1:
        return None
    name = next(iter(matching))
    return name if was_subject(name) else None


def described_mention(phrase: Span, position: int, people: PeopleNamed) -> PersonMention | None:
    """ "the fire chief" -> Ana Ruiz, where the article named her with that role
    before ``position`` and named no other fire chief; her last mention with a role.
    "the 52-year-old" -> the one person the article gave that age, else the person
    the text is on (``PeopleNamed.in_focus``); "the teenager" -> the one person it
    gave an age from 13 to 19."""
    count = people.count_before(position)
    if (ages := ages_described(phrase)) is not None:
        given = {p.name: p for age in ages for p in people.with_age(str(age), count)}
        return next(iter(given.values())) if len(given) == 1 else None
    age = age_described(phrase)
    if age is not None:
        aged = {p.name: p for p in people.with_age(age, count)}
        if len(aged) == 1:
            return next(iter(aged.values()))
        focus = None if aged else people.in_focus(position, count)
        # Given another age before, the person in focus is somebody else.
        return focus if focus and people.age_of(focus.name) in (None, age) else None
    found = description_head(phrase)
    listed = found is not None
    found = found or definite_description(phrase)
    if found is None:
        return None
    # Only the people whose role has the description's head noun, read from an
    # index: a long article must not reread everyone named at each description.
    fitting = people.with_role_noun(found[0], count)
    if not fitting and listed and found[0] not in MEMBER_NOUNS:
        return newly_described(found[0], people, position, count)  # "the retired teacher"
    if not listed:
        # A noun the lexicon doesn't know for a person ("the quarterback", "the
        # speaker") must be what a person's role is: its head, not any word of it
        # ("the team" is no "Team USA coach").
        fitting = [p for p in fitting if p.role and found[0] in role_heads(p.role)]
    if found[0] in MEMBER_NOUNS:
        # "the New York Democrat": the proper nouns before the head, read as one place.
        place = " ".join(t.lower_ for t in phrase if t.tag_ == "NNP" and t.i != phrase.root.i)
        places = [place] if place else []
        if not fitting:
            return member_in_focus(people, position, count)
        fitting = [p for p in fitting if p.role and party_and_state(p.role, found[0], places)]
    name = described_person(
        *found,
        ((p.name, p.role) for p in fitting),
        lambda name: (
            people.subject_before(name, count) or people.introduced_alone(name, position, count)
        ),
    )
    return None if name is None else people.last_with_role(name, count)


def without_inner_title(name: str) -> str:
    """ "Recall Sen. John McCain" -> "John McCain": a name recorded with a title inside
    it (a sentence's first word glued on before the title) is the words after it."""
    words = name.split()
    inner = [i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in LEADING_TITLES]
    return " ".join(words[inner[-1] + 1 :]) if inner else name


def gender_near(ent: Span) -> str | None:
    """The gender the words around a name give it: an honorific or a role word before
    it ("his wife Ana Ruiz") or in its apposition ("Ana Ruiz, a spokeswoman")."""
    doc = ent.doc
    words = [t.lower_ for t in doc[max(ent.start - 3, 0) : ent.start]]
    # After the name, only its apposition ("Ana Ruiz, a spokeswoman"): a role word
    # further on is often someone else's ("Ivana Trump accused her husband").
    if ent.end < len(doc) and doc[ent.end].text == ",":
        for token in doc[ent.end + 1 : min(ent.end + 7, len(doc))]:
            if token.is_punct:
                break
            words.append(token.lower_)
    for word in words:
        if HONORIFICS.get(word):
            return HONORIFICS[word]
        if word in FEMALE_ROLE_WORDS:
            return "f"
        if word in MALE_ROLE_WORDS:
            return "m"
    return None


def fuller_organisation(phrase: Span, description: str, text: str) -> tuple[str, SpeakerKind]:
    """ "the embassy" -> ("US embassy", "organisation") where the article said so
    earlier. A body the phrase gives no name of ("the company", "a rights group") is
    a description, kind "unnamed": filed as the organisation "company" it would hold
    every company of every article under one name."""
    head = phrase.root.text
    words = description.split()
    if words and words[0].lower() in DETERMINERS and len(words) <= 3:
        pattern = re.compile(rf"\bthe ((?:[A-Z][\w.]*\s){{1,3}}){re.escape(head)}\b", re.IGNORECASE)
        for match in pattern.finditer(text):
            qualifier = match.group(1).strip()
            if qualifier[:1].isupper():
                return f"{qualifier} {head[0].upper()}{head[1:]}", "organisation"
    if not any(word[:1].isupper() for word in words[1:]):
        return description, "unnamed"
    name = strip_det(description) if words[0].lower() == "the" else description
    return name, "organisation"
