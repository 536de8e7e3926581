"""An article's metadata from every place a newsroom puts it, merged into one ArticleMeta.

The file itself speaks first (YAML front matter, a ``Key: value`` header, an HTML
page's own metadata as trafilatura reads it), then the file name
(``2021-08-13-kabul.txt``, ``nyt_2016-02-18_slug.txt``) fills what the file leaves
out. Dates come out as ISO 8601 (YYYY-MM-DD) whatever form they came in; one that
cannot be read is reported, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from .article import ArticleMeta

# File-name prefixes that name an outlet without doubt: the wire services, and the
# publishers of the PolNeAR corpus (``breitbart_2016-09-12_…``). A prefix counts only
# when a date follows it, so a file called ``ap-style-guide.md`` names no outlet.
OUTLET_PREFIXES: dict[str, str] = {
    "afp": "AFP",
    "ap": "AP",
    "reuters": "Reuters",
    "bbc": "BBC",
    "cnn": "CNN",
    "nbc": "NBC News",
    "guardian": "The Guardian",
    "breitbart": "Breitbart",
    "huff-post": "HuffPost",
    "nyt": "The New York Times",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "The Washington Post",
    "west-journal": "Western Journal",
}
_FILE_NAME_DATE = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})[-_.]([01][0-9])[-_.]([0-3][0-9])(?![0-9])"
)
_OUTLET_AND_DATE = re.compile(r"([a-z][a-z-]*?)[-_]+(?=(?:19|20)[0-9]{2}[-_.][01][0-9])")
_ISO_PREFIX = re.compile(r"\s*([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ][0-9:.,+\-Z ]*)?\s*$")
_TEXT_DATE_FORMATS = (
    "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%B %d %Y", "%d %B %Y", "%d %b %Y",
    "%d %b. %Y", "%A, %B %d, %Y", "%A %d %B %Y", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d",
)  # fmt: skip
_EARLIEST_YEAR = 1800


@dataclass(frozen=True)
class ReadMeta:
    """Metadata as read, and what was wrong with it (one line each, no file name)."""

    meta: ArticleMeta
    problems: tuple[str, ...] = ()


def iso_date(raw: str) -> str | None:
    """``raw`` as YYYY-MM-DD, or None when it is not a date written in a common way.

    Accepts ISO dates and timestamps, "August 13, 2021", "13 Aug 2021",
    "Fri, 13 Aug 2021 10:00:00 GMT" (RFC 2822), "2021/08/13". Day-month order
    that could go either way ("08/07/2021") is refused rather than guessed.
    """
    text = " ".join(raw.split())
    if not text:
        return None
    if iso := _ISO_PREFIX.match(text):
        return _valid(int(iso[1]), int(iso[2]), int(iso[3]))
    for fmt in _TEXT_DATE_FORMATS:
        try:
            day = datetime.strptime(text.replace("Sept.", "Sep.").replace("Sept ", "Sep "), fmt)
        except ValueError:
            continue
        return _valid(day.year, day.month, day.day)
    try:
        stamp = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return _valid(stamp.year, stamp.month, stamp.day)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value.isoformat() if value.year >= _EARLIEST_YEAR else None


def file_name_meta(stem: str) -> ArticleMeta:
    """The date, and the outlet where a known prefix names one, in a file's name."""
    name = stem.lower()
    found = _FILE_NAME_DATE.search(name)
    if found is None:
        return ArticleMeta()
    day = _valid(int(found[1]), int(found[2]), int(found[3]))
    outlet = None
    prefix = _OUTLET_AND_DATE.match(name)
    if day and prefix and prefix.end() == found.start():
        outlet = OUTLET_PREFIXES.get(prefix.group(1))
    return ArticleMeta(date=day, source=outlet)


def merge_meta(*layers: ArticleMeta) -> ArticleMeta:
    """Field by field, the first layer that has a value wins."""
    merged = ArticleMeta()
    for field in fields(ArticleMeta):
        value = next((v for layer in layers if (v := getattr(layer, field.name))), None)
        merged = replace(merged, **{field.name: value})
    return merged


def normalised(meta: ArticleMeta) -> ReadMeta:
    """The metadata with its date as YYYY-MM-DD; an unreadable date is dropped and reported."""
    if meta.date is None:
        return ReadMeta(meta)
    day = iso_date(meta.date)
    if day is not None:
        return ReadMeta(replace(meta, date=day))
    problem = f"date {meta.date!r} is not a date this reader understands (write it YYYY-MM-DD)"
    return ReadMeta(replace(meta, date=None), (problem,))


def article_meta(stem: str, *from_file: ArticleMeta) -> ReadMeta:
    """The article's metadata: the file's own layers in order, then its name.

    An unreadable date in the file is reported and the file name's date, if any,
    takes its place.
    """
    checked = [normalised(layer) for layer in from_file]
    merged = merge_meta(*(c.meta for c in checked), file_name_meta(stem))
    problems = tuple(problem for c in checked for problem in c.problems)
    return ReadMeta(merged, problems)
