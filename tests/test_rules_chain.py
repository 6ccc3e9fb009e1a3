"""Rules WSP-CHN-*: the offer → agreement → report chain in a dossier, and the announcement."""

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
    AchievedResult,
    Agreement,
    Announcement,
    CompetitionTerms,
    CostLine,
    Dossier,
    OpenCompetition,
    Organisation,
    Period,
    Results,
    TaskOffer,
    TaskReport,
)
from wspolpraca.rules import Severity, check, reference_date
from wspolpraca.rules.chain import RULES, key

from .conftest import ROOT

EXAMPLES = ROOT / "examples"
ANNOUNCED = "Zarządzenie nr 0000/2023 Prezydenta Miasta Krakowa"


def _load(name: str) -> Any:
    return wspolpraca.load_file(EXAMPLES / name)


@attrs.frozen
class Chain:
    """The Kraków 2024 offer, agreement and final report, linked by number and reference."""

    offer: TaskOffer
    agreement: Agreement
    report: TaskReport

    def dossier(self, *more: object, **changes: Any) -> Dossier:
        """The dossier of the chain (its documents replaced by *changes*) and *more*."""
        parts = attrs.evolve(self, **changes)
        return Dossier.of([parts.offer, parts.agreement, parts.report, *more])


@pytest.fixture
def chain() -> Chain:
    """The Kraków 2024 chain, which breaks no WSP-CHN rule."""
    return Chain(
        offer=_load("krakow-2024-offer.json"),
        agreement=_load("krakow-2024-agreement.json"),
        report=_load("krakow-2024-task-report.json"),
    )


def _competition(chain: Chain, **announced: Any) -> OpenCompetition:
    """Kraków's competition announced by the chain's reference, with the chain's award."""
    agreement = chain.agreement
    return OpenCompetition(
        unit=agreement.unit,
        title="Otwarty konkurs ofert – sport 2024",
        task="nauka pływania",
        mode="support",
        announcement=Announcement(
            announced_on=dt.date(2023, 12, 12),
            reference=ANNOUNCED,
            offer_deadline=dt.date(2024, 1, 5),
            **announced,
        ),
        offers=(
            wspolpraca.Offer(
                organisation=agreement.organisation,
                requested_amount=agreement.grant,
                awarded_amount=agreement.grant,
            ),
        ),
        results=Results(decided_on=dt.date(2024, 1, 20)),
    )


def _terms(offer: TaskOffer, **changes: Any) -> CompetitionTerms:
    """The offer's competition terms with *changes*."""
    assert offer.competition is not None
    return attrs.evolve(offer.competition, **changes)


def codes(obj: object, prefix: str = "WSP-CHN") -> list[str]:
    """The codes of *obj*'s findings that start with *prefix*, in order."""
    return [finding.code for finding in check(obj) if finding.code.startswith(prefix)]


def where(obj: object, code: str) -> list[str]:
    """The JSON paths of rule *code*'s findings for *obj*."""
    return [finding.jsonpath for finding in check(obj) if finding.code == code]


class TestCatalogue:
    """The chain rules' codes, severities and texts."""

    def test_codes_are_new_and_numbered(self) -> None:
        """The family holds WSP-CHN-001 to WSP-CHN-011, all in the catalogue."""
        catalogue = {rule.code for rule in wspolpraca.CATALOGUE}

        assert [rule.code for rule in RULES] == [f"WSP-CHN-{n:03d}" for n in range(1, 12)]
        assert {rule.code for rule in RULES} <= catalogue

    def test_no_rule_is_an_error(self) -> None:
        """Every link may be explained by a document outside the dossier: warnings, one info."""
        severities = {rule.code: rule.severity for rule in RULES}

        assert severities.pop("WSP-CHN-007") is Severity.INFO
        assert set(severities.values()) == {Severity.WARNING}

    def test_every_rule_is_dated_and_bilingual(self) -> None:
        """Each rule has an in-force date, a basis and both languages."""
        for rule in RULES:
            assert rule.valid_from is not None
            assert rule.basis
            assert rule.message.pl
            assert rule.message.en
            assert rule.description.pl
            assert rule.description.en


