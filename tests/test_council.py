"""The council model: invariants, loading, round trips and bad input."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import (
    Council,
    CouncilRequest,
    Membership,
    Opinion,
    Post,
    SeatAllocation,
    Term,
    Unit,
)
from wspolpraca.errors import (
    InconsistentError,
    InvalidValueError,
    UnknownCodeError,
    ValidationErrors,
)

from .conftest import ROOT

KRDPP = ROOT / "examples" / "krakow-krdpp.json"
KRAKOW = Unit(name="Gmina Miejska Kraków", teryt="1261011", level="city_with_county_rights")


@pytest.fixture
def council_data() -> dict[str, Any]:
    """A fresh, mutable copy of the KRDPP example as parsed JSON."""
    data: dict[str, Any] = copy.deepcopy(json.loads(KRDPP.read_text("utf-8")))
    return data


def _errors(data: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(ValidationErrors) as caught:
        wspolpraca.loads(json.dumps(data))
    return [(error.code, error.jsonpath) for error in caught.value.errors]


class TestTerm:
    """A term of a council."""

    def test_term_ending_before_it_starts_raises(self) -> None:
        """A term whose end precedes its start is refused, located at the end."""
        with pytest.raises(InconsistentError, match="before it starts") as caught:
            Term(number=1, start=dt.date(2019, 7, 31), end=dt.date(2019, 7, 30))

        assert caught.value.code == "end_before_start"
        assert caught.value.jsonpath == "$.end"

    def test_open_ended_term_loads(self) -> None:
        """A term whose end is not known has ``end`` None."""
        term = Term(number=1, start=dt.date(2012, 7, 26))

        assert term.end is None

    @pytest.mark.parametrize("number", [0, -1])
    def test_number_below_one_raises(self, number: int) -> None:
        """Terms are numbered from 1."""
        with pytest.raises(InvalidValueError, match="positive") as caught:
            Term(number=number, start=dt.date(2019, 7, 31))

        assert caught.value.code == "not_positive"


class TestMembership:
    """A person's membership."""

    def test_unknown_category_lists_the_valid_ones(self) -> None:
        """An unknown seat category is refused with the list of categories."""
        with pytest.raises(UnknownCodeError, match="council_members, executive, ngo, other"):
            Membership(person="Anna Przykładowa", category="mayor")

    def test_membership_ending_before_it_starts_raises(self) -> None:
        """A membership whose end precedes its start is refused."""
        with pytest.raises(InconsistentError, match="before it starts"):
            Membership(
                person="A", category="ngo", start=dt.date(2020, 2, 1), end=dt.date(2020, 1, 1)
            )

    def test_only_the_name_is_stored(self) -> None:
        """No personal data beyond the name has a field, by design."""
        personal = {field.name for field in attrs.fields(Membership)} - {
            "category",
            "represents",
            "role",
            "start",
            "end",
            "voting",
        }

        assert personal == {"person"}
        assert "no address" in (Membership.__doc__ or "")

    def test_blank_person_raises(self) -> None:
        """A membership needs a name."""
        with pytest.raises(InvalidValueError, match="cannot be empty"):
            Membership(person=" ", category="ngo")


