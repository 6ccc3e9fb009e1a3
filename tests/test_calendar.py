"""The statutory calendar: deadlines from the rules' own parameters, and their status."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import attrs
import icalendar
import pytest

import wspolpraca
from wspolpraca.calendar import Deadline, DeadlineStatus, cycle, deadlines, to_ical
from wspolpraca.profiles import load_profile, profile_from_toml

from .conftest import ROOT

EXAMPLES = ROOT / "examples"
DAY = dt.date(2026, 1, 1)

CONSULTING = """
name = "test"
version = "1"
label_pl = "Gmina Testowa"
label_en = "Test municipality"

[[acts]]
id = "I/1/18"
kind = "uchwała"
body = "Rada Gminy"
adopted_on = 2018-10-01

[[parameters]]
parameter = "consultation.min_window_days"
value = 21
act = "I/1/18"

[[parameters]]
parameter = "consultation.min_information_days"
value = 7
act = "I/1/18"

[[parameters]]
parameter = "report.deadline"
value = "04-30"
act = "I/1/18"
"""


def late_programme(example_data: dict[str, Any]) -> wspolpraca.AnnualProgramme:
    """The Kraków example turned into a programme for 2020 adopted on 5 December 2019."""
    example_data["year"] = 2020
    example_data["period"] = {"start": "2020-01-01", "end": "2020-12-31"}
    example_data["resolution"]["adopted_on"] = "2019-12-05"
    document = wspolpraca.loads(json.dumps(example_data))
    assert isinstance(document, wspolpraca.AnnualProgramme)
    return document


def by_key(found: tuple[Deadline, ...], key: str) -> Deadline:
    """The single deadline with *key*."""
    (match,) = [d for d in found if d.key == key]
    return match


class TestAgreesWithChecker:
    """The calendar and the rules read the same parameters and cannot disagree."""

    def test_krakow_2020_late_adoption_is_missed_as_the_checker_says(
        self, example_data: dict[str, Any]
    ) -> None:
        """Kraków 2020, adopted 5 December 2019: missed on 30 November, as WSP-PRG-001 reports."""
        krakow = load_profile("krakow")
        programme = late_programme(example_data)

        adoption = by_key(
            deadlines(2020, profile=krakow, documents=[programme], today=DAY), "programme.adoption"
        )
        (finding,) = [
            f for f in wspolpraca.check(programme, profile=krakow) if f.code == "WSP-PRG-001"
        ]

        assert adoption.status is DeadlineStatus.MISSED
        assert adoption.rule == finding.code == "WSP-PRG-001"
        assert adoption.due == finding.params["deadline"] == dt.date(2019, 11, 30)
        assert adoption.actual == dt.date(2019, 12, 5)
        assert adoption.path == finding.path

    def test_adoption_on_time_is_met_and_checker_is_silent(self) -> None:
        """The 2021 example, adopted 25 November 2020: met, and no WSP-PRG-001 finding."""
        programme = wspolpraca.load_file(EXAMPLES / "krakow-2021-annual.json")

        adoption = by_key(deadlines(2021, documents=[programme], today=DAY), "programme.adoption")

        assert adoption.status is DeadlineStatus.MET
        assert "WSP-PRG-001" not in wspolpraca.check(programme).codes

    def test_late_small_grant_publication_is_missed_as_wsp_sgr_007_says(self) -> None:
        """A small-grant offer published late is missed in the calendar and found by WSP-SGR-007."""
        register = wspolpraca.load_file(EXAMPLES / "krakow-2026-small-grants.json")
        assert isinstance(register, wspolpraca.SmallGrantRegister)
        grant = register.grants[0]
        late = attrs.evolve(
            register,
            grants=(
                attrs.evolve(
                    grant,
                    published_on=grant.offer_submitted_on + dt.timedelta(days=30),
                    displayed_until=None,
                    comment_window=None,
                    agreement_signed_on=None,
                ),
                *register.grants[1:],
            ),
        )

        found = [
            d
            for d in deadlines(2026, documents=[late], today=DAY)
            if d.key == "small_grant.publication"
        ]
        hits = [f for f in wspolpraca.check(late) if f.code == "WSP-SGR-007"]

        assert [d.status for d in found].count(DeadlineStatus.MISSED) == len(hits) == 1
        assert found[0].path == hits[0].path
        assert found[0].due == hits[0].params["deadline"]

    def test_competition_and_council_opinion_from_documents(self) -> None:
        """The competition's notice and the council's opinion take their dates from documents."""
        docs = [
            wspolpraca.load_file(EXAMPLES / name)
            for name in ("krakow-2021-competition.json", "krakow-krdpp.json")
        ]

        found = deadlines(2021, documents=docs, today=DAY)
        notice = by_key(found, "competition.announcement")
        opinion = by_key(found, "council.opinion")

        assert notice.due == dt.date(2021, 1, 13)  # 3 February − 21 days
        assert notice.status is DeadlineStatus.MET
        assert (opinion.start, opinion.due) == (dt.date(2020, 10, 2), dt.date(2020, 10, 16))
        assert not opinion.planned
        assert opinion.rule == "WSP-CNC-010"


class TestDates:
    """Which deadlines there are, and on which day, as the parameters say."""

    def test_without_documents_the_cycle_has_planned_and_statutory_dates(self) -> None:
        """2027 without documents: a planned 14-day council window, adoption, two report dates."""
        found = deadlines(2027, today=DAY)

        assert [d.key for d in found] == [
            "council.opinion",
            "programme.adoption",
            "report.submission",
            "report.publication",
        ]
        opinion = found[0]
        assert opinion.planned
        assert (opinion.start, opinion.due) == (dt.date(2026, 11, 16), dt.date(2026, 11, 30))
        assert found[2].due == dt.date(2028, 5, 31)
        assert all(d.kind == "statutory" for d in found)

    @pytest.mark.parametrize(
        ("year", "due", "confidence"),
        [(2013, dt.date(2014, 4, 30), "secondary"), (2015, dt.date(2016, 5, 31), "secondary")],
    )
    def test_report_deadline_either_side_of_the_cut_over(
        self, year: int, due: dt.date, confidence: str
    ) -> None:
        """The report is due on 30 April before the 2015 cut-over and on 31 May after it."""
        report = by_key(deadlines(year, today=DAY), "report.submission")

        assert report.due == due
        assert report.confidence.value == confidence

    def test_deadlines_are_in_date_order(self) -> None:
        """The deadlines come ordered by due date."""
        docs = [wspolpraca.load_file(EXAMPLES / "krakow-2026-small-grants.json")]

        found = deadlines(2026, documents=docs, today=DAY)

        assert [d.due for d in found] == sorted(d.due for d in found)

    def test_cycle_spans_preparation_to_report(self) -> None:
        """The cycle of 2027 runs from 1 January 2026 to the report deadline of 2028."""
        span = cycle(2027)

        assert (span.start, span.end) == (dt.date(2026, 1, 1), dt.date(2028, 5, 31))


class TestProfile:
    """A profile's local values enter the calendar as local deadlines."""

    def test_consultation_only_with_a_local_resolution(self) -> None:
        """The consultation steps appear only when a profile sets their minimums."""
        local = profile_from_toml(CONSULTING)

        plain = {d.key for d in deadlines(2027, today=DAY)}
        found = deadlines(2027, profile=local, today=DAY)
        window = by_key(found, "consultation.window")
        information = by_key(found, "consultation.information")

        assert "consultation.window" not in plain
        assert window.kind == "local"
        assert window.act == "uchwała I/1/18"
        assert window.start is not None
        assert (window.due - window.start).days == 21  # art. 111 § 2 KC: opening day not counted
        assert window.due == dt.date(2026, 11, 16)  # when the draft goes to the council
        assert information.due == window.start - dt.timedelta(days=7)

    def test_window_from_a_round_counts_by_the_civil_code(self) -> None:
        """A round opened on 2 October 2026 under 21 days may close on 23 October, not 22."""
        local = profile_from_toml(CONSULTING)
        round_ = wspolpraca.load_file(
            ROOT / "examples" / "krakow-2019-2022-multi-year-consultation.json",
            wspolpraca.ConsultationRound,
        )
        draft = attrs.evolve(round_.draft, title="Projekt programu współpracy na rok 2027")
        opened = attrs.evolve(
            round_,
            draft=draft,
            window=wspolpraca.Period(start=dt.date(2026, 10, 2), end=dt.date(2026, 10, 23)),
            report=None,
        )
        short = attrs.evolve(
            opened, window=wspolpraca.Period(start=dt.date(2026, 10, 2), end=dt.date(2026, 10, 22))
        )

        window = by_key(
            deadlines(2027, documents=(opened,), profile=local, today=DAY), "consultation.window"
        )
        late = by_key(
            deadlines(2027, documents=(short,), profile=local, today=DAY), "consultation.window"
        )

        assert window.due == dt.date(2026, 10, 23)
        assert window.status.value == "met"
        assert late.status.value == "missed"

    def test_local_report_deadline_replaces_the_statute(self) -> None:
        """A profile's earlier report date (30 April) is the calendar's, cited to its act."""
        report = by_key(
            deadlines(2027, profile=profile_from_toml(CONSULTING), today=DAY), "report.submission"
        )

        assert report.due == dt.date(2028, 4, 30)
        assert report.legal_basis() == "uchwała I/1/18"

    def test_consultation_round_decides_met_or_missed(self) -> None:
        """The 2014 Kraków round (15 days) misses a 21-day window, as WSP-CNS-001 reports."""
        round_ = wspolpraca.load_file(EXAMPLES / "krakow-2015-annual-consultation.json")
        profile = profile_from_toml(CONSULTING.replace("2018-10-01", "2010-01-01"))

        found = deadlines(2015, profile=profile, documents=[round_], today=DAY)
        result = wspolpraca.check(round_, profile=profile)
        window = by_key(found, "consultation.window")
        information = by_key(found, "consultation.information")

        assert window.status is DeadlineStatus.MISSED
        assert "WSP-CNS-001" in result.codes
        assert (window.start, window.actual) == (dt.date(2014, 9, 12), dt.date(2014, 9, 26))
        assert information.status is DeadlineStatus.MET
        assert "WSP-CNS-002" not in result.codes


