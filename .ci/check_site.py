"""
Check the built documentation site: each schema at its ``$id``, each codelist as CSV.

Usage: ``python .ci/check_site.py docs/_build/html`` (run by ``.ci/run`` after the html build).
"""

from __future__ import annotations

import csv
import sys
import urllib.parse
from pathlib import Path

from wspolpraca import codelists, schema
from wspolpraca.serialization import DOCUMENT_KINDS


def main(site: Path) -> int:
    """Print every missing or stale file and return 1 if there is one."""
    problems = []
    for kind in DOCUMENT_KINDS:
        for lang in ("pl", "en"):
            url = schema.schema_id(kind, lang)
            path = site / urllib.parse.urlsplit(url).path.lstrip("/")
            if not path.is_file() or path.read_text("utf-8") != schema.schema_text(kind, lang):
                problems.append(f"{url}: not published as shipped ({path})")
    for name in codelists.shipped_codelists():
        path = site / "codelists" / f"{name}.csv"
        if not path.is_file():
            problems.append(f"codelist {name}: no {path}")
            continue
        with path.open(encoding="utf-8", newline="") as stream:
            codes = [row["code"] for row in csv.DictReader(stream)]
        if codes != [entry.code for entry in codelists.load_codelist(name)]:
            problems.append(f"codelist {name}: {path} does not list its entries")
    for problem in problems:
        sys.stderr.write(problem + "\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
