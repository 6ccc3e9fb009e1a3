"""The WSP-CNS rules: each fires when broken, stays quiet otherwise, and local minimums are dated."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import (
    Answer,
    ConsultationAnnouncement,
    ConsultationReport,
    ConsultationRound,
    Remark,
    Resolution,
)
from wspolpraca.law import Confidence
from wspolpraca.rules import CATALOGUE, PARAMETERS, DatedValue, Severity, check, reference_date
from wspolpraca.rules._engine import run
from wspolpraca.rules.consultation import (
    ANSWERS_REQUIRED,
    JUSTIFICATION_REQUIRED,
    MIN_FORMS,
    MIN_INFORMATION_DAYS,
    MIN_WINDOW_DAYS,
    OPEN_MEETING_REQUIRED,
    RULES,
)

from .conftest import ROOT

CXI_2904_18 = dt.date(2018, 9, 26)
"""Kraków's consultation resolution CXI/2904/18 (law.md §6); its in-force date is illustrative."""


def _krakow(**values: object) -> dict[str, tuple[DatedValue[Any], ...]]:
    """Overrides in the shape a municipal profile gives: local values from CXI/2904/18 on."""
    return {
        name: (
            DatedValue(
                value=value,
                valid_from=CXI_2904_18,
                confidence=Confidence.SECONDARY,
                note="Kraków CXI/2904/18, per a secondary summary (law.md §6).",
            ),
        )
        for name, value in values.items()
    }


KRAKOW = _krakow(
    **{
        MIN_WINDOW_DAYS.name: 21,
        MIN_INFORMATION_DAYS.name: 7,
        MIN_FORMS.name: 3,
        OPEN_MEETING_REQUIRED.name: True,
    }
)


@pytest.fixture
def round_() -> ConsultationRound:
    """The 2019–2022 example round, which breaks no rule without a profile."""
    return wspolpraca.load_file(
        ROOT / "examples" / "krakow-2019-2022-multi-year-consultation.json", ConsultationRound
    )


def _window(round_: ConsultationRound, start: dt.date, days: int) -> ConsultationRound:
    """*round_* moved to a window of *days* days from *start*, notice and report moved along."""
    window = wspolpraca.Period(start=start, end=start + dt.timedelta(days=days - 1))
    return attrs.evolve(
        round_,
        window=window,
        announcement=ConsultationAnnouncement(
            published_on=start - dt.timedelta(days=10), channels=("bip",)
        ),
        report=None,
    )


def _codes(round_: ConsultationRound, overrides: Any = None) -> list[str]:
    return [f.code for f in run(round_, RULES, on=round_.window.start, overrides=overrides)]


class TestFamily:
    """The family as data."""

    def test_registered_in_catalogue(self) -> None:
        """Every WSP-CNS rule and parameter is in the catalogue, codes numbered from 001."""
        codes = [rule.code for rule in CATALOGUE if rule.code.startswith("WSP-CNS-")]

        assert codes == [f"WSP-CNS-{n:03d}" for n in range(1, len(RULES) + 1)]
        for parameter in (MIN_WINDOW_DAYS, MIN_INFORMATION_DAYS, MIN_FORMS, OPEN_MEETING_REQUIRED):
            assert parameter in PARAMETERS

    def test_parameter_names_are_stable(self) -> None:
        """Municipal profiles key local values by these names."""
        assert [MIN_WINDOW_DAYS.name, MIN_INFORMATION_DAYS.name, MIN_FORMS.name] == [
            "consultation.min_window_days",
            "consultation.min_information_days",
            "consultation.min_forms",
        ]
        assert OPEN_MEETING_REQUIRED.name == "consultation.open_meeting_required"

    def test_local_minimums_have_no_statutory_value(self) -> None:
        """The act sets no minimum, so every local parameter is empty on any day."""
        for parameter in (MIN_WINDOW_DAYS, MIN_INFORMATION_DAYS, MIN_FORMS, OPEN_MEETING_REQUIRED):
            assert parameter.values == ()
            assert parameter.on(dt.date(2021, 1, 1)) is None

    def test_reference_date_is_window_start(self, round_: ConsultationRound) -> None:
        """The law of the window's first day applies to a round."""
        assert reference_date(round_) == dt.date(2018, 9, 3)
        assert check(round_).on == dt.date(2018, 9, 3)

    def test_example_is_clean(self, round_: ConsultationRound) -> None:
        """The example round has no finding, with or without Kraków's local values."""
        assert _codes(round_) == []
        assert check(round_).codes == frozenset()


