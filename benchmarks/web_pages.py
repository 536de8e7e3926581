"""What the reader and the engine make of saved web pages: paragraphs, quotes, speakers.

    PYTHONPATH=. python benchmarks/web_pages.py PAGES_DIR [--paragraphs]

For every ``.html``/``.htm`` file in PAGES_DIR: the metadata read, the number of
paragraphs and quotes, each quote with its speaker, and with ``--paragraphs`` the
paragraphs themselves (to count boilerplate by eye). Run it once with one tree's
reader and once with another's (``PYTHONPATH=/other/tree``) and diff the output to
compare them; a page the reader refuses prints its one-line reason.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mkdocs_quotes.engine.quote_engine import QuoteEngine
from mkdocs_quotes.reader.sources import ArticleError, read_article


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("pages", type=Path, help="folder of saved .html pages")
    parser.add_argument("--paragraphs", action="store_true", help="print every paragraph")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the engine's)")
    args = parser.parse_args(argv)
    engine = QuoteEngine(args.model) if args.model else QuoteEngine()
    pages = sorted(p for p in args.pages.iterdir() if p.suffix.lower() in (".html", ".htm"))
    for page in pages:
        try:
            article = read_article(page)
        except ArticleError as exc:
            print(f"## {page.name}: refused: {exc.reason}\n")
            continue
        found = engine.extract(article.text)
        meta = article.meta
        print(f"## {page.name}: {len(article.paragraphs)} paragraphs, {len(found.quotes)} quotes")
        print(f"title: {article.title}")
        print(f"date: {meta.date} · source: {meta.source} · author: {meta.author}")
        print(f"url: {meta.url}")
        if args.paragraphs:
            for number, paragraph in enumerate(article.paragraphs, start=1):
                print(f"  p{number}: {paragraph[:160]}")
        for quote in found.quotes:
            print(f"  q p{quote.paragraph + 1}: “{quote.text[:70]}” — {quote.speaker.name}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
