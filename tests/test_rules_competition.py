"""The WSP-CMP rules: each fires when broken, stays quiet otherwise, and is dated."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import (
    Cancellation,
    Committee,
    CommitteeMember,
    Contribution,
    LocalInitiative,
    OpenCompetition,
    Organisation,
    Publication,
    RegrantedProject,
    Regranting,
)
from wspolpraca.law import Confidence
from wspolpraca.rules import CATALOGUE, PARAMETERS, Finding, Severity, check, reference_date
from wspolpraca.rules.competition import NOTICE_PERIOD, RETIRED

from .conftest import ROOT


@pytest.fixture
def competition() -> OpenCompetition:
    """The Kraków-style 2021 competition, which has no finding at all."""
    return wspolpraca.load_file(ROOT / "examples" / "krakow-2021-competition.json", OpenCompetition)


@pytest.fixture
def initiative() -> LocalInitiative:
    """The Kraków-style 2024 local initiative, which has no finding at all."""
    return wspolpraca.load_file(
        ROOT / "examples" / "krakow-2024-local-initiative.json", LocalInitiative
    )


def _found(document: object, code: str, **kwargs: Any) -> list[Finding]:
    return [finding for finding in check(document, **kwargs) if finding.code == code]


def _shift(competition: OpenCompetition, days: int) -> OpenCompetition:
    """The competition with its announcement, publications and deadline moved by *days*."""
    announcement = competition.announcement
    assert announcement is not None
    delta = dt.timedelta(days=days)
    return attrs.evolve(
        competition,
        announcement=attrs.evolve(
            announcement,
            announced_on=announcement.announced_on + delta,
            offer_deadline=announcement.offer_deadline + delta,
            publications=tuple(
                attrs.evolve(p, published_on=p.published_on + delta if p.published_on else None)
                for p in announcement.publications
            ),
        ),
    )


def _deadline(competition: OpenCompetition, day: dt.date) -> OpenCompetition:
    assert competition.announcement is not None
    return attrs.evolve(
        competition, announcement=attrs.evolve(competition.announcement, offer_deadline=day)
    )


def _committee(competition: OpenCompetition, **changes: Any) -> OpenCompetition:
    assert competition.committee is not None
    return attrs.evolve(competition, committee=attrs.evolve(competition.committee, **changes))


class TestExamples:
    """The examples are clean."""

    def test_competition_has_no_findings(self, competition: OpenCompetition) -> None:
        """The example competition breaks no rule and is judged by the law of its announcement."""
        result = check(competition)

        assert result.findings == ()
        assert result.on == dt.date(2021, 1, 12)

    def test_initiative_has_no_findings(self, initiative: LocalInitiative) -> None:
        """The example initiative breaks no rule and is judged by the law of its filing."""
        result = check(initiative)

        assert result.findings == ()
        assert result.on == dt.date(2024, 3, 4)

    def test_parameters_listed(self) -> None:
        """The family's parameters are in the catalogue's PARAMETERS."""
        assert NOTICE_PERIOD in PARAMETERS


class TestNoticePeriod:
    """WSP-CMP-001: offers due at least 21 days (30 before 12 March 2010) after the last publication."""

    def test_exactly_21_days_is_fine(self, competition: OpenCompetition) -> None:
        """A deadline 21 calendar days after the last publication (13 Jan → 3 Feb) is on time."""
        assert _found(competition, "WSP-CMP-001") == []

    def test_20_days_is_an_error(self, competition: OpenCompetition) -> None:
        """A deadline one day earlier is an error located at the deadline, naming the days."""
        short = _deadline(competition, dt.date(2021, 2, 2))

        [finding] = _found(short, "WSP-CMP-001")

        assert finding.severity is Severity.ERROR
        assert finding.jsonpath == "$.announcement.offer_deadline"
        assert finding.params["days"] == 20
        assert finding.confidence is Confidence.CONFIRMED
        assert finding.message("en") == (
            "the offer deadline 2021-02-02 is 20 days after the last publication (2021-01-13), "
            "expected at least 21 days"
        )

    def test_counts_from_the_last_statutory_publication(self, competition: OpenCompetition) -> None:
        """A later press notice does not move the start; a later BIP publication does."""
        announcement = competition.announcement
        assert announcement is not None
        press = Publication(channel="press", reference="Gazeta", published_on=dt.date(2021, 1, 20))
        late_bip = Publication(channel="bip", reference="BIP", published_on=dt.date(2021, 1, 14))

        with_press = attrs.evolve(
            competition,
            announcement=attrs.evolve(
                announcement, publications=(*announcement.publications, press)
            ),
        )
        with_late_bip = attrs.evolve(
            competition,
            announcement=attrs.evolve(
                announcement, publications=(*announcement.publications, late_bip)
            ),
        )

        assert _found(with_press, "WSP-CMP-001") == []
        assert [f.params["days"] for f in _found(with_late_bip, "WSP-CMP-001")] == [20]

    def test_undated_publications_count_from_the_announcement(
        self, competition: OpenCompetition
    ) -> None:
        """With no dated publication the period runs from the announcement date."""
        announcement = competition.announcement
        assert announcement is not None
        undated = tuple(attrs.evolve(p, published_on=None) for p in announcement.publications)
        competition = attrs.evolve(
            competition,
            announcement=attrs.evolve(
                announcement, publications=undated, offer_deadline=dt.date(2021, 2, 1)
            ),
        )

        [finding] = _found(competition, "WSP-CMP-001")

        assert finding.params["last"] == dt.date(2021, 1, 12)
        assert finding.params["days"] == 20

    def test_30_days_before_2010_amendment(self, competition: OpenCompetition) -> None:
        """Before 12 March 2010 the period was 30 days, and the finding says it is secondary."""
        old = _shift(competition, -(dt.date(2021, 1, 12) - dt.date(2009, 1, 12)).days)

        [finding] = _found(old, "WSP-CMP-001")

        assert finding.params["minimum"] == 30
        assert finding.confidence is Confidence.SECONDARY
        assert "[secondary source]" in finding.describe("en")

    def test_cut_over_date(self, competition: OpenCompetition) -> None:
        """The same 25-day period is short on 11 March 2010 and fine on 12 March 2010."""
        announcement = competition.announcement
        assert announcement is not None

        def published(day: dt.date) -> OpenCompetition:
            publications = tuple(
                attrs.evolve(p, published_on=day) for p in announcement.publications
            )
            return attrs.evolve(
                competition,
                announcement=attrs.evolve(
                    announcement,
                    announced_on=day,
                    publications=publications,
                    offer_deadline=day + dt.timedelta(days=25),
                ),
            )

        assert [
            f.params["minimum"] for f in _found(published(dt.date(2010, 3, 11)), "WSP-CMP-001")
        ] == [30]
        assert _found(published(dt.date(2010, 3, 12)), "WSP-CMP-001") == []
        assert NOTICE_PERIOD.on(dt.date(2010, 3, 11)).value == 30  # type: ignore[union-attr]
        assert NOTICE_PERIOD.on(dt.date(2010, 3, 12)).value == 21  # type: ignore[union-attr]


class TestAnnouncement:
    """WSP-CMP-002 (the seven items) and WSP-CMP-003 (the three channels)."""

    def test_missing_item(self, competition: OpenCompetition) -> None:
        """Each missing item of art. 13 ust. 2 is an error naming its point."""
        announcement = competition.announcement
        assert announcement is not None
        lacking = attrs.evolve(
            competition,
            announcement=attrs.evolve(announcement, items=announcement.items[:5]),
        )

        findings = _found(lacking, "WSP-CMP-002")

        assert [f.jsonpath for f in findings] == ["$.announcement.items"] * 2
        assert all(f.severity is Severity.ERROR for f in findings)
        assert "art. 13 ust. 2 pkt 7" in findings[1].message("pl")
        assert "procedure and criteria" in findings[0].message("en")

    def test_missing_channel(self, competition: OpenCompetition) -> None:
        """An announcement not on the notice board is an error naming the channel."""
        announcement = competition.announcement
        assert announcement is not None
        no_board = attrs.evolve(
            competition,
            announcement=attrs.evolve(
                announcement,
                publications=tuple(
                    p for p in announcement.publications if p.channel != "notice_board"
                ),
            ),
        )

        [finding] = _found(no_board, "WSP-CMP-003")

        assert finding.severity is Severity.ERROR
        assert finding.jsonpath == "$.announcement.publications"
        assert "notice board" in finding.message("en")

    def test_no_announcement_no_announcement_findings(self, competition: OpenCompetition) -> None:
        """A competition not yet announced has no announcement findings."""
        draft = attrs.evolve(competition, announcement=None)

        assert not check(draft, select=["WSP-CMP-001", "WSP-CMP-002", "WSP-CMP-003"]).findings
        assert reference_date(draft) == dt.date(2021, 1, 28)


class TestCommittee:
    """WSP-CMP-004 to WSP-CMP-006."""

    def test_no_committee_after_choice(self, competition: OpenCompetition) -> None:
        """Results without a committee are an error at the committee."""
        [finding] = _found(attrs.evolve(competition, committee=None), "WSP-CMP-004")

        assert finding.severity is Severity.ERROR
        assert finding.jsonpath == "$.committee"
        assert finding.params["offers"] == 3

    def test_no_committee_before_choice(self, competition: OpenCompetition) -> None:
        """A competition still collecting offers needs no committee yet."""
        pending = attrs.evolve(
            competition,
            committee=None,
            results=None,
            offers=tuple(attrs.evolve(o, awarded_amount=None) for o in competition.offers),
        )

        assert _found(pending, "WSP-CMP-004") == []

    @pytest.mark.parametrize(
        "nominator",
        [
            Organisation(name="Inna nazwa", krs="200001"),
            Organisation(name="  fundacja   KULTURY Podgórza "),
            Organisation(name="Inna nazwa", nip="676-123-45-65"),
        ],
    )
    def test_nominee_of_bidder(self, competition: OpenCompetition, nominator: Organisation) -> None:
        """A nominee of a bidder, matched by KRS, name or NIP, is a secondary-source warning."""
        assert competition.committee is not None
        members = list(competition.committee.members)
        members[2] = attrs.evolve(members[2], nominated_by=nominator)

        [finding] = _found(_committee(competition, members=tuple(members)), "WSP-CMP-005")

        assert finding.severity is Severity.WARNING
        assert finding.confidence is Confidence.SECONDARY
        assert finding.jsonpath == "$.committee.members[2].nominated_by"

    def test_nominee_of_non_bidder(self, competition: OpenCompetition) -> None:
        """Nominees of organisations that did not bid are fine."""
        assert _found(competition, "WSP-CMP-005") == []

    def test_no_ngo_member_without_reason(self, competition: OpenCompetition) -> None:
        """A committee with no NGO nominee and no recorded reason is an error."""
        assert competition.committee is not None
        officials = tuple(
            m for m in competition.committee.members if m.role == "executive_representative"
        )

        [finding] = _found(_committee(competition, members=officials), "WSP-CMP-006")

        assert finding.severity is Severity.ERROR
        assert finding.jsonpath == "$.committee.members"
        assert finding.params["members"] == 2

    def test_no_ngo_member_with_reason(self, competition: OpenCompetition) -> None:
        """A recorded reason (art. 15 ust. 2da) silences the finding, whatever the reason."""
        officials = (CommitteeMember(name="A", role="executive_representative"),)
        reasoned = _committee(
            competition,
            members=officials,
            no_ngo_reason="Żadna organizacja nie wskazała kandydata.",
        )
        blank_reason = _committee(competition, members=officials, no_ngo_reason="  ")

        assert _found(reasoned, "WSP-CMP-006") == []
        assert len(_found(blank_reason, "WSP-CMP-006")) == 1

    def test_empty_committee(self, competition: OpenCompetition) -> None:
        """A committee recorded without members has no NGO member either."""
        assert len(_found(attrs.evolve(competition, committee=Committee()), "WSP-CMP-006")) == 1


class TestOffers:
    """WSP-CMP-007 (own contribution in support) and WSP-CMP-008 (awards within funds)."""

    def test_support_offer_without_contribution(self, competition: OpenCompetition) -> None:
        """A support-mode offer with no own funds, in-kind or personal contribution warns."""
        offers = list(competition.offers)
        offers[2] = attrs.evolve(offers[2], in_kind_contribution=Decimal(0))
        bare = attrs.evolve(competition, offers=tuple(offers))

        [finding] = _found(bare, "WSP-CMP-007")

        assert finding.severity is Severity.WARNING
        assert finding.jsonpath == "$.offers[2]"
        assert "Fundacja Muzyczne Bronowice" in finding.message("pl")

    def test_entrustment_needs_no_contribution(self, competition: OpenCompetition) -> None:
        """In the entrustment mode an offer without contribution is fine."""
        offers = tuple(
            attrs.evolve(o, own_funds=None, in_kind_contribution=None, volunteer_contribution=None)
            for o in competition.offers
        )

        assert (
            _found(attrs.evolve(competition, offers=offers, mode="entrustment"), "WSP-CMP-007")
            == []
        )
        assert len(_found(attrs.evolve(competition, offers=offers), "WSP-CMP-007")) == 3

    def test_awards_over_funds(self, competition: OpenCompetition) -> None:
        """Awards above the funds announced warn, naming the excess; equal awards are fine."""
        over = attrs.evolve(competition, funds_offered=Decimal("204999.99"))
        equal = attrs.evolve(competition, funds_offered=Decimal(205000))

        [finding] = _found(over, "WSP-CMP-008")

        assert finding.severity is Severity.WARNING
        assert finding.params["excess"] == Decimal("0.01")
        assert finding.jsonpath == "$.funds_offered"
        assert _found(equal, "WSP-CMP-008") == []
        assert _found(attrs.evolve(competition, funds_offered=None), "WSP-CMP-008") == []


class TestCancellation:
    """WSP-CMP-009 and WSP-CMP-010 (art. 18a)."""

    def test_cancelled_without_statutory_reason(self, competition: OpenCompetition) -> None:
        """A cancellation with no art. 18a reason warns and quotes the stated one."""
        cancelled = attrs.evolve(
            competition,
            cancellation=Cancellation(
                cancelled_on=dt.date(2021, 2, 10), explanation="zmiany w budżecie"
            ),
        )

        [finding] = _found(cancelled, "WSP-CMP-009")

        assert finding.severity is Severity.WARNING
        assert finding.jsonpath == "$.cancellation.reason"
        assert "zmiany w budżecie" in finding.message("pl")

    def test_cancelled_with_statutory_reason(self, competition: OpenCompetition) -> None:
        """A cancellation for a reason of art. 18a is fine."""
        cancelled = attrs.evolve(
            competition,
            cancellation=Cancellation(
                cancelled_on=dt.date(2021, 2, 10), reason="no_compliant_offer"
            ),
        )

        assert _found(cancelled, "WSP-CMP-009") == []
        assert _found(cancelled, "WSP-CMP-010") == []

    def test_no_offers_reason_with_offers(self, competition: OpenCompetition) -> None:
        """'No offer submitted' contradicts recorded offers; without offers it is fine."""
        cancellation = Cancellation(cancelled_on=dt.date(2021, 2, 10), reason="no_offers")
        with_offers = attrs.evolve(competition, cancellation=cancellation)
        without = attrs.evolve(competition, cancellation=cancellation, offers=(), results=None)

        [finding] = _found(with_offers, "WSP-CMP-010")

        assert finding.params["offers"] == 3
        assert _found(without, "WSP-CMP-010") == []


class TestRegranting:
    """WSP-CMP-011 is retired: no source puts a 14-day transfer in art. 16a (issue 21)."""

    @staticmethod
    def _regranted(competition: OpenCompetition, signed: dt.date, delay: int) -> OpenCompetition:
        project = RegrantedProject(
            realizator=Organisation(name="Klub Sąsiedzki"),
            title="Warsztaty",
            amount=Decimal(5000),
            agreement_signed_on=signed,
            transferred_on=signed + dt.timedelta(days=delay),
        )
        return attrs.evolve(
            competition,
            regranting=Regranting(operator=Organisation(name="Operator"), projects=(project,)),
        )

    def test_late_transfer_is_not_judged(self, competition: OpenCompetition) -> None:
        """A transfer 30 days after the agreement is no finding: the 14 days have no basis."""
        assert _found(self._regranted(competition, dt.date(2021, 4, 1), 30), "WSP-CMP-011") == []

    def test_code_is_retired_not_reused(self) -> None:
        """The code is out of the catalogue and listed as retired with its reason."""
        assert "WSP-CMP-011" not in {rule.code for rule in CATALOGUE}
        assert "art. 16a" in RETIRED["WSP-CMP-011"]


class TestLocalInitiative:
    """WSP-CMP-012 to WSP-CMP-014, in force since 12 March 2010."""

    def test_no_contribution(self, initiative: LocalInitiative) -> None:
        """An application without residents' contribution warns."""
        [finding] = _found(attrs.evolve(initiative, contributions=()), "WSP-CMP-012")

        assert finding.severity is Severity.WARNING
        assert finding.jsonpath == "$.contributions"

    def test_contribution_of_any_kind(self, initiative: LocalInitiative) -> None:
        """Social work alone is a contribution."""
        work = attrs.evolve(initiative, contributions=(Contribution(kind="social_work"),))

        assert _found(work, "WSP-CMP-012") == []

    def test_rules_dated_from_2010(self, initiative: LocalInitiative) -> None:
        """The local initiative came with the 2010 amendment: no finding before 12 March 2010."""
        bare = attrs.evolve(
            initiative,
            contributions=(),
            criteria=None,
            area="plac zabaw",
            agreement_signed_on=None,
        )
        before = attrs.evolve(bare, filed_on=dt.date(2010, 3, 11))
        after = attrs.evolve(bare, filed_on=dt.date(2010, 3, 12))

        assert check(before).findings == ()
        assert check(after).codes == {"WSP-CMP-012", "WSP-CMP-013", "WSP-CMP-014"}

    def test_criteria_not_named_is_info(self, initiative: LocalInitiative) -> None:
        """A record that does not name the council's criteria resolution is information."""
        [finding] = _found(attrs.evolve(initiative, criteria=None), "WSP-CMP-013")

        assert finding.severity is Severity.INFO
        assert finding.jsonpath == "$.criteria"

    def test_area_outside_list_is_unconfirmed_info(self, initiative: LocalInitiative) -> None:
        """An area in the applicants' own words is information, marked unconfirmed."""
        [finding] = _found(attrs.evolve(initiative, area="plac zabaw"), "WSP-CMP-014")

        assert finding.severity is Severity.INFO
        assert finding.confidence is Confidence.UNCONFIRMED
        assert "[unconfirmed]" in finding.describe("en")


