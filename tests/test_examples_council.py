"""The council examples run and say what they claim."""

from __future__ import annotations

import subprocess
import sys

import wspolpraca

from .conftest import ROOT


def test_council_timeline_script() -> None:
    """The script prints each council's term timeline, seat shares and findings, exiting 0."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "council_timeline.py")],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert "seats: 16 = ngo 8 (50%), council_members 4 (25%), executive 4 (25%)" in done.stdout
    assert "term IV   2019-07-31 – 2022-07-30  appointed by 1951/2019" in done.stdout
    assert "term I    2012-07-26 – ?" in done.stdout
    assert "error WSP-CNC-001: NGOs hold 4 of 10 seats, expected at least 5" in done.stdout


def test_council_examples_mark_illustrative_values() -> None:
    """Both council examples say which of their values are illustrative."""
    for name in ("krakow-krdpp.json", "council-composition-breach.json"):
        council = wspolpraca.load_file(ROOT / "examples" / name, wspolpraca.Council)

        assert any(note.startswith("Illustrative:") for note in council.notes), name


def test_breach_example_breaks_only_the_composition_rule() -> None:
    """The second example is refused by WSP-CNC-001 alone."""
    council = wspolpraca.load_file(
        ROOT / "examples" / "council-composition-breach.json", wspolpraca.Council
    )

    assert [f.code for f in wspolpraca.check(council).errors] == ["WSP-CNC-001"]