class TestLocalMinimums:
    """WSP-CNS-001 to 004 read local values only, on the window's first day."""

    def test_window_short_without_profile_is_quiet(self, round_: ConsultationRound) -> None:
        """A 5-day window yields nothing when no profile sets a minimum."""
        assert "WSP-CNS-001" not in _codes(_window(round_, dt.date(2020, 10, 2), 5))

    def test_window_short_with_profile_is_an_error(self, round_: ConsultationRound) -> None:
        """2–22 October (20 days by art. 111 § 2 KC) under 21 days is an error, marked secondary."""
        short = _window(round_, dt.date(2020, 10, 2), 21)

        [finding] = [
            f for f in run(short, RULES, on=short.window.start, overrides=KRAKOW)
            if f.code == "WSP-CNS-001"
        ]  # fmt: skip

        assert finding.severity is Severity.ERROR
        assert finding.jsonpath == "$.window"
        assert finding.confidence is Confidence.SECONDARY
        assert finding.message("en") == (
            "the consultation 2020-10-02 – 2020-10-22 lasted 20 days, shorter than "
            "the required 21 days"
        )

    def test_window_counts_by_the_civil_code(self, round_: ConsultationRound) -> None:
        """Opened on 2 October, 21 days end on 23 October (art. 111 § 2 KC), not 22 October."""
        assert "WSP-CNS-001" not in _codes(_window(round_, dt.date(2020, 10, 2), 22), KRAKOW)
        assert "WSP-CNS-001" in _codes(_window(round_, dt.date(2020, 10, 2), 21), KRAKOW)

    def test_window_minimum_is_dated(self, round_: ConsultationRound) -> None:
        """The same 14-day window passes before the local resolution and fails after it."""
        before = _window(round_, CXI_2904_18 - dt.timedelta(days=1), 14)
        after = _window(round_, CXI_2904_18, 14)

        assert "WSP-CNS-001" not in _codes(before, KRAKOW)
        assert "WSP-CNS-001" in _codes(after, KRAKOW)

    def test_information_period(self, round_: ConsultationRound) -> None:
        """A notice 3 days ahead breaks a 7-day minimum; 7 days ahead meets it."""
        start = dt.date(2020, 10, 2)
        late = attrs.evolve(
            _window(round_, start, 21),
            announcement=ConsultationAnnouncement(published_on=dt.date(2020, 9, 29)),
        )
        timely = attrs.evolve(
            late, announcement=ConsultationAnnouncement(published_on=dt.date(2020, 9, 25))
        )

        [finding] = [
            f for f in run(late, RULES, on=start, overrides=KRAKOW) if f.code == "WSP-CNS-002"
        ]

        assert finding.severity is Severity.WARNING
        assert finding.jsonpath == "$.announcement.published_on"
        assert finding.params["days"] == 3
        assert "WSP-CNS-002" not in _codes(timely, KRAKOW)
        assert "WSP-CNS-002" not in _codes(late)

    def test_information_period_is_dated(self, round_: ConsultationRound) -> None:
        """A 3-day notice is fine before the local resolution, reported after it."""

        def notice(start: dt.date) -> ConsultationRound:
            return attrs.evolve(
                _window(round_, start, 21),
                announcement=ConsultationAnnouncement(published_on=start - dt.timedelta(days=3)),
            )

        assert "WSP-CNS-002" not in _codes(notice(dt.date(2018, 9, 25)), KRAKOW)
        assert "WSP-CNS-002" in _codes(notice(dt.date(2018, 9, 26)), KRAKOW)

    def test_round_without_notice_is_not_assessed(self, round_: ConsultationRound) -> None:
        """Without a recorded notice the information rule stays quiet."""
        silent = attrs.evolve(_window(round_, dt.date(2020, 10, 2), 21), announcement=None)

        assert "WSP-CNS-002" not in _codes(silent, KRAKOW)

    def test_too_few_forms(self, round_: ConsultationRound) -> None:
        """Two distinct forms break a 3-form minimum; duplicates count once."""
        few = attrs.evolve(
            _window(round_, dt.date(2020, 10, 2), 21),
            forms=("open_meeting", "email", "email"),
        )

        [finding] = [
            f for f in run(few, RULES, on=few.window.start, overrides=KRAKOW)
            if f.code == "WSP-CNS-003"
        ]  # fmt: skip

        assert finding.severity is Severity.WARNING
        assert finding.params["count"] == 2
        assert finding.jsonpath == "$.forms"
        assert "WSP-CNS-003" not in _codes(
            attrs.evolve(few, forms=(*few.forms, "written_form")), KRAKOW
        )
        assert "WSP-CNS-003" not in _codes(few)

    def test_forms_minimum_is_dated(self, round_: ConsultationRound) -> None:
        """One form is fine before the local resolution and reported after it."""

        def one_form(start: dt.date) -> ConsultationRound:
            return attrs.evolve(_window(round_, start, 21), forms=("open_meeting",))

        assert "WSP-CNS-003" not in _codes(one_form(dt.date(2018, 9, 25)), KRAKOW)
        assert "WSP-CNS-003" in _codes(one_form(dt.date(2018, 9, 26)), KRAKOW)

    @pytest.mark.parametrize("form", ["open_meeting", "workshop"])
    def test_open_meeting_or_workshop_satisfies(self, round_: ConsultationRound, form: str) -> None:
        """Either an open meeting or a workshop meets the requirement."""
        fine = attrs.evolve(
            _window(round_, dt.date(2020, 10, 2), 21), forms=("email", "written_form", form)
        )

        assert "WSP-CNS-004" not in _codes(fine, KRAKOW)

    def test_no_open_meeting_where_required(self, round_: ConsultationRound) -> None:
        """Three forms without a meeting break Kraków's requirement, and only when required."""
        closed = attrs.evolve(
            _window(round_, dt.date(2020, 10, 2), 21),
            forms=("email", "written_form", "phone_duty_hours"),
        )
        not_required = _krakow(**{OPEN_MEETING_REQUIRED.name: False})

        [finding] = [
            f for f in run(closed, RULES, on=closed.window.start, overrides=KRAKOW)
            if f.code == "WSP-CNS-004"
        ]  # fmt: skip

        assert finding.severity is Severity.WARNING
        assert "phone_duty_hours" in finding.message("en")
        assert "WSP-CNS-004" not in _codes(closed, not_required)
        assert "WSP-CNS-004" not in _codes(closed)
        assert "WSP-CNS-004" not in _codes(
            attrs.evolve(closed, window=attrs.evolve(closed.window, start=dt.date(2018, 9, 1))),
            KRAKOW,
        )


