"""Words that introduce reported speech: cue verbs and their inflections, and the nouns
that announce or place a statement.

Surface forms, not lemmas: the engine runs without spaCy's lemmatizer (a third of
the pipeline's time) and a fixed list of inflections is exact where a lemmatizer
guesses.
"""

from __future__ import annotations

# Verbs whose subject is the speaker of a quote next to them. Regular verbs get
# their inflections generated; irregular forms are listed.
_REGULAR = [
    "accuse",
    "acknowledge",
    "add",
    "admit",
    "advise",
    "affirm",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "assure",
    "boast",
    "blast",
    "brag",
    "caution",
    "charge",
    "chide",
    "cite",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confirm",
    "contend",
    "continue",
    "counter",
    "crow",
    "declare",
    "decry",
    "demand",
    "deny",
    "describe",
    "dismiss",
    "emphasize",
    "emphasise",
    "echo",
    "explain",
    "exclaim",
    "grumble",
    "insist",
    "joke",
    "lament",
    "maintain",
    "mention",
    "mock",
    "muse",
    "note",
    "object",
    "observe",
    "offer",
    "opine",
    "point",
    "post",
    "pledge",
    "plead",
    "praise",
    "predict",
    "proclaim",
    "promise",
    "protest",
    "question",
    "quip",
    "recall",
    "recount",
    "reflect",
    "reiterate",
    "remark",
    "remind",
    "repeat",
    "reply",
    "report",
    "respond",
    "retort",
    "reveal",
    "scoff",
    "scold",
    "shout",
    "sigh",
    "state",
    "stress",
    "suggest",
    "summarize",
    "summarise",
    "testify",
    "thunder",
    "tweet",
    "urge",
    "vow",
    "warn",
    "wonder",
    "worry",
    "yell",
    "fume",
    "press",
    "prod",
    "attack",
    "knock",
    "rip",
    "lambast",
    "lambaste",
    "thank",
    "tease",
    "taunt",
    "scream",
    "chant",
    "cheer",
    "remember",
    "exhort",
    "crack",
    "gush",
    "rail",
    "snap",
    "marvel",
    "chime",
    "interject",
    "concur",
    "relate",
    # Said with a manner, or framing someone's words: "Oliver barked", "reacted Trump",
    # "blamed the 'fog of war'". Not "refer", "beg", "propose": news uses them far
    # more often for what someone did than for what they said.
    "bark",
    "react",
    "portray",
    "characterize",
    "characterise",
    "blame",
    "whisper",
    "mutter",
    "murmur",
    "recite",
    "interrupt",
    "rebut",
    "elaborate",
    "clarify",
    "underscore",
    "bemoan",
    "assail",
    "fret",
    "gripe",
    "threaten",
    "inform",
    "reason",
    "posit",
    "theorize",
    "speculate",
    "hint",
    "confide",
    "confess",
    "holler",
    "shriek",
    "roar",
    "implore",
    "lecture",
    "preach",
    "rant",
    "vent",
    "gloat",
    "sneer",
    "jeer",
    "heckle",
    "applaud",
    "commend",
    "congratulate",
    "snipe",
    # "Clinton called his supporters 'deplorables'": naming verbs frame a quote too.
    "call",
    "brand",
    "dub",
    "label",
    "deem",
    "liken",
    "denounce",
    "criticize",
    "criticise",
    "pound",
    "slam",
    "hail",
    "tout",
]

# Said with a manner, like "quip" and "muse"; a fact-checker's verdict in the past
# tense ("ruled", "rated": "rule" and "rate" are mostly nouns).
_REGULAR += "riff surmise grouse aver inquire".split()

# "the letter reads"; "begins" for what a text opens with ('"…," begins the message').
_IRREGULAR = """
    read reads say says said saying tell tells told telling write writes wrote
    written writing speak speaks spoke spoken speaking think thinks thought thinking
    put puts putting retweet retweeted begin begins began begun sing sings sang sung
    singing go goes went
""".split()

# Verbs that report speech only with their particle: "shot back", "fired back",
# "hit back", "cut in", "chimed in", "piped up", "spoke up".
PHRASAL_CUES: dict[str, frozenset[str]] = {
    form: frozenset(particles)
    for verbs, particles in (
        (("shoot", "shoots", "shot", "shooting"), ("back",)),
        (("fire", "fires", "fired", "firing"), ("back",)),
        (("hit", "hits", "hitting"), ("back",)),
        (("cut", "cuts", "cutting"), ("in",)),
        (("chime", "chimes", "chimed", "chiming"), ("in",)),
        (("pipe", "pipes", "piped", "piping"), ("up", "in")),
        (("speak", "speaks", "spoke", "speaking"), ("up", "out")),
        (("cry", "cries", "cried", "crying"), ("out",)),  # "cried" alone is weeping
    )
    for form in verbs
}

