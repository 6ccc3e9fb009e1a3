"""The WSP-CNC rules: each fires when broken, stays quiet otherwise, and is dated."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import (
    Council,
    CouncilRequest,
    Membership,
    Opinion,
    SeatAllocation,
    Term,
    Unit,
)
from wspolpraca.law import Confidence
from wspolpraca.profiles import load_profile
from wspolpraca.rules import PARAMETERS, Severity, check, reference_date
from wspolpraca.rules import council as family

from .conftest import ROOT

GMINA = Unit(name="Gmina Przykładowa", teryt="1299999", level="municipality")
VOIVODESHIP = Unit(name="Województwo Małopolskie", teryt="12", level="voivodeship")
CUTOVER = family.AMENDMENT_2015


def _seats(ngo: int, council_members: int = 4, executive: int = 4) -> tuple[SeatAllocation, ...]:
    return (
        SeatAllocation(category="ngo", seats=ngo),
        SeatAllocation(category="council_members", seats=council_members),
        SeatAllocation(category="executive", seats=executive),
    )


def _council(**changes: Any) -> Council:
    base = Council(name="Rada", unit=GMINA, seats=_seats(8))
    return attrs.evolve(base, **changes)


def _term(number: int, start: dt.date, end: dt.date | None, **changes: Any) -> Term:
    return Term(number=number, start=start, end=end, **changes)


def _findings(council: Council, code: str, **kwargs: Any) -> list[wspolpraca.Finding]:
    return [finding for finding in check(council, **kwargs) if finding.code == code]


@pytest.fixture
def krdpp() -> Council:
    """The KRDPP example, which breaks no rule."""
    return wspolpraca.load_file(ROOT / "examples" / "krakow-krdpp.json", Council)


class TestFamily:
    """The family as data."""

    def test_registered(self) -> None:
        """Every WSP-CNC rule and parameter is in the catalogue, numbered from 001."""
        codes = [rule.code for rule in wspolpraca.CATALOGUE if rule.code.startswith("WSP-CNC")]

        assert codes == [f"WSP-CNC-{n:03d}" for n in range(1, 13)]
        assert all(parameter in PARAMETERS for parameter in family.PARAMETERS)

    def test_krdpp_example_is_clean(self, krdpp: Council) -> None:
        """The KRDPP example has no finding, judged on the start of its latest term."""
        result = check(krdpp)

        assert result.on == dt.date(2022, 7, 31)
        assert list(result) == []

    @pytest.mark.parametrize(
        ("council", "expected"),
        [
            (_council(created_on=dt.date(2016, 1, 1)), dt.date(2016, 1, 1)),
            (
                _council(
                    request=CouncilRequest(submitted_on=dt.date(2015, 12, 1), organisations=5)
                ),
                dt.date(2015, 12, 1),
            ),
            (
                _council(opinions=(Opinion(draft="D", received_on=dt.date(2020, 1, 2)),)),
                dt.date(2020, 1, 2),
            ),
        ],
    )
    def test_reference_date_falls_back(self, council: Council, expected: dt.date) -> None:
        """Without terms, the relevant date is the creation, the request, then an opinion."""
        assert reference_date(council) == expected

    def test_reference_date_without_any_date_is_today(self) -> None:
        """A council with no date at all is judged under today's law."""
        assert abs((reference_date(_council()) - dt.datetime.now(dt.UTC).date()).days) <= 1


