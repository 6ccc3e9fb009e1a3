"""Export the Kraków 2021 programme to a workbook, mistype some amounts, and show where the errors are."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl

import wspolpraca
from wspolpraca import spreadsheet

HERE = Path(__file__).parent


def main() -> None:
    """Print the round trip, the grouped load errors of an edited copy, and located findings."""
    programme = wspolpraca.load_file(HERE / "krakow-2021-annual.json")
    with tempfile.TemporaryDirectory() as folder:
        book = Path(folder) / "program-2021.xlsx"
        spreadsheet.export_workbook(programme, book)
        print(f"round trip equal: {spreadsheet.read_workbook(book) == programme}")

        imported = spreadsheet.import_workbook(book)
        _, located = imported.check()
        for problem in located:
            print(f"finding {problem.describe('en')}")

        workbook = openpyxl.load_workbook(book)
        tasks = workbook["Zadania priorytetowe"]
        tasks["E2"] = "1 234,50 zł"  # Polish notation: read as 1234.50
        tasks["E3"] = "1,234.50"  # ambiguous: refused
        tasks["E4"] = "około 20 tys."
        tasks["E5"] = "=E2*2"  # a formula
        workbook.save(book)
        try:
            spreadsheet.read_workbook(book)
        except spreadsheet.SpreadsheetErrors as errors:
            for group in errors.groups():
                print(f"error {group.describe('en')}")


if __name__ == "__main__":
    main()
