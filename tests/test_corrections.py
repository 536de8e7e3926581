"""The editors' `quotes.yml`, end to end: real builds of the seed articles, read back."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import Site, broken_links
from mkdocs.exceptions import Abort
from test_plugin import quote_pages_on, speaker_page

from mkdocs_quotes.cli import main

# Quotes of the seed articles, by the id of their page.
KIRBY_MOVE = "0402c81f0a"  # "will be able to move thousands per day" — John Kirby
WALLACE_MISTAKE = "f04cd456aa"  # "a mistake" — Ben Wallace
GUTERRES_HORRIFYING = "e8bc82776e"  # "It is particularly horrifying…" — Antonio Guterres
TALIBAN_KANDAHAR = "5b7aac34bb"  # "Kandahar is completely conquered…" — a Taliban spokesman
EMBASSY_LEAVE = "87b699ad6b"  # "leave Afghanistan immediately…" — US Embassy
KIRBY_ARTICLE = "001_f4ab7b8fa4ae20c2.txt"
QUOTE_ID = re.compile(r"[0-9a-f]{10}(?:-\d+)?")  # a quote page's folder under quotes/


def write_corrections(site: Site, text: str) -> None:
    site.root.mkdir(parents=True, exist_ok=True)
    (site.root / "quotes.yml").write_text(text, encoding="utf-8")


def speaker_rows(site: Site) -> dict[str, list[str]]:
    """Speaker name -> the cells of their row in the speaker index."""
    soup = site.soup(site.url_of("speakers/index.md"))
    rows = {}
    for row in soup.select("main tr, [role=main] tr"):
        cells = [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        if cells:
            rows[cells[0]] = cells
    return rows


def pages(site: Site) -> dict[Path, str]:
    """Every HTML page of the site, without the build time MkDocs writes into each."""
    return {
        p.relative_to(site.site_dir): re.sub(r"Build Date UTC : .*", "", p.read_text("utf-8"))
        for p in site.html_files()
    }


def quote_page(site: Site, quote_id: str) -> Path:
    return site.page_path(site.url_of(f"quotes/{quote_id}.md"))


def text_of(path: Path) -> str:
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    main = soup.select_one("[role=main]")
    assert main is not None
    return " ".join(main.get_text(" ").split())


def problems(caplog: pytest.LogCaptureFixture, level: int = logging.WARNING) -> list[str]:
    """The messages logged at ``level`` or above, without the plugin logger's prefix."""
    return [
        r.getMessage().removeprefix("mkdocs_quotes: ") for r in caplog.records if r.levelno >= level
    ]


def test_aliases_merge_speakers_across_articles_under_the_name_to_show(site: Site) -> None:
    write_corrections(
        site,
        "speakers:\n"
        "  Zabihullah Mujahid:\n"
        "    aliases: [a Taliban spokesman]\n"
        "    description: Spokesman of the Taliban.\n",
    )
    site.build(strict=True)
    rows = speaker_rows(site)
    assert "a Taliban spokesman" not in rows
    assert rows["Zabihullah Mujahid"][2:4] == ["3", "2"]  # quotes, articles
    page = speaker_page(site, "Zabihullah Mujahid")
    assert len(quote_pages_on(site, page)) == 3
    assert "Spokesman of the Taliban." in text_of(page)
    assert "credited by the editors" not in text_of(page)  # merged, not re-credited
    assert broken_links(site.site_dir) == []


def test_a_recredited_quote_moves_and_says_the_editors_credited_it(site: Site) -> None:
    write_corrections(
        site,
        f"quotes:\n  {KIRBY_MOVE}:\n    speaker: Antonio Guterres\n"
        f"  {EMBASSY_LEAVE}:\n    speaker: US Embassy in Kabul\n",
    )
    site.build(strict=True)
    rows = speaker_rows(site)
    assert rows["John Kirby"][2] == "2" and rows["Antonio Guterres"][2] == "3"
    guterres = speaker_page(site, "Antonio Guterres")
    assert quote_page(site, KIRBY_MOVE).resolve() in quote_pages_on(site, guterres)
    soup = BeautifulSoup(guterres.read_text(encoding="utf-8"), "html.parser")
    marked = [li for li in soup.select("li") if li.select_one(".mq-edited")]
    assert len(marked) == 1 and "move thousands per day" in marked[0].get_text()
    assert "Credited by the editors" in text_of(quote_page(site, KIRBY_MOVE))
    # A name no article uses is a speaker of its own, of the kind the engine had found.
    assert "US Embassy" not in rows
    assert rows["US Embassy in Kabul"][2] == "1"
    assert "Organisations" in text_of(site.page_path(site.url_of("speakers/index.md")))
    # The article's words ("Pentagon spokesman John Kirby said") no longer link the quote.
    article = site.soup(site.url_of("articles/001-f4ab7b8fa4ae20c2.md"))
    mark = article.find(id=f"q-{KIRBY_MOVE}")
    assert mark is not None and mark["title"] == "Antonio Guterres"
    assert broken_links(site.site_dir) == []


