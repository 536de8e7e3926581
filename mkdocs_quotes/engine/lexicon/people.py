"""Words about people: pronouns, honorifics, titles before a name, role nouns, and the
role words that carry gender.

Generic English, never names from any evaluation set; the speaker rules read them
to tell a title from a given name, a person from an organisation, "he" from "she".
"""

from __future__ import annotations

# Pronouns that stand for a speaker named elsewhere.
PERSON_PRONOUNS = frozenset({"he", "she"})
PLURAL_PRONOUNS = frozenset({"they"})
# '"…," it said': a body or a text that speaks (things.py), never a person.
NEUTER_PRONOUNS = frozenset({"it"})
# Pronouns that point back to someone named before: a paragraph that has one outside
# its quotes needs the paragraph before it parsed, for the antecedent.
REFERRING_PRONOUNS = PERSON_PRONOUNS | PLURAL_PRONOUNS | {"his", "her", "their", "him", "them"}

# Possessive pronouns: "her book", "their lawyer".
POSSESSIVE_PRONOUNS = frozenset("his her their its my our your".split())
# "his call for …" speaks as "he" would.
PRONOUN_OF_POSSESSIVE = {"his": "he", "her": "she"}

# A generational suffix ends a name without being its surname: "Harry B. Harris Jr.".
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def surname_of(name: str) -> str:
    """The last word of a name that is not a suffix: "Harris" of "Harry Harris Jr."."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in NAME_SUFFIXES:
        words.pop()
    return words[-1].rstrip(",") if words else ""


# Honorifics carry gender and no role worth showing.
HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "dr": None,
    "dr.": None,
}
_HONORIFIC_WORDS = frozenset(word.rstrip(".") for word in HONORIFICS)

# Words before a lone capitalised word that make it a person's surname, as an
# honorific does: "Judge Berman", "President Obama", "Adm. Lamb" (skimming.py reads
# the same titles in the paragraphs nobody parsed).
PERSON_TITLES = frozenset(HONORIFICS) | frozenset(
    """
    president senator sen. representative rep. governor gov. judge justice admiral
    adm. gen. mayor secretary speaker sheriff pope rev. prof.
    """.split()
)

# Honorifics dropped from a name's title ("Mr. Trump" has no role). "Lord" and "Lady"
# stay as a role: a peerage says who someone is.
UNSHOWN_HONORIFICS = _HONORIFIC_WORDS - {"lord", "lady"}

# Titles that NER folds into a PERSON entity ("Mayor Ana Lopez"): kept as the role.
# Honorifics lead a name the same way.
LEADING_TITLES = _HONORIFIC_WORDS | frozenset(
    """
    mayor president senator sen rep representative gov governor gen general lt col
    colonel maj major capt captain sgt sergeant adm admiral coach judge justice chief
    officer secretary minister premier chancellor pope prince princess king queen
    sheikh ayatollah rev reverend father sister brother prof professor dean director
    ambassador commissioner inspector detective lawyer attorney nurse doctor ceo cfo
    former vice deputy acting interim prime resident executive operating financial
    farmer chairman chairwoman spokesman spokeswoman spokesperson del
    defense defence foreign treasury homeland interior press national security adviser
    advisor
    """.split()
)

# Capitalised words before a surname that are not given names ("President Joe"); ranks
# too, so "Admiral Harris" is no full name beside "Adm. Harry B. Harris".
TITLE_WORDS = frozenset(
    """
    president secretary secretary-general minister prime defence defense spokesman
    spokeswoman spokesperson senator sen rep representative gov governor gen general
    mayor chairman chairwoman judge justice chief director ambassador commissioner
    officer leader foreign vice former state attorney speaker
    house white republican democrat democratic candidate nominee gop resident
    the said told says and but by mr mrs ms dr when while
    admiral adm captain capt colonel col lt lieutenant sgt sergeant commander cmdr
    reverend rev professor prof premier chancellor ayatollah sheikh inspector
    detective deputy sheriff executive
    """.split()
)

# Nouns that say a phrase is about a person: "Griffin, a Clinton backer", "the mayor".
PERSON_ROLE_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson official resident minister secretary senator
    director president chairman chairwoman leader adviser advisor aide analyst expert
    professor lawyer attorney economist strategist founder executive manager
    candidate nominee governor mayor commander officer general diplomat ambassador
    activist author writer journalist reporter editor doctor nurse teacher student
    mother father son daughter wife husband owner worker farmer member veteran
    supporter demonstrator protester voter critic crowd audience fan delegate lawmaker
    legislator staffer volunteer employee organizer host narrator citizen opponent ally
    friend colleague neighbor neighbour witness backer loyalist surrogate donor confidant
    """.split()
)

# Capitalised nouns for a member of a party or a faith: "a Tennessee Republican", "the
# nation's highest-ranking Democrat" describe someone; no person is named that.
MEMBER_NOUNS = frozenset(
    """
    republican democrat independent libertarian conservative liberal progressive
    socialist tory catholic protestant evangelical muslim christian jew mormon
    """.split()
)
# The same that no given name is spelt as: "Democrat Elijah Cummings" is Elijah Cummings
# ("Christian Bale", "Tory Burch" keep theirs).
PARTY_WORDS_NOT_GIVEN = MEMBER_NOUNS - {"christian", "tory"}

# Pronouns a parse can leave as a subject that are never a source: "who", "him".
NOT_SPEAKING_PRONOUNS = frozenset("who whom whose which him them me us".split())

