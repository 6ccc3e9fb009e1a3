"""Rules WSP-OFR-*, WSP-AGR-*, WSP-TRP-*: the grant's paperwork, judged by the form in force."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import (
    AchievedResult,
    Action,
    Agreement,
    Bidder,
    CompetitionTerms,
    CostLine,
    ExecutedCostLine,
    FinancingLine,
    Organisation,
    Period,
    PlannedResult,
    SourceAmount,
    TaskOffer,
    TaskReport,
)
from wspolpraca.law import Confidence
from wspolpraca.rules import Finding, Severity, check, reference_date
from wspolpraca.rules.paperwork import PARAMETERS, REPORT_DAYS, RULES
from wspolpraca.rules.task_report import RETURN_DAYS

from .conftest import ROOT

EXAMPLES = ROOT / "examples"

EXPECTED = {
    "krakow-2024-offer.json": set(),
    "krakow-2024-agreement.json": set(),
    "krakow-2024-task-report.json": set(),
    "krakow-2025-joint-offer.json": set(),
    "krakow-2025-small-grant-offer.json": set(),
    "krakow-2025-small-grant-report.json": {"WSP-TRP-002"},
    "krakow-2018-offer-2016-form.json": set(),
    "krakow-2024-regranting-offer.json": set(),
    "krakow-2024-regranting-agreement.json": set(),
    "krakow-2024-regranting-report.json": set(),
}
"""The codes each paperwork example is expected to be reported for."""


def _load(name: str) -> Any:
    return wspolpraca.load_file(EXAMPLES / name)


@pytest.fixture
def krakow_offer() -> TaskOffer:
    """The Kraków 2024 offer on the 2018 form, which breaks no rule."""
    loaded: TaskOffer = _load("krakow-2024-offer.json")
    return loaded


@pytest.fixture
def krakow_report() -> TaskReport:
    """The Kraków 2024 final report, which breaks no rule."""
    loaded: TaskReport = _load("krakow-2024-task-report.json")
    return loaded


def findings(obj: object, code: str) -> list[Finding]:
    """The findings of rule *code* for *obj*."""
    return [finding for finding in check(obj) if finding.code == code]


def paths(obj: object, code: str) -> list[str]:
    """The JSON paths of rule *code*'s findings for *obj*."""
    return [finding.jsonpath for finding in findings(obj, code)]


def _line(offer: TaskOffer, index: int, **changes: Any) -> TaskOffer:
    lines = list(offer.cost_lines)
    lines[index] = attrs.evolve(lines[index], **changes)
    return attrs.evolve(offer, cost_lines=tuple(lines))


class TestCatalogue:
    """The family's rules are well formed and registered."""

    def test_codes_are_unique_and_registered(self) -> None:
        """Every code is unique and in the shipped catalogue."""
        codes = [rule.code for rule in RULES]

        assert len(codes) == len(set(codes)) == 35
        assert set(codes) <= {rule.code for rule in wspolpraca.CATALOGUE}

    def test_unconfirmed_rules_are_warnings(self) -> None:
        """A rule resting on an unconfirmed provision is never an error."""
        for rule in RULES:
            if rule.confidence is Confidence.UNCONFIRMED:
                assert rule.severity is not Severity.ERROR, rule.code

    def test_parameters_are_registered(self) -> None:
        """The report deadline is a dated parameter of the catalogue."""
        assert REPORT_DAYS in PARAMETERS
        assert REPORT_DAYS in wspolpraca.rules.PARAMETERS

    def test_reference_dates(self, krakow_offer: TaskOffer, krakow_report: TaskReport) -> None:
        """An offer is judged on its announcement's day, a report on its submission's."""
        assert reference_date(krakow_offer) == dt.date(2023, 12, 12)
        assert reference_date(krakow_report) == dt.date(2024, 11, 25)
        assert reference_date(attrs.evolve(krakow_report, submitted_on=None)) == dt.date(
            2024, 10, 31
        )

    def test_offer_without_dates_is_judged_on_its_start(self) -> None:
        """An undated draft offer is judged on the first day of its task."""
        draft = TaskOffer(
            addressee="Wójt",
            title="Zadanie",
            period=Period(start=dt.date(2024, 5, 1), end=dt.date(2024, 5, 31)),
            bidders=(Bidder(organisation=Organisation(name="Klub")),),
        )

        assert reference_date(draft) == dt.date(2024, 5, 1)


