"""Implementation reports: model and WSP-RPT rules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest

import wspolpraca
from wspolpraca import ImplementationReport, TaskOutcome
from wspolpraca.errors import InconsistentError, InvalidValueError
from wspolpraca.law import Confidence
from wspolpraca.rules import Severity, check

from .conftest import ROOT

EXAMPLE = ROOT / "examples" / "krakow-2021-report.json"


@pytest.fixture
def report() -> ImplementationReport:
    """The illustrative report on Kraków's 2021 programme."""
    return wspolpraca.load_file(EXAMPLE, ImplementationReport)


def _findings(report: ImplementationReport, code: str) -> list[wspolpraca.Finding]:
    return [f for f in check(report) if f.code == code]


class TestModel:
    """Invariants and derived values."""

    def test_submitted_before_year_end_raises(self) -> None:
        """A report on 2021 cannot be submitted in 2021."""
        unit = wspolpraca.Unit(name="G", teryt="1261011", level="municipality")

        with pytest.raises(InconsistentError, match="before that year ended"):
            ImplementationReport(unit=unit, year=2021, submitted_on=dt.date(2021, 12, 31))

    def test_negative_count_raises(self) -> None:
        """Counts are never negative."""
        with pytest.raises(InvalidValueError, match="count cannot be negative"):
            TaskOutcome(title="T", offers=-1)

    def test_tasks_spent(self, report: ImplementationReport) -> None:
        """The tasks' spending is summed from the tasks that state it."""
        assert report.tasks_spent == report.spent_total

    def test_round_trip(self, report: ImplementationReport) -> None:
        """The example round-trips."""
        assert wspolpraca.loads(wspolpraca.dumps(report)) == report


class TestDeadline:
    """WSP-RPT-001/002: by 31 May (30 April in older texts, cut-over unconfirmed)."""

    def test_on_time(self, report: ImplementationReport) -> None:
        """Submitted 24 May and published 30 May 2022 meets 31 May."""
        assert not _findings(report, "WSP-RPT-001")
        assert not _findings(report, "WSP-RPT-002")

    def test_late_submission_is_an_error(self, report: ImplementationReport) -> None:
        """Submitting on 1 June 2022 is one day late, an error citing art. 5a ust. 3."""
        late = attrs.evolve(report, submitted_on=dt.date(2022, 6, 1))

        [finding] = _findings(late, "WSP-RPT-001")

        assert finding.severity is Severity.ERROR
        assert finding.params["days"] == 1
        assert finding.jsonpath == "$.submitted_on"

    def test_older_deadline_is_secondary(self, report: ImplementationReport) -> None:
        """For a 2014 report the 30 April deadline applies, attested by secondary sources."""
        old = attrs.evolve(
            report, year=2014, submitted_on=dt.date(2015, 5, 15), published_on=dt.date(2015, 5, 15)
        )

        findings = _findings(old, "WSP-RPT-001")

        assert [f.params["deadline"] for f in findings] == [dt.date(2015, 4, 30)]
        assert findings[0].severity is Severity.ERROR
        assert findings[0].confidence is Confidence.SECONDARY

    def test_dated_parameter_either_side(self, report: ImplementationReport) -> None:
        """15 May is late for the 2014 report but on time for the 2015 report."""
        for year, expected in ((2014, 1), (2015, 0)):
            moved = attrs.evolve(
                report, year=year, submitted_on=dt.date(year + 1, 5, 15), published_on=None
            )
            assert len(_findings(moved, "WSP-RPT-001")) == expected


class TestConsistency:
    """WSP-RPT-003/004."""

    def test_totals_must_add_up(self, report: ImplementationReport) -> None:
        """A stated total different from the tasks' sum is a warning."""
        assert report.spent_total is not None
        off = attrs.evolve(report, spent_total=report.spent_total + Decimal("0.01"))

        [finding] = _findings(off, "WSP-RPT-003")

        assert finding.severity is Severity.WARNING

    def test_unknown_task_spending_skips_the_sum(self, report: ImplementationReport) -> None:
        """When a task does not state its spending, the sum is not compared."""
        partial = attrs.evolve(
            report, tasks=(*report.tasks, TaskOutcome(title="X")), spent_total=Decimal(1)
        )

        assert not _findings(partial, "WSP-RPT-003")

    def test_overspending_per_task_and_total(self, report: ImplementationReport) -> None:
        """The example's overspent task is reported, and so is a total above plan."""
        over = attrs.evolve(report, planned_total=Decimal(1))

        paths = [f.jsonpath for f in _findings(over, "WSP-RPT-004")]

        assert paths == ["$.tasks[6].spent_amount", "$.spent_total"]
