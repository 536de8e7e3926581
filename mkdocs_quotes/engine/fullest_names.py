"""The form of a person's name the article's speakers are shown by.

"Biden" -> "Joe Biden", the fullest form of a surname the article uses; and a name
the article says its bearer goes by ("Mr. Bush, known as Jeb"; "John Ellis (Jeb)
Bush") is the one shown, since readers and annotators know the person by it.
"""

from __future__ import annotations

import re

from .full_names import full_names_in_text, is_running_text
from .lexicon.given_names import (
    borne_by_both,
    gender_of_name,
    is_given_name,
    is_world_given_name,
)
from .lexicon.people import HONORIFICS, TITLE_WORDS
from .name_lines import LinesByWord
from .people_named import PeopleNamed, given_key

_WORD = r"[A-Z][\w'’.-]*"
# "Mr. Bush, known as Jeb," / "John Ellis Bush, better known as Jeb": a single
# capitalised word, not the first of a longer name ("known as Big Al Smith").
_KNOWN_AS = re.compile(
    rf"\b({_WORD}(?: {_WORD}){{0,3}}),? (?:(?:better|widely|popularly) )?known as "
    rf"({_WORD})\b(?![ -][A-Z])"
)
# "John Ellis (Jeb) Bush", 'John Ellis "Jeb" Bush'.
_INSET = re.compile(rf"\b((?:{_WORD} ){{1,3}})[(“\"‘']({_WORD})[)”\"’'] ({_WORD})\b")
# What every inset holds, found without trying a name at every capitalised word: most
# articles have none, and then the inset pattern need not read them.
_INSET_CORE = re.compile(rf"[(“\"‘']{_WORD}[)”\"’'] [A-Z]")


def _surname_andgiven_key(name: str) -> tuple[str, list[str]]:
    words = [w for w in name.split() if w.lower().rstrip(".") not in TITLE_WORDS]
    words = [w for w in words if w.lower() not in HONORIFICS]
    return (words[-1], words[:-1]) if words else ("", [])


def _named_in_full_before(text: str, surname: str, at: int) -> str | None:
    """The last name in full ending in ``surname`` before ``at``: whom "Mr. Bush,
    known as Jeb" is about."""
    found = None
    for match in re.finditer(rf"\b((?:{_WORD} ){{1,3}}){re.escape(surname)}\b", text[:at]):
        given = _surname_andgiven_key(match.group(0))[1]
        if given:
            found = " ".join([*given, surname])
    return found


def _goes_by(nick: str, given: list[str]) -> bool:
    """``nick`` is another given name for a person named ``given`` (a known given
    name first): one plain word, not a title ("Ariz.") or a party ("R-Texas")."""
    plain = nick[1:].islower() and nick.isalpha()
    return plain and bool(given) and is_given_name(given[0]) and nick not in given


def known_as(text: str) -> dict[str, str]:
    """Full names the article says their bearers go by another given name under:
    "John Ellis Bush" -> "Jeb Bush"."""
    found: dict[str, str] = {}
    # Not headlines, whose every word is capitalised ('Carly "Horrified By" Cruz').
    text = "\n".join(line for line in text.splitlines() if is_running_text(line))
    insets = _INSET.finditer(text) if _INSET_CORE.search(text) else iter(())
    for match in insets:
        nick, surname = match.group(2), match.group(3)
        given = _surname_andgiven_key(f"{match.group(1)}{surname}")[1]
        if _goes_by(nick, given):
            found[" ".join([*given, surname])] = f"{nick} {surname}"
    for match in _KNOWN_AS.finditer(text) if "known as" in text else iter(()):
        surname, given = _surname_andgiven_key(match.group(1))
        nick = match.group(2)
        if not surname or nick == surname:
            continue
        # The named bearer: written here in full, or the last named in full before.
        full = " ".join([*given, surname]) if given else None
        full = full or _named_in_full_before(text, surname, match.start())
        if full and _goes_by(nick, full.split()[:-1]):
            found.setdefault(full, f"{nick} {surname}")
    return found