@pytest.mark.parametrize(("name", "codes"), EXPECTED.items(), ids=list(EXPECTED))
def test_examples_have_their_expected_findings(name: str, codes: set[str]) -> None:
    """Each example is reported for exactly the codes its notes announce."""
    result = check(_load(name))

    assert result.codes == codes
    assert result.ok


class TestCalculation:
    """WSP-OFR-001 to 004: the calculation adds up to the grosz."""

    def test_one_grosz_off_is_found_at_the_line(self, krakow_offer: TaskOffer) -> None:
        """A line one grosz off its quantity times unit cost is an error at the line's total."""
        broken = _line(krakow_offer, 1, total=Decimal("11400.01"))

        found = findings(broken, "WSP-OFR-001")

        assert [f.jsonpath for f in found] == ["$.cost_lines[1].total"]
        assert found[0].severity is Severity.ERROR
        assert "120 × PLN 95.00 = PLN 11,400.00" in found[0].message("en")

    def test_fractional_quantity_rounds(self, krakow_offer: TaskOffer) -> None:
        """1.5 × 33.33 = 49.995 is accepted as 50.00, the half-up rounding of a calculator."""
        line = CostLine(
            group="actions",
            name="pół godziny",
            quantity=Decimal("1.5"),
            unit_cost=Decimal("33.33"),
            total=Decimal("50.00"),
        )

        assert not findings(attrs.evolve(krakow_offer, cost_lines=(line,)), "WSP-OFR-001")

    def test_split_by_source_must_add_up(self, krakow_offer: TaskOffer) -> None:
        """A line whose sources do not add up to its total is found at its sources."""
        broken = _line(
            krakow_offer, 0, sources=(SourceAmount(source="grant", amount=Decimal(9500)),)
        )

        assert paths(broken, "WSP-OFR-002") == ["$.cost_lines[0].sources"]

    def test_split_by_year_must_add_up(self, krakow_offer: TaskOffer) -> None:
        """A per-year split short of the line's total is found at its years."""
        years = (wspolpraca.YearlyAmount(year=2024, amount=Decimal(9000)),)
        broken = _line(krakow_offer, 0, years=years)

        assert paths(broken, "WSP-OFR-002") == ["$.cost_lines[0].years"]

    def test_totals(self, krakow_offer: TaskOffer) -> None:
        """A stated total cost that the lines and the financing do not reach is found twice."""
        broken = attrs.evolve(krakow_offer, total_cost=Decimal("34300.00"))

        assert paths(broken, "WSP-OFR-003") == ["$.total_cost", "$.financing"]

    def test_bidders_costs_add_up(self) -> None:
        """A joint offer whose bidders' costs miss the total is found at the split."""
        joint: TaskOffer = _load("krakow-2025-joint-offer.json")
        split = list(joint.cost_split)
        split[0] = attrs.evolve(split[0], amount=split[0].amount - Decimal("0.01"))

        broken = attrs.evolve(joint, cost_split=tuple(split))

        assert paths(broken, "WSP-OFR-003") == ["$.cost_split"]

    def test_percentages(self, krakow_offer: TaskOffer) -> None:
        """71.05 % is right for 24 300 of 34 200; 71.10 % is not, and is found at the line."""
        financing = list(krakow_offer.financing)
        financing[0] = attrs.evolve(financing[0], percent=Decimal("71.10"))

        broken = attrs.evolve(krakow_offer, financing=tuple(financing))

        assert paths(broken, "WSP-OFR-004") == ["$.financing[0].percent"]
        assert not findings(krakow_offer, "WSP-OFR-004")


