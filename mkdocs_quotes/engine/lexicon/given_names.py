"""Given names and the gender they usually carry, for "he" vs "she".

Three sources: the US Census's 1990 first names (``census_given_names.tsv``, made by
``training/make_given_names.py``), which also says which names both sexes commonly
bear ("Terry", "Leslie": a name, but compatible with both pronouns); for names it
lacks, the short list below; and, for the gender of a full name only, the world's
names the census lacks (``world_given_names.tsv``, from nomquamgender's data). Only
a tie-breaker: honorifics and role words the article itself uses ("Ms.",
"spokeswoman") win over it, and a name on no list is compatible with both pronouns.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

CENSUS_FILE = Path(__file__).with_name("census_given_names.tsv")
WORLD_FILE = Path(__file__).with_name("world_given_names.tsv")

FEMALE = frozenset(
    """
    abigail alexandra alice alicia allison amanda amber amy ana andrea angela anna anne
    annie ashley barbara betsy betty beverly brenda brittany carla carol caroline
    carolyn catherine cheryl christina christine cindy claire claudia cynthia dana
    danielle deborah debbie debra denise diana diane donna doris dorothy elaine
    elizabeth ellen emily emma erin evelyn fiona frances gloria grace hannah heather
    heidi helen hillary holly irene jacqueline jane janet janice jean jennifer jessica
    jill joan joanna joanne jodi josephine joy joyce judith judy julia julie karen
    kate katherine kathleen kathryn kathy katie kayleigh kelly kimberly kirsten kristen
    laura lauren linda lisa liz loretta lori louise lucy lynn madeleine madeline
    margaret maria marie marilyn martha mary megan melania melanie melissa michelle
    monica nancy natalie nicole nikki olivia pamela patricia paula peggy rachel rebecca
    rita roberta rosa rose ruth sally samantha sandra sara sarah sharon shirley
    sonia sophia stephanie susan suzanne tammy teresa theresa tiffany tina valerie
    vanessa veronica victoria virginia wendy yvonne
    """.split()
)

MALE = frozenset(
    """
    aaron adam alan albert alex alexander andrew anthony antonio arthur barack ben
    benjamin bernie bill billy bob bobby brad bradley brandon brian bruce bryan carl
    carlos charles charlie chris christopher chuck craig dan daniel danny david dennis
    derek dick don donald doug douglas dylan ed eddie edward eric frank fred gary
    george gerald glenn gordon greg gregory harold harry henry howard ian jack jacob
    james jason jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon
    jonathan jorge jose joseph josh joshua juan justin keith ken kenneth kevin kyle
    larry lawrence lee leonard louis luis marco marcus mark martin matt matthew michael
    mick mike mitch mitt nathan neil nicholas nick pat patrick paul peter phil philip
    ralph randy ray raymond reince richard rick rob robert roger ron ronald roy russell
    ryan sam samuel scott sean stephen steve steven ted terry thomas tim timothy todd
    tom tony travis troy tyler victor vincent walter wayne william willie zach
    """.split()
)


@cache
def _census() -> dict[str, str | None]:
    return _genders(CENSUS_FILE)


@cache
def _world() -> dict[str, str | None]:
    """Names the census lacks ("Kamala", "Volodymyr"), for a full name's gender only:
    ``world_given_names.tsv``, made by ``training/make_world_given_names.py``."""
    return _genders(WORLD_FILE)


def _genders(path: Path) -> dict[str, str | None]:
    """A name per line, a tab, and "f", "m" or "-" (both); "#" opens a comment line."""
    genders: dict[str, str | None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            name, gender = line.split("\t")
            genders[name] = gender if gender in ("f", "m") else None
    return genders


def _first_word(name: str) -> str:
    return name.split()[0].lower().strip(".") if name.split() else ""


def is_given_name(name: str) -> bool:
    """Whether a full name starts with a known given name, of either gender or both."""
    first = _first_word(name)
    return first in _census() or first in FEMALE or first in MALE


def is_world_given_name(name: str) -> bool:
    """``is_given_name``, or a given name of the world's the census lacks ("Recep",
    "Marine"): for a name already read as a person's, never to tell one from a place
    ("Costa Rica", "Sri Lanka")."""
    return is_given_name(name) or _first_word(name) in _world()


def gender_of_name(name: str) -> str | None:
    """ "f", "m" or None (unknown, or common for both), from the first word of a name.

    A name of one word is, in news, mostly a surname on second reference ("Clinton",
    "Carter", "Warren" are all census given names): only the short lists of common
    given names, which are rarely surnames, give it a gender."""
    first = _first_word(name)
    if first in FEMALE:
        return "f"
    if first in MALE:
        return "m"
    if len(name.split()) < 2:
        return None
    census = _census()
    return census[first] if first in census else _world().get(first)


def borne_by_both(name: str) -> bool:
    """Whether the census finds the name's first word common for both sexes ("Terry",
    "Leslie"): what the article says of the person ("widow", "Mr.") should decide."""
    first = _first_word(name)
    census = _census()
    if first in census:
        return census[first] is None
    return first in _world() and _world()[first] is None