class TestNgoShare:
    """WSP-CNC-001: NGO seats are at least half (art. 41f pkt 3)."""

    def test_half_is_enough(self) -> None:
        """Eight NGO seats of sixteen (Kraków) meet the rule."""
        assert _findings(_council(created_on=dt.date(2016, 1, 1)), "WSP-CNC-001") == []

    def test_fewer_than_half_is_an_error(self) -> None:
        """Seven NGO seats of fifteen is an error naming the expected minimum."""
        council = _council(seats=_seats(7), created_on=dt.date(2016, 1, 1))

        [finding] = _findings(council, "WSP-CNC-001")

        assert finding.severity is Severity.ERROR
        assert finding.jsonpath == "$.seats"
        assert finding.message("en") == "NGOs hold 7 of 15 seats, expected at least 8"

    def test_a_terms_own_seats_are_checked(self) -> None:
        """A term that states its own seats is checked at that term's seats."""
        term = _term(1, dt.date(2016, 1, 1), dt.date(2018, 12, 31), seats=_seats(2))

        [finding] = _findings(_council(terms=(term,)), "WSP-CNC-001")

        assert finding.jsonpath == "$.terms[0].seats"

    @pytest.mark.parametrize(
        "changes",
        [{"statutory": False}, {"unit": VOIVODESHIP}],
        ids=["ngo-only body", "voivodeship"],
    )
    def test_not_applied_outside_gmina_and_powiat_councils(self, changes: dict[str, Any]) -> None:
        """Non-statutory bodies and voivodeship councils are not held to art. 41f."""
        council = _council(seats=_seats(1), created_on=dt.date(2016, 1, 1), **changes)

        assert _findings(council, "WSP-CNC-001") == []

    def test_dated(self) -> None:
        """The rule applies from the 2010 amendment, not before."""
        council = _council(seats=_seats(1))

        assert _findings(council, "WSP-CNC-001", on=dt.date(2010, 3, 11)) == []
        assert _findings(council, "WSP-CNC-001", on=dt.date(2010, 3, 12))


class TestTermLength:
    """WSP-CNC-002: the term is 2 years before the 2015 amendment, 3 after (cut-over unconfirmed)."""

    def test_three_year_term_after_cutover_passes(self) -> None:
        """A 3-year term starting after the cut-over passes."""
        term = _term(4, dt.date(2019, 7, 31), dt.date(2022, 7, 30))

        assert _findings(_council(terms=(term,)), "WSP-CNC-002") == []

    def test_two_year_term_after_cutover_warns_secondary(self) -> None:
        """A 2-year term after the cut-over is a warning resting on a secondary source."""
        term = _term(4, dt.date(2019, 7, 31), dt.date(2021, 7, 30))

        [finding] = _findings(_council(terms=(term,)), "WSP-CNC-002")

        assert finding.severity is Severity.WARNING
        assert finding.confidence is Confidence.SECONDARY
        assert finding.jsonpath == "$.terms[0].end"
        assert finding.params["years"] == 3
        assert "[secondary source]" in finding.describe("en")

    def test_answers_differ_either_side_of_the_cutover(self) -> None:
        """The same 2-year term passes the day before the cut-over and warns on it."""
        before = _term(1, CUTOVER - dt.timedelta(days=1), CUTOVER + dt.timedelta(days=729))
        on_cutover = _term(1, CUTOVER, CUTOVER + dt.timedelta(days=730))

        assert _findings(_council(terms=(before,)), "WSP-CNC-002") == []
        assert _findings(_council(terms=(on_cutover,)), "WSP-CNC-002")

    def test_three_year_term_before_cutover_warns(self) -> None:
        """A 3-year term started under the old law is reported as not lasting 2 years."""
        term = _term(1, dt.date(2012, 7, 26), dt.date(2015, 7, 25))

        [finding] = _findings(_council(terms=(term,)), "WSP-CNC-002")

        assert finding.params["years"] == 2

    def test_small_differences_and_open_terms_pass(self) -> None:
        """A term a month short, or one whose end is unknown, is not reported."""
        short = _term(4, dt.date(2019, 7, 31), dt.date(2022, 6, 30))
        open_term = _term(1, dt.date(2012, 7, 26), None)

        assert _findings(_council(terms=(short, open_term)), "WSP-CNC-002") == []

    def test_not_applied_to_non_statutory_bodies(self) -> None:
        """An NGO-only council sets its own terms."""
        term = _term(1, dt.date(2019, 1, 1), dt.date(2019, 12, 31))

        assert _findings(_council(statutory=False, terms=(term,)), "WSP-CNC-002") == []