class TestKrakowChain:
    """The Kraków example chain."""

    def test_chain_is_clean(self, chain: Chain) -> None:
        """The linked offer, agreement and report give no chain finding."""
        assert codes(chain.dossier()) == []

    def test_documents_still_check_on_their_own(self, chain: Chain) -> None:
        """Each document of the chain checks clean by itself."""
        for document in (chain.offer, chain.agreement, chain.report):
            assert check(document).ok

    def test_keys_ignore_case_and_spacing(self) -> None:
        """Identifiers are compared without case and runs of white space."""
        assert key("  SP-II/2024/u/017 ") == key("sp-ii/2024/U/017")
        assert key("Nr  12") == key("nr 12")
        assert key("   ") is None
        assert key(None) is None

    def test_links_match_despite_spelling(self, chain: Chain) -> None:
        """An agreement naming its offer in other case still links (CHN-001 fires)."""
        agreement = attrs.evolve(
            chain.agreement,
            offer_number="sp-ii/2024/017",
            grant=Decimal("25000.00"),
            awarded_amount=None,
            tranches=(),
        )

        assert "WSP-CHN-001" in codes(chain.dossier(agreement=agreement))


class TestOneWayOfLinking:
    """WSP-TRP-008 links a report to its agreement as the chain rules do."""

    def test_report_naming_its_agreement_in_other_case_is_compared(self, chain: Chain) -> None:
        """A report naming the agreement in lower case and spaced out is still compared."""
        number = chain.agreement.number or ""
        report = attrs.evolve(
            chain.report,
            agreement_number=f"  {number.lower()} ",
            grant=(chain.report.grant or Decimal(0)) + Decimal("0.01"),
        )

        assert where(chain.dossier(report=report), "WSP-TRP-008") == ["$.documents[2].grant"]


class TestGrantWithinRequest:
    """WSP-CHN-001: the agreement grants no more than the offer requested."""

    def test_grant_above_the_request_is_a_warning_at_the_grant(self, chain: Chain) -> None:
        """24,300.01 zł against the 24,300 zł requested is reported at the agreement's grant."""
        agreement = attrs.evolve(
            chain.agreement, grant=Decimal("24300.01"), awarded_amount=None, tranches=()
        )
        dossier = chain.dossier(agreement=agreement)

        assert where(dossier, "WSP-CHN-001") == ["$.documents[1].grant"]
        found = next(f for f in check(dossier) if f.code == "WSP-CHN-001")
        assert found.params["requested"] == Decimal("24300.00")
        assert "SP-II/2024/017" in dossier.describe(found, "pl")

    def test_updated_calculation_stands_in_for_the_offer(self, chain: Chain) -> None:
        """With an updated calculation, a grant above the request is not judged."""
        line = CostLine(group="actions", name="wynajem pływalni", total=Decimal("25000.00"))
        agreement = attrs.evolve(
            chain.agreement,
            grant=Decimal("25000.00"),
            awarded_amount=None,
            tranches=(),
            cost_lines=(line,),
        )

        assert "WSP-CHN-001" not in codes(chain.dossier(agreement=agreement))

    def test_offer_outside_the_dossier_is_not_judged(self, chain: Chain) -> None:
        """Without the named offer the grant is not compared."""
        agreement = attrs.evolve(
            chain.agreement, grant=Decimal("99999.00"), awarded_amount=None, tranches=()
        )

        assert "WSP-CHN-001" not in codes(Dossier.of([agreement]))


class TestCalculationMatchesOffer:
    """WSP-CHN-002: the agreement's calculation and own contribution are the offer's."""

    def test_own_contribution_other_than_offered_is_a_warning(self, chain: Chain) -> None:
        """9,000 zł against the 9,900 zł offered is reported at the own contribution."""
        agreement = attrs.evolve(chain.agreement, own_contribution=Decimal("9000.00"))

        assert where(chain.dossier(agreement=agreement), "WSP-CHN-002") == [
            "$.documents[1].own_contribution"
        ]

    def test_updated_line_not_in_the_offer_is_a_warning(self, chain: Chain) -> None:
        """A line of the updated calculation absent from the offer is reported at the line."""
        offered = chain.offer.cost_lines[0]
        lines = (
            attrs.evolve(offered, total=offered.total - 100, quantity=None, unit_cost=None),
            CostLine(group="actions", name="catering", number="I.9", total=Decimal(100)),
        )
        agreement = attrs.evolve(chain.agreement, cost_lines=lines)

        assert where(chain.dossier(agreement=agreement), "WSP-CHN-002") == [
            "$.documents[1].cost_lines[1]"
        ]

    def test_updated_lines_matched_by_name_pass(self, chain: Chain) -> None:
        """Unnumbered lines of the updated calculation match the offer's by name."""
        lines = tuple(
            attrs.evolve(line, number=None, name=line.name.upper())
            for line in chain.offer.cost_lines
        )
        agreement = attrs.evolve(chain.agreement, cost_lines=lines)

        assert "WSP-CHN-002" not in codes(chain.dossier(agreement=agreement))


