"""Rules WSP-SGR-*: small grants (art. 19a) and agreements (art. 16), dated on the offer date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import Organisation, Period, SmallGrant, SmallGrantRegister, Tranche
from wspolpraca.law import Confidence
from wspolpraca.rules import DatedValue, Finding, Severity, check, reference_date
from wspolpraca.rules._engine import run
from wspolpraca.rules.small_grant import (
    AMENDMENT_2026,
    DURATION_LIMIT,
    ORGANISATION_CAP,
    PARAMETERS,
    RULES,
    SHARE_CAP,
    TASK_LIMIT,
)

from .test_small_grant import ORG, REGISTER, UNIT, agreement

BEFORE = dt.date(2026, 8, 31)
"""The last offer date under the old limits (a Monday)."""
AFTER = AMENDMENT_2026
"""The first offer date under Dz.U. 2026 poz. 1040 (a Tuesday)."""


def grant(submitted: dt.date, amount: int = 5000, org: Organisation = ORG, **kw: Any) -> SmallGrant:
    """A small grant submitted on *submitted* for *amount* złoty."""
    return SmallGrant(
        organisation=org,
        task_title="Zadanie",
        offer_submitted_on=submitted,
        amount=Decimal(amount),
        **kw,
    )


def register(
    *grants: SmallGrant, planned: int | None = None, year: int = 2026
) -> SmallGrantRegister:
    """A register of *grants* with *planned* grants for the year."""
    return SmallGrantRegister(
        unit=UNIT,
        year=year,
        grants=grants,
        planned_grants_total=None if planned is None else Decimal(planned),
    )


def findings(obj: object, code: str) -> list[Finding]:
    """The findings of rule *code* for *obj*."""
    return [finding for finding in check(obj) if finding.code == code]


class TestFamily:
    """The family as data."""

    def test_codes_are_numbered_from_one(self) -> None:
        """The family's codes are WSP-SGR-001 onwards, without gaps."""
        assert [rule.code for rule in RULES] == [f"WSP-SGR-{n:03d}" for n in range(1, 16)]

    def test_only_the_2026_caps_are_unconfirmed(self) -> None:
        """The duration, organisation and share values of 2026 are the unconfirmed ones."""
        unconfirmed = {
            parameter.name
            for parameter in PARAMETERS
            if any(value.confidence is Confidence.UNCONFIRMED for value in parameter.values)
        }

        assert unconfirmed == {
            "small_grant.duration_limit",
            "small_grant.organisation_cap",
            "small_grant.share_cap",
        }

    @pytest.mark.parametrize(
        ("parameter", "before", "after"),
        [
            (TASK_LIMIT, Decimal(10000), Decimal(20000)),
            (DURATION_LIMIT, 90, None),
            (ORGANISATION_CAP, Decimal(20000), Decimal(40000)),
            (SHARE_CAP, Decimal("0.20"), Decimal("0.30")),
        ],
    )
    def test_parameters_change_on_1_september_2026(
        self, parameter: Any, before: object, after: object
    ) -> None:
        """Each dated limit has its old value on 31 August 2026 and its new one on 1 September."""
        assert parameter.on(BEFORE).value == before
        assert parameter.on(AFTER).value == after

    def test_reference_dates(self) -> None:
        """A register is checked on 31 December of its year, an agreement on its signing."""
        assert reference_date(register()) == dt.date(2026, 12, 31)
        assert reference_date(agreement()) == dt.date(2026, 5, 18)

    def test_example_has_one_error(self) -> None:
        """The example register breaks only the per-task limit, at the grant crossing the change."""
        result = check(wspolpraca.load_file(REGISTER, SmallGrantRegister))

        assert [(f.code, f.jsonpath) for f in result] == [("WSP-SGR-001", "$.grants[2].amount")]


