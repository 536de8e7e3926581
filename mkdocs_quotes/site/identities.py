"""Which person names in a corpus are one person, across articles.

"Donald J. Trump" and "Donald Trump" are one person; so are "Obama" and "Barack
Obama" when the corpus quotes one Obama, "Melba Acosta" and "Melba Acosta Febo",
"Ban" and "Ban Ki-moon". "Bill Clinton" and "Hillary Clinton" are two, and so are
"Donald Trump" and "Donald Trump Jr.". Names are compared by their words, without a
title or honorific before them ("President Obama", "Mr. Trump", "Alabama Sen. Jeff
Sessions"), and their suffix (Jr., Sr., II…) must agree.

Each article decides first: a shortened name goes to the one fuller name the article
itself gives that person. The engine already gives a surname the article's fullest
form, so a name still short at corpus level is one its article never gave in full:
across articles it joins the one fuller name it can mean among the people the corpus
quotes, and a name that can mean several ("Clinton") stays as it is. A lone word that
is no one's surname may be a first name: "Hillary" in an article that names Hillary
Clinton, "Donald" in one that calls Donald Trump "Trump"; never a first name alone
across articles ("Beau" Biden is not Beau Correll). The rules follow
Stanford's RuleBasedNameMatcher for persons (same first name and surname, an initial
standing for a middle name) and BookNLP's name variants (ordered sub-sequences of a
full name that keep its first name; the surname alone), as research/speaker-resolution
§5 sums them up.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..engine.lexicon.given_names import FEMALE, MALE
from ..engine.lexicon.marks import DOUBLE_MARKS, TWO_APOSTROPHES
from ..engine.lexicon.people import (
    LEADING_TITLES,
    NAME_PARTICLES,
    TITLE_WORDS,
    UNSHOWN_HONORIFICS,
)

# A generational suffix names a different person: Donald Trump Jr. is not Donald Trump.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Words that open a sentence and that the tagger glued to the name after them ("For
# Obama", "Certainly Donald Trump"): never a name's, so never shown or compared. The
# engine drops spaCy's stop words there; the site does not load spaCy (a build from
# the cache never needs it), so these are the function words and sentence adverbs that
# are no one's first name.
GLUED_WORDS = frozenset(
    """
    a an the and but or nor so yet for as if is was are were be been has have had do
    does did not no yes when while where why how what who whom whose which that this
    these those then than though although because since until unless whether after
    before once even also only just maybe perhaps certainly surely indeed clearly
    obviously meanwhile however instead now here there with without within about above
    below into onto from to of in on at by via unlike against among between during
    through toward towards upon said says told asked added according thanks
    """.split()
)

# Titles that are no part of a name ("President Obama" is Obama). Not every leading
# title of the engine ("Dean Baker", "Pope Francis"), nor the words that also open an
# institution's name ("Democratic National Convention", "White House").
_TITLES = (TITLE_WORDS | UNSHOWN_HONORIFICS) - {
    "democratic",
    "republican",
    "white",
    "house",
    "state",
    "foreign",
}

# "Ban Ki-moon", "Moon Jae-in": a Korean given name is one hyphenated word with a
# lower-case second syllable, and the family name comes first.
_FAMILY_NAME_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")

_GIVEN_NAMES = FEMALE | MALE

# Titles that tell two people of one surname apart ("President Obama", "Mrs. Clinton");
# not the words that only qualify or place one ("former", "vice", "White House").
_TITLE_QUALIFIERS = frozenset(
    "former vice deputy acting interim state house white resident".split()
)
_ROLE_TITLES = (LEADING_TITLES | TITLE_WORDS) - GLUED_WORDS - _TITLE_QUALIFIERS

# The word right before a name, its dot kept: "Sen." of "Sen. Casey".
_WORD_BEFORE = re.compile(r"([\w.]+)\s+$")

# A double mark anywhere, or a single one after a sentence's last word: no name holds
# one (a single mark alone can be a name's apostrophe: "O'Brien", "Trump’s").
_ENDS_QUOTE = re.compile(f"[{DOUBLE_MARKS}]|[.!?,;:]['‘’]")


@dataclass(frozen=True)
class PersonName:
    """A person's name read for comparison: "Sen. Robert P. Casey Jr." has the parts
    ("robert", "p", "casey") and the suffix "jr"."""

    parts: tuple[str, ...]
    """Its words without title and suffix, folded: no case, accents, dots or apostrophes."""
    suffix: str = ""
    text: str = field(default="", compare=False)
    """The name as shown: without title, honorific or a word glued to it. Spellings
    of one name ("Donald J Trump", "Mr. Donald J. Trump") are one PersonName."""
    family_name_first: bool = field(default=False, compare=False)
    """ "Ban Ki-moon": "Ban" alone is the family name."""

    @property
    def key(self) -> str:
        """The words two names of one person share once resolved."""
        return " ".join((*self.parts, self.suffix)).strip()

    @property
    def surname_as_written(self) -> str:
        """ "Trump" of "Donald J. Trump Jr." (the last word as the text has it)."""
        words = self.text.split()
        if self.suffix:
            words = words[:-1]
        return words[-1] if words else ""

    @property
    def is_full(self) -> bool:
        """More than a surname (or a first name) alone."""
        return len(self.parts) > 1


def read_person_name(name: str) -> PersonName | None:
    """The name's words for comparison, or None when no word of a name is left."""
    words = name.replace(",", " ").split()
    # "Deal.'' Trump", "Donald.’ Donald": a quotation mark ends a sentence before the
    # name; "Alabama Sen. Jeff Sessions": an abbreviated title ends what comes before
    # it. Cut there only if a name is left.
    start = 0
    for i, word in enumerate(words[:-1]):
        bare = word.lower().rstrip(".")
        ends_sentence = bool(_ENDS_QUOTE.search(word)) or TWO_APOSTROPHES in word
        is_title = word.endswith(".") and len(bare) > 1 and bare in LEADING_TITLES
        if (ends_sentence or is_title) and _reads_as_name(words[i + 1 :]):
            start = i + 1
    words = words[start:]
    # "President Obama", "Mr. Trump", "For Obama": no part of the name.
    while len(words) > 1 and (
        words[0].lower() in GLUED_WORDS or words[0].lower().rstrip(".") in _TITLES
    ):
        words = words[1:]
    words[-1:] = [re.sub(r"['’‘]s?$", "", word) for word in words[-1:]]  # "Trump’s"
    text = " ".join(words)
    suffix = ""
    if len(words) > 2 and _fold(words[-1]) in SUFFIXES:
        suffix, words = _fold(words[-1]), words[:-1]
    parts = tuple(part for part in map(_fold, words) if part)
    while len(parts) > 1 and _is_initial(parts[-1]):  # "Donald J.": a name cut short
        parts = parts[:-1]
    if not parts:
        return None
    family_first = len(words) == 2 and bool(_FAMILY_NAME_FIRST.fullmatch(words[1]))
    return PersonName(parts, suffix, text, family_first)