class TestPlannedCosts:
    """WSP-CHN-003: the report's planned costs are the calculation's."""

    def test_planned_cost_other_than_the_offer_is_a_warning(self, chain: Chain) -> None:
        """A planned cost one grosz off the offer's line is reported at the report's line."""
        first, *rest = chain.report.cost_lines
        report = attrs.evolve(
            chain.report,
            cost_lines=(attrs.evolve(first, planned=(first.planned or 0) + Decimal("0.01")), *rest),
        )

        assert where(chain.dossier(report=report), "WSP-CHN-003") == [
            "$.documents[2].cost_lines[0].planned"
        ]

    def test_lines_numbered_within_their_group_are_paired_by_group(self, chain: Chain) -> None:
        """Numbers restarting in each cost group ("1" under actions and under administrative
        costs) pair each report line with the offer's line of its own group: no finding."""

        def renumbered(lines: tuple[Any, ...]) -> tuple[Any, ...]:
            return tuple(
                attrs.evolve(line, number=(line.number or "").rsplit(".", 1)[-1]) for line in lines
            )

        offer = attrs.evolve(chain.offer, cost_lines=renumbered(chain.offer.cost_lines))
        report = attrs.evolve(chain.report, cost_lines=renumbered(chain.report.cost_lines))
        groups = {line.group for line in offer.cost_lines}
        numbers = [line.number for line in offer.cost_lines]

        assert len(groups) > 1
        assert len(set(numbers)) < len(numbers)  # the same number in two groups
        assert where(chain.dossier(offer=offer, report=report), "WSP-CHN-003") == []

    def test_updated_calculation_is_the_reference(self, chain: Chain) -> None:
        """When the agreement carries an updated calculation, the report is read against it."""
        updated = tuple(
            attrs.evolve(line, total=line.total + 1, quantity=None, unit_cost=None)
            for line in chain.offer.cost_lines
        )
        agreement = attrs.evolve(chain.agreement, cost_lines=updated)

        assert len(where(chain.dossier(agreement=agreement), "WSP-CHN-003")) == len(
            chain.report.cost_lines
        )


class TestPlannedResults:
    """WSP-CHN-004: the report's planned results are the offer's."""

    def test_planned_level_other_than_the_offer_is_a_warning(self, chain: Chain) -> None:
        """A planned level of 50 against the offer's 60 is reported at the result."""
        first, *rest = chain.report.results
        report = attrs.evolve(
            chain.report, results=(attrs.evolve(first, planned_level=Decimal(50)), *rest)
        )

        assert where(chain.dossier(report=report), "WSP-CHN-004") == [
            "$.documents[2].results[0].planned_level"
        ]

    def test_result_the_offer_did_not_plan_is_not_judged(self, chain: Chain) -> None:
        """A result named differently from the offer's is not compared."""
        extra = AchievedResult(name="inny", planned_level=Decimal(1), achieved_level=Decimal(1))
        report = attrs.evolve(chain.report, results=(*chain.report.results, extra))

        assert "WSP-CHN-004" not in codes(chain.dossier(report=report))


class TestReportPeriod:
    """WSP-CHN-005: the report's period lies within the agreement's."""

    def test_period_beyond_the_agreement_is_a_warning(self, chain: Chain) -> None:
        """A report up to 30 November, past the agreement's 31 October, is reported."""
        period = Period(start=dt.date(2024, 2, 1), end=dt.date(2024, 11, 30))
        report = attrs.evolve(chain.report, period=period)

        assert where(chain.dossier(report=report), "WSP-CHN-005") == ["$.documents[2].period"]

    def test_partial_report_inside_passes(self, chain: Chain) -> None:
        """A partial report on the first half lies within the agreement."""
        period = Period(start=dt.date(2024, 2, 1), end=dt.date(2024, 6, 30))
        report = attrs.evolve(chain.report, period=period, final=False)

        assert "WSP-CHN-005" not in codes(chain.dossier(report=report))


