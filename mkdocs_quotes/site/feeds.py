"""An Atom feed per speaker (``speakers/<slug>/feed.xml``), so a journalist can follow a person.

Atom (RFC 4287) wants every id to be an absolute IRI that never changes: the
quote's page URL under the site's ``site_url`` is one. Without a ``site_url`` there
is no such IRI, so the plugin builds no feed and says so once (`feeds_wanted`).
Written with ElementTree, which escapes every text; characters XML 1.0 forbids are
dropped first, as they would make the whole feed unreadable.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, timezone
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from .article_dates import article_date
from .corpus import Corpus, CorpusQuote, Speaker
from .exports import DataOptions, feed_path
from .render_views import quote_anchor, short_text

ATOM = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 50
"""The newest quotes a feed carries; a reader that follows it has seen the older ones."""
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

ET.register_namespace("", ATOM)
log = get_plugin_logger(__name__)


def feeds_wanted(option: bool, site_url: str | None) -> bool:
    """Whether to build the feeds: the option is on and ``site_url`` is absolute
    (``mkdocs serve`` sets one). Without it, one warning, so that `--strict` fails and
    a plain build goes on with the rest of the site."""
    if not option:
        return False
    if site_url and "://" in site_url:
        return True
    log.warning(
        "quotes: option 'speaker_feeds': no feeds built, as site_url is not set in"
        " mkdocs.yml and an Atom feed needs absolute addresses; set site_url"
    )
    return False


def speaker_feeds(corpus: Corpus, options: DataOptions) -> dict[str, bytes]:
    """``speakers/<slug>/feed.xml`` -> the feed, for every speaker but "Unattributed"."""
    return {
        feed_path(options.uris, s.slug): speaker_feed(corpus, s, options)
        for s in corpus.speakers
        if s.kind != "unknown"
    }


def _updated(corpus: Corpus, q: CorpusQuote) -> datetime:
    """The article's date; for an undated one, when its file last changed (when the
    newsroom added it, for a feed reader the news), else the epoch."""
    article = corpus.article(q.article_slug)
    day = article_date(article)
    if day is not None:
        return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    try:
        return datetime.fromtimestamp(int(Path(article.path).stat().st_mtime), tz=timezone.utc)
    except (OSError, ValueError):
        return datetime(1970, 1, 1, tzinfo=timezone.utc)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(value: str) -> str:
    return _NOT_XML.sub("", value)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        element.text = _text(text)
    return element


def speaker_feed(corpus: Corpus, speaker: Speaker, options: DataOptions) -> bytes:
    """The speaker's newest quotes as an Atom feed, newest first."""
    uris, urls = options.uris, options.urls
    dated = sorted(
        ((_updated(corpus, q), q) for q in corpus.quotes_by_speaker(speaker.slug)),
        key=lambda pair: (-pair[0].timestamp(), pair[1].article_slug, pair[1].quote.start),
    )[:FEED_ENTRIES]
    page = urls(uris.speaker(speaker.slug))
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "id", page)
    _sub(feed, "title", f"Quotes by {speaker.name}")
    _sub(feed, "updated", _stamp(max((m for m, _ in dated), default=_epoch())))
    feed_url = urls.file(feed_path(uris, speaker.slug))
    _sub(feed, "link", rel="self", type="application/atom+xml", href=feed_url)
    _sub(feed, "link", rel="alternate", type="text/html", href=page)
    # Atom wants an author for every entry: the speaker, whose words they are.
    author = _sub(feed, "author")
    _sub(author, "name", speaker.name)
    _sub(feed, "generator", "mkdocs-quotes")
    for moment, q in dated:
        article = corpus.article(q.article_slug)
        in_article = urls(uris.article(article.slug), quote_anchor(q.id))
        link = urls(uris.quote(q.id)) if options.quote_pages else in_article
        entry = _sub(feed, "entry")
        _sub(entry, "id", link)
        _sub(entry, "title", f"“{short_text(q.quote.text)}”")
        _sub(entry, "updated", _stamp(moment))
        _sub(entry, "link", rel="alternate", type="text/html", href=link)
        source = ", ".join(p for p in (article.meta.source, _day(article_date(article))) if p)
        cue = f" ({q.quote.cue})" if q.quote.cue else ""
        summary = f"“{q.quote.text}” — {speaker.name}{cue}, in “{article.title}”"
        _sub(entry, "summary", summary + (f", {source}" if source else ""), type="text")
    written: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return written + b"\n"


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


def _epoch() -> datetime:
    return datetime(1970, 1, 1, tzinfo=timezone.utc)
