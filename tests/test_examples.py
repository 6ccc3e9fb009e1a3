"""The examples run and say what they claim."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_check_programme_script() -> None:
    """The example script loads, checks and prints the Kraków 2021 programme, exiting 0."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "check_programme.py")],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert "Gmina Miejska Kraków, programme for 2021" in done.stdout
    assert "planned funds: 102262543.00 zł in 10 tasks" in done.stdout


def test_example_marks_illustrative_values() -> None:
    """The example document says which of its values are illustrative."""
    import wspolpraca

    programme = wspolpraca.load_file(ROOT / "examples" / "krakow-2021-annual.json")

    assert any(note.startswith("Illustrative:") for note in programme.notes)
    assert any(note.startswith("Sourced:") for note in programme.notes)