class TestGrantWithinResults:
    """WSP-CHN-006: the agreement grants no more than the competition awarded."""

    def test_award_in_the_results_passes(self, chain: Chain) -> None:
        """The competition awarding the agreement's grant gives no finding."""
        assert codes(chain.dossier(_competition(chain))) == []

    def test_grant_above_the_award_is_a_warning(self, chain: Chain) -> None:
        """An award of 20,000 zł against the agreement's 24,300 zł is reported at the grant."""
        competition = _competition(chain)
        offer = attrs.evolve(competition.offers[0], awarded_amount=Decimal(20000))
        competition = attrs.evolve(competition, offers=(offer,))

        assert where(chain.dossier(competition), "WSP-CHN-006") == ["$.documents[1].grant"]

    def test_competition_without_results_is_not_judged(self, chain: Chain) -> None:
        """Before its results the competition awards nothing to compare with."""
        competition = attrs.evolve(_competition(chain), results=None)
        offer = attrs.evolve(competition.offers[0], awarded_amount=Decimal(1))
        competition = attrs.evolve(competition, offers=(offer,))

        assert "WSP-CHN-006" not in codes(chain.dossier(competition))


class TestDanglingLinks:
    """WSP-CHN-007: a link names a document the dossier does not hold."""

    def test_missing_agreement_is_information(self, chain: Chain) -> None:
        """A report naming another agreement is information at its agreement number."""
        report = attrs.evolve(chain.report, agreement_number="SP-II/2024/U/999")
        dossier = chain.dossier(report=report)
        found = [f for f in check(dossier) if f.code == "WSP-CHN-007"]

        assert [f.jsonpath for f in found] == ["$.documents[2].agreement_number"]
        assert found[0].severity is Severity.INFO
        assert "SP-II/2024/U/999" in dossier.describe(found[0], "en")

    def test_kind_absent_from_the_dossier_is_not_reported(self, chain: Chain) -> None:
        """A dossier with no offers does not report the agreement's offer number."""
        assert "WSP-CHN-007" not in codes(Dossier.of([chain.agreement, chain.report]))

    def test_offer_naming_another_competition_is_information(self, chain: Chain) -> None:
        """With a competition in the dossier, an offer naming another one is information."""
        terms = _terms(chain.offer, reference="Zarządzenie nr 1/2099")
        offer = attrs.evolve(chain.offer, competition=terms)

        assert "$.documents[0].competition.reference" in where(
            chain.dossier(_competition(chain), offer=offer), "WSP-CHN-007"
        )


class TestIdentifiersAgree:
    """WSP-CHN-011: the identifiers agree along the chain."""

    def test_report_naming_another_competition_is_a_warning(self, chain: Chain) -> None:
        """A report whose competition reference differs from its agreement's is reported."""
        report = attrs.evolve(chain.report, competition_reference="Zarządzenie nr 1/2099")

        assert where(chain.dossier(report=report), "WSP-CHN-011") == [
            "$.documents[2].competition_reference"
        ]

    def test_agreement_naming_another_competition_than_its_offer(self, chain: Chain) -> None:
        """An agreement whose competition differs from its offer's is reported."""
        agreement = attrs.evolve(chain.agreement, competition_reference="Zarządzenie nr 1/2099")
        report = attrs.evolve(chain.report, competition_reference=None)

        assert where(chain.dossier(agreement=agreement, report=report), "WSP-CHN-011") == [
            "$.documents[1].competition_reference"
        ]

    def test_report_naming_another_offer_is_a_warning(self, chain: Chain) -> None:
        """A report whose offer number differs from its agreement's is reported."""
        report = attrs.evolve(chain.report, offer_number="sp-ii/2024/018")
        found = [f for f in check(chain.dossier(report=report)) if f.code == "WSP-CHN-011"]

        assert [f.jsonpath for f in found] == ["$.documents[2].offer_number"]
        assert "sp-ii/2024/018" in found[0].describe("pl")

    def test_spelling_alone_is_no_disagreement(self, chain: Chain) -> None:
        """The same reference in other case and spacing agrees."""
        report = attrs.evolve(chain.report, competition_reference=ANNOUNCED.upper() + "  ")

        assert "WSP-CHN-011" not in codes(chain.dossier(report=report))


