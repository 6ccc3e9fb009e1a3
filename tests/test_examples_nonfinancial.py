"""The non-financial activity example script runs and prints the year's cooperation."""

from __future__ import annotations

import pathlib
import subprocess
import sys

import attrs

import wspolpraca

from .conftest import ROOT


def test_nonfinancial_activity_script() -> None:
    """The script prints the Kraków 2015 record form by form, with no findings, exiting 0."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "nonfinancial_activity.py")],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert "Gmina Miejska Kraków: non-financial cooperation in 2015" in done.stdout
    assert "joint teams (art. 5(2)(5)): 6, 5 meeting(s) recorded" in done.stdout
    assert "2015-02-27 Międzynarodowy Dzień NGO" in done.stdout
    assert "findings: 0 (errors: 0)" in done.stdout


def test_script_reports_findings_and_fails(tmp_path: pathlib.Path) -> None:
    """Given a record with a team of officials only, the script prints the warning, exits 0."""
    record = wspolpraca.load_file(
        ROOT / "examples" / "krakow-2015-nonfinancial.json", wspolpraca.NonFinancialActivity
    )
    team = record.teams[0]
    officials = tuple(m for m in team.members if m.side == "administration")
    broken = attrs.evolve(record, teams=(attrs.evolve(team, members=officials),))
    path = tmp_path / "broken.json"
    path.write_text(wspolpraca.dumps(broken), "utf-8")

    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "nonfinancial_activity.py"), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 0
    assert "warning WSP-NFN-001" in done.stdout
