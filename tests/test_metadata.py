"""Article metadata from every source, dates as ISO 8601, and mojibake mended first."""

from __future__ import annotations

from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252" with codecs)
import pytest
from helpers import write

from mkdocs_quotes.reader.metadata import file_name_meta, iso_date
from mkdocs_quotes.reader.sources import read_article


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2021-08-13", "2021-08-13"),
        ("2021-08-13T10:00:00Z", "2021-08-13"),
        ("2021-08-13 10:00:00+02:00", "2021-08-13"),
        ("August 13, 2021", "2021-08-13"),
        ("Aug. 13, 2021", "2021-08-13"),
        ("13 August 2021", "2021-08-13"),
        ("13 Aug 2021", "2021-08-13"),
        ("Sept. 5, 2016", "2016-09-05"),
        ("Fri, 13 Aug 2021 10:00:00 GMT", "2021-08-13"),
        ("Fri Mar 13 21:30:09 EST 2015", "2015-03-13"),
        ("2021/08/13", "2021-08-13"),
    ],
)
def test_dates_in_common_forms_become_iso_8601(raw: str, iso: str) -> None:
    assert iso_date(raw) == iso


@pytest.mark.parametrize("raw", ["next Tuesday", "08/07/2021", "2021-02-30", "", "13"])
def test_what_is_not_clearly_a_date_is_refused_not_guessed(raw: str) -> None:
    assert iso_date(raw) is None


@pytest.mark.parametrize(
    ("stem", "date", "outlet"),
    [
        ("2021-08-13-kabul", "2021-08-13", None),
        ("kabul_2021_08_13", "2021-08-13", None),
        ("nyt_2016-02-18_slug", "2016-02-18", "The New York Times"),
        ("wash-post_2016-09-18_e-u-leaders", "2016-09-18", "The Washington Post"),
        ("afp-2021-08-13-kabul", "2021-08-13", "AFP"),
        # Only a known prefix directly before the date names an outlet.
        ("my-nyt_2016-02-18_slug", "2016-02-18", None),
        ("ap-style-guide", None, None),
        ("000_9c347b5121ad8a93", None, None),
        ("2021-13-45-kabul", None, None),
    ],
)
def test_the_file_name_gives_a_date_and_a_known_outlet(
    stem: str, date: str | None, outlet: str | None
) -> None:
    meta = file_name_meta(stem)
    assert (meta.date, meta.source) == (date, outlet)


BODY = '"We are ready," Pentagon spokesman John Kirby told reporters on Friday.\n'


def test_yaml_front_matter_in_a_text_file(tmp_path: Path) -> None:
    text = "---\ntitle: Kabul\ndate: 2021-08-13\nsource: AFP\nurl: https://example.org/k\n---\n"
    article = read_article(write(tmp_path, "a.txt", text + BODY))
    assert article.title == "Kabul"
    assert (article.meta.date, article.meta.source) == ("2021-08-13", "AFP")
    assert article.meta.url == "https://example.org/k" and not article.warnings


def test_yaml_front_matter_in_markdown_with_a_written_out_date(tmp_path: Path) -> None:
    text = "---\ntitle: Kabul\ndate: August 13, 2021\nsource: AFP\n---\n\n" + BODY
    article = read_article(write(tmp_path, "a.md", text))
    assert (article.meta.date, article.meta.source) == ("2021-08-13", "AFP")


def test_the_key_value_header_gives_an_iso_date(tmp_path: Path) -> None:
    text = "Title: Kabul\nDate: 13 August 2021\nSource: AFP\n\n" + BODY
    article = read_article(write(tmp_path, "a.txt", text))
    assert (article.title, article.meta.date, article.meta.source) == (
        "Kabul",
        "2021-08-13",
        "AFP",
    )


def test_the_file_name_fills_what_the_file_leaves_out(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "nyt_2016-02-18_debate.txt", "Source: NYT\n\n" + BODY))
    assert (article.meta.date, article.meta.source) == ("2016-02-18", "NYT")  # the file wins


def test_an_unreadable_date_is_a_warning_and_the_article_is_kept(tmp_path: Path) -> None:
    path = write(tmp_path, "2021-08-12-kabul.txt", "Date: the day after\n\n" + BODY)
    article = read_article(path)
    assert article.paragraphs == (BODY.strip(),)
    assert article.meta.date == "2021-08-12"  # the file name's, in place of the unreadable one
    assert len(article.warnings) == 1 and "'the day after'" in article.warnings[0]
    assert "YYYY-MM-DD" in article.warnings[0]


HTML_META = """<html><head><title>Kirby speaks | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2021-08-13T10:00:00Z">
<link rel="canonical" href="https://example.org/kirby"><meta name="author" content="Jane Doe">
</head><body><article><h1>Kirby speaks</h1>
<p>The Pentagon is moving thousands of Marines into position, officials said on Friday.</p>
<p>"We are ready," Pentagon spokesman John Kirby told reporters on Friday.</p>
</article></body></html>"""


def test_html_metadata_comes_from_trafilatura(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "2020-01-01-kirby.html", HTML_META))
    meta = article.meta
    assert (meta.title, meta.date, meta.source) == ("Kirby speaks", "2021-08-13", "Example Wire")
    assert (meta.url, meta.author) == ("https://example.org/kirby", "Jane Doe")


def test_mojibake_is_mended_before_the_text_is_split(tmp_path: Path) -> None:
    broken = "Title: Visit\n\n“Enrique Peña Nieto is here,” she said.\n\nThe café was full.\n"
    # UTF-8 bytes read as Windows-1252 and saved again as UTF-8: "PeÃ±a", "â€œ".
    mangled = broken.encode("utf-8").decode("sloppy-windows-1252")
    assert "PeÃ±a" in mangled
    path = write(tmp_path, "a.txt", mangled)
    article = read_article(path)
    assert article.paragraphs == ("“Enrique Peña Nieto is here,” she said.", "The café was full.")
    assert "mojibake mended (ftfy)" in article.notices
    # Offsets refer to the mended text: each paragraph starts where Article.text has it.
    for start, paragraph in zip(article.paragraph_starts, article.paragraphs, strict=True):
        assert article.text[start : start + len(paragraph)] == paragraph


def test_mojibake_in_metadata_is_mended_too(tmp_path: Path) -> None:
    text = "Title: PeÃ±a Nieto visits\nSource: El PaÃ­s\n\n" + BODY
    article = read_article(write(tmp_path, "a.txt", text))
    assert (article.title, article.meta.source) == ("Peña Nieto visits", "El País")


def test_decomposed_mojibake_is_mended_too(tmp_path: Path) -> None:
    # "Ã" saved decomposed: "A" and a combining tilde, then "§".
    text = "Title: Visit\n\n“Merci,” said Fran" + "A\u0303\u00a7" + "ois Hollande.\n"
    article = read_article(write(tmp_path, "a.txt", text))
    assert article.paragraphs == ("“Merci,” said François Hollande.",)


def test_clean_text_is_not_touched_by_the_repair(tmp_path: Path) -> None:
    text = "“It’s fine,” he said &amp; left — ﬁne.\n"
    article = read_article(write(tmp_path, "a.txt", text))
    assert article.paragraphs == (text.strip(),) and not article.notices
