"""Property tests over generated programmes (see ``wspolpraca.strategies``)."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wspolpraca
from wspolpraca import (
    ConsultationRound,
    NonFinancialActivity,
    strategies,
)
from wspolpraca.errors import ValidationErrors
from wspolpraca.rules import DatedValue, Severity
from wspolpraca.rules._engine import run
from wspolpraca.rules.consultation import (
    MIN_FORMS,
    MIN_INFORMATION_DAYS,
    MIN_WINDOW_DAYS,
    OPEN_MEETING_REQUIRED,
)
from wspolpraca.rules.consultation import RULES as CONSULTATION_RULES
from wspolpraca.strategies import (
    annual_programmes,
    consultation_rounds,
    councils,
    events,
    implementation_reports,
    joint_teams,
    money,
    multi_year_programmes,
    non_financial_activities,
    open_competitions,
    organisations,
    periods,
    priority_tasks,
    remarks,
    small_grant_registers,
    units,
)

pytestmark = pytest.mark.property


class TestRoundTrip:
    """``loads(dumps(x)) == x`` and the canonical form is a fixed point."""

    @given(st.one_of(units(), periods(), priority_tasks()))
    def test_value_objects_round_trip(self, obj: object) -> None:
        """Units, periods and tasks round-trip through structure/unstructure."""
        assert wspolpraca.structure(wspolpraca.unstructure(obj), type(obj)) == obj

    @given(money())
    def test_money_text_round_trip(self, amount: object) -> None:
        """Every amount is written with two places and read back exactly."""
        task = wspolpraca.PriorityTask(title="T", planned_amount=amount)  # type: ignore[arg-type]

        data = wspolpraca.unstructure(task)

        assert wspolpraca.structure(data, wspolpraca.PriorityTask) == task
        assert data["planned_amount"].count(".") == 1
        assert len(data["planned_amount"].split(".")[1]) == 2


_EVERY_KIND = {
    "agreement": "agreements",
    "annual_programme": "annual_programmes",
    "budget_year": "budget_years",
    "consultation_round": "consultation_rounds",
    "council": "councils",
    "implementation_report": "implementation_reports",
    "local_initiative": "local_initiatives",
    "multi_year_programme": "multi_year_programmes",
    "non_financial_activity": "non_financial_activities",
    "open_competition": "open_competitions",
    "population": "populations",
    "small_grant_register": "small_grant_registers",
    "task_offer": "task_offers",
    "task_report": "task_reports",
}
"""Every document kind, with the strategy in :mod:`wspolpraca.strategies` that draws it."""

KINDS = sorted(_EVERY_KIND)


def _drawing(kind: str) -> st.SearchStrategy[Any]:
    return getattr(strategies, _EVERY_KIND[kind])()  # type: ignore[no-any-return]


class TestEveryKind:
    """Round trips, the catalogue contract and robustness, for each kind of document."""

    def test_every_kind_is_covered(self) -> None:
        """The tests below cover every registered document kind."""
        from wspolpraca.serialization import DOCUMENT_KINDS

        assert set(KINDS) == set(DOCUMENT_KINDS)

    @pytest.mark.parametrize("kind", KINDS)
    def test_round_trip(self, kind: str) -> None:
        """``loads(dumps(x)) == x``, dumps is idempotent, and x pickles equal."""

        @given(_drawing(kind))
        def round_trip(document: Any) -> None:
            text = wspolpraca.dumps(document)

            assert wspolpraca.loads(text) == document
            assert wspolpraca.dumps(wspolpraca.loads(text)) == text
            assert wspolpraca.structure(wspolpraca.unstructure(document)) == document
            assert pickle.loads(pickle.dumps(document)) == document

        round_trip()

    @pytest.mark.parametrize("kind", KINDS)
    def test_check_never_raises(self, kind: str) -> None:
        """``check`` returns findings for any valid document on any date, never raising."""

        @given(_drawing(kind), st.dates())
        def never_raises(document: Any, on: dt.date) -> None:
            result = wspolpraca.check(document, on=on)

            assert all(f.severity in set(Severity) for f in result)

        never_raises()

    @pytest.mark.parametrize("kind", KINDS)
    def test_generated_documents_have_no_errors(self, kind: str) -> None:
        """Strategies produce documents that break no error-severity rule."""

        @given(_drawing(kind))
        def no_errors(document: Any) -> None:
            assert wspolpraca.check(document).errors == ()

        no_errors()

    @pytest.mark.parametrize("kind", KINDS)
    def test_mutated_documents_fail_cleanly(self, kind: str) -> None:
        """Replacing one field of a valid document with junk gives located errors only."""

        @given(_drawing(kind), st.data())
        def mutated(document: Any, data: st.DataObject) -> None:
            raw = wspolpraca.unstructure(document)
            key = data.draw(st.sampled_from(sorted(raw)))
            raw[key] = data.draw(TestRobustness.json_values)

            try:
                wspolpraca.structure(raw)
            except ValidationErrors as group:
                errors = group.errors
            else:
                return
            assert errors
            assert any(error.path[:1] in {(key,), ()} for error in errors)
            assert all(error.jsonpath.startswith("$") for error in errors)

        mutated()


documents = st.one_of(annual_programmes(), multi_year_programmes(), implementation_reports())


class TestDocumentKinds:
    """Every document kind round-trips, and valid documents have no error findings."""

    @given(st.lists(documents, max_size=5))
    def test_history_check_never_raises(self, docs: list[object]) -> None:
        """Checking any same-unit set of documents as a history never raises."""
        unit = wspolpraca.Unit(name="Gmina", teryt="1261011", level="municipality")
        same_unit = [attrs.evolve(doc, unit=unit) for doc in docs]  # type: ignore[misc]

        result = wspolpraca.check(wspolpraca.ProgrammeHistory.of(same_unit))

        assert all(f.code.startswith("WSP-HST") for f in result)


class TestConsultationRoundTrip:
    """Consultation rounds: nothing is dropped, free text included."""

    @given(consultation_rounds())
    def test_counts_add_up(self, round_: ConsultationRound) -> None:
        """The derived answer counts account for every remark."""
        assert sum(round_.answer_counts.values()) == len(round_.remarks)

    @given(remarks())
    def test_remark_round_trip(self, remark: object) -> None:
        """Remarks, with any Unicode in their justifications, round-trip through structure."""
        assert wspolpraca.structure(wspolpraca.unstructure(remark), type(remark)) == remark


class TestCatalogueContract:
    """Rules never raise on valid objects; valid objects have no errors."""

    @given(
        consultation_rounds(),
        st.integers(0, 60),
        st.integers(0, 30),
        st.integers(0, 8),
        st.booleans(),
    )
    def test_local_values_never_raise(
        self, round_: ConsultationRound, window: int, notice: int, forms: int, meeting: bool
    ) -> None:
        """Any local minimums a profile supplies give findings, never exceptions."""
        overrides: dict[str, tuple[DatedValue[Any], ...]] = {
            MIN_WINDOW_DAYS.name: (DatedValue(value=window),),
            MIN_INFORMATION_DAYS.name: (DatedValue(value=notice),),
            MIN_FORMS.name: (DatedValue(value=forms),),
            OPEN_MEETING_REQUIRED.name: (DatedValue(value=meeting),),
        }

        result = run(round_, CONSULTATION_RULES, on=round_.window.start, overrides=overrides)

        assert all(f.path for f in result)


class TestRobustness:
    """Arbitrary JSON never escapes as anything but ValidationErrors."""

    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=8), children, max_size=4)
        ),
        max_leaves=20,
    )

    @given(json_values)
    def test_arbitrary_json_is_refused_cleanly(self, value: object) -> None:
        """Any JSON value either loads or raises ValidationErrors with located errors."""
        import json

        try:
            wspolpraca.loads(json.dumps(value))
        except ValidationErrors as group:
            errors = group.errors
        else:
            return
        assert errors
        assert all(error.jsonpath.startswith("$") for error in errors)


class TestNonFinancialActivity:
    """
    Records of non-financial cooperation round-trip and check cleanly.

    "tworzenia wspólnych zespołów o charakterze doradczym i inicjatywnym, złożonych z
    przedstawicieli organizacji pozarządowych, podmiotów wymienionych w art. 3 ust. 3 oraz
    przedstawicieli właściwych organów administracji publicznej" (art. 5 ust. 2 pkt 5).
    """

    @given(st.one_of(joint_teams(), events(), organisations()))
    def test_items_round_trip(self, obj: object) -> None:
        """Teams, events and organisations round-trip through structure/unstructure."""
        assert wspolpraca.structure(wspolpraca.unstructure(obj), type(obj)) == obj

    @given(non_financial_activities())
    def test_generated_records_have_no_findings(self, record: NonFinancialActivity) -> None:
        """Strategies produce records that break no WSP-NFN rule at all."""
        assert len(wspolpraca.check(record)) == 0


class TestCompetitionProperties:
    """
    Open competitions and local initiatives from ``wspolpraca.strategies``.

    "Termin do składania ofert nie może być krótszy niż 21 dni od dnia ukazania się ostatniego
    ogłoszenia" (art. 13 ust. 1): generated competitions give at least 30 days, so they are
    lawful on either side of the 2010 amendment.
    """

    @given(organisations())
    def test_organisation_round_trip(self, organisation: object) -> None:
        """Organisations round-trip through structure/unstructure."""
        assert (
            wspolpraca.structure(wspolpraca.unstructure(organisation), type(organisation))
            == organisation
        )


calendar_documents = st.one_of(
    annual_programmes(),
    implementation_reports(),
    councils(),
    consultation_rounds(),
    open_competitions(),
    small_grant_registers(),
)


class TestCalendar:
    """The calendar and the HTML report never raise, and agree with the checker."""

    @given(calendar_documents, st.dates(min_value=dt.date(2004, 1, 1)))
    def test_missed_deadlines_are_findings(self, document: object, today: dt.date) -> None:
        """Every missed deadline a rule checks is a finding of that rule; dates are ordered."""
        from wspolpraca.calendar import DeadlineStatus, deadlines
        from wspolpraca.html_report import cycle_year

        found = deadlines(cycle_year(document), documents=[document], today=today)
        codes = wspolpraca.check(document).codes

        assert [d.due for d in found] == sorted(d.due for d in found)
        for deadline in found:
            if deadline.status is DeadlineStatus.MISSED and deadline.rule and deadline.document:
                assert deadline.rule in codes

    @given(calendar_documents)
    def test_html_report_never_raises(self, document: object) -> None:
        """Every generated document renders to a page with one marker per deadline."""
        from wspolpraca.calendar import deadlines
        from wspolpraca.html_report import cycle_year, render

        page = render(document, today=dt.date(2026, 1, 1))
        found = deadlines(cycle_year(document), documents=[document], today=dt.date(2026, 1, 1))

        assert page.count('class="deadline-marker') == len(found)


class TestSpreadsheetRoundTrip:
    """Every kind of document (``KINDS``, checked above) survives a workbook and a CSV directory."""

    @pytest.mark.parametrize("kind", sorted(_EVERY_KIND))
    def test_workbook_and_csv(self, kind: str, tmp_path_factory: pytest.TempPathFactory) -> None:
        """export_workbook/read_workbook and export_csv/read_csv give an equal document."""
        import tempfile
        from pathlib import Path

        from hypothesis import settings

        from wspolpraca import spreadsheet

        base = tmp_path_factory.mktemp(kind)

        @settings(max_examples=8)
        @given(_drawing(kind), st.sampled_from(["pl", "en"]))
        def round_trip(document: Any, lang: Any) -> None:
            folder = Path(tempfile.mkdtemp(dir=base))
            spreadsheet.export_workbook(document, folder / "doc.xlsx", lang=lang)
            spreadsheet.export_csv(document, folder / "csv", lang=lang)

            assert spreadsheet.read_workbook(folder / "doc.xlsx", kind) == document
            assert spreadsheet.read_csv(folder / "csv") == document

        round_trip()
