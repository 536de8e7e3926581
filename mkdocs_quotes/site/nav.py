"""The plugin's section of the site's `nav:`, at the start or the end."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, file_sort_key
from mkdocs.utils import nest_paths


def add_nav_section(
    config: MkDocsConfig,
    files: Files,
    title: str,
    position: str,
    entries: list[dict[str, str | list[str]]],
) -> None:
    """Put the section titled `title` at the `position` end of `nav:`, explicit or derived.

    Call it before the generated pages join `files`.
    """
    if config.nav is None:
        # The nav MkDocs would derive from the files, derived before our pages
        # exist, so that they sit under one title rather than three folders.
        pages = sorted(files.documentation_pages(), key=file_sort_key)
        in_nav = [f.src_uri for f in pages if f.inclusion.is_in_nav()]  # type: ignore[no-untyped-call]
        config.nav = nest_paths(in_nav)  # type: ignore[no-untyped-call]
    at = 0 if position == "start" else len(config.nav)
    config.nav.insert(at, {title: entries})