class FullestNames:
    """``SpeakerResolver.full_name`` for one article, remembered per name."""

    def __init__(self, text: str, people: PeopleNamed) -> None:
        self.text = text
        self.people = people
        self._found: dict[str, str] = {}
        self._lines: LinesByWord | None = None
        self._known_as: dict[str, str] | None = None

    def shown(self, name: str) -> str:
        """The name a person named ``name`` in full is shown by."""
        if self._known_as is None:
            self._known_as = known_as(self.text)
        return self._known_as.get(name, name)

    def of(self, name: str) -> str:
        """The fullest form of a name the article uses: "Biden" -> "Joe Biden".

        Where the article names two people with that surname (Donald and Melania
        Trump), the one it names most often wins.
        """
        if not name or " " in name.strip():
            return self.shown(self._fuller_form(name.strip()))
        if name in self._found:
            return self._found[name]
        counts = self.people.full_forms(name, quoted=False)
        if not counts:
            counts = full_names_in_text(self._lines_with(name), name)
        if not counts:
            counts = self.people.full_forms(name, quoted=True)
        if not counts:
            counts = self._starting_with(name)
        sexes = self._honorific_sexes(name) if counts else set()
        counts = self._with_surnames_before_namesake(counts, name)
        counts = {n: c for n, c in counts.items() if not _other_sex(n, sexes)}
        best = self._most_named(counts, name)
        # "Clinton" -> "Rodham Clinton" where the parse cut the given name: fuller still.
        self._found[name] = self.shown(self._fuller_form(best) if " " in best else best)
        return self._found[name]

    def _fuller_form(self, name: str) -> str:
        """ "Rodham Clinton" -> "Hillary Rodham Clinton", "Vargas Llosa" -> "Mario Vargas
        Llosa": a two-word surname the article also gives with the given name before it
        is that person, shown by the form the article names them by most."""
        if name in self._found:
            return self._found[name]
        surname = name.split()[-1]
        counts = self.people.full_forms(surname, quoted=False)
        fuller = {n: c for n, c in counts.items() if n.endswith(f" {name}")}
        # Where the parse named nobody so, the text: only for a surname whose first word
        # is no given name ("Vela Ortiz"), and a known given name before it ("Texas Ted
        # Cruz" is Ted Cruz).
        first = name.split()[0]
        if not fuller and first[:1].isupper() and not is_given_name(first):
            found = full_names_in_text(self._lines_with(first), name)
            fuller = {n: c for n, c in found.items() if is_world_given_name(n.split()[0])}
        best = self._most_named(fuller, name)
        self._found[name] = best
        return best

    def _starting_with(self, word: str) -> dict[str, int]:
        """The full forms of the one person whose name starts with ``word``, where no
        full name ends in it: a family name written first ("Xi" after "Xi Jinping",
        "Kim" after "Kim Jong Un"), or a given name used alone ("Hillary" after
        "Hillary Clinton"). Nothing where the word starts the names of two people
        ("Donald Trump", "Donald Trump Jr."): the word alone may mean either."""
        counts = self.people.full_forms_starting(word)
        last_words = {n.split()[-1] for n in counts}  # "Jr." tells a son apart
        return counts if len(last_words) == 1 else {}

    def _lines_with(self, word: str) -> list[str]:
        if self._lines is None:  # once per article, and only if a name needs it
            self._lines = LinesByWord(self.text)
        return self._lines.lines_with(word)

    def _with_surnames_before_namesake(
        self, counts: dict[str, int], surname: str
    ) -> dict[str, int]:
        """``counts``, the form the article writes first also counting the surname
        alone until a namesake is written: those can only mean that person. "Sen.
        Chris Murphy" once, "Murphy" twenty times, then "a teacher's aide, Anne Marie
        Murphy" twice: "Murphy" is Chris Murphy. (Only the forms counted: a form the
        text alone holds is as often a misspelling or a name's middle, "John Ellis
        (Jeb) Bush", as another person.)"""
        firsts = sorted((at, n) for n in counts if (at := self.text.find(n)) >= 0)
        if len(firsts) < 2 or given_key(firsts[0][1]) == given_key(firsts[1][1]):
            return counts
        (start, first), (end, _) = firsts[0], firsts[1]
        between = self.text[start:end]
        alone = len(re.findall(rf"\b{re.escape(surname)}\b", between)) - between.count(first)
        return {**counts, first: counts[first] + max(alone, 0)}

    def _most_named(self, counts: dict[str, int], default: str) -> str:
        """The form named most often, the earliest on a tie."""
        return max(counts, key=lambda n: (counts[n], -self.text.find(n)), default=default)

    def _honorific_sexes(self, surname: str) -> set[str]:
        """The sexes of the honorifics the article gives ``surname`` ("Mr. Obama")."""
        return {
            sex
            for honorific, sex in HONORIFICS.items()
            if sex is not None and f"{honorific.capitalize()} {surname}" in self.text
        }


def _other_sex(full: str, sexes: set[str]) -> bool:
    """'the first lady, Michelle Obama' once, and "Mr. Obama" fifteen times: where the
    article gives the surname only one sex's honorific (``sexes``), a full form of the
    other sex is someone else, and the bare surname is not hers. A given name borne by
    both ("Lee") leaves it to the honorific."""
    gender = gender_of_name(full)
    if gender is None or borne_by_both(full):
        return False
    return bool(sexes) and gender not in sexes
