"""The ``wspolpraca.testing`` pytest plugin and the Hypothesis type registration."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wspolpraca
from wspolpraca import (
    AnnualProgramme,
    ConsultationRound,
    Council,
    ProgrammeHistory,
    SmallGrantRegister,
    testing,
)
from wspolpraca.strategies import _hypothesis_setup_hook, _registered
from wspolpraca.testing import example_document, example_names

from .conftest import ROOT

NOT_DATA = frozenset({"CheckResult", "Deadline", "Finding", "Rule"})
"""Public attrs classes that are results the library computes, not data users supply."""

PENDING: frozenset[str] = frozenset()
"""
Public attrs classes whose strategy is still to be registered, such as a class that came in a
branch that could not edit ``wspolpraca.strategies``; remove it from here when its strategy
lands. Empty: every public data class has one.
"""


class TestFixtures:
    """The fixtures load the shipped documents."""

    def test_programme_fixture(self, krakow_2021_programme: AnnualProgramme) -> None:
        """The programme fixture is Kraków's 2021 programme, with no error."""
        assert krakow_2021_programme.year == 2021
        assert krakow_2021_programme.unit.teryt == "1261011"
        assert wspolpraca.check(krakow_2021_programme).ok

    def test_council_and_round(
        self, krakow_council: Council, krakow_consultation_round: ConsultationRound
    ) -> None:
        """The council and the consultation round load and break no rule."""
        assert krakow_council.terms
        assert wspolpraca.check(krakow_council).ok
        assert wspolpraca.check(krakow_consultation_round).codes == frozenset()

    def test_history(self, krakow_history: ProgrammeHistory) -> None:
        """The history holds three documents of one unit and has no finding."""
        assert len(krakow_history.documents) == 3
        assert wspolpraca.check(krakow_history).codes == frozenset()

    def test_small_grants_fixture_has_its_documented_error(
        self, krakow_2026_small_grants: SmallGrantRegister
    ) -> None:
        """The 2026 register is reported by WSP-SGR-001 alone, as the plugin says."""
        errors = wspolpraca.check(krakow_2026_small_grants).errors
        assert {f.code for f in errors} == {"WSP-SGR-001"}

    def test_shipped_documents_are_the_examples(self) -> None:
        """Every shipped document is byte for byte the example of the same name."""
        names = example_names()
        assert len(names) == 19
        folder = testing._folder()
        for name in names:
            assert folder.joinpath(name).read_bytes() == (ROOT / "examples" / name).read_bytes()

    def test_source_tree_keeps_one_copy(self) -> None:
        """The examples live only in examples/: the package holds no copy in the source tree."""
        assert not (ROOT / "src" / "wspolpraca" / "testing_data").exists()
        assert str(testing._folder()) == str(ROOT / "examples")

    def test_wheel_ships_exactly_the_named_examples(self) -> None:
        """The wheel's force-include copies each named example, and only those, into the package."""
        config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
        included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]

        assert included == {
            f"examples/{name}": f"wspolpraca/testing_data/{name}" for name in example_names()
        }

    @pytest.mark.parametrize("name", example_names())
    def test_every_named_example_loads(self, name: str) -> None:
        """Every example the test kit names exists in examples/ and loads through the kit."""
        assert (ROOT / "examples" / name).is_file()
        assert example_document(name) == wspolpraca.load_file(ROOT / "examples" / name)

    def test_paperwork_fixtures(
        self,
        krakow_2024_chain: wspolpraca.Dossier,
        krakow_2025_small_grant_report: wspolpraca.TaskReport,
        krakow_2018_offer_2016_form: wspolpraca.TaskOffer,
        krakow_2024_regranting_chain: wspolpraca.Dossier,
    ) -> None:
        """The paperwork fixtures load with the findings the plugin documents."""
        assert wspolpraca.check(krakow_2024_chain).codes == {"WSP-DOS-006"}
        assert wspolpraca.check(krakow_2024_regranting_chain).codes == {"WSP-DOS-006"}
        assert wspolpraca.check(krakow_2025_small_grant_report).codes == {"WSP-TRP-002"}
        assert krakow_2018_offer_2016_form.form_in_force == "2016"

    def test_unknown_document_is_refused(self) -> None:
        """An unknown file name raises FileNotFoundError naming it."""
        with pytest.raises(FileNotFoundError, match=r"nowhere\.json"):
            example_document("nowhere.json")

    def test_document_of_the_wrong_kind_is_refused(self) -> None:
        """Asking for another class than the document's is a located load error."""
        with pytest.raises(wspolpraca.ValidationErrors):
            example_document("krakow-krdpp.json", AnnualProgramme)


