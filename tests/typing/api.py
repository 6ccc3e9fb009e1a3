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


def consultation_summary(path: str) -> dict[str, int]:
    """Load a consultation round and read its derived answer counts."""
    round_ = wspolpraca.load_file(path, wspolpraca.ConsultationRound)
    share: float | None = round_.accepted_share("Seniorzy")
    del share
    return dict(round_.answer_counts)
