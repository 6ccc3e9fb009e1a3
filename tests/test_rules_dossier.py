"""The WSP-DOS rules: duties that connect a unit's documents, each failing and passing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TypeVar

import attrs
import pytest

import wspolpraca
from wspolpraca import (
    Agreement,
    AnnualProgramme,
    ConsultationReport,
    ConsultationRound,
    Council,
    Dossier,
    OpenCompetition,
    Organisation,
    Period,
    SmallGrantRegister,
)
from wspolpraca.rules import Severity

from .conftest import ROOT

DOSSIER = ROOT / "examples" / "dossier-krakow-2021"

T = TypeVar("T")


@attrs.frozen
class Parts:
    """The documents of the Kraków 2021 dossier the rules connect."""

    programme: AnnualProgramme
    round: ConsultationRound
    council: Council
    competition: OpenCompetition


@pytest.fixture
def parts() -> Parts:
    """The Kraków 2021 dossier's programme, consultation round, council and competition."""
    documents = wspolpraca.load_dossier(DOSSIER).documents

    def one(kind: type[T]) -> T:
        return next(doc for doc in documents if isinstance(doc, kind))

    return Parts(
        programme=one(AnnualProgramme),
        round=one(ConsultationRound),
        council=one(Council),
        competition=one(OpenCompetition),
    )


def _findings(*documents: object, code: str) -> list[tuple[str, str, Severity]]:
    result = wspolpraca.check(Dossier.of(documents), select=[code])
    return [(f.code, f.jsonpath, f.severity) for f in result]


def _adopted(programme: AnnualProgramme, day: dt.date) -> AnnualProgramme:
    assert programme.resolution is not None
    return attrs.evolve(programme, resolution=attrs.evolve(programme.resolution, adopted_on=day))


def _round(parts: Parts, start: dt.date, end: dt.date) -> ConsultationRound:
    return attrs.evolve(parts.round, window=Period(start=start, end=end))


def _council(parts: Parts, received_on: dt.date, given_on: dt.date | None) -> Council:
    """The council with its one opinion received and given on other days."""
    council = parts.council
    opinion = attrs.evolve(council.opinions[0], received_on=received_on, given_on=given_on)
    return attrs.evolve(council, opinions=(opinion,))


class TestConsultation:
    """WSP-DOS-001 and 002: a programme is adopted after its draft's consultation closes."""

    def test_consulted_programme_passes(self, parts: Parts) -> None:
        """The programme with its round, closed before the adoption, has no finding."""
        assert _findings(parts.programme, parts.round, code="WSP-DOS-00") == []

    def test_programme_without_round_is_a_warning_at_its_resolution(self, parts: Parts) -> None:
        """A programme with no round of its draft in the dossier: a warning at the resolution."""
        assert _findings(parts.programme, code="WSP-DOS-001") == [
            ("WSP-DOS-001", "$.documents[0].resolution", Severity.WARNING)
        ]

    def test_round_of_another_year_does_not_count(self, parts: Parts) -> None:
        """A round on the draft for another year does not consult this programme."""
        round_ = parts.round
        other = attrs.evolve(
            round_, draft=attrs.evolve(round_.draft, title="Projekt programu na rok 2022")
        )

        assert _findings(parts.programme, other, code="WSP-DOS-001") != []

    def test_round_opened_after_adoption_does_not_count(self, parts: Parts) -> None:
        """A round that opens after the adoption (of an amendment, say) is not this one's."""
        later = _round(parts, dt.date(2021, 3, 1), dt.date(2021, 3, 21))

        assert _findings(parts.programme, later, code="WSP-DOS-001") != []
        assert _findings(parts.programme, later, code="WSP-DOS-002") == []

    def test_programme_before_2010_is_not_judged(self, parts: Parts) -> None:
        """A programme adopted before art. 5a came into force (12 March 2010) is not judged."""
        old = attrs.evolve(_adopted(parts.programme, dt.date(2009, 11, 20)), year=2010, period=None)

        assert _findings(old, code="WSP-DOS-00") == []

    def test_adopted_on_the_last_day_of_the_window_is_an_error(self, parts: Parts) -> None:
        """A programme adopted on the day its consultation closes breaks art. 5a ust. 1."""
        open_round = _round(parts, dt.date(2020, 10, 2), dt.date(2020, 11, 25))

        assert _findings(parts.programme, open_round, code="WSP-DOS-002") == [
            ("WSP-DOS-002", "$.documents[0].resolution.adopted_on", Severity.ERROR)
        ]

    def test_adopted_the_day_after_the_window_passes(self, parts: Parts) -> None:
        """A programme adopted the day after the window closes was adopted after it."""
        closed = _round(parts, dt.date(2020, 10, 2), dt.date(2020, 11, 24))

        assert _findings(parts.programme, closed, code="WSP-DOS-002") == []

    def test_round_recording_its_act_is_left_to_the_round_rule(self, parts: Parts) -> None:
        """When the round records the adopted act, WSP-CNS-005 judges it, not the dossier."""
        open_round = _round(parts, dt.date(2020, 10, 2), dt.date(2020, 11, 25))
        programme = parts.programme
        assert programme.resolution is not None
        recorded = attrs.evolve(open_round, report=ConsultationReport(act=programme.resolution))

        assert _findings(programme, recorded, code="WSP-DOS-002") == []
        assert "WSP-CNS-005" in wspolpraca.check(recorded).codes


