"""The review queue as text: the YAML to paste into ``quotes.yml``, and a terminal table.

The YAML is written by hand rather than by ``yaml.safe_dump`` because it carries
comments (why an entry is there, what else the editor may write) and because the
skeleton's entries are commented out, for the editor to uncomment what they confirm.
Every value is a plain scalar only where YAML reads it back as the same string.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import yaml

from .corpus import Corpus, name_key
from .review import KIND_TITLES, Correction, ReviewEntry

# A plain scalar that cannot start a YAML indicator or hold ": " or " #".
_PLAIN = re.compile(r"[A-Za-z0-9][\w .,'’()&/-]*")
_NOTE_COLUMN = 28
TABLE_TEXT_WIDTH = 110


def yaml_scalar(value: str | bool | tuple[str, ...]) -> str:
    """``value`` as YAML that reads back as itself: plain where that is safe, else a
    double-quoted (JSON) string; a tuple as a flow sequence."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        # Inside a flow sequence ",[]{}" end a plain scalar ("0," would be "0").
        return "[" + ", ".join(_flow_item(item) for item in value) + "]"
    if _PLAIN.fullmatch(value) and not value.endswith(" "):
        try:
            if yaml.safe_load(value) == value:
                return value
        except yaml.YAMLError:
            pass
    # JSON's escapes are YAML's; what YAML can't hold raw (controls, NEL, U+2028) is escaped.
    return "".join(
        ch
        if ch.isprintable()
        else f"\\u{ord(ch):04x}"
        if ord(ch) < 0x10000
        else f"\\U{ord(ch):08x}"
        for ch in json.dumps(value, ensure_ascii=False)
    )


def _flow_item(value: str) -> str:
    written = yaml_scalar(value)
    if written == value and any(mark in value for mark in ",[]{}"):
        return json.dumps(value, ensure_ascii=False)
    return written


def correction_lines(correction: Correction) -> list[str]:
    """The entry under its section key, indented as in the file, without the section."""
    lines = [f"{yaml_scalar(correction.key)}:"]
    notes = (*correction.notes, *[""] * len(correction.fields))
    for (name, value), note in zip(correction.fields, notes, strict=False):
        lines.append(_with_note(f"  {name}: {yaml_scalar(value)}", note))
    for name, value, note in correction.alternatives:
        lines.append(_with_note(f"  # {name}: {yaml_scalar(value)}", note))
    return lines


def correction_yaml(corrections: Sequence[Correction]) -> str:
    """What to paste into ``quotes.yml``: each section once, then its entries."""
    out: list[str] = []
    for section in dict.fromkeys(c.section for c in corrections):
        out.append(f"{section}:")
        for correction in corrections:
            if correction.section == section:
                out.extend(f"  {line}" for line in correction_lines(correction))
    return "\n".join(out) + "\n"


def _with_note(line: str, note: str) -> str:
    return f"{line:<{_NOTE_COLUMN}}  # {note}" if note else line


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _short(text: str, limit: int) -> str:
    text = _one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def where(corpus: Corpus, entry: ReviewEntry) -> str:
    """ "news/article.txt, paragraph 3": the file relative to the working folder if it
    lies there (two folders may hold one file name), else as given."""
    article = corpus.article(entry.article_slug)
    if not article.path:
        return f"{article.slug}, paragraph {entry.paragraph + 1}"
    path = Path(article.path)
    if path.resolve().is_relative_to(Path.cwd()):
        path = path.resolve().relative_to(Path.cwd())
    return f"{path.as_posix()}, paragraph {entry.paragraph + 1}"


