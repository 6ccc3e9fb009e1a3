"""Load the Kraków 2021 example programme, check it, and print the findings in English."""

from __future__ import annotations

from pathlib import Path

import wspolpraca

HERE = Path(__file__).parent


def main() -> int:
    """Print a summary of the example programme and its findings; return the exit code."""
    programme = wspolpraca.load_file(HERE / "krakow-2021-annual.json", wspolpraca.AnnualProgramme)
    result = wspolpraca.check(programme)
    print(f"{programme.unit.name}, programme for {programme.year}")
    print(f"planned funds: {programme.planned_funds} zł in {len(programme.priority_tasks)} tasks")
    print(f"findings: {len(result)} (errors: {len(result.errors)})")
    for finding in result:
        print(" ", finding.describe("en"))
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
