"""Mojibake mended before anything reads the text ("Enrique PeÃ±a Nieto" → "Peña").

ftfy repairs text that was encoded in one charset and decoded in another. It runs
on the whole decoded file, before front matter, headers or paragraphs are read, so
the metadata is mended too and every offset the engine later finds refers to the
repaired text that the site shows.

Only the encoding repairs (and NFC, without which ftfy stops halfway through
mojibake that went through C1 control characters: "FranÃ\x83Â§ois" → "FranÃƒÂ§ois")
are on: curly quotes, ligatures, HTML entities and line breaks stay as the file has
them, and a file with no mojibake is not touched at all, so the engine's figures on
clean text cannot move and quotation marks keep the curl the engine reads.
"""

from __future__ import annotations

import unicodedata

import ftfy
from ftfy.badness import is_bad

_ENCODING_ONLY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization="NFC",
    explain=False,
)


def repair_mojibake(text: str) -> tuple[str, bool]:
    """The text with mojibake mended, and whether anything changed.

    ``is_bad`` is a cheap scan for the character sequences mojibake leaves; a text
    without any is returned untouched (not even normalised) without running the repair.
    """
    # Scanned in NFC: a file saved decomposed spells "Ã" as "A" and a combining tilde,
    # which the scan does not see ("FranA\u0303\u00a7ois").
    if not is_bad(unicodedata.normalize("NFC", text)):
        return text, False
    repaired = ftfy.fix_text(text, _ENCODING_ONLY)
    return repaired, repaired != text
