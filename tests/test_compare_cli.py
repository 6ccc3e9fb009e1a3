"""The ``wspolpraca compare`` command on the shipped real-figure examples."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from wspolpraca.cli import main

from .conftest import ROOT

pytestmark = pytest.mark.cli

DATA = str(ROOT / "examples" / "compare")
PROGRAMME = str(ROOT / "examples" / "krakow-2021-annual.json")


def _run(*args: str) -> tuple[int, str]:
    """The exit code and what ``compare`` wrote: its problems (standard error), then its output."""
    code, out, err = _streams(*args)
    return code, err + out


def _streams(*args: str) -> tuple[int, str, str]:
    """The exit code, the standard output and the standard error of ``compare``."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["compare", *args], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_ranking_in_polish_by_default() -> None:
    """The default output is a Polish table of the peer group, missing units last."""
    code, text = _run(DATA, PROGRAMME, "--year", "2021", "--indicator", "planned_share")

    assert code == 0
    assert text.splitlines() == [
        "udział środków programu w planie wydatków, 2021, miasta na prawach powiatu",
        "   1. Gmina Miejska Kraków (1261011): 1,46 % [niepotwierdzone]",
        "   -  Miasto Stołeczne Warszawa (1465011): brak danych (programme_planned)",
    ]


def test_json_traces_every_number_to_a_source() -> None:
    """The JSON output lists each input's value, source and confidence."""
    code, text = _run(
        DATA, PROGRAMME, "--year", "2021", "--indicator", "planned_share", "--format", "json"
    )

    data = json.loads(text)
    inputs = {i["name"]: i for i in data["ranking"][0]["inputs"]}
    assert code == 0
    assert inputs["planned_expenditure"]["value"] == "7017000000.00"
    assert "cowkrakowie.pl" in inputs["planned_expenditure"]["source"]
    assert inputs["programme_planned"]["value"] == "102262543.00"
    assert data["missing"][0]["missing"] == ["programme_planned"]


def test_csv_trend_of_one_unit() -> None:
    """``--unit`` follows one unit; CSV has one row per year."""
    code, text = _run(
        DATA, "--unit", "1465011", "--indicator", "competitions_per_10k", "--format", "csv"
    )

    table = list(csv.DictReader(io.StringIO(text)))
    assert code == 0
    assert [(r["year"], r["value"], r["missing"]) for r in table] == [
        ("2019", "nan", "population"),
        ("2020", "1.55", ""),
        ("2021", "nan", "competitions,population"),
    ]


def test_position_and_html(tmp_path: Path) -> None:
    """``--unit`` with ``--year`` also gives the unit's position; ``--html`` writes the page."""
    out = tmp_path / "charts.html"

    code, text = _run(
        DATA,
        PROGRAMME,
        "--unit",
        "1261011",
        "--year",
        "2021",
        "--indicator",
        "planned_share",
        "--lang",
        "en",
        "--html",
        str(out),
    )

    assert code == 0
    assert "position of Gmina Miejska Kraków: 1 of 1 (cities with county rights, 2021)" in text
    assert out.read_text("utf-8").count("<svg") == 2


def test_unknown_unit_and_empty_input(tmp_path: Path) -> None:
    """An unknown TERYT code and a directory without comparable documents exit 2."""
    assert _run(DATA, "--unit", "9999999")[0] == 2
    code, text = _run(str(tmp_path))
    assert code == 2
    assert "brak dokumentów do porównania" in text


def test_unloadable_file_is_reported_and_exits_2(tmp_path: Path) -> None:
    """A file that cannot be loaded is named with its error; the rest is still compared."""
    bad = tmp_path / "bad.json"
    bad.write_text("{}", "utf-8")

    code, text = _run(DATA, str(bad), "--year", "2021")

    assert code == 2
    assert text.startswith(f"{bad}:$.kind:")
    assert "miasta na prawach powiatu" in text


def test_png_is_written_when_matplotlib_is_installed(tmp_path: Path) -> None:
    """--png writes the charts as a PNG image and says where."""
    pytest.importorskip("matplotlib")
    target = tmp_path / "ranking.png"

    code, text = _run(DATA, PROGRAMME, "--indicator", "planned_share", "--png", str(target))

    assert code == 0
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert text.endswith(f"zapisano {target}\n")


def test_png_without_matplotlib_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without matplotlib, --png says in Polish how to install the charts extra and exits 2."""
    for name in ("matplotlib", "matplotlib.figure", "matplotlib.backends.backend_agg"):
        monkeypatch.setitem(sys.modules, name, None)
    target = tmp_path / "ranking.png"

    code, _, errors = _streams(
        DATA, PROGRAMME, "--indicator", "planned_share", "--png", str(target)
    )

    assert code == 2
    assert not target.exists()
    assert errors.splitlines()[-1] == (
        "to polecenie wymaga pakietu 'matplotlib'; "
        "zainstaluj dodatek: pip install 'wspolpraca[charts]'"
    )


def test_json_output_stays_parseable_with_problems(tmp_path: Path) -> None:
    """With an unloadable file, --format json prints only JSON; the problem goes to stderr."""
    bad = tmp_path / "bad.json"
    bad.write_text("{}", "utf-8")

    code, out, err = _streams(DATA, str(bad), "--year", "2021", "--format", "json")

    assert code == 2
    assert json.loads(out)
    assert err.startswith(f"{bad}:$.kind:")


@pytest.mark.parametrize("option", ["--html", "--png"])
def test_bad_output_paths_are_located_before_comparing(tmp_path: Path, option: str) -> None:
    """A missing directory or a directory as the output is a located error, exit 2, no traceback."""
    for target, code_expected in (
        (tmp_path / "nowhere" / "x.out", "missing_directory"),
        (tmp_path, "unwritable_file"),
    ):
        code, out, err = _streams(DATA, option, str(target))

        assert code == 2
        assert out == ""
        assert err.startswith(f"{target}:")
        assert err.rstrip().endswith(f"[{code_expected}]")