class TestTaskLimit:
    """WSP-SGR-001: 10 000 zł per task, 20 000 zł for offers from 1 September 2026."""

    def test_at_limit_passes(self) -> None:
        """A grant of exactly 10 000 zł is within the old limit."""
        assert not findings(register(grant(BEFORE, 10000)), "WSP-SGR-001")

    def test_dated_on_offer_submission(self) -> None:
        """15 000 zł breaks the limit for an offer of 31 August 2026 but not of 1 September."""
        [finding] = findings(register(grant(BEFORE, 15000)), "WSP-SGR-001")

        assert finding.severity is Severity.ERROR
        assert finding.jsonpath == "$.grants[0].amount"
        assert finding.message("en") == (
            "the grant PLN 15,000.00 exceeds the limit PLN 10,000.00 in force for an offer "
            "submitted on 2026-08-31"
        )
        assert not findings(register(grant(AFTER, 15000)), "WSP-SGR-001")

    def test_over_new_limit(self) -> None:
        """20 000.01 zł breaks the new limit, as a secondary-source error."""
        [finding] = findings(register(grant(AFTER, 20001)), "WSP-SGR-001")

        assert finding.params["limit"] == Decimal(20000)
        assert finding.confidence is Confidence.SECONDARY

    def test_before_art_19a_not_checked(self) -> None:
        """Offers before the 2010 amendment have no limit in force."""
        assert not findings(register(grant(dt.date(2010, 3, 11), 50000), year=2010), "WSP-SGR-001")

    def test_profile_override_tightens(self) -> None:
        """A municipal profile's local value replaces the statute's."""
        local = DatedValue(value=Decimal(5000), confidence=Confidence.CONFIRMED)
        result = run(
            register(grant(BEFORE, 6000)),
            RULES,
            on=dt.date(2026, 12, 31),
            overrides={"small_grant.task_limit": (local,)},
        )

        assert "WSP-SGR-001" in result.codes


class TestDurationLimit:
    """WSP-SGR-002: 90 days, no limit for offers from 1 September 2026."""

    def period(self, days: int) -> Period:
        """A task period of *days* days, both ends counted."""
        start = dt.date(2026, 10, 1)
        return Period(start=start, end=start + dt.timedelta(days=days - 1))

    def test_ninety_days_pass(self) -> None:
        """A task of exactly 90 days is within the limit."""
        assert not findings(register(grant(BEFORE, task_period=self.period(90))), "WSP-SGR-002")

    def test_dated_on_offer_submission(self) -> None:
        """91 days break the limit for an offer of 31 August 2026 but not of 1 September."""
        [finding] = findings(register(grant(BEFORE, task_period=self.period(91))), "WSP-SGR-002")

        assert finding.jsonpath == "$.grants[0].task_period"
        assert finding.params == {"days": 91, "limit": 90, "submitted_on": BEFORE}
        assert not findings(register(grant(AFTER, task_period=self.period(200))), "WSP-SGR-002")

    def test_no_period_not_checked(self) -> None:
        """A grant without a recorded period is not checked."""
        assert not findings(register(grant(BEFORE)), "WSP-SGR-002")