class TestTermSequence:
    """WSP-CNC-003 overlapping terms (warning) and WSP-CNC-004 gaps (info)."""

    def test_consecutive_terms_pass(self) -> None:
        """A term starting the day after the previous ended is neither overlap nor gap."""
        terms = (
            _term(5, dt.date(2022, 7, 31), dt.date(2025, 7, 30)),
            _term(4, dt.date(2019, 7, 31), dt.date(2022, 7, 30)),
        )

        result = check(_council(terms=terms))

        assert not {"WSP-CNC-003", "WSP-CNC-004"} & result.codes

    def test_overlap_warns(self) -> None:
        """A term starting before the previous ends is a warning at its start."""
        terms = (
            _term(4, dt.date(2019, 7, 31), dt.date(2022, 7, 30)),
            _term(5, dt.date(2022, 7, 1), dt.date(2025, 6, 30)),
        )

        [finding] = _findings(_council(terms=terms), "WSP-CNC-003")

        assert finding.severity is Severity.WARNING
        assert finding.jsonpath == "$.terms[1].start"
        assert finding.params["previous"] == 4

    def test_gap_is_info(self) -> None:
        """A gap between terms is information naming its length."""
        terms = (
            _term(4, dt.date(2019, 7, 31), dt.date(2022, 7, 30)),
            _term(5, dt.date(2022, 9, 1), dt.date(2025, 8, 31)),
        )

        [finding] = _findings(_council(terms=terms), "WSP-CNC-004")

        assert finding.severity is Severity.INFO
        assert finding.params["days"] == 32


class TestMemberships:
    """WSP-CNC-005 outside the term, WSP-CNC-006 two seats at once, WSP-CNC-007 over seats."""

    TERM = _term(4, dt.date(2019, 7, 31), dt.date(2022, 7, 30))

    def _with(self, *memberships: Membership, seats: tuple[SeatAllocation, ...] = ()) -> Council:
        term = attrs.evolve(self.TERM, memberships=memberships, seats=seats)
        return _council(terms=(term,))

    def test_membership_within_term_passes(self) -> None:
        """A replacement joining mid-term lies within the term."""
        member = Membership(person="A", category="ngo", start=dt.date(2021, 1, 15))

        assert _findings(self._with(member), "WSP-CNC-005") == []

    def test_membership_outside_term_warns(self) -> None:
        """A membership ending after the term is a warning at its end."""
        member = Membership(person="A", category="ngo", end=dt.date(2022, 12, 31))

        [finding] = _findings(self._with(member), "WSP-CNC-005")

        assert finding.jsonpath == "$.terms[0].memberships[0].end"
        assert finding.severity is Severity.WARNING

    def test_same_person_on_two_seats_warns(self) -> None:
        """The same name (ignoring case and spaces) on two overlapping seats is reported."""
        first = Membership(person="Anna Przykładowa", category="ngo")
        second = Membership(person="anna  przykładowa", category="executive")

        [finding] = _findings(self._with(first, second), "WSP-CNC-006")

        assert finding.jsonpath == "$.terms[0].memberships[1].person"
        assert finding.params["other"] == 0

    def test_same_person_one_after_another_passes(self) -> None:
        """A person who leaves one seat and later takes another holds one at a time."""
        first = Membership(person="A", category="ngo", end=dt.date(2020, 12, 31))
        second = Membership(person="A", category="executive", start=dt.date(2021, 1, 1))

        assert _findings(self._with(first, second), "WSP-CNC-006") == []

    def test_more_members_than_seats_warns(self) -> None:
        """Three NGO members at once on two NGO seats is a warning naming the category."""
        members = [Membership(person=name, category="ngo") for name in "ABC"]

        [finding] = _findings(self._with(*members, seats=_seats(2)), "WSP-CNC-007")

        assert finding.params["members"] == 3
        assert finding.params["seats"] == 2
        assert "organizacji pozarządowych" in finding.message("pl")

    def test_replacements_do_not_count_twice(self) -> None:
        """A member replaced mid-term and the replacement fill one seat."""
        members = (
            Membership(person="A", category="ngo", end=dt.date(2020, 12, 31)),
            Membership(person="B", category="ngo", start=dt.date(2021, 1, 15)),
        )

        assert _findings(self._with(*members, seats=_seats(1)), "WSP-CNC-007") == []

    def test_category_without_seats_warns(self) -> None:
        """A member of a category the council has no seats for is over the seats."""
        member = Membership(person="A", category="other")

        [finding] = _findings(self._with(member), "WSP-CNC-007")

        assert finding.params["seats"] == 0


