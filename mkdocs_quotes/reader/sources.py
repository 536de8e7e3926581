"""Read article files (.txt, .md, .html) into clean `Article`s.

Bytes are decoded, the format's metadata read, the body split into one-line
paragraphs and the boilerplate removed (`cleanup`). Anything wrong with a file
is an `ArticleError` whose message is one line naming the file, so one bad file
is a warning, never a traceback, and never stops the other articles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from .article import Article, ArticleMeta
from .cleanup import (
    bound_paragraphs,
    caption_text,
    clean_paragraphs,
    collapse_whitespace,
    compile_boilerplate,
    has_attributed_quote,
    is_boilerplate,
    text_paragraphs,
)
from .markup import META_KEYS, ParsedBody, parse_markdown, split_front_matter
from .metadata import article_meta
from .repair import repair_mojibake
from .slugs import slugify, unique_slugs
from .web_pages import NoArticleInPage, parse_html

RESERVED_ARTICLE_SLUG = "index"

ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm")
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
DEFAULT_MAX_BYTES = 5_000_000

_HEADER_LINE = re.compile(rf"({'|'.join(META_KEYS)})[ \t]*:[ \t]*(.*)", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n\s*\n")
# Line and paragraph separators other than \n that str.split() would honour.
_OTHER_LINE_BREAKS = re.compile(r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff]")
_SENTENCE_END = re.compile(r"[.!?…]['\"”’)]*(?=\s)")
_CLOSES_A_SENTENCE = re.compile(r"[.!?…\"”’)\]]$")
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "jr", "sr", "inc", "co", "corp", "no", "vs", "prof", "rev", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})  # fmt: skip
_BYLINE = re.compile(r"(?:By|BY):? ([A-Z][\w.'’-]*(?:,? (?:and |& )?[A-Z][\w.'’-]*){1,7})")
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_TITLE_WORDS = 12
_LONGEST_WORD = 100


class ArticleError(Exception):
    """A file that cannot become an article; ``str()`` is one line: "path: reason"."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, reason)  # both in args, so the error pickles across processes
        self.path = path
        self.reason = " ".join(reason.split())

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class ArticleTooLargeError(ArticleError):
    """A file over the size limit: the plugin can name the option that sets it."""


