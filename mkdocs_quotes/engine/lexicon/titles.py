"""Word lists about people and organisations: titles, roles, organisation words.

Generic English, never names from any evaluation set; the speaker rules read them
to tell a title from a given name and a person from an organisation.
"""

from __future__ import annotations

# Titles that NER folds into a PERSON entity ("Mayor Ana Lopez"): kept as the role.
LEADING_TITLES = frozenset(
    """
    mayor president senator sen rep representative gov governor gen general lt col
    colonel maj major capt captain sgt sergeant adm admiral coach judge justice chief
    officer secretary minister premier chancellor pope prince princess king queen
    sheikh ayatollah rev reverend father sister brother prof professor dean director
    ambassador commissioner inspector detective lawyer attorney nurse doctor dr mr mrs
    ms miss sir dame lord lady former vice deputy acting interim prime resident
    farmer chairman chairwoman spokesman spokeswoman spokesperson del
    defense defence foreign treasury homeland interior press national security adviser
    advisor
    """.split()
)


# Capitalised words before a surname that are not given names ("President Joe").
TITLE_WORDS = frozenset(
    """
    president secretary secretary-general minister prime defence defense spokesman
    spokeswoman spokesperson senator sen rep representative gov governor gen general
    mayor chairman chairwoman judge justice chief director ambassador commissioner
    officer leader foreign vice former state attorney speaker
    house white republican democrat democratic candidate nominee gop resident
    the said told says and but by mr mrs ms dr when while
    """.split()
)


ORGANISATION_WORDS = frozenset(
    """
    department ministry committee party news times post association council union
    university institute center centre foundation agency company corp corporation inc
    llc ltd group bank club church court house office network campaign administration
    government police army forces league coalition fund journal magazine report press
    today service board commission organization organisation project program
    programme school college hospital society federation trust partners media tv
    radio tribune herald daily world international national america
    united states republicans democrats senate congress parliament caucus pac
    """.split()
)
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
