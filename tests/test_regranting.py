"""Regranting (art. 16a): the operator's forms, sections, rules WSP-RGR, workbooks and print."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import wspolpraca
from wspolpraca import (
    Agreement,
    RegrantingExecution,
    RegrantingPlan,
    TaskOffer,
    TaskReport,
)
from wspolpraca._printable import render_offer, render_report
from wspolpraca.errors import InvalidValueError
from wspolpraca.rules import Severity, check
from wspolpraca.rules.paperwork import form_for
from wspolpraca.rules.regranting import RULES
from wspolpraca.strategies import regranting_agreements, regranting_offers, regranting_reports

from .conftest import ROOT

EXAMPLES = ROOT / "examples"
OFFER = "krakow-2024-regranting-offer.json"
AGREEMENT = "krakow-2024-regranting-agreement.json"
REPORT = "krakow-2024-regranting-report.json"
CENT = Decimal("0.01")


def _load(name: str) -> Any:
    return wspolpraca.load_file(EXAMPLES / name)


def _findings(document: object, code: str) -> list[wspolpraca.Finding]:
    return [finding for finding in check(document) if finding.code == code]


class TestForms:
    """The regranting forms in the task_forms codelist, chosen by the document's dates."""

    def test_regranting_form_follows_the_day(self) -> None:
        """The operator's form is the 2016 one from 3 September 2016 and the 2018 one from
        1 March 2019; before 2016 there was none and the ordinary 2010 form applies."""
        assert form_for(dt.date(2016, 9, 2), regranting=True) == "2010"
        assert form_for(dt.date(2016, 9, 3), regranting=True) == "2016_regranting"
        assert form_for(dt.date(2019, 2, 28), regranting=True) == "2016_regranting"
        assert form_for(dt.date(2019, 3, 1), regranting=True) == "2018_regranting"

    def test_ordinary_forms_are_unchanged(self) -> None:
        """Adding the regranting codes leaves the ordinary and simplified choices as they were."""
        assert form_for(dt.date(2017, 5, 1)) == "2016"
        assert form_for(dt.date(2024, 5, 1)) == "2018"
        assert form_for(dt.date(2024, 5, 1), simplified=True) == "2018_simplified"

    def test_offer_form_in_force_reads_its_section(self) -> None:
        """An offer with a regranting section is judged by the operator's form of its day."""
        offer: TaskOffer = _load(OFFER)

        assert offer.form_in_force == "2018_regranting"
        assert attrs.evolve(offer, regranting=None).form_in_force == "2018"


class TestOrdinarySections:
    """An operator's offer is the ordinary form plus a section: its results and groups are judged."""

    def test_results_without_a_level_are_reported_on_the_operator_form(self) -> None:
        """WSP-OFR-010 (2018 form: a level for each result) also reads a 2018 operator's offer."""
        offer: TaskOffer = _load(OFFER)
        unmeasured = attrs.evolve(offer.results[0], planned_level=None)
        changed = attrs.evolve(offer, results=(unmeasured, *offer.results[1:]))

        assert _findings(offer, "WSP-OFR-010") == []
        assert [f.path for f in _findings(changed, "WSP-OFR-010")] == [
            ("results", 0, "planned_level")
        ]

    def test_a_group_of_another_form_is_reported_on_the_operator_form(self) -> None:
        """WSP-OFR-014 (groups of the form) reads a 2018 operator's offer as the 2018 form."""
        offer: TaskOffer = _load(OFFER)
        old_group = attrs.evolve(offer.cost_lines[0], group="substantive")
        changed = attrs.evolve(offer, cost_lines=(old_group, *offer.cost_lines[1:]))

        assert _findings(offer, "WSP-OFR-014") == []
        assert [f.path for f in _findings(changed, "WSP-OFR-014")] == [("cost_lines", 0, "group")]


