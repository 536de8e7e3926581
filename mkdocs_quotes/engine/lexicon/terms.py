"""Words for a term someone uses: 'used the phrase "…"', 'refused to say the words
"…"'. The words in marks after them are that person's, short as they are."""

from __future__ import annotations

TERM_NOUNS = frozenset("phrase phrases term terms word words expression slur epithet".split())

# Verbs whose object is a term the subject utters ("use", "utter", "coin", "invoke").
USING_VERBS = frozenset(
    """use uses used using utter utters uttered uttering coin coins coined coining
    invoke invokes invoked invoking repeat repeats repeated repeating say says said
    saying""".split()
)
