"""Where MkDocs puts a generated page, as a URL: for data files and feeds, which live
outside Markdown and so get no link rewriting from MkDocs."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class PageUrls:
    """Site URLs of pages from their src_uris, under the site's URL style.

    With ``site_url`` they are absolute (feeds need that; data files are more useful
    copied elsewhere that way); without it they are relative to the site root, where
    the data files are.
    """

    use_directory_urls: bool = True
    site_url: str | None = None

    def __call__(self, src_uri: str, anchor: str | None = None) -> str:
        # The rule of mkdocs.structure.files.File: "a/b.md" is "a/b/" (or "a/b.html"),
        # "a/index.md" is "a/" (or "a/index.html").
        stem = src_uri.removesuffix(".md")
        if stem == "index" or stem.endswith("/index"):
            path = stem.removesuffix("index") if self.use_directory_urls else f"{stem}.html"
        else:
            path = f"{stem}/" if self.use_directory_urls else f"{stem}.html"
        return self.file(path) + (f"#{quote(anchor)}" if anchor else "")

    def file(self, path: str) -> str:
        """A file's URL (``quotes.json``), absolute when the site has a ``site_url``."""
        path = quote(path, safe="/-._~")
        if not self.site_url:
            return path
        return self.site_url.rstrip("/") + "/" + path