class TestCouncil:
    """WSP-DOS-003 and 004: the draft goes to an existing council, which has its 14 days."""

    def test_opinion_on_the_draft_passes(self, parts: Parts) -> None:
        """The example's council gave its opinion before the adoption: no finding."""
        documents = (parts.programme, parts.round, parts.council)

        assert _findings(*documents, code="WSP-DOS-00") == []

    def test_council_without_opinion_is_a_warning_at_its_opinions(self, parts: Parts) -> None:
        """An existing council whose record shows no opinion on the draft: a warning."""
        council = attrs.evolve(parts.council, opinions=())

        assert _findings(parts.programme, council, code="WSP-DOS-003") == [
            ("WSP-DOS-003", "$.documents[1].opinions", Severity.WARNING)
        ]

    def test_council_not_yet_existing_is_not_asked(self, parts: Parts) -> None:
        """A council whose terms all start after the adoption did not exist then."""
        council = parts.council
        later = attrs.evolve(
            council,
            opinions=(),
            terms=tuple(t for t in council.terms if t.start > dt.date(2021, 1, 1)),
        )

        assert _findings(parts.programme, later, code="WSP-DOS-003") == []

    def test_non_statutory_council_is_not_asked(self, parts: Parts) -> None:
        """A body that is not a statutory council has no right to opine the draft."""
        council = attrs.evolve(parts.council, opinions=(), statutory=False)

        assert _findings(parts.programme, council, code="WSP-DOS-003") == []

    def test_adopted_on_the_last_day_of_the_term_is_an_error(self, parts: Parts) -> None:
        """Received 11 November, the 14 days run to 25 November: adopting then is too early."""
        council = _council(parts, received_on=dt.date(2020, 11, 11), given_on=None)

        assert _findings(parts.programme, council, code="WSP-DOS-004") == [
            ("WSP-DOS-004", "$.documents[0].resolution.adopted_on", Severity.ERROR)
        ]

    def test_adopted_after_the_term_passes(self, parts: Parts) -> None:
        """Received 10 November, the term ends on 24 November: adopting on 25 November is on time."""
        council = _council(parts, received_on=dt.date(2020, 11, 10), given_on=None)

        assert _findings(parts.programme, council, code="WSP-DOS-004") == []

    def test_opinion_given_before_adoption_closes_the_term(self, parts: Parts) -> None:
        """An opinion given before the adoption leaves nothing to wait for."""
        council = _council(parts, received_on=dt.date(2020, 11, 20), given_on=dt.date(2020, 11, 24))

        assert _findings(parts.programme, council, code="WSP-DOS-004") == []

    def test_opinion_given_after_adoption_is_an_error(self, parts: Parts) -> None:
        """An opinion given after the adoption, within the term, came too late to be heard."""
        council = _council(parts, received_on=dt.date(2020, 11, 20), given_on=dt.date(2020, 11, 30))

        assert [f[0] for f in _findings(parts.programme, council, code="WSP-DOS-004")] == [
            "WSP-DOS-004"
        ]

    def test_term_is_read_from_the_parameter(self, parts: Parts) -> None:
        """The finding names the 14 days and the last day of the term."""
        council = _council(parts, received_on=dt.date(2020, 11, 11), given_on=None)

        finding = next(
            iter(wspolpraca.check(Dossier.of([parts.programme, council]), select=["WSP-DOS-004"]))
        )

        assert finding.params["days"] == 14
        assert finding.params["last_day"] == dt.date(2020, 11, 25)


