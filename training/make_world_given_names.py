"""Write mkdocs_quotes/engine/lexicon/world_given_names.tsv from the name data of
`nomquamgender` on PyPI (MIT licence, Ian Van Buskirk; 36 name-gender datasets from
around the world, each name with how many sources and people it was counted in and
the share of them women).

    python -m pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg
    python training/make_world_given_names.py /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl

The US Census's 1990 names (``census_given_names.tsv``) know Donald and Hillary but
not Kamala, Keir, Volodymyr, Giorgia or Priya, and a "he" must never go to them. This
file adds the names the census lacks, for the gender of a full name's first word only
(``gender_of_name``): "f" or "m" when at least nine in ten bearers counted are of that
sex, "-" when both bear it. Only names counted at least ``MIN_COUNT`` times in at
least ``MIN_SOURCES`` sources, in plain letters, and not words news uses otherwise
(``make_given_names.NOT_NAMES``), nor particles (``NOT_GIVEN``). The same wheel gives
the same file.
"""

from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path

from make_given_names import NOT_NAMES, gender_code

LEXICON = Path(__file__).resolve().parents[1] / "mkdocs_quotes" / "engine" / "lexicon"
OUT = LEXICON / "world_given_names.tsv"
CENSUS = LEXICON / "census_given_names.tsv"
# Words that open a name without being a given name: particles ("bin Salman", "San
# Suu Kyi"), abbreviations, and names that open places ("Abu Dhabi", "San Jose").
NOT_GIVEN = frozenset("bin ibn bint binti abu abd san ab md mohd el ul ud st".split())
MIN_COUNT = 500
MIN_SOURCES = 10
LICENCE = (
    "# Derived from nomquamgender 0.1.4 name_data.json (MIT License, Copyright (c) "
    "2022 Ian Van Buskirk); made by training/make_world_given_names.py"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="nomquamgender-0.1.4-py3-none-any.whl")
    args = parser.parse_args()
    with zipfile.ZipFile(args.wheel) as wheel:
        data = json.loads(wheel.read("nomquamgender/name_data.json"))
    census = {line.split("\t")[0] for line in CENSUS.read_text(encoding="utf-8").splitlines()}
    lines = [LICENCE]
    for name in sorted(data):
        sources, count, female_share = data[name][:3]
        plain = name.isascii() and name.isalpha() and len(name) >= 2
        if not plain or name in census or name in NOT_NAMES or name in NOT_GIVEN:
            continue
        if count < MIN_COUNT or sources < MIN_SOURCES:
            continue
        lines.append(f"{name}\t{gender_code(float(female_share))}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(lines) - 1} names")


if __name__ == "__main__":
    main()
