"""The comparison examples: sourced figures that say so, and scripts that run."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

import wspolpraca
from wspolpraca.comparison import INDICATORS, Dataset

from .conftest import ROOT

FOLDER = ROOT / "examples" / "compare"


def _run(name: str) -> str:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_every_figure_has_a_source_and_says_what_is_missing() -> None:
    """Each example document says what is sourced and what is missing; budgets and
    populations name a followable reference."""
    documents = sorted(FOLDER.glob("*.json"))

    assert len(documents) == 11
    for path in documents:
        document = wspolpraca.load_file(path)
        notes = " ".join(document.notes)
        assert "ourced" in notes, path.name
        source = getattr(document, "source", None)
        if source is not None:
            assert source.reference.startswith("http"), path.name
            assert source.confidence in {"confirmed", "secondary"}, path.name


def test_planned_share_of_the_two_cities_is_in_different_years() -> None:
    """The shipped figures give Warsaw's planned share for 2019 and Kraków's for 2021, never
    both in one year, so neither ranking has two cities."""
    data = Dataset.load([FOLDER, ROOT / "examples" / "krakow-2021-annual.json"])

    ranked = {
        year: [
            (e.result.unit.teryt, str(e.result.value))
            for e in data.rank("planned_share", year).entries
        ]
        for year in (2019, 2020, 2021)
    }

    assert ranked == {2019: [("1465011", "0.97")], 2020: [], 2021: [("1261011", "1.46")]}


def test_warsaw_split_by_procedure_is_missing_what_no_source_gives() -> None:
    """Warsaw's small grants are sourced; its competition and other grants are named missing."""
    data = Dataset.load([FOLDER])

    result = data.indicator("grants_by_mode", "1465011", 2020)

    assert result.value is None
    assert result.missing == ("competition_grants", "other_grants")
    assert result.inputs[0].value == Decimal("2187673.00")


def test_cities_script_prints_values_with_sources() -> None:
    """The script ranks Kraków and names each input's source and what is missing."""
    out = _run("compare_cities.py")

    assert "   1. Gmina Miejska Kraków (1261011): 1.46 % [unconfirmed]" in out
    assert "planned_expenditure = 7017000000.00 [secondary] from „Plan dochodów" in out
    assert "programme_planned: not found in any source" in out
    assert "  2021: 130.75 zł [unconfirmed]" in out


def test_dask_script_agrees_with_wspolpraca() -> None:
    """The Dask computation of ``share`` gives wspolpraca's figures."""
    pytest.importorskip("dask.bag")

    out = _run("compare_dask.py")

    assert out.splitlines()[-1] == "agree"
    assert "0261011 2021: wspolpraca 4.50 %, dask 4.50 %" in out


@pytest.mark.parametrize("code", sorted(INDICATORS))
def test_every_indicator_has_a_definition_page(code: str) -> None:
    """Each indicator's page gives its formula, its Polish title and each of its inputs."""
    page = (ROOT / "docs" / "reference" / "indicators" / f"{code}.md").read_text("utf-8")
    definition = INDICATORS[code]

    assert definition.formula("en") in page
    assert definition.title("pl") in page
    for name in definition.inputs:
        assert f"`{name}`" in page
