"""Property tests over generated programmes (see ``wspolpraca.strategies``)."""

from __future__ import annotations

import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wspolpraca
from wspolpraca import AnnualProgramme, ConsultationRound
from wspolpraca.errors import ValidationErrors
from wspolpraca.rules import DatedValue, Severity
from wspolpraca.rules._engine import run
from wspolpraca.rules.consultation import (
    MIN_FORMS,
    MIN_INFORMATION_DAYS,
    MIN_WINDOW_DAYS,
    OPEN_MEETING_REQUIRED,
)
from wspolpraca.rules.consultation import RULES as CONSULTATION_RULES
from wspolpraca.strategies import (
    annual_programmes,
    consultation_rounds,
    money,
    periods,
    priority_tasks,
    remarks,
    units,
)

pytestmark = pytest.mark.property


class TestRoundTrip:
    """``loads(dumps(x)) == x`` and the canonical form is a fixed point."""

    @given(annual_programmes())
    def test_programme_round_trip(self, programme: AnnualProgramme) -> None:
        """Every generated programme survives dumps/loads, and dumps is idempotent."""
        text = wspolpraca.dumps(programme)

        assert wspolpraca.loads(text) == programme
        assert wspolpraca.dumps(wspolpraca.loads(text)) == text

    @given(st.one_of(units(), periods(), priority_tasks()))
    def test_value_objects_round_trip(self, obj: object) -> None:
        """Units, periods and tasks round-trip through structure/unstructure."""
        assert wspolpraca.structure(wspolpraca.unstructure(obj), type(obj)) == obj

    @given(money())
    def test_money_text_round_trip(self, amount: object) -> None:
        """Every amount is written with two places and read back exactly."""
        task = wspolpraca.PriorityTask(title="T", planned_amount=amount)  # type: ignore[arg-type]

        data = wspolpraca.unstructure(task)

        assert wspolpraca.structure(data, wspolpraca.PriorityTask) == task
        assert data["planned_amount"].count(".") == 1
        assert len(data["planned_amount"].split(".")[1]) == 2

    @given(annual_programmes())
    def test_pickle(self, programme: AnnualProgramme) -> None:
        """Programmes pickle and unpickle equal."""
        assert pickle.loads(pickle.dumps(programme)) == programme


class TestConsultationRoundTrip:
    """Consultation rounds: nothing is dropped, free text included."""

    @given(consultation_rounds())
    def test_round_round_trip(self, round_: ConsultationRound) -> None:
        """Every generated round survives dumps/loads, dumps is idempotent, counts add up."""
        text = wspolpraca.dumps(round_)

        assert wspolpraca.loads(text) == round_
        assert wspolpraca.dumps(wspolpraca.loads(text)) == text
        assert sum(round_.answer_counts.values()) == len(round_.remarks)

    @given(remarks())
    def test_remark_round_trip(self, remark: object) -> None:
        """Remarks, with any Unicode in their justifications, round-trip through structure."""
        assert wspolpraca.structure(wspolpraca.unstructure(remark), type(remark)) == remark


class TestCatalogueContract:
    """Rules never raise on valid objects; valid objects have no errors."""

    @given(annual_programmes(), st.dates())
    def test_check_never_raises(self, programme: AnnualProgramme, on: object) -> None:
        """``check`` returns findings for any valid programme on any date, never raising."""
        result = wspolpraca.check(programme, on=on)  # type: ignore[arg-type]

        assert all(f.severity in set(Severity) for f in result)

    @given(annual_programmes())
    def test_generated_programmes_have_no_errors(self, programme: AnnualProgramme) -> None:
        """Strategies produce programmes that break no error-severity rule."""
        assert wspolpraca.check(programme).errors == ()

    @given(consultation_rounds(), st.dates())
    def test_check_never_raises_on_rounds(self, round_: ConsultationRound, on: object) -> None:
        """``check`` returns findings for any valid round on any date, never raising."""
        result = wspolpraca.check(round_, on=on)  # type: ignore[arg-type]

        assert all(f.severity in set(Severity) for f in result)

    @given(consultation_rounds())
    def test_generated_rounds_have_no_errors(self, round_: ConsultationRound) -> None:
        """Strategies produce rounds that break no error-severity rule."""
        assert wspolpraca.check(round_).errors == ()

    @given(
        consultation_rounds(),
        st.integers(0, 60),
        st.integers(0, 30),
        st.integers(0, 8),
        st.booleans(),
    )
    def test_local_values_never_raise(
        self, round_: ConsultationRound, window: int, notice: int, forms: int, meeting: bool
    ) -> None:
        """Any local minimums a profile supplies give findings, never exceptions."""
        overrides: dict[str, tuple[DatedValue[Any], ...]] = {
            MIN_WINDOW_DAYS.name: (DatedValue(value=window),),
            MIN_INFORMATION_DAYS.name: (DatedValue(value=notice),),
            MIN_FORMS.name: (DatedValue(value=forms),),
            OPEN_MEETING_REQUIRED.name: (DatedValue(value=meeting),),
        }

        result = run(round_, CONSULTATION_RULES, on=round_.window.start, overrides=overrides)

        assert all(f.path for f in result)


class TestRobustness:
    """Arbitrary JSON never escapes as anything but ValidationErrors."""

    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=8), children, max_size=4)
        ),
        max_leaves=20,
    )

    @given(json_values)
    def test_arbitrary_json_is_refused_cleanly(self, value: object) -> None:
        """Any JSON value either loads or raises ValidationErrors with located errors."""
        import json

        try:
            wspolpraca.loads(json.dumps(value))
        except ValidationErrors as group:
            errors = group.errors
        else:
            return
        assert errors
        assert all(error.jsonpath.startswith("$") for error in errors)

    @given(annual_programmes(), st.data())
    def test_mutated_documents_fail_cleanly(
        self, programme: AnnualProgramme, data: st.DataObject
    ) -> None:
        """Replacing one field of a valid document with junk gives located errors only."""
        document = wspolpraca.unstructure(programme)
        key = data.draw(st.sampled_from(sorted(document)))
        document[key] = data.draw(self.json_values)

        try:
            wspolpraca.structure(document)
        except ValidationErrors as group:
            errors = group.errors
        else:
            return
        assert errors
        assert any(error.path[:1] in {(key,), ()} for error in errors)