# The writer's and the reader's pronouns, which a parse can leave as a cue's subject
# ("If we remember nothing else …, "): the article's own voice, no source a reader could
# look up. (A quantifier standing for people named before, "Another said", is a source.)
WRITER_AND_READER_PRONOUNS = frozenset({"we", "you"})
# Nouns with a person noun's ending that name an event or a thing: "the first incident".
NOT_PERSON_NOUNS = frozenset(
    "incident accident event moment episode segment element instrument argument "
    "content extent intent talent current".split()
)

# Nouns for people that no ending gives away: "a source said", "the pope said".
PERSON_NOUNS = PERSON_ROLE_NOUNS | frozenset(
    """
    source insider person people man men woman women child children boy girl kid family
    pope prince princess king queen justice judge chief head agent staff user public
    anyone someone somebody everyone others crew panel jury electorate clergy lady
    chorus victim country nation state city town county side camp world tycoon mogul
    counsel surgeon neurosurgeon witness voice bishop archbishop cardinal priest pastor
    rabbi imam cleric monk nun chaplain guy lad teen mom dad wife husband parent sibling
    cousin uncle aunt nephew niece friend neighbour neighbor colleague partner relative
    survivor resident patient client customer guest host pilot soldier sergeant marine
    sheriff deputy trooper cop detective prosecutor chef clerk coach athlete player star
    celebrity comedian actor actress singer artist poet historian scholar scientist
    researcher
    physician pediatrician psychologist psychiatrist surgeon dentist pharmacist
    retiree baker homeowner shopkeeper grandmother grandfather driver commuter shopper
    parent renter tenant landlord rancher fisherman mechanic plumber electrician
    firefighter paramedic bartender waitress waiter cashier janitor immigrant refugee
    widow widower motorist hiker nurse
    """.split()
)
# Of those, the nouns that stand for many or for a place, which no description of one
# person uses ("the crowd", "the public", "the state"): a role holding the word ("a
# member of the crowd") is no sign that "the crowd said" is that person.
COLLECTIVE_PERSON_NOUNS = frozenset(
    """
    people men women children family staff public anyone someone somebody everyone
    others crew panel jury electorate clergy chorus country nation state city town
    county side camp world crowd audience voice head user
    """.split()
)
INDIVIDUAL_PERSON_NOUNS = PERSON_NOUNS - COLLECTIVE_PERSON_NOUNS

# Endings of nouns for people: "the pollster", "a Clinton loyalist", "one commenter",
# "the Democratic frontrunner", "an Obama appointee", "a Trump operative".
PERSON_NOUN_ENDINGS = (
    "er",
    "or",
    "ist",
    "ian",
    "man",
    "men",
    "ant",
    "ent",
    "ee",
    "ive",
    "ic",
    "old",
    "eur",
)

# Endings of nouns for an event or a state of mind, which speak for nobody: "the
# killing", "the platform committee meeting", "his willingness", "their preference".
EVENT_NOUN_ENDINGS = ("ing", "ness", "ence", "ance", "ity")
# Things people wear, carry or are made of: the words on them are someone else's.
SILENT_THINGS = frozenset(
    """
    shirt t-shirt hat cap sign banner placard poster sticker button mug bottle eye foot
    feet hand face heart mind
    """.split()
)

# Role words that carry gender, for telling "he" from "she".
FEMALE_ROLE_WORDS = frozenset(
    """
    spokeswoman chairwoman congresswoman businesswoman woman mother wife daughter sister
    grandmother queen princess actress widow mom girl councilwoman
    """.split()
)
MALE_ROLE_WORDS = frozenset(
    """
    spokesman chairman congressman businessman man father husband son brother
    grandfather king prince actor widower dad boy councilman
    """.split()
)

# Lower-case particles inside a full name ("Ursula von der Leyen", "Beto de la Cruz").
NAME_PARTICLES = ("de", "van", "von", "al", "bin", "da", "del", "la", "le")

# What an abbreviated title before a name stands for, and the nouns a later
# description uses for the same office: "Rep. Adam Schiff" ... "the congressman".
TITLE_NOUNS: dict[str, frozenset[str]] = {
    "sen": frozenset({"senator", "lawmaker"}),
    "senator": frozenset({"senator", "lawmaker"}),
    "rep": frozenset({"representative", "congressman", "congresswoman", "lawmaker"}),
    "representative": frozenset({"representative", "congressman", "congresswoman", "lawmaker"}),
    "congressman": frozenset({"congressman", "representative", "lawmaker"}),
    "congresswoman": frozenset({"congresswoman", "representative", "lawmaker"}),
    "gov": frozenset({"governor"}),
    "gen": frozenset({"general"}),
    "lt": frozenset({"lieutenant"}),
    "col": frozenset({"colonel"}),
    "maj": frozenset({"major"}),
    "capt": frozenset({"captain"}),
    "sgt": frozenset({"sergeant"}),
    "adm": frozenset({"admiral"}),
    "prof": frozenset({"professor"}),
    "rev": frozenset({"reverend", "pastor"}),
    "atty": frozenset({"attorney"}),
    "supt": frozenset({"superintendent"}),
    "det": frozenset({"detective"}),
    "insp": frozenset({"inspector"}),
    "sec": frozenset({"secretary"}),
    "del": frozenset({"delegate"}),
    "cmdr": frozenset({"commander"}),
    "amb": frozenset({"ambassador"}),
    # Written in capitals, which the tagger reads as a proper noun: "Acme CEO Ana Ruiz"
    # ... "the CEO" / "the chief executive".
    "ceo": frozenset({"ceo", "chief", "executive"}),
    "cfo": frozenset({"cfo", "chief", "financial"}),
}
# The same abbreviations, which are common nouns however they are written.
TITLE_ABBREVIATIONS = frozenset({"ceo", "cfo"})
