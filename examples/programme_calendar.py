"""Print the statutory calendar of Kraków's 2021 programme cycle, from its documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import wspolpraca
from wspolpraca.profiles import load_profile

HERE = Path(__file__).parent
DOCUMENTS = (
    "krakow-2021-annual.json",
    "krakow-krdpp.json",
    "krakow-2021-competition.json",
    "krakow-2021-report.json",
)


def main() -> None:
    """Print one line per deadline: due day, status, actual day, basis and what is due."""
    documents = [wspolpraca.load_file(HERE / name) for name in DOCUMENTS]
    found = wspolpraca.deadlines(
        2021, profile=load_profile("krakow"), documents=documents, today=dt.date(2022, 6, 1)
    )
    print("Kraków, programme cycle 2021")
    for deadline in found:
        actual = deadline.actual.isoformat() if deadline.actual else "—"
        print(
            f"  {deadline.due}  {deadline.status.value:<7} {actual:<10}  "
            f"{deadline.legal_basis('en'):<12} {deadline.title('en')}"
        )
    missed = sum(d.status is wspolpraca.DeadlineStatus.MISSED for d in found)
    print(f"{len(found)} deadlines, {missed} missed")


if __name__ == "__main__":
    main()
