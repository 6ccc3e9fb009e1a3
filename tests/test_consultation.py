"""Consultation rounds: invariants, derived counts, round trips and bad input."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import (
    Answer,
    ConsultationMeeting,
    ConsultationReport,
    ConsultationRound,
    DraftAct,
    Period,
    Remark,
    Unit,
)
from wspolpraca.errors import (
    InconsistentError,
    InvalidValueError,
    UnknownCodeError,
    ValidationErrors,
)

from .conftest import ROOT

MULTI_YEAR = ROOT / "examples" / "krakow-2019-2022-multi-year-consultation.json"
ANNUAL_2015 = ROOT / "examples" / "krakow-2015-annual-consultation.json"
KRAKOW = Unit(name="Gmina Miejska Kraków", teryt="1261011", level="city_with_county_rights")


def _round(**changes: Any) -> ConsultationRound:
    base = ConsultationRound(
        unit=KRAKOW,
        draft=DraftAct(title="Projekt programu", act_kind="annual_programme"),
        window=Period(start=dt.date(2020, 10, 2), end=dt.date(2020, 10, 23)),
    )
    return attrs.evolve(base, **changes)


@pytest.fixture
def round_data() -> dict[str, Any]:
    """A fresh, mutable copy of the 2019–2022 example round as parsed JSON."""
    data: dict[str, Any] = json.loads(MULTI_YEAR.read_text("utf-8"))
    return copy.deepcopy(data)


def _errors(data: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(ValidationErrors) as info:
        wspolpraca.structure(data)
    return [(error.code, error.jsonpath) for error in info.value.errors]


class TestConsultationRound:
    """The round and its parts as Python objects."""

    def test_minimal_round_loads_with_defaults(self) -> None:
        """A round needs only the unit, the draft and the window; the rest may be missing."""
        round_ = _round()

        assert round_.meetings == ()
        assert round_.report is None
        assert round_.answer_counts["unanswered"] == 0

    def test_answer_counts_are_derived_from_remarks(self) -> None:
        """Counts per canonical state (zeros included) and unanswered come from the remarks."""
        round_ = _round(
            remarks=(
                Remark(id="1", submitter="A", proposal="p", answer=Answer(state="accepted")),
                Remark(id="2", submitter="B", proposal="p", answer=Answer(state="rejected")),
                Remark(id="3", submitter="C", proposal="p"),
            )
        )

        assert dict(round_.answer_counts) == {
            "accepted": 1,
            "partly_accepted": 0,
            "rejected": 1,
            "not_applicable": 0,
            "unanswered": 1,
        }
        assert "answer_counts" not in wspolpraca.unstructure(round_)

    def test_accepted_share_by_theme(self) -> None:
        """The share counts full and partial acceptance among answered remarks of a theme."""
        round_ = _round(
            remarks=(
                Remark(id="1", submitter="A", proposal="p", theme="Seniorzy",
                       answer=Answer(state="partly_accepted")),
                Remark(id="2", submitter="B", proposal="p", theme="Seniorzy",
                       answer=Answer(state="rejected")),
                Remark(id="3", submitter="C", proposal="p", theme="Seniorzy"),
            )
        )  # fmt: skip

        assert round_.accepted_share("Seniorzy") == 0.5
        assert round_.accepted_share("Kultura") is None

    def test_remark_replying_to_itself_raises(self) -> None:
        """A remark whose replies_to is its own id is refused at the field."""
        with pytest.raises(InconsistentError, match="replies to itself") as info:
            Remark(id="U-1", submitter="A", proposal="p", replies_to="U-1")

        assert info.value.code == "remark_replies_to_itself"
        assert info.value.jsonpath == "$.replies_to"

    def test_duplicate_remark_ids_raise(self) -> None:
        """Two remarks with one id are refused at the second one's id."""
        remark = Remark(id="U-1", submitter="A", proposal="p")

        with pytest.raises(InconsistentError, match="used twice") as info:
            _round(remarks=(remark, attrs.evolve(remark, submitter="B")))

        assert info.value.jsonpath == "$.remarks[1].id"

    @pytest.mark.parametrize("day", [dt.date(1989, 12, 31), dt.date(2101, 1, 1)])
    def test_meeting_outside_plausible_years_raises(self, day: dt.date) -> None:
        """A meeting dated before 2003 or after 2100 is refused."""
        with pytest.raises(InvalidValueError, match="date out of range") as info:
            ConsultationMeeting(held_on=day)

        assert info.value.code == "date_out_of_range"

    @pytest.mark.parametrize("day", [dt.date(2003, 1, 1), dt.date(2100, 12, 31)])
    def test_meeting_at_range_ends_is_fine(self, day: dt.date) -> None:
        """The first and last plausible days load."""
        assert ConsultationMeeting(held_on=day).held_on == day

    def test_negative_participants_raise(self) -> None:
        """A negative number of participants is refused."""
        with pytest.raises(InvalidValueError, match="cannot be negative"):
            ConsultationMeeting(held_on=dt.date(2018, 3, 6), participants=-1)

    def test_unknown_answer_state_raises(self) -> None:
        """An answer state outside the canonical list is refused, naming the list."""
        with pytest.raises(UnknownCodeError, match="answer_states") as info:
            Answer(state="przyjęta")

        assert info.value.jsonpath == "$.state"

    def test_report_date_is_plausible(self) -> None:
        """A report dated in the year 1989 is refused."""
        with pytest.raises(InvalidValueError, match="date out of range"):
            ConsultationReport(published_on=dt.date(1989, 1, 1))


