"""Rendering: pages, links and anchors that resolve, escaping, templates, pagination."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote

import markdown
import pytest
from bs4 import BeautifulSoup
from helpers import make_quote as shared_make_quote

from mkdocs_quotes import (
    Article,
    ArticleMeta,
    ArticleQuotes,
    Mention,
    Quote,
    SpeakerKind,
    SpeakerRef,
)
from mkdocs_quotes.site.corpus import Corpus, build_corpus
from mkdocs_quotes.site.render import (
    GeneratedPage,
    RenderError,
    RenderOptions,
    nav_entries,
    render_site,
)
from mkdocs_quotes.site.safe_markdown import escape_text, safe_http_url

MARKDOWN_LINK = re.compile(r"\]\(([^)\s]*)\)")
RAW_HREF = re.compile(r'href="([^"]*)"')
ANCHOR_ID = re.compile(r'\bid="([^"]+)"')


def make_article(slug: str, *paragraphs: str, title: str = "", **meta: str) -> Article:
    return Article(
        path=f"/docs/articles/{slug}.txt",
        slug=slug,
        title=title or f"Title of {slug}",
        meta=ArticleMeta(**meta),
        paragraphs=paragraphs,
    )


def make_quote(
    article: Article,
    words: str,
    name: str,
    kind: SpeakerKind = "person",
    mention: str | None = None,
    utterance: int = 0,
    occurrence: int = 0,
) -> Quote:
    """A quoted spokesman who told reporters: the renderer's tests want a role and a cue."""
    return shared_make_quote(
        article,
        words,
        name,
        kind,
        mention=mention,
        role="spokesman",
        cue="told reporters",
        occurrence=occurrence,
        utterance=utterance,
    )


NEWS = make_article(
    "kabul_001",
    'Pentagon spokesman John Kirby said: "Capacity is not going to be a problem."',
    '"We will move thousands," he added. "Every day."',
    'A Taliban spokesman said "Kandahar is conquered." Later, "more," an aide said.',
    title="Kabul airport",
    date="2021-08-15",
    source="Wire",
    url="https://example.com/kabul?a=1&b=2",
)
OLDER = make_article(
    "older",
    'Kirby told reporters "the airport is secure." John Kirby was at the Pentagon.',
    "Joe Biden was not quoted.",
    title="Older news",
    date="2021-08-01",
)


def seed_corpus() -> Corpus:
    return build_corpus(
        [
            (
                NEWS,
                ArticleQuotes(
                    (
                        make_quote(
                            NEWS,
                            "Capacity is not going to be a problem.",
                            "John Kirby",
                            mention="John Kirby",
                        ),
                        make_quote(
                            NEWS, "We will move thousands,", "John Kirby", mention="he", utterance=1
                        ),
                        make_quote(NEWS, "Every day.", "John Kirby", mention="he", utterance=1),
                        make_quote(
                            NEWS,
                            "Kandahar is conquered.",
                            "a Taliban spokesman",
                            "unnamed",
                            mention="A Taliban spokesman",
                            utterance=2,
                        ),
                        make_quote(NEWS, "more,", "Unattributed", "unknown", utterance=3),
                    )
                ),
            ),
            (
                OLDER,
                ArticleQuotes(
                    (make_quote(OLDER, "the airport is secure.", "Kirby", mention="Kirby"),),
                    mentions=(("John Kirby", "person"), ("Joe Biden", "person")),
                ),
            ),
        ]
    )


def broken_links(pages: list[GeneratedPage]) -> list[str]:
    """Every relative link must reach a generated page, and its #anchor an id there."""
    by_uri = {page.src_uri: page.markdown for page in pages}
    ids = {uri: set(ANCHOR_ID.findall(text)) for uri, text in by_uri.items()}
    problems = []
    for page in pages:
        for href in MARKDOWN_LINK.findall(page.markdown):
            path, _, anchor = href.partition("#")
            target = page.src_uri
            if path:
                target = posixpath.normpath(
                    posixpath.join(posixpath.dirname(page.src_uri), unquote(path))
                )
            if not target.endswith(".md") or target not in by_uri:
                problems.append(f"{page.src_uri}: {href} -> no page {target}")
            elif anchor and anchor not in ids[target]:
                problems.append(f"{page.src_uri}: {href} -> no #{anchor} in {target}")
        for href in RAW_HREF.findall(page.markdown):
            if not href.startswith(("https://", "http://")):
                problems.append(f"{page.src_uri}: raw href {href}")
    return problems


