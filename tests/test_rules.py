"""The rule catalogue: each rule fires when broken, stays quiet otherwise, and is dated."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import pickle
import re
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import AnnualProgramme, CooperationForm, Period, PriorityTask, Resolution
from wspolpraca._text import Text
from wspolpraca.law import Citation, Confidence
from wspolpraca.rules import (
    CATALOGUE,
    PARAMETERS,
    Context,
    DatedValue,
    Hit,
    Parameter,
    Rule,
    Severity,
    check,
    reference_date,
)

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "krakow-2021-annual.json"


@pytest.fixture
def programme(example_text: str) -> AnnualProgramme:
    """The Kraków 2021 example, which breaks no error-severity rule."""
    return wspolpraca.loads(example_text, AnnualProgramme)


def _adopted(programme: AnnualProgramme, day: dt.date) -> AnnualProgramme:
    assert programme.resolution is not None
    return attrs.evolve(programme, resolution=attrs.evolve(programme.resolution, adopted_on=day))


def _codes(programme: AnnualProgramme, **kwargs: Any) -> list[str]:
    return [finding.code for finding in check(programme, **kwargs)]


class TestCatalogue:
    """The catalogue as data."""

    def test_codes_unique_and_well_formed(self) -> None:
        """Codes are unique and look like WSP-XXX-NNN."""
        codes = [rule.code for rule in CATALOGUE]

        assert len(codes) == len(set(codes))
        assert all(re.fullmatch(r"WSP-[A-Z]{3}-\d{3}", code) for code in codes)

    def test_every_rule_is_bilingual_and_cited(self) -> None:
        """Every rule has titles, messages and descriptions in both languages and a basis."""
        for rule in CATALOGUE:
            for text in (rule.title, rule.message, rule.description):
                assert text.pl.strip()
                assert text.en.strip()
                assert text.pl != text.en
            assert rule.basis

    def test_unconfirmed_law_is_never_an_error(self) -> None:
        """A rule resting on an unconfirmed provision is at most a warning."""
        for rule in CATALOGUE:
            if rule.confidence is Confidence.UNCONFIRMED:
                assert rule.severity is not Severity.ERROR, rule.code

    def test_parameters_are_listed(self) -> None:
        """Every parameter a rule reads is in PARAMETERS."""
        for rule in CATALOGUE:
            for parameter in rule.parameters:
                assert parameter in PARAMETERS

    def test_the_family_table_names_what_each_family_checks(self) -> None:
        """The table that lets check() import only a document's families names exactly the
        classes each family's rules and reference dates are for."""
        from wspolpraca import rules

        for name, checked in rules._FAMILIES.items():
            family = importlib.import_module(f"wspolpraca.rules.{name}")
            classes = {rule.applies_to for rule in family.RULES} | set(family.REFERENCE_DATES)
            assert sorted(cls.__qualname__ for cls in classes) == sorted(checked), name

    def test_check_runs_the_catalogues_rules_for_the_class(self) -> None:
        """Without rules given, check() runs the catalogue's rules that apply to the class,
        in the catalogue's order."""
        from wspolpraca import rules

        for cls in {rule.applies_to for rule in CATALOGUE}:
            expected = [rule for rule in CATALOGUE if issubclass(cls, rule.applies_to)]
            assert list(rules._rules_for(cls)) == expected, cls

    def test_checking_a_programme_imports_no_other_family(self) -> None:
        """In a fresh process, loading and checking an annual programme imports neither the
        other rule families nor the other kinds' classes."""
        code = (
            "import sys, pathlib, wspolpraca;"
            f"wspolpraca.check(wspolpraca.loads(pathlib.Path({str(EXAMPLE)!r}).read_bytes()));"
            "print(*sorted(m for m in sys.modules if m.startswith('wspolpraca.')))"
        )
        modules = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        ).stdout.split()
        assert "wspolpraca.rules.programme" in modules
        assert "wspolpraca._model._programme" in modules
        for other in ("competition", "council", "small_grant", "consultation", "nonfinancial"):
            assert f"wspolpraca.rules.{other}" not in modules
            assert f"wspolpraca._model._{other}" not in modules


