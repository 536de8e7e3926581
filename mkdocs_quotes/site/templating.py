"""The Jinja environment of the page templates: the site's own first, then the package's.

Every plain ``str`` a template prints is escaped for HTML and Markdown on output
(``finalize``); only ``Markup`` built by the renderer (hrefs, marked paragraphs,
the timeline) is printed as it is.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from markupsafe import Markup

from .render_views import Link
from .safe_markdown import escape_text, markdown_link

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"


def template_environment(templates_dir: Path | None) -> jinja2.Environment:
    """The site's templates first, then the package's; every ``{{ str }}`` escaped."""
    loaders: list[jinja2.BaseLoader] = []
    if templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates_dir)))
    loaders.append(jinja2.FileSystemLoader(str(PACKAGE_TEMPLATES)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        # autoescape makes Markup survive joins and concatenation; finalize does the
        # real escaping, for Markdown as well as HTML, of every plain string printed.
        autoescape=True,
        finalize=_escape_for_markdown,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["link"] = _link_filter
    return env


def _link_filter(link: Link) -> Markup:
    """``{{ speaker | link }}``: a Markdown link with its text escaped."""
    return markdown_link(link.text, link.href)


def _escape_for_markdown(value: object) -> object:
    if value is None:
        return Markup("")
    if isinstance(value, str) and not isinstance(value, Markup):
        return escape_text(value)
    return value
