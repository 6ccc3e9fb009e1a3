"""Load the Kraków-style 2021 competition, print its timeline day by day, then its findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import wspolpraca

HERE = Path(__file__).parent


def timeline(competition: wspolpraca.OpenCompetition) -> list[tuple[dt.date, str]]:
    """The dated events of *competition*, in date order (same-day events in record order)."""
    events: list[tuple[dt.date, str]] = []
    announcement = competition.announcement
    if announcement is not None:
        events.append((announcement.announced_on, f"announced ({announcement.reference})"))
        events.extend(
            (publication.published_on, f"announcement published: {publication.channel}")
            for publication in announcement.publications
            if publication.published_on is not None
        )
        events.append((announcement.offer_deadline, "offer deadline"))
    events.extend(
        (offer.submitted_on, f"offer from {offer.organisation.name}: {offer.requested_amount} zł")
        for offer in competition.offers
        if offer.submitted_on is not None
    )
    committee = competition.committee
    if committee is not None and committee.appointed_on is not None:
        events.append(
            (committee.appointed_on, f"committee appointed ({len(committee.members)} members)")
        )
    if competition.results is not None:
        awarded = sum(1 for offer in competition.offers if offer.awarded_amount is not None)
        summary = (
            f"results: {awarded} of {len(competition.offers)} offers chosen, "
            f"{competition.awarded_total} zł of {competition.funds_offered} zł awarded"
        )
        events.append((competition.results.decided_on, summary))
        events.extend(
            (publication.published_on, f"results published: {publication.channel}")
            for publication in competition.results.publications
            if publication.published_on is not None
        )
    if competition.cancellation is not None:
        reason = competition.cancellation.reason or "no statutory reason"
        events.append((competition.cancellation.cancelled_on, f"cancelled: {reason}"))
    return sorted(events, key=lambda event: event[0])


def main() -> int:
    """Print the timeline and the findings; return 0 when no finding is an error."""
    competition = wspolpraca.load_file(
        HERE / "krakow-2021-competition.json", wspolpraca.OpenCompetition
    )
    print(f"{competition.unit.name}: {competition.title}")
    start = competition.announcement.announced_on if competition.announcement else None
    for day, event in timeline(competition):
        offset = f"day {(day - start).days:>3}" if start else ""
        print(f"  {day.isoformat()}  {offset}  {event}")
    result = wspolpraca.check(competition)
    print(f"findings: {len(result)} (errors: {len(result.errors)}); law as of {result.on}")
    for finding in result:
        print(" ", finding.describe("en"))
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