class TestCompetitionOffers:
    """WSP-CHN-008: a competition's offers against its announcement's minimum."""

    def test_offer_below_the_minimum_is_a_warning(self, chain: Chain) -> None:
        """An offer with 5 % own contribution under a 10 % minimum is reported at the offer."""
        competition = _competition(chain, min_own_contribution=Decimal(10))
        offer = attrs.evolve(
            competition.offers[0], requested_amount=Decimal(95), own_funds=Decimal(5)
        )
        competition = attrs.evolve(competition, offers=(offer,))
        found = [f for f in check(competition) if f.code == "WSP-CHN-008"]

        assert [f.jsonpath for f in found] == ["$.offers[0]"]
        assert "5%" in found[0].describe("en")

    def test_offer_at_the_minimum_passes(self, chain: Chain) -> None:
        """Exactly 10 % own contribution meets a 10 % minimum."""
        competition = _competition(chain, min_own_contribution=Decimal(10))
        offer = attrs.evolve(
            competition.offers[0], requested_amount=Decimal(90), own_funds=Decimal(10)
        )

        assert "WSP-CHN-008" not in codes(attrs.evolve(competition, offers=(offer,)))

    def test_offer_stating_no_contribution_is_not_judged(self, chain: Chain) -> None:
        """An offer record without any contribution amount gives no finding."""
        competition = _competition(chain, min_own_contribution=Decimal(10))

        assert "WSP-CHN-008" not in codes(competition)


class TestAnnouncementInTheDossier:
    """WSP-CHN-009 and WSP-CHN-010: an offer of the dossier against its announcement."""

    @staticmethod
    def _bare(chain: Chain) -> TaskOffer:
        """The chain's offer without the minimum and cap in its own terms."""
        terms = _terms(chain.offer, min_own_contribution=None, admin_cost_cap=None)
        return attrs.evolve(chain.offer, competition=terms)

    def test_minimum_of_the_announcement_is_applied(self, chain: Chain) -> None:
        """The offer's 28.95 % own contribution falls short of an announced 30 %."""
        competition = _competition(chain, min_own_contribution=Decimal(30))
        dossier = chain.dossier(competition, offer=self._bare(chain))

        assert where(dossier, "WSP-CHN-009") == ["$.documents[0].financing"]

    def test_cap_of_the_announcement_is_applied(self, chain: Chain) -> None:
        """The offer's administrative lines exceed an announced 1 % cap."""
        competition = _competition(chain, admin_cost_cap=Decimal(1))
        dossier = chain.dossier(competition, offer=self._bare(chain))

        assert where(dossier, "WSP-CHN-010") == ["$.documents[0].cost_lines"]

    def test_offer_stating_its_terms_is_left_to_the_offer_rules(self, chain: Chain) -> None:
        """An offer whose own terms state the minimum is judged by WSP-OFR-006 only."""
        terms = _terms(chain.offer, min_own_contribution=Decimal(50))
        offer = attrs.evolve(chain.offer, competition=terms)
        competition = _competition(chain, min_own_contribution=Decimal(50))

        assert "WSP-CHN-009" not in codes(chain.dossier(competition, offer=offer))
        assert "WSP-OFR-006" in codes(offer, "WSP-OFR")

    def test_offer_and_announcement_share_one_test(self, chain: Chain) -> None:
        """The same shortfall is found through the offer's terms and through the announcement."""
        terms = _terms(chain.offer, min_own_contribution=Decimal(30))
        by_terms = attrs.evolve(chain.offer, competition=terms)
        competition = _competition(chain, min_own_contribution=Decimal(30))
        by_announcement = chain.dossier(competition, offer=self._bare(chain))

        own_terms = next(f for f in check(by_terms) if f.code == "WSP-OFR-006")
        announced = next(f for f in check(by_announcement) if f.code == "WSP-CHN-009")
        assert own_terms.params["own"] == announced.params["own"]
        assert own_terms.params["share"] == announced.params["share"] == "28.95"