def test_every_link_and_anchor_resolves() -> None:
    pages = render_site(seed_corpus(), RenderOptions())
    assert broken_links(pages) == []
    uris = [p.src_uri for p in pages]
    assert len(uris) == len(set(uris))
    assert "articles/kabul_001.md" in uris
    assert "speakers/index.md" in uris
    assert "speakers/john-kirby.md" in uris
    assert "quotes/index.md" in uris
    # The index, its one month (the seed articles are dated), the finder is off, 6 quotes.
    assert "quotes/2021-08.md" in uris
    assert sum(u.startswith("quotes/") for u in uris) == 1 + 1 + 6


def test_pages_hold_what_they_promise() -> None:
    corpus = seed_corpus()
    pages = {p.src_uri: p for p in render_site(corpus, RenderOptions())}
    article = pages["articles/kabul_001.md"]
    assert article.in_nav and article.source_path == "/docs/articles/kabul_001.txt"
    for q in corpus.quotes_in_article("kabul_001"):
        assert f'id="q-{q.id}"' in article.markdown
    assert 'id="p-1"' in article.markdown and 'id="p-3"' in article.markdown
    # The attribution "John Kirby" is linked in place; so is "he", titled with the
    # name it stands for, and no name is inserted into the article's words.
    assert "Pentagon spokesman [John Kirby](../speakers/john-kirby.md) said" in article.markdown
    paragraph_2 = article.markdown.split('id="p-2"')[1].split("</span>\n")[0]
    assert paragraph_2.count('[he](../speakers/john-kirby.md "John Kirby")') == 1
    assert paragraph_2.count("mq-who") == 0

    kirby = pages["speakers/john-kirby.md"].markdown
    assert not pages["speakers/john-kirby.md"].in_nav
    assert "4 quotes in 2 articles" in kirby
    assert "## Mentioned without being quoted" not in kirby  # both articles quote him
    index = pages["speakers/index.md"].markdown
    rows = [line for line in index.splitlines() if line.startswith("| ")]
    last = '<time datetime="2021-08-15">15 August 2021</time>'  # shown, and the sort key
    assert any(f"[John Kirby](john-kirby.md) | spokesman | 4 | 2 | {last} |" in r for r in rows)
    assert "## Unnamed sources" in index and "## Unattributed" in index

    quote = next(q for q in corpus.quotes if q.quote.text == "Every day.")
    page = pages[f"quotes/{quote.id}.md"]
    assert not page.in_nav
    assert f"](../articles/kabul_001.md#q-{quote.id})" in page.markdown
    assert "](../articles/kabul_001.md#p-2)" in page.markdown
    assert "mq-current" in page.markdown
    assert "id=" not in page.markdown  # the context paragraph repeats no anchor
    assert "**Cue:** told reporters" in page.markdown


def test_nav_lists_articles_newest_first_then_the_indexes() -> None:
    assert nav_entries(seed_corpus(), RenderOptions()) == [
        {"Articles": ["articles/kabul_001.md", "articles/older.md"]},
        {"Speakers": "speakers/index.md"},
        {"All quotes": "quotes/index.md"},
    ]


def test_a_large_archive_links_the_article_index_not_every_article() -> None:
    corpus = seed_corpus()
    small = RenderOptions()
    large = RenderOptions(nav_article_limit=1)
    assert nav_entries(corpus, small)[0]["Articles"] != "articles/index.md"
    assert nav_entries(corpus, large)[0] == {"Articles": "articles/index.md"}
    pages = {p.src_uri: p for p in render_site(corpus, large)}
    index = pages["articles/index.md"]
    assert (
        index.in_nav
        and not {p.src_uri: p for p in render_site(corpus, small)}["articles/index.md"].in_nav
    )
    for article in corpus.articles:
        assert f"]({article.slug}.md)" in index.markdown
    assert broken_links(list(pages.values())) == []


