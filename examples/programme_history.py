"""Load Kraków's example programmes and report, check them together, print planned vs spent."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import wspolpraca
from wspolpraca import AnnualProgramme, ImplementationReport, MultiYearProgramme

HERE = Path(__file__).parent
FILES = (
    "krakow-2019-2022-multi-year.json",
    "krakow-2015-annual.json",
    "krakow-2021-annual.json",
    "krakow-2021-report.json",
)


def _money(amount: Decimal | None) -> str:
    return "—" if amount is None else f"{amount:,.2f}".replace(",", " ")


def main() -> int:
    """Print a year-by-year table and the history's findings; return 0."""
    documents = [wspolpraca.load_file(HERE / name) for name in FILES]
    history = wspolpraca.ProgrammeHistory.of(documents)
    planned = {doc.year: doc.planned_funds for doc in documents if isinstance(doc, AnnualProgramme)}
    spent = {
        doc.year: doc.spent_total for doc in documents if isinstance(doc, ImplementationReport)
    }
    indicative = {
        item.year: item.amount
        for doc in documents
        if isinstance(doc, MultiYearProgramme)
        for item in doc.funding
    }
    years = sorted(set(planned) | set(spent) | set(indicative))
    print(f"{'year':<6}{'multi-year plan':>20}{'annual plan':>20}{'spent':>20}")
    for year in years:
        print(
            f"{year:<6}{_money(indicative.get(year)):>20}"
            f"{_money(planned.get(year)):>20}{_money(spent.get(year)):>20}"
        )
    print()
    for finding in wspolpraca.check(history):
        print(finding.describe("en"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