class TestAnnouncementTerms:
    """WSP-OFR-005 to 007 and 009: the offer against its competition's terms."""

    def _terms(self, offer: TaskOffer, **changes: Any) -> TaskOffer:
        assert offer.competition is not None
        return attrs.evolve(offer, competition=attrs.evolve(offer.competition, **changes))

    def test_grant_over_the_funds(self, krakow_offer: TaskOffer) -> None:
        """Asking for more than the funds announced is a warning."""
        broken = self._terms(krakow_offer, funds_offered=Decimal(20000))

        found = findings(broken, "WSP-OFR-005")

        assert [f.severity for f in found] == [Severity.WARNING]

    def test_own_contribution_below_minimum(self, krakow_offer: TaskOffer) -> None:
        """28.95 % own contribution is short of a 30 % minimum, and enough for 10 %."""
        broken = self._terms(krakow_offer, min_own_contribution=Decimal(30))

        assert "28.95%" in findings(broken, "WSP-OFR-006")[0].message("en")
        assert not findings(krakow_offer, "WSP-OFR-006")

    def test_admin_share_over_cap(self, krakow_offer: TaskOffer) -> None:
        """11.84 % administrative costs exceed a 10 % cap."""
        broken = self._terms(krakow_offer, admin_cost_cap=Decimal(10))

        assert "11.84%" in findings(broken, "WSP-OFR-007")[0].message("en")

    def test_task_outside_the_allowed_period(self, krakow_offer: TaskOffer) -> None:
        """A task running past the announcement's period is a warning at the period."""
        allowed = Period(start=dt.date(2024, 2, 1), end=dt.date(2024, 9, 30))

        assert paths(self._terms(krakow_offer, task_period=allowed), "WSP-OFR-009") == ["$.period"]


class TestScheduleAndResults:
    """WSP-OFR-008, 010, 011: the schedule, the results and a joint offer's split."""

    def test_action_outside_the_task(self, krakow_offer: TaskOffer) -> None:
        """An action ending after the task is an error at the action's period."""
        actions = list(krakow_offer.actions)
        actions[2] = attrs.evolve(
            actions[2], period=Period(start=dt.date(2024, 11, 5), end=dt.date(2024, 11, 5))
        )

        broken = attrs.evolve(krakow_offer, actions=tuple(actions))

        assert paths(broken, "WSP-OFR-008") == ["$.actions[2].period"]

    def test_result_without_level_or_monitoring(self, krakow_offer: TaskOffer) -> None:
        """On the 2018 form a result lacking its level and monitoring is found twice."""
        results = (PlannedResult(name="liczba uczestników"),)

        broken = attrs.evolve(krakow_offer, results=results)

        assert paths(broken, "WSP-OFR-010") == [
            "$.results[0].planned_level",
            "$.results[0].monitoring",
        ]

    def test_no_results_on_the_2018_form(self, krakow_offer: TaskOffer) -> None:
        """An offer on the 2018 form with no results at all is found at its results."""
        assert paths(attrs.evolve(krakow_offer, results=()), "WSP-OFR-010") == ["$.results"]

    @pytest.mark.parametrize(
        ("announced_on", "form", "codes"),
        [
            (dt.date(2019, 2, 28), "2016", set()),
            (dt.date(2019, 3, 1), "2018", {"WSP-OFR-010"}),
        ],
    )
    def test_same_offer_either_side_of_1_march_2019(
        self, krakow_offer: TaskOffer, announced_on: dt.date, form: str, codes: set[str]
    ) -> None:
        """The same offer without measured results is judged by the form of its announcement:
        fine under the 2016 form on 28 February 2019, an error under the 2018 form from 1 March.
        """
        assert krakow_offer.competition is not None
        offer = attrs.evolve(
            krakow_offer,
            form=None,
            results=(PlannedResult(name="liczba uczestników"),),
            competition=attrs.evolve(krakow_offer.competition, announced_on=announced_on),
        )

        result = check(offer, select=["WSP-OFR"])

        assert offer.form_in_force == form
        assert {finding.code for finding in result.errors} == codes

    def test_2016_offer_needs_no_levels(self) -> None:
        """The 2016-form example has no measured results and is not reported for it."""
        assert not findings(_load("krakow-2018-offer-2016-form.json"), "WSP-OFR-010")

    def test_joint_offer_without_split(self) -> None:
        """A joint offer whose action and costs name no bidder is a warning at each place."""
        joint: TaskOffer = _load("krakow-2025-joint-offer.json")
        actions = list(joint.actions)
        actions[0] = attrs.evolve(actions[0], carried_out_by=None)
        lines = tuple(attrs.evolve(line, bidders=()) for line in joint.cost_lines)

        broken = attrs.evolve(joint, actions=tuple(actions), cost_lines=lines, cost_split=())

        found = findings(broken, "WSP-OFR-011")
        assert [f.jsonpath for f in found] == ["$.actions[0].carried_out_by", "$.cost_split"]
        assert {f.severity for f in found} == {Severity.WARNING}

    def test_single_bidder_needs_no_split(self, krakow_offer: TaskOffer) -> None:
        """An offer of one bidder is not asked who carries out its actions."""
        actions = tuple(attrs.evolve(a, carried_out_by=None) for a in krakow_offer.actions)

        assert not findings(attrs.evolve(krakow_offer, actions=actions), "WSP-OFR-011")