class TestModel:
    """The sections are optional, validated, and older documents load unchanged."""

    def test_document_without_the_key_loads(self) -> None:
        """A 1.1 offer written before regranting (no "regranting" key) loads with None."""
        data = json.loads((EXAMPLES / "krakow-2024-offer.json").read_text("utf-8"))
        del data["regranting"]

        offer = wspolpraca.loads(json.dumps(data))

        assert isinstance(offer, TaskOffer)
        assert offer.regranting is None

    def test_negative_planned_projects_is_refused_at_its_path(self) -> None:
        """A negative number of planned projects is a located error, not a traceback."""
        data = json.loads((EXAMPLES / OFFER).read_text("utf-8"))
        data["regranting"]["planned_projects"] = -1

        with pytest.raises(InvalidValueError) as raised:
            RegrantingPlan(planned_projects=-1)
        with pytest.raises(wspolpraca.errors.ValidationErrors) as loaded:
            wspolpraca.loads(json.dumps(data))

        assert raised.value.code == "negative_count"
        assert [(e.code, e.jsonpath) for e in loaded.value.errors] == [
            ("negative_count", "$.regranting.planned_projects")
        ]

    def test_split_total_needs_both_parts(self) -> None:
        """The split adds up only when both the amount passed on and the costs are stated."""
        assert RegrantingPlan(projects_amount=Decimal(10)).split_total is None
        plan = RegrantingPlan(projects_amount=Decimal(10), operator_costs=Decimal("2.5"))
        assert plan.split_total == Decimal("12.5")


class TestExamples:
    """The operator's offer, agreement and report of the examples."""

    @pytest.mark.parametrize(
        ("name", "cls"), [(OFFER, TaskOffer), (AGREEMENT, Agreement), (REPORT, TaskReport)]
    )
    def test_example_loads_with_its_section_and_no_finding(self, name: str, cls: type) -> None:
        """Each example loads as its class, has a regranting section and no finding at all."""
        document: TaskOffer | Agreement | TaskReport = _load(name)

        assert type(document) is cls
        assert document.regranting is not None
        assert list(check(document)) == []

    def test_report_projects_add_up(self) -> None:
        """The report's twelve projects received exactly the amount passed on."""
        report: TaskReport = _load(REPORT)
        execution = report.regranting

        assert execution is not None
        assert len(execution.projects) == 12
        assert execution.projects_total == execution.passed_on == Decimal("101350.00")

    def test_the_chain_splits_the_same_grant(self) -> None:
        """Offer and agreement split the same 120 000 zł as 102 000 passed on + 18 000."""
        offer: TaskOffer = _load(OFFER)
        agreement: Agreement = _load(AGREEMENT)

        assert offer.regranting == agreement.regranting
        assert agreement.regranting is not None
        assert agreement.regranting.split_total == agreement.grant == Decimal("120000.00")


class TestSectionAndForm:
    """WSP-RGR-001 to 003: a regranting section only on the operator's form and vice versa."""

    def test_section_on_the_ordinary_form_is_a_warning(self) -> None:
        """An operator's offer that states the ordinary 2018 form is reported at the section."""
        offer = attrs.evolve(_load(OFFER), form="2018")

        [finding] = _findings(offer, "WSP-RGR-001")

        assert finding.severity is Severity.WARNING
        assert finding.jsonpath == "$.regranting"
        assert "2018" in finding.message("en")

    def test_operator_form_without_section_is_reported_at_the_form(self) -> None:
        """An agreement on the operator's form without its section is reported at $.form."""
        agreement = attrs.evolve(_load(AGREEMENT), regranting=None)

        [finding] = _findings(agreement, "WSP-RGR-002")

        assert finding.jsonpath == "$.form"
        assert finding.message("pl") == "wzór 2018_regranting: brak części o regrantingu"

    def test_report_on_the_ordinary_form(self) -> None:
        """A report with a regranting section on the ordinary 2018 form is reported."""
        report = attrs.evolve(_load(REPORT), form="2018")

        assert [f.jsonpath for f in _findings(report, "WSP-RGR-003")] == ["$.regranting"]

    def test_the_2010_form_had_no_operator_version(self) -> None:
        """A regranting document on the 2010 form is not reported: that form had no variant."""
        agreement = attrs.evolve(_load(AGREEMENT), form="2010")

        assert _findings(agreement, "WSP-RGR-002") == []

    def test_no_form_stated_is_not_reported(self) -> None:
        """A document that states no form is not reported (nothing to compare)."""
        report = attrs.evolve(_load(REPORT), form=None)

        assert _findings(report, "WSP-RGR-003") == []