def test_a_hidden_quote_vanishes_from_every_page_count_and_the_search_index(site: Site) -> None:
    site.mkdocs_options["plugins"] = ["search", "quotes"]
    write_corrections(site, f"quotes:\n  {WALLACE_MISTAKE}:\n    hide: true\n")
    site.build(strict=True)
    assert not quote_page(site, WALLACE_MISTAKE).exists()
    assert "Ben Wallace" not in speaker_rows(site)  # his only quote
    assert not site.page_path(site.url_of("speakers/ben-wallace.md")).exists()
    for html in site.html_files():
        assert WALLACE_MISTAKE not in html.read_text(encoding="utf-8"), html
    search = (site.site_dir / "search" / "search_index.json").read_text(encoding="utf-8")
    assert WALLACE_MISTAKE not in search and "speakers/ben-wallace" not in search
    index = text_of(site.page_path(site.url_of("articles/index.md")))
    assert "10 quotes by 6 speakers" in index  # was 11 by 7
    assert broken_links(site.site_dir) == []


def test_a_hidden_speaker_s_quotes_go_to_unattributed(site: Site) -> None:
    write_corrections(site, "speakers:\n  US Embassy:\n    hide: true\n")
    site.build(strict=True)
    rows = speaker_rows(site)
    assert "US Embassy" not in rows and rows["Unattributed"][2] == "1"
    unattributed = site.page_path(site.url_of("speakers/unattributed.md"))
    assert quote_page(site, EMBASSY_LEAVE).resolve() in quote_pages_on(site, unattributed)