def test_without_quote_pages_links_go_to_the_article_anchor() -> None:
    pages = render_site(seed_corpus(), RenderOptions(quote_pages=False))
    uris = {p.src_uri for p in pages}
    assert uris & {u for u in uris if u.startswith("quotes/")} == {
        "quotes/index.md",
        "quotes/2021-08.md",
    }
    assert broken_links(pages) == []
    assert "quote page" not in "".join(p.markdown for p in pages)


def test_speaker_pages_paginate() -> None:
    paragraphs = [f'Al Bo said "number {n}."' for n in range(5)]
    article = make_article("many", *paragraphs)
    found = tuple(make_quote(article, f"number {n}.", "Al Bo", utterance=n) for n in range(5))
    corpus = build_corpus([(article, ArticleQuotes(found))])
    pages = render_site(corpus, RenderOptions(speaker_page_size=2))
    speaker_pages = [p for p in pages if p.src_uri.startswith("speakers/al-bo")]
    assert [p.src_uri for p in speaker_pages] == [
        "speakers/al-bo.md",
        "speakers/al-bo/page-2.md",
        "speakers/al-bo/page-3.md",
    ]
    assert broken_links(pages) == []
    second = speaker_pages[1].markdown
    assert "(continued)" in second
    assert "[1](../al-bo.md) · **2** · [3](page-3.md)" in second
    assert second.count("number ") == 2
    assert speaker_pages[2].markdown.count("number ") == 1


HOSTILE = (
    "<script>alert(1)</script> *star* _under_ `tick` | pipe [x](javascript:alert(1)) "
    "{{ 7*7 }} {% raw %} \\back <img src=x onerror=alert(1)> & {#id} ~~s~~ ==m=="
)
HOSTILE_STARTS = (
    "# not a heading",
    "> not a quote",
    "- not a list",
    "1. not a list",
    "    not code",
    "=====",
    "+ not a list",
)


def hostile_corpus() -> Corpus:
    paragraphs = (
        f'{HOSTILE} Evil *Name* said "{HOSTILE}".',
        *HOSTILE_STARTS,
    )
    article = make_article(
        "evil",
        *paragraphs,
        title=f"Title {HOSTILE}",
        source=f"Source {HOSTILE}",
        author=f"Author {HOSTILE}",
        date=f"{HOSTILE}",
        url="javascript:alert(1)",
    )
    name = "Evil *Name* | {{ 7*7 }} <b>x</b>"
    text = article.text
    quote_start = text.index(f'"{HOSTILE}"') + 1
    mention = Mention("Evil *Name*", text.index("Evil *Name*"), text.index("Evil *Name*") + 11)
    speaker = SpeakerRef(name, "person", mention, role=f"role {HOSTILE}")
    quote = Quote(
        HOSTILE, quote_start, quote_start + len(HOSTILE), speaker, f"cue {HOSTILE}", True, 0, 0
    )
    return build_corpus([(article, ArticleQuotes((quote,)))])


def rendered_html(page: GeneratedPage) -> BeautifulSoup:
    # attr_list and md_in_html too: `{#id}` must not become an attribute.
    html = markdown.markdown(page.markdown, extensions=["toc", "tables", "attr_list", "md_in_html"])
    return BeautifulSoup(html, "html.parser")


def test_article_text_never_becomes_markup() -> None:
    pages = render_site(hostile_corpus(), RenderOptions())
    assert broken_links(pages) == []
    for page in pages:
        assert "{{" not in page.markdown and "{%" not in page.markdown, page.src_uri
        soup = rendered_html(page)
        for tag in ("script", "img", "em", "strong", "code", "b", "del", "pre", "blockquote", "ol"):
            if tag == "strong" or (tag == "blockquote" and page.src_uri.startswith("quotes/")):
                continue  # the templates' own bold labels and blockquote
            assert soup.find(tag) is None, (page.src_uri, tag)
        for a in soup.find_all("a"):
            assert not a["href"].lower().startswith("javascript"), page.src_uri
        assert "49" not in soup.get_text()
        for element in soup.find_all(id=True):  # `{#id}` made no id: only ours and the toc's
            assert element.name in ("h1", "h2") or element["id"].startswith(("p-", "q-", "az-"))
    article = rendered_html(next(p for p in pages if p.src_uri == "articles/evil.md"))
    text = article.get_text()
    assert article.h1 is not None and article.h1.get_text() == f"Title {HOSTILE}"
    assert text.count(HOSTILE) >= 6  # title, source, author, date, paragraph, quote, list
    assert article.find("a", string="Original article") is None  # javascript: URL dropped
    for start in HOSTILE_STARTS:
        assert start.strip() in text
    assert len(article.find_all("h2")) == 1 and len(article.find_all("h1")) == 1
    assert len(article.find_all("ul")) == 1  # the quote list, not "- not a list"
    assert article.find_all("mark")[0].get_text() == f'"{HOSTILE}"'


