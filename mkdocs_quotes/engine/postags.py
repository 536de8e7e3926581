"""Coarse parts of speech from the tagger's fine tags, without the attribute ruler.

In en_core_web_sm the attribute ruler, which copies a coarse tag onto each token,
costs about as much as the tagger itself: its Matcher runs over every token. The
engine needs only the coarse class, which the Penn Treebank tag already decides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.function_words import INTERJECTIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Penn Treebank tag -> Universal POS, as spaCy's English tag map defines it.
TAG_TO_POS = {
    ".": "PUNCT",
    ",": "PUNCT",
    "-LRB-": "PUNCT",
    "-RRB-": "PUNCT",
    "``": "PUNCT",
    '""': "PUNCT",
    "''": "PUNCT",
    ":": "PUNCT",
    "HYPH": "PUNCT",
    "NFP": "PUNCT",
    "$": "SYM",
    "#": "SYM",
    "SYM": "SYM",
    "AFX": "ADJ",
    "CC": "CCONJ",
    "CD": "NUM",
    "DT": "DET",
    "PDT": "DET",
    "EX": "PRON",
    "FW": "X",
    "LS": "X",
    "NIL": "X",
    "ADD": "X",
    "GW": "X",
    "XX": "X",
    "IN": "ADP",
    "RP": "ADP",
    "JJ": "ADJ",
    "JJR": "ADJ",
    "JJS": "ADJ",
    "MD": "AUX",
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "POS": "PART",
    "TO": "PART",
    "PRP": "PRON",
    "PRP$": "PRON",
    "WDT": "PRON",
    "WP": "PRON",
    "WP$": "PRON",
    "RB": "ADV",
    "RBR": "ADV",
    "RBS": "ADV",
    "WRB": "ADV",
    "UH": "INTJ",
    "VB": "VERB",
    "VBD": "VERB",
    "VBG": "VERB",
    "VBN": "VERB",
    "VBP": "VERB",
    "VBZ": "VERB",
    "BES": "AUX",
    "HVS": "AUX",
    "SP": "SPACE",
    "_SP": "SPACE",
}


def pos(token: Token) -> str:
    """The coarse POS: the pipeline's own where it set one, else from the fine tag.
    A capitalised word tagged as an interjection that is none ("Trump, in a post on
    Truth Social, called …": the card game's "trump!") is a proper noun."""
    coarse: str = token.pos_ or TAG_TO_POS.get(token.tag_, "X")
    if coarse == "INTJ" and token.is_title and token.lower_ not in INTERJECTIONS:
        return "PROPN"
    return coarse
