"""Turn the words at an attribution into a speaker: a name, a kind and a role.

"Pentagon spokesman John Kirby" -> John Kirby (role "Pentagon spokesman"); "Biden"
-> the fullest form of that name in the article; "he" -> the person the article
was last talking about; "a Taliban spokesman" stays a description (kind unnamed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .domain import Mention, SpeakerRef
from .lexicon.entities import ORGANISATION_LABELS, PERSON_LABELS, TIME_LABELS
from .lexicon.function_words import DETERMINERS
from .lexicon.given_names import gender_of_name
from .lexicon.marks import SIGN_OFF_DASHES
from .lexicon.organisations import ORGANISATION_NOUNS, ORGANISATION_WORDS
from .lexicon.people import (
    FEMALE_ROLE_WORDS,
    HONORIFICS,
    MALE_ROLE_WORDS,
    NAME_PARTICLES,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    TITLE_WORDS,
)
from .names import (
    clean_name,
    has_person_role,
    in_modifier,
    is_given_name,
    looks_like_person_name,
    looks_like_surname,
    modal_read_as_name,
    name_kind,
    names_whose_noun,
    opens_a_sentence,
    proper_name_span,
    role_of,
    split_title,
    strip_det,
    strip_possessive,
    strip_trailing_punct,
    title_before,
)
from .postags import pos

if TYPE_CHECKING:
    from spacy.tokens import Span


# A word of a full name: capitalised ("O’Rourke", "St.") or a particle ("von").
_NAME_WORD = rf"(?:[A-Z][\w'’.-]*|{'|'.join(NAME_PARTICLES)})"


@dataclass(frozen=True)
class PersonMention:
    """A person named in the text, for pronoun resolution later in the article."""

    position: int
    name: str
    role: str | None
    gender: str | None
    subject: bool


class SpeakerResolver:
    """Names and pronouns of one article, read in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.people: list[PersonMention] = []
        self.genders: dict[str, str] = {}
        self._full_names: dict[str, str] = {}
        self._titles: dict[str, str] = {}

    # -- what the article says about people --------------------------------------

    def observe(self, doc_tokens: Span, base: int) -> None:
        """Record the people a parsed paragraph names, in text order."""
        names = [e for e in doc_tokens.ents if e.label_ in PERSON_LABELS]
        taken = {t.i for e in names for t in e}
        # Paragraphs parsed only for context come without NER (attribution.py).
        without_ner = not doc_tokens.doc.has_annotation("ENT_IOB")
        for token in doc_tokens:
            if pos(token) != "PROPN" or token.i in taken or token.dep_ in ("compound", "flat"):
                continue
            # The small model's NER misses many names ("Nurse Clara Diaz" -> GPE);
            # a proper-noun subject that looks like a person's name counts too, and
            # where NER did not run, any name that starts with a known given name.
            span = proper_name_span(token)
            if not looks_like_person_name(span):
                continue
            if token.dep_ in ("nsubj", "nsubjpass") or (
                without_ner and gender_of_name(span.text) is not None
            ):
                names.append(span)
        for ent in sorted(names, key=lambda e: e.start):
            name = self.full_name(clean_name(ent.text))
            if not name or not name[0].isupper():
                continue
            gender = self._gender_near(ent)
            # A role word near a name can be about someone else ("Trump and his
            # wife"); a common given name is the surer sign unless an honorific says.
            given = gender_of_name(name)
            if given and not (ent.start > 0 and ent.doc[ent.start - 1].lower_ in HONORIFICS):
                gender = given
            if gender:
                self.genders.setdefault(name, gender)
            title = title_before(ent)
            if title and " " in name:
                self._titles.setdefault(name, title)
            subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in ent) or (
                ent.root.dep_ in ("compound", "appos") and ent.root.head.dep_ == "nsubj"
            )
            self.people.append(
                PersonMention(
                    base + ent.start_char - doc_tokens.start_char,
                    name,
                    None,
                    self.genders.get(name),
                    subject,
                )
            )

    def _gender_near(self, ent: Span) -> str | None:
        doc = ent.doc
        words = [t.lower_ for t in doc[max(ent.start - 3, 0) : ent.start]]
        words += [t.lower_ for t in doc[ent.end : min(ent.end + 6, len(doc))]]
        for word in words:
            if HONORIFICS.get(word):
                return HONORIFICS[word]
            if word in FEMALE_ROLE_WORDS:
                return "f"
            if word in MALE_ROLE_WORDS:
                return "m"
        return None

    def title_of(self, name: str) -> str | None:
        """The title the article first gave a person: "President" for "Joe Biden"."""
        return self._titles.get(name)

    def full_name(self, name: str) -> str:
        """The fullest form of a name the article uses: "Biden" -> "Joe Biden".

        Where the article names two people with that surname (Donald and Melania
        Trump), the one it names most often wins.
        """
        if not name or " " in name.strip():
            return name
        if name in self._full_names:
            return self._full_names[name]
        counts: dict[str, int] = {}
        for mention in self.people:
            words = mention.name.split()
            if len(words) > 1 and words[-1] == name:
                counts[mention.name] = counts.get(mention.name, 0) + 1
        if not counts:
            counts = self._full_names_in_text(name)
        best = max(counts, key=lambda n: (counts[n], -self.text.find(n)), default=name)
        self._full_names[name] = best
        return best

    def _full_names_in_text(self, name: str) -> dict[str, int]:
        """Capitalised words before the surname in running text (not headlines)."""
        counts: dict[str, int] = {}
        pattern = re.compile(rf"\b((?:{_NAME_WORD} ){{1,3}}){re.escape(name)}\b")
        for line in self.text.splitlines():
            words = line.split()
            capitalised = sum(1 for w in words if w[:1].isupper())
            if not words or capitalised / len(words) > 0.5:
                continue  # a headline or a caption: every word is capitalised
            for match in pattern.finditer(line):
                given = [
                    w
                    for w in match.group(1).split()
                    if w.lower() not in HONORIFICS and w.lower().rstrip(".") not in TITLE_WORDS
                ]
                if given and given[-1][:1].isupper() and not given[-1].endswith("."):
                    # "For Obama", "Maybe Trump", "Deal.'' Trump": a word that opens a
                    # sentence or ends a quotation is no given name.
                    start = match.start(1) + match.group(1).rindex(given[-1])
                    if not is_given_name(given[-1], opens_a_sentence(line, start)):
                        continue
                    candidate = f"{given[-1]} {name}"
                    counts[candidate] = counts.get(candidate, 0) + 1
        return counts

    # -- speakers -----------------------------------------------------------------

    def from_phrase(self, phrase: Span, base: int) -> SpeakerRef:
        """A speaker from the noun phrase at an attribution."""
        mention = Mention(
            phrase.text,
            base + phrase.start_char,
            base + phrase.end_char,
        )
        # A name inside a modifier is not the speaker: "a narrator in the Clinton ad".
        person = [
            e
            for e in phrase.ents
            if e.label_ in PERSON_LABELS
            and not in_modifier(e, phrase)
            and not names_whose_noun(e, phrase)
        ]
        if not person and pos(phrase.root) == "PROPN":
            span = proper_name_span(phrase.root)
            if looks_like_person_name(span) or has_person_role(phrase):
                person = [span]
        if person:
            # "Clinton communication director Jennifer Palmieri": the name at the head.
            heads = [e for e in person if e.start <= phrase.root.i < e.end]
            ent = (
                heads[0] if heads else person[-1] if phrase.root.i >= person[-1].end else person[0]
            )
            name = self.full_name(clean_name(ent.text))
            title = split_title(ent.text)[0]
            role = role_of(phrase, ent)
            if title and (not role or title.lower() not in role.lower()):
                role = f"{role} {title}".strip() if role else title
            return SpeakerRef(name, "person", mention, role)
        root = phrase.root
        if root.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
            return SpeakerRef(root.text, "unknown", mention)  # resolved by the caller
        orgs = [e for e in phrase.ents if e.label_ in ORGANISATION_LABELS]
        # 'Dahl in March 2019': months and days are proper nouns too, but no name.
        propn = [t for t in phrase if pos(t) == "PROPN" and t.ent_type_ not in TIME_LABELS]
        head_is_common = pos(root) == "NOUN"
        if orgs and not head_is_common:
            org = strip_possessive(strip_det(orgs[0].text))
            # The small model often labels a lone surname ORG ("Trump said"); the
            # article's fuller form of it ("Donald Trump") says it is a person.
            fuller = self.full_name(org) if " " not in org else org
            if fuller != org and name_kind(fuller, root) == "person":
                return SpeakerRef(fuller, "person", mention)
            return SpeakerRef(org, "organisation", mention)
        lone_name = len(phrase) == 1 and (looks_like_surname(root) or modal_read_as_name(root))
        if (propn and not head_is_common and pos(root) == "PROPN") or lone_name:
            words = propn or [root]
            name = self.full_name(clean_name(" ".join(t.text for t in words)))
            return SpeakerRef(name, name_kind(name, root), mention)
        description = strip_trailing_punct(phrase.text)
        if root.lower_ in ORGANISATION_NOUNS and root.tag_ != "NNS":
            return SpeakerRef(
                self._fuller_organisation(phrase, description), "organisation", mention
            )
        return SpeakerRef(description, "unnamed", mention)

    def from_label(self, label: str, start: int) -> SpeakerRef:
        """A transcript's label ("Pence", "Mr. Trump", from "PENCE:") as the person it
        names, spelled as the article spells them elsewhere: "Mccain" -> "John McCain"."""
        title, name = split_title(label)
        words = (name or label).split()
        surname = words[-1]
        spelled = next(
            (
                m.name.split()[-1]
                for m in self.people
                if m.name.split()[-1].upper() == surname.upper() and not m.name.isupper()
            ),
            None,
        )
        if spelled is None:
            pattern = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
            spelled = next(
                (m.group() for m in pattern.finditer(self.text) if not m.group().isupper()),
                surname,
            )
        full = self.full_name(spelled) if len(words) == 1 else " ".join([*words[:-1], spelled])
        return SpeakerRef(full, "person", Mention(label, start, start + len(label)), title or None)

    def from_sign_off(self, line: str, start: int) -> SpeakerRef | None:
        """ "- Bernie Sanders." / "-President Obama, tweeting after the speech." under a
        quote-only paragraph: the name after the dash, up to the first comma."""
        stripped = line.lstrip(SIGN_OFF_DASHES + " ")
        offset = start + len(line) - len(stripped)
        head = re.split(r"[,;(]| \u2014 | - ", stripped, maxsplit=1)[0].strip().rstrip(".")
        words = head.split()
        if not 1 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
            return None
        title, name = split_title(head)
        name = self.full_name(clean_name(name))
        if not name:
            return None
        mention = Mention(head, offset, offset + len(head))
        if any(w.lower() in ORGANISATION_WORDS for w in name.split()) or name.isupper():
            return SpeakerRef(name, "organisation", mention)
        return SpeakerRef(name, "person", mention, title or None)

    def _fuller_organisation(self, phrase: Span, description: str) -> str:
        """ "the embassy" -> "US embassy" where the article said so earlier."""
        head = phrase.root.text
        words = description.split()
        if words and words[0].lower() in DETERMINERS and len(words) <= 3:
            pattern = re.compile(
                rf"\bthe ((?:[A-Z][\w.]*\s){{1,3}}){re.escape(head)}\b", re.IGNORECASE
            )
            for match in pattern.finditer(self.text):
                qualifier = match.group(1).strip()
                if qualifier[:1].isupper():
                    return f"{qualifier} {head[0].upper()}{head[1:]}"
        return strip_det(description) if words[0].lower() == "the" else description

    def resolve_pronoun(
        self, pronoun: str, position: int, recent_speakers: list[tuple[int, SpeakerRef]]
    ) -> SpeakerRef | None:
        """The person a "he"/"she" at ``position`` most likely stands for."""
        pronoun = pronoun.lower()
        if pronoun in PLURAL_PRONOUNS:
            for _, speaker in reversed(recent_speakers):
                if speaker.kind in ("organisation", "unnamed"):
                    return speaker
            return None
        want = "f" if pronoun == "she" else "m"
        # (position, name, role, prominent): a subject of a sentence or a quoted
        # speaker is what a following "he said" usually continues with.
        candidates: list[tuple[int, str, str | None, bool]] = [
            (p.position, p.name, p.role, p.subject) for p in self.people if p.position < position
        ]
        candidates += [
            (pos, s.name, s.role, True)
            for pos, s in recent_speakers
            if s.kind == "person" and pos < position
        ]
        candidates.sort(key=lambda c: c[0])
        recent = [c for c in reversed(candidates[-10:]) if self._gender(c[1]) in (None, want)]
        for prominent_only in (True, False):
            for _, name, role, prominent in recent:
                if prominent or not prominent_only:
                    return SpeakerRef(name, "person", None, role)
        return None

    def may_be(self, name: str, pronoun: str) -> bool:
        """Can "he"/"she" stand for ``name``, as far as the article and names tell?"""
        gender = self._gender(name)
        return gender is None or gender == ("f" if pronoun.lower() == "she" else "m")

    def _gender(self, name: str) -> str | None:
        return self.genders.get(name) or gender_of_name(name)
