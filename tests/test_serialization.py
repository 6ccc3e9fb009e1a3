"""Loading and dumping documents: wire rules, located errors, canonical output."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import cattrs
import pytest

import wspolpraca
from wspolpraca import AnnualProgramme, Period, PriorityTask, serialization
from wspolpraca.errors import ValidationError, ValidationErrors
from wspolpraca.serialization import (
    SCHEMA_VERSION,
    kind_of,
    load_file,
    loads,
    make_converter,
    structure,
    unstructure,
)

from .conftest import EXAMPLE
from .test_construct import _Hashed, _OwnInit


@pytest.fixture(autouse=True, params=["accelerated", "detailed"])
def loading_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test here runs with the fast path (when msgspec is installed) and without it."""
    if request.param == "detailed":
        monkeypatch.setattr(serialization, "_FAST", False)
    return str(request.param)


def _errors(text: str | bytes) -> list[ValidationError]:
    with pytest.raises(ValidationErrors) as info:
        loads(text)
    return list(info.value.errors)


def _codes_and_paths(text: str | bytes) -> list[tuple[str, str]]:
    return [(error.code, error.jsonpath) for error in _errors(text)]


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)


class TestRoundTrip:
    """Lossless, canonical round trips."""

    def test_example_round_trips(self, example_text: str) -> None:
        """The example loads, dumps and loads back equal."""
        programme = loads(example_text)

        assert loads(wspolpraca.dumps(programme)) == programme

    def test_dumps_is_canonical_and_stable(self, example_text: str) -> None:
        """Dumping twice gives byte-identical, key-sorted text with money as two-place text."""
        programme = loads(example_text)

        first = wspolpraca.dumps(programme)
        second = wspolpraca.dumps(loads(first))

        assert first == second
        data = json.loads(first)
        assert list(data) == sorted(data)
        assert data["planned_funds"] == "102262543.00"
        assert data["kind"] == "annual_programme"
        assert data["schema_version"] == SCHEMA_VERSION
        assert first.endswith("}\n")
        assert "„" in first  # UTF-8 kept, not escaped

    def test_money_is_exact(self) -> None:
        """Amounts keep every grosz and are Decimals."""
        task = structure({"title": "T", "planned_amount": "0.10"}, PriorityTask)

        assert task.planned_amount == Decimal("0.10")
        assert isinstance(task.planned_amount, Decimal)
        assert unstructure(task)["planned_amount"] == "0.10"

    def test_integer_money_accepted(self) -> None:
        """A whole JSON integer is an exact amount too."""
        task = structure({"title": "T", "planned_amount": 1500}, PriorityTask)

        assert task.planned_amount == Decimal("1500.00")

    def test_unicode_survives(self, example_data: dict[str, Any]) -> None:
        """Any Unicode in free text survives a round trip."""
        example_data["scope"] = "Zażółć gęślą jaźń — 🌳 \u200b ẞ"

        programme = loads(_dump(example_data), AnnualProgramme)

        assert loads(wspolpraca.dumps(programme), AnnualProgramme).scope == example_data["scope"]
        programme = loads(_dump(example_data), wspolpraca.AnnualProgramme)

        assert (
            loads(wspolpraca.dumps(programme), wspolpraca.AnnualProgramme).scope
            == example_data["scope"]
        )

    def test_bom_and_bytes_accepted(self, example_text: str) -> None:
        """UTF-8 bytes, with or without a byte-order mark, load like text."""
        plain = loads(example_text)

        assert loads(example_text.encode()) == plain
        assert loads(b"\xef\xbb\xbf" + example_text.encode()) == plain
        assert loads("\ufeff" + example_text) == plain

    def test_structure_non_document_class(self) -> None:
        """A non-document class is structured without an envelope."""
        period = structure({"start": "2021-01-01", "end": "2021-12-31"}, Period)

        assert period == Period.calendar_year(2021)

    def test_make_converter_is_independent(self) -> None:
        """Our converter never touches cattrs' global converter."""
        converter = make_converter()

        assert converter is not cattrs.global_converter
        assert converter.structure("2021-01-01", dt.date) == dt.date(2021, 1, 1)
        with pytest.raises(ValidationError):
            converter.structure(5, str)


