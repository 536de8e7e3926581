"""The editors' corrections file (`quotes.yml`): read, checked, as frozen values.

A mistake in the file costs the entry or the key it is in, never the site: every
problem becomes one line naming the file, the line and the key
(`quotes.yml:12: quotes.3f2a9c1b0d.status: 'verifed' is not one of …`), and the rest
applies. The YAML is read as nodes (``yaml.compose``) rather than values, because
only nodes remember their line; keys are taken as written, so a quote id made only of
digits stays a string. Applying the corrections to the corpus is ``corrected.py``.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar, get_args

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..engine.domain import SpeakerKind
from .safe_markdown import safe_http_url

QuoteStatus = Literal["verified", "disputed", "misattributed"]
QUOTE_STATUSES: tuple[QuoteStatus, ...] = get_args(QuoteStatus)
# "unknown" is the engine's word for nobody; an editor says `hide: true` instead.
SPEAKER_KINDS_ALLOWED: tuple[SpeakerKind, ...] = ("person", "organisation", "unnamed")

_SECTIONS = ("speakers", "quotes", "articles")
_SPEAKER_KEYS = ("aliases", "role", "kind", "description", "image", "links", "hide")
_QUOTE_KEYS = ("speaker", "hide", "status", "note")
_ARTICLE_KEYS = ("title", "date", "source", "url")


@dataclass(frozen=True)
class Problem:
    """One line for the build log; ``error`` for a conflict the file can't settle."""

    message: str
    level: int = logging.WARNING


@dataclass(frozen=True)
class SpeakerCorrection:
    """`speakers.<name>`: how one speaker is shown, and which names are theirs."""

    name: str
    line: int
    aliases: tuple[str, ...] = ()
    role: str | None = None
    kind: SpeakerKind | None = None
    description: str | None = None
    image: str | None = None
    """An http(s) URL; anything else was dropped with a warning."""
    links: tuple[tuple[str, str], ...] = ()
    """(label, http(s) URL), in the file's order."""
    hide: bool = False


@dataclass(frozen=True)
class QuoteCorrection:
    """`quotes.<id>`: a quote credited to someone else, hidden, or given a status."""

    id: str
    line: int
    speaker: str | None = None
    hide: bool = False
    status: QuoteStatus | None = None
    note: str | None = None


@dataclass(frozen=True)
class ArticleCorrection:
    """`articles.<file>`: metadata that wins over the article's own."""

    file: str
    line: int
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Corrections:
    """Everything the file says that could be read, in the file's order."""

    file: str = "quotes.yml"
    """The file as messages name it."""
    speakers: tuple[SpeakerCorrection, ...] = ()
    quotes: tuple[QuoteCorrection, ...] = ()
    articles: tuple[ArticleCorrection, ...] = ()
    problems: tuple[Problem, ...] = field(default=(), compare=False)

    def where(self, line: int, key: str) -> str:
        """`quotes.yml:12: quotes.3f2a9c1b0d.status`, the start of every message."""
        return f"{self.file}:{line}: {key}"