class TestRoundTrip:
    """Examples and odd text survive dumps and loads."""

    @pytest.mark.parametrize("path", [MULTI_YEAR, ANNUAL_2015], ids=["2019-2022", "2015"])
    def test_examples_round_trip_canonically(self, path: Any) -> None:
        """Each example loads as a round and dumps back to its own text."""
        text = path.read_text("utf-8")

        round_ = wspolpraca.loads(text, ConsultationRound)

        assert wspolpraca.dumps(round_) == text
        assert wspolpraca.loads(wspolpraca.dumps(round_)) == round_

    @pytest.mark.parametrize(
        "justification",
        ["Zażółć gęślą jaźń — „cudzysłów”", "🌳 \u200b ẞ \u0301", "\u202eRTL", "", "a\x00b\n\t"],
    )
    def test_any_unicode_justification_survives(
        self, round_data: dict[str, Any], justification: str
    ) -> None:
        """Free-text justifications come back byte for byte."""
        round_data["remarks"][0]["answer"]["justification"] = justification

        round_ = wspolpraca.structure(round_data, ConsultationRound)
        again = wspolpraca.loads(wspolpraca.dumps(round_), ConsultationRound)

        answer = again.remarks[0].answer
        assert answer is not None
        assert answer.justification == justification
        assert again == round_

    def test_kind_is_consultation_round(self, round_data: dict[str, Any]) -> None:
        """The document kind tag is registered and read without a class."""
        assert round_data["kind"] == "consultation_round"
        assert isinstance(wspolpraca.structure(round_data), ConsultationRound)
        assert wspolpraca.serialization.kind_of(ConsultationRound) == "consultation_round"


class TestBadInput:
    """Bad documents give located errors, all at once."""

    def test_meeting_out_of_range_is_located(self, round_data: dict[str, Any]) -> None:
        """A meeting in 1989 is reported at its date."""
        round_data["meetings"][2]["held_on"] = "1989-05-01"

        assert _errors(round_data) == [("date_out_of_range", "$.meetings[2].held_on")]

    def test_remark_replying_to_itself_is_located(self, round_data: dict[str, Any]) -> None:
        """A remark answering itself is reported at its replies_to."""
        round_data["remarks"][3]["replies_to"] = round_data["remarks"][3]["id"]

        assert _errors(round_data) == [("remark_replies_to_itself", "$.remarks[3].replies_to")]

    def test_unknown_answer_state_is_located(self, round_data: dict[str, Any]) -> None:
        """An answer state unknown to the canonical list is reported at the state."""
        round_data["remarks"][1]["answer"]["state"] = "odrzucona"

        assert _errors(round_data) == [("unknown_code", "$.remarks[1].answer.state")]

    def test_duplicate_remark_id_is_located(self, round_data: dict[str, Any]) -> None:
        """A repeated remark id is reported at the repeat."""
        round_data["remarks"][4]["id"] = round_data["remarks"][0]["id"]

        assert _errors(round_data) == [("duplicate_remark_id", "$.remarks[4].id")]

    def test_many_problems_at_once(self, round_data: dict[str, Any]) -> None:
        """Several bad values in different places are all reported in one load."""
        round_data["meetings"][0]["held_on"] = "2101-01-01"
        round_data["meetings"][1]["participants"] = -3
        round_data["remarks"][0]["answer"]["state"] = "maybe"
        round_data["forms"][1] = " "
        round_data["window"]["end"] = "2018-02-30"
        round_data["report"]["surprise"] = 1

        assert sorted(_errors(round_data)) == sorted(
            [
                ("date_out_of_range", "$.meetings[0].held_on"),
                ("negative_count", "$.meetings[1].participants"),
                ("unknown_code", "$.remarks[0].answer.state"),
                ("blank_text", "$.forms[1]"),
                ("invalid_date", "$.window.end"),
                ("unknown_field", "$.report.surprise"),
            ]
        )

    def test_window_out_of_range_is_located(self, round_data: dict[str, Any]) -> None:
        """A window starting in 1988 is reported at its start."""
        round_data["window"]["start"] = "1988-09-03"

        assert _errors(round_data) == [("date_out_of_range", "$.window.start")]

    def test_window_ending_before_start_is_located(self, round_data: dict[str, Any]) -> None:
        """A window that ends before it starts is refused at its end."""
        round_data["window"] = {"start": "2018-09-17", "end": "2018-09-03"}

        assert _errors(round_data) == [("end_before_start", "$.window.end")]
