"""Reading `quotes.yml`: values as written, and one line per mistake with file, line and key."""

from __future__ import annotations

import logging

from mkdocs_quotes.site.corrections import parse_corrections

FULL = """\
speakers:
  John Kirby:
    aliases: [Kirby, Adm. John Kirby]
    role: Pentagon spokesman
    kind: person
    description: Spokesman of the US Department of Defense.
    image: https://example.org/kirby.jpg
    links: {Wikidata: "https://www.wikidata.org/wiki/Q1", Wikipedia: "https://en.wikipedia.org/"}
  Facebook:
    hide: true
quotes:
  3f2a9c1b0d:
    speaker: Antonio Guterres
    status: verified
    note: Checked against the UN transcript.
  1234567890:
    hide: true
articles:
  kabul-airport.txt:
    title: Kabul airport
    date: 2021-08-13
    source: AFP
    url: https://example.org/kabul
"""


def test_every_key_is_read_as_written() -> None:
    corrections = parse_corrections(FULL)
    assert corrections.problems == ()
    kirby, facebook = corrections.speakers
    assert kirby.name == "John Kirby" and kirby.line == 2
    assert kirby.aliases == ("Kirby", "Adm. John Kirby")
    assert (kirby.role, kirby.kind) == ("Pentagon spokesman", "person")
    assert kirby.image == "https://example.org/kirby.jpg"
    assert [label for label, _ in kirby.links] == ["Wikidata", "Wikipedia"]
    assert facebook.hide and not kirby.hide
    verified, hidden = corrections.quotes
    assert (verified.id, verified.speaker, verified.status) == (
        "3f2a9c1b0d",
        "Antonio Guterres",
        "verified",
    )
    # An id of digits only is still the id, not the number YAML would make of it.
    assert hidden.id == "1234567890" and hidden.hide
    (article,) = corrections.articles
    assert (article.file, article.date, article.source) == (
        "kabul-airport.txt",
        "2021-08-13",
        "AFP",
    )


def test_a_wrong_value_is_one_line_with_file_line_and_key_and_the_rest_stays() -> None:
    text = FULL.replace("status: verified", "status: verifed").replace(
        "hide: true\nquotes", "hide: maybe\nquotes"
    )
    corrections = parse_corrections(text, "quotes.yml")
    messages = [p.message for p in corrections.problems]
    assert messages == [
        "quotes.yml:10: speakers.Facebook.hide: 'maybe' is not true or false; ignored",
        "quotes.yml:14: quotes.3f2a9c1b0d.status: 'verifed' is not one of verified, disputed,"
        " misattributed",
    ]
    assert corrections.quotes[0].speaker == "Antonio Guterres"
    assert corrections.quotes[0].status is None
    assert corrections.speakers[0].aliases == ("Kirby", "Adm. John Kirby")


def test_wrong_shapes_unknown_keys_and_urls_are_named() -> None:
    text = """\
speakers:
  John Kirby:
    aliases: {Kirby: yes}
    rol: spokesman
    image: javascript:alert(1)
    links: {Home: "ftp://example.org", Wiki: "https://example.org/wiki"}
quotes: [a, b]
colours: red
"""
    corrections = parse_corrections(text)
    messages = [p.message for p in corrections.problems]
    assert messages == [
        "quotes.yml:8: colours: unknown key; ignored",
        "quotes.yml:4: speakers.John Kirby.rol: unknown key; closest: 'role'; ignored",
        "quotes.yml:3: speakers.John Kirby.aliases: should be a list of names, not a mapping;"
        " ignored",
        "quotes.yml:5: speakers.John Kirby.image: 'javascript:alert(1)' is not an http(s) URL;"
        " ignored",
        "quotes.yml:6: speakers.John Kirby.links.Home: 'ftp://example.org' is not an http(s)"
        " URL; ignored",
        "quotes.yml:7: quotes: should be a mapping of keys, not a list; ignored",
    ]
    (kirby,) = corrections.speakers
    assert kirby.links == (("Wiki", "https://example.org/wiki"),) and kirby.image is None


def test_invalid_yaml_is_one_warning_and_no_correction() -> None:
    corrections = parse_corrections("quotes:\n  abc: [unclosed\n", "quotes.yml")
    (problem,) = corrections.problems
    assert problem.level == logging.WARNING
    assert problem.message.startswith("quotes.yml:3: not valid YAML (")
    assert problem.message.endswith("; no correction applies")
    assert corrections.quotes == () and "\n" not in problem.message


def test_an_empty_file_and_a_key_given_twice() -> None:
    assert parse_corrections("# nothing yet\n").problems == ()
    corrections = parse_corrections("quotes:\n  abc: {hide: true}\n  abc: {hide: false}\n")
    assert [p.message for p in corrections.problems] == [
        "quotes.yml:3: quotes.abc: given twice; the last one applies"
    ]
    assert corrections.quotes[0].hide is False