class TestSplit:
    """WSP-RGR-004 and 005: the amount passed on and the operator's costs make the grant."""

    def test_offer_one_grosz_off(self) -> None:
        """One grosz more of operator's costs than the grant allows is reported with amounts."""
        offer: TaskOffer = _load(OFFER)
        assert offer.regranting is not None
        costs = offer.regranting.operator_costs
        assert costs is not None
        wrong = attrs.evolve(
            offer, regranting=attrs.evolve(offer.regranting, operator_costs=costs + CENT)
        )

        [finding] = _findings(wrong, "WSP-RGR-004")

        assert finding.severity is Severity.WARNING
        assert finding.jsonpath == "$.regranting.projects_amount"
        assert finding.message("en") == (
            "the amount for projects PLN 102,000.00 and the operator's costs PLN 18,000.01 "
            "make PLN 120,000.01, while the grant is PLN 120,000.00"
        )

    def test_agreement_split_against_its_grant(self) -> None:
        """An agreement whose grant was cut without its split is reported."""
        agreement = attrs.evolve(_load(AGREEMENT), grant=Decimal("110000.00"), tranches=())

        assert len(_findings(agreement, "WSP-RGR-005")) == 1

    def test_a_half_stated_split_is_not_reported(self) -> None:
        """Without the operator's costs there is nothing to add up."""
        agreement: Agreement = _load(AGREEMENT)
        assert agreement.regranting is not None
        half = attrs.evolve(
            agreement, regranting=attrs.evolve(agreement.regranting, operator_costs=None)
        )

        assert _findings(half, "WSP-RGR-005") == []


class TestReportProjects:
    """WSP-RGR-006: the report's projects add up to the amount passed on."""

    def test_one_grosz_off(self) -> None:
        """A project one grosz over is reported at $.regranting.passed_on."""
        report: TaskReport = _load(REPORT)
        execution = report.regranting
        assert execution is not None
        first = execution.projects[0]
        projects = (attrs.evolve(first, amount=first.amount + CENT), *execution.projects[1:])
        wrong = attrs.evolve(report, regranting=attrs.evolve(execution, projects=projects))

        [finding] = _findings(wrong, "WSP-RGR-006")

        assert finding.jsonpath == "$.regranting.passed_on"
        assert finding.params["count"] == 12

    def test_no_projects_listed_is_not_reported(self) -> None:
        """A report that lists no project is not reported (the list is optional)."""
        report: TaskReport = _load(REPORT)
        assert report.regranting is not None
        bare = attrs.evolve(report, regranting=attrs.evolve(report.regranting, projects=()))

        assert _findings(bare, "WSP-RGR-006") == []


