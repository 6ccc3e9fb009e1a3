"""The calendar example script runs and says what it claims."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_programme_calendar_script() -> None:
    """The script prints Kraków's 2021 cycle in date order, every deadline met, exiting 0."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "programme_calendar.py")],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Kraków, programme cycle 2021"
    days = [line.split()[0] for line in lines[1:-1]]
    assert days == sorted(days)
    assert (
        "  2020-11-30  met     2020-11-25  art. 5a(1)   Adopt the annual cooperation programme"
        in lines
    )
    # The Kraków profile's consultation resolution CXI/2904/18 adds the information campaign
    # and the consultation window; no consultation document is given, so they are unknown.
    assert sum("uchwała CXI/2904/18" in line for line in lines) == 2
    assert lines[-1] == "7 deadlines, 0 missed"
