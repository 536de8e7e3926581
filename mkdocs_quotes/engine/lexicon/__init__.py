"""The engine's word lists, as plain data; each list is defined once, here.

- ``cues``: cue verbs and their inflections, statement nouns;
- ``people``: pronouns, honorifics, titles, person role nouns, gendered role words,
  name particles;
- ``organisations``: organisation nouns and words, built from the words they share;
- ``given_names``: common given names and the gender they carry;
- ``entities``: spaCy entity labels as the rules group them;
- ``function_words``: articles, determiners, relative and non-speaking pronouns;
- ``marks``: quotation marks, dashes and the words an apostrophe elides;
- ``works``: words around the title of a work in quotation marks;
- ``transcripts``: line headings that name no speaker.
"""