class TestOrganisationCap:
    """WSP-SGR-003/004: 20 000 zł per organisation a year, 40 000 zł (unconfirmed) from 2026."""

    def test_within_cap_passes(self) -> None:
        """Two grants of 10 000 zł to one organisation reach but do not pass the cap."""
        assert not findings(
            register(grant(dt.date(2026, 3, 1), 10000), grant(BEFORE, 10000)), "WSP-SGR-003"
        )

    def test_dated_on_offer_submission(self) -> None:
        """A third 10 000 zł is an error on 31 August 2026 and nothing on 1 September."""
        early = (grant(dt.date(2026, 3, 1), 10000), grant(dt.date(2026, 5, 1), 10000))

        [finding] = findings(register(*early, grant(BEFORE, 10000)), "WSP-SGR-003")
        after = register(*early, grant(AFTER, 10000))

        assert finding.jsonpath == "$.grants[2].amount"
        assert finding.params["total"] == Decimal(30000)
        assert not findings(after, "WSP-SGR-003")
        assert not findings(after, "WSP-SGR-004")

    def test_over_new_cap_is_an_unconfirmed_warning(self) -> None:
        """Passing 40 000 zł after the change is a warning that says unconfirmed."""
        grants = [grant(AFTER + dt.timedelta(days=n), 15000) for n in range(3)]

        [finding] = findings(register(*grants), "WSP-SGR-004")

        assert finding.severity is Severity.WARNING
        assert finding.confidence is Confidence.UNCONFIRMED
        assert "[unconfirmed]" in finding.describe("en")
        assert "niepotwierdzony" in finding.message("pl")
        assert not findings(register(*grants), "WSP-SGR-003")

    def test_different_organisations_counted_apart(self) -> None:
        """Three grants of 10 000 zł break the cap for one organisation, not for two."""
        other = Organisation(name="Inna", nip="6771234561")
        shared = register(
            grant(BEFORE, 10000), grant(BEFORE, 10000, org=other), grant(BEFORE, 10000)
        )
        alone = register(*(grant(BEFORE, 10000) for _ in range(3)))

        assert not findings(shared, "WSP-SGR-003")
        assert len(findings(alone, "WSP-SGR-003")) == 1

    def test_cap_applied_from_2016(self) -> None:
        """The cap is not applied in 2015, whose amendment date is unconfirmed."""
        grants = [grant(dt.date(2015, 12, 1), 10000) for _ in range(3)]

        assert not findings(register(*grants, year=2015), "WSP-SGR-003")
        later = [attrs.evolve(g, offer_submitted_on=dt.date(2016, 2, 1)) for g in grants]
        assert findings(register(*later, year=2016), "WSP-SGR-003")


class TestOfferOrder:
    """WSP-SGR-003 and WSP-SGR-005 add grants up in offer order, ties in register order."""

    def test_caps_follow_offer_dates_not_register_order(self) -> None:
        """In a shuffled register the totals run in offer order: the 18 000 zł share breaks at grant 4."""
        other = Organisation(name="Inna", nip="6771234561")
        grants = (
            grant(dt.date(2025, 6, 2), 9000),  # 0: third for ORG, breaks its cap
            grant(dt.date(2025, 3, 3), 8000, org=other),  # 1
            grant(dt.date(2025, 2, 3), 7000),  # 2: first for ORG
            grant(dt.date(2025, 4, 1), 6000),  # 3: second for ORG
            grant(dt.date(2025, 3, 3), 5000, org=other),  # 4: tie with 1, counted after it
        )

        result = check(register(*grants, planned=90000, year=2025))

        caps = [f for f in result if f.code == "WSP-SGR-003"]
        shares = [f for f in result if f.code == "WSP-SGR-005"]
        assert [(f.jsonpath, f.params["total"]) for f in caps] == [
            ("$.grants[0].amount", Decimal(22000))
        ]
        assert [(f.jsonpath, f.params["total"]) for f in shares] == [
            ("$.grants[4].amount", Decimal(20000)),
            ("$.grants[3].amount", Decimal(26000)),
            ("$.grants[0].amount", Decimal(35000)),
        ]

    def test_tied_offer_dates_keep_register_order(self) -> None:
        """Of grants offered the same day, the third in the register is the first over the cap."""
        same_day = [grant(dt.date(2025, 5, 5), amount) for amount in (8000, 7000, 6000, 5000)]

        found = findings(register(*same_day, year=2025), "WSP-SGR-003")

        assert [(f.jsonpath, f.params["total"]) for f in found] == [
            ("$.grants[2].amount", Decimal(21000)),
            ("$.grants[3].amount", Decimal(26000)),
        ]