class TestSmallGrantOffer:
    """WSP-OFR-012: the art. 19a limits on the submission date."""

    def test_over_the_limits(self) -> None:
        """A simplified offer for 10 500 zł over 100 days breaks both limits of 2025."""
        small: TaskOffer = _load("krakow-2025-small-grant-offer.json")
        financing = list(small.financing)
        financing[0] = FinancingLine(source="grant", amount=Decimal(10500))

        broken = attrs.evolve(
            small,
            financing=tuple(financing),
            period=Period(start=dt.date(2025, 5, 1), end=dt.date(2025, 8, 8)),
        )

        assert paths(broken, "WSP-OFR-012") == ["$.financing", "$.period"]

    def test_after_september_2026_the_unconfirmed_values_are_not_checked(self) -> None:
        """From 1 September 2026 the limits are third-party only, so 15 000 zł is not found."""
        small: TaskOffer = _load("krakow-2025-small-grant-offer.json")

        later = attrs.evolve(
            small,
            submitted_on=dt.date(2026, 9, 10),
            financing=(FinancingLine(source="grant", amount=Decimal(15000)),),
            period=Period(start=dt.date(2026, 10, 1), end=dt.date(2027, 2, 28)),
        )

        assert not findings(later, "WSP-OFR-012")


class TestForm:
    """WSP-OFR-013: the form the offer says it uses."""

    def test_wrong_form(self, krakow_offer: TaskOffer) -> None:
        """An offer on the 2016 form in a 2023 competition is a warning at its form."""
        broken = attrs.evolve(krakow_offer, form="2016")

        found = findings(broken, "WSP-OFR-013")

        assert [f.jsonpath for f in found] == ["$.form"]
        assert "2018" in found[0].message("en")

    def test_no_stated_form(self, krakow_offer: TaskOffer) -> None:
        """An offer that does not name its form is not reported."""
        assert not findings(attrs.evolve(krakow_offer, form=None), "WSP-OFR-013")


class TestCostGroups:
    """WSP-OFR-014: the cost groups of the form in force."""

    def test_2016_groups_on_a_2018_offer(self, krakow_offer: TaskOffer) -> None:
        """A 2018-form offer with a line in the 2016 group 'substantive' is noted at the line."""
        broken = _line(krakow_offer, 0, group="substantive")

        found = findings(broken, "WSP-OFR-014")

        assert [f.jsonpath for f in found] == ["$.cost_lines[0].group"]
        assert found[0].severity is Severity.INFO

    def test_2010_offer_loads_and_keeps_its_groups(self) -> None:
        """An offer on the 2010 form, with its group 'other', loads and is not noted."""
        data = json.loads((EXAMPLES / "krakow-2018-offer-2016-form.json").read_text("utf-8"))
        data["form"] = "2010"
        data["competition"]["announced_on"] = "2015-11-20"
        data["cost_lines"][1]["group"] = "other"

        old = wspolpraca.loads(json.dumps(data, ensure_ascii=False), TaskOffer)

        assert old.form_in_force == "2010"
        assert check(old).codes == set()


