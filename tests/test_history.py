"""Programme histories: WSP-HST rules across documents."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import wspolpraca
from wspolpraca import AnnualProgramme, ProgrammeHistory, Resolution
from wspolpraca.errors import InconsistentError

from .conftest import ROOT

NAMES = ("krakow-2019-2022-multi-year.json", "krakow-2021-annual.json", "krakow-2021-report.json")


@pytest.fixture
def documents() -> list[object]:
    """Kraków's multi-year programme, 2021 programme and 2021 report."""
    return [wspolpraca.load_file(ROOT / "examples" / name) for name in NAMES]


def _annual(documents: list[object]) -> AnnualProgramme:
    return next(d for d in documents if isinstance(d, AnnualProgramme))


def _codes(documents: list[object]) -> list[tuple[str, str]]:
    result = wspolpraca.check(ProgrammeHistory.of(documents))
    return [(f.code, f.jsonpath) for f in result]


def test_consistent_history_is_clean(documents: list[object]) -> None:
    """The examples, checked together, have no findings."""
    assert _codes(documents) == []


def test_mixed_units_raise(documents: list[object]) -> None:
    """Documents of two units cannot form one history."""
    other = attrs.evolve(
        _annual(documents),
        unit=wspolpraca.Unit(name="Wieliczka", teryt="1219063", level="municipality"),
    )

    with pytest.raises(InconsistentError, match="different units"):
        ProgrammeHistory.of([*documents, other])


def test_gap_year(documents: list[object]) -> None:
    """A year without an annual programme between two others is reported."""
    later = attrs.evolve(
        _annual(documents),
        year=2023,
        period=None,
        implements=None,
        resolution=Resolution(number="X/1/22", body="Rada", adopted_on=dt.date(2022, 11, 20)),
    )

    assert ("WSP-HST-001", "$.documents") in _codes([*documents, later])


def test_two_programmes_for_one_year_unless_amending(documents: list[object]) -> None:
    """A second 2021 programme is reported unless it names the one it amends."""
    first = _annual(documents)
    assert first.resolution is not None
    second = attrs.evolve(
        first,
        resolution=attrs.evolve(
            first.resolution, number="L/1/21", adopted_on=dt.date(2020, 11, 26)
        ),
    )
    amending = attrs.evolve(second, amends=first.resolution.number)

    assert ("WSP-HST-002", "$.documents[3].year") in _codes([*documents, second])
    assert "WSP-HST-002" not in {code for code, _ in _codes([*documents, amending])}


def test_year_outside_multi_year(documents: list[object]) -> None:
    """An annual programme implementing a multi-year programme that does not cover its year."""
    annual = _annual(documents)
    moved = attrs.evolve(annual, year=2024, period=None, resolution=None)
    docs = [d for d in documents if d is not annual] + [moved]

    assert ("WSP-HST-003", "$.documents[2].implements") in _codes(docs)


def test_area_outside_multi_year(documents: list[object]) -> None:
    """A task area that is not among the multi-year programme's areas is reported."""
    annual = _annual(documents)
    task = attrs.evolve(annual.priority_tasks[0], area="Sztuka uliczna")
    changed = attrs.evolve(annual, priority_tasks=(task, *annual.priority_tasks[1:]))
    docs = [changed if d is annual else d for d in documents]

    assert ("WSP-HST-004", "$.documents[1].priority_tasks[0].area") in _codes(docs)


def test_overlapping_multi_year(documents: list[object]) -> None:
    """Two multi-year programmes whose periods overlap are reported."""
    multi = documents[0]
    overlapping = attrs.evolve(
        multi,
        title="Drugi program",  # type: ignore[misc]
        period=wspolpraca.Period(start=dt.date(2022, 1, 1), end=dt.date(2025, 12, 31)),
        funding=(),
        resolution=None,
    )

    assert ("WSP-HST-005", "$.documents[3].period") in _codes([*documents, overlapping])


def test_report_without_programme(documents: list[object]) -> None:
    """A report for a year with no annual programme in the history is reported."""
    report = documents[2]
    old = attrs.evolve(report, year=2019, submitted_on=None, published_on=None)  # type: ignore[misc]

    assert ("WSP-HST-006", "$.documents[3].year") in _codes([*documents, old])


def test_history_example_script() -> None:
    """The history example prints the year table."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "programme_history.py")],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert "102 262 543.00" in done.stdout
    assert "WSP-HST-001" in done.stdout


def test_planned_non_financial_form_missing_from_record(documents: list[object]) -> None:
    """A non-financial form the programme plans but the year's record never shows is noted."""
    annual = _annual(documents)
    record = wspolpraca.NonFinancialActivity(unit=annual.unit, year=annual.year)

    codes = _codes([*documents, record])

    assert ("WSP-HST-007", "$.documents[1].forms[1].code") in codes
    assert "WSP-HST-007" not in {code for code, _ in _codes(documents)}
    finding = next(
        f
        for f in wspolpraca.check(ProgrammeHistory.of([*documents, record]))
        if f.code == "WSP-HST-007"
    )
    assert finding.severity.value == "info"


def test_realised_form_is_not_reported(documents: list[object]) -> None:
    """A planned form the record shows (a consultation with NGOs) is not reported."""
    annual = _annual(documents)
    record = wspolpraca.NonFinancialActivity(
        unit=annual.unit,
        year=annual.year,
        consultations=(wspolpraca.Consultation(subject="Projekt programu", with_ngos=True),),
    )

    paths = [path for code, path in _codes([*documents, record]) if code == "WSP-HST-007"]

    assert "$.documents[1].forms[2].code" not in paths
    assert "$.documents[1].forms[1].code" in paths


def test_council_opinion_must_be_attached(documents: list[object]) -> None:
    """A council opinion on the year's draft programme must be named by the programme."""
    annual = _annual(documents)
    council = wspolpraca.load_file(ROOT / "examples" / "krakow-krdpp.json", wspolpraca.Council)
    opinion = wspolpraca.Opinion(
        draft="Projekt Programu Współpracy na rok 2021",
        task="resolution_opinion",
        received_on=dt.date(2020, 10, 26),
        given_on=dt.date(2020, 11, 2),
    )
    with_opinion = attrs.evolve(council, opinions=(opinion,))
    attached = attrs.evolve(annual, council_opinion="opinia KRDPP z 2 listopada 2020 r.")

    assert ("WSP-HST-008", "$.documents[1].council_opinion") in _codes([*documents, with_opinion])
    others = [attached if d is annual else d for d in documents]
    assert "WSP-HST-008" not in {code for code, _ in _codes([*others, with_opinion])}
