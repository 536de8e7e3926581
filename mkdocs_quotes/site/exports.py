"""The site's data for researchers: ``quotes.json``, ``quotes.csv`` and ``speakers.json``.

Built from the corrected corpus, so a quote the editors hid is in none of them and
every status and note is theirs. The fields and their meanings are listed once, here
(`QUOTE_FIELDS`, `SPEAKER_FIELDS`): the files, the CSV header and the documentation
(docs/data.md, checked by a test) follow them. Pure: the same corpus gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass

from ..reader.article import Article
from .article_dates import article_date
from .corpus import Corpus, CorpusQuote, Speaker
from .page_urls import PageUrls
from .render_views import SiteUris, quote_anchor
from .safe_markdown import http_url
from .same_words import SameWords, same_words

DATA_VERSION = 1
"""Bumped when a field changes meaning or goes; a new field does not bump it."""
QUOTES_JSON = "quotes.json"
QUOTES_CSV = "quotes.csv"
SPEAKERS_JSON = "speakers.json"
DATA_FILES = (QUOTES_JSON, QUOTES_CSV, SPEAKERS_JSON)

QUOTE_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "the quote's permanent id (article + words): its page, #q-<id>, quotes.yml"),
    ("url", "the quote's page; its place in the article when quote pages are off"),
    ("text", "the quoted words, without the quotation marks"),
    ("partial", "true when the article quotes the words inside a sentence of its own"),
    ("speaker", "the speaker's name as the site shows it"),
    ("speaker_id", "the speaker's slug: id in speakers.json"),
    ("speaker_url", "the speaker's page"),
    ("kind", "person, organisation, unnamed (an unnamed source) or unknown (unattributed)"),
    ("role", "the speaker's title in this article, else in another; empty if none"),
    ("cue", 'the words of attribution ("told reporters"); empty if none'),
    ("confidence", "how sure the engine is of the speaker: high, medium or low"),
    ("rule", "the attribution rule that credited the speaker (docs: How it works)"),
    ("status", "the editors' verdict: verified, disputed, misattributed; empty if none"),
    ("note", "the editors' note; empty if none"),
    ("credited_by_editors", "true when the editors gave the quote to this speaker"),
    ("article_id", "the article's slug"),
    ("article_title", "the article's title"),
    ("article_url", "the quote in its article page (#q-<id>)"),
    ("paragraph", "the paragraph the quote starts in, counted from 1"),
    ("date", "the article's date, YYYY-MM-DD; empty if it has none"),
    ("outlet", "the article's outlet or source; empty if none"),
    ("source_url", "the original article's http(s) address; empty if none"),
    ("same_words", "the id of the earliest quote of these words when other articles quote"
     " them too; empty otherwise"),
)  # fmt: skip

SPEAKER_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "the speaker's slug: speaker_id in quotes.json"),
    ("name", "the name the site shows"),
    ("kind", "person, organisation, unnamed or unknown"),
    ("url", "the speaker's page"),
    ("roles", "titles the articles give, first seen first (a list)"),
    ("aliases", "other names the articles use (a list)"),
    ("description", "the editors' words about the speaker, or null"),
    ("links", "the editors' links: a list of {label, url}"),
    ("quote_count", "quotes credited to the speaker"),
    ("article_count", "articles quoting the speaker"),
    ("first_quoted", "the date of the earliest dated article quoting them, or null"),
    ("last_quoted", "the date of the newest dated article quoting them, or null"),
    ("feed_url", "the speaker's Atom feed, or null when feeds are off"),
)

# A spreadsheet runs a cell that starts with these as a formula: in the CSV, a text
# from an article that does gets an apostrophe in front (the JSON stays exact).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class DataOptions:
    uris: SiteUris
    urls: PageUrls
    quote_pages: bool = True
    feeds: bool = False


def quote_records(corpus: Corpus, options: DataOptions) -> list[dict[str, object]]:
    """One record per quote, in the corpus's order (article, then text)."""
    groups = same_words(corpus)
    return [_quote_record(corpus, q, options, groups) for q in corpus.quotes]