class TestStatus:
    """Open, unknown, met and missed relative to *today*."""

    def test_open_before_and_unknown_after_the_due_day(self) -> None:
        """With no document, a deadline is open until its day and unknown afterwards."""
        before = by_key(deadlines(2027, today=dt.date(2026, 11, 30)), "programme.adoption")
        after = by_key(deadlines(2027, today=dt.date(2026, 12, 1)), "programme.adoption")

        assert before.status is DeadlineStatus.OPEN
        assert after.status is DeadlineStatus.UNKNOWN

    def test_labels_are_bilingual(self) -> None:
        """Every status has a Polish and an English label."""
        for status in DeadlineStatus:
            assert status.label("pl")
            assert status.label("en")
        assert DeadlineStatus.MISSED.label("pl") == "przekroczony"

    def test_as_dict_is_json_ready(self) -> None:
        """A deadline's dictionary serialises to JSON with ISO dates."""
        found = deadlines(2027, today=DAY)

        data = json.loads(json.dumps([d.as_dict("en") for d in found]))

        assert data[1]["due"] == "2026-11-30"
        assert data[1]["rule"] == "WSP-PRG-001"
        assert data[1]["basis"] == "art. 5a(1)"


class TestICalendar:
    """The iCalendar export parses back with the same library."""

    def test_ics_has_one_event_per_deadline_with_reminders(self) -> None:
        """The .ics parses with icalendar, one VEVENT per deadline, each with VALARMs."""
        docs = [wspolpraca.load_file(EXAMPLES / "krakow-2026-small-grants.json")]
        found = deadlines(2026, documents=docs, today=DAY)

        data = to_ical(found, stamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        parsed = icalendar.Calendar.from_ical(data)
        events = list(parsed.walk("VEVENT"))

        assert len(events) == len(found)
        assert all(len(event.walk("VALARM")) == 2 for event in events)
        assert {event.decoded("dtend") for event in events} == {
            d.due + dt.timedelta(days=1) for d in found
        }

    def test_missing_extra_names_it(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without icalendar the export fails with a message naming wspolpraca[calendar]."""
        monkeypatch.setitem(sys.modules, "icalendar", None)

        with pytest.raises(ModuleNotFoundError, match=r"wspolpraca\[calendar\]"):
            to_ical(deadlines(2027, today=DAY))


class TestUids:
    """Calendar UIDs are stable across exports and profiles, and unique across units."""

    @staticmethod
    def _documents(teryt: str | None = None) -> list[object]:
        names = ("krakow-2021-annual.json", "krakow-2021-competition.json", "krakow-krdpp.json")
        docs: list[object] = []
        for name in names:
            data = json.loads((EXAMPLES / name).read_text("utf-8"))
            if teryt is not None:
                data["unit"] = {**data["unit"], "teryt": teryt}
            docs.append(wspolpraca.loads(json.dumps(data)))
        return docs

    @staticmethod
    def _uids(data: bytes) -> list[str]:
        return [str(event["uid"]) for event in icalendar.Calendar.from_ical(data).walk("VEVENT")]

    def test_two_exports_give_the_same_uids(self) -> None:
        """Exporting the same cycle twice, on other days, gives the same UIDs."""
        docs = self._documents()
        first = to_ical(deadlines(2021, documents=docs, today=DAY))
        second = to_ical(
            deadlines(2021, documents=docs, today=dt.date(2027, 6, 1)),
            stamp=dt.datetime(2027, 6, 1, tzinfo=dt.UTC),
        )

        assert self._uids(first) == self._uids(second)

    def test_profile_does_not_change_statutory_uids(self) -> None:
        """A profile adds or moves deadlines, but a deadline keeps its UID with or without it."""
        docs = self._documents()
        plain = {d.key: d.uid for d in deadlines(2021, documents=docs, today=DAY)}
        local = deadlines(2021, documents=docs, today=DAY, profile=load_profile("krakow"))

        shared = {d.key: d.uid for d in local if d.key in plain}
        assert shared
        assert all(plain[key] == uid for key, uid in shared.items())

    def test_uids_are_unique_and_name_the_unit(self) -> None:
        """Within a calendar every UID differs; another unit's same deadlines get other UIDs."""
        krakow = deadlines(2021, documents=self._documents(), today=DAY)
        other = deadlines(2021, documents=self._documents("0201011"), today=DAY)

        uids = [d.uid for d in krakow]
        assert len(set(uids)) == len(uids)
        assert all(uid.startswith("1261011-2021-") for uid in uids)
        assert not set(uids) & {d.uid for d in other}

    def test_hand_made_deadline_still_gets_a_uid(self) -> None:
        """A deadline made by hand, without a uid, still exports with one."""
        found = (
            Deadline(
                key="programme.adoption",
                title=wspolpraca._text.Text(pl="Uchwalenie", en="Adoption"),
                due=dt.date(2026, 11, 30),
                parameter="programme.adoption_deadline",
            ),
        )

        assert self._uids(to_ical(found))[0].endswith("@wspolpraca")


def test_programme_from_before_the_act_has_no_report_deadline() -> None:
    """A programme from before the act (no report was due) gets a calendar, without a report."""
    programme = wspolpraca.load_file(EXAMPLES / "krakow-1999-annual.json")
    assert isinstance(programme, wspolpraca.AnnualProgramme)

    found = deadlines(programme.year, documents=[programme])

    assert not any(d.key.startswith("report.") for d in found)
    assert cycle(programme.year).end == dt.date(programme.year + 1, 12, 31)