class TestBadDocuments:
    """Every bad input gives located, coded errors and never a raw traceback."""

    def test_not_json(self) -> None:
        """Text that is not JSON is a json_syntax error with line and column."""
        [error] = _errors('{"kind": "annual_programme",\n  oops}')

        assert error.code == "json_syntax"
        assert error.params["line"] == 2
        assert "line 2" in error.message("en")

    @pytest.mark.parametrize("text", ["[]", "42", '"x"', "null"])
    def test_not_an_object(self, text: str) -> None:
        """JSON that is not an object is a wrong_type error at the root."""
        assert _codes_and_paths(text) == [("wrong_type", "$")]

    @pytest.mark.parametrize("text", ["", "   \n", b""])
    def test_empty(self, text: str | bytes) -> None:
        """An empty document is an empty_document error."""
        assert _codes_and_paths(text) == [("empty_document", "$")]

    def test_not_utf8(self) -> None:
        """Bytes that are not UTF-8 are a not_utf8 error."""
        assert _codes_and_paths(b'{"a": "\xff"}') == [("not_utf8", "$")]

    def test_missing_required_field(self, example_data: dict[str, Any]) -> None:
        """A missing required field is reported at its path."""
        del example_data["unit"]["teryt"]

        assert _codes_and_paths(_dump(example_data)) == [("missing_field", "$.unit.teryt")]

    def test_wrong_type(self, example_data: dict[str, Any]) -> None:
        """A number where text is expected is not silently converted."""
        example_data["priority_tasks"][2]["title"] = 7
        example_data["year"] = "2021"

        assert sorted(_codes_and_paths(_dump(example_data))) == [
            ("wrong_type", "$.priority_tasks[2].title"),
            ("wrong_type", "$.year"),
        ]

    def test_string_for_list_is_refused(self, example_data: dict[str, Any]) -> None:
        """A string is not iterated into a list of characters."""
        example_data["goals"]["specific"] = "abc"

        assert _codes_and_paths(_dump(example_data)) == [("wrong_type", "$.goals.specific")]

    def test_unknown_key_is_an_error_with_hint(self, example_data: dict[str, Any]) -> None:
        """An unknown key is refused, never dropped, with a did-you-mean hint."""
        example_data["priority_tasks"][3]["planned_amout"] = "1.00"

        [error] = _errors(_dump(example_data))

        assert (error.code, error.jsonpath) == (
            "unknown_field",
            "$.priority_tasks[3].planned_amout",
        )
        assert "did you mean 'planned_amount'" in error.message("en")

    @pytest.mark.parametrize(
        ("amount", "code"),
        [
            ("1.234", "too_many_decimal_places"),
            ("1e5", "invalid_money"),
            ("1E+5", "invalid_money"),
            ("1 234,50 zł", "invalid_money"),
            ("1,234.50", "invalid_money"),
            ("-5", "negative_amount"),
            ("007", "invalid_money"),
            ("NaN", "invalid_money"),
            ("", "invalid_money"),
        ],
    )
    def test_bad_amount_text(self, example_data: dict[str, Any], amount: str, code: str) -> None:
        """Amounts with three decimals, exponents, separators or signs are refused precisely."""
        example_data["priority_tasks"][3]["planned_amount"] = amount

        assert _codes_and_paths(_dump(example_data)) == [
            (code, "$.priority_tasks[3].planned_amount")
        ]

    @pytest.mark.parametrize("amount", ["1.5", "1e5", "-3"])
    def test_bad_amount_numbers(self, example_data: dict[str, Any], amount: str) -> None:
        """JSON numbers with fractions or exponents, and negative integers, are refused."""
        text = _dump(example_data).replace(
            '"planned_funds": "102262543.00"', f'"planned_funds": {amount}'
        )

        [error] = _errors(text)

        assert error.jsonpath == "$.planned_funds"
        assert error.code in {"invalid_money", "negative_amount"}

    @pytest.mark.parametrize(
        "day",
        ["2021-02-30", "2021-13-01", "20210101", "2021-W01-1", "01.03.2021", "2021-03-01T00:00:00"],
    )
    def test_bad_dates(self, example_data: dict[str, Any], day: str) -> None:
        """Only existing ISO dates YYYY-MM-DD are dates."""
        example_data["period"]["start"] = day

        assert _codes_and_paths(_dump(example_data)) == [("invalid_date", "$.period.start")]

    def test_resolution_after_programme_end(self, example_data: dict[str, Any]) -> None:
        """A resolution dated after the programme ends is an inconsistency at its date."""
        example_data["resolution"]["adopted_on"] = "2022-01-10"

        assert _codes_and_paths(_dump(example_data)) == [
            ("adopted_after_period", "$.resolution.adopted_on")
        ]

    def test_many_problems_reported_at_once(self, example_data: dict[str, Any]) -> None:
        """Problems in several places, even in one object, are all reported in one pass."""
        example_data["title"] = ""
        example_data["priority_tasks"][0]["modes"] = ["support", "grant"]
        example_data["priority_tasks"][0]["planned_amount"] = "-1"
        example_data["priority_tasks"][9]["sphere"] = "pkt 1"
        example_data["unit"]["level"] = "gmina"
        example_data["period"]["end"] = "2021-02-30"
        example_data["extra"] = True

        found = set(_codes_and_paths(_dump(example_data)))

        assert found == {
            ("blank_text", "$.title"),
            ("unknown_code", "$.priority_tasks[0].modes[1]"),
            ("negative_amount", "$.priority_tasks[0].planned_amount"),
            ("invalid_code_format", "$.priority_tasks[9].sphere"),
            ("unknown_code", "$.unit.level"),
            ("invalid_date", "$.period.end"),
            ("unknown_field", "$.extra"),
        }

    def test_duplicate_keys_are_located(self, example_data: dict[str, Any]) -> None:
        """A key given twice is an error at that key, not a silent overwrite."""
        text = _dump(example_data).replace('"main": ', '"main": "first", "main": ', 1)

        assert ("duplicate_key", "$.goals.main") in _codes_and_paths(text)

    def test_unknown_kind(self, example_data: dict[str, Any]) -> None:
        """An unknown kind names the known kinds."""
        example_data["kind"] = "programme"

        [error] = _errors(_dump(example_data))

        assert (error.code, error.jsonpath) == ("unknown_kind", "$.kind")
        assert "annual_programme" in error.message("en")

    def test_missing_envelope(self, example_data: dict[str, Any]) -> None:
        """A document must say its kind and schema version."""
        del example_data["kind"]
        del example_data["schema_version"]

        assert _codes_and_paths(_dump(example_data)) == [
            ("missing_field", "$.kind"),
            ("missing_field", "$.schema_version"),
        ]

    def test_unsupported_version(self, example_data: dict[str, Any]) -> None:
        """A schema version this release cannot read is refused, naming the supported ones."""
        example_data["schema_version"] = "9.0"

        [error] = _errors(_dump(example_data))

        assert error.code == "unsupported_schema_version"
        assert "1.0" in error.message("en")

    def test_kind_mismatch(self, example_text: str) -> None:
        """Asking for another document class than the document's kind is a located error."""
        with pytest.raises(ValidationErrors) as info:
            loads(example_text, wspolpraca.Council)

        [error] = info.value.errors
        assert (error.code, error.jsonpath) == ("kind_mismatch", "$.kind")
        assert "expected council" in error.message("en")
        assert loads(example_text, AnnualProgramme).year == 2021

    def test_kind_of_refuses_non_documents(self) -> None:
        """``kind_of`` names the document kinds when given something else."""

        class Other:
            pass

        with pytest.raises(ValidationError, match="annual_programme"):
            kind_of(Other)


