"""Where each generated page sits, for pages the nav does not list.

Speaker, quote and month pages are `NOT_IN_NAV`: a nav of thousands of entries is
unreadable and every page renders it. MkDocs gives such a page no parent, so themes
lose the reader's place: Material collapses the Quotes section, readthedocs'
breadcrumbs show the page alone. Giving the page a parent (the speaker index for a
speaker, the speaker's page for a quote) fixes both through the themes' own
templates: MkDocs's `Page.active` marks every ancestor active while the page
renders (Material keeps the section open and marks "Speakers"; the mkdocs theme
marks the "Quotes" menu), and readthedocs' and Material's breadcrumbs walk
`page.ancestors`: Quotes › Speakers › John Kirby.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url


def place_pages(files: Files, parents: Mapping[str, str]) -> None:
    """Set the parent of each page in `parents` (src_uri -> its parent's src_uri).

    Call it in `on_nav`, once MkDocs has made a `Page` for every file. A parent
    that is neither in the nav nor placed itself is skipped: it would lead nowhere.
    """
    for uri, parent_uri in parents.items():
        file = files.get_file_from_path(uri)
        parent_file = files.get_file_from_path(parent_uri)
        if file is None or parent_file is None:
            continue
        page, parent = file.page, parent_file.page
        if isinstance(page, Page) and isinstance(parent, Page) and page.parent is None:
            # A Page as parent is what MkDocs's own types allow for (`StructureItem`):
            # themes read only its title, url and `active`.
            page.parent = parent  # type: ignore[assignment]


def add_trail(page: Page) -> None:
    """Prepend "Quotes › Speakers › John Kirby" to a placed page's content, for themes
    without breadcrumbs (the `mkdocs` theme). Call it after the search plugins have
    indexed the page: the trail is navigation, not text to find."""
    parts = []
    for ancestor in reversed(list(page.ancestors)):
        title = html.escape(str(ancestor.title or ""), quote=False)
        url = getattr(ancestor, "url", None)
        if isinstance(ancestor, Page) and url is not None:
            href = html.escape(get_relative_url(url, page.url), quote=True)
            parts.append(f'<a href="{href}">{title}</a>')
        else:
            parts.append(title)
    if parts:
        trail = " › ".join([*parts, html.escape(str(page.title or ""), quote=False)])
        page.content = f'<nav class="mq-trail" aria-label="Trail">{trail}</nav>\n' + (
            page.content or ""
        )
