"""
Comparing at scale: 2 800 units over 20 years (56 000 unit-years), from Rb-28S CSV files.

Writes one Rb-28S CSV file per year (``WK;PK;GK;GT;DZIAL;ROZDZIAL;PAR;PAR4;R1;R4``, *lines*
rows per unit, one of them in paragraph 236), then times, alternately, in one process:

- **wspolpraca**: :func:`wspolpraca.rb28s.read_rb28s` on every file, a
  :class:`wspolpraca.comparison.Dataset` of the 56 000 budget years, and a ranking of all
  units by ``share`` in every year (:meth:`~wspolpraca.comparison.Dataset.rank`);
- **pandas (load only)**: ``pandas.read_csv`` of the same files with the codes as text,
  concatenated: the cost of merely loading the data into a DataFrame.

and prints the min and median of each over the repeats and their ratio (wspolpraca / pandas).
The ratio is the figure to compare across machines; absolute times are context only.
pandas is in the ``bench`` dependency group.

Run: ``python benchmarks/bench_compare.py [--units 2800] [--years 20] [--lines 4] [--repeats 3]``
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from wspolpraca import DataSource
from wspolpraca.comparison import Dataset
from wspolpraca.rb28s import read_rb28s

VOIVODESHIPS = [f"{n:02d}" for n in range(2, 33, 2)]
HEADING = "WK;PK;GK;GT;DZIAL;ROZDZIAL;PAR;PAR4;R1;R4\n"
POSITIONS = (
    ("852", "85295", "236"),
    ("750", "75023", "401"),
    ("801", "80101", "401"),
    ("600", "60016", "427"),
    ("921", "92109", "236"),
    ("900", "90003", "430"),
)
SOURCE = DataSource(title="synthetic Rb-28S (bench_compare.py)", reference="benchmarks")


def unit_codes(count: int) -> list[tuple[str, str, str, str]]:
    """*count* distinct (WK, PK, GK, GT) codes of gminas."""
    codes = []
    for index in range(count):
        wk = VOIVODESHIPS[index % 16]
        pk = f"{(index // 16) % 20 + 1:02d}"
        gk = f"{(index // 320) % 9 + 1:02d}"
        codes.append((wk, pk, gk, str(index % 3 + 1)))
    if len(set(codes)) != count:
        msg = f"at most {16 * 20 * 9} distinct units"
        raise ValueError(msg)
    return codes


def write_files(folder: Path, units: int, years: int, lines: int) -> list[tuple[Path, int]]:
    """One Rb-28S CSV file per year; returns (path, year) pairs."""
    codes = unit_codes(units)
    files = []
    for offset in range(years):
        year = 2005 + offset
        path = folder / f"rb28s-{year}.csv"
        with path.open("w", encoding="utf-8") as stream:
            stream.write(HEADING)
            for number, (wk, pk, gk, gt) in enumerate(codes):
                for line in range(lines):
                    division, chapter, paragraph = POSITIONS[line % len(POSITIONS)]
                    spent = 1000 + (number * 37 + offset * 11 + line * 5) % 9000
                    stream.write(
                        f"{wk};{pk};{gk};{gt};{division};{chapter};{paragraph};0;"
                        f"{spent + 100},00;{spent},50\n"
                    )
        files.append((path, year))
    return files


def with_wspolpraca(files: list[tuple[Path, int]]) -> tuple[int, int]:
    """Read, gather and rank every year; returns the unit-years ranked and missing.

    Years before 2010 have no grant paragraph in force (``GRANT_PARAGRAPHS``), so their
    shares are missing, as they would be with real data.
    """
    budgets = []
    for path, year in files:
        budgets.extend(read_rb28s(path, year=year, source=SOURCE))
    data = Dataset.of(budgets)
    rankings = [data.rank("share", year, "all") for _, year in files]
    return sum(len(r.entries) for r in rankings), sum(len(r.missing) for r in rankings)


def with_pandas(files: list[tuple[Path, int]]) -> int:
    """Load the same files into one DataFrame (codes as text); returns its row count."""
    import pandas as pd  # noqa: PLC0415 - the bench group only

    text = dict.fromkeys(("WK", "PK", "GK", "GT", "DZIAL", "ROZDZIAL", "PAR", "PAR4"), str)
    frames = [
        pd.read_csv(path, sep=";", dtype=text, decimal=",").assign(year=year)
        for path, year in files
    ]
    return len(pd.concat(frames, ignore_index=True))


def timed(work: Callable[[list[tuple[Path, int]]], object], files: list[tuple[Path, int]]) -> float:
    """Seconds one call of *work* takes, from a clean heap."""
    gc.collect()
    start = time.perf_counter()
    work(files)
    return time.perf_counter() - start


def main() -> None:
    """Write the files, time both candidates alternately, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--units", type=int, default=2800)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--lines", type=int, default=4, help="rows per unit and year")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        files = write_files(Path(folder), args.units, args.years, args.lines)
        size = sum(path.stat().st_size for path, _ in files)
        ranked, missing = with_wspolpraca(files)
        rows = with_pandas(files)
        print(
            f"{args.units} units x {args.years} years: {ranked} unit-years ranked, "
            f"{missing} missing (before 2010); {rows} rows, {size / 1e6:.1f} MB of CSV"
        )
        times: dict[str, list[float]] = {"wspolpraca": [], "pandas": []}
        for _ in range(args.repeats):
            times["wspolpraca"].append(timed(with_wspolpraca, files))
            times["pandas"].append(timed(with_pandas, files))
    for name, values in times.items():
        print(
            f"{name:<11} min {min(values):6.2f} s  median {statistics.median(values):6.2f} s"
            f"  ({len(values)} repeats)"
        )
    ratio = statistics.median(times["wspolpraca"]) / statistics.median(times["pandas"])
    best = min(times["wspolpraca"]) / min(times["pandas"])
    print(f"ratio wspolpraca / pandas (load only): median {ratio:.1f}x, min {best:.1f}x")


if __name__ == "__main__":
    main()
