"""Quotes a site reader found filed under the wrong entry or none: a participle in an
"as" clause, a speaker phrase cut inside a title's marks, a lead-in paragraph ending
in a bracketed aside, a cue whose subject the parse hung elsewhere. Made-up texts."""

from __future__ import annotations

import pytest

from mkdocs_quotes import QuoteEngine

SPEAKERS = [
    # The "as" clause's own subject says its participle's words, not the main clause's.
    (
        "“Who can count the votes I’ve lost? Is it two? Three?” Ames asks as a repair guy "
        "walks in front of her, saying he’s “here to fix the four holes in your roof.”",
        "a repair guy",
    ),
    # The parse cut the speaker inside the title's marks; the title is all there.
    (
        "“We must widen the tent or lose the next election,” wrote the authors of the "
        "“Future Majority Plan,” citing the last two defeats.",
        "the authors of the Future Majority Plan",
    ),
    # The aside in brackets explains the dam; the sentence before it says who speaks.
    (
        "Nora Vance also spoke about the new dam on the Elk River, the project the state "
        "approved last year. (The dam floods three valleys. The plan also cuts the river "
        "in two.)\n"
        "“A river is not a pipe. We will fight this dam in every court in the state.”",
        "Nora Vance",
    ),
    # "said" above a cue whose subject is no speaker: a "source" is a person noun.
    (
        "But a source familiar with the city’s internal audit said the parts of the budget "
        "that were cut suggested the managers were seeking “quick savings.”",
        "a source familiar with the city’s internal audit",
    ),
    # A name only as the owner of the phrase's head is talked about, not speaking.
    (
        "Mayor Ann Gray thanked the council. Gray’s likely VP then revealed Gray, “asked me "
        "to run with her, and I am glad to do it.”",
        "Gray’s likely VP",
    ),
    (
        "Senator Tom Hale lost the vote. At the time, Hale’s hometown Millbrook Daily Record "
        'wrote: "Hale said he held off because he makes it a rule never to back anyone '
        'before the vote."',
        "Hale’s hometown Millbrook Daily Record",
    ),
    # A passage of a book speaks as a report does ("the passage continued").
    (
        "Ruiz quotes the memoir at length. “The mayor never read the plans,” Ruiz writes. "
        "“He signed them anyway, and the bridge was built on sand,” the passage continued.",
        "the passage",
    ),
    # "a top aide said" is set inside the sentence it reports: the aide speaks, and
    # the quote goes on the name's predicate.
    (
        "Gonzalez will face the senator in the fall debate. Gonzalez, a top aide said, "
        "“is very confident, very confident in the contrast” between them.",
        "a top aide",
    ),
    (
        "Ms. Ruiz will face the senator in the fall debate. Ms. Ruiz, a top aide said, "
        "“is very confident, very confident in the contrast” between them.",
        "a top aide",
    ),
    # The parse hangs the name from the fronted place; the cue is still hers.
    (
        "At Pine Hollow, where it costs $5,000 to join, Tom Reyes, the club's president, "
        "suggested that the closures could be blamed on their focus on ''the business of "
        "building houses.''",
        "Tom Reyes",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_site_speakers(engine: QuoteEngine, text: str, speaker: str) -> None:
    found = engine.extract(text).quotes
    assert [q.speaker.name for q in found][-1:] == [speaker]
