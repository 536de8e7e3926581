"""A speaker phrase the parse cut inside a title's marks: 'wrote the authors of the
“Growth Plan,” giving …' yields 'the authors of the “Growth Plan'. The opening mark
left alone would read as a term in marks (``not_quotes.names_a_term``), so the
quote would lose a speaker the sentence gives; the title's words are all there."""

from __future__ import annotations

import re
from dataclasses import replace

from .domain import SpeakerRef

# The title's close right after the phrase: its closing mark, maybe after a comma.
_CLOSED_RIGHT_AFTER = re.compile(r"[,.;:]?[”\"]")


def close_cut_title(speaker: SpeakerRef, text: str, quote_opens_at: int) -> SpeakerRef:
    """``speaker`` with the lone opening mark of a title its phrase was cut inside
    taken out of its name; unchanged when the marks are balanced, when the mark
    opens the quote being credited (then the phrase is the quote's own words), or
    when the title does not close right where the phrase ends."""
    mention = speaker.mention
    if mention is None or speaker.kind == "person":
        return speaker
    name = speaker.name
    curly = name.count("“") == name.count("”") + 1 and name.count('"') == 0
    straight = name.count('"') == 1 and "“" not in name and "”" not in name
    if not (curly or straight) or name != mention.text:
        return speaker
    mark = "“" if curly else '"'
    at = mention.start + mention.text.rfind(mark)
    if at == quote_opens_at or not _CLOSED_RIGHT_AFTER.match(text, mention.end):
        return speaker
    cut = mention.text.rfind(mark)
    return replace(speaker, name=name[:cut] + name[cut + 1 :])