class TestShareCap:
    """WSP-SGR-005/006: 20 % of the year's planned grants, 30 % (unconfirmed) from 2026."""

    def test_within_share_passes(self) -> None:
        """Small grants of exactly 20 % of the planned grants pass."""
        assert not findings(register(grant(BEFORE, 10000), planned=50000), "WSP-SGR-005")

    def test_no_planned_total_not_checked(self) -> None:
        """Without the planned grants the share is not checked."""
        assert not findings(register(grant(BEFORE, 10000)), "WSP-SGR-005")

    def test_dated_on_offer_submission(self) -> None:
        """25 % is an error for an offer of 31 August 2026 and nothing for 1 September."""
        [finding] = findings(register(grant(BEFORE, 10000), planned=40000), "WSP-SGR-005")

        assert finding.severity is Severity.ERROR
        assert finding.params["percent"] == 20
        assert finding.params["cap"] == Decimal("8000.00")
        assert "20% of the planned grants PLN 40,000.00" in finding.message("en")
        after = register(grant(AFTER, 10000), planned=40000)
        assert not findings(after, "WSP-SGR-005")
        assert not findings(after, "WSP-SGR-006")

    def test_over_new_share_is_an_unconfirmed_warning(self) -> None:
        """35 % after the change is a warning that says unconfirmed."""
        [finding] = findings(register(grant(AFTER, 14000), planned=40000), "WSP-SGR-006")

        assert finding.severity is Severity.WARNING
        assert finding.confidence is Confidence.UNCONFIRMED
        assert finding.params["percent"] == 30

    def test_cumulative_in_offer_order(self) -> None:
        """The grant whose offer pushes the running total over the cap is reported."""
        late = grant(dt.date(2026, 6, 1), 5000)
        early = grant(dt.date(2026, 2, 1), 5000)

        [finding] = findings(register(late, early, planned=40000), "WSP-SGR-005")

        assert finding.jsonpath == "$.grants[0].amount"


class TestPublicationDeadline:
    """WSP-SGR-007: the offer published within 7 working days."""

    def test_seventh_working_day_passes(self) -> None:
        """An offer of Friday 28 August 2026 may be published on Tuesday 8 September."""
        ok = grant(dt.date(2026, 8, 28), published_on=dt.date(2026, 9, 8))

        assert not findings(register(ok), "WSP-SGR-007")

    def test_eighth_working_day_is_late(self) -> None:
        """Publication on the eighth working day is an error naming the deadline."""
        late = grant(dt.date(2026, 8, 28), published_on=dt.date(2026, 9, 9))

        [finding] = findings(register(late), "WSP-SGR-007")

        assert finding.jsonpath == "$.grants[0].published_on"
        assert finding.params["deadline"] == dt.date(2026, 9, 8)

    def test_holidays_extend_the_deadline(self) -> None:
        """Christmas Eve 2025 onwards are not working days, so 5 January 2026 is in time."""
        ok = grant(dt.date(2025, 12, 19), published_on=dt.date(2026, 1, 5))

        assert not findings(register(ok, year=2025), "WSP-SGR-007")


class TestCommentWindow:
    """WSP-SGR-008/009: the agreement after the 7-day comment window."""

    def test_day_after_window_passes(self) -> None:
        """Published on Wednesday 2 September 2026, signed Thursday 10 September: fine."""
        ok = grant(
            BEFORE, published_on=dt.date(2026, 9, 2), agreement_signed_on=dt.date(2026, 9, 10)
        )

        assert not findings(register(ok), "WSP-SGR-008")
        assert not findings(register(ok), "WSP-SGR-009")

    def test_signed_on_last_day_is_an_error(self) -> None:
        """Signing on the seventh day after publication is before the window closed."""
        early = grant(
            BEFORE, published_on=dt.date(2026, 9, 2), agreement_signed_on=dt.date(2026, 9, 9)
        )

        [finding] = findings(register(early), "WSP-SGR-008")

        assert finding.severity is Severity.ERROR
        assert finding.jsonpath == "$.grants[0].agreement_signed_on"
        assert finding.params["close"] == dt.date(2026, 9, 9)

    def test_window_ending_on_saturday_moves_as_a_warning(self) -> None:
        """A window ending on Saturday 5 September moves to Monday 7: signing on 7 warns."""
        moved = grant(
            dt.date(2026, 8, 27),
            published_on=dt.date(2026, 8, 29),
            agreement_signed_on=dt.date(2026, 9, 7),
        )

        [finding] = findings(register(moved), "WSP-SGR-009")

        assert not findings(register(moved), "WSP-SGR-008")
        assert finding.severity is Severity.WARNING
        assert finding.confidence is Confidence.UNCONFIRMED
        assert finding.params["close"] == dt.date(2026, 9, 7)
        signed_later = attrs.evolve(moved, agreement_signed_on=dt.date(2026, 9, 8))
        assert not findings(register(signed_later), "WSP-SGR-009")