class TestIssue21Checks:
    """WSP-CMP-015 to 018: the committee's ground, results and cancellation published, criteria."""

    @staticmethod
    def _without_ngo(competition: OpenCompetition, **committee: Any) -> OpenCompetition:
        assert competition.committee is not None
        officials = tuple(
            m for m in competition.committee.members if m.role == "executive_representative"
        )
        expert = CommitteeMember(
            name="Ewa Ekspert", role="expert", nominated_by=Organisation(name="Fundacja X")
        )
        return attrs.evolve(
            competition,
            committee=attrs.evolve(
                competition.committee, members=(*officials, expert), **committee
            ),
        )

    def test_expert_nominated_by_an_ngo_does_not_count(self, competition: OpenCompetition) -> None:
        """An advisory expert (art. 15(2e)) is not an NGO member: WSP-CMP-006 still fires."""
        assert _found(self._without_ngo(competition), "WSP-CMP-006")

    def test_statutory_ground_passes(self, competition: OpenCompetition) -> None:
        """'no_nominee' (art. 15(2da)(1)) explains the absence: neither CMP-006 nor CMP-015."""
        grounded = self._without_ngo(competition, no_ngo_ground="no_nominee")

        assert not _found(grounded, "WSP-CMP-006")
        assert not _found(grounded, "WSP-CMP-015")

    def test_other_ground_warns(self, competition: OpenCompetition) -> None:
        """A ground outside art. 15(2da) is an unconfirmed warning at the ground."""
        [finding] = _found(self._without_ngo(competition, no_ngo_ground="urgency"), "WSP-CMP-015")

        assert finding.severity is Severity.WARNING
        assert finding.jsonpath == "$.committee.no_ngo_ground"

    def test_results_in_one_channel_warn(self, competition: OpenCompetition) -> None:
        """Results published only in the BIP lack the notice board and the website."""
        assert competition.results is not None
        bip = competition.results.publications[:1]
        narrow = attrs.evolve(
            competition, results=attrs.evolve(competition.results, publications=bip)
        )

        assert len(_found(narrow, "WSP-CMP-016")) == 2
        assert not _found(competition, "WSP-CMP-016")

    def test_unpublished_cancellation_warns(self, competition: OpenCompetition) -> None:
        """A cancellation with no publication lacks all three channels (art. 18a(2))."""
        cancelled = attrs.evolve(
            competition,
            offers=(),
            results=None,
            cancellation=Cancellation(cancelled_on=dt.date(2021, 3, 1), reason="no_offers"),
        )

        assert len(_found(cancelled, "WSP-CMP-017")) == 3

    def test_criteria_without_social_work_priority_warn(self, initiative: LocalInitiative) -> None:
        """Criteria that do not favour social work are a warning; unknown is not judged."""
        against = attrs.evolve(initiative, criteria_favour_social_work=False)

        [finding] = _found(against, "WSP-CMP-018")

        assert finding.severity is Severity.WARNING
        assert not _found(initiative, "WSP-CMP-018")
