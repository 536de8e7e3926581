"""Hostile input, end to end (issue 5): real MkDocs builds in `tmp_path`.

Bad article files, markup smuggled in through articles, wrong options, a damaged
cache or one killed mid-write, files that change under a `serve` rebuild, and
random HTML through the reader, the engine and the renderer. Each bad file is one
WARNING line naming it (relative to the project) and the reason; everything else
still builds; `--strict` fails; no traceback.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

import pytest
from bs4 import BeautifulSoup
from conftest import Site, broken_links
from helpers import make_engine_trip, write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.exceptions import Abort

import mkdocs_quotes.reader.sources
from mkdocs_quotes.engine.quote_engine import QuoteEngine
from mkdocs_quotes.reader.sources import ArticleError, read_article
from mkdocs_quotes.site.cache import CACHE_FILE_NAME, QuoteCache
from mkdocs_quotes.site.corpus import build_corpus
from mkdocs_quotes.site.render import RenderOptions, render_site

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
# A quote the engine attributes the same way whatever surrounds it.
GOOD_ARTICLE = (
    "Bridge reopens\n\n"
    "Mayor Jane Doe said on Monday that the bridge would reopen.\n\n"
    '"We will stay open all winter," Doe told reporters.\n'
)


# --- helpers -------------------------------------------------------------------------


def new_site(tmp_path: Path, **articles: str | bytes) -> Site:
    """A project with the good article plus `articles` (file name -> content)."""
    site = Site(tmp_path / "project")
    write(site.articles_dir, "good.txt", GOOD_ARTICLE)
    for name, content in articles.items():
        write(site.articles_dir, name, content)
    return site


def messages(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    """What `mkdocs build` printed at exactly `level`, from MkDocs and the plugin."""
    return [
        r.getMessage() for r in caplog.records if r.levelno == level and r.name.startswith("mkdocs")
    ]


def assert_no_traceback(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err


def page(site: Site, slug: str) -> BeautifulSoup:
    return site.soup(site.url_of(f"articles/{slug}.md"))


def main_text(soup: BeautifulSoup) -> str:
    """The page body as a reader sees it: the theme's content area, scripts excluded."""
    main = soup.select_one("[role=main], .md-content, main") or soup
    for tag in main.find_all(["script", "style"]):
        tag.decompose()
    return " ".join(main.get_text(" ").split())


def marks(soup: BeautifulSoup) -> list[str]:
    return [" ".join(m.get_text(" ").split()) for m in soup.find_all("mark")]


def speaker_rows(site: Site) -> dict[str, list[str]]:
    """The speaker index: name -> its row's cells."""
    index = site.soup(site.url_of("speakers/index.md"))
    rows: dict[str, list[str]] = {}
    for row in index.select("table tr"):
        cells = [" ".join(c.get_text(" ").split()) for c in row.find_all(["td", "th"])]
        if row.find("td") and row.find("a"):
            rows[cells[0]] = cells
    return rows


_BUILD_DATE = re.compile(r"<!--\s*MkDocs version.*?-->", re.DOTALL)


