"""Words around a title in quotation marks: a show, a book, a slogan, not speech."""

from __future__ import annotations

# Words a title's capitalisation leaves in lower case ("Face the Nation"), for a short
# title inside the reporter's words (not_quotes.is_short_title).
SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by"})

# The same and "with", for a span that may be dropped as a title ("Dinner with
# Friends", not_quotes.looks_like_title). Not one list: is_short_title also decides
# which spans the attribution rules read past, and with "with" it would take the
# show '“Generations with Kevin Swanson,”' for one and credit the quotes around it
# differently (PolNeAR train).
TITLE_SMALL_WORDS = SMALL_WORDS | {"with"}

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

# Words right before the marks that make the words in them a term, not anyone's
# speech, in any case: 'known as “rabbit patches”'. Not "called" ('called her “Miss
# Piggy”' quotes what someone said), and not "so-called", "dubbed" or "nicknamed" for
# a lower-case term: PolNeAR annotates those as quotes (dev recall fell by 2 of 874).
NAMING_PHRASES = (("known", "as"), ("referred", "to", "as"))
# Nouns for a work, before the marks: 'her book “what happened”'.
WORK_TITLE_NOUNS = frozenset(
    "book memoir novel film movie song album documentary sitcom podcast poem opera play "
    "musical series show".split()
)
# Nouns for a kind of work that follow its title: 'his “Keepin' It Real” radio program'.
WORK_KIND_NOUNS = frozenset("radio program programme column segment episode franchise".split())
# Nouns after the marks that make what is in them the name of a work: 'the “Titanic”
# director', 'the “Hamilton” star'.
WORK_MAKER_NOUNS = frozenset(
    "director author star actor actress singer creator producer writer host composer "
    "showrunner rapper band novelist filmmaker".split()
)