class TestAdoptionDeadline:
    """WSP-PRG-001: adopted by 30 November of the preceding year (art. 5a ust. 1)."""

    def test_on_deadline_is_fine(self, programme: AnnualProgramme) -> None:
        """Adoption on 30 November itself meets the deadline."""
        assert "WSP-PRG-001" not in _codes(_adopted(programme, dt.date(2020, 11, 30)))

    def test_krakow_2020_adopted_5_december(self, programme: AnnualProgramme) -> None:
        """Kraków's 2020 programme (XXX/792/19 of 5 December 2019) is reported, not refused."""
        late = attrs.evolve(
            programme,
            year=2020,
            period=Period.calendar_year(2020),
            resolution=Resolution(
                number="XXX/792/19", body="Rada Miasta Krakowa", adopted_on=dt.date(2019, 12, 5)
            ),
        )

        [finding] = [f for f in check(late) if f.code == "WSP-PRG-001"]

        assert finding.severity is Severity.ERROR
        assert finding.jsonpath == "$.resolution.adopted_on"
        assert finding.params["days"] == 5
        assert finding.message("en") == (
            "the programme for 2020 was adopted on 2019-12-05, 5 days after the deadline 2019-11-30"
        )
        assert "art. 5a ust. 1" in finding.describe("pl")

    def test_not_applied_before_2010_amendment(self, programme: AnnualProgramme) -> None:
        """The rule is dated: it gives different answers either side of 12 March 2010."""
        late = attrs.evolve(programme, resolution=None, period=None, year=2009)
        late = attrs.evolve(
            late,
            resolution=Resolution(number="I/1/08", body="Rada", adopted_on=dt.date(2008, 12, 20)),
        )
        assert "WSP-PRG-001" not in _codes(late)

        later = attrs.evolve(
            late,
            year=2011,
            resolution=Resolution(number="I/1/10", body="Rada", adopted_on=dt.date(2010, 12, 20)),
        )
        assert "WSP-PRG-001" in _codes(later)

    def test_draft_has_no_adoption_finding(self, programme: AnnualProgramme) -> None:
        """A draft without a resolution cannot be late."""
        draft = attrs.evolve(programme, resolution=None)

        assert "WSP-PRG-001" not in _codes(draft)
        assert reference_date(draft) == dt.date(2020, 11, 30)


class TestRequiredElements:
    """WSP-PRG-002: the eleven elements of art. 5a ust. 4."""

    def test_complete_example_passes(self, programme: AnnualProgramme) -> None:
        """The example has every element."""
        assert "WSP-PRG-002" not in _codes(programme)

    @pytest.mark.parametrize(
        ("changes", "path"),
        [
            ({"goals": wspolpraca.Goals(main=" ")}, "$.goals"),
            ({"principles": ()}, "$.principles"),
            ({"scope": ""}, "$.scope"),
            ({"forms": ()}, "$.forms"),
            ({"priority_tasks": ()}, "$.priority_tasks"),
            ({"period": None}, "$.period"),
            ({"implementation": "\n"}, "$.implementation"),
            ({"planned_funds": None}, "$.planned_funds"),
            ({"evaluation": ""}, "$.evaluation"),
            ({"creation_and_consultation": ""}, "$.creation_and_consultation"),
            ({"competition_committees": ""}, "$.competition_committees"),
        ],
    )
    def test_each_missing_element_is_one_finding(
        self, programme: AnnualProgramme, changes: dict[str, Any], path: str
    ) -> None:
        """Removing one element gives exactly one WSP-PRG-002 finding at that element."""
        broken = attrs.evolve(programme, **changes)

        findings = [f for f in check(broken) if f.code == "WSP-PRG-002"]

        assert [f.jsonpath for f in findings] == [path]
        assert "art. 5a ust. 4 pkt" in findings[0].message("pl")