def built_pages(site: Site) -> dict[Path, str]:
    """Every HTML page of the built site, without the build date MkDocs stamps in."""
    return {
        path.relative_to(site.site_dir): _BUILD_DATE.sub("", path.read_text(encoding="utf-8"))
        for path in site.html_files()
    }


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: these inputs once took hours (quadratic patterns)."""

    def expired(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"still running after {seconds} s: quadratic on this input?")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- articles: each builds, or is skipped with one warning ---------------------------

HEAD_ONLY = "<html><head><title>Only a title</title></head></html>"
SCRIPTS_ONLY = (
    "<html><head><style>p { color: red }</style></head><body>"
    "<script>document.write('\"Not text,\" he said.')</script><style>.x {}</style>"
    "<noscript>Enable JavaScript</noscript></body></html>"
)
SCRIPTS_AROUND_TEXT = (
    "<html><head><script>var said = '\"x,\" he said';</script><style>p {}</style></head>"
    "<body><script>alert(1)</script><style>.x {}</style>"
    '<p>"Scripts are gone," engineer Max Payne said on Monday.</p>'
    "<script>document.write('injected')</script></body></html>"
)
NO_BODY_TAG = (
    "<title>Harbour closes</title>"
    '<p>"The harbour closes at noon," harbour master Lisa Berg said on Friday.</p>'
)
UNBALANCED = (
    "Square protest\n\n"
    '"This quotation never closes, said Governor Kim Lee on Monday.\n\n'
    "Martyrs' Square was full by the evening.\n\n"
    '"The square is ours," Lee added.\n'
)
SKIPPED = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\r\n\t  \n", "empty"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 64, "not text (binary data)"),
    "dump.txt": (b"word " * 6_000, "too large (30,000 bytes; the limit is 20,000)"),
    "head-only.html": (HEAD_ONLY.encode(), "no article text found in the page"),
    "scripts-only.html": (SCRIPTS_ONLY.encode(), "no article text left"),
}


def test_every_bad_article_is_one_warning_naming_it_and_the_others_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    building: dict[str, str | bytes] = {
        "cp1252.txt": (
            "Council vote\n\n\u201cWe won the vote,\u201d said councillor Ana Lopez.\n"
        ).encode("cp1252"),
        "bom.txt": b'\xef\xbb\xbfBudget day\n\n"The budget is balanced," minister Tom Reed'
        b" said on Friday.\n",
        "crlf.txt": b'Rain warning\r\n\r\n"Rain is coming," forecaster Bob Hill said.\r\n'
        b"Second line here.\r\n",
        "scripts.html": SCRIPTS_AROUND_TEXT,
        "no-body.html": NO_BODY_TAG,
        "unbalanced.txt": UNBALANCED,
        "copy-of-good.txt": GOOD_ARTICLE,
    }
    skipped = {name: content for name, (content, _) in SKIPPED.items()}
    site = new_site(tmp_path, **skipped, **building)
    site.plugin_options["max_article_bytes"] = 20_000
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        site.build(strict=False)

    warnings = messages(caplog, logging.WARNING)
    expected = [f"Skipped articles/{name}: {reason}" for name, (_, reason) in SKIPPED.items()]
    assert len(warnings) == len(expected), warnings  # one each, and nothing else
    for line in expected:
        assert len([w for w in warnings if line in w]) == 1, (line, warnings)
    assert all("\n" not in w and str(tmp_path) not in w for w in warnings)
    assert any("raise max_article_bytes" in w for w in warnings if "dump.txt" in w)
    infos = messages(caplog, logging.INFO)
    assert any("articles/cp1252.txt: not valid UTF-8; decoded as cp1252" in m for m in infos)
    assert_no_traceback(caplog, capsys)

    for name in SKIPPED:
        assert not site.page_path(site.url_of(f"articles/{Path(name).stem}.md")).exists()
    cp1252 = page(site, "cp1252")
    assert marks(cp1252) == ["“We won the vote,”"]  # curly marks decoded, no mojibake
    bom = page(site, "bom")
    assert bom.h1 is not None and bom.h1.get_text() == "Budget day"
    assert "\ufeff" not in str(bom)
    crlf = page(site, "crlf")
    assert "\r" not in str(crlf) and marks(crlf) == ['"Rain is coming,"']
    assert "Second line here." in [p.get_text() for p in crlf.find_all("p")]
    scripts = page(site, "scripts")
    assert marks(scripts) == ['"Scripts are gone,"']
    assert not re.search(r"alert|injected|var said|\.x \{", main_text(scripts))
    assert marks(page(site, "no-body")) == ['"The harbour closes at noon,"']
    unbalanced = page(site, "unbalanced")  # the mark left open costs only its own quote
    assert marks(unbalanced) == ['"The square is ours,"']
    assert "This quotation never closes" in main_text(unbalanced)

    # The same article under two names: two pages, two quote pages, and the speaker
    # counted twice, as the site counts files, not stories.
    assert marks(page(site, "good")) == marks(page(site, "copy-of-good"))
    assert speaker_rows(site)["Jane Doe"][2:4] == ["2", "2"]
    assert broken_links(site.site_dir) == []

    with pytest.raises(Abort, match=rf"Aborted with {len(SKIPPED)} warnings in strict mode"):
        site.build(strict=True)


def test_two_articles_with_one_title_and_one_file_name_get_two_pages(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    report = 'Title: Daily report\n\n"The {} desk is open," editor {} said on Monday.\n'
    site = new_site(
        tmp_path,
        **{
            "world/report.txt": report.format("world", "Ann Wu"),
            "politics/report.txt": report.format("politics", "Raj Patel"),
            "report.md": "---\ntitle: Daily report\n---\n\n"
            + report.split("\n\n", 1)[1].format("sports", "Eva Ruiz"),
        },
    )
    with caplog.at_level(logging.WARNING):
        site.build(strict=True)
    assert messages(caplog, logging.WARNING) == []
    # Slugs come from file names, first come first served in path order.
    pages = {slug: page(site, slug) for slug in ("report", "report-2", "report-3")}
    desks = set()
    for soup in pages.values():
        assert soup.h1 is not None and soup.h1.get_text() == "Daily report"
        (quote,) = marks(soup)
        desks.add(quote)
    assert len(desks) == 3  # three pages, none overwritten by another
    nav = site.soup("").find_all("a", string=re.compile(r"^\s*Daily report\s*$"))
    assert len({str(a["href"]) for a in nav}) == 3


# --- escaping: article text never becomes markup -------------------------------------

HOSTILE = (
    "<script>alert(1)</script> | *star* _under_ [x](javascript:alert(1)) {{ 7*7 }} {% raw %}"
    " <img src=x onerror=alert(2)>"
)
HOSTILE_TXT = f"""Title: Evil {HOSTILE} </title><script>alert(3)</script>
Source: Wire {HOSTILE}
URL: javascript:alert(1)
Author: Eve {HOSTILE}
Date: 2024-01-02