def read_article(
    path: Path,
    *,
    slug: str | None = None,
    extra_boilerplate: Sequence[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Read one article file; raise `ArticleError` if it cannot be one.

    ``slug`` defaults to the slugified file stem, which stays put when the title
    is edited. ``extra_boilerplate`` are regexes (case-insensitive, searched in
    each paragraph) for lines to drop; an invalid one raises ValueError.
    Files over ``max_bytes`` are refused before they are read.
    """
    patterns = compile_boilerplate(extra_boilerplate)
    name = str(path)
    try:
        data = _read_bytes(path, max_bytes)
        html = path.suffix.lower() in HTML_SUFFIXES
        text, notices = _decode(data, declared_charset(data) if html else None)
        if not text.strip():
            raise ArticleError(name, "empty")
        body = _parse(path.suffix.lower(), text)
    except NoArticleInPage:
        raise ArticleError(name, "no article text found in the page") from None
    except ArticleError as exc:  # the decoder and parsers know the reason, not the file
        raise type(exc)(name, exc.reason) from None
    except RecursionError:
        raise ArticleError(name, "markup nested too deeply to read") from None
    # Bounded first: the clean-up's patterns and the parser then never see a
    # paragraph long enough to be slow (spaCy refuses texts over 1,000,000 characters).
    bounded, split_notices = bound_paragraphs(body.paragraphs)
    clean = clean_paragraphs(bounded, patterns)
    paragraphs = list(clean.paragraphs)
    read_meta = article_meta(path.stem, _take_byline(paragraphs, body.meta))
    meta = read_meta.meta
    title = meta.title or body.title
    # A body that repeats the title as its first line would show the headline twice.
    repeated = title and paragraphs and _same_text(paragraphs[0], title)
    if repeated and not has_attributed_quote(paragraphs[0]):
        del paragraphs[0]
    if not paragraphs:
        raise ArticleError(name, "no article text left once markup and boilerplate are removed")
    return Article(
        path=name,
        slug=slug or slugify(path.stem),
        title=title or derive_title(paragraphs),
        meta=meta,
        paragraphs=tuple(paragraphs),
        captions=tuple(dict.fromkeys([*map(caption_text, body.captions), *clean.captions])),
        notices=tuple(notices + body.notices + split_notices),
        warnings=read_meta.problems,
    )


def read_articles(
    folder: Path,
    *,
    extra_boilerplate: Sequence[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[list[Article], list[ArticleError]]:
    """Read every article file under ``folder``, recursively, in path order.

    Returns the articles and, separately, one `ArticleError` per file that could
    not be read: a bad file never stops the others. Slugs come from file stems
    and are made unique across the folder (``a.md`` → ``a``, ``a.txt`` → ``a-2``);
    they are handed out before reading, so a broken file keeps its slug and
    fixing it shifts no other URL. Hidden files and folders (``.git``, editor
    swap files) are skipped. A missing folder raises `ArticleError`; an invalid
    boilerplate pattern raises ValueError.
    """
    if not folder.is_dir():
        raise ArticleError(str(folder), "not a folder")
    compile_boilerplate(extra_boilerplate)  # fail once, before any file, on a bad pattern
    files = sorted(
        (
            path
            for path in folder.rglob("*")
            if is_article_file(path.relative_to(folder)) and path.is_file()
        ),
        key=lambda path: path.relative_to(folder).as_posix(),
    )
    articles: list[Article] = []
    errors: list[ArticleError] = []
    # "index" is the article index page's own name: no article may take it.
    slugs = unique_slugs([RESERVED_ARTICLE_SLUG, *(path.stem for path in files)])[1:]
    for path, slug in zip(files, slugs, strict=True):
        try:
            articles.append(
                read_article(
                    path, slug=slug, extra_boilerplate=extra_boilerplate, max_bytes=max_bytes
                )
            )
        except ArticleError as exc:
            errors.append(exc)
    return articles, errors


def is_article_file(relative_path: Path) -> bool:
    """True for an article file name (by suffix) not inside a hidden folder."""
    if any(part.startswith(".") for part in relative_path.parts):
        return False
    return relative_path.suffix.lower() in ARTICLE_SUFFIXES


def derive_title(paragraphs: Sequence[str]) -> str:
    """A headline from the text: the first sentence, cut to about a dozen words.

    It comes from the first paragraph of six words or more, so a dateline or a
    one-word line is not taken for a headline. A cut prefers the end of a clause
    ("…than the U.S. military expected…") to a word in the middle of one.
    """
    paragraph = next((p for p in paragraphs if len(p.split()) >= 6), paragraphs[0])
    sentence = first_sentence(paragraph)
    words = sentence.split()
    if len(words) <= _TITLE_WORDS + 2:
        return sentence.rstrip(".") or paragraph
    kept = words[:_TITLE_WORDS]
    clause_ends = [i for i, word in enumerate(kept) if i >= 5 and word.endswith((",", ";", ":"))]
    if clause_ends:
        kept = kept[: clause_ends[-1] + 1]
    return " ".join(kept).rstrip(",;:—–-") + "…"


def _take_byline(paragraphs: list[str], meta: ArticleMeta) -> ArticleMeta:
    """Remove a "By Jane Doe" line near the top; it names the author, it is not text."""
    for index, paragraph in enumerate(paragraphs[:3]):
        if len(paragraphs) > 1 and (byline := _BYLINE.fullmatch(paragraph)):
            del paragraphs[index]
            return meta if meta.author else replace(meta, author=byline.group(1))
    return meta


def first_sentence(text: str) -> str:
    """Text up to the first sentence end that is not an abbreviation ("U.S.", "Mr.")."""
    for match in _SENTENCE_END.finditer(text):
        # Only the word before the stop matters; splitting all the text before it
        # would make a long paragraph of abbreviations quadratic.
        before = text[max(0, match.start() - _LONGEST_WORD) : match.start()].split()
        if before and not _is_abbreviation(before[-1]):
            return text[: match.end()].strip()
    return text.strip()


def _is_abbreviation(word: str) -> bool:
    bare = word.strip("\"“‘'(").lower()
    return len(bare) <= 1 or "." in bare or bare in _ABBREVIATIONS


def _same_text(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(s.split()).rstrip(".!?…").casefold()

    return norm(a) == norm(b)


# --- bytes to text -------------------------------------------------------------


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleTooLargeError(name, _too_large(size, max_bytes))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat()
    except FileNotFoundError:
        # Listed, then gone: deleted or renamed (an editor's save) while the site builds.
        raise ArticleError(name, "no such file (deleted or renamed?)") from None
    except OSError as exc:
        raise ArticleError(name, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise ArticleTooLargeError(name, _too_large(len(data), max_bytes))
    if not data.strip():
        raise ArticleError(name, "empty")
    return data


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size:,} bytes; the limit is {limit:,})"


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its top, if any."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _decode(data: bytes, declared: str | None) -> tuple[str, list[str]]:
    """Decode as UTF-8 (BOM stripped), else the declared charset, cp1252 or latin-1.

    Mojibake is mended here, before any parser reads the text (`repair`).
    """
    notices: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError("", "not text (invalid UTF-16)") from None
        notices.append("decoded as UTF-16")
    elif b"\x00" in data:
        raise ArticleError("", "not text (binary data)")
    else:
        text, fallback = _decode_8bit(data.removeprefix(b"\xef\xbb\xbf"), declared)
        if fallback:
            notices.append(f"not valid UTF-8; decoded as {fallback}")
    text, repaired = repair_mojibake(text)
    if repaired:
        notices.append("mojibake mended (ftfy)")
    text = _OTHER_LINE_BREAKS.sub("\n", text.replace("\r\n", "\n"))
    controls = len(_CONTROL_CHARS.findall(text))
    if controls > max(1, len(text) // 50):
        raise ArticleError("", "not text (binary data)")
    return _CONTROL_CHARS.sub("", text), notices


def _decode_8bit(data: bytes, declared: str | None) -> tuple[str, str | None]:
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    for encoding in (declared, "cp1252"):
        if encoding and encoding not in ("utf-8", "utf8"):
            try:
                return data.decode(encoding), encoding
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode("latin-1"), "latin-1"


# --- formats -------------------------------------------------------------------


def _parse(suffix: str, text: str) -> ParsedBody:
    if suffix in HTML_SUFFIXES:
        return parse_html(text)
    if suffix in MARKDOWN_SUFFIXES:
        return parse_markdown(text)
    return _parse_plain_text(text)


def _parse_plain_text(text: str) -> ParsedBody:
    """An optional ``Key: value`` header block, then paragraphs.

    Without a title in the header, a first line that reads like a headline is the title.
    """
    text, meta, notices = split_front_matter(text.strip("\n"))  # some exports use YAML
    header, _, rest = text.partition("\n\n")
    header_lines = [line for line in header.split("\n") if line.strip()]
    fields = [_HEADER_LINE.fullmatch(line.strip()) for line in header_lines]
    if header_lines and all(fields):
        meta = ArticleMeta(
            **{m.group(1).lower(): " ".join(m.group(2).split()) or None for m in fields if m}
        )
        text = rest
    paragraphs = text_paragraphs(text)
    title = None
    if meta.title is None and len(paragraphs) > 1 and _is_headline(text, paragraphs[0]):
        title = _headline_text(paragraphs.pop(0))
    return ParsedBody(paragraphs=paragraphs, meta=meta, title=title, notices=notices)


def _is_headline(text: str, first: str) -> bool:
    """A first line that reads like a headline rather than the article's first sentence.

    Either a line standing alone before a blank line, perhaps with a short
    standfirst under it (PolNeAR headlines end with a period or a semicolon),
    under 20 words or under 30 in Title Case; or a line under 15 words that no
    sentence could end like. Never a byline, and never a quoted, attributed
    sentence ('"We don't know," he told AFP.'): that is text, and its quote must stay.
    """
    words = first.split()
    title_case = _title_case(words)
    if len(words) >= (30 if title_case else 20) or words[0].lower() == "by":
        return False
    if (has_attributed_quote(first) and not title_case) or is_boilerplate(first):
        return False
    if not any(char.isalnum() for char in first):
        return False
    first_block = _BLANK_LINES.split(text.strip(), 1)[0].split("\n")
    lines = [collapse_whitespace(line) for line in first_block if line.strip()]
    if lines[0] == first and len(lines) <= 2 and len(lines[-1].split()) < 30:
        return True
    return len(words) < 15 and not _CLOSES_A_SENTENCE.search(first)


def _title_case(words: Sequence[str]) -> bool:
    long_words = [word.strip("\"“”‘’'") for word in words if len(word) > 3]
    capitalised = [word for word in long_words if word[:1].isupper()]
    return bool(long_words) and len(capitalised) >= 0.6 * len(long_words)


def _headline_text(line: str) -> str:
    """A headline without the full stop or semicolon some exports put after it."""
    line = line.rstrip(" ;")
    last_word = line.rsplit(None, 1)[-1]
    if line.endswith(".") and not _is_abbreviation(last_word[:-1]):
        line = line[:-1]
    return line