def _quote_record(
    corpus: Corpus, q: CorpusQuote, options: DataOptions, groups: SameWords
) -> dict[str, object]:
    article = corpus.article(q.article_slug)
    speaker = corpus.speaker(q.speaker_slug)
    uris, urls = options.uris, options.urls
    in_article = urls(uris.article(article.slug), quote_anchor(q.id))
    record = {
        "id": q.id,
        "url": urls(uris.quote(q.id)) if options.quote_pages else in_article,
        "text": q.quote.text,
        "partial": q.quote.partial,
        "speaker": speaker.name,
        "speaker_id": speaker.slug,
        "speaker_url": urls(uris.speaker(speaker.slug)),
        "kind": speaker.kind,
        "role": q.quote.speaker.role or next(iter(speaker.roles), None),
        "cue": q.quote.cue,
        "confidence": q.quote.confidence or None,
        "rule": q.quote.rule or None,
        "status": q.status,
        "note": q.note,
        "credited_by_editors": q.credited_by_editors,
        "article_id": article.slug,
        "article_url": in_article,
        "paragraph": q.paragraph + 1,
        "same_words": groups.group_id(q),
        **article_fields(article),
    }
    return {name: record[name] for name, _ in QUOTE_FIELDS}  # the documented order


def speaker_records(corpus: Corpus, options: DataOptions) -> list[dict[str, object]]:
    """One record per speaker, by slug."""
    return [_speaker_record(corpus, s, options) for s in corpus.speakers]


def _speaker_record(corpus: Corpus, speaker: Speaker, options: DataOptions) -> dict[str, object]:
    articles = corpus.articles_quoting(speaker.slug)
    days = sorted(filter(None, map(article_date, articles)))
    return {
        "id": speaker.slug,
        "name": speaker.name,
        "kind": speaker.kind,
        "url": options.urls(options.uris.speaker(speaker.slug)),
        "roles": list(speaker.roles),
        "aliases": list(speaker.aliases),
        "description": speaker.description,
        "links": [{"label": label, "url": url} for label, url in speaker.links],
        "quote_count": len(corpus.quotes_by_speaker(speaker.slug)),
        "article_count": len(articles),
        "first_quoted": days[0].isoformat() if days else None,
        "last_quoted": days[-1].isoformat() if days else None,
        "feed_url": options.urls.file(feed_path(options.uris, speaker.slug))
        if options.feeds
        else None,
    }


def feed_path(uris: SiteUris, speaker_slug: str) -> str:
    """``speakers/<slug>/feed.xml``: beside the speaker's further pages."""
    return f"{uris.speakers}/{speaker_slug}/feed.xml"


def to_json(key: str, records: Sequence[dict[str, object]]) -> str:
    """``{"version": 1, "<key>": [...]}``: an object, so fields can be added later.

    One record a line: a tenth of the size of indented JSON on a large archive, and
    a diff between two builds still shows which quotes changed.
    """
    rows = ",\n".join(json.dumps(record, ensure_ascii=False) for record in records)
    return f'{{"version": {DATA_VERSION}, "{key}": [\n{rows}\n]}}\n'


def to_csv(records: Sequence[dict[str, object]], fields: Sequence[str]) -> str:
    """A header row of ``fields``, then one row per record: true/false, empty for none."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(fields)
    for record in records:
        writer.writerow(_cell(record.get(name)) for name in fields)
    return out.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def data_files(corpus: Corpus, options: DataOptions) -> dict[str, str]:
    """File name (at the site's root) -> content."""
    quotes = quote_records(corpus, options)
    return {
        QUOTES_JSON: to_json("quotes", quotes),
        QUOTES_CSV: to_csv(quotes, [name for name, _ in QUOTE_FIELDS]),
        SPEAKERS_JSON: to_json("speakers", speaker_records(corpus, options)),
    }


def article_fields(article: Article) -> dict[str, object]:
    """The article's title, date, outlet and original address, as the data files give them."""
    day = article_date(article)
    return {
        "article_title": article.title,
        "date": day.isoformat() if day else None,
        "outlet": article.meta.source,
        "source_url": http_url(article.meta.url),
    }