class TestCreation:
    """WSP-CNC-008 creation within 2 months, WSP-CNC-009 request threshold."""

    REQUEST = CouncilRequest(submitted_on=dt.date(2016, 3, 1), organisations=6)

    def test_created_on_the_last_day_passes(self) -> None:
        """Creation exactly two months after the request is in time."""
        council = _council(request=self.REQUEST, created_on=dt.date(2016, 5, 1))

        assert _findings(council, "WSP-CNC-008") == []

    def test_created_late_warns_secondary(self) -> None:
        """Creation a day late is a warning (secondary source) at the creation date."""
        council = _council(request=self.REQUEST, created_on=dt.date(2016, 5, 2))

        [finding] = _findings(council, "WSP-CNC-008")

        assert finding.severity is Severity.WARNING
        assert finding.confidence is Confidence.SECONDARY
        assert finding.jsonpath == "$.created_on"
        assert finding.params["days"] == 1

    def test_answers_differ_either_side_of_the_cutover(self) -> None:
        """A request the day before the cut-over obliged nobody; one on it did."""
        late = dt.timedelta(days=200)
        before = CouncilRequest(submitted_on=CUTOVER - dt.timedelta(days=1), organisations=9)
        on_cutover = CouncilRequest(submitted_on=CUTOVER, organisations=9)

        assert _findings(_council(request=before, created_on=CUTOVER + late), "WSP-CNC-008") == []
        assert _findings(_council(request=on_cutover, created_on=CUTOVER + late), "WSP-CNC-008")

    def test_request_below_threshold_creates_no_duty(self) -> None:
        """Four organisations oblige nobody: no deadline finding, but an information."""
        request = CouncilRequest(submitted_on=dt.date(2016, 3, 1), organisations=4)
        council = _council(request=request, created_on=dt.date(2017, 1, 1))

        assert _findings(council, "WSP-CNC-008") == []
        [finding] = _findings(council, "WSP-CNC-009")
        assert finding.severity is Severity.INFO
        assert finding.jsonpath == "$.request.organisations"

    def test_voivodeship_threshold_is_fifty(self) -> None:
        """A voivodeship council needs a request of 50 organisations (secondary source)."""
        request = CouncilRequest(submitted_on=dt.date(2016, 3, 1), organisations=49)
        council = _council(unit=VOIVODESHIP, request=request, created_on=dt.date(2016, 4, 1))

        [finding] = _findings(council, "WSP-CNC-009")

        assert finding.params["minimum"] == 50
        assert finding.confidence is Confidence.SECONDARY
        valid = attrs.evolve(council, request=attrs.evolve(request, organisations=50))
        assert _findings(valid, "WSP-CNC-009") == []


class TestOpinionDeadline:
    """WSP-CNC-010: the opinion within 14 days of receiving the draft (art. 41i ust. 2)."""

    def _opinion(self, given: dt.date, received: dt.date = dt.date(2020, 10, 2)) -> Council:
        opinion = Opinion(
            draft="Program 2021", task="resolution_opinion", received_on=received, given_on=given
        )
        return _council(opinions=(opinion,))

    def test_fourteenth_day_passes(self) -> None:
        """An opinion on the 14th day after receipt is in time."""
        assert _findings(self._opinion(dt.date(2020, 10, 16)), "WSP-CNC-010") == []

    def test_fifteenth_day_is_waived(self) -> None:
        """An opinion on the 15th day is reported as waived."""
        [finding] = _findings(self._opinion(dt.date(2020, 10, 17)), "WSP-CNC-010")

        assert finding.jsonpath == "$.opinions[0].given_on"
        assert "counts as waived" in finding.message("en")

    def test_other_tasks_are_not_held_to_it(self) -> None:
        """Opinions on NGO matters (art. 41i ust. 1 pkt 3) have no statutory deadline."""
        council = self._opinion(dt.date(2020, 12, 1))
        other = attrs.evolve(council.opinions[0], task="ngo_functioning_opinion")

        assert _findings(_council(opinions=(other,)), "WSP-CNC-010") == []

    def test_other_draft_resolutions_have_no_statutory_term(self) -> None:
        """Art. 41i(2) sets 14 days for draft programmes and strategies, not every resolution."""
        council = self._opinion(dt.date(2020, 12, 1))
        other = attrs.evolve(council.opinions[0], draft="Uchwała w sprawie regulaminu targowisk")

        assert _findings(_council(opinions=(other,)), "WSP-CNC-010") == []

    def test_strategy_is_held_to_it(self) -> None:
        """A draft development strategy (art. 41i(1)(1)) has the 14 days."""
        council = self._opinion(dt.date(2020, 12, 1))
        strategy = attrs.evolve(council.opinions[0], draft="Strategia", task="strategy_opinion")

        assert _findings(_council(opinions=(strategy,)), "WSP-CNC-010")

    def test_dated(self) -> None:
        """A draft received before the 2010 amendment had no 14-day deadline."""
        before = self._opinion(dt.date(2010, 4, 30), received=dt.date(2010, 3, 11))
        after = self._opinion(dt.date(2010, 4, 30), received=dt.date(2010, 3, 12))

        assert _findings(before, "WSP-CNC-010", on=dt.date(2010, 6, 1)) == []
        assert _findings(after, "WSP-CNC-010", on=dt.date(2010, 6, 1))


