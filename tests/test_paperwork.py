"""The grant's paperwork: offers, agreements and task reports, their forms and their JSON."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import (
    Agreement,
    Bidder,
    CostLine,
    Organisation,
    Period,
    TaskOffer,
    TaskReport,
)
from wspolpraca._fast import try_loads
from wspolpraca.errors import InvalidValueError, ValidationErrors
from wspolpraca.rules.paperwork import form_for
from wspolpraca.serialization import DOCUMENT_KINDS, kind_of

from .conftest import ROOT

EXAMPLES = ROOT / "examples"
PAPERWORK = {
    "krakow-2024-offer.json": TaskOffer,
    "krakow-2024-agreement.json": Agreement,
    "krakow-2024-task-report.json": TaskReport,
    "krakow-2025-joint-offer.json": TaskOffer,
    "krakow-2025-small-grant-offer.json": TaskOffer,
    "krakow-2025-small-grant-report.json": TaskReport,
    "krakow-2018-offer-2016-form.json": TaskOffer,
    "krakow-2024-regranting-offer.json": TaskOffer,
    "krakow-2024-regranting-agreement.json": Agreement,
    "krakow-2024-regranting-report.json": TaskReport,
}
"""The paperwork examples and the class each loads as."""

ORG = Organisation(name="Stowarzyszenie Testowe", krs="0000300001")


def _data(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / name).read_text("utf-8"))
    return data


def _errors(data: object) -> list[tuple[str, str]]:
    with pytest.raises(ValidationErrors) as info:
        wspolpraca.loads(json.dumps(data, ensure_ascii=False))
    return sorted((error.code, error.jsonpath) for error in info.value.errors)


def offer(**kw: Any) -> TaskOffer:
    """A minimal offer of one bidder for 2024, with *kw* replacing its fields."""
    fields: dict[str, Any] = {
        "addressee": "Prezydent Miasta Krakowa",
        "title": "Zadanie",
        "period": Period(start=dt.date(2024, 3, 1), end=dt.date(2024, 6, 30)),
        "bidders": (Bidder(organisation=ORG),),
    }
    fields.update(kw)
    return TaskOffer(**fields)


class TestFormFor:
    """The statutory form in force on a day."""

    @pytest.mark.parametrize(
        ("day", "ordinary", "simplified"),
        [
            (dt.date(2012, 5, 1), "2010", "2010"),
            (dt.date(2016, 5, 9), "2010", "2010"),
            (dt.date(2016, 5, 10), "2010", "2016_simplified"),
            (dt.date(2016, 9, 2), "2010", "2016_simplified"),
            (dt.date(2016, 9, 3), "2016", "2016_simplified"),
            (dt.date(2019, 2, 28), "2016", "2016_simplified"),
            (dt.date(2019, 3, 1), "2018", "2018_simplified"),
            (dt.date(2026, 9, 1), "2018", "2018_simplified"),
        ],
    )
    def test_cut_over_days(self, day: dt.date, ordinary: str, simplified: str) -> None:
        """Each regulation governs from its first day; simplified forms only from 10 May 2016."""
        assert form_for(day) == ordinary
        assert form_for(day, simplified=True) == simplified

    def test_competition_offer_follows_the_announcement(self) -> None:
        """A competition offer's form follows the announcement, not the submission."""
        terms = wspolpraca.CompetitionTerms(announced_on=dt.date(2019, 2, 28))

        late = offer(competition=terms, submitted_on=dt.date(2019, 3, 20))

        assert late.form_date == dt.date(2019, 2, 28)
        assert late.form_in_force == "2016"

    def test_small_grant_offer_follows_the_submission(self) -> None:
        """A small-grant offer's form is the simplified one in force when it was submitted."""
        small = offer(small_grant=True, submitted_on=dt.date(2019, 3, 1))

        assert small.form_in_force == "2018_simplified"

    def test_unknown_date_gives_no_form(self) -> None:
        """Without an announcement or submission date the form in force is unknown."""
        assert offer().form_in_force is None


class TestModel:
    """Invariants and derived values of the new classes."""

    def test_an_offer_needs_a_bidder(self) -> None:
        """An offer without a bidder is meaningless and is refused at construction."""
        with pytest.raises(InvalidValueError, match="at least one bidder") as info:
            offer(bidders=())

        assert info.value.code == "no_bidders"

    def test_computed_total_rounds_half_up(self) -> None:
        """Quantity times unit cost is rounded to the grosz, halves away from zero."""
        line = CostLine(
            group="actions",
            name="godziny",
            quantity=Decimal("1.5"),
            unit_cost=Decimal("33.33"),
            total=Decimal("50.00"),
        )

        assert line.computed_total == Decimal("50.00")

    def test_computed_total_needs_both_factors(self) -> None:
        """A line without a unit cost has no computed total."""
        line = CostLine(group="actions", name="ryczałt", total=Decimal(100))

        assert line.computed_total is None

    def test_joint(self) -> None:
        """An offer is joint when it has more than one bidder."""
        two = offer(bidders=(Bidder(organisation=ORG), Bidder(organisation=ORG)))

        assert two.joint
        assert not offer().joint

    def test_financed_by_prefers_the_summary(self) -> None:
        """The planned grant comes from the financing summary, else from the lines' splits."""
        loaded = wspolpraca.load_file(EXAMPLES / "krakow-2024-offer.json", TaskOffer)
        without_summary = attrs.evolve(loaded, financing=())

        assert loaded.financed_by("grant") == Decimal("24300.00")
        assert without_summary.financed_by("grant") == Decimal("24300.00")
        assert offer().financed_by("grant") is None


