"""The engine's word lists, as plain data: cues, titles and roles, organisation words,
pronouns and honorifics, given names, quotation marks. Each list is defined once."""
