"""Data out (issue 15, item 7): quotes.json, quotes.csv, speakers.json, the Data page,
speaker feeds and `mkdocs-quotes extract --format csv`, from real builds in tmp_path."""

from __future__ import annotations

import csv
import io
import json
import logging
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import Site, broken_links
from helpers import write_news

from mkdocs_quotes.cli import CSV_FIELDS, main
from mkdocs_quotes.site.exports import QUOTE_FIELDS, SPEAKER_FIELDS, to_csv
from mkdocs_quotes.site.page_urls import PageUrls

REPO_ROOT = Path(__file__).resolve().parent.parent
ATOM = "{http://www.w3.org/2005/Atom}"


def news_site(tmp_path: Path, **plugin_options: object) -> Site:
    site = Site(tmp_path / "project", plugin_options=dict(plugin_options))
    write_news(site.articles_dir)
    return site


def read_json(site: Site, name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((site.site_dir / name).read_text(encoding="utf-8"))
    return data


def quotes_of(site: Site) -> list[dict[str, object]]:
    quotes = read_json(site, "quotes.json")["quotes"]
    assert isinstance(quotes, list)
    return quotes


def target_of(site: Site, url: str) -> tuple[Path, str]:
    """The file and fragment a site-relative URL of the data files points at."""
    parts = urlsplit(url)
    path = site.site_dir / unquote(parts.path)
    if parts.path.endswith("/"):
        path = path / "index.html"
    return path, unquote(parts.fragment)


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_the_data_files_hold_every_quote_and_their_urls_lead_to_pages(
    tmp_path: Path, use_directory_urls: bool
) -> None:
    site = news_site(tmp_path)
    site.mkdocs_options["use_directory_urls"] = use_directory_urls
    site.build(strict=True)
    assert broken_links(site.site_dir) == []
    quotes = quotes_of(site)
    assert [list(q) for q in quotes] == [[name for name, _ in QUOTE_FIELDS]] * len(quotes)
    by_text = {str(q["text"]): q for q in quotes}
    july = next(
        q for q in quotes if q["article_id"] == "bridge-july" and q["speaker"] == "Ana Lopez"
    )
    assert july["text"] == "We will rebuild the bridge before the spring floods,"
    assert july["date"] == "2021-07-05" and july["outlet"] == "AFP"
    assert july["source_url"] == "https://example.org/news/bridge?a=1&b=2"
    assert july["kind"] == "person" and july["role"] == "Mayor" and july["cue"] == "said"
    assert july["confidence"] == "high" and july["partial"] is False
    assert july["status"] is None and july["credited_by_editors"] is False
    assert by_text["The budget is balanced and the bridge is paid for,"]["date"] is None
    # Every URL is a page of the site; a quote's article_url is its mark in the article.
    for q in quotes:
        for key in ("url", "speaker_url", "article_url"):
            path, fragment = target_of(site, str(q[key]))
            assert path.is_file(), (key, q[key])
            if fragment:
                soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
                assert soup.find(id=fragment) is not None, q[key]
    # The CSV is the JSON, row for row, as text.
    rows = list(csv.DictReader(io.StringIO((site.site_dir / "quotes.csv").read_text("utf-8"))))
    assert len(rows) == len(quotes)
    for row, q in zip(rows, quotes, strict=True):
        assert list(row) == [name for name, _ in QUOTE_FIELDS]
        expected = {
            k: "" if v is None else ("true" if v is True else "false" if v is False else str(v))
            for k, v in q.items()
        }
        assert row == expected
    speakers = read_json(site, "speakers.json")["speakers"]
    assert isinstance(speakers, list)
    lopez = next(s for s in speakers if s["name"] == "Ana Lopez")
    assert list(lopez) == [name for name, _ in SPEAKER_FIELDS]
    assert lopez["quote_count"] == 3 and lopez["article_count"] == 3
    assert (lopez["first_quoted"], lopez["last_quoted"]) == ("2021-07-05", "2021-09-10")
    assert lopez["feed_url"] is None
    assert target_of(site, str(lopez["url"]))[0].is_file()


def test_the_quote_index_links_the_files_and_the_page_describing_them(tmp_path: Path) -> None:
    site = news_site(tmp_path)
    site.build(strict=True)
    index = site.soup(site.url_of("quotes/index.md"))
    links = {a.get_text(strip=True): str(a["href"]) for a in index.select("[role=main] a")}
    for name in ("quotes.json", "quotes.csv", "speakers.json", "what the fields mean"):
        assert name in links
    data_page = site.soup(site.url_of("quotes/data.md"))
    cells = [td.get_text(strip=True) for td in data_page.select("[role=main] td")]
    for name, _ in (*QUOTE_FIELDS, *SPEAKER_FIELDS):
        assert name in cells


def test_hidden_quotes_never_leave_and_the_editors_verdicts_do(tmp_path: Path) -> None:
    site = news_site(tmp_path)
    site.build(strict=True)
    ids = {q["text"]: q["id"] for q in quotes_of(site)}
    hidden, verified = (
        ids["I will vote against it,"],
        ids["The money is simply not there for this,"],
    )
    (site.root / "quotes.yml").write_text(
        f"quotes:\n  {hidden}:\n    hide: true\n"
        f"  {verified}:\n    status: verified\n    note: '=Checked with the council'\n",
        encoding="utf-8",
    )
    site.build(strict=True)
    quotes = quotes_of(site)
    assert hidden not in {q["id"] for q in quotes}
    csv_text = (site.site_dir / "quotes.csv").read_text(encoding="utf-8")
    assert hidden not in csv_text and "I will vote against it" not in csv_text
    checked = next(q for q in quotes if q["id"] == verified)
    assert checked["status"] == "verified" and checked["note"] == "=Checked with the council"
    # A spreadsheet would run "=…" as a formula: the CSV cell starts with an apostrophe.
    assert ",'=Checked with the council," in csv_text
    speakers = read_json(site, "speakers.json")["speakers"]
    assert isinstance(speakers, list)
    reed = next(s for s in speakers if s["name"] == "Tom Reed")
    assert reed["quote_count"] == 1


def test_csv_cells_that_a_spreadsheet_would_run_are_defused() -> None:
    records = [{"a": "=1+1", "b": "-x", "c": "@sum", "d": True, "e": None, "f": 'plain, "q"'}]
    rows = list(csv.reader(io.StringIO(to_csv(records, ["a", "b", "c", "d", "e", "f"]))))
    assert rows[1] == ["'=1+1", "'-x", "'@sum", "true", "", 'plain, "q"']


def test_with_a_site_url_every_address_is_absolute(tmp_path: Path) -> None:
    site = news_site(tmp_path)
    site.mkdocs_options["site_url"] = "https://news.example.org/archive/"
    site.build(strict=True)
    for q in quotes_of(site):
        for key in ("url", "speaker_url", "article_url"):
            assert str(q[key]).startswith("https://news.example.org/archive/"), q[key]


def test_the_data_files_can_be_turned_off(tmp_path: Path) -> None:
    site = news_site(tmp_path, data_files=False)
    site.build(strict=True)
    assert not (site.site_dir / "quotes.json").exists()
    assert not (site.site_dir / "quotes" / "data").exists()
    index = site.soup(site.url_of("quotes/index.md"))
    assert "quotes.json" not in index.get_text()


def test_speaker_feeds_are_valid_atom_with_absolute_ids(tmp_path: Path) -> None:
    site = news_site(tmp_path, speaker_feeds=True)
    site.mkdocs_options["site_url"] = "https://news.example.org/"
    site.build(strict=True)
    assert broken_links(site.site_dir) == []
    feed_file = site.site_dir / "speakers" / "ana-lopez" / "feed.xml"
    feed = ET.fromstring(feed_file.read_bytes())
    assert feed.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{tag}") is not None, tag
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Ana Lopez"
    self_link = feed.find(f"{ATOM}link[@rel='self']")
    assert self_link is not None
    assert self_link.get("href") == "https://news.example.org/speakers/ana-lopez/feed.xml"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    for entry in entries:
        for tag in ("id", "title", "updated", "summary"):
            assert entry.findtext(f"{ATOM}{tag}"), tag
        assert str(entry.findtext(f"{ATOM}id")).startswith("https://news.example.org/quotes/")
        link = entry.find(f"{ATOM}link[@rel='alternate']")
        assert link is not None and link.get("href") == entry.findtext(f"{ATOM}id")
    # Newest dated first; September's words carry their outlet and date.
    assert "Reuters, 2021-09-10" in str(entries[1].findtext(f"{ATOM}summary"))
    assert feed.findtext(f"{ATOM}updated") >= "2021-09-10T00:00:00Z"
    page = site.soup(site.url_of("speakers/ana-lopez.md"))
    assert page.find("a", string="Atom feed") is not None
    speakers = read_json(site, "speakers.json")["speakers"]
    assert isinstance(speakers, list)
    lopez = next(s for s in speakers if s["name"] == "Ana Lopez")
    assert lopez["feed_url"] == "https://news.example.org/speakers/ana-lopez/feed.xml"


def test_feeds_without_a_site_url_are_one_warning_and_no_feed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = news_site(tmp_path, speaker_feeds=True)
    with caplog.at_level(logging.WARNING):
        site.build(strict=False)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len([w for w in warnings if "speaker_feeds" in w]) == 1
    assert "site_url" in next(w for w in warnings if "speaker_feeds" in w)
    assert list(site.site_dir.rglob("feed.xml")) == []
    page = site.soup(site.url_of("speakers/ana-lopez.md"))
    assert page.find("a", string="Atom feed") is None


def test_a_hostile_name_makes_a_well_formed_feed(tmp_path: Path) -> None:
    site = Site(tmp_path / "project", plugin_options={"speaker_feeds": True})
    site.mkdocs_options["site_url"] = "https://news.example.org/"
    site.articles_dir.mkdir(parents=True)
    (site.articles_dir / "odd.txt").write_text(
        "Title: <b>Odd</b> & \x0bthings\n\n"
        "The spokesman Jon O'Hara-Smith spoke to the crowd about the flood on Monday.\n\n"
        '"We will build a <script>wall</script> & more ]]> soon," O\'Hara-Smith said.\n',
        encoding="utf-8",
    )
    site.build(strict=True)
    [feed_file] = site.site_dir.rglob("feed.xml")
    feed = ET.fromstring(feed_file.read_bytes())
    [entry] = feed.findall(f"{ATOM}entry")
    assert "<script>wall</script> & more ]]>" in str(entry.findtext(f"{ATOM}summary"))


def test_every_field_is_documented() -> None:
    text = (REPO_ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    for name, _ in (*QUOTE_FIELDS, *SPEAKER_FIELDS):
        assert f"`{name}`" in text, name


def test_extract_csv_has_the_jsonl_fields_as_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_news(tmp_path / "news")
    files = sorted(str(p) for p in (tmp_path / "news").iterdir())
    cache = ["--cache", str(tmp_path / "c.sqlite")]
    assert main(["extract", "--format", "jsonl", *cache, *files]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["extract", "--format", "csv", *cache, *files]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == len(records) == 5
    assert all(list(row) == list(CSV_FIELDS) for row in rows)
    assert [list(r) for r in records] == [list(CSV_FIELDS)] * len(records)
    for row, record in zip(rows, records, strict=True):
        assert row["id"] == record["id"] and row["text"] == record["text"]
        assert row["date"] == (record["date"] or "")
    assert {r["outlet"] for r in rows} == {"AFP", "Reuters", ""}


@pytest.mark.parametrize(
    ("directory_urls", "site_url", "src_uri", "expected"),
    [
        (True, None, "quotes/abc.md", "quotes/abc/"),
        (False, None, "quotes/abc.md", "quotes/abc.html"),
        (True, None, "speakers/index.md", "speakers/"),
        (False, None, "speakers/index.md", "speakers/index.html"),
        (True, "https://x.org/news", "articles/a b.md", "https://x.org/news/articles/a%20b/"),
    ],
)
def test_page_urls_follow_mkdocs(
    directory_urls: bool, site_url: str | None, src_uri: str, expected: str
) -> None:
    assert PageUrls(directory_urls, site_url)(src_uri) == expected
