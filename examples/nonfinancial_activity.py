"""Print a municipality's non-financial cooperation with NGOs in one year, and its findings."""

from __future__ import annotations

import sys
from pathlib import Path

import wspolpraca
from wspolpraca import codelists

HERE = Path(__file__).parent


def _label(codelist: codelists.Codelist, code: str) -> str:
    entry = codelist.get(code)
    return entry.label_en if entry is not None else code


def main(path: Path = HERE / "krakow-2015-nonfinancial.json") -> int:
    """Print what the record at *path* lists, form by form; return the exit code."""
    record = wspolpraca.load_file(path, wspolpraca.NonFinancialActivity)
    print(f"{record.unit.name}: non-financial cooperation in {record.year}")
    if record.responsible:
        print(f"coordinated by: {record.responsible}")
    print(f"mutual information ({wspolpraca.MutualInformation.BASIS.short('en')}):")
    for info in record.information:
        channels = ", ".join(
            _label(codelists.PUBLICATION_CHANNELS, channel) for channel in info.channels
        )
        frequency = (
            _label(codelists.INFORMATION_FREQUENCIES, info.frequency)
            if info.frequency
            else "frequency not stated"
        )
        print(f"  {info.subject} — via {channels}; {frequency}")
    print("consultations of draft acts:")
    for consultation in record.consultations:
        bases = ", ".join(citation.short("en") for citation in consultation.bases)
        print(f"  {consultation.drafts} draft(s) ({bases}): {consultation.subject}")
    teams = record.teams
    print(
        f"joint teams ({wspolpraca.JointTeam.BASIS.short('en')}): {len(teams)}, "
        f"{record.meetings} meeting(s) recorded"
    )
    for team in teams:
        composition = (
            f"{len(team.ngo_members)} NGO / {len(team.administration_members)} administration"
            if team.members
            else "members not recorded"
        )
        print(f"  {team.name}: {composition}; {len(team.meetings)} meeting(s)")
    print("in-kind support:")
    for support in record.in_kind_support:
        print(f"  {_label(codelists.IN_KIND_SUPPORT, support.kind)}: {support.provider or '-'}")
    print("training and advice:")
    for training in record.trainings:
        print(f"  {'advice' if training.advisory else 'training'}: {training.title}")
    print("events:")
    for event in sorted(record.events, key=lambda event: event.held_on):
        people = "" if event.participants is None else f", {event.participants} participants"
        print(f"  {event.held_on.isoformat()} {event.name}{people}")
    result = wspolpraca.check(record)
    print(f"findings: {len(result)} (errors: {len(result.errors)})")
    for finding in result:
        print(" ", finding.describe("en"))
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main(*(Path(arg) for arg in sys.argv[1:2])))
