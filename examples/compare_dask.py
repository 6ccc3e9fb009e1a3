"""
The ``share`` indicator from Rb-28S CSV files, once with wspolpraca and once through Dask.

The figures are ILLUSTRATIVE (written by this script into a temporary folder): three
fictional cities over two years. The Dask computation is the one to run on a cluster for
data that does not fit one machine: each file is read and parsed in parallel, grants and
totals are summed per unit and year with ``foldby``, and the shares are computed from the
sums, by the formula of docs/reference/indicators/share.md. Both ways give the same figures.

Run: ``python examples/compare_dask.py`` (needs ``dask``).
"""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import dask.bag as db

from wspolpraca import DataSource, codelists
from wspolpraca.comparison import Dataset
from wspolpraca.rb28s import read_rb28s

HEADING = "WK;PK;GK;GT;DZIAL;ROZDZIAL;PAR;PAR4;R1;R4;NAZWA"
CITIES = (  # illustrative figures: grants in paragraph 236 and other spending, per year
    ("02", "61", "01", "1", "Miasto A (ilustracyjne)", {2020: (40, 960), 2021: (45, 955)}),
    ("04", "61", "01", "1", "Miasto B (ilustracyjne)", {2020: (25, 975), 2021: (30, 1170)}),
    ("06", "61", "01", "1", "Miasto C (ilustracyjne)", {2020: (60, 1140), 2021: (50, 950)}),
)
SOURCE = DataSource(title="illustrative (examples/compare_dask.py)", reference="examples")


def write_files(folder: Path) -> dict[int, Path]:
    """One illustrative Rb-28S CSV file per year."""
    files = {}
    for year in (2020, 2021):
        rows = [HEADING]
        for wk, pk, gk, gt, name, amounts in CITIES:
            grants, other = amounts[year]
            rows.append(f"{wk};{pk};{gk};{gt};852;85295;236;0;;{grants},00;{name}")
            rows.append(f"{wk};{pk};{gk};{gt};750;75023;401;0;;{other},00;{name}")
        files[year] = folder / f"rb28s-{year}.csv"
        files[year].write_text("\n".join(rows) + "\n", "utf-8")
    return files


def with_wspolpraca(files: dict[int, Path]) -> dict[tuple[str, int], Decimal]:
    """Shares by (TERYT, year) through read_rb28s and Dataset."""
    budgets = [
        b for year, path in files.items() for b in read_rb28s(path, year=year, source=SOURCE)
    ]
    data = Dataset.of(budgets)
    return {
        (r.unit.teryt, r.year): r.value
        for year in files
        for r in data.rank("share", year, "cities").results()
        if r.value is not None
    }


def _parse(line: str, year: int) -> dict[str, object] | None:
    """One CSV line as a record (None for the heading)."""
    row = next(csv.reader([line], delimiter=";"))
    if not row or row[0] == "WK":
        return None
    teryt = row[0] + row[1] + row[2] + row[3]
    spent = Decimal(row[9].replace(",", "."))
    return {"key": (teryt, year), "paragraph": row[6][:3], "spent": spent}


def with_dask(files: dict[int, Path]) -> dict[tuple[str, int], Decimal]:
    """Shares by (TERYT, year) through dask.bag: parse, fold per unit-year, divide."""
    paragraphs = {
        year: frozenset(codelists.GRANT_PARAGRAPHS.codes(dt.date(year, 1, 1))) for year in files
    }
    # dask ships no type hints for its bag constructors.
    read: Any = db.read_text
    concat: Any = db.concat
    bags = [read(str(path)).map(str.rstrip).map(_parse, year) for year, path in files.items()]
    records = concat(bags).filter(lambda r: r is not None)

    def add(totals: tuple[Decimal, Decimal], record: dict[str, object]) -> tuple[Decimal, Decimal]:
        grants, total = totals
        spent = record["spent"]
        assert isinstance(spent, Decimal)
        key = record["key"]
        assert isinstance(key, tuple)
        is_grant = record["paragraph"] in paragraphs[key[1]]
        return grants + (spent if is_grant else 0), total + spent

    def merge(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> tuple[Decimal, Decimal]:
        return a[0] + b[0], a[1] + b[1]

    sums = records.foldby(
        lambda r: r["key"], add, (Decimal(0), Decimal(0)), merge, (Decimal(0), Decimal(0))
    ).compute(scheduler="synchronous")
    cent = Decimal("0.01")
    return {
        key: (grants * 100 / total).quantize(cent, rounding=ROUND_HALF_UP)
        for key, (grants, total) in sums
        if total
    }


def main() -> None:
    """Print each unit-year's share both ways, and whether they agree."""
    with tempfile.TemporaryDirectory() as folder:
        files = write_files(Path(folder))
        ours = with_wspolpraca(files)
        theirs = with_dask(files)
    for key in sorted(ours):
        print(f"{key[0]} {key[1]}: wspolpraca {ours[key]} %, dask {theirs[key]} %")
    print("agree" if ours == theirs else "DIFFER")


if __name__ == "__main__":
    main()
