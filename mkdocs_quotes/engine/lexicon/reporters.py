"""Nouns that report without being a role or a body: "law enforcement sources have
said he said '…'", "people familiar with the talks". Their words are an account of
someone else's, and PolNeAR credits the account to them."""

from __future__ import annotations

REPORTING_NOUNS = frozenset("source sources".split())