class TestDisplay:
    """WSP-SGR-010: the offer on display for 7 days."""

    def test_seven_days_pass(self) -> None:
        """Published 2 September, displayed until 9 September: 7 days by art. 111 § 2 KC."""
        ok = grant(BEFORE, published_on=dt.date(2026, 9, 2), displayed_until=dt.date(2026, 9, 9))

        assert not findings(register(ok), "WSP-SGR-010")

    def test_six_days_warn(self) -> None:
        """Displayed until 8 September counts 6 days (the day of publication is not counted)."""
        short = grant(BEFORE, published_on=dt.date(2026, 9, 2), displayed_until=dt.date(2026, 9, 8))

        [finding] = findings(register(short), "WSP-SGR-010")

        assert finding.severity is Severity.WARNING
        assert finding.params["shown"] == 6


class TestAgreementRules:
    """WSP-SGR-011/012: the tranches of an agreement."""

    def test_valid_agreement_passes(self) -> None:
        """Tranches that add up to the grant within the period give no finding."""
        assert check(agreement()).codes == frozenset()

    def test_tranches_not_adding_up_is_a_warning(self) -> None:
        """Tranches totalling less than the grant are a consistency warning (framework agreement)."""
        short = agreement(tranches=(Tranche(due_on=dt.date(2026, 6, 1), amount=Decimal(6000)),))

        [finding] = findings(short, "WSP-SGR-011")

        assert finding.severity is Severity.WARNING
        assert finding.jsonpath == "$.tranches"
        assert (
            finding.message("pl") == "transze wynoszą łącznie 6 000,00 zł, a dotacja 10 000,00 zł"
        )

    def test_no_tranches_not_checked(self) -> None:
        """An agreement without a schedule is not checked."""
        assert not findings(agreement(tranches=()), "WSP-SGR-011")

    def test_tranche_outside_period_warns(self) -> None:
        """A tranche due before the task period starts is a warning at that tranche."""
        early = agreement(
            tranches=(
                Tranche(due_on=dt.date(2026, 5, 20), amount=Decimal(6000)),
                Tranche(due_on=dt.date(2026, 7, 1), amount=Decimal(4000)),
            )
        )

        [finding] = findings(early, "WSP-SGR-012")

        assert finding.severity is Severity.WARNING
        assert finding.jsonpath == "$.tranches[0].due_on"

    def test_no_five_year_cap(self) -> None:
        """A six-year agreement gives no finding: no source confirms a 5-year cap."""
        long = agreement(
            period=Period(start=dt.date(2026, 6, 1), end=dt.date(2032, 5, 31)),
            tranches=(),
        )

        assert check(long).codes == frozenset()


