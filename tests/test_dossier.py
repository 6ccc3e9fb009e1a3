"""Dossiers: one unit's documents of every kind, loaded together and located by document."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import wspolpraca
from wspolpraca import AnnualProgramme, Dossier, ProgrammeHistory
from wspolpraca.errors import InconsistentError, ValidationErrors
from wspolpraca.profiles import load_profile

from .conftest import ROOT

DOSSIER = ROOT / "examples" / "dossier-krakow-2021"
SEEDS = {
    "competition-2021.json": "krakow-2021-competition.json",
    "council-krdpp.json": "krakow-krdpp.json",
    "report-2021.json": "krakow-2021-report.json",
}
"""Documents of the example dossier that are copies of other examples, unchanged."""


@pytest.fixture
def dossier() -> Dossier:
    """The Kraków 2021 example dossier."""
    return wspolpraca.load_dossier(DOSSIER)


def _wieliczka(path: Path) -> Path:
    data = json.loads((DOSSIER / "report-2021.json").read_text("utf-8"))
    data["unit"] = {"name": "Wieliczka", "teryt": "1219063", "level": "municipality"}
    path.write_text(json.dumps(data), "utf-8")
    return path


class TestDossier:
    """The dossier model: names, locating paths, one unit."""

    def test_a_dossier_is_a_history(self, dossier: Dossier) -> None:
        """The history's rules run on a dossier: it is a ProgrammeHistory with more kinds."""
        assert isinstance(dossier, ProgrammeHistory)
        assert dossier.annual_years == (2021,)

    def test_loads_every_document_named_by_its_path(self, dossier: Dossier) -> None:
        """load_dossier reads every *.json below the directory, sorted, named by path."""
        assert [Path(name).name for name in dossier.names] == [
            "competition-2021.json",
            "consultation-2021.json",
            "council-krdpp.json",
            "programme-2021.json",
            "report-2021.json",
        ]

    def test_locate_and_where_name_the_document(self, dossier: Dossier) -> None:
        """A dossier path becomes the document's name and the path inside it."""
        name, inner = dossier.locate(("documents", 3, "resolution", "adopted_on"))

        assert name.endswith("programme-2021.json")
        assert inner == ("resolution", "adopted_on")
        assert dossier.where(("documents", 3, "year")) == f"{name}:$.year"
        assert dossier.where(("documents",)) == "$.documents"

    def test_unnamed_documents_are_named_by_identity(self, dossier: Dossier) -> None:
        """Built from Python without names, a document is named by its kind and identity."""
        unnamed = Dossier.of(dossier.documents)

        assert unnamed.name_of(3) == "[3] annual_programme 2021 XLIII/0000/20"
        assert unnamed.name_of(1).startswith("[1] consultation_round “Projekt Programu")

    @pytest.mark.parametrize("kind", sorted(wspolpraca.serialization.DOCUMENT_KINDS))
    def test_identity_names_every_kind_as_registered(self, kind: str) -> None:
        """The identity's kind (derived from the class name in the model) is the registered kind."""
        from wspolpraca._model._dossier import _identity

        cls = wspolpraca.serialization.DOCUMENT_KINDS[kind]
        document = object.__new__(cls)

        assert _identity(document).split(" ")[0] == kind

    def test_different_units_raise_at_the_document(self, dossier: Dossier) -> None:
        """Documents of two units cannot form a dossier; the error names the other's TERYT."""
        programme = next(d for d in dossier.documents if isinstance(d, AnnualProgramme))
        other = attrs.evolve(
            programme, unit=wspolpraca.Unit(name="Wieliczka", teryt="1219063", level="municipality")
        )

        with pytest.raises(InconsistentError, match="different units") as raised:
            Dossier.of([*dossier.documents, other])
        assert raised.value.path == ("documents", 5, "unit", "teryt")

    def test_names_must_match_documents(self, dossier: Dossier) -> None:
        """A dossier with fewer names than documents is refused."""
        with pytest.raises(InconsistentError, match="2 names for 5 documents"):
            Dossier.of(dossier.documents, ["a.json", "b.json"])

    def test_every_kind_is_kept(self) -> None:
        """Documents of every kind, even ones no dossier rule reads, stay in the dossier."""
        kinds = [
            "krakow-2015-nonfinancial.json",
            "krakow-2024-local-initiative.json",
            "krakow-2026-small-grants.json",
        ]
        documents = [wspolpraca.load_file(ROOT / "examples" / name) for name in kinds]

        assert Dossier.of(documents).documents == tuple(documents)