def test_a_hostile_name_breaks_no_table() -> None:
    pages = render_site(hostile_corpus(), RenderOptions())
    index = rendered_html(next(p for p in pages if p.src_uri == "speakers/index.md"))
    rows = index.find_all("tr")
    assert len(rows) == 2
    # Speaker, Role, Quotes, Articles: no "Last quoted", as no article has a date.
    assert all(len(row.find_all(["td", "th"])) == 4 for row in rows)
    assert rows[1].find("a").get_text() == "Evil *Name* | {{ 7*7 }} <b>x</b>"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<script>", "&#60;script&#62;"),
        ("a|b", "a&#124;b"),
        ("*x* _y_", "&#42;x&#42; &#95;y&#95;"),
        ("[x](javascript:alert(1))", "&#91;x&#93;(javascript:alert(1))"),
        ("{{ 7*7 }}", "&#123;&#123; 7&#42;7 &#125;&#125;"),
        ("{% raw %}", "&#123;% raw %&#125;"),
        ("# h", "&#35; h"),
        ("- li", "&#45; li"),
        ("12. li", "12&#46; li"),
        ("    code", " code"),
        ("line\nbreak", "line break"),
        ('it\'s "q"', "it&#39;s &#34;q&#34;"),
    ],
)
def test_escape_text(raw: str, expected: str) -> None:
    assert escape_text(raw) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/a?b=1&c=2", "https://example.com/a?b=1&amp;c=2"),
        ('http://x.org/"><script>', "http://x.org/%22%3E%3Cscript%3E"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,x", None),
        ("//example.com/x", None),
        ("/relative", None),
        (None, None),
    ],
)
def test_only_http_urls_are_linked(url: str | None, expected: str | None) -> None:
    assert safe_http_url(url) == expected


def test_site_templates_override_the_package_ones(tmp_path: Path) -> None:
    (tmp_path / "article.md.j2").write_text("# Custom: {{ title }}\n\n{{ article.meta.source }}\n")
    options = RenderOptions(templates_dir=tmp_path)
    pages = {p.src_uri: p for p in render_site(hostile_corpus(), options)}
    custom = pages["articles/evil.md"].markdown
    assert custom.startswith("# Custom: Title &#60;script&#62;")
    assert "Source &#60;script&#62;" in custom  # the override's {{ }} is escaped too
    assert pages["speakers/index.md"].markdown.startswith("# Speakers")  # falls back


def test_a_broken_site_template_names_itself(tmp_path: Path) -> None:
    (tmp_path / "quote.md.j2").write_text("# {{ quote.text }\n")
    with pytest.raises(RenderError, match=r"quote\.md\.j2"):
        render_site(seed_corpus(), RenderOptions(templates_dir=tmp_path))
    (tmp_path / "quote.md.j2").write_text("# {{ no_such_thing }}\n")
    with pytest.raises(RenderError, match="no_such_thing"):
        render_site(seed_corpus(), RenderOptions(templates_dir=tmp_path))


def test_the_same_articles_in_any_order_render_the_same_bytes() -> None:
    options = RenderOptions(speaker_page_size=2)
    corpus = seed_corpus()
    items = [(a, ArticleQuotes(corpus_quotes(corpus, a.slug))) for a in corpus.articles]
    reversed_items = [(a, ArticleQuotes(found.quotes[::-1])) for a, found in items[::-1]]
    first = render_site(build_corpus(items), options)
    assert render_site(build_corpus(items), options) == first
    assert render_site(build_corpus(reversed_items), options) == first