class TestOtherParts:
    """Seats, requests, posts and opinions."""

    def test_negative_seats_raise(self) -> None:
        """A seat count cannot be negative."""
        with pytest.raises(InvalidValueError, match="cannot be negative") as caught:
            SeatAllocation(category="ngo", seats=-1)

        assert caught.value.code == "negative_count"
        assert caught.value.jsonpath == "$.seats"

    def test_negative_requesting_organisations_raise(self) -> None:
        """A request cannot be made by a negative number of organisations."""
        with pytest.raises(InvalidValueError, match="cannot be negative"):
            CouncilRequest(submitted_on=dt.date(2016, 3, 1), organisations=-5)

    def test_post_ending_before_it_starts_raises(self) -> None:
        """A post whose end precedes its start is refused."""
        with pytest.raises(InconsistentError, match="before it starts"):
            Post(role="secretary", holder="B", start=dt.date(2020, 2, 1), end=dt.date(2020, 1, 1))

    def test_opinion_before_draft_raises(self) -> None:
        """An opinion cannot be given before the draft was received."""
        with pytest.raises(InconsistentError, match="before the draft was received") as caught:
            Opinion(draft="D", received_on=dt.date(2020, 10, 2), given_on=dt.date(2020, 10, 1))

        assert caught.value.code == "opinion_before_draft"
        assert caught.value.jsonpath == "$.given_on"

    def test_unknown_task_raises(self) -> None:
        """The task must be one of art. 41i ust. 1."""
        with pytest.raises(UnknownCodeError, match="council_tasks"):
            Opinion(draft="D", task="budget_opinion")

    def test_seats_of_prefers_the_terms_own(self) -> None:
        """A term's own seats replace the council's for that term only."""
        own = (SeatAllocation(category="ngo", seats=3),)
        council = Council(name="R", unit=KRAKOW, seats=(SeatAllocation(category="ngo", seats=8),))

        assert council.seats_of(Term(number=1, start=dt.date(2020, 1, 1), seats=own)) == own
        assert council.seats_of(Term(number=2, start=dt.date(2020, 1, 1))) == council.seats

    def test_every_field_has_bilingual_title(self) -> None:
        """Every council field carries a Polish and an English title."""
        from wspolpraca._model._fields import CODELIST, TITLE

        for cls in (Council, CouncilRequest, Membership, Opinion, Post, SeatAllocation, Term):
            for field in attrs.fields(cls):
                title = field.metadata[TITLE]
                assert title.pl, (cls.__name__, field.name)
                assert title.en, (cls.__name__, field.name)
                if CODELIST in field.metadata:
                    assert field.metadata[CODELIST] in wspolpraca.codelists.shipped_codelists()


class TestLoading:
    """Council documents as JSON."""

    def test_example_loads_and_round_trips(self) -> None:
        """The KRDPP example loads as a council and survives dumps/loads unchanged."""
        council = wspolpraca.load_file(KRDPP)

        assert isinstance(council, Council)
        assert wspolpraca.loads(wspolpraca.dumps(council)) == council
        assert wspolpraca.structure(wspolpraca.unstructure(council), Council) == council

    def test_kind_is_registered(self) -> None:
        """The document kind ``council`` names the Council class."""
        from wspolpraca.serialization import DOCUMENT_KINDS, kind_of

        assert DOCUMENT_KINDS["council"] is Council
        assert kind_of(Council) == "council"

    def test_term_ending_before_it_starts_is_located(self, council_data: dict[str, Any]) -> None:
        """In a file, a term ending before it starts is an error at that term's end."""
        council_data["terms"][1]["end"] = "2019-01-01"

        assert _errors(council_data) == [("end_before_start", "$.terms[1].end")]

    def test_unknown_seat_category_lists_valid_ones(self, council_data: dict[str, Any]) -> None:
        """A member with an unknown category fails to load, listing the valid categories."""
        council_data["terms"][1]["memberships"][2]["category"] = "radni"

        with pytest.raises(ValidationErrors) as caught:
            wspolpraca.loads(json.dumps(council_data))

        [error] = caught.value.errors
        assert error.code == "unknown_code"
        assert error.jsonpath == "$.terms[1].memberships[2].category"
        assert error.params["allowed"] == ("council_members", "executive", "ngo", "other")
        assert "council_members, executive, ngo, other" in error.message("en")

    def test_every_problem_reported_at_once(self, council_data: dict[str, Any]) -> None:
        """Several bad values in a council file are reported together, each located."""
        council_data["seats"][0]["seats"] = -8
        council_data["opinions"][0]["task"] = "nope"
        council_data["terms"][0]["colour"] = "red"

        assert sorted(_errors(council_data)) == [
            ("negative_count", "$.seats[0].seats"),
            ("unknown_code", "$.opinions[0].task"),
            ("unknown_field", "$.terms[0].colour"),
        ]

    def test_duplicated_person_loads_and_is_reported(self, council_data: dict[str, Any]) -> None:
        """The same person on two overlapping seats loads, and a rule reports it."""
        term = council_data["terms"][1]
        term["memberships"].append(
            {"person": term["memberships"][0]["person"], "category": "executive"}
        )

        council = wspolpraca.loads(json.dumps(council_data), Council)
        findings = [f for f in wspolpraca.check(council) if f.code == "WSP-CNC-006"]

        assert [f.jsonpath for f in findings] == [
            f"$.terms[1].memberships[{len(term['memberships']) - 1}].person"
        ]
