"""The published JSON Schemas: shipped files, structure, versions and the golden fingerprint."""

from __future__ import annotations

import io
import json
import re
import sys
import typing
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

import wspolpraca
from wspolpraca import codelists, schema
from wspolpraca._model import _common
from wspolpraca._model._fields import CODELIST, meta
from wspolpraca.cli import main
from wspolpraca.errors import DocumentError
from wspolpraca.serialization import DOCUMENT_KINDS, SCHEMA_VERSION, SUPPORTED_SCHEMA_VERSIONS
from wspolpraca.validators import _CodeInValidator

from .conftest import ROOT

KINDS = tuple(DOCUMENT_KINDS)
LANGS = ("pl", "en")
FINGERPRINTS = Path(__file__).parent / "data" / "schema_fingerprints.json"
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
Validator = jsonschema.Draft202012Validator


def _validator(kind: str) -> jsonschema.protocols.Validator:
    return Validator(schema.document_schema(kind, "en"), format_checker=Validator.FORMAT_CHECKER)


def _objects(node: Any) -> typing.Iterator[dict[str, Any]]:
    """Every schema object that describes a JSON object, however deeply nested."""
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def _reachable_classes(cls: type[Any], seen: dict[str, type[Any]]) -> dict[str, type[Any]]:
    seen[cls.__name__] = cls
    attrs.resolve_types(cls)
    for field in attrs.fields(cls):
        stack = [field.type]
        while stack:
            type_ = stack.pop()
            stack.extend(typing.get_args(type_))
            if isinstance(type_, type) and attrs.has(type_) and type_.__name__ not in seen:
                _reachable_classes(type_, seen)
    return seen


class TestShippedFiles:
    """The schema files shipped in the package are the generated ones."""

    @pytest.mark.parametrize("lang", LANGS)
    @pytest.mark.parametrize("kind", KINDS)
    def test_file_equals_generated(self, kind: str, lang: str) -> None:
        """Each shipped file is byte-identical to the schema generated from the classes now."""
        shipped = schema.shipped_schema(kind, lang)  # type: ignore[arg-type]

        assert shipped == schema.schema_text(kind, lang), (  # type: ignore[arg-type]
            "the model changed: run `python -m wspolpraca.schema --write` and commit the files"
        )

    def test_no_stray_files(self) -> None:
        """The schemas folder holds exactly one file per kind and language."""
        folder = ROOT / "src" / "wspolpraca" / "schemas"

        assert sorted(path.name for path in folder.iterdir()) == sorted(
            f"{kind}.{lang}.json" for kind in KINDS for lang in LANGS
        )

    def test_write_schemas(self, tmp_path: Path) -> None:
        """``write_schemas`` writes every kind in both languages into the folder given."""
        written = schema.write_schemas(tmp_path)

        assert len(written) == 2 * len(KINDS)
        assert (tmp_path / "council.en.json").read_text("utf-8") == schema.schema_text(
            "council", "en"
        )


