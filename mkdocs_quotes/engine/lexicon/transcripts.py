"""Words of interview transcripts printed as quoted lines ('"PENCE: Well, …')."""

from __future__ import annotations

# Capitals and a colon that open a line but name no one: "UPDATE:", "WATCH:", an
# unnamed voice. (Labels of under three letters, "Q:" and "A:", never count.)
LINE_HEADINGS = frozenset(
    {
        "UPDATE",
        "UPDATED",
        "NOTE",
        "EDITOR'S NOTE",
        "EDITOR’S NOTE",
        "BREAKING",
        "WATCH",
        "READ",
        "MORE",
        "RELATED",
        "CORRECTION",
        "PHOTOS",
        "VIDEO",
        "QUESTION",
        "ANSWER",
        "CROSSTALK",
        "UNIDENTIFIED MALE",
        "UNIDENTIFIED FEMALE",
        "UNKNOWN",
        "AUDIENCE",
        "BEGIN VIDEO CLIP",
        "END VIDEO CLIP",
        "BEGIN VIDEOTAPE",
        "END VIDEOTAPE",
    }
)