def test_status_note_and_profile_are_shown_and_stay_text(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    write_corrections(
        site,
        f"quotes:\n  {GUTERRES_HORRIFYING}:\n    status: verified\n"
        "    note: Checked against the <b>UN</b> transcript.\n"
        "speakers:\n  Antonio Guterres:\n    role: UN Secretary-General\n"
        "    kind: person\n    description: Leads the <script>UN</script>.\n"
        "    image: https://example.org/guterres.jpg\n"
        '    links: {Wikipedia: "https://en.wikipedia.org/wiki/Ant%C3%B3nio_Guterres",'
        ' Evil: "javascript:alert(1)"}\n',
    )
    with caplog.at_level(logging.WARNING):
        site.build(strict=False)
    assert problems(caplog) == [
        "quotes.yml:11: speakers.Antonio Guterres.links.Evil: 'javascript:alert(1)' is not an"
        " http(s) URL; ignored"
    ]
    page = BeautifulSoup(quote_page(site, GUTERRES_HORRIFYING).read_text("utf-8"), "html.parser")
    badge = page.select_one(".mq-status.mq-status-verified")
    assert badge is not None and badge.get_text() == "Verified"
    verdict = page.select_one(".mq-verdict")
    assert verdict is not None and "Checked against the <b>UN</b> transcript." in verdict.get_text()
    assert verdict.find("b") is None
    speaker = BeautifulSoup(
        speaker_page(site, "Antonio Guterres").read_text("utf-8"), "html.parser"
    )
    assert speaker.find("script", string="UN") is None
    assert "Leads the <script>UN</script>." in speaker.get_text()
    image = speaker.select_one("img.mq-portrait")
    assert image is not None and image["src"] == "https://example.org/guterres.jpg"
    main = speaker.select_one("[role=main]")
    assert main is not None
    links = {a.get_text(): a["href"] for a in main.select("a[href^=http]")}
    assert links == {"Wikipedia": "https://en.wikipedia.org/wiki/Ant%C3%B3nio_Guterres"}
    assert "UN Secretary-General" in speaker.get_text()
    assert speaker.select_one(".mq-status-verified") is not None


def test_articles_metadata_wins_over_the_article_s_own(site: Site) -> None:
    write_corrections(
        site,
        f"articles:\n  {KIRBY_ARTICLE}:\n    title: Taliban take Kandahar\n"
        "    date: 2021-08-13\n    source: AFP\n    url: https://example.org/kandahar\n",
    )
    site.build(strict=True)
    article = site.soup(site.url_of("articles/001-f4ab7b8fa4ae20c2.md"))
    assert article.find("h1", string="Taliban take Kandahar") is not None
    meta = article.select_one(".mq-meta")
    assert meta is not None and "AFP · 13 August 2021" in meta.get_text()
    link = meta.find("a")
    assert link is not None and link["href"] == "https://example.org/kandahar"


def test_invalid_yaml_is_one_warning_and_the_site_is_the_engine_s(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    write_corrections(site, f"quotes:\n  {WALLACE_MISTAKE}: [hide: true\n")
    with caplog.at_level(logging.WARNING):
        site.build(strict=False)
    (message,) = problems(caplog)
    assert message.startswith("quotes.yml:3: not valid YAML") and "\n" not in message
    assert quote_page(site, WALLACE_MISTAKE).exists()
    with pytest.raises(Abort):
        site.build(strict=True)


def test_a_wrong_type_costs_only_its_key(site: Site, caplog: pytest.LogCaptureFixture) -> None:
    write_corrections(
        site,
        f"quotes:\n  {WALLACE_MISTAKE}:\n    hide: maybe\n"
        f"  {GUTERRES_HORRIFYING}:\n    status: disputed\n",
    )
    with caplog.at_level(logging.WARNING):
        site.build(strict=False)
    assert problems(caplog) == [
        f"quotes.yml:3: quotes.{WALLACE_MISTAKE}.hide: 'maybe' is not true or false; ignored"
    ]
    assert quote_page(site, WALLACE_MISTAKE).exists()
    assert "Disputed" in text_of(quote_page(site, GUTERRES_HORRIFYING))


def test_an_unknown_id_or_article_names_the_closest_and_fails_strict(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    typo = WALLACE_MISTAKE[:-1] + ("b" if WALLACE_MISTAKE[-1] != "b" else "c")
    write_corrections(
        site,
        f"quotes:\n  {typo}:\n    hide: true\n"
        "articles:\n  001_f4ab7b8fa4ae20c2.md:\n    source: AFP\n",
    )
    with caplog.at_level(logging.WARNING):
        site.build(strict=False)
    assert problems(caplog) == [
        "quotes.yml:5: articles.001_f4ab7b8fa4ae20c2.md: no such article;"
        f" closest: '{KIRBY_ARTICLE}'; ignored",
        f"quotes.yml:2: quotes.{typo}: no quote has this id; closest: '{WALLACE_MISTAKE}'; ignored",
    ]
    with pytest.raises(Abort):
        site.build(strict=True)


def test_one_alias_claimed_by_two_speakers_is_an_error_naming_both(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    write_corrections(
        site,
        "speakers:\n  John Kirby:\n    aliases: [Kirby, Biden]\n"
        "  Joe Biden:\n    aliases: [Biden]\n    role: President of the United States\n",
    )
    with caplog.at_level(logging.WARNING):
        site.build(strict=False)
    assert problems(caplog, logging.ERROR) == [
        "quotes.yml:4: speakers.Joe Biden: the name 'Biden' is claimed by both"
        " 'John Kirby' and 'Joe Biden'; it goes to neither until one lets it go"
    ]
    rows = speaker_rows(site)  # the rest applies: Kirby keeps his quotes, Biden his
    assert rows["John Kirby"][2] == "3" and rows["Joe Biden"][2] == "2"
    assert "President of the United States" in rows["Joe Biden"]
    with pytest.raises(Abort):
        site.build(strict=True)


def test_removing_a_correction_restores_the_engine_s_site_without_a_reparse(site: Site) -> None:
    assert site.build().parsed_last_build == 3
    before = pages(site)
    write_corrections(
        site,
        f"quotes:\n  {KIRBY_MOVE}:\n    speaker: Joe Biden\n  {WALLACE_MISTAKE}:\n    hide: true\n"
        "speakers:\n  US Embassy:\n    hide: true\n",
    )
    corrected = site.build()
    assert corrected.parsed_last_build == 0  # a correction never re-parses an article
    assert not quote_page(site, WALLACE_MISTAKE).exists()
    (site.root / "quotes.yml").unlink()
    assert site.build().parsed_last_build == 0
    assert pages(site) == before


def test_the_option_names_the_file_and_serve_watches_it(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    site.plugin_options["corrections"] = "editors/corrections.yml"
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        site.build()
    (error,) = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert "option 'corrections'" in error and "corrections.yml" in error
    (site.root / "editors").mkdir()
    (site.root / "editors" / "corrections.yml").write_text(
        f"quotes:\n  {WALLACE_MISTAKE}:\n    hide: true\n", encoding="utf-8"
    )
    config = site.load()
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        config.plugins.on_config(config)
    finally:
        config.plugins.on_shutdown()
    assert str(site.root / "editors" / "corrections.yml") in config.watch
    site.build()
    assert not quote_page(site, WALLACE_MISTAKE).exists()


def test_the_command_line_prints_the_ids_the_site_uses(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site.build()
    pages = (site.site_dir / "quotes").glob("*/index.html")
    # Quote ids only: not the finder, the Data page or a month of the quote index.
    on_site = {p.parent.name for p in pages if QUOTE_ID.fullmatch(p.parent.name)}
    articles = sorted(str(p) for p in site.articles_dir.glob("*.txt"))
    assert main(["extract", "--format", "jsonl", "--no-cache", *articles]) == 0
    printed = {json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()}
    assert printed == on_site and len(printed) == 17


def test_a_repeated_quote_has_the_same_suffixed_id_on_the_site_and_in_the_jsonl(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    repeated = site.articles_dir / "chant.txt"
    repeated.write_text(
        'Mayor Ana Lopez spoke on Monday.\n\n"We will rebuild," Lopez said.\n\n'
        'The crowd cheered.\n\n"We will rebuild," Lopez said again.\n',
        encoding="utf-8",
    )
    site.build()
    assert main(["extract", "--format", "jsonl", "--no-cache", str(repeated)]) == 0
    printed = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert len(printed) == 2 and printed[1] == f"{printed[0]}-2"
    for quote_id in printed:
        assert quote_page(site, quote_id).exists(), quote_id