def read_corrections(path: Path, shown: str) -> Corrections:
    """The file at ``path`` (named ``shown`` in messages); unreadable is no corrections."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8"
        return Corrections(shown, problems=(Problem(f"{shown}: can't read it ({reason})"),))
    return parse_corrections(text, shown)


def parse_corrections(text: str, shown: str = "quotes.yml") -> Corrections:
    """The corrections in ``text``; its problems are in ``Corrections.problems``."""
    reader = _Reader(shown)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problem = f"{shown}{line}: not valid YAML ({reason}); no correction applies"
        return Corrections(shown, problems=(Problem(problem),))
    if root is None:  # an empty file, or only comments
        return Corrections(shown)
    sections = reader.mapping(root, "the file")
    unknown = {k: n for k, n in sections.items() if k not in _SECTIONS}
    reader.unknown_keys(unknown, _SECTIONS, "")
    speakers = tuple(reader.entries(sections.get("speakers"), "speakers", reader.speaker))
    quotes = tuple(reader.entries(sections.get("quotes"), "quotes", reader.quote))
    articles = tuple(reader.entries(sections.get("articles"), "articles", reader.article))
    return Corrections(shown, speakers, quotes, articles, tuple(reader.problems))


def closest(name: str, known: list[str]) -> str:
    """ "; closest: 'x'" for a message about an unknown name, or nothing."""
    found = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
    return f"; closest: '{found[0]}'" if found else ""


_Entry = TypeVar("_Entry")
_Item = tuple[str, Node, Node]
"""A mapping entry: its key as written, the key's node, the value's node."""


class _Reader:
    """Walks the nodes, collecting values and one problem per mistake."""

    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.problems: list[Problem] = []
        self._constructor = yaml.SafeLoader("")

    def warn(self, node: Node, key: str, message: str) -> None:
        self.problems.append(Problem(f"{self.shown}:{node.start_mark.line + 1}: {key}: {message}"))

    def mapping(self, node: Node, key: str) -> dict[str, _Item]:
        """Key as written -> (key, key node, value node); a repeated key warns, the last wins."""
        if not isinstance(node, MappingNode):
            self.warn(node, key, f"should be a mapping of keys, not {_what(node)}; ignored")
            return {}
        found: dict[str, _Item] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.warn(key_node, key, "a key must be plain text; entry ignored")
                continue
            name = str(key_node.value).strip()
            if name in found:
                self.warn(key_node, _join(key, name), "given twice; the last one applies")
            found[name] = (name, key_node, value_node)
        return found

    def unknown_keys(self, items: dict[str, _Item], known: tuple[str, ...], key: str) -> None:
        for name, (_, key_node, _) in items.items():
            self.warn(
                key_node, _join(key, name), f"unknown key{closest(name, list(known))}; ignored"
            )

    def entries(
        self, item: _Item | None, section: str, read: Callable[[str, int, dict[str, _Item]], _Entry]
    ) -> Iterator[_Entry]:
        if item is None or _is_null(item[2]):
            return
        for name, (_, key_node, value_node) in self.mapping(item[2], section).items():
            key = f"{section}.{name}"
            fields = {} if _is_null(value_node) else self.mapping(value_node, key)
            yield read(key, key_node.start_mark.line + 1, fields)

    def speaker(self, key: str, line: int, fields: dict[str, _Item]) -> SpeakerCorrection:
        self.unknown_keys(
            {k: v for k, v in fields.items() if k not in _SPEAKER_KEYS}, _SPEAKER_KEYS, key
        )
        kind = self.choice(fields, key, "kind", SPEAKER_KINDS_ALLOWED)
        return SpeakerCorrection(
            name=key.split(".", 1)[1],
            line=line,
            aliases=self.names(fields, key, "aliases"),
            role=self.text(fields, key, "role"),
            kind=kind,  # type: ignore[arg-type]  # one of SPEAKER_KINDS_ALLOWED
            description=self.text(fields, key, "description"),
            image=self.url(fields, key, "image"),
            links=self.links(fields, key),
            hide=self.flag(fields, key, "hide"),
        )

    def quote(self, key: str, line: int, fields: dict[str, _Item]) -> QuoteCorrection:
        self.unknown_keys(
            {k: v for k, v in fields.items() if k not in _QUOTE_KEYS}, _QUOTE_KEYS, key
        )
        status = self.choice(fields, key, "status", QUOTE_STATUSES)
        return QuoteCorrection(
            id=key.split(".", 1)[1],
            line=line,
            speaker=self.text(fields, key, "speaker"),
            hide=self.flag(fields, key, "hide"),
            status=status,  # type: ignore[arg-type]  # one of QUOTE_STATUSES
            note=self.text(fields, key, "note"),
        )

    def article(self, key: str, line: int, fields: dict[str, _Item]) -> ArticleCorrection:
        self.unknown_keys(
            {k: v for k, v in fields.items() if k not in _ARTICLE_KEYS}, _ARTICLE_KEYS, key
        )
        return ArticleCorrection(
            file=key.split(".", 1)[1],
            line=line,
            title=self.text(fields, key, "title"),
            date=self.text(fields, key, "date"),
            source=self.text(fields, key, "source"),
            url=self.url(fields, key, "url"),
        )

    def text(self, fields: dict[str, _Item], key: str, name: str) -> str | None:
        """Any scalar as written ("2021-08-13" stays text, not a date); null is unset."""
        if name not in fields or _is_null(node := fields[name][2]):
            return None
        if not isinstance(node, ScalarNode):
            self.warn(node, f"{key}.{name}", f"should be text, not {_what(node)}; ignored")
            return None
        value = str(node.value).strip()
        if not value:  # a review skeleton's `speaker: ""`, pasted unfilled
            self.warn(node, f"{key}.{name}", "is empty; fill it in or remove the line")
        return value or None

    def flag(self, fields: dict[str, _Item], key: str, name: str) -> bool:
        if name not in fields or _is_null(node := fields[name][2]):
            return False
        value = self._constructor.construct_object(node) if isinstance(node, ScalarNode) else None
        if not isinstance(value, bool):
            shown = repr(node.value) if isinstance(node, ScalarNode) else _what(node)
            self.warn(node, f"{key}.{name}", f"{shown} is not true or false; ignored")
            return False
        return value

    def choice(
        self, fields: dict[str, _Item], key: str, name: str, allowed: tuple[str, ...]
    ) -> str | None:
        value = self.text(fields, key, name)
        if value is None or value in allowed:
            return value
        self.warn(fields[name][2], f"{key}.{name}", f"{value!r} is not one of {', '.join(allowed)}")
        return None

    def url(self, fields: dict[str, _Item], key: str, name: str) -> str | None:
        """Only http(s): a file's `javascript:` must never become a live link."""
        value = self.text(fields, key, name)
        if value is None or safe_http_url(value) is not None:
            return value
        self.warn(fields[name][2], f"{key}.{name}", f"{value!r} is not an http(s) URL; ignored")
        return None

    def names(self, fields: dict[str, _Item], key: str, name: str) -> tuple[str, ...]:
        """A list of names; one name alone is a list of one."""
        if name not in fields or _is_null(node := fields[name][2]):
            return ()
        if isinstance(node, ScalarNode):
            return (str(node.value).strip(),) if str(node.value).strip() else ()
        if not isinstance(node, SequenceNode) or not all(
            isinstance(item, ScalarNode) for item in node.value
        ):
            self.warn(
                node, f"{key}.{name}", f"should be a list of names, not {_what(node)}; ignored"
            )
            return ()
        return tuple(str(item.value).strip() for item in node.value if str(item.value).strip())

    def links(self, fields: dict[str, _Item], key: str) -> tuple[tuple[str, str], ...]:
        if "links" not in fields or _is_null(fields["links"][2]):
            return ()
        found = []
        for label, (_, _, value) in self.mapping(fields["links"][2], f"{key}.links").items():
            url = self.url({label: (label, value, value)}, f"{key}.links", label)
            if url is not None:
                found.append((label, url))
        return tuple(found)


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key and key != "the file" else name


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _what(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return repr(node.value)
