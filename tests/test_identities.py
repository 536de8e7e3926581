"""Which two person names can be one person: the name rules alone, no article involved."""

from __future__ import annotations

import pytest

from mkdocs_quotes.site.identities import (
    PersonName,
    is_first_word_of,
    is_variant,
    read_person_name,
)


def read(name: str) -> PersonName:
    person = read_person_name(name)
    assert person is not None
    return person


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Donald Trump", "Donald J. Trump"),  # a middle initial
        ("Donald J. Trump", "Donald John Trump"),  # an initial for its name
        ("Hillary Clinton", "Hillary Rodham Clinton"),  # a middle name
        ("Melba Acosta", "Melba Acosta Febo"),  # a second surname
        ("Obama", "Barack Obama"),  # the surname alone
        ("President Obama", "Barack Obama"),  # a title is no part of the name
        ("Mr. Trump", "Donald Trump"),
        ("Vargas Llosa", "Mario Vargas Llosa"),  # a surname of two words
        ("Ban", "Ban Ki-moon"),  # the family name first
        ("Trump", "Donald Trump Jr."),  # a surname alone could be the son's
        ("Casey", "Robert P. Casey Jr."),
    ],
)
def test_variants_of_one_name(short: str, full: str) -> None:
    assert is_variant(read(short), read(full))
    assert not is_variant(read(full), read(short))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Bill Clinton", "Hillary Clinton"),  # first names differ
        ("Jeh Johnson", "Gary Johnson"),
        ("Donald Trump", "Donald Trump Jr."),  # a suffix is another person
        ("Donald Trump Sr.", "Donald Trump Jr."),
        ("George W. Bush", "George H.W. Bush"),
        ("Hillary", "Hillary Clinton"),  # a first name is no surname
        ("Ki-moon", "Ban Ki-moon"),
        ("Donald J.", "Donald J. Trump"),  # cut short after an initial
        ("J. Trump", "Donald J. Trump"),
    ],
)
def test_names_of_different_people_or_too_little_to_tell(one: str, other: str) -> None:
    assert not is_variant(read(one), read(other))
    assert not is_variant(read(other), read(one))


def test_what_a_name_is_read_as() -> None:
    casey = read_person_name("Sen. Robert P. Casey Jr.")
    assert casey is not None
    assert (casey.text, casey.parts, casey.suffix) == (
        "Robert P. Casey Jr.",
        ("robert", "p", "casey"),
        "jr",
    )
    glued = read_person_name("Deal.'' Trump")
    assert glued is not None and glued.text == "Trump"
    assert read_person_name("Certainly Donald Trump") == read_person_name("Donald Trump")
    assert read_person_name("Alabama Sen. Jeff Sessions") == read_person_name("Jeff Sessions")
    dean = read_person_name("Dean Baker")  # a title word that is also a first name stays
    assert dean is not None and dean.parts == ("dean", "baker")
    assert read_person_name("") is None


def test_a_first_name_alone_is_read_apart_from_a_surname() -> None:
    hillary, clinton = read("Hillary"), read("Hillary Clinton")
    assert is_first_word_of(hillary, clinton)
    assert not is_first_word_of(read("Clinton"), clinton)