class TestOtherRules:
    """WSP-PRG-003 to WSP-PRG-006."""

    def test_period_not_calendar_year_warns(self, programme: AnnualProgramme) -> None:
        """A period other than the calendar year is a warning."""
        odd = attrs.evolve(
            programme, period=Period(start=dt.date(2021, 2, 1), end=dt.date(2021, 12, 31))
        )

        [finding] = [f for f in check(odd) if f.code == "WSP-PRG-003"]

        assert finding.severity is Severity.WARNING

    def test_tasks_over_funds_warns(self, programme: AnnualProgramme) -> None:
        """Tasks planning more than the total is a warning naming the excess."""
        assert programme.planned_funds is not None
        tight = attrs.evolve(programme, planned_funds=programme.tasks_total - Decimal("0.01"))

        [finding] = [f for f in check(tight) if f.code == "WSP-PRG-004"]

        assert finding.params["excess"] == Decimal("0.01")
        assert "0,01 zł" in finding.message("pl")
        assert "WSP-PRG-004" not in _codes(
            attrs.evolve(programme, planned_funds=programme.tasks_total)
        )

    def test_unknown_sphere_is_an_unconfirmed_warning(self, programme: AnnualProgramme) -> None:
        """A sphere missing from the catalogue on the date is a warning marked unconfirmed."""
        tasks = (*programme.priority_tasks, PriorityTask(title="X", sphere="99"))

        [finding] = [
            f
            for f in check(attrs.evolve(programme, priority_tasks=tasks))
            if f.code == "WSP-PRG-005"
        ]

        assert finding.severity is Severity.WARNING
        assert finding.confidence is Confidence.UNCONFIRMED
        assert finding.jsonpath == f"$.priority_tasks[{len(tasks) - 1}].sphere"
        assert "[unconfirmed]" in finding.describe("en")

    def test_sphere_dated(self, programme: AnnualProgramme) -> None:
        """Point 32a is unknown under the law of 2011 but fine in 2021."""
        assert "WSP-PRG-005" not in _codes(programme)
        assert "WSP-PRG-005" in _codes(programme, on=dt.date(2011, 6, 1))

    def test_local_form_is_info(self, programme: AnnualProgramme) -> None:
        """A form outside art. 5 ust. 2 is information only (the list is open)."""
        [finding] = [f for f in check(programme) if f.code == "WSP-PRG-006"]

        assert finding.severity is Severity.INFO
        assert finding.params["form"] == "civic_centres"
        only_statutory = attrs.evolve(programme, forms=(CooperationForm(code="joint_teams"),))
        assert "WSP-PRG-006" not in _codes(only_statutory)