class TestDocumentSchema:
    """What ``document_schema`` generates for every kind."""

    @pytest.mark.parametrize("lang", LANGS)
    @pytest.mark.parametrize("kind", KINDS)
    def test_valid_2020_12_schema(self, kind: str, lang: str) -> None:
        """Each schema is itself valid under the 2020-12 meta-schema and names its dialect."""
        generated = schema.document_schema(kind, lang)  # type: ignore[arg-type]

        Validator.check_schema(generated)
        assert generated["$schema"] == "https://json-schema.org/draft/2020-12/schema"

    @pytest.mark.parametrize("kind", KINDS)
    def test_envelope(self, kind: str) -> None:
        """``kind`` is a const, ``schema_version`` an enum of readable versions, both required."""
        generated = schema.document_schema(kind, "en")

        assert generated["properties"]["kind"]["const"] == kind
        assert generated["properties"]["schema_version"]["enum"] == list(SUPPORTED_SCHEMA_VERSIONS)
        assert generated["required"][:2] == ["kind", "schema_version"]
        assert f"/{SCHEMA_VERSION}/" in generated["$id"]
        assert generated["$id"].endswith(f"/{kind}.en.json")

    @pytest.mark.parametrize("kind", KINDS)
    def test_every_object_is_closed(self, kind: str) -> None:
        """Every object in the schema forbids keys it does not list."""
        objects = list(_objects(schema.document_schema(kind, "en")))

        assert objects
        assert all(node["additionalProperties"] is False for node in objects)

    @pytest.mark.parametrize("kind", KINDS)
    def test_required_are_fields_without_defaults(self, kind: str) -> None:
        """Each class's required keys are exactly its fields without a default."""
        generated = schema.document_schema(kind, "en")
        classes = _reachable_classes(DOCUMENT_KINDS[kind], {})

        for name, cls in classes.items():
            root = cls is DOCUMENT_KINDS[kind]
            node = generated if root else generated["$defs"][name]
            envelope = ["kind", "schema_version"] if root else []
            expected = [f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING]
            assert node.get("required", []) == envelope + expected, name
            assert set(node["properties"]) == {*envelope, *(f.name for f in attrs.fields(cls))}

    def test_titles_follow_lang(self) -> None:
        """Field titles come from the field metadata in the language asked for."""
        polish = schema.document_schema("annual_programme", "pl")
        english = schema.document_schema("annual_programme", "en")

        assert polish["properties"]["planned_funds"]["title"] == "Wysokość planowanych środków"
        assert english["properties"]["planned_funds"]["title"] == "Planned funds"
        assert "art. 5a ust. 4 pkt 8" in english["properties"]["planned_funds"]["description"]
        assert polish["title"] == "Roczny program współpracy"

    def test_money_and_dates(self) -> None:
        """Money is text with two places or a non-negative integer; dates are ISO text."""
        defs = schema.document_schema("agreement", "en")["$defs"]

        assert defs["Money"]["anyOf"] == [
            {"type": "string", "pattern": r"^(0|[1-9][0-9]{0,14})(\.[0-9]{1,2})?$(?!\n)"},
            {"type": "integer", "minimum": 0, "maximum": 999_999_999_999_999},
        ]
        assert defs["Date"]["format"] == "date"
        assert defs["Date"]["pattern"] == r"^(?:199[0-9]|20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}$(?!\n)"

    @pytest.mark.parametrize(
        ("day", "valid"),
        [
            ("1989-12-31", False),
            ("1990-01-01", True),
            ("2100-12-31", True),
            ("2101-01-01", False),
            ("0001-01-01", False),
        ],
    )
    def test_date_pattern_is_the_models_range(self, day: str, valid: bool) -> None:
        """The schema's date pattern accepts exactly the model's years 1990–2100."""
        pattern = schema.document_schema("agreement", "en")["$defs"]["Date"]["pattern"]

        assert (re.search(pattern, day) is not None) is valid

    def test_strict_codelist_is_enum(self) -> None:
        """A strict codelist's codes are an enum, also inside lists and optional fields."""
        defs = schema.document_schema("open_competition", "en")["$defs"]
        mode = schema.document_schema("open_competition", "en")["properties"]["mode"]

        assert mode["enum"] == list(codelists.MODES.codes())
        assert defs["Announcement"]["properties"]["items"]["items"]["enum"] == list(
            codelists.ANNOUNCEMENT_ITEMS.codes()
        )
        reason = defs["Cancellation"]["properties"]["reason"]["anyOf"]
        assert reason[0]["enum"] == list(codelists.CANCELLATION_REASONS.codes())
        assert reason[1] == {"type": "null"}

    def test_open_codelist_is_documented_not_enumerated(self) -> None:
        """An open codelist's codes are listed in the description, not as an enum."""
        form = schema.document_schema("annual_programme", "en")["$defs"]["CooperationForm"]
        code = form["properties"]["code"]

        assert "enum" not in code
        assert all(entry in code["description"] for entry in codelists.FORMS.codes())

    def test_codelist_fields_refuse_exactly_strict_lists(self) -> None:
        """A field names a strict codelist exactly when its validator refuses unknown codes."""
        for kind in KINDS:
            for cls in _reachable_classes(DOCUMENT_KINDS[kind], {}).values():
                for field in attrs.fields(cls):
                    name = field.metadata.get(CODELIST)
                    if name is None:
                        continue
                    validator = getattr(field.validator, "validator", field.validator)
                    refuses = isinstance(validator, _CodeInValidator)
                    assert refuses == codelists.load_codelist(name).strict, (cls, field.name)

    def test_not_blank_pattern_is_python_white_space(self) -> None:
        """The non-blank pattern rejects exactly the text ``str.strip()`` empties."""
        pattern = re.compile(schema.NOT_BLANK_PATTERN)
        space = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]

        assert all(pattern.search(char) is None for char in space)
        assert pattern.search("\ufeff")
        assert pattern.search(" a ")

    def test_every_validator_is_expressed(self) -> None:
        """Every validator of every field the documents reach is one the generator expresses,
        so a new invariant in the model cannot escape the schema unnoticed."""
        unknown = [
            (cls.__name__, field.name, validator)
            for kind in KINDS
            for cls in _reachable_classes(DOCUMENT_KINDS[kind], {}).values()
            for field in attrs.fields(cls)
            for validator in schema._validators(field)
            if not schema.known_validator(validator)
        ]

        assert unknown == [], "teach wspolpraca.schema what these validators check"

    @pytest.mark.parametrize(
        ("level", "teryt", "valid"),
        [
            ("municipality", "1261011", True),
            ("city_with_county_rights", "1261011", True),
            ("county", "1261", True),
            ("voivodeship", "12", True),
            ("county", "1261011", False),
            ("municipality", "1261", False),
            ("voivodeship", "1261", False),
            ("municipality", "1361011", False),
            ("municipality", "3461011", False),
            ("municipality", "1261011\n", False),
            ("municipality", "١٢٦١٠١١", False),
        ],
    )
    def test_teryt_per_level(self, level: str, teryt: str, valid: bool) -> None:
        """A unit's TERYT code has the voivodeship part and the length of its level."""
        data = json.loads((ROOT / "examples" / "krakow-krdpp.json").read_text("utf-8"))
        data["unit"] = {"name": "X", "teryt": teryt, "level": level}

        assert _validator("council").is_valid(data) is valid

    def test_year_bounds_come_from_the_model(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Years and plausible dates are bounded by the model's ``MIN_YEAR`` and ``MAX_YEAR``."""
        monkeypatch.setattr(_common, "MIN_YEAR", 1990)
        monkeypatch.setattr(_common, "MAX_YEAR", 2099)
        schema._document_schema.cache_clear()
        try:
            programme = schema.document_schema("annual_programme", "en")
            rounds = schema.document_schema("consultation_round", "en")
        finally:
            monkeypatch.undo()
            schema._document_schema.cache_clear()

        assert programme["properties"]["year"] | {"title": ""} == {
            "type": "integer",
            "minimum": 1990,
            "maximum": 2099,
            "title": "",
        }
        pattern = re.compile(rounds["$defs"]["Date"]["pattern"])
        assert pattern.search("1990-01-01")
        assert pattern.search("2099-12-31")
        assert not pattern.search("1989-12-31")
        assert not pattern.search("2100-01-01")

    @pytest.mark.parametrize(
        ("minimum", "maximum"), [(2003, 2100), (1990, 2100), (1000, 9999), (1999, 2001)]
    )
    def test_year_pattern_is_exact(self, minimum: int, maximum: int) -> None:
        """The year pattern matches exactly the four-digit years in the range."""
        pattern = re.compile(f"^{schema._year_pattern(minimum, maximum)}$")

        matched = [year for year in range(1000, 10000) if pattern.match(str(year))]

        assert matched == list(range(minimum, maximum + 1))

    @pytest.mark.parametrize(
        ("kind", "text", "valid"),
        [
            ("nip", "7740001454", True),
            ("nip", "774-000-14-54", True),
            ("nip", "PL 774 000 14 54", True),
            ("nip", " pl7740001454\n", True),
            ("nip", "774000145", False),
            ("nip", "774\u00a00001454", False),
            ("nip", "PLPL7740001454", False),
            ("regon", "123456785", True),
            ("regon", "12345678512347", True),
            ("regon", "1234567851234", False),
            ("krs", "12345", True),
            ("krs", "0000012345", True),
            ("krs", "0000000000", False),
            ("krs", "12345678901", False),
        ],
    )
    def test_identifier_patterns(self, kind: str, text: str, valid: bool) -> None:
        """Each identifier's pattern accepts its customary forms and refuses other shapes."""
        assert bool(re.search(schema.IDENTIFIER_PATTERNS[kind], text)) is valid

    def test_any_is_unconstrained(self) -> None:
        """A field typed ``Any`` accepts any JSON value."""

        @attrs.frozen(kw_only=True)
        class Setting:
            value: Any = attrs.field(metadata=meta("Wartość", "Value"))

        built = schema._Builder("en").object_schema(Setting)

        assert built["properties"]["value"] == {"title": "Value"}

    def test_unknown_type_is_refused(self) -> None:
        """A field type the generator does not know stops generation instead of guessing."""

        @attrs.frozen(kw_only=True)
        class Odd:
            value: float

        with pytest.raises(TypeError, match="no JSON Schema for the type"):
            schema._Builder("en").object_schema(Odd)

    def test_clashing_class_names_are_refused(self) -> None:
        """Two classes with one name cannot share ``$defs`` and stop generation."""
        first = attrs.make_class("Part", {"a": attrs.field(type=int)}, frozen=True)
        second = attrs.make_class("Part", {"b": attrs.field(type=int)}, frozen=True)
        builder = schema._Builder("en")
        builder.ref(first)

        with pytest.raises(TypeError, match="both named 'Part'"):
            builder.ref(second)

    def test_unknown_kind(self) -> None:
        """An unknown kind raises a located document error."""
        with pytest.raises(DocumentError, match="unknown document kind") as caught:
            schema.document_schema("programme")

        assert caught.value.code == "unknown_kind"
        assert caught.value.jsonpath == "$.kind"

    def test_returns_fresh_copies(self) -> None:
        """Changing a returned schema does not change the next one."""
        schema.document_schema("council")["title"] = "changed"

        assert schema.document_schema("council")["title"] != "changed"


class TestExamples:
    """The shipped example documents validate against their schemas."""

    @pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
    def test_example_validates(self, path: Path) -> None:
        """Every example in ``examples/`` is valid under the schema of its kind."""
        data = json.loads(path.read_text("utf-8"))

        errors = list(_validator(data["kind"]).iter_errors(data))

        assert errors == []


class TestFingerprint:
    """A golden test: the data format cannot change without a version bump or a changelog entry."""

    def test_fingerprint_is_recorded_for_this_version(self) -> None:
        """The schemas' fingerprint is the one recorded for ``SCHEMA_VERSION``.

        When this fails, the document format changed (a field, a type, a required key,
        a strict code). Decide per the compatibility policy in CHANGELOG.md: bump
        ``SCHEMA_VERSION`` (and write a migration) if the version was released, or keep it
        while unreleased; then run ``python -m wspolpraca.schema --write``, record the printed
        fingerprint under the version in tests/data/schema_fingerprints.json, and name it in
        a CHANGELOG.md entry.
        """
        recorded = json.loads(FINGERPRINTS.read_text("utf-8"))

        assert recorded.get(SCHEMA_VERSION) == schema.fingerprint(), self.__doc__

    def test_fingerprint_is_in_the_changelog(self) -> None:
        """Every recorded fingerprint is named (by its first 12 digits) in CHANGELOG.md."""
        recorded = json.loads(FINGERPRINTS.read_text("utf-8"))
        changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")

        for version, digest in recorded.items():
            assert f"schema {version} fingerprint `{digest[:12]}`" in changelog, version

    def test_translation_does_not_change_fingerprint(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Titles and descriptions are left out of the fingerprint; structure is not."""
        before = schema.fingerprint()
        monkeypatch.setitem(
            schema._KIND_TITLES, "council", wspolpraca._text.Text(pl="Rada", en="The council")
        )
        schema._document_schema.cache_clear()
        try:
            assert schema.fingerprint() == before
            monkeypatch.setattr(schema, "MONEY_PATTERN", r"^[0-9]+$")
            schema._document_schema.cache_clear()
            assert schema.fingerprint() != before
        finally:
            monkeypatch.undo()
            schema._document_schema.cache_clear()


class TestCommandLine:
    """``wspolpraca schema KIND`` and ``python -m wspolpraca.schema``."""

    def test_schema_command(self) -> None:
        """The command prints the schema text of the kind in the language asked for."""
        out = io.StringIO()

        code = main(["schema", "small_grant_register", "--lang", "en"], stdout=out)

        assert code == 0
        assert out.getvalue() == schema.schema_text("small_grant_register", "en")

    def test_schema_command_unknown_kind(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown kind is a usage error naming the valid kinds."""
        with pytest.raises(SystemExit, match="2"):
            main(["schema", "programme"])

        assert "annual_programme" in capsys.readouterr().err

    def test_module_prints_fingerprint(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``python -m wspolpraca.schema --fingerprint`` prints the version and fingerprint."""
        code = schema._main(["--fingerprint"])

        assert code == 0
        assert capsys.readouterr().out == (
            f"schema {SCHEMA_VERSION} fingerprint {schema.fingerprint()}\n"
        )

    def test_module_without_options_prints_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without an option the module prints its help and exits 2."""
        assert schema._main([]) == 2
        assert "--write" in capsys.readouterr().out