class TestLoadDossier:
    """Loading a directory: every problem located at its file."""

    def test_missing_directory_is_refused(self, tmp_path: Path) -> None:
        """A path that is not a directory gives not_a_directory."""
        with pytest.raises(ValidationErrors) as raised:
            wspolpraca.load_dossier(tmp_path / "nothing")
        assert [error.code for error in raised.value.errors] == ["not_a_directory"]

    def test_bad_file_is_located_at_its_document(self, tmp_path: Path) -> None:
        """A file that does not load gives its errors under $.documents[N], and is named."""
        (tmp_path / "a.json").write_text((DOSSIER / "report-2021.json").read_text("utf-8"))
        (tmp_path / "b.json").write_text('{"kind": "annual_programme"}', "utf-8")

        with pytest.raises(ValidationErrors, match=r"b\.json") as raised:
            wspolpraca.load_dossier(tmp_path)
        assert raised.value.errors
        assert all(error.path[:2] == ("documents", 1) for error in raised.value.errors)

    def test_two_units_are_refused(self, tmp_path: Path) -> None:
        """Files of two units do not load as one dossier: mixed_units at the second."""
        (tmp_path / "a.json").write_text((DOSSIER / "programme-2021.json").read_text("utf-8"))
        _wieliczka(tmp_path / "b.json")

        with pytest.raises(ValidationErrors) as raised:
            wspolpraca.load_dossier(tmp_path)
        assert [(e.code, e.jsonpath) for e in raised.value.errors] == [
            ("mixed_units", "$.documents[1].unit.teryt")
        ]


class TestKrakowExample:
    """The Kraków 2021 dossier: programme, consultation, council opinion, competition, report."""

    def test_dossier_has_no_findings(self, dossier: Dossier) -> None:
        """Checked together, with or without Kraków's profile, the dossier has no finding."""
        assert list(wspolpraca.check(dossier)) == []
        assert list(wspolpraca.check(dossier, profile=load_profile("krakow"))) == []

    def test_documents_have_only_their_known_findings(self, dossier: Dossier) -> None:
        """Each document checks on its own; only the seeds' known, true findings remain."""
        found = {
            (Path(dossier.name_of(i)).name, f.code, f.severity.value)
            for i, document in enumerate(dossier.documents)
            for f in wspolpraca.check(document)
        }

        assert found == {
            ("programme-2021.json", "WSP-PRG-006", "info"),
            ("report-2021.json", "WSP-RPT-004", "warning"),
        }

    def test_copies_equal_their_seeds(self) -> None:
        """The documents copied from other examples have not drifted from them."""
        for copy, seed in SEEDS.items():
            assert wspolpraca.load_file(DOSSIER / copy) == wspolpraca.load_file(
                ROOT / "examples" / seed
            )

    def test_programme_differs_from_its_seed_only_in_the_attached_opinion(self) -> None:
        """The dossier's programme is the 2021 example plus the attached council opinion."""
        seed = wspolpraca.load_file(ROOT / "examples" / "krakow-2021-annual.json")
        programme = wspolpraca.load_file(DOSSIER / "programme-2021.json")

        assert isinstance(programme, AnnualProgramme)
        assert programme.council_opinion is not None
        assert attrs.evolve(programme, council_opinion=None, notes=seed.notes) == seed

    def test_new_documents_mark_illustrative_values(self) -> None:
        """The documents written for the dossier say what is sourced and what illustrative."""
        for name in ("consultation-2021.json", "programme-2021.json"):
            notes = wspolpraca.load_file(DOSSIER / name).notes
            assert any(note.startswith("Illustrative:") for note in notes)

    def test_script_prints_the_cycle(self) -> None:
        """The example script prints the consultation, opinion and adoption dates, exiting 0."""
        done = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "dossier_krakow_2021.py")],
            capture_output=True,
            text=True,
            check=False,
        )

        assert done.returncode == 0, done.stderr
        assert "consultation: 2020-10-02 – 2020-10-23" in done.stdout
        assert "council opinion: received 2020-10-02, given 2020-10-13" in done.stdout
        assert "dossier: 0 findings" in done.stdout
