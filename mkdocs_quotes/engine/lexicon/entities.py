"""spaCy's entity labels (OntoNotes) as the speaker rules group them."""

from __future__ import annotations

# A person's name.
PERSON_LABELS = frozenset({"PERSON"})

# Labels of a phrase that speaks as an organisation: nationalities and places speak
# for their governments ("Russia said"), buildings for who works there.
ORGANISATION_LABELS = frozenset({"ORG", "NORP", "GPE", "FAC"})

# A name after a dash that can sign off a quote ("— Bernie Sanders", "— AP").
SIGN_OFF_LABELS = PERSON_LABELS | {"ORG"}

# Places: "on the incident in Iowa" says where, not who.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Months and days are proper nouns but no name ("Dahl in March 2019").
TIME_LABELS = frozenset({"DATE", "TIME"})

# Dates and numbers don't speak.
DATE_AND_NUMBER_LABELS = TIME_LABELS | {"PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"}

# Lower-case words that head an entity of those labels ("last week", "thousands of
# people", "this morning"); with capitalised words and numerals, the words of a
# reporter's sentence where NER can find something (windows.py).
TIME_AND_QUANTITY_NOUNS = frozenset(
    """
    second seconds minute minutes hour hours day days week weeks weekend weekends
    month months year years decade decades century centuries morning mornings
    afternoon afternoons evening evenings night nights tonight today yesterday
    tomorrow half quarter dozen dozens hundred hundreds thousand thousands million
    millions billion billions trillion trillions percent
    """.split()
)