# Verbs that are no cue with an infinitive after them: "will continue to be 'a
# champion'", "began to 'rebuild'" say what someone does, not what they say.
ASPECTUAL_CUES = frozenset(
    "continue continues continued continuing begin begins began begun".split()
)

# Verbs that only count as cues with a quote right next to them ("went on", "put it").
WEAK_CUES = frozenset(
    {"go", "goes", "went", "begin", "begins", "began", "begun", "put", "puts", "putting"}
)


def _inflect(verb: str) -> set[str]:
    forms = {verb}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
        if verb in {
            "admit",
            "quip",
            "commit",
            "regret",
            "snap",
            "chat",
            "nod",
            "jab",
            "stop",
            "brag",
            "aver",
        }:
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


CUE_WORDS: frozenset[str] = frozenset(
    {form for verb in _REGULAR for form in _inflect(verb)} | {*_IRREGULAR, "ruled", "rated"}
)

# Cues that, inverted after a quote, take their speaker where the parser puts an
# object: '"…," read the letter', '"…," added the statement'. Verbs with an
# addressee ("told reporters") or a named thing ("calling the plan") are left out.
INVERTED_CUES: frozenset[str] = frozenset(
    form
    for verb in (
        "say",
        "read",
        "write",
        "state",
        "add",
        "declare",
        "note",
        "continue",
        "explain",
        "tweet",
        "post",
        "conclude",
        "report",
        "announce",
        "proclaim",
        "insist",
        "argue",
        "claim",
        "reply",
        "respond",
        "counter",
        "ask",
        "begin",
    )
    for form in _inflect(verb) | {"says", "said", "reads", "wrote", "writes", "written"}
    if form in CUE_WORDS
)

# "according to X": a cue with its speaker after "to".
ACCORDING = "according"

# Nouns after "in" or "on" that belong to the cue: "said in a statement", "wrote in an
# email". Not STATEMENT_NOUNS: "in an interview", "in a speech" say how, never announce.
CUE_OCCASIONS = frozenset("statement interview tweet post email release speech letter".split())

# A sentence that announces words it doesn't quote: 'the DNC issued a statement'.
STATEMENT_NOUNS = frozenset({"statement", "remarks", "words", "message", "tweet", "post", "letter"})

# Cues whose passive subject is the one spoken to: in "the mayor was told", "she was
# asked", the speaker is the agent ("by Ann Gray") or nobody the sentence names.
ADDRESSEE_PASSIVE_CUES = frozenset(
    {"told", "asked", "informed", "warned", "reminded", "assured", "advised", "urged", "pressed"}
)

# Cues whose object is the one named, never the one who names: in "Trump accused Cruz
# of being 'queasy'", "Beck described Trump as 'a sociopath'", Cruz and Trump are
# talked about. Where the parse finds no subject, the words after such a cue are
# not searched for a speaker (syntax.subject_phrase).
NAMING_CUES: frozenset[str] = frozenset(
    form
    for verb in (
        "call",
        "brand",
        "dub",
        "label",
        "deem",
        "liken",
        "describe",
        "characterize",
        "characterise",
        "accuse",
        "praise",
        "denounce",
        "criticize",
        "criticise",
        "slam",
        "hail",
        "deride",
    )
    for form in _inflect(verb)
)

# Passive subjects spoken to ("she was told") or named ('Cruz was branded "a liar"').
NOT_SPEAKING_PASSIVE_CUES = ADDRESSEE_PASSIVE_CUES | NAMING_CUES

# Nouns of recorded words whose "of X" names who speaks in them: "footage of Clinton
# asking, '…'", "a video of him saying '…'".
RECORDING_NOUNS = frozenset(
    {"footage", "video", "clip", "recording", "tape", "audio", "image", "images", "sound"}
)

# Texts that speak for their authors: '"…," the statement said', 'the lawsuit says'.
# An unnamed source is a person, a body or one of these; "the killing", "a shirt" and
# "their instinctive preference" are none (naming.py).
SPEAKING_TEXTS = STATEMENT_NOUNS | frozenset(
    """
    report email e-mail ad advertisement commercial lawsuit suit complaint filing release
    memo memorandum editorial column op-ed article piece story paper blog website site
    page feed account petition opinion ruling order decision verdict resolution motion
    document record transcript note notice summary footnote survey poll study analysis
    review projection estimate book memoir video clip spot broadcast headline caption
    announcement voice-over voiceover narration script bill law platform manifesto
    brief posting tweet passage excerpt
    """.split()
)
