"""Articles, determiners and pronouns the rules read a noun phrase by."""

from __future__ import annotations

ARTICLES = frozenset({"the", "a", "an"})

# Words that open a description rather than a name: "a spokesman", "two officials".
DETERMINERS = ARTICLES | {"one", "another", "two", "three", "several", "some"}

# "Clinton, who said …": the relative pronoun's antecedent is the subject.
RELATIVE_PRONOUNS = ("who", "which", "that")

# Subjects that never speak: "it would tell a story", "that is what they said".
NOT_SPEAKER_WORDS = frozenset({"it", "this", "that", "there", "what", "which", "these", "those"})

# Words that open a sentence and sit right before a name without being its given name
# ("Maybe Trump is right"), that spaCy's stop words leave out.
# Inverted cues too: "Stated Stone:", "Added Ruiz:" put the verb before the name.
SENTENCE_OPENERS = frozenset(
    "maybe yes instead plus like unlike despite asked sure okay ok well oh"
    " stated added noted explained continued replied responded countered".split()
)

# Conjunctions that open a clause of time or condition: "when Clinton blasted him",
# "after the staffer was charged". Not "as", which also opens an attribution ("as
# Milbank puts it"), nor "since" or "because", which give the speaker's reasons
# ('what "go after them" means is left to voters, since Trump spoke in bromides').
SUBORDINATORS = frozenset(
    {
        "when",
        "whenever",
        "while",
        "after",
        "before",
        "until",
        "till",
        "if",
        "unless",
        "although",
        "though",
        "once",
    }
)

# Words the tagger rightly reads as interjections; any other capitalised word it tags
# so is a name it misread ("Trump," opening a sentence).
INTERJECTIONS = frozenset(
    """
    well yes no oh hey okay ok please now sorry sure amen hello hi uh um ah aha alas
    wow yeah yep nope hmm huh oops ugh whoa gosh bravo goodbye bye thanks cheers
    congratulations welcome indeed absolutely right fine great good look listen so
    boo meh hooray damn god jesus man
    """.split()
)
