"""The spreadsheet example runs and locates its problems at the cell."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_spreadsheet_script() -> None:
    """The script round-trips the example, then prints grouped, located errors and exits 0."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "spreadsheet_round_trip.py")],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "round trip equal: True"
    assert any(
        line.startswith("finding 'Formy współpracy'!A7 (Forma):") and "[WSP-PRG-006]" in line
        for line in lines
    )
    assert any(
        "'Zadania priorytetowe'!E:E (Planowana kwota)" in line
        and "[invalid_money]" in line
        and "2 cells in column E, the first: E3, E4" in line
        for line in lines
    )
    assert any(line.startswith("error 'Zadania priorytetowe'!E5") for line in lines)
    assert not any(line.startswith("error 'Zadania priorytetowe'!E2") for line in lines)
