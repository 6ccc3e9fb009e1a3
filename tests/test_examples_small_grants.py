"""The 2026 small-grant example runs and shows the limits of each side of the change."""

from __future__ import annotations

import subprocess
import sys

import wspolpraca

from .conftest import ROOT


def test_small_grants_script() -> None:
    """The script prints each grant with the limits of its offer date and exits 0."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "small_grants_2026.py")],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Gmina Miejska Kraków, small grants (art. 19a) of 2026"
    assert "offer 2026-08-27, 12000.00 zł, 78 days; limits: task 10000 (S), days 90 (S)" in (
        done.stdout
    )
    assert "offer 2026-09-02, 18000.00 zł, 121 days; limits: task 20000 (S), days no limit (U)" in (
        done.stdout
    )
    assert "error WSP-SGR-001" in done.stdout
    assert lines[-1] == "findings: 1 (errors: 1)"  # displays last 7 days by art. 111 § 2 KC


def test_example_marks_illustrative_values() -> None:
    """The example register says which of its values are illustrative and which sourced."""
    register = wspolpraca.load_file(
        ROOT / "examples" / "krakow-2026-small-grants.json", wspolpraca.SmallGrantRegister
    )

    assert any(note.startswith("Illustrative:") for note in register.notes)
    assert any(note.startswith("Sourced:") for note in register.notes)
    crossing = register.grants[2]
    assert crossing.offer_submitted_on.isoformat() < "2026-09-01"
    assert crossing.agreement_signed_on is not None
    assert crossing.agreement_signed_on.isoformat() >= "2026-09-01"
