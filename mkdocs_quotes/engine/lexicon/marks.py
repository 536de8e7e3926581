"""Quotation marks and dashes, as the engine tells them apart."""

from __future__ import annotations

# Curly and angle marks say which way they face; straight ones ('"', "'") don't.
DOUBLE_OPEN = "“„«‹"
DOUBLE_CLOSE = "”»›"
SINGLE_OPEN = "‘‚"
SINGLE_CLOSE = "’"  # also the apostrophe of "Taliban’s"
# Two straight apostrophes: the NYT archive's double mark.
TWO_APOSTROPHES = "''"
# Words an apostrophe shortens at their start ("rock 'n' roll", "'tis", "'em"): that
# apostrophe opens no quote.
ELIDED_WORDS = ("n", "tis", "twas", "em", "cause", "til", "round")
# Every character that can open or close a quotation.
QUOTE_CHARS = "\"'" + DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE
# The double marks of English news copy: a speaker's name never holds one.
DOUBLE_MARKS = '"“”'
# The marks of English copy, double and single, straight and curly.
ENGLISH_MARKS = DOUBLE_MARKS + "'‘’"
# What opens a paragraph that starts with a quotation. Not ‹ and ‚, which English copy
# never opens with: adding them changes which paragraphs are parsed for context and
# who is credited (in synthetic text; no news set has them).
OPENING_MARKS = "\"“‘'«„"
# Narrower sets for narrower questions: a double mark that opens the next quote right
# after one (rules/cues), a token that opens a quote, so no sentence starts after it
# (rules/context). Not OPENING_MARKS: a straight single mark or a guillemet can also
# close a quote ('We will.' Trump said), and widening either set could change results.
DOUBLE_OPENERS = ('"', "“")
OPENING_TOKENS = (*DOUBLE_OPENERS, "‘", TWO_APOSTROPHES)
# A paragraph that holds one of these quotes someone (rules/lead_ins). Not every double
# mark: » ‹ › „ on their own change which paragraph introduces a quote (synthetic text).
QUOTING_MARKS = (*DOUBLE_MARKS, TWO_APOSTROPHES, "«")
# Dashes that are never a hyphen.
LONG_DASHES = "—–―‒"
# The dashes before a sign-off ("— Hillary Clinton") or a dateline.
SIGN_OFF_DASHES = "-" + LONG_DASHES