class TestDocuments:
    """The kinds are registered, load from files and round-trip on both load paths."""

    def test_kinds_registered(self) -> None:
        """task_offer and task_report name their classes and back."""
        assert DOCUMENT_KINDS["task_offer"] is TaskOffer
        assert DOCUMENT_KINDS["task_report"] is TaskReport
        assert kind_of(TaskReport) == "task_report"

    @pytest.mark.parametrize(("name", "cls"), PAPERWORK.items(), ids=list(PAPERWORK))
    def test_examples_load_and_round_trip(self, name: str, cls: type[Any]) -> None:
        """Each example loads as its class, is canonical, and reloads equal."""
        text = (EXAMPLES / name).read_text("utf-8")

        loaded = wspolpraca.loads(text)

        assert type(loaded) is cls
        assert wspolpraca.dumps(loaded) == text
        assert wspolpraca.structure(wspolpraca.unstructure(loaded)) == loaded

    @pytest.mark.parametrize("name", list(PAPERWORK))
    def test_fast_path_builds_the_same_object(self, name: str) -> None:
        """The msgspec fast path reads each example into an equal object."""
        text = (EXAMPLES / name).read_text("utf-8")

        fast = try_loads(text, None)

        assert fast is not NotImplemented
        assert fast == wspolpraca.loads(text)

    def test_bad_input_is_located(self) -> None:
        """Every problem of a broken offer is reported at its path, none dropped."""
        data = _data("krakow-2024-offer.json")
        data["bidders"] = []
        data["cost_lines"][1]["total"] = "11400.001"
        data["cost_lines"][2]["group"] = "merytoryczne"
        data["financing"][0]["source"] = "dotacja"
        data["results"][0]["planned_level"] = -1
        data["form"] = "2020"
        data["extra"] = True

        assert _errors(data) == [
            ("negative_amount", "$.results[0].planned_level"),
            ("no_bidders", "$.bidders"),
            ("too_many_decimal_places", "$.cost_lines[1].total"),
            ("unknown_code", "$.cost_lines[2].group"),
            ("unknown_code", "$.financing[0].source"),
            ("unknown_code", "$.form"),
            ("unknown_field", "$.extra"),
        ]

    def test_bad_report_is_located(self) -> None:
        """A report with a bad period and a wrong type reports both at their paths."""
        data = _data("krakow-2024-task-report.json")
        data["period"]["end"] = "2024-01-01"
        data["final"] = "tak"
        data["cost_lines"][0]["spent"] = 9600.5

        assert _errors(data) == [
            ("end_before_start", "$.period.end"),
            ("invalid_money", "$.cost_lines[0].spent"),
            ("wrong_type", "$.final"),
        ]

    def test_old_agreement_still_loads(self) -> None:
        """An agreement without the new optional fields loads with their defaults."""
        data = _data("krakow-2024-agreement.json")
        for key in (
            "form",
            "offer_number",
            "competition_reference",
            "awarded_amount",
            "own_contribution",
            "permitted_shift",
            "return_due_on",
        ):
            del data[key]

        agreement = wspolpraca.loads(json.dumps(data, ensure_ascii=False), Agreement)

        assert agreement.awarded_amount is None
        assert agreement.cost_lines == ()

    def test_an_agreement_can_attach_a_calculation(self) -> None:
        """An agreement's updated calculation loads and dumps with its lines."""
        data = _data("krakow-2024-agreement.json")
        data["cost_lines"] = _data("krakow-2024-offer.json")["cost_lines"]

        agreement = wspolpraca.loads(json.dumps(data, ensure_ascii=False), Agreement)

        assert len(agreement.cost_lines) == 7
        assert wspolpraca.loads(wspolpraca.dumps(agreement)) == agreement


def test_examples_are_listed() -> None:
    """Every paperwork example in examples/ is in the table above (so none goes untested)."""
    kinds = {"task_offer", "task_report"}
    found = {
        path.name
        for path in Path(EXAMPLES).glob("*.json")
        if json.loads(path.read_text("utf-8"))["kind"] in kinds
    }

    assert found <= set(PAPERWORK)