class TestParameters:
    """The dated values the family reads."""

    def test_term_length_by_date(self) -> None:
        """Two years the day before the cut-over, three on it; both secondary (Dz.U. 2015 poz. 1339)."""
        before = family.TERM_LENGTH.on(CUTOVER - dt.timedelta(days=1))
        after = family.TERM_LENGTH.on(CUTOVER)

        assert before is not None
        assert after is not None
        assert (before.value, after.value) == (2, 3)
        assert before.confidence is after.confidence is Confidence.SECONDARY
        assert family.TERM_LENGTH.on(dt.date(2009, 1, 1)) is None

    def test_local_override_tightens(self) -> None:
        """A municipal profile can shorten the opinion deadline through overrides."""
        from wspolpraca.rules import DatedValue
        from wspolpraca.rules._engine import run

        opinion = Opinion(
            draft="P",
            task="strategy_opinion",
            received_on=dt.date(2020, 10, 2),
            given_on=dt.date(2020, 10, 12),
        )
        council = _council(opinions=(opinion,))
        overrides = {"council.opinion_deadline_days": (DatedValue(value=7),)}

        result = run(council, family.RULES, on=dt.date(2020, 10, 2), overrides=overrides)

        assert result.codes == {"WSP-CNC-010"}


class TestComposition:
    """WSP-CNC-011 (art. 41f pkt 1–2) and WSP-CNC-012 (Kraków's 8/4/4 under its profile)."""

    def test_council_without_executive_seats_warns(self) -> None:
        """Seats of NGOs and the council only: the executive's representatives are missing."""
        seats = (
            SeatAllocation(category="ngo", seats=8),
            SeatAllocation(category="council_members", seats=8),
        )

        [finding] = _findings(_council(seats=seats), "WSP-CNC-011")

        assert finding.severity is Severity.WARNING
        assert finding.jsonpath == "$.seats"

    def test_krdpp_follows_its_split(self, krdpp: Council) -> None:
        """The KRDPP's 8/4/4 gives no finding under the Kraków profile."""
        assert not _findings(krdpp, "WSP-CNC-012", profile=load_profile("krakow"))

    def test_other_split_warns_only_under_the_profile(self, krdpp: Council) -> None:
        """9 NGO and 3 Mayor seats break XLI/731/16 under the profile, nothing without it."""
        seats = (
            SeatAllocation(category="ngo", seats=9),
            SeatAllocation(category="council_members", seats=4),
            SeatAllocation(category="executive", seats=3),
        )
        changed = attrs.evolve(krdpp, seats=seats)

        found = _findings(changed, "WSP-CNC-012", profile=load_profile("krakow"))

        assert {f.params["expected"] for f in found} == {4, 8}
        assert all(f.local_acts == ("uchwała XLI/731/16",) for f in found)
        assert not _findings(changed, "WSP-CNC-012")
