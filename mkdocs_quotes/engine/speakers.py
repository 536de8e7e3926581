"""Turn the words at an attribution into a speaker: a name, a kind and a role.

"Pentagon spokesman John Kirby" -> John Kirby (role "Pentagon spokesman"); "Biden"
-> the fullest form of that name in the article; "he" -> the person the article
was last talking about; "a Taliban spokesman" stays a description (kind unnamed).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from . import pronouns, skimming
from .acronyms import acronym_name
from .ages import age_given
from .described_mentions import described_mentions
from .descriptions import (
    described_mention,
    fuller_organisation,
    gender_near,
    recorded_role,
    without_inner_title,
)
from .domain import Mention, SpeakerRef
from .fullest_names import FullestNames
from .lexicon.entities import ORGANISATION_LABELS, PERSON_LABELS, TIME_LABELS
from .lexicon.given_names import borne_by_both, gender_of_name, is_given_name
from .lexicon.organisations import ORGANISATION_NOUNS
from .lexicon.people import (
    HONORIFICS,
    NEUTER_PRONOUNS,
    PERSON_PRONOUNS,
    PERSON_ROLE_NOUNS,
    PERSON_TITLES,
    PLURAL_PRONOUNS,
    TITLE_ABBREVIATIONS,
    surname_of,
)
from .name_spotting import from_given_name, says_something
from .names import (
    clean_name,
    has_person_role,
    in_modifier,
    is_common_word,
    is_title_word,
    looks_like_person_name,
    looks_like_surname,
    name_kind,
    names_whose_noun,
    proper_name_span,
    role_of,
    set_off_as_a_body,
    split_title,
    strip_det,
    strip_possessive,
    strip_trailing_punct,
    surname_read_as_function_word,
)
from .paragraphs import Paragraphs
from .people_named import PeopleNamed, PersonMention
from .plural_referents import referent_of_they
from .postags import pos
from .pronouns import NamedPerson, paragraph_of
from .relations import name_relation
from .roles import named_beside, title_before
from .set_beside import (
    apposed_name,
    describes_a_member,
    elliptical_subject,
    named_beside_subject,
    party_members,
    person_name,
)
from .things import SpeakingThing, referent_of_it, things_in

if TYPE_CHECKING:
    from spacy.tokens import Span


class SpeakerResolver:
    """Names and pronouns of one article, read in order."""

    def __init__(
        self,
        text: str,
        quoted: Sequence[tuple[int, int]] = (),
        paragraph_starts: list[int] | None = None,
    ) -> None:
        """``quoted``: where the article's quotes stand (opening to closing mark);
        ``paragraph_starts``: where its paragraphs start, if the caller knows."""
        self.text = text
        self.genders: dict[str, str] = {}
        # Every mention of a person with where and how it stands, for pronouns.
        self.named: list[NamedPerson] = []
        self._paragraph_starts = (
            Paragraphs.of(text).starts if paragraph_starts is None else paragraph_starts
        )
        self._quoted = sorted(quoted)
        self.people = PeopleNamed(self._paragraph_starts)
        self._skimmed: dict[str, str] = {}
        self._titles: dict[str, str] = {}
        self._fullest = FullestNames(text, self.people)
        # Bodies and texts named so far, for a reporting "it".
        self.things: list[SpeakingThing] = []
        self._seeded = 0  # people whose surnames ``skim`` has seeded
        self._common_words: dict[str, bool] = {}
        self._history = pronouns.MentionHistory(self._paragraph_starts)

    # -- what the article says about people --------------------------------------

    def observe(self, doc_tokens: Span, base: int) -> None:
        """Record the people a parsed paragraph names, in text order."""
        self._observe_things(doc_tokens, base)
        names = [e for e in doc_tokens.ents if e.label_ in PERSON_LABELS]
        taken = {t.i for e in names for t in e}
        for token in doc_tokens:
            # Paragraphs parsed only for context come without NER, and so do the
            # quoted words of a quoted paragraph that are no proper noun (windows.py).
            without_ner = token.ent_iob == 0
            # A word inside a longer name is read with it; a known surname the parser
            # hangs on a verb as a compound ("Scott bristles at …") is a name.
            inner = token.dep_ in ("compound", "flat") and not (
                pos(token.head) in ("VERB", "AUX") and self._known_surname(token.text)
            )
            if token.i in taken or inner:
                continue
            # "Sanders’ son … she forgave Roof": the surname of someone the article
            # named in full is that person wherever it stands, even where the tagger
            # took it for a plural noun.
            surname = self._known_surname(token.text)
            if pos(token) != "PROPN" and not surname:
                continue
            # The small model's NER misses many names ("Nurse Clara Diaz" -> GPE);
            # a proper-noun subject that looks like a person's name counts too, and
            # where NER did not run, any name that starts with a known given name.
            span = proper_name_span(token)
            # "Mr. Reyes": an honorific says a lone surname is a person's.
            honoured = any(
                t.lower_ in PERSON_TITLES for t in span.doc[max(span.start - 1, 0) : span.start + 1]
            )
            # Without NER, a given name and a surname after a title ("Senate Majority
            # Whip John Cornyn") is a person's name, as is a lone one saying something.
            if without_ner:
                span = from_given_name(span)
            full = without_ner and " " in (bare := clean_name(span.text)) and is_given_name(bare)
            full |= (
                without_ner
                and says_something(token)
                and not self._inside_quote(base + token.idx - doc_tokens.start_char)
            )
            if not (full or honoured or looks_like_person_name(span)) and not (
                self._surname_of_someone(span)
            ):
                continue
            subject = token.dep_ in ("nsubj", "nsubjpass") or named_beside_subject(token, span)
            if honoured or surname or subject or full:
                names.append(span)
        for ent in sorted(names, key=lambda e: e.start):
            position = base + ent.start_char - doc_tokens.start_char
            written = person_name(ent.text)
            name = self.full_name_at(written, position)
            if not name or not name[0].isupper() or set_off_as_a_body(ent):
                continue
            gender = gender_near(ent)
            # A role word near a name can be about someone else ("Trump and his
            # wife"); a common given name is the surer sign unless an honorific says.
            given = gender_of_name(name)
            honoured = ent.start > 0 and ent.doc[ent.start - 1].lower_ in HONORIFICS
            # "9/11 widow Terry Strada": a name both sexes bear yields to the words.
            if given and not honoured and not (gender and borne_by_both(name)):
                gender = given
            if gender:
                self.genders.setdefault(name, gender)
            title = title_before(ent)
            if title and " " in name:
                self._titles.setdefault(name, title)
            subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in ent) or (
                ent.root.dep_ in ("compound", "appos") and ent.root.head.dep_ == "nsubj"
            )
            role = recorded_role(ent)
            quoted, gendered = self._inside_quote(position), self.genders.get(name)
            mention = PersonMention(position, name, role, gendered, subject, quoted, " " in written)
            by_given = " " not in written and written != name.split()[-1]  # "Hillary"
            self.people.add(replace(mention, age=age_given(ent), by_given_name=by_given))
            self.named.append(
                NamedPerson(
                    position,
                    paragraph_of(position, self._paragraph_starts),
                    name,
                    role,
                    name_relation(ent),
                    quoted,
                )
            )
        self._observe_descriptions(doc_tokens, base)

    def _observe_descriptions(self, doc_tokens: Span, base: int) -> None:
        # "the president said …" after "President Obama": Obama, for the pronouns only.
        for found in described_mentions(doc_tokens, base, self.people):
            at = paragraph_of(found.position, self._paragraph_starts)
            relation, quoted = name_relation(found.phrase), self._inside_quote(found.position)
            if relation != "subject":
                continue  # "met the president": not who the paragraph is about
            self.named.append(
                NamedPerson(found.position, at, found.name, found.role, relation, quoted)
            )
        self.named.sort(key=lambda p: p.position)

    def _observe_things(self, doc_tokens: Span, base: int) -> None:
        for offset, speaker, subject in things_in(doc_tokens):
            position = base + offset - doc_tokens.start_char
            if not self._inside_quote(position):
                paragraph = paragraph_of(position, self._paragraph_starts)
                self.things.append(SpeakingThing(position, paragraph, speaker, subject))

    def skim(self, paragraph: str, base: int) -> None:
        """Record, for pronouns only, the people a paragraph that was not parsed names
        (``skimming.skim_names``)."""
        index = paragraph_of(base, self._paragraph_starts)
        # A surname alone ("Trump has also commented …") is someone the parsed paragraphs
        # before named in full; only those named since the last skim are new.
        for mention in self.people.since(self._seeded):
            if " " in mention.name:
                surname = surname_of(mention.name)
                namesake = self.people.namesake_before(surname, base)
                if namesake:
                    self._skimmed[surname] = namesake
                else:
                    self._skimmed.setdefault(surname, self.full_name(surname))
            else:  # "President Obama" parsed, then "even Obama tried …"
                self._skimmed.setdefault(mention.name, mention.name)
        self._seeded = len(self.people)
        for person in skimming.skim_names(paragraph, base, index, self._skimmed):
            gender = gender_of_name(person.name)
            if gender is not None:
                self.genders.setdefault(person.name, gender)
            self.named.append(replace(person, inside_quote=self._inside_quote(person.position)))
        self.named.sort(key=lambda p: p.position)

    def _surname_of_someone(self, span: Span) -> bool:
        """ "Trump responded …": a lone surname of a person the article named in full."""
        if " " in span.text or not span.text[:1].isupper() or span.text.isupper():
            return False
        if span.text in self._skimmed:
            return True
        fuller = self.full_name(span.text)
        return fuller != span.text and self.people.named(fuller)

    def _known_surname(self, word: str) -> bool:
        """Is the word the surname of someone named in full before? (Read without
        ``full_name``, whose answer is kept: asked too early, it would stay short.)"""
        if not word[:1].isupper() or word.isupper():
            return False
        return word in self._skimmed or self.people.has_surname(word)

    def is_common_word(self, name: str) -> bool:
        """``names.is_common_word`` in this article, read once per name."""
        if name not in self._common_words:
            self._common_words[name] = is_common_word(name, self.text)
        return self._common_words[name]

    def _inside_quote(self, position: int) -> bool:
        index = bisect_right(self._quoted, (position, len(self.text))) - 1
        return index >= 0 and self._quoted[index][0] < position < self._quoted[index][1]

    def title_of(self, name: str) -> str | None:
        """The title the article first gave a person: "President" for "Joe Biden"."""
        return self._titles.get(name)

    def full_name_at(self, name: str, position: int) -> str:
        """``full_name``, but a surname two people named in full share ("Johnson" after
        Jeh and Gary Johnson) is the one of them the text has just turned to."""
        return self.people.namesake_before(name, position) or self.full_name(name)

    def full_name(self, name: str) -> str:
        """The fullest form of a name the article uses: "Biden" -> "Joe Biden"
        (fullest_names.py)."""
        return self._fullest.of(name)

    # -- speakers -----------------------------------------------------------------

    def from_phrase(self, phrase: Span, base: int) -> SpeakerRef:
        """A speaker from the noun phrase at an attribution."""
        mention = Mention(phrase.text, base + phrase.start_char, base + phrase.end_char)
        if (apposed := apposed_name(phrase)) is not None:
            return self.from_phrase(apposed, base)
        if (acronymed := acronym_name(phrase)) is not None:
            return SpeakerRef(acronymed, "organisation", mention)
        member = describes_a_member(phrase)  # "a Tennessee Republican": nobody's name
        # A name inside a modifier is not the speaker: "a narrator in the Clinton ad".
        person = [
            e
            for e in phrase.ents
            if e.label_ in PERSON_LABELS
            and not (member or in_modifier(e, phrase) or names_whose_noun(e, phrase))
        ]
        # "the billionaire business mogul", "the secretary of state": the tagger reads
        # a lower-case head as a proper noun at times, but no name is written so. (A
        # lone word such as "(pun intended)" is left to the checks for a name.)
        lower_head = (
            phrase.root.text.islower() or phrase.root.lower_ in TITLE_ABBREVIATIONS
        ) and pos(phrase[0]) == "DET"
        if not person and not member and pos(phrase.root) == "PROPN" and not lower_head:
            span = proper_name_span(phrase.root)
            if is_title_word(span[-1].text):
                # "Acme Vice President for news and talk Dave Gorab called": a run that
                # ends in a title is none of a person's names; the name is the one the
                # parser hangs beside the title, if any.
                person = [proper_name_span(c) for c in named_beside(phrase.root)][:1]
            elif looks_like_person_name(span) or has_person_role(phrase):
                person = [span]
        if person:
            # "Clinton communication director Jennifer Palmieri": the name at the head.
            heads = [e for e in person if e.start <= phrase.root.i < e.end]
            ent = (
                heads[0] if heads else person[-1] if phrase.root.i >= person[-1].end else person[0]
            )
            name = self.full_name_at(person_name(ent.text), mention.start)
            if set_off_as_a_body(ent):
                return SpeakerRef(name, "organisation", mention)
            title = split_title(ent.text)[0]
            role = role_of(phrase, ent)
            if title and (not role or title.lower() not in role.lower()):
                role = f"{role} {title}".strip() if role else title
            return SpeakerRef(name, "person", mention, role)
        root = phrase.root
        if root.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS:
            return SpeakerRef(root.text, "unknown", mention)  # resolved by the caller
        if (members := party_members(phrase)) is not None:
            return SpeakerRef(members[0], members[1], mention)
        orgs = [e for e in phrase.ents if e.label_ in ORGANISATION_LABELS]
        # 'Dahl in March 2019': months and days are proper nouns too, but no name.
        propn = [t for t in phrase if pos(t) == "PROPN" and t.ent_type_ not in TIME_LABELS]
        head_is_common = pos(root) == "NOUN" or lower_head
        if orgs and not head_is_common and not member:
            org = strip_possessive(strip_det(orgs[0].text))
            # The small model often labels a lone surname ORG ("Trump said"); the
            # article's fuller form of it ("Donald Trump") says it is a person.
            fuller = self.full_name(org) if " " not in org else org
            if fuller != org and name_kind(fuller, root) == "person":
                return SpeakerRef(fuller, "person", mention)
            return SpeakerRef(org, "organisation", mention)
        lone_name = len(phrase) == 1 and (
            looks_like_surname(root) or surname_read_as_function_word(root)
        )
        # "Demonstrators said …": a plural role noun capitalised by the sentence's
        # start, which the tagger reads as a proper noun, is a group, not a name.
        role_plural = len(phrase) == 1 and root.lower_[:-1] in PERSON_ROLE_NOUNS
        if ((propn and not head_is_common and pos(root) == "PROPN") or lone_name) and not (
            (role_plural and root.lower_.endswith("s")) or member
        ):
            words = propn or [root]
            name = self.full_name_at(clean_name(" ".join(t.text for t in words)), mention.start)
            return SpeakerRef(name, name_kind(name, root), mention)
        description = elliptical_subject(phrase) or strip_trailing_punct(phrase.text)
        if root.lower_ in ORGANISATION_NOUNS and root.tag_ != "NNS":
            return SpeakerRef(*fuller_organisation(phrase, description, self.text), mention)
        described = described_mention(phrase, mention.start, self.people)
        if described is not None:
            name = without_inner_title(described.name)
            return SpeakerRef(name, "person", mention, described.role)
        return SpeakerRef(description, "unnamed", mention)

    def resolve_pronoun(
        self, pronoun: str, position: int, recent_speakers: list[tuple[int, SpeakerRef]]
    ) -> tuple[SpeakerRef | None, float]:
        """The person a "he"/"she" (or the body a "they") at ``position`` most likely
        stands for, and how clearly the choice leads the next candidate."""
        pronoun = pronoun.lower()
        if pronoun in NEUTER_PRONOUNS:
            here = paragraph_of(position, self._paragraph_starts)
            return referent_of_it(self.things, position, here), float("inf")
        if pronoun in PLURAL_PRONOUNS:
            return referent_of_they(recent_speakers), float("inf")
        found = self.pronoun_candidates(pronoun, position, recent_speakers)
        chosen = pronouns.best(found)
        if chosen is None:
            return None, 0.0
        return SpeakerRef(chosen.name, "person", None, chosen.role), pronouns.margin(found)

    def pronoun_candidates(
        self, pronoun: str, position: int, recent_speakers: list[tuple[int, SpeakerRef]]
    ) -> list[pronouns.Candidate]:
        """The people a "he"/"she" at ``position`` may stand for, with their features."""
        self._history.sync(self.named, recent_speakers)
        return self._history.candidates(
            "f" if pronoun.lower() == "she" else "m", position, self._gender
        )

    def may_be(self, name: str, pronoun: str) -> bool:
        """Can "he"/"she" stand for ``name``, as far as the article and names tell?"""
        gender = self._gender(name)
        return gender is None or gender == ("f" if pronoun.lower() == "she" else "m")

    def _gender(self, name: str) -> str | None:
        return self.genders.get(name) or gender_of_name(name)
