"""Realistic uses of the public API, type-checked by mypy and never run."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import wspolpraca
from wspolpraca import codelists
from wspolpraca.errors import ValidationError, ValidationErrors
from wspolpraca.rules import CheckResult, Finding, Severity


def load_and_check(path: str) -> list[str]:
    """Load a document, check it and describe each finding."""
    programme: wspolpraca.AnnualProgramme = wspolpraca.load_file(path, wspolpraca.AnnualProgramme)
    programme = wspolpraca.load_file(path, wspolpraca.AnnualProgramme)
    result: CheckResult = wspolpraca.check(
        programme, on=dt.date(2021, 1, 1), ignore=["WSP-PRG-006"]
    )
    findings: list[Finding] = [f for f in result if f.severity is Severity.ERROR]
    return [f.describe("en") for f in findings]


def typed_loads(text: str) -> Decimal | None:
    """``loads`` with a class returns that class."""
    programme = wspolpraca.loads(text, wspolpraca.AnnualProgramme)
    return programme.planned_funds


def errors_of(text: str) -> list[tuple[str, str]]:
    """Every located error of a bad document."""
    try:
        wspolpraca.loads(text)
    except ValidationErrors as group:
        errors: tuple[ValidationError, ...] = group.errors
        return [(error.code, error.jsonpath) for error in errors]
    return []


def sphere_label(code: str) -> str | None:
    """A sphere's Polish label on a date."""
    entry = codelists.SPHERES.get(code, on=dt.date(2020, 1, 1))
    return None if entry is None else entry.label_pl


def council_seat_shares(path: str) -> dict[str, int]:
    """A council's seats by category, from a council file."""
    council: wspolpraca.Council = wspolpraca.load_file(path, wspolpraca.Council)
    latest: wspolpraca.Term = max(council.terms, key=lambda term: term.start)
    return {seat.category: seat.seats for seat in council.seats_of(latest)}


def kdo_meetings(path: str) -> dict[str, int]:
    """Meetings per joint team in a record of non-financial activity."""
    record = wspolpraca.load_file(path, wspolpraca.NonFinancialActivity)
    return {team.name: len(team.meetings) for team in record.teams}


def any_document(text: str) -> int:
    """``loads`` without a class returns one of the document kinds."""
    document = wspolpraca.loads(text)
    if isinstance(document, wspolpraca.NonFinancialActivity):
        return len(document.events)
    if isinstance(document, wspolpraca.AnnualProgramme):
        return len(document.priority_tasks)
    return 0


def small_grants_over(path: str) -> list[str]:
    """Load a small-grant register and name the organisations of its findings."""
    register = wspolpraca.load_file(path, wspolpraca.SmallGrantRegister)
    grant: wspolpraca.SmallGrant = register.grants[0]
    total: Decimal = register.total + grant.amount
    agreement = wspolpraca.Agreement(
        unit=register.unit,
        organisation=grant.organisation,
        task_title=grant.task_title,
        mode="support",
        signed_on=dt.date(2026, 9, 17),
        period=wspolpraca.Period(start=dt.date(2026, 10, 1), end=dt.date(2026, 12, 31)),
        grant=total,
        tranches=(wspolpraca.Tranche(due_on=dt.date(2026, 10, 1), amount=total),),
    )
    return [f.code for f in wspolpraca.check(agreement)] + [
        f.code for f in wspolpraca.check(register)
    ]


def consultation_summary(path: str) -> dict[str, int]:
    """Load a consultation round and read its derived answer counts."""
    round_ = wspolpraca.load_file(path, wspolpraca.ConsultationRound)
    share: float | None = round_.accepted_share("Seniorzy")
    del share
    return dict(round_.answer_counts)


def dossier_findings(directory: str) -> list[tuple[str, str]]:
    """A unit's dossier from a directory: each finding as its document's location and line."""
    dossier: wspolpraca.Dossier = wspolpraca.load_dossier(directory)
    history: wspolpraca.ProgrammeHistory = dossier
    result = wspolpraca.check(history, select=["WSP-DOS"])
    return [(dossier.where(f.path), dossier.describe(f, "en")) for f in result]
