"""One person, one speaker page, across articles (issue 12, item 4): real MkDocs builds of
small made-up article sets, read back from the speaker index and the speaker pages."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, Tag
from conftest import Site
from helpers import write


def build(tmp_path: Path, *articles: str) -> Site:
    """A site of the given article texts (a title line, then paragraphs), built."""
    site = Site(tmp_path / "project")
    for number, text in enumerate(articles, start=1):
        write(site.articles_dir, f"article-{number}.txt", text)
    site.build()
    return site


def speaker_pages(site: Site) -> dict[str, Tag]:
    """Each entry of the speaker index, by name: the main part of its page."""
    index_path = site.page_path(site.url_of("speakers/index.md"))
    index = BeautifulSoup(index_path.read_text(encoding="utf-8"), "html.parser")
    pages: dict[str, Tag] = {}
    for link in index.select("[role=main] table a[href], main table a[href]"):
        page = (index_path.parent / str(link["href"])).resolve()
        if page.is_dir() or str(link["href"]).endswith("/"):
            page = page / "index.html"
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        main = soup.select_one("[role=main]") or soup.select_one("main")
        assert isinstance(main, Tag)
        pages[link.get_text(" ", strip=True)] = main
    return pages


def quotes_on(page: Tag) -> set[str]:
    """The quoted words a speaker page lists, without their marks."""
    found = set()
    for item in page.select("ul > li"):
        text = item.get_text(" ").strip().split("\n")[0]
        quoted = re.match(r"“(.*?)”", text, re.S)
        if quoted:
            found.add(" ".join(quoted.group(1).split()))
    return found


def also_named(page: Tag) -> list[str]:
    for paragraph in page.find_all("p"):
        text = paragraph.get_text(" ", strip=True)
        if text.startswith("Also named:"):
            return [name.strip() for name in text.removeprefix("Also named:").split(";")]
    return []


def test_a_middle_initial_is_the_same_person(tmp_path: Path) -> None:
    site = build(
        tmp_path,
        'Trade talks\n\nMaria T. Delgado said, "We will reopen the port by spring."\n',
        'Port news\n\nMaria Delgado told reporters, "The cranes are already ordered."\n',
        'Harbor\n\nMaria Delgado said, "The unions agreed on Tuesday."\n',
    )
    pages = speaker_pages(site)
    assert "Maria T. Delgado" not in pages
    assert quotes_on(pages["Maria Delgado"]) == {
        "We will reopen the port by spring.",
        "The cranes are already ordered.",
        "The unions agreed on Tuesday.",
    }


def test_a_surname_or_a_title_and_surname_joins_the_one_full_name_the_corpus_quotes(
    tmp_path: Path,
) -> None:
    site = build(
        tmp_path,
        'One\n\nBarack Obama said, "We will close the camp."\n',
        'Two\n\nPresident Obama said, "The law stands."\n',
        'Three\n\nObama said, "Nothing has changed."\n',
    )
    pages = speaker_pages(site)
    assert set(pages) == {"Barack Obama"}
    assert quotes_on(pages["Barack Obama"]) == {
        "We will close the camp.",
        "The law stands.",
        "Nothing has changed.",
    }


def test_of_two_obamas_the_title_the_article_gives_decides_and_no_title_decides_nothing(
    tmp_path: Path,
) -> None:
    site = build(
        tmp_path,
        'One\n\nPresident Barack Obama said, "We will close the camp."\n',
        'Two\n\nFirst lady Michelle Obama said, "Eat your vegetables."\n',
        'Three\n\nPresident Obama said, "The law stands."\n',
        'Four\n\nObama said, "Nothing has changed."\n',
    )
    pages = speaker_pages(site)
    assert quotes_on(pages["Barack Obama"]) == {"We will close the camp.", "The law stands."}
    assert quotes_on(pages["Michelle Obama"]) == {"Eat your vegetables."}
    assert quotes_on(pages["Obama"]) == {"Nothing has changed."}


def test_the_clintons_stay_apart_and_a_clinton_no_article_names_in_full_stays_alone(
    tmp_path: Path,
) -> None:
    site = build(
        tmp_path,
        'Campaign\n\nBill Clinton said, "The economy comes first."\n\n'
        'Hillary Clinton said, "I will fight for families."\n\n'
        'Chelsea Clinton said, "My mother is ready."\n',
        'Rally\n\nClinton said, "We have work to do."\n',
    )
    pages = speaker_pages(site)
    assert quotes_on(pages["Bill Clinton"]) == {"The economy comes first."}
    assert quotes_on(pages["Hillary Clinton"]) == {"I will fight for families."}
    assert quotes_on(pages["Chelsea Clinton"]) == {"My mother is ready."}
    assert quotes_on(pages["Clinton"]) == {"We have work to do."}


def test_jr_keeps_father_and_son_apart_and_a_trump_who_could_be_either_alone(
    tmp_path: Path,
) -> None:
    site = build(
        tmp_path,
        'Family\n\nDonald Trump Jr. said, "Dad is right."\n',
        'Rally\n\nDonald J. Trump said, "We will win big."\n',
        'Debate\n\nDonald Trump said, "Believe me."\n',
        'Towers\n\nDonald Trump said, "Nobody builds better."\n',
        'Golf\n\nTrump said, "The course is beautiful."\n',
    )
    pages = speaker_pages(site)
    assert quotes_on(pages["Donald Trump Jr."]) == {"Dad is right."}
    assert quotes_on(pages["Donald Trump"]) == {
        "We will win big.",
        "Believe me.",
        "Nobody builds better.",
    }
    assert also_named(pages["Donald Trump"]) == ["Donald J. Trump"]
    assert quotes_on(pages["Trump"]) == {"The course is beautiful."}


def test_different_first_names_stay_apart(tmp_path: Path) -> None:
    site = build(
        tmp_path,
        'Security\n\nJeh Johnson said, "Screening works."\n',
        'Libertarians\n\nGary Johnson said, "Legalize it."\n',
        'Panel\n\nJohnson said, "We disagree."\n',
    )
    pages = speaker_pages(site)
    assert quotes_on(pages["Jeh Johnson"]) == {"Screening works."}
    assert quotes_on(pages["Gary Johnson"]) == {"Legalize it."}
    assert quotes_on(pages["Johnson"]) == {"We disagree."}


def test_the_page_shows_the_most_common_full_name_and_lists_the_others(
    tmp_path: Path,
) -> None:
    site = build(
        tmp_path,
        'Bonds\n\nMelba Acosta Febo said, "The bonds will be paid."\n',
        'Audit\n\nMelba Acosta said, "The audit is done."\n',
        'Budget\n\nMelba Acosta said, "We will pay."\n',
        'Summit\n\nBan Ki-moon said, "The climate cannot wait."\n',
        'Climate\n\nBan said, "Every country must act."\n',
    )
    pages = speaker_pages(site)
    assert set(pages) == {"Melba Acosta", "Ban Ki-moon"}
    assert quotes_on(pages["Melba Acosta"]) == {
        "The bonds will be paid.",
        "The audit is done.",
        "We will pay.",
    }
    assert also_named(pages["Melba Acosta"]) == ["Melba Acosta Febo"]
    assert quotes_on(pages["Ban Ki-moon"]) == {
        "The climate cannot wait.",
        "Every country must act.",
    }
    assert also_named(pages["Ban Ki-moon"]) == ["Ban"]