class TestBeforeRegranting:
    """WSP-RGR-007 to 009: regranting before 12 March 2010 is information only."""

    def test_agreement_before_and_after_the_2010_amendment(self) -> None:
        """An operator's agreement signed on 11 March 2010 is described, on 12 March not."""
        agreement: Agreement = _load(AGREEMENT)
        early = attrs.evolve(agreement, signed_on=dt.date(2010, 3, 11), form=None)
        on_the_day = attrs.evolve(agreement, signed_on=dt.date(2010, 3, 12), form=None)

        [finding] = _findings(early, "WSP-RGR-008")

        assert finding.severity is Severity.INFO
        assert finding.params["since"] == dt.date(2010, 3, 12)
        assert _findings(on_the_day, "WSP-RGR-008") == []

    def test_ordinary_documents_are_not_described(self) -> None:
        """An old agreement without a regranting section gets no regranting finding."""
        agreement = attrs.evolve(
            _load(AGREEMENT), signed_on=dt.date(2008, 5, 5), form=None, regranting=None
        )

        assert not [f for f in check(agreement) if f.code.startswith("WSP-RGR")]

    def test_rules_are_dated(self) -> None:
        """The consistency rules start with art. 16a (9 November 2015); the information rules
        end the day before art. 16 ust. 7 (12 March 2010)."""
        dates = {rule.code: (rule.valid_from, rule.valid_to) for rule in RULES}

        assert dates["WSP-RGR-004"] == (dt.date(2015, 11, 9), None)
        assert dates["WSP-RGR-009"] == (dt.date(2003, 6, 29), dt.date(2010, 3, 11))
        assert {rule.severity for rule in RULES} == {Severity.WARNING, Severity.INFO}


class TestStrategies:
    """The regranting strategies draw documents the WSP-RGR rules do not report."""

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(regranting_offers(), regranting_agreements(), regranting_reports())
    def test_drawn_documents_have_no_regranting_finding(
        self, offer: TaskOffer, agreement: Agreement, report: TaskReport
    ) -> None:
        """Drawn operator's documents have their section and no WSP-RGR finding."""
        for document in (offer, agreement, report):
            assert document.regranting is not None
            assert not [f for f in check(document) if f.code.startswith("WSP-RGR")]


class TestWorkbookAndPrint:
    """The sections in a workbook (the projects as a sheet) and on the printed form."""

    def test_report_projects_are_a_sheet(self, tmp_path: Path) -> None:
        """The report's workbook has a sheet of projects and reads back equal."""
        pytest.importorskip("openpyxl")
        from openpyxl import load_workbook

        from wspolpraca.spreadsheet import export_workbook, read_workbook

        report: TaskReport = _load(REPORT)
        export_workbook(report, tmp_path / "report.xlsx")

        sheets = load_workbook(tmp_path / "report.xlsx", read_only=True).sheetnames
        assert any("Projekty i ich realizatorzy" in name for name in sheets)
        assert read_workbook(tmp_path / "report.xlsx") == report

    def test_printed_offer_has_the_section_in_part_three(self) -> None:
        """The printed operator's offer shows the regranting section between III.6 and IV."""
        page = render_offer(_load(OFFER))

        section = page.index("7. Regranting: wybór realizatorów projektów")
        assert page.index("<h3>6. Dodatkowe informacje") < section < page.index("<h2>IV.")
        assert "102 000,00 zł" in page
        assert "operator projektu (art. 16a)" in page

    def test_printed_report_lists_the_projects(self) -> None:
        """The printed report lists each project and their sum in part I, before part II."""
        page = render_report(_load(REPORT))

        section = page.index("3. Projekty zlecone realizatorom projektów")
        assert page.index("Część I.") < section < page.index("Część II.")
        assert page.count("Projekt lokalny nr") == 12
        assert "101 350,00 zł" in page

    def test_printed_section_escapes_text(self) -> None:
        """Text of the section is escaped on the page."""
        offer: TaskOffer = _load(OFFER)
        plan = RegrantingPlan(selection="<script>nabór</script>")

        page = render_offer(attrs.evolve(offer, regranting=plan))

        assert "<script>" not in page
        assert "&lt;script&gt;nabór&lt;/script&gt;" in page

    def test_ordinary_documents_print_as_before(self) -> None:
        """An offer or report without the section prints no regranting heading."""
        assert "Regranting" not in render_offer(_load("krakow-2024-offer.json"))
        assert "Projekty zlecone" not in render_report(_load("krakow-2024-task-report.json"))


def test_execution_total_of_no_projects() -> None:
    """A section listing no projects totals zero."""
    assert RegrantingExecution().projects_total == Decimal(0)
