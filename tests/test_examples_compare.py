"""The comparison examples: sourced figures that say so, and scripts that run."""

from __future__ import annotations

import subprocess
import sys

import pytest

import wspolpraca
from wspolpraca.comparison import INDICATORS

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

    assert len(documents) == 9
    for path in documents:
        document = wspolpraca.load_file(path)
        notes = " ".join(document.notes)
        assert "ourced" in notes, path.name
        source = getattr(document, "source", None)
        if source is not None:
            assert source.reference.startswith("http"), path.name
            assert source.confidence in {"confirmed", "secondary"}, path.name


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