class TestLoadFile:
    """Files: size limit, unreadable files."""

    def test_load_file(self) -> None:
        """The example file loads as an AnnualProgramme."""
        assert isinstance(load_file(EXAMPLE), AnnualProgramme)

    def test_too_large_refused_without_reading_it_all(self, tmp_path: Path) -> None:
        """A 50 MB file is refused with a clear message naming the limit."""
        big = tmp_path / "big.json"
        with big.open("wb") as stream:
            stream.truncate(50 * 1024 * 1024)

        with pytest.raises(ValidationErrors) as info:
            load_file(big)

        [error] = info.value.errors
        assert error.code == "too_large"
        assert "16777216" in error.message("en")

    def test_max_bytes_is_configurable(self, tmp_path: Path, example_text: str) -> None:
        """The limit can be lowered per call."""
        path = tmp_path / "p.json"
        path.write_text(example_text, "utf-8")

        with pytest.raises(ValidationErrors, match="cannot be loaded"):
            load_file(path, max_bytes=100)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file is an unreadable_file error, not an OSError."""
        with pytest.raises(ValidationErrors) as info:
            load_file(tmp_path / "nope.json")

        assert info.value.errors[0].code == "unreadable_file"


@attrs.frozen
class _Converted:
    a: int = attrs.field(default="7", converter=int)  # type: ignore[assignment]


@attrs.frozen
class _Checked:
    a: int = attrs.field(default=-1, validator=attrs.validators.ge(0))


def test_other_classes_are_built_by_their_own_init() -> None:
    """make_converter serves any attrs class as attrs would build it: defaults, hooks, hashes."""
    converter = make_converter()

    assert converter.structure({}, _Converted) == _Converted()
    assert converter.structure({"a": 1}, _OwnInit).a == 10
    assert hash(converter.structure({"a": 1}, _Hashed)) == hash(_Hashed(1))
    with pytest.raises(cattrs.ClassValidationError):
        converter.structure({}, _Checked)