class TestAgreement:
    """WSP-AGR-002, and WSP-SGR-015 for the agreement's grant."""

    def test_grant_over_award(self) -> None:
        """An agreement granting more than was awarded is an error at the grant."""
        agreement: Agreement = _load("krakow-2024-agreement.json")

        broken = attrs.evolve(agreement, awarded_amount=Decimal(24000))

        assert paths(broken, "WSP-SGR-015") == ["$.grant"]

    def test_attached_calculation(self, krakow_offer: TaskOffer) -> None:
        """An attached calculation with a wrong line is found at that line."""
        agreement: Agreement = _load("krakow-2024-agreement.json")
        lines = _line(krakow_offer, 3, total=Decimal("1250.00")).cost_lines

        assert paths(attrs.evolve(agreement, cost_lines=lines), "WSP-AGR-002") == [
            "$.cost_lines[3].total"
        ]


class TestReport:
    """WSP-TRP-001 to 007."""

    def test_late_by_the_agreement(self, krakow_report: TaskReport) -> None:
        """A report two days past the agreement's deadline is an error."""
        late = attrs.evolve(krakow_report, submitted_on=dt.date(2024, 12, 2))

        found = findings(late, "WSP-TRP-001")

        assert [f.severity for f in found] == [Severity.ERROR]
        assert "2 days after" in found[0].message("en")

    def test_statutory_30_days(self, krakow_report: TaskReport) -> None:
        """Without the agreement's date, day 30 after the end is on time and day 31 is not."""
        on_time = attrs.evolve(krakow_report, due_on=None, submitted_on=dt.date(2024, 11, 30))
        late = attrs.evolve(krakow_report, due_on=None, submitted_on=dt.date(2024, 12, 1))

        assert not findings(on_time, "WSP-TRP-002")
        assert [f.severity for f in findings(late, "WSP-TRP-002")] == [Severity.WARNING]

    def test_partial_report_has_no_statutory_deadline(self, krakow_report: TaskReport) -> None:
        """A partial report without a called-for date is not held to the 30 days."""
        partial = attrs.evolve(
            krakow_report, final=False, due_on=None, submitted_on=dt.date(2025, 3, 1)
        )

        assert not findings(partial, "WSP-TRP-002")

    def test_line_over_the_shift(self, krakow_report: TaskReport) -> None:
        """Line I.4 at 7.5 % over plan fits a 10 % shift and breaks a 5 % one."""
        tight = attrs.evolve(krakow_report, permitted_shift=Decimal(5))

        assert paths(tight, "WSP-TRP-003") == ["$.cost_lines[3].spent"]
        assert not findings(krakow_report, "WSP-TRP-003")

    def test_shortfall_without_explanation(self, krakow_report: TaskReport) -> None:
        """A result below plan with no explanation is a warning at the explanation."""
        results = list(krakow_report.results)
        results[0] = attrs.evolve(results[0], explanation=" ")

        broken = attrs.evolve(krakow_report, results=tuple(results))

        assert paths(broken, "WSP-TRP-004") == ["$.results[0].explanation"]

    def test_result_above_plan_needs_nothing(self) -> None:
        """A result above its planned level needs no explanation."""
        report = TaskReport(
            title="Zadanie",
            period=Period(start=dt.date(2024, 1, 1), end=dt.date(2024, 3, 31)),
            results=(
                AchievedResult(
                    name="uczestnicy", planned_level=Decimal(10), achieved_level=Decimal(12)
                ),
            ),
        )

        assert not findings(report, "WSP-TRP-004")

    def test_unspent_returned_late(self, krakow_report: TaskReport) -> None:
        """Unspent grant returned after the agreement's date is an error at the return."""
        late = attrs.evolve(krakow_report, returned_on=dt.date(2024, 11, 20))

        assert paths(late, "WSP-TRP-005") == ["$.returned_on"]

    def test_unspent_never_returned(self, krakow_report: TaskReport) -> None:
        """No return by a report submitted after the return date is an error too."""
        missing = attrs.evolve(krakow_report, returned_on=None)

        assert paths(missing, "WSP-TRP-005") == ["$.returned_on"]

    def test_financing_must_match_costs(self, krakow_report: TaskReport) -> None:
        """Financing that does not cover the costs incurred is an error at the financing."""
        lines = list(krakow_report.cost_lines)
        lines[0] = attrs.evolve(lines[0], spent=Decimal("9600.50"))

        broken = attrs.evolve(krakow_report, cost_lines=tuple(lines))

        assert paths(broken, "WSP-TRP-006") == ["$.financing"]

    def test_unspent_arithmetic(self, krakow_report: TaskReport) -> None:
        """An unspent amount other than grant less grant used is a warning at it."""
        broken = attrs.evolve(krakow_report, unspent=Decimal("300.00"))

        assert paths(broken, "WSP-TRP-007") == ["$.unspent"]

    def test_executed_lines_may_be_new(self) -> None:
        """A line not in the calculation (no planned amount) is not held to the shift."""
        report = TaskReport(
            title="Zadanie",
            period=Period(start=dt.date(2024, 1, 1), end=dt.date(2024, 3, 31)),
            permitted_shift=Decimal(10),
            cost_lines=(ExecutedCostLine(group="actions", name="nowa", spent=Decimal(100)),),
        )

        assert not findings(report, "WSP-TRP-003")