def test_paperwork_chain_script() -> None:
    """The example script prints the calculation, the linked report and no (chain) findings."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "paperwork_chain.py")],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1] == "form in force: 2018 (judged on 2023-12-12)"
    assert "  grant: 24300.00 zł (71.05 %)" in lines
    assert "report on agreement SP-II/2024/U/017: linked to the offer: True" in lines
    assert "chain findings: 0" in lines
    assert lines[-1] == "findings: 0"


@pytest.mark.parametrize("name", list(PAPERWORK))
def test_examples_say_what_is_illustrative(name: str) -> None:
    """Each paperwork example separates sourced facts from illustrative values in its notes."""
    notes = _data(name)["notes"]

    assert any(note.startswith("Sourced:") for note in notes)
    assert any(note.startswith("Illustrative:") for note in notes)


class TestWorkbooks:
    """The paperwork in spreadsheets: lossless, and the calculation checked at the cell."""

    @pytest.mark.parametrize("name", list(PAPERWORK))
    def test_examples_round_trip_through_xlsx(self, name: str, tmp_path: Path) -> None:
        """Each example exported to a workbook reads back equal."""
        pytest.importorskip("openpyxl")
        from wspolpraca.spreadsheet import export_workbook, read_workbook

        document = wspolpraca.load_file(EXAMPLES / name)
        export_workbook(document, tmp_path / "paper.xlsx")

        assert read_workbook(tmp_path / "paper.xlsx") == document

    def test_one_grosz_off_is_located_at_the_cell(self, tmp_path: Path) -> None:
        """A cost line one grosz off is reported at its row and column and at its JSON path."""
        pytest.importorskip("openpyxl")
        from wspolpraca.spreadsheet import (
            export_workbook,
            import_workbook,
            locate_findings,
        )

        data = _data("krakow-2024-offer.json")
        data["cost_lines"][1]["total"] = "11400.01"
        export_workbook(wspolpraca.loads(json.dumps(data)), tmp_path / "offer.xlsx")
        imported = import_workbook(tmp_path / "offer.xlsx")

        located = locate_findings(wspolpraca.check(imported.document), imported)

        first = next(item for item in located if item.problem.code == "WSP-OFR-001")
        assert first.problem.jsonpath == "$.cost_lines[1].total"
        assert first.cell is not None
        assert (first.cell.sheet, first.cell.row, first.cell.column) == (
            "Zestawienie kosztów",
            3,
            "C",
        )


class TestPrintable:
    """The filled-in form: the offer and the report as printable pages."""

    def test_offer_page_follows_the_form(self) -> None:
        """The offer page has the form's sections in order, its lines and no script."""
        from wspolpraca.html_report import render_form

        page = render_form(
            wspolpraca.load_file(EXAMPLES / "krakow-2025-joint-offer.json", TaskOffer)
        )

        headings = [
            "I. Podstawowe informacje",
            "II. Dane oferenta",
            "III. Opis zadania",
            "IV. Charakterystyka oferenta",
            "V.A Zestawienie kosztów",
            "V.B Źródła finansowania",
            "V.C Podział kosztów",
            "VI. Inne informacje",
            "VII. Oświadczenia",
        ]
        places = [page.index(heading) for heading in headings]
        assert places == sorted(places)
        assert "Oferta wspólna realizacji zadania publicznego" in page
        assert "5 760,00 zł" in page
        assert "<script" not in page
        assert "@page{size:A4" in page

    def test_report_page_and_escaping(self) -> None:
        """The report page has both parts, and text from the document is escaped."""
        from wspolpraca.html_report import render_form

        report = wspolpraca.load_file(EXAMPLES / "krakow-2024-task-report.json", TaskReport)
        page = render_form(attrs.evolve(report, achievements="<b>47</b> dzieci"))

        assert "Sprawozdanie końcowe z wykonania zadania publicznego" in page
        assert page.index("Część I.") < page.index("Część II.")
        assert "&lt;b&gt;47&lt;/b&gt; dzieci" in page

    def test_other_documents_have_no_form(self) -> None:
        """A document with no statutory form is refused with TypeError."""
        from wspolpraca.html_report import render_form

        agreement = wspolpraca.load_file(EXAMPLES / "krakow-2024-agreement.json")

        with pytest.raises(TypeError, match="no statutory form for Agreement"):
            render_form(agreement)  # type: ignore[arg-type]

    def test_cli_form(self, tmp_path: Path) -> None:
        """``report --form`` writes the form for an offer and refuses a programme, exit 2."""
        from wspolpraca.cli import main

        out = tmp_path / "offer.html"
        done = main(
            ["report", str(EXAMPLES / "krakow-2024-offer.json"), "--html", str(out), "--form"]
        )
        refused = main(
            ["report", str(EXAMPLES / "krakow-2021-annual.json"), "--html", "-", "--form"]
        )

        assert done == 0
        assert "V.A Zestawienie kosztów realizacji zadania" in out.read_text("utf-8")
        assert refused == 2
