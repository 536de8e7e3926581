"""URL slugs: short, ASCII, stable, and unique within a set of pages."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

FALLBACK_SLUG = "item"
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 80) -> str:
    """Turn any text into a lowercase ASCII slug such as ``john-kirby``; never empty.

    Accents are folded (``Guterres`` from ``Gutérres``). Text with no Latin letters
    or digits ("Путин") gets ``item-`` plus a hash of the text rather than bare
    ``item``, so such names do not all collide and their URLs do not depend on the
    order in which they were found.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_ALNUM.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        # End at a word boundary when there is one not too far back.
        boundary = cut.rfind("-")
        slug = cut[:boundary] if boundary >= max_length // 2 else slug[:max_length]
        slug = slug.strip("-")
    if slug:
        return slug
    if any(ch.isalnum() for ch in text):
        digest = hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:8]
        return f"{FALLBACK_SLUG}-{digest}"
    return FALLBACK_SLUG


def unique_slugs(names: Sequence[str]) -> list[str]:
    """Slugify each name and make the results unique, in input order.

    The first name to produce a slug keeps it; later ones get ``-2``, ``-3``…
    A name whose own slug is ``x-2`` keeps it even when it comes after two
    ``x``: natural slugs are claimed before any suffix is handed out, so adding a
    duplicate never changes the URL of a page that had no duplicate.
    """
    base_slugs = [slugify(name) for name in names]
    taken = set(base_slugs)
    claimed: set[str] = set()
    result: list[str] = []
    for base in base_slugs:
        if base not in claimed:
            claimed.add(base)
            result.append(base)
            continue
        number = 2
        while f"{base}-{number}" in taken:
            number += 1
        slug = f"{base}-{number}"
        taken.add(slug)
        claimed.add(slug)
        result.append(slug)
    return result
