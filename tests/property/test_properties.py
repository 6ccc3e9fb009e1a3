"""Property tests over generated programmes (see ``wspolpraca.strategies``)."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wspolpraca
from wspolpraca import AnnualProgramme, LocalInitiative, OpenCompetition
from wspolpraca.errors import ValidationErrors
from wspolpraca.rules import Severity
from wspolpraca.strategies import (
    annual_programmes,
    local_initiatives,
    money,
    open_competitions,
    organisations,
    periods,
    priority_tasks,
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


class TestCompetitionProperties:
    """
    Open competitions and local initiatives from ``wspolpraca.strategies``.

    "Termin do składania ofert nie może być krótszy niż 21 dni od dnia ukazania się ostatniego
    ogłoszenia" (art. 13 ust. 1): generated competitions give at least 30 days, so they are
    lawful on either side of the 2010 amendment.
    """

    @given(open_competitions())
    def test_competition_round_trip(self, competition: OpenCompetition) -> None:
        """Every generated competition survives dumps/loads, and dumps is idempotent."""
        text = wspolpraca.dumps(competition)

        assert wspolpraca.loads(text) == competition
        assert wspolpraca.dumps(wspolpraca.loads(text)) == text

    @given(local_initiatives())
    def test_initiative_round_trip(self, initiative: LocalInitiative) -> None:
        """Every generated local initiative survives dumps/loads and pickling."""
        text = wspolpraca.dumps(initiative)

        assert wspolpraca.loads(text) == initiative
        assert pickle.loads(pickle.dumps(initiative)) == initiative

    @given(organisations())
    def test_organisation_round_trip(self, organisation: object) -> None:
        """Organisations round-trip through structure/unstructure."""
        assert (
            wspolpraca.structure(wspolpraca.unstructure(organisation), type(organisation))
            == organisation
        )

    @given(st.one_of(open_competitions(), local_initiatives()), st.dates())
    def test_check_never_raises(self, document: object, on: object) -> None:
        """``check`` returns findings for any valid competition or initiative on any date."""
        result = wspolpraca.check(document, on=on)  # type: ignore[arg-type]

        assert all(f.severity in set(Severity) for f in result)

    @given(st.one_of(open_competitions(), local_initiatives()))
    def test_generated_documents_have_no_errors(self, document: object) -> None:
        """Strategies produce competitions and initiatives that break no error-severity rule."""
        assert wspolpraca.check(document).errors == ()

    @given(open_competitions(), st.data())
    def test_mutated_competitions_fail_cleanly(
        self, competition: OpenCompetition, data: st.DataObject
    ) -> None:
        """Replacing one field of a valid competition with junk gives located errors only."""
        document = wspolpraca.unstructure(competition)
        key = data.draw(st.sampled_from(sorted(document)))
        document[key] = data.draw(TestRobustness.json_values)

        try:
            wspolpraca.structure(document)
        except ValidationErrors as group:
            errors = group.errors
        else:
            return
        assert errors
        assert all(error.jsonpath.startswith("$") for error in errors)
