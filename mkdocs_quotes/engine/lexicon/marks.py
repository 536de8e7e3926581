"""Quotation marks and dashes, as the engine tells them apart."""

from __future__ import annotations

# Curly and angle marks say which way they face; straight ones ('"', "'") don't.
DOUBLE_OPEN = "“„«‹"
DOUBLE_CLOSE = "”»›"
SINGLE_OPEN = "‘‚"
SINGLE_CLOSE = "’"  # also the apostrophe of "Taliban’s"
# Two straight apostrophes: the NYT archive's double mark.
TWO_APOSTROPHES = "''"
# Every character that can open or close a quotation.
QUOTE_CHARS = "\"'" + DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE
# The double marks of English news copy: a speaker's name never holds one.
DOUBLE_MARKS = '"“”'
# The marks of English copy, double and single, straight and curly.
ENGLISH_MARKS = DOUBLE_MARKS + "'‘’"
# What opens a paragraph that starts with a quotation.
OPENING_MARKS = "\"“‘'«„"
# Dashes that are never a hyphen.
LONG_DASHES = "—–―‒"
# The dashes before a sign-off ("— Hillary Clinton") or a dateline.
SIGN_OFF_DASHES = "-" + LONG_DASHES
