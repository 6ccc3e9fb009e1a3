"""Start-up cost, pinned structurally: what a fresh process imports after a given step."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "krakow-2021-annual.json"

# Modules a valid programme read by the fast path and checked has no use for.
NOT_FOR_A_VALID_PROGRAMME = {
    "cattrs",
    "dateutil",
    "wspolpraca._detailed",
    "wspolpraca._model._dossier",
    "wspolpraca._model._history",
    "wspolpraca._model._multiyear",
    "wspolpraca._model._report",
    "pathlib",
    "tempfile",
    "tomllib",
}


def _modules_after(code: str) -> set[str]:
    """The names in ``sys.modules`` of a fresh interpreter after running *code*."""
    done = subprocess.run(
        [sys.executable, "-c", f"import sys\n{code}\nprint(*sorted(sys.modules))"],
        check=True,
        capture_output=True,
        text=True,
    )
    return set(done.stdout.split())


def test_importing_serialization_imports_no_converter_and_no_model() -> None:
    """``import wspolpraca.serialization`` brings in neither cattrs nor any model class."""
    modules = _modules_after("import wspolpraca.serialization")

    assert "cattrs" not in modules
    assert "wspolpraca._detailed" not in modules
    assert not {name for name in modules if name.startswith("wspolpraca._model")}


def test_a_valid_document_loaded_fast_and_checked_needs_no_cattrs() -> None:
    """Loading a valid programme (fast path) and checking it imports neither cattrs nor
    dateutil, nor the dossier's, history's, multi-year or report classes, nor pathlib,
    tempfile or tomllib (the codelists are read from their compiled JSON)."""
    pytest.importorskip("msgspec")
    modules = _modules_after(
        f"import wspolpraca\nwspolpraca.check(wspolpraca.load_file({str(EXAMPLE)!r}))"
    )

    assert "wspolpraca._model._programme" in modules  # the step did run
    assert not NOT_FOR_A_VALID_PROGRAMME & modules


def test_the_cli_check_of_a_valid_document_needs_no_cattrs() -> None:
    """``wspolpraca check`` of a valid programme imports no cattrs, no dossier classes, and
    no shutil (argparse's way to measure the terminal)."""
    pytest.importorskip("msgspec")
    modules = _modules_after(
        "import io; from wspolpraca import cli\n"
        f"cli.main(['check', {str(EXAMPLE)!r}], stdout=io.StringIO())"
    )

    assert "wspolpraca.rules.programme" in modules
    assert not (NOT_FOR_A_VALID_PROGRAMME - {"pathlib"}) & modules  # the CLI's _batch uses it
    assert "shutil" not in modules


def test_the_converter_is_imported_when_dumping() -> None:
    """``dumps`` brings in the detailed path's converter on first use (and works)."""
    modules = _modules_after(
        "import wspolpraca\n"
        f"text = wspolpraca.dumps(wspolpraca.load_file({str(EXAMPLE)!r}))\n"
        "assert text.startswith('{')"
    )

    assert {"cattrs", "wspolpraca._detailed"} <= modules


def test_the_detailed_path_loads_without_the_accelerator() -> None:
    """With the fast path off, ``loads`` imports the converter and loads the same document."""
    modules = _modules_after(
        "import wspolpraca; from wspolpraca import serialization\n"
        "serialization._FAST = False\n"
        f"wspolpraca.load_file({str(EXAMPLE)!r})"
    )

    assert {"cattrs", "wspolpraca._detailed"} <= modules


def test_load_dossier_imports_the_dossier_on_use(tmp_path: Path) -> None:
    """``load_dossier`` imports the dossier's class when it runs, and loads one."""
    (tmp_path / "programme.json").write_bytes(EXAMPLE.read_bytes())
    modules = _modules_after(
        "import wspolpraca\n"
        f"dossier = wspolpraca.load_dossier({str(tmp_path)!r})\n"
        "assert type(dossier).__name__ == 'Dossier'"
    )

    assert "wspolpraca._model._dossier" in modules
