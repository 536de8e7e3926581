"""One generated page, as the renderers hand it to the plugin."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GeneratedPage:
    """One page of the site, for ``File.generated(config, src_uri, content=markdown)``."""

    src_uri: str
    markdown: str
    title: str
    """Plain text (not HTML): for logs and for the plugin; the page's ``# heading`` is escaped."""
    in_nav: bool
    """False for speaker and quote pages: give them ``InclusionLevel.NOT_IN_NAV``."""
    source_path: str | None = None
    """The article file a page shows, for the edit link; None for other pages."""
    parent_uri: str | None = None
    """For a page outside the nav: the page it belongs under (a speaker page under the
    speaker index, a quote page under its speaker's page). The theme then keeps the
    nav section open and shows the trail (``site/places.py``)."""
