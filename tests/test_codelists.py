"""Codelist data: consistency checks in the spirit of OCDS's jscc, and the lookup API."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import attrs
import pytest

import wspolpraca
from wspolpraca import codelists
from wspolpraca.codelists import Codelist, CodelistEntry, load_codelist, shipped_codelists
from wspolpraca.codelists.__main__ import _main as codelist_main
from wspolpraca.errors import InvalidFormatError, InvalidValueError, UnknownCodeError
from wspolpraca.law import Confidence

NAMES = shipped_codelists()


@pytest.fixture(params=NAMES)
def codelist(request: pytest.FixtureRequest) -> Codelist:
    """Each shipped codelist in turn."""
    return load_codelist(request.param)


class TestShippedData:
    """Every shipped list is complete, unique, dated consistently and cited."""

    def test_every_entry_has_two_distinct_labels(self, codelist: Codelist) -> None:
        """No entry has an empty label, or the same text in Polish and English."""
        for entry in codelist:
            assert entry.label_pl.strip(), entry.code
            assert entry.label_en.strip(), entry.code
            assert entry.label_pl != entry.label_en, entry.code

    def test_date_ranges_of_a_code_do_not_overlap(self, codelist: Codelist) -> None:
        """Two versions of one code are never in force on the same day."""
        by_code: dict[str, list[CodelistEntry]] = {}
        for entry in codelist:
            by_code.setdefault(entry.code, []).append(entry)
        for versions in by_code.values():
            for first, second in itertools.combinations(versions, 2):
                first_end = first.valid_to or dt.date.max
                second_end = second.valid_to or dt.date.max
                first_start = first.valid_from or dt.date.min
                second_start = second.valid_from or dt.date.min
                assert first_end < second_start or second_end < first_start, first.code

    def test_ranges_are_ordered(self, codelist: Codelist) -> None:
        """No entry ends before it starts."""
        for entry in codelist:
            if entry.valid_from and entry.valid_to:
                assert entry.valid_from <= entry.valid_to, entry.code

    def test_unconfirmed_entries_say_why(self, codelist: Codelist) -> None:
        """Every entry that is not confirmed carries a note."""
        for entry in codelist:
            if entry.confidence is not Confidence.CONFIRMED:
                assert entry.note.strip(), entry.code

    def test_strict_lists_are_closed(self, codelist: Codelist) -> None:
        """Only a closed list can refuse unknown codes at load."""
        assert codelist.closed or not codelist.strict

    def test_list_labels_are_bilingual(self, codelist: Codelist) -> None:
        """The list itself has distinct Polish and English names."""
        assert codelist.label_pl != codelist.label_en

    def test_module_attributes_are_the_shipped_lists(self) -> None:
        """``codelists.SPHERES`` and friends are the cached shipped lists."""
        assert codelists.SPHERES is load_codelist("spheres")
        assert codelists.MODES.name == "modes"


class TestCodesUsedInCode:
    """Codes the model and rules rely on exist in the data."""

    def test_programme_elements_are_programme_fields(self) -> None:
        """Each art. 5a ust. 4 element names a field of AnnualProgramme, in order."""
        fields = [field.name for field in attrs.fields(wspolpraca.AnnualProgramme)]

        assert len(codelists.PROGRAMME_ELEMENTS) == 11
        for entry in codelists.PROGRAMME_ELEMENTS:
            assert entry.code in fields
        assert [e.basis.point for e in codelists.PROGRAMME_ELEMENTS if e.basis] == [
            str(n) for n in range(1, 12)
        ]

    def test_field_codelist_metadata_names_shipped_lists(self) -> None:
        """Every field that declares a codelist names a shipped one."""
        from wspolpraca._model._fields import CODELIST

        classes = [
            wspolpraca.AnnualProgramme,
            wspolpraca.PriorityTask,
            wspolpraca.Unit,
            wspolpraca.Principle,
            wspolpraca.CooperationForm,
            wspolpraca.Publication,
            wspolpraca.Announcement,
            wspolpraca.Answer,
            wspolpraca.ConsultationRound,
        ]
        for cls in classes:
            for field in attrs.fields(cls):
                if CODELIST in field.metadata:
                    assert field.metadata[CODELIST] in NAMES

    def test_six_principles_and_two_modes(self) -> None:
        """Art. 5 ust. 3 has six principles; art. 5 ust. 4 two modes."""
        assert len(codelists.PRINCIPLES) == 6
        assert codelists.MODES.codes() == ("entrustment", "support")


class TestLookup:
    """Looking codes up on a date."""

    def test_sphere_versions_by_date(self) -> None:
        """Point 1 reads differently in the 2003 and the 2010 catalogue."""
        old = codelists.SPHERES.get("1", on=dt.date(2005, 1, 1))
        new = codelists.SPHERES.get("1", on=dt.date(2015, 1, 1))

        assert old is not None
        assert new is not None
        assert old.valid_to is not None
        assert new.valid_from is not None
        assert old.valid_to < new.valid_from

    def test_inserted_point_absent_before_insertion(self) -> None:
        """Point 32a is not in force in 2011, but is in 2019."""
        assert codelists.SPHERES.get("32a", on=dt.date(2011, 1, 1)) is None
        assert codelists.SPHERES.get("32a", on=dt.date(2019, 1, 1)) is not None

    def test_unknown_code_error_names_list_and_alternatives(self) -> None:
        """An unknown code in a short list is refused, listing the valid codes."""
        with pytest.raises(UnknownCodeError) as info:
            codelists.MODES.validate("wspieranie")

        assert info.value.params["codelist"] == "modes"
        assert "entrustment, support" in info.value.message("en")

    def test_nearest_codes_for_long_lists(self) -> None:
        """For a long list, the error suggests the nearest codes."""
        with pytest.raises(UnknownCodeError) as info:
            codelists.SPHERES.validate("32b")

        nearest = info.value.params["nearest"]
        assert isinstance(nearest, tuple)
        assert "32a" in nearest

    def test_extend_open_list(self) -> None:
        """A municipality can add a local form to the open list of forms."""
        local = CodelistEntry(
            code="civic_centres", label_pl="centra obywatelskie", label_en="civic centres"
        )

        extended = codelists.FORMS.extend([local])

        assert "civic_centres" in extended
        assert "civic_centres" not in codelists.FORMS

    def test_extend_closed_list_refused(self) -> None:
        """A closed statutory list cannot be extended."""
        local = CodelistEntry(code="x", label_pl="iks", label_en="ex")

        with pytest.raises(InvalidValueError, match="closed"):
            codelists.PRINCIPLES.extend([local])

    def test_extend_cannot_reuse_statutory_code(self) -> None:
        """A local entry cannot shadow a statutory code."""
        clash = CodelistEntry(code="joint_teams", label_pl="zespoły", label_en="teams")

        with pytest.raises(InvalidValueError, match="joint_teams"):
            codelists.FORMS.extend([clash])

    def test_from_toml_rejects_garbage(self) -> None:
        """A malformed codelist file is a clear InvalidFormatError."""
        with pytest.raises(InvalidFormatError, match="not a codelist"):
            Codelist.from_toml("[codelist]\nname = 1")

    def test_unknown_list_name(self) -> None:
        """Asking for a list that is not shipped is an InvalidValueError."""
        with pytest.raises(InvalidValueError, match="no codelist"):
            load_codelist("nope")


class TestCompiledLists:
    """The shipped lists are read from ``_shipped.json``, compiled from the TOML files."""

    def test_compiled_file_is_current(self) -> None:
        """``_shipped.json`` is byte-identical to what the TOML files compile to now."""
        shipped = codelists._shipped_text(codelists._COMPILED)

        assert shipped == codelists._compiled_text(), (
            "a codelist changed: run `python -m wspolpraca.codelists --write` and commit"
        )

    @pytest.mark.parametrize("name", NAMES)
    def test_compiled_list_equals_the_toml_list(self, name: str) -> None:
        """Each list as loaded (from JSON) equals the list read from its TOML file."""
        from_toml = Codelist.from_toml(codelists._shipped_text(f"{name}.toml"))

        assert load_codelist(name) == from_toml
        assert [entry.valid_from for entry in load_codelist(name)] == [
            entry.valid_from for entry in from_toml
        ]

    def test_a_toml_list_changed_since_compiling_is_read_from_toml(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A list whose TOML file no longer matches its compiled checksum (a merge that did not
        recompile) is read from the TOML file: the source wins, never stale data."""
        original = codelists._shipped_text
        added = '\n[[entry]]\ncode = "zz"\nlabel_pl = "nowy"\nlabel_en = "new"\n'

        def shipped_text(file: str) -> str:
            text = original(file)
            return text + added if file == "modes.toml" else text

        monkeypatch.setattr(codelists, "_shipped_text", shipped_text)
        load_codelist.cache_clear()
        try:
            assert "zz" in load_codelist("modes")
            assert "zz" not in [entry["code"] for entry in codelists._compiled()["modes"]["entry"]]
        finally:
            load_codelist.cache_clear()

    def test_write_compiled(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """``--write`` writes the compiled text (here into a folder of the test's)."""
        target = tmp_path / "compiled.json"
        monkeypatch.setattr(codelists, "_COMPILED", str(target))

        assert codelist_main(["--write"]) == 0
        assert target.read_text("utf-8") == codelists._compiled_text()

    def test_main_without_write_prints_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without ``--write`` the command writes nothing and shows its usage."""
        assert codelist_main([]) == 2
        assert "--write" in capsys.readouterr().out
