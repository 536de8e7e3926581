"""Words around a title in quotation marks: a show, a book, a slogan, not speech."""

from __future__ import annotations

# Words a title's capitalisation leaves in lower case ("Face the Nation").
SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by"})

# A word right before the marks that makes what follows a name, not someone's words:
# prepositions and articles ('on “Morning Joe”', 'the “Gang of Eight”'), nouns for a
# work ('his memoir, “Tough Choices”'), and naming words ('titled', 'so-called').
WORK_NOUNS = frozenset(
    "the a an on with in at of from for by into about so-called".split()
    + "show program programme series book memoir novel film movie song album".split()
    + "classic hit single play musical documentary sitcom podcast poem opera".split()
    + "titled entitled".split()
    + "headline column slogan forum event initiative hashtag".split()
)