class TestChain:
    """WSP-TRP-008: a report against its agreement, when a dossier holds both."""

    def test_matching_chain(self, krakow_report: TaskReport) -> None:
        """The Kraków offer, agreement and report agree, so the dossier has no such finding."""
        agreement = _load("krakow-2024-agreement.json")
        dossier = wspolpraca.Dossier.of([_load("krakow-2024-offer.json"), agreement, krakow_report])

        assert not findings(dossier, "WSP-TRP-008")

    def test_report_copies_the_agreement_wrongly(self, krakow_report: TaskReport) -> None:
        """A report whose grant and return date differ from its agreement's is warned at each."""
        agreement = _load("krakow-2024-agreement.json")
        wrong = attrs.evolve(
            krakow_report, grant=Decimal("25000.00"), return_due_on=dt.date(2024, 11, 30)
        )

        found = findings(wspolpraca.Dossier.of([agreement, wrong]), "WSP-TRP-008")

        assert [f.jsonpath for f in found] == [
            "$.documents[1].grant",
            "$.documents[1].return_due_on",
        ]
        assert {f.severity for f in found} == {Severity.WARNING}
        assert "SP-II/2024/U/017" in found[0].message("en")

    def test_other_agreements_are_not_compared(self, krakow_report: TaskReport) -> None:
        """A report naming another agreement is not compared with the one in the dossier."""
        agreement = attrs.evolve(_load("krakow-2024-agreement.json"), number="INNA/1")

        assert not findings(wspolpraca.Dossier.of([agreement, krakow_report]), "WSP-TRP-008")


def test_findings_describe_in_both_languages(krakow_offer: TaskOffer) -> None:
    """Every paperwork finding renders in Polish and English without a missing parameter."""
    broken = attrs.evolve(
        _line(krakow_offer, 0, total=Decimal("1.00")),
        form="2010",
        actions=(
            Action(name="X", period=Period(start=dt.date(2023, 1, 1), end=dt.date(2023, 1, 2))),
        ),
    )

    result = check(broken)

    assert result.codes >= {"WSP-OFR-001", "WSP-OFR-003", "WSP-OFR-008", "WSP-OFR-013"}
    for finding in result:
        assert "{" not in finding.describe("pl")
        assert "{" not in finding.describe("en")


