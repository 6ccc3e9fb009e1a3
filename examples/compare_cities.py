"""
Kraków and Warsaw by the sourced figures of examples/compare: each value with its source.

Prints, for 2021, the ranking of cities with county rights by the programme's share of the
planned budget, every input of every value with its source and confidence, and what is
missing; then the trend of Kraków's programme funds per resident.
"""

from __future__ import annotations

from pathlib import Path

from wspolpraca.comparison import Dataset, render

HERE = Path(__file__).parent


def main() -> None:
    """Load the sourced figures and print the comparison with its sources."""
    data = Dataset.load([HERE / "compare", HERE / "krakow-2021-annual.json"])
    ranking = data.rank("planned_share", 2021, "cities")
    print(render(ranking, lang="en"), end="")
    for result in ranking.results():
        print(f"{result.unit.name}:")
        for value in result.inputs:
            print(f"  {value.name} = {value.value} [{value.confidence.value}] from {value.source}")
        for name in result.missing:
            print(f"  {name}: not found in any source")
    print(render(data.trend("planned_per_resident", "1261011"), lang="en"), end="")


if __name__ == "__main__":
    main()
