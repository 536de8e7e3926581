"""Verbs whose object does what the infinitive after them says: "led advisers to
counter", "prompted Rubio to call". After them the infinitive's subject did speak;
after any other verb ("allow companies to tell", "expects Obama to announce") the
words are the hope or the account of whoever speaks above."""

from __future__ import annotations

CAUSATIVE_VERBS = frozenset(
    """lead leads led leading prompt prompts prompted prompting cause causes caused
    causing spur spurs spurred spurring drive drives drove driving inspire inspires
    inspired inspiring force forces forced forcing get gets got getting""".split()
)
