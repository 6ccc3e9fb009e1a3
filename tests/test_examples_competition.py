"""The competition example and its timeline script run and say what they claim."""

from __future__ import annotations

import subprocess
import sys

import wspolpraca

from .conftest import ROOT


def test_competition_timeline_script() -> None:
    """The script prints the competition's timeline in date order and no finding, exiting 0."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "competition_timeline.py")],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Gmina Miejska Kraków: Otwarty konkurs ofert")
    days = [line.split()[0] for line in lines[1:-1]]
    assert days == sorted(days)
    assert "  2021-02-03  day  22  offer deadline" in lines
    assert any("2 of 3 offers chosen, 205000.00 zł of 250000.00 zł awarded" in x for x in lines)
    assert lines[-1] == "findings: 0 (errors: 0); law as of 2021-01-12"


def test_examples_mark_illustrative_values() -> None:
    """Both new example documents say which of their values are illustrative and which sourced."""
    for name in ("krakow-2021-competition.json", "krakow-2024-local-initiative.json"):
        document = wspolpraca.load_file(ROOT / "examples" / name)
        notes = document.notes

        assert any(note.startswith("Illustrative:") for note in notes), name
        assert any(note.startswith("Sourced:") for note in notes), name