def is_first_word_of(short: PersonName, full: PersonName) -> bool:
    """Whether ``short`` is one word that begins ``full``: a first name ("Hillary" of
    "Hillary Clinton") or a family name written first ("Shen" of "Shen Xincheng")."""
    return (
        len(short.parts) == 1
        and not short.suffix
        and not _is_initial(short.parts[0])
        and full.is_full
        and full.parts[0] == short.parts[0]
    )


def is_variant(short: PersonName, full: PersonName) -> bool:
    """Whether ``short`` is a less complete way of naming ``full``'s person.

    "Donald Trump" and "Donald J. Trump" of "Donald John Trump" (the first name kept,
    the other words in order, an initial standing for its name); "Melba Acosta" of
    "Melba Acosta Febo"; the surname alone, one word or more ("Clinton", "Vargas
    Llosa"); "Ban" of "Ban Ki-moon". A first name alone is read apart
    (``is_first_word_of``): a lone word is a surname first.
    """
    s, f = short.parts, full.parts
    if short == full or len(s) > len(f):
        return False
    # A surname alone could mean the father or the son; a first name and a surname
    # without a suffix name the one who has none.
    surname_suffix_agrees = not short.suffix or short.suffix == full.suffix
    if len(s) == 1:
        if _is_initial(s[0]) or len(f) < 2:
            return False
        family_name = f[0] if full.family_name_first else f[-1]
        return s[0] == family_name and surname_suffix_agrees
    if _is_initial(s[0]) or _is_initial(s[-1]):
        return False
    if len(s) < len(f) and s == f[-len(s) :]:
        return surname_suffix_agrees  # "Vargas Llosa" of "Mario Vargas Llosa"
    return short.suffix == full.suffix and s[0] == f[0] and _in_order_within(s[1:], f[1:])


