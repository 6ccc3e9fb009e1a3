"""The consultation examples run and say what they claim."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import wspolpraca

from .conftest import ROOT

SCRIPT = ROOT / "examples" / "consultation_timeline.py"
EXAMPLES = [
    ROOT / "examples" / "krakow-2019-2022-multi-year-consultation.json",
    ROOT / "examples" / "krakow-2015-annual-consultation.json",
]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
    )


def test_timeline_of_the_multi_year_round() -> None:
    """The script prints the 2019–2022 round's meetings in order and the share accepted per theme."""
    done = _run()

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    meetings = [line for line in lines if "meeting:" in line]
    assert len(meetings) == 11
    assert meetings == sorted(meetings)
    assert "Spotkanie „ostatniej szansy”" in meetings[-1]
    assert "2018-09-03  consultation opens (15 days)" in lines
    assert "         50%  Seniorzy" in lines
    assert "         67%  all remarks" in lines
    assert "findings: 0 (errors: 0)" in lines


def test_timeline_of_the_2015_round() -> None:
    """Given a path, the script prints that round: the 2015 programme moderated by BIS."""
    done = _run(str(EXAMPLES[1]))

    assert done.returncode == 0, done.stderr
    assert "moderated by Fundacja Biuro Inicjatyw Społecznych" in done.stdout
    assert "2014-09-26  consultation closes" in done.stdout


@pytest.mark.parametrize("path", EXAMPLES, ids=["2019-2022", "2015"])
def test_examples_mark_illustrative_values(path: Path) -> None:
    """Each example round says which of its values are sourced and which illustrative."""
    round_ = wspolpraca.load_file(path, wspolpraca.ConsultationRound)

    assert any(note.startswith("Sourced:") for note in round_.notes)
    assert any(note.startswith("Illustrative:") for note in round_.notes)
    assert wspolpraca.check(round_).ok