class TestCheck:
    """Selecting rules, ordering, results."""

    def test_example_is_ok(self, programme: AnnualProgramme) -> None:
        """The example has no error-severity finding."""
        result = check(programme)

        assert result.ok
        assert result.on == dt.date(2020, 11, 25)
        assert result.codes == {"WSP-PRG-006"}

    def test_errors_first(self, programme: AnnualProgramme) -> None:
        """Findings are ordered errors, warnings, information."""
        broken = attrs.evolve(
            _adopted(programme, dt.date(2020, 12, 10)),
            period=Period(start=dt.date(2021, 1, 2), end=dt.date(2021, 12, 31)),
        )

        severities = [f.severity for f in check(broken)]

        assert severities == sorted(severities, key=lambda s: s.rank)
        assert severities[0] is Severity.ERROR
        assert not check(broken).ok

    def test_select_and_ignore_by_prefix(self, programme: AnnualProgramme) -> None:
        """Rules are selected and ignored by code prefix, like a linter."""
        late = _adopted(programme, dt.date(2020, 12, 10))

        assert _codes(late, select=["WSP-PRG-001"]) == ["WSP-PRG-001"]
        assert "WSP-PRG-001" not in _codes(late, ignore=["WSP-PRG-001"])
        assert _codes(late, select=["WSP-XXX"]) == []

    def test_custom_rule(self, programme: AnnualProgramme) -> None:
        """A user-written rule runs beside the catalogue."""

        def no_more_than_five_tasks(obj: AnnualProgramme, context: Context) -> Iterator[Hit]:
            if len(obj.priority_tasks) > 5:
                yield Hit(path=("priority_tasks",), params={"count": len(obj.priority_tasks)})

        rule = Rule(
            code="LOC-PRG-001",
            title=Text(pl="Najwyżej pięć zadań", en="At most five tasks"),
            message=Text(pl="zadań: {count}", en="tasks: {count}"),
            severity=Severity.WARNING,
            basis=(Citation("5a", "4", "5"),),
            applies_to=AnnualProgramme,
            check=no_more_than_five_tasks,
        )

        result = check(programme, rules=(*CATALOGUE, rule))

        assert "LOC-PRG-001" in result.codes
        assert [f.message("en") for f in result if f.code == "LOC-PRG-001"] == ["tasks: 10"]

    def test_findings_pickle(self, programme: AnnualProgramme) -> None:
        """Findings and results pickle and unpickle equal."""
        result = check(_adopted(programme, dt.date(2020, 12, 10)))

        assert pickle.loads(pickle.dumps(result)) == result

    def test_as_dict_cites_the_text_in_force(self, programme: AnnualProgramme) -> None:
        """Machine-readable findings cite the consolidated text in force on the date."""
        [finding] = check(programme)

        data = finding.as_dict("pl")

        assert data["code"] == "WSP-PRG-006"
        assert "Dz.U. 2020 poz. 1057" in str(data["citation"])


class TestParameter:
    """Dated parameters."""

    def test_value_by_date(self) -> None:
        """A parameter returns the value in force on the date, or None."""
        parameter = Parameter(
            name="x",
            title=Text(pl="x", en="ex"),
            values=(
                DatedValue(value=1, valid_to=dt.date(2015, 12, 31)),
                DatedValue(value=2, valid_from=dt.date(2016, 1, 1)),
            ),
        )
        empty: Parameter[int] = Parameter(name="y", title=Text(pl="y", en="why"), values=())

        assert parameter.on(dt.date(2015, 12, 31)) == parameter.values[0]
        assert parameter.on(dt.date(2016, 1, 1)) == parameter.values[1]
        assert empty.on(dt.date(2016, 1, 1)) is None


class TestRunSeverities:
    """Severities set for one run, as a linter's configuration."""

    def test_run_severity_raises_and_lowers(self, programme: AnnualProgramme) -> None:
        """A run can report a rule as an error, or an error as information."""
        odd = attrs.evolve(
            programme, period=Period(start=dt.date(2021, 2, 1), end=dt.date(2021, 12, 31))
        )
        late = _adopted(programme, dt.date(2020, 12, 10))

        [raised] = [
            f
            for f in check(odd, severities={"WSP-PRG-003": Severity.ERROR})
            if f.code == "WSP-PRG-003"
        ]
        lowered = check(late, severities={"WSP-PRG-001": Severity.INFO})

        assert raised.severity is Severity.ERROR
        assert lowered.ok
        assert "WSP-PRG-001" in lowered.codes

    def test_cli_severity_option(self) -> None:
        """``--severity CODE=LEVEL`` changes the exit code of a run."""
        import subprocess
        import sys

        from .conftest import EXAMPLE, ROOT

        data = json.loads(EXAMPLE.read_text("utf-8"))
        data["resolution"]["adopted_on"] = "2020-12-05"
        args = [sys.executable, "-m", "wspolpraca", "check", "-", "--lang", "en"]

        strict = subprocess.run(
            args, input=json.dumps(data), capture_output=True, text=True, cwd=ROOT, check=False
        )
        relaxed = subprocess.run(
            [*args, "--severity", "WSP-PRG-001=info"],
            input=json.dumps(data),
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        bad = subprocess.run(
            [*args, "--severity", "WSP-PRG-001"],
            input="{}",
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )

        assert strict.returncode == 1
        assert relaxed.returncode == 0
        assert "info WSP-PRG-001" in relaxed.stdout
        assert bad.returncode == 2