class TestCutOverDates:
    """Every dated rule answers differently on either side of its cut-over date."""

    def test_unconfirmed_twins_only_after_the_change(self) -> None:
        """45 000 zł to one organisation and 35 % are errors before 1 September, warnings after."""
        dates = {BEFORE: ("WSP-SGR-003", "WSP-SGR-005"), AFTER: ("WSP-SGR-004", "WSP-SGR-006")}
        for day, expected in dates.items():
            grants = [grant(day, 15000 if day == AFTER else 10000) for _ in range(3)]
            planned = 120000 if day == AFTER else 140000

            codes = check(register(*grants, planned=planned)).codes & {
                "WSP-SGR-003",
                "WSP-SGR-004",
                "WSP-SGR-005",
                "WSP-SGR-006",
            }

            assert codes == set(expected), day

    def test_share_applied_from_2016(self) -> None:
        """The 20 % share is not applied in 2015, whose amendment date is unconfirmed."""
        late_2015 = register(grant(dt.date(2015, 12, 1), 10000), planned=10000, year=2015)
        early_2016 = register(grant(dt.date(2016, 1, 4), 10000), planned=10000, year=2016)

        assert not findings(late_2015, "WSP-SGR-005")
        assert findings(early_2016, "WSP-SGR-005")

    @pytest.mark.parametrize(
        ("code", "changes"),
        [
            ("WSP-SGR-007", {"published_on": dt.date(2010, 4, 30)}),
            (
                "WSP-SGR-008",
                {"published_on": dt.date(2010, 3, 19), "agreement_signed_on": dt.date(2010, 3, 20)},
            ),
            (
                "WSP-SGR-010",
                {"published_on": dt.date(2010, 3, 19), "displayed_until": dt.date(2010, 3, 20)},
            ),
        ],
    )
    def test_procedure_rules_from_the_2010_amendment(
        self, code: str, changes: dict[str, Any]
    ) -> None:
        """The publication rules apply to offers from 12 March 2010, not to the day before."""
        before = register(grant(dt.date(2010, 3, 11), **changes), year=2010)
        after = register(grant(dt.date(2010, 3, 12), **changes), year=2010)

        assert not findings(before, code)
        assert findings(after, code)


class TestIssue21Checks:
    """WSP-SGR-013 to 015: the offer's three channels, the agreement's mode and its amount."""

    def test_offer_in_one_channel_warns_per_missing_channel(self) -> None:
        """An offer listed only in the BIP lacks the notice board and the website (art. 19a(3))."""
        bip = wspolpraca.Publication(
            channel="bip", reference="https://bip.krakow.pl/x", published_on=dt.date(2026, 9, 2)
        )
        only_bip = grant(BEFORE, published_on=dt.date(2026, 9, 2), publications=(bip,))

        found = findings(register(only_bip), "WSP-SGR-013")

        assert [f.params["channel"] for f in found] == ["notice_board", "website"]
        assert all(f.severity is Severity.WARNING for f in found)

    def test_offer_without_listed_publications_is_not_judged(self) -> None:
        """A record giving only published_on says nothing about channels."""
        assert not findings(
            register(grant(BEFORE, published_on=dt.date(2026, 9, 2))), "WSP-SGR-013"
        )

    @pytest.mark.parametrize("procedure", ["open_competition", "small_grant", "regranting"])
    def test_lawful_procedures_pass(self, procedure: str) -> None:
        """A competition, art. 19a or art. 16a before the agreement gives no finding."""
        assert not findings(agreement(procedure=procedure), "WSP-SGR-014")

    def test_no_procedure_warns(self) -> None:
        """An agreement recorded as preceded by no mode is a warning at its procedure."""
        [finding] = findings(agreement(procedure="none"), "WSP-SGR-014")

        assert finding.jsonpath == "$.procedure"
        assert finding.severity is Severity.WARNING

    def test_grant_above_award_is_an_error(self) -> None:
        """A grant of 10 000 zł after an award of 8 000 zł is an error naming the excess."""
        [finding] = findings(agreement(awarded_amount=Decimal(8000)), "WSP-SGR-015")

        assert finding.severity is Severity.ERROR
        assert finding.params["excess"] == Decimal(2000)
        assert not findings(agreement(awarded_amount=Decimal(10000)), "WSP-SGR-015")