class TestRegistration:
    """``_hypothesis_setup_hook`` registers every public document and value class."""

    def test_every_public_data_class_is_registered(self) -> None:
        """Each public attrs class but the check results has a registered strategy."""
        public = {
            name
            for name in wspolpraca.__all__
            if isinstance(getattr(wspolpraca, name), type) and attrs.has(getattr(wspolpraca, name))
        }
        assert {cls.__name__ for cls in _registered()} == public - NOT_DATA - PENDING
        assert public >= PENDING
        assert not PENDING & {cls.__name__ for cls in _registered()}

    @pytest.mark.property
    @pytest.mark.parametrize("cls", list(_registered()), ids=lambda cls: cls.__name__)
    def test_from_type_draws_instances(self, cls: type[object]) -> None:
        """After the hook, ``st.from_type(cls)`` draws instances of *cls*."""
        _hypothesis_setup_hook()

        @settings(max_examples=2, database=None, suppress_health_check=[HealthCheck.too_slow])
        @given(st.from_type(cls))
        def draw(obj: object) -> None:
            assert isinstance(obj, cls)

        draw()

    @pytest.mark.property
    def test_documents_from_type_are_valid(self) -> None:
        """Documents drawn with ``from_type`` have no error-severity finding."""
        _hypothesis_setup_hook()

        @settings(max_examples=5, database=None, suppress_health_check=[HealthCheck.too_slow])
        @given(st.from_type(AnnualProgramme))
        def draw(obj: AnnualProgramme) -> None:
            assert wspolpraca.check(obj).ok

        draw()


@pytest.mark.parametrize(
    "first_import",
    [
        "import wspolpraca.strategies",
        "import hypothesis",
        "import hypothesis, wspolpraca.strategies",
    ],
)
def test_entry_point_survives_any_import_order(first_import: str) -> None:
    """With the package installed, from_type works whichever module is imported first."""
    import subprocess
    import sys

    code = (
        f"{first_import}\n"
        "from hypothesis import given, settings, strategies as st\n"
        "import wspolpraca\n"
        "@settings(max_examples=2, database=None)\n"
        "@given(st.from_type(wspolpraca.AnnualProgramme))\n"
        "def draw(p):\n"
        "    assert isinstance(p, wspolpraca.AnnualProgramme)\n"
        "draw()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)

    assert done.returncode == 0, done.stderr


class TestWithoutPytest:
    """``wspolpraca.testing`` works in a program without pytest, and its plugin registers itself."""

    def test_example_document_without_pytest(self) -> None:
        """``example_document`` loads a document in a Python where pytest cannot be imported."""
        code = (
            "import sys; sys.modules['pytest'] = None\n"
            "from wspolpraca.testing import example_document\n"
            "print(example_document('krakow-krdpp.json').name)\n"
        )

        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )

        assert done.returncode == 0, done.stderr
        assert "Rada" in done.stdout

    def test_importing_the_plugin_does_not_load_the_model(self) -> None:
        """The plugin module imports without the model, so it costs unrelated test runs little."""
        code = (
            "import sys, wspolpraca.testing\n"
            "print(sorted(m for m in sys.modules if m.startswith('wspolpraca._model')))\n"
        )

        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )

        assert done.stdout.strip() == "[]"

    def test_pytest11_entry_point_is_declared(self) -> None:
        """``pyproject.toml`` registers the plugin under its module name in ``pytest11``."""
        pyproject = ROOT / "pyproject.toml"
        if not pyproject.exists():
            pytest.skip("pyproject.toml is not here (not a source tree)")

        data = tomllib.loads(pyproject.read_text("utf-8"))

        assert data["project"]["entry-points"]["pytest11"] == {
            "wspolpraca.testing": "wspolpraca.testing"
        }

    def test_fixtures_without_configuration(self, tmp_path: Path) -> None:
        """With wspolpraca installed, a test asks for a fixture with no conftest.py at all."""
        points = importlib.metadata.entry_points(group="pytest11")
        if not any(point.value == "wspolpraca.testing" for point in points):
            pytest.skip("the installed wspolpraca predates the pytest11 entry point: reinstall it")
        (tmp_path / "test_user.py").write_text(
            "def test_council(krakow_council):\n    assert krakow_council.terms\n", "utf-8"
        )

        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )

        assert done.returncode == 0, done.stdout + done.stderr