"{HOSTILE} is what we want," said Mayor Jane Doe on Monday.

"Nothing [x](javascript:alert(1)) | here," said Jane_Doe*Smith, the {{{{ 7*7 }}}} director.
"""
HOSTILE_MD = """---
title: "Front matter {{ 7*7 }} {% raw %} <script>alert(4)</script> | *x*"
url: "javascript:alert(1)"
author: "[x](javascript:alert(1))"
---

"Second | article * here {{ 7*7 }}," Mayor Jane Doe said.
"""
HOSTILE_HTML = """<html><head><title>&lt;script&gt;alert(5)&lt;/script&gt; {{ 7*7 }}</title>
<meta property="og:url" content="javascript:alert(1)"></head><body><article>
<p>&quot;&lt;script&gt;alert(6)&lt;/script&gt; {% raw %} is {{ 7*7 }},&quot; said Mayor Jane
Doe.</p>
<p><a href="javascript:alert(1)" onclick="alert(7)">click</a> "Yes | no," Doe added.</p>
</article></body></html>"""


def browser_view(html: str) -> BeautifulSoup:
    """The page parsed the way a browser does where it matters here: inside <title>
    everything up to the first `</title` is text (html.parser would see tags in it)."""
    start = html.find("<title>")
    end = html.lower().find("</title", start)
    if start != -1 and end != -1:
        title = html[start + len("<title>") : end]
        html = html[: start + len("<title>")] + title.replace("<", "&lt;") + html[end:]
    return BeautifulSoup(html, "html.parser")


def article_in_browser(site: Site, slug: str) -> BeautifulSoup:
    return browser_view(site.page_path(site.url_of(f"articles/{slug}.md")).read_text("utf-8"))


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs", "material"])
def test_article_text_shows_literally_and_never_runs(tmp_path: Path, theme: str) -> None:
    site = new_site(
        tmp_path, **{"evil.txt": HOSTILE_TXT, "evil2.md": HOSTILE_MD, "evil3.html": HOSTILE_HTML}
    )
    site.mkdocs_options["theme"] = {"name": theme}
    site.build(strict=True)

    for path in site.html_files():
        html = path.read_text(encoding="utf-8")
        where = path.relative_to(site.site_dir)
        # Material prints page titles through `striptags`, decoding entities: an
        # article title holding </title> must not end the element early.
        # A speaker's timeline is an SVG whose <title>s name it: each closes its own.
        svgs = re.findall(r"<svg\b.*?</svg>", html, re.IGNORECASE | re.DOTALL)
        for svg in svgs:
            closing = len(re.findall(r"</title", svg, re.IGNORECASE))
            assert closing == len(re.findall(r"<title\b", svg, re.IGNORECASE)), where
        outside = re.sub(r"<svg\b.*?</svg>", "", html, flags=re.IGNORECASE | re.DOTALL)
        assert len(re.findall(r"</title", outside, re.IGNORECASE)) <= 1, where
        soup = browser_view(html)
        for script in soup.find_all("script"):  # the theme's own scripts only
            code = (script.string or "").strip()
            assert not code.startswith(("alert(", "document.write")), (where, code)
        for tag in soup.find_all(True):
            assert not [a for a in tag.attrs if a.lower().startswith("on")], (where, tag.name)
            for attribute in ("href", "src", "action"):
                value = str(tag.get(attribute, "")).strip().lower()
                assert not value.startswith(("javascript:", "data:")), (where, tag)
        if not str(where).startswith(("articles", "quotes", "speakers")):
            continue
        assert "49" not in main_text(soup), where  # {{ 7*7 }} was never evaluated

    evil = article_in_browser(site, "evil")
    text = main_text(evil)
    assert evil.h1 is not None and HOSTILE in evil.h1.get_text()
    assert text.count(HOSTILE) >= 4, text  # title, source, author, the quote, in text and list
    assert "Original article" not in text  # the javascript: URL was dropped, not linked
    assert f'"{HOSTILE} is what we want,"' in marks(evil)
    assert evil.title is not None and evil.title.get_text().startswith(f"Evil {HOSTILE}")
    front_matter = main_text(article_in_browser(site, "evil2"))
    assert "Front matter {{ 7*7 }} {% raw %} <script>alert(4)</script> | *x*" in front_matter
    assert "By [x](javascript:alert(1))" in front_matter
    html = main_text(article_in_browser(site, "evil3"))
    assert "<script>alert(6)</script> {% raw %} is {{ 7*7 }}" in html

    rows = speaker_rows(site)
    assert all(len(cells) == 5 for cells in rows.values()), rows  # with "Last quoted"
    assert "Jane_Doe*Smith" in rows, rows
    assert rows["Jane_Doe*Smith"][1] == "the {{ 7*7 }} director"


# --- configuration: one error line, before any work ----------------------------------


def _file_as_templates_dir(site: Site) -> dict[str, object]:
    return {"templates_dir": "mkdocs.yml"}


def _unreadable_templates_dir(site: Site) -> dict[str, object]:
    folder = site.root / "overrides"
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0)
    return {"templates_dir": "overrides"}


def _cache_dir_under_a_file(site: Site) -> dict[str, object]:
    return {"cache_dir": "mkdocs.yml/cache"}


def _read_only_cache_dir(site: Site) -> dict[str, object]:
    folder = site.root / "readonly-cache"
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o555)
    return {"cache_dir": "readonly-cache"}


def _cache_that_cannot_be_replaced(site: Site) -> dict[str, object]:
    # A damaged file is set aside; a folder squatting on its journal's name can't be.
    cache_dir = site.root / "cache"
    write(cache_dir, CACHE_FILE_NAME, b"not a database" * 100)
    (cache_dir / f"{CACHE_FILE_NAME}-wal" / "x").mkdir(parents=True)
    return {"cache_dir": "cache"}


@pytest.mark.parametrize(
    ("make_options", "option", "fix"),
    [
        (lambda site: {"colour": "red"}, "colour", "remove it"),
        (lambda site: {"max_article_byte": 10}, "max_article_byte", "max_article_bytes"),
        (_file_as_templates_dir, "templates_dir", "fix the path"),
        pytest.param(
            _unreadable_templates_dir,
            "templates_dir",
            "fix the path",
            marks=pytest.mark.skipif(IS_ROOT, reason="root reads a chmod 000 folder"),
        ),
        (_cache_dir_under_a_file, "cache_dir", "writable folder"),
        pytest.param(
            _read_only_cache_dir,
            "cache_dir",
            "writable folder",
            marks=pytest.mark.skipif(IS_ROOT, reason="root writes to a chmod 555 folder"),
        ),
        (_cache_that_cannot_be_replaced, "cache_dir", "delete that file"),
    ],
    ids=[
        "unknown-option",
        "misspelt-option",
        "templates-dir-is-a-file",
        "templates-dir-unreadable",
        "cache-dir-under-a-file",
        "cache-dir-read-only",
        "cache-file-stuck",
    ],
)
def test_a_wrong_option_is_one_error_line_with_the_fix_and_no_work_done(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    make_options: Callable[[Site], dict[str, object]],
    option: str,
    fix: str,
) -> None:
    site = new_site(tmp_path)
    site.write_config()
    site.plugin_options.update(make_options(site))
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        site.build(strict=False)  # an error, not a warning only --strict would stop on
    errors = messages(caplog, logging.ERROR)
    assert len(errors) == 1, errors
    assert f"option '{option}'" in errors[0] and fix in errors[0] and "\n" not in errors[0]
    assert not site.site_dir.exists()
    assert_no_traceback(caplog, capsys)


# --- cache: damaged, upgraded, killed mid-write --------------------------------------


def test_a_damaged_cache_file_is_one_warning_and_the_site_comes_out_the_same(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = new_site(tmp_path, **{"other.txt": UNBALANCED})
    site.build()
    before = built_pages(site)
    cache_file = site.root / ".cache" / "mkdocs-quotes" / CACHE_FILE_NAME
    data = cache_file.read_bytes()
    cache_file.write_bytes(data[:100] + b"\x00garbage" * 50)  # truncated mid-page

    with caplog.at_level(logging.WARNING):
        plugin = site.build(strict=False)
    warnings = messages(caplog, logging.WARNING)
    assert len(warnings) == 1 and "quotes cache" in warnings[0] and "damaged" in warnings[0]
    assert plugin.parsed_last_build == 2
    assert built_pages(site) == before
    assert site.build().parsed_last_build == 0  # the new file serves the next build


def test_a_new_engine_version_reparses_everything_and_prunes_the_old_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = new_site(tmp_path, **{"other.txt": UNBALANCED})
    first = site.build()
    old_fingerprint = first._engine.fingerprint
    monkeypatch.setattr("mkdocs_quotes.engine.quote_engine.ENGINE_VERSION", "next")
    assert site.build().parsed_last_build == 2
    cache = QuoteCache(site.root / ".cache" / "mkdocs-quotes" / CACHE_FILE_NAME)
    try:
        keys = cache.keys()
    finally:
        cache.close()
    assert len(keys) == 2 and not any(key.endswith(old_fingerprint) for key in keys)


# The real `mkdocs build`, paused inside the cache's write transaction (rows inserted,
# no COMMIT yet) with a one-page SQLite cache so the rows spill into the WAL file:
# the kill lands while the file on disk holds half a transaction.
_BUILD_PAUSED_IN_CACHE_WRITE = textwrap.dedent(
    """
    import os
    import time
    import mkdocs_quotes.site.cache as cache
    from mkdocs.__main__ import cli

    open_connection = cache.QuoteCache._open

    def tiny_page_cache(self):
        connection = open_connection(self)
        connection.execute("PRAGMA cache_size = 1")
        return connection

    def wal_size():
        wal = "%s-wal" % os.path.join(".cache", "mkdocs-quotes", cache.CACHE_FILE_NAME)
        return os.path.getsize(wal) if os.path.exists(wal) else 0

    class PausedBeforeCommit(cache._Transaction):
        def __enter__(self):
            self.wal_at_start = wal_size()
            return super().__enter__()

        def __exit__(self, exc_type, exc, traceback):
            count = "SELECT count(*) FROM article_quotes"
            if exc_type is None and self._connection.execute(count).fetchone()[0]:
                print("WRITING", self.wal_at_start, wal_size(), flush=True)
                time.sleep(600)
            super().__exit__(exc_type, exc, traceback)

    cache.QuoteCache._open = tiny_page_cache
    cache._Transaction = PausedBeforeCommit
    cli(["build", "--quiet"])
    """
)


def _many_articles(folder: Path, count: int) -> None:
    names = ["Jane Doe", "Ana Lopez", "Tom Reed", "Bob Hill", "Kim Lee"]
    for i in range(count):
        name = names[i % len(names)]
        write(
            folder,
            f"day-{i:02}.txt",
            f"Council day {i}\n\n"
            f"Mayor {name} spoke at council meeting number {i} on Monday.\n\n"
            f'"We will reopen bridge number {i} before the winter," {name} told reporters.\n\n'
            f'"The budget for item {i} is balanced," {name.split()[-1]} added.\n',
        )


def test_a_build_killed_while_writing_the_cache_leaves_the_next_build_complete_and_correct(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    killed = Site(tmp_path / "killed")
    _many_articles(killed.articles_dir, 30)
    killed.write_config()
    build = subprocess.Popen(
        [sys.executable, "-c", _BUILD_PAUSED_IN_CACHE_WRITE],
        cwd=killed.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert build.stdout is not None and build.stderr is not None
    line = build.stdout.readline()  # blocks until the write is under way
    if not line.startswith("WRITING"):
        build.kill()
        pytest.fail(f"the build never reached the cache write: {build.stderr.read()}")
    _, wal_before, wal_now = line.split()
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    build.stdout.close()
    build.stderr.close()
    assert build.returncode == -signal.SIGKILL
    assert int(wal_now) > int(wal_before)  # uncommitted pages were on disk when it died

    with caplog.at_level(logging.WARNING):
        recovered = killed.build(strict=True)  # not even a warning
    assert recovered.parsed_last_build == 30  # nothing half-written was served
    assert messages(caplog, logging.WARNING) == []

    clean = Site(tmp_path / "clean")
    _many_articles(clean.articles_dir, 30)
    clean.build(strict=True)
    pages = built_pages(clean)
    # 60 quotes, the index, the finder and the Data page
    assert len([p for p in pages if p.parts[0] == "quotes"]) == 63
    assert built_pages(killed) == pages
    assert killed.build().parsed_last_build == 0  # and the cache it left is whole


# --- serve: files that change or vanish during a rebuild -----------------------------


def test_a_file_deleted_between_listing_and_reading_is_one_warning_then_gone(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = new_site(tmp_path, **{"gone.txt": UNBALANCED})
    real_read_article = mkdocs_quotes.reader.sources.read_article

    def read_after_deletion(path: Path, **options: object) -> object:
        if path.name == "gone.txt":
            path.unlink()  # the editor's save renamed it away after the folder was listed
        return real_read_article(path, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(mkdocs_quotes.reader.sources, "read_article", read_after_deletion)
    with caplog.at_level(logging.WARNING):
        site.build(strict=False, command="serve")
    (warning,) = messages(caplog, logging.WARNING)
    assert warning.endswith("Skipped articles/gone.txt: no such file (deleted or renamed?)")
    assert marks(page(site, "good")) == ['"We will stay open all winter,"']
    caplog.clear()
    site.build(strict=True, command="serve")  # the next rebuild: no file, no page, no warning
    assert not site.page_path(site.url_of("articles/gone.md")).exists()


def test_the_articles_folder_vanishing_mid_build_is_one_error_and_the_next_build_recovers(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    site = new_site(tmp_path)
    real_read_articles = mkdocs_quotes.reader.sources.read_articles
    moved = tmp_path / "moved-away"

    def read_after_move(folder: Path, **options: object) -> object:
        shutil.move(folder, moved)
        return real_read_articles(folder, **options)  # type: ignore[arg-type]

    monkeypatch.setattr("mkdocs_quotes.site.extraction.read_articles", read_after_move)
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        site.build(strict=False, command="serve")
    errors = messages(caplog, logging.ERROR)
    assert len(errors) == 1 and "option 'articles_dir'" in errors[0], errors
    assert_no_traceback(caplog, capsys)

    monkeypatch.undo()
    shutil.move(moved, site.articles_dir)
    site.build(strict=True, command="serve")
    assert marks(page(site, "good")) == ['"We will stay open all winter,"']


def test_an_article_saved_half_written_then_whole_recovers(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    whole = (
        'Harbour news\n\n"The harbour closes at noon on Friday," harbour master Lisa Berg said.\n'
    )
    site = new_site(tmp_path, **{"draft.txt": whole[: whole.index("noon")]})  # cut mid-quote
    with caplog.at_level(logging.WARNING):
        site.build(strict=True, command="serve")  # an open quote is text, not an error
    assert "The harbour closes at" in main_text(page(site, "draft"))

    write(site.articles_dir, "draft.txt", b"")  # autosave truncated it
    with caplog.at_level(logging.WARNING):
        site.build(strict=False, command="serve")
    (warning,) = messages(caplog, logging.WARNING)
    assert warning.endswith("Skipped articles/draft.txt: empty")
    assert marks(page(site, "good")) == ['"We will stay open all winter,"']

    write(site.articles_dir, "draft.txt", whole)
    plugin = site.build(strict=True, command="serve")
    assert plugin.parsed_last_build == 1
    assert marks(page(site, "draft")) == ['"The harbour closes at noon on Friday,"']


def test_an_article_the_engine_fails_on_is_skipped_and_retried_next_build(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    site = new_site(tmp_path, **{"trips.txt": 'Trip wire\n\n"BOOM goes the engine," she said.\n'})
    site.plugin_options["article_time_budget"] = 0  # in process; the workers: test_edges.py
    make_engine_trip(monkeypatch, "BOOM")
    with caplog.at_level(logging.WARNING):
        site.build(strict=False)
    warnings = messages(caplog, logging.WARNING)
    assert len(warnings) == 1 and "\n" not in warnings[0], warnings
    assert "Skipped articles/trips.txt: the quote engine failed on it" in warnings[0]
    assert "ValueError: [E999] the engine tripped" in warnings[0]
    assert marks(page(site, "good")) == ['"We will stay open all winter,"']
    assert not site.page_path(site.url_of("articles/trips.md")).exists()
    assert_no_traceback(caplog, capsys)

    monkeypatch.undo()
    assert site.build().parsed_last_build == 1  # the failure was never cached
    assert marks(page(site, "trips")) == ['"BOOM goes the engine,"']


# --- size: long files stay linear ----------------------------------------------------

LONG = 200_000
WORDS = "and the word goes on "


LONG_FILES = [
    ("unclosed.txt", '"We will stay, Mayor Doe said. ' + WORDS * (LONG // len(WORDS))),
    ("curly.txt", "Headline\n\n" + "“open words said " * (LONG // 17)),
    ("single.txt", "Headline\n\n" + "‘open words said " * (LONG // 17)),
    ("guillemets.txt", "Headline\n\n" + "«open words said " * (LONG // 17)),
    ("bold.md", "# T\n\n" + "**bold word said " * (LONG // 17)),
    ("underscores.md", "# T\n\n" + "__under word said " * (LONG // 18)),
    ("links.md", "# T\n\n" + "[link word said ](x " * (LONG // 20)),
    ("comments.md", "# T\n\n" + "<!-- comment said " * (LONG // 18)),
    ("abbreviations.txt", "Mr. U.S. Dr. St. " * (LONG // 17)),
]


@pytest.mark.parametrize(("name", "text"), LONG_FILES, ids=[name for name, _ in LONG_FILES])
def test_a_long_paragraph_of_unclosed_marks_reads_in_linear_time(
    tmp_path: Path, name: str, text: str
) -> None:
    with time_limit(60):  # ~0.1 s each; these took minutes to hours before
        article = read_article(write(tmp_path, name, text), max_bytes=10 * LONG)
    assert all(len(p) <= 10_000 for p in article.paragraphs)


def test_a_megabyte_paragraph_builds_split_with_a_note(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # spaCy refuses texts over 1,000,000 characters: this once stopped the whole build.
    giant = '"We will stay," Mayor Jane Doe said. "Open' + " and the word goes on." * 50_000
    site = new_site(tmp_path, **{"giant.txt": "Giant\n\n" + giant})
    with caplog.at_level(logging.INFO, logger="mkdocs"), time_limit(300):
        site.build(strict=True)
    notes = [m for m in messages(caplog, logging.INFO) if "articles/giant.txt" in m]
    assert len(notes) == 1 and "split into" in notes[0], notes
    assert marks(page(site, "giant"))[0] == '"We will stay,"'


# --- property: random HTML through reader, engine and renderer -----------------------

_TEXT_TAGS = [
    "p", "div", "span", "b", "i", "a", "br", "h1", "h2", "blockquote", "ul", "li", "figure",
    "figcaption", "table", "tr", "td", "time", "article", "main", "section", "body",
]  # fmt: skip
_NOT_TEXT_TAGS = [
    "html", "head", "title", "meta", "nav", "aside", "script", "style", "noscript", "template",
]  # fmt: skip
_ATTRIBUTES = ["class", "id", "href", "hidden", "style", "onclick", "property", "content", "name"]
_VALUES = [
    "story", "lead", "article", "og:title", "author", "utf-8", "javascript:alert(1)",
    '"><script>alert(1)</script>', "share", "caption", "",
]  # fmt: skip
_PIECES = [
    '"', "“", "”", "‘", "’", "«", "»", "'", "said", "told reporters", "Mayor", "Jane", "Doe",
    "he", "she", "the", "bridge", "will", "open", "&quot;", "&lt;script&gt;", "&amp;",
    "{{ 7*7 }}", "|", "*", "_", "[x](javascript:x)", ".", ",", ":", "\n", "\n\n",
]  # fmt: skip

# No control characters: many of them make a file binary, which the fuzzing of the
# reader covers; here the markup is what varies.
_letters = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=6)
_text = st.lists(st.one_of(st.sampled_from(_PIECES), _letters), min_size=1, max_size=15).map(
    " ".join
)
# Two draws in three are tags that hold article text, so most pages reach the engine.
_tag = st.one_of(
    st.sampled_from(_TEXT_TAGS), st.sampled_from(_TEXT_TAGS), st.sampled_from(_NOT_TEXT_TAGS)
)


@st.composite
def _element(draw: st.DrawFn, children: st.SearchStrategy[str]) -> str:
    tag = draw(_tag)
    attributes = draw(
        st.lists(
            st.tuples(st.sampled_from(_ATTRIBUTES), st.sampled_from(_VALUES) | _letters),
            max_size=2,
        )
    )
    inner = "".join(draw(st.lists(children, min_size=1, max_size=4)))
    opening = "<" + tag + "".join(f' {name}="{value}"' for name, value in attributes) + ">"
    closing = f"</{tag}>" if draw(st.booleans()) else ""  # scraped pages leave tags open
    return opening + inner + closing


_fragment = st.recursive(_text, lambda children: _element(children), max_leaves=30)
random_html = st.one_of(
    _fragment,
    st.lists(_fragment, min_size=1, max_size=4).map(
        lambda parts: "<html><head><title>T</title></head><body>" + "".join(parts)
    ),
)


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(html=random_html)
def test_random_html_reads_extracts_and_renders(
    tmp_path_factory: pytest.TempPathFactory, engine: QuoteEngine, html: str
) -> None:
    path = write(tmp_path_factory.mktemp("html"), "page.html", html)
    try:
        article = read_article(path)
    except ArticleError as error:
        assert "\n" not in str(error)
        return
    text = article.text
    result = engine.extract(text)
    for quote in result.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
    for rendered in render_site(build_corpus([(article, result)]), RenderOptions()):
        markdown = rendered.markdown.lower()
        assert "<script" not in markdown and "<img" not in markdown
        assert "](javascript" not in markdown and 'href="javascript' not in markdown
        assert "{{" not in markdown and "{%" not in markdown