def yaml_skeleton(corpus: Corpus, entries: Sequence[ReviewEntry]) -> str:
    """A ``quotes.yml`` to edit: every entry commented out under the reason for it.

    Uncommenting an entry's block (one ``#`` off each line) makes it a correction; the
    file parses as YAML as it is, its sections empty.
    """
    out = [
        "# mkdocs-quotes review: what the engine may have got wrong, most doubtful first.",
        "# Uncomment the entries you confirm, edit them, and keep this as quotes.yml",
        "# beside mkdocs.yml.",
    ]
    for section, items in entries_by_section(entries).items():
        out.append(f"{section}:")
        for group, corrections in items:
            for entry in group:
                quote = corpus.quote(entry.quote_ids[0]).quote.text
                more = len(entry.quote_ids) - 1
                count = f" (+{more} more)" if more else ""
                out.append(f"  # {KIND_TITLES[entry.kind]}: {_one_line(entry.reason)}")
                out.append(f"  #   “{_short(quote, 80)}”{count} — {where(corpus, entry)}")
            for correction in corrections:
                out.extend(f"  # {line}" for line in correction_lines(correction))
    return "\n".join(out) + "\n"


def review_table(corpus: Corpus, entries: Sequence[ReviewEntry], width: int | None = None) -> str:
    """One block per entry, most doubtful first: kind, reason, quote, place, id(s)."""
    width = width or min(TABLE_TEXT_WIDTH, shutil.get_terminal_size((100, 24)).columns)
    if not entries:
        return "Nothing to review.\n"
    lines = [f"{len(entries)} entries to review, most doubtful first\n"]
    for number, entry in enumerate(entries, start=1):
        speakers = " / ".join(f"{s.name} [{s.kind}]" for s in entry.speakers)
        quote = corpus.quote(entry.quote_ids[0]).quote.text
        ids = ", ".join(entry.quote_ids[:3]) + (" …" if len(entry.quote_ids) > 3 else "")
        lines.append(f"{number:>3}. {KIND_TITLES[entry.kind]}: {_short(entry.reason, width)}")
        lines.append(f"     speaker  {speakers}")
        lines.append(f"     quote    “{_short(quote, width - 12)}”")
        lines.append(f"     where    {where(corpus, entry)}  (id {ids})")
        yaml_line = " ".join(
            f"{name}: {yaml_scalar(value)}" for name, value in entry.correction.fields
        )
        key = yaml_scalar(entry.correction.key)
        more = len(entry.corrections) - 1
        also = f" (and {more} more)" if more else ""
        lines.append(f"     fix      {entry.correction.section} → {key} → {yaml_line}{also}")
        lines.append("")
    return "\n".join(lines)


def entries_by_section(
    entries: Iterable[ReviewEntry],
) -> dict[str, list[tuple[tuple[ReviewEntry, ...], tuple[Correction, ...]]]]:
    """The entries under their corrections-file section (speakers first, order kept),
    those about one key together, with their corrections: a speaker two variants point
    at takes both as aliases, since the file may hold its key only once."""
    grouped: dict[tuple[str, str], list[ReviewEntry]] = {}
    for entry in entries:
        key = (entry.correction.section, name_key(entry.correction.key) or entry.correction.key)
        grouped.setdefault(key, []).append(entry)
    sections: dict[str, list[tuple[tuple[ReviewEntry, ...], tuple[Correction, ...]]]] = {
        "speakers": [],
        "quotes": [],
    }
    for (section, _), group in grouped.items():
        # A quote's continuations are its entry's further corrections, under their own ids.
        rest = tuple(c for entry in group for c in entry.corrections[1:])
        sections[section].append((tuple(group), (_merged(group), *rest)))
    return sections


def _merged(group: list[ReviewEntry]) -> Correction:
    first = group[0].correction
    fields: dict[str, str | bool | tuple[str, ...]] = {}
    for entry in group:
        for name, value in entry.correction.fields:
            known = fields.get(name)
            if isinstance(known, tuple) and isinstance(value, tuple):
                fields[name] = tuple(dict.fromkeys((*known, *value)))
            else:
                fields.setdefault(name, value)
    return replace(first, fields=tuple(fields.items()))