def corpus_quotes(corpus: Corpus, article_slug: str) -> tuple[Quote, ...]:
    return tuple(q.quote for q in corpus.quotes_in_article(article_slug))


def test_a_quote_whose_offsets_miss_still_has_its_anchor() -> None:
    article = make_article("bad", 'Al Bo said "hello there."')
    wrong = Quote("goodbye", 0, 7, SpeakerRef("Al Bo", "person"), None, False, 0, 0)
    pages = render_site(build_corpus([(article, ArticleQuotes((wrong,)))]), RenderOptions())
    assert broken_links(pages) == []
    assert "<mark" not in next(p for p in pages if p.src_uri == "articles/bad.md").markdown


def test_a_quote_across_paragraphs_is_marked_in_each_and_anchored_once() -> None:
    article = make_article("across", 'He said "first part', 'second part" and left.')
    text = article.text
    start = text.index("first")
    end = text.index('" and')
    q = Quote(text[start:end], start, end, SpeakerRef("Al Bo", "person"), None, False, 0, 0)
    pages = render_site(build_corpus([(article, ArticleQuotes((q,)))]), RenderOptions())
    body = next(p for p in pages if p.src_uri == "articles/across.md").markdown
    assert body.count("<mark") == 2 and body.count('id="q-') == 1
    assert broken_links(pages) == []


def test_options_refuse_prefixes_that_would_collide() -> None:
    with pytest.raises(ValueError):
        RenderOptions(speakers_prefix="articles")
    with pytest.raises(ValueError):
        RenderOptions(quotes_prefix="/")
    with pytest.raises(ValueError):
        RenderOptions(speaker_page_size=0)
    pages = render_site(seed_corpus(), RenderOptions(articles_prefix="news/articles"))
    assert broken_links(pages) == []


HOOKS = """
import json, pathlib
from mkdocs.structure.files import File, InclusionLevel

SITE = json.loads((pathlib.Path(__file__).parent / "pages.json").read_text())

def on_files(files, config):
    for uri, text, in_nav in SITE["pages"]:
        level = InclusionLevel.INCLUDED if in_nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, uri, content=text, inclusion=level))
    files.append(File.generated(config, "assets/quotes.css", content=SITE["css"]))
    return files
"""


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs", "material"])
@pytest.mark.parametrize("directory_urls", [True, False])
def test_mkdocs_builds_the_pages_strictly(tmp_path: Path, theme: str, directory_urls: bool) -> None:
    """Real MkDocs, every link and anchor validated: `--strict` with warnings on."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    corpus = seed_corpus()
    pages = render_site(corpus, RenderOptions())
    css = (Path(__file__).parents[1] / "mkdocs_quotes/site/assets/quotes.css").read_text()
    site = {"pages": [[p.src_uri, p.markdown, p.in_nav] for p in pages], "css": css}
    (tmp_path / "pages.json").write_text(json.dumps(site))
    (tmp_path / "hooks.py").write_text(HOOKS)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text("# Home\n")
    config = {
        "site_name": "Quotes test",
        "theme": {"name": theme},
        "use_directory_urls": directory_urls,
        "hooks": ["hooks.py"],
        "extra_css": ["assets/quotes.css"],
        "markdown_extensions": ["md_in_html"],  # the plugin adds it: pages wrap Markdown
        "nav": [{"Home": "index.md"}, {"Quotes": nav_entries(corpus, RenderOptions())}],
        "validation": {
            "omitted_files": "warn",
            "absolute_links": "warn",
            "unrecognized_links": "warn",
            "anchors": "warn",
        },
    }
    (tmp_path / "mkdocs.yml").write_text(json.dumps(config))
    build(load_config(str(tmp_path / "mkdocs.yml"), strict=True))

    site_dir = tmp_path / "site"
    quote = corpus.quotes[0]
    path = f"quotes/{quote.id}/index.html" if directory_urls else f"quotes/{quote.id}.html"
    soup = BeautifulSoup((site_dir / path).read_text(), "html.parser")
    hrefs = [a["href"] for a in soup.find_all("a", href=True)]
    article = "../../articles/kabul_001/" if directory_urls else "../articles/kabul_001.html"
    assert f"{article}#q-{quote.id}" in hrefs
