"""Print a consultation round's timeline and the share of remarks accepted per theme."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import wspolpraca

HERE = Path(__file__).parent
DEFAULT = HERE / "krakow-2019-2022-multi-year-consultation.json"


def timeline(round_: wspolpraca.ConsultationRound) -> list[tuple[dt.date, str]]:
    """The round's events as (day, what) pairs, in date order."""
    events = [
        (round_.window.start, f"consultation opens ({round_.window.days} days)"),
        (round_.window.end, "consultation closes"),
    ]
    if round_.announcement is not None:
        channels = ", ".join(round_.announcement.channels) or "channel not recorded"
        events.append((round_.announcement.published_on, f"announced ({channels})"))
    for meeting in round_.meetings:
        moderator = f", moderated by {meeting.moderator.name}" if meeting.moderator else ""
        people = "" if meeting.participants is None else f", {meeting.participants} participants"
        events.append(
            (meeting.held_on, f"meeting: {meeting.theme or 'general'}{moderator}{people}")
        )
    report = round_.report
    if report is not None and report.published_on is not None:
        events.append((report.published_on, "report published"))
    if report is not None and report.act is not None:
        events.append((report.act.adopted_on, f"act adopted: {report.act.number}"))
    return sorted(events, key=lambda event: event[0])


def main(argv: list[str] | None = None) -> int:
    """Print the timeline, the answers and the share accepted per theme; return the exit code."""
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else DEFAULT
    round_ = wspolpraca.load_file(path, wspolpraca.ConsultationRound)
    print(round_.draft.title)
    print()
    for day, what in timeline(round_):
        print(f"{day.isoformat()}  {what}")
    print()
    counts = round_.answer_counts
    print("answers: " + ", ".join(f"{state} {count}" for state, count in counts.items()))
    print("accepted in full or in part, by theme:")
    themes = sorted({remark.theme for remark in round_.remarks if remark.theme is not None})
    for theme in themes:
        share = round_.accepted_share(theme)
        shown = "no answers" if share is None else f"{share:.0%}"
        print(f"  {shown:>10}  {theme}")
    overall = round_.accepted_share()
    print(f"  {'—' if overall is None else f'{overall:.0%}':>10}  all remarks")
    result = wspolpraca.check(round_)
    print()
    print(f"findings: {len(result)} (errors: {len(result.errors)})")
    for finding in result:
        print(" ", finding.describe("en"))
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