class TestCompetition:
    """WSP-DOS-005: a competition is for a task the year's programme lists."""

    def test_task_in_the_programme_passes(self, parts: Parts) -> None:
        """The example's competition is in sphere 16, a priority task of the programme."""
        assert _findings(parts.programme, parts.competition, code="WSP-DOS-005") == []

    def test_task_outside_the_programme_is_a_warning_at_the_task(self, parts: Parts) -> None:
        """A competition in a sphere and with a title the programme does not list: a warning."""
        outside = attrs.evolve(
            parts.competition,
            sphere="5",
            title="Otwarty konkurs ofert na działalność na rzecz mniejszości narodowych",
            task="Wsparcie mniejszości narodowych",
        )

        assert _findings(parts.programme, outside, code="WSP-DOS-005") == [
            ("WSP-DOS-005", "$.documents[1].task", Severity.WARNING)
        ]

    def test_title_match_without_sphere_passes(self, parts: Parts) -> None:
        """A competition without a sphere whose task is a programme task's title is listed."""
        listed = attrs.evolve(parts.competition, sphere=None, task="Aktywizacja osób starszych")

        assert _findings(parts.programme, listed, code="WSP-DOS-005") == []

    def test_without_the_year_programme_nothing_is_judged(self, parts: Parts) -> None:
        """With no programme for the competition's year in the dossier, nothing is said."""
        outside = attrs.evolve(parts.competition, sphere="5", task="Inne zadanie")
        other_year = attrs.evolve(parts.programme, year=2019, period=None)

        assert _findings(other_year, outside, code="WSP-DOS-005") == []


def _agreement(organisation: Organisation, signed_on: dt.date) -> Agreement:
    unit = wspolpraca.Unit(
        name="Gmina Miejska Kraków", teryt="1261011", level="city_with_county_rights"
    )
    return Agreement(
        unit=unit,
        organisation=organisation,
        task_title="Organizacja wydarzeń kulturalnych",
        mode="support",
        signed_on=signed_on,
        period=Period(start=dt.date(2021, 4, 1), end=dt.date(2021, 11, 30)),
        grant=Decimal("110000.00"),
    )


class TestAgreement:
    """WSP-DOS-006: an agreement follows a competition result or a small grant."""

    def test_agreement_with_an_awarded_offer_passes(self, parts: Parts) -> None:
        """An agreement with an organisation awarded in a decided competition is backed."""
        competition = parts.competition
        agreement = _agreement(competition.offers[0].organisation, dt.date(2021, 3, 20))

        assert _findings(competition, agreement, code="WSP-DOS-006") == []

    def test_agreement_signed_before_the_result_is_a_warning(self, parts: Parts) -> None:
        """An agreement signed before the competition was decided has no result behind it."""
        competition = parts.competition
        agreement = _agreement(competition.offers[0].organisation, dt.date(2021, 3, 1))

        assert _findings(competition, agreement, code="WSP-DOS-006") == [
            ("WSP-DOS-006", "$.documents[1].organisation", Severity.WARNING)
        ]

    def test_agreement_with_a_stranger_is_a_warning(self, parts: Parts) -> None:
        """An agreement with an organisation no result or small grant names: a warning."""
        stranger = Organisation(name="Fundacja Nieznana", legal_form="fundacja")

        assert _findings(
            parts.competition, _agreement(stranger, dt.date(2021, 3, 20)), code="WSP-DOS-006"
        ) == [("WSP-DOS-006", "$.documents[1].organisation", Severity.WARNING)]

    def test_agreement_after_a_small_grant_passes(self) -> None:
        """An agreement matching a small grant's organisation and date is backed."""
        register = wspolpraca.load_file(
            ROOT / "examples" / "krakow-2026-small-grants.json", SmallGrantRegister
        )
        grant = register.grants[0]
        assert grant.agreement_signed_on is not None
        agreement = _agreement(grant.organisation, grant.agreement_signed_on)

        assert _findings(register, agreement, code="WSP-DOS-006") == []


def test_report_on_a_year_without_programme_is_the_history_rule(
    parts: Parts,
) -> None:
    """A dossier is a history: a report on a year with no programme is WSP-HST-006."""
    report = wspolpraca.load_file(DOSSIER / "report-2021.json", wspolpraca.ImplementationReport)
    later = attrs.evolve(report, year=2022, submitted_on=None, published_on=None)

    assert _findings(parts.programme, later, code="WSP-HST-006") == [
        ("WSP-HST-006", "$.documents[1].year", Severity.WARNING)
    ]


def test_every_dossier_rule_has_dates_basis_and_both_languages() -> None:
    """Each WSP-DOS rule is in force from a date, cites the act, and speaks Polish and English."""
    rules = [rule for rule in wspolpraca.CATALOGUE if rule.code.startswith("WSP-DOS")]

    assert [rule.code for rule in rules] == [f"WSP-DOS-{n:03d}" for n in range(1, 7)]
    for rule in rules:
        assert rule.valid_from is not None
        assert rule.basis
        assert rule.applies_to is Dossier
        assert all(text.pl and text.en for text in (rule.title, rule.message, rule.description))


def test_draft_programme_is_not_judged(parts: Parts) -> None:
    """Only adopted programmes are judged: a draft (no resolution) gives no finding."""
    draft = attrs.evolve(parts.programme, resolution=None)

    assert _findings(draft, code="WSP-DOS-00") == []