def test_loaded_and_built_offers_are_judged_alike(krakow_offer: TaskOffer) -> None:
    """An offer made in Python is judged like the same offer loaded from JSON."""
    built = TaskOffer(
        addressee=krakow_offer.addressee,
        title=krakow_offer.title,
        period=krakow_offer.period,
        bidders=krakow_offer.bidders,
        competition=CompetitionTerms(announced_on=dt.date(2023, 12, 12)),
        results=(PlannedResult(name="x"),),
    )
    loaded = wspolpraca.loads(json.dumps(wspolpraca.unstructure(built)))

    assert check(built).codes == check(loaded).codes == {"WSP-OFR-010"}


class TestStatutoryReturn:
    """WSP-TRP-009: unspent grant returned by art. 251 of the public finance act."""

    @staticmethod
    def _without_deadline(report: TaskReport, returned_on: dt.date | None) -> TaskReport:
        return attrs.evolve(report, return_due_on=None, returned_on=returned_on)

    def test_returned_within_15_days_passes(self, krakow_report: TaskReport) -> None:
        """Returned on 15 November, 15 days after the task ended on 31 October: no finding."""
        report = self._without_deadline(krakow_report, dt.date(2024, 11, 15))

        assert "WSP-TRP-009" not in check(report).codes

    def test_returned_on_the_16th_day_is_a_warning(self, krakow_report: TaskReport) -> None:
        """Returned on 16 November is reported at the return date, with its deadline."""
        report = self._without_deadline(krakow_report, dt.date(2024, 11, 16))
        found = findings(report, "WSP-TRP-009")

        assert [f.jsonpath for f in found] == ["$.returned_on"]
        assert found[0].severity is Severity.WARNING
        assert found[0].params["due_on"] == dt.date(2024, 11, 15)
        assert "2024-11-15" in found[0].describe("en")

    def test_not_returned_by_the_report_is_a_warning(self, krakow_report: TaskReport) -> None:
        """No return recorded in a report submitted after the deadline is reported."""
        report = self._without_deadline(krakow_report, None)

        assert paths(report, "WSP-TRP-009") == ["$.returned_on"]

    def test_year_end_term_runs_to_31_january(self, krakow_report: TaskReport) -> None:
        """A task ending on 31 December may return its grant until 31 January."""
        period = Period(start=dt.date(2024, 2, 1), end=dt.date(2024, 12, 31))
        base = attrs.evolve(krakow_report, period=period, submitted_on=dt.date(2025, 1, 20))

        on_time = self._without_deadline(base, dt.date(2025, 1, 31))
        late = self._without_deadline(base, dt.date(2025, 2, 1))

        assert "WSP-TRP-009" not in check(on_time).codes
        assert "WSP-TRP-009" in check(late).codes

    def test_agreement_deadline_leaves_it_to_trp_005(self, krakow_report: TaskReport) -> None:
        """When the report states the agreement's deadline, only WSP-TRP-005 judges it."""
        report = attrs.evolve(krakow_report, returned_on=dt.date(2024, 11, 20))

        assert "WSP-TRP-009" not in check(report).codes
        assert "WSP-TRP-005" in check(report).codes

    def test_before_the_public_finance_act_nothing_is_judged(
        self, krakow_report: TaskReport
    ) -> None:
        """A task ending in 2009, before the act of 27 August 2009 applied, is not judged."""
        period = Period(start=dt.date(2009, 2, 1), end=dt.date(2009, 10, 31))
        report = attrs.evolve(
            self._without_deadline(krakow_report, dt.date(2009, 12, 1)),
            period=period,
            submitted_on=dt.date(2009, 11, 20),
            due_on=None,
        )

        assert "WSP-TRP-009" not in check(report).codes

    def test_parameter_is_dated_and_secondary(self) -> None:
        """The 15 days are a dated parameter from 2010, of secondary confidence."""
        value = RETURN_DAYS.on(dt.date(2024, 11, 1))

        assert RETURN_DAYS in PARAMETERS
        assert value is not None
        assert value.value == 15
        assert value.confidence is Confidence.SECONDARY
        assert RETURN_DAYS.on(dt.date(2009, 12, 31)) is None