class TestStatutoryRules:
    """WSP-CNS-005 to 010 need no profile."""

    def _adopted(self, round_: ConsultationRound, day: dt.date) -> ConsultationRound:
        assert round_.report is not None
        act = Resolution(number="I/1/18", body="Rada Miasta Krakowa", adopted_on=day)
        return attrs.evolve(round_, report=attrs.evolve(round_.report, act=act, published_on=None))

    def test_adopted_before_window_closed_is_an_error(self, round_: ConsultationRound) -> None:
        """An act adopted on the window's last day is an error at the adoption date."""
        early = self._adopted(round_, round_.window.end)

        [finding] = [f for f in check(early) if f.code == "WSP-CNS-005"]

        assert finding.severity is Severity.ERROR
        assert finding.jsonpath == "$.report.act.adopted_on"
        assert "art. 5a ust. 1" in finding.describe("pl")

    def test_adopted_after_window_is_fine(self, round_: ConsultationRound) -> None:
        """An act adopted the day after the window closes is fine, and so is no act."""
        late = self._adopted(round_, round_.window.end + dt.timedelta(days=1))

        assert "WSP-CNS-005" not in check(late).codes
        assert "WSP-CNS-005" not in check(attrs.evolve(round_, report=None)).codes

    def test_adoption_rule_is_dated(self, round_: ConsultationRound) -> None:
        """The rule applies from the 2010 amendment on, not to a 2009 round."""
        old = attrs.evolve(
            round_, window=wspolpraca.Period(start=dt.date(2009, 9, 1), end=dt.date(2009, 9, 14))
        )
        early = self._adopted(old, dt.date(2009, 9, 10))

        assert "WSP-CNS-005" not in check(early).codes
        assert "WSP-CNS-005" in check(early, on=dt.date(2010, 3, 12)).codes

    def test_unanswered_remark_in_published_report(self, round_: ConsultationRound) -> None:
        """An unanswered remark is a warning once the report is published, not before."""
        remarks = (attrs.evolve(round_.remarks[0], answer=None), *round_.remarks[1:])
        unanswered = attrs.evolve(round_, remarks=remarks)
        assert unanswered.report is not None
        unpublished = attrs.evolve(
            unanswered, report=attrs.evolve(unanswered.report, published_on=None)
        )

        local = {ANSWERS_REQUIRED.name: (DatedValue(value=True, valid_from=dt.date(2010, 1, 1)),)}

        [finding] = [
            f for f in run(unanswered, RULES, on=unanswered.window.start, overrides=local)
            if f.code == "WSP-CNS-006"
        ]  # fmt: skip

        assert finding.severity is Severity.WARNING
        assert finding.jsonpath == "$.remarks[0].answer"
        assert "'U-1'" in finding.message("en")
        assert (
            "WSP-CNS-006"
            not in run(unpublished, RULES, on=unpublished.window.start, overrides=local).codes
        )
        assert "WSP-CNS-006" not in check(unanswered).codes  # a local duty: profile only

    @pytest.mark.parametrize("state", ["rejected", "partly_accepted"])
    def test_rejection_without_justification(self, round_: ConsultationRound, state: str) -> None:
        """A rejection (in whole or part) with a blank justification is a warning."""
        bare = Remark(
            id="X", submitter="A", proposal="p", answer=Answer(state=state, justification=" ")
        )
        broken = attrs.evolve(round_, remarks=(*round_.remarks, bare))
        local = {
            JUSTIFICATION_REQUIRED.name: (DatedValue(value=True, valid_from=dt.date(2010, 1, 1)),)
        }

        [finding] = [
            f for f in run(broken, RULES, on=broken.window.start, overrides=local)
            if f.code == "WSP-CNS-007"
        ]  # fmt: skip

        assert "WSP-CNS-007" not in check(broken).codes  # a local duty: profile only
        assert finding.severity is Severity.WARNING
        assert finding.jsonpath == f"$.remarks[{len(round_.remarks)}].answer.justification"

    def test_acceptance_needs_no_justification(self, round_: ConsultationRound) -> None:
        """An accepted remark without a justification is fine."""
        bare = Remark(id="X", submitter="A", proposal="p", answer=Answer(state="accepted"))

        assert "WSP-CNS-007" not in check(attrs.evolve(round_, remarks=(bare,))).codes

    def test_report_after_adoption_warns(self, round_: ConsultationRound) -> None:
        """A report published after the act was adopted is a warning naming the delay."""
        assert round_.report is not None
        assert round_.report.act is not None
        adopted = round_.report.act.adopted_on
        late = attrs.evolve(
            round_,
            report=attrs.evolve(round_.report, published_on=adopted + dt.timedelta(days=4)),
        )
        same_day = attrs.evolve(round_, report=attrs.evolve(round_.report, published_on=adopted))

        [finding] = [f for f in check(late) if f.code == "WSP-CNS-008"]

        assert finding.severity is Severity.WARNING
        assert finding.params["days"] == 4
        assert "WSP-CNS-008" not in check(same_day).codes

    def test_local_form_is_info(self, round_: ConsultationRound) -> None:
        """A form outside the shipped list is information only."""
        local = attrs.evolve(round_, forms=(*round_.forms, "ankieta_uliczna"))

        [finding] = [f for f in check(local) if f.code == "WSP-CNS-009"]

        assert finding.severity is Severity.INFO
        assert finding.jsonpath == f"$.forms[{len(round_.forms)}]"

    def test_reply_to_missing_remark_warns(self, round_: ConsultationRound) -> None:
        """A reply to an id not in the round is a warning; a reply to an existing one is fine."""
        remark = Remark(id="R", submitter="Rada", proposal="p", replies_to="U-99")
        dangling = attrs.evolve(round_, remarks=(*round_.remarks, remark))

        [finding] = [f for f in check(dangling) if f.code == "WSP-CNS-010"]

        assert finding.severity is Severity.WARNING
        assert finding.params["replies_to"] == "U-99"
        fixed = attrs.evolve(
            round_, remarks=(*round_.remarks, attrs.evolve(remark, replies_to="U-1"))
        )
        assert "WSP-CNS-010" not in check(fixed).codes

    def test_report_without_act(self) -> None:
        """A published report with no act yet triggers no adoption rule."""
        round_ = wspolpraca.load_file(
            ROOT / "examples" / "krakow-2015-annual-consultation.json", ConsultationRound
        )
        assert round_.report is not None

        pending = attrs.evolve(round_, report=ConsultationReport(published_on=dt.date(2014, 10, 1)))

        assert check(pending).codes == frozenset()