class PersonIdentities:
    """The person each name of the corpus means, article by article.

    Built from the person names the articles quote and the full names they mention,
    as ``(article slug, name)``, and the articles' texts (for the titles and surnames
    they write); a name either stays as it is or goes to the fullest form of the one
    person it can mean.
    """

    def __init__(
        self,
        quoted: Iterable[tuple[str, str]],
        mentioned: Iterable[tuple[str, str]] = (),
        texts: Mapping[str, str] | None = None,
    ) -> None:
        self._read: dict[str, PersonName | None] = {}
        # Article slug -> the people it names -> how it writes each one's name.
        self._in_article: dict[str, dict[PersonName, set[str]]] = defaultdict(dict)
        spellings: dict[PersonName, Counter[PersonName]] = defaultdict(Counter)
        self._quoted: set[PersonName] = set()
        named = [(a, n, True) for a, n in quoted] + [(a, n, False) for a, n in mentioned]
        for article_slug, name, is_quoted in named:
            person = self.read(name)
            if person is None:
                continue
            self._in_article[article_slug].setdefault(person, set()).add(person.text)
            spellings[person][person] += 1
            if is_quoted:
                self._quoted.add(person)
        # How an identity is shown: its most common spelling, an accented one on a tie.
        self._shown = {
            person: max(counts, key=lambda p: (counts[p], not p.text.isascii(), p.text))
            for person, counts in spellings.items()
        }
        self._quoted_by_word: dict[str, set[PersonName]] = defaultdict(set)
        for person in self._quoted:
            for word in person.parts:
                self._quoted_by_word[word].add(person)
        self._texts = texts or {}
        self._roots: dict[PersonName, frozenset[PersonName]] = {}
        self._meant: dict[tuple[str, PersonName], PersonName] = {}
        self._titles: dict[PersonName, frozenset[str]] | None = None
        self._full_names_of: dict[PersonName, list[tuple[str, set[str]]]] = {}

    def read(self, name: str) -> PersonName | None:
        """``name`` read for comparison (kept: the corpus asks for each name often)."""
        if name not in self._read:
            self._read[name] = read_person_name(name)
        return self._read[name]

    def identity(self, article_slug: str, name: str) -> PersonName | None:
        """The person ``name`` means in the article, as the corpus spells them most:
        their fullest name, or ``name`` itself when the article and the corpus leave
        it open; None when no word of a name is left."""
        person = self.read(name)
        if person is None:
            return None
        meant = self._meant_in(article_slug, person)
        return self._shown.get(meant, meant)

    def _meant_in(self, article_slug: str, person: PersonName) -> PersonName:
        key = (article_slug, person)
        if key not in self._meant:
            fuller = _fuller(person, self._in_article.get(article_slug, {}))
            if fuller:  # the article names the person in full: it decides
                meant = {self._meant_in(article_slug, other) for other in fuller}
                # A name the article mentions but no one quotes is only taken on sight of
                # a first name: "Fascist Trump" is the tagger's, "Ban Ki-moon" a name.
                taken = {m for m in meant if m in self._quoted or _looks_like_full_name(m)}
                meant = taken if taken == meant else set()
            else:
                meant = set(self._corpus_roots(person))
                if meant == {person} and len(person.parts) == 1:
                    meant = self._first_name_roots(article_slug, person)
                elif len(meant) > 1:  # "President Obama": the one Obama who is president
                    titles = self._titles_before(article_slug, person.text)
                    meant = {m for m in meant if titles & self._titles_of(m)}
            self._meant[key] = meant.pop() if len(meant) == 1 else person
        return self._meant[key]

    def _corpus_roots(self, person: PersonName) -> frozenset[PersonName]:
        """The fullest quoted names ``person`` can be a variant of (itself if none)."""
        if person not in self._roots:
            by_word = self._quoted_by_word
            candidates = by_word.get(person.parts[0], set()) | by_word.get(person.parts[-1], set())
            fuller = [other for other in candidates if is_variant(person, other)]
            roots = [self._corpus_roots(other) for other in fuller] or [frozenset({person})]
            self._roots[person] = frozenset().union(*roots)
        return self._roots[person]

    def _first_name_roots(self, article_slug: str, person: PersonName) -> set[PersonName]:
        """A first name alone ("Donald") whose article writes the surname of a person
        the corpus quotes by that first name ("Trump" of "Donald Trump"): that person.

        Never the first name alone: "Beau" in an article on the Bidens is not Beau
        Correll, quoted elsewhere, nor "Freddy" beside "Trump" Freddy Ortega.
        """
        text = self._texts.get(article_slug, "")
        return {
            root
            for other in self._quoted_by_word.get(person.parts[0], ())
            if is_first_word_of(person, other)
            and re.search(rf"\b{re.escape(other.surname_as_written)}\b", text)
            for root in self._corpus_roots(other)
        }

    def _titles_before(self, article_slug: str, written: str) -> frozenset[str]:
        """The titles the article writes right before the name: "President Obama"."""
        text = self._texts.get(article_slug, "")
        found = set()
        at = text.find(written)
        while at != -1:
            end = at + len(written)
            if not (end < len(text) and text[end].isalnum()):
                before = _WORD_BEFORE.search(text, max(0, at - 30), at)
                title = before.group(1).lower().rstrip(".") if before else ""
                if title in _ROLE_TITLES:
                    found.add(title)
            at = text.find(written, end)
        return frozenset(found)

    def _titles_of(self, root: PersonName) -> frozenset[str]:
        """The titles the articles write before the full names that can only mean
        ``root`` ("President Barack Obama"): a surname alone could be a namesake's."""
        if self._titles is None:  # once: which full names can only mean whom
            self._titles = {}
            self._full_names_of = defaultdict(list)
            for article_slug, people in self._in_article.items():
                for person, written in people.items():
                    roots = self._corpus_roots(person)
                    if person.is_full and len(roots) == 1:
                        self._full_names_of[next(iter(roots))].append((article_slug, written))
        if root not in self._titles:
            self._titles[root] = frozenset().union(
                *(
                    self._titles_before(article_slug, text)
                    for article_slug, written in self._full_names_of.get(root, ())
                    for text in written
                )
            )
        return self._titles[root]


def _fold(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[^\w-]+", "", folded).strip("-_")


def _is_initial(part: str) -> bool:
    return len(part) == 1


def _in_order_within(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Each word of ``short`` matches a word of ``full`` after the one before matched;
    an initial matches a word it begins. Taking the earliest match is never worse."""
    position = 0
    for word in short:
        while position < len(full) and not (
            full[position] == word or (_is_initial(word) and full[position].startswith(word))
        ):
            position += 1
        if position == len(full):
            return False
        position += 1
    return True


def _fuller(person: PersonName, names: Iterable[PersonName]) -> list[PersonName]:
    """The names ``person`` is a less complete form of: as a surname if it can be one,
    else as the first word of a full name."""
    names = list(names)
    return [o for o in names if is_variant(person, o)] or [
        o for o in names if is_first_word_of(person, o)
    ]


def _reads_as_name(words: list[str]) -> bool:
    """Capitalised words, or the particles inside a name ("Ursula von der Leyen")."""
    return all(word[:1].isupper() or word in NAME_PARTICLES for word in words)


def _looks_like_full_name(person: PersonName) -> bool:
    return person.is_full and (person.family_name_first or person.parts[0] in _GIVEN_NAMES)