class TestDossierKinds:
    """The dossier's reference date and WSP-DOS-006 know the paperwork kinds."""

    def test_reference_date_counts_the_report(self, chain: Chain) -> None:
        """A report submitted on 25 November 2024 is the chain's latest date."""
        assert reference_date(chain.dossier()) == dt.date(2024, 11, 25)

    def test_reference_date_counts_the_offer(self, chain: Chain) -> None:
        """An offer alone is dated by its competition's announcement (the form's day)."""
        assert reference_date(Dossier.of([chain.offer])) == dt.date(2023, 12, 12)

    def test_reference_date_counts_the_agreement(self, chain: Chain) -> None:
        """An agreement alone is dated by its signing."""
        assert reference_date(Dossier.of([chain.agreement])) == dt.date(2024, 1, 29)

    def test_offer_without_a_unit_joins_a_dossier(self, chain: Chain) -> None:
        """An offer that records no unit mixes no units and loads into a dossier."""
        offer = attrs.evolve(chain.offer, unit=None)

        assert len(chain.dossier(offer=offer).documents) == 3

    def test_competition_named_by_the_agreement_backs_it(self, chain: Chain) -> None:
        """WSP-DOS-006 accepts the competition the agreement names by reference."""
        competition = attrs.evolve(_competition(chain), offers=())

        assert "WSP-DOS-006" in codes(chain.dossier(), "WSP-DOS")
        assert "WSP-DOS-006" not in codes(chain.dossier(competition), "WSP-DOS")

    def test_simplified_offer_named_by_the_agreement_backs_it(self) -> None:
        """WSP-DOS-006 accepts a small-grant offer the agreement names by number."""
        offer: TaskOffer = _load("krakow-2025-small-grant-offer.json")
        organisation = offer.bidders[0].organisation
        assert offer.submitted_on is not None
        agreement = Agreement(
            unit=wspolpraca.Unit(
                name="Gmina Miejska Kraków", teryt="1261011", level="city_with_county_rights"
            ),
            organisation=organisation,
            task_title=offer.title,
            mode="support",
            signed_on=offer.submitted_on + dt.timedelta(days=20),
            period=offer.period,
            grant=Decimal(1000),
            offer_number=offer.number,
        )
        other = attrs.evolve(agreement, offer_number="inna")

        assert "WSP-DOS-006" not in codes(Dossier.of([offer, agreement]), "WSP-DOS")
        assert "WSP-DOS-006" in codes(Dossier.of([offer, other]), "WSP-DOS")

    def test_report_alone_is_dated_by_its_submission(self, chain: Chain) -> None:
        """A report alone is dated by its submission."""
        assert reference_date(Dossier.of([chain.report])) == dt.date(2024, 11, 25)

    def test_budget_data_does_not_move_the_date(self, chain: Chain) -> None:
        """Budget data of a later year leaves the dossier's date at its documents'."""
        source = wspolpraca.DataSource(title="GUS BDL", reference="https://bdl.stat.gov.pl")
        population = wspolpraca.Population(
            unit=chain.agreement.unit, year=2030, residents=800_000, source=source
        )

        assert reference_date(Dossier.of([chain.agreement, population])) == dt.date(2024, 1, 29)


def test_organisation_match_unchanged_for_strangers(chain: Chain) -> None:
    """An award to another organisation leaves the agreement's grant uncompared."""
    competition = _competition(chain)
    stranger = attrs.evolve(
        competition.offers[0],
        organisation=Organisation(name="Klub Inny"),
        awarded_amount=Decimal(1),
    )
    competition = attrs.evolve(competition, offers=(stranger,))

    assert "WSP-CHN-006" not in codes(chain.dossier(competition))


def test_check_dossier_reports_the_chain(tmp_path: Path) -> None:
    """``check --dossier`` over the chain locates a chain finding in the report's file."""
    for name in ("krakow-2024-offer.json", "krakow-2024-agreement.json"):
        (tmp_path / name).write_text((EXAMPLES / name).read_text("utf-8"), "utf-8")
    report = json.loads((EXAMPLES / "krakow-2024-task-report.json").read_text("utf-8"))
    report["period"]["end"] = "2024-11-20"
    (tmp_path / "report.json").write_text(json.dumps(report, ensure_ascii=False), "utf-8")

    command = ("check", "--dossier", str(tmp_path), "--format", "json", "--lang", "en")
    done = subprocess.run(
        [sys.executable, "-m", "wspolpraca", *command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )

    findings = json.loads(done.stdout)["files"][-1]["findings"]
    chain = [f for f in findings if f["code"] == "WSP-CHN-005"]
    assert [(f["document"], f["document_path"]) for f in chain] == [
        (str(tmp_path / "report.json"), "$.period")
    ]
    assert done.returncode == 0, done.stderr
