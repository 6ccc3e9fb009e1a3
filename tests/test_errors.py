"""The exception hierarchy and its messages."""

from __future__ import annotations

import pickle

import pytest

from wspolpraca._messages import LOAD_MESSAGES
from wspolpraca.errors import (
    DocumentError,
    InvalidFormatError,
    InvalidValueError,
    UnknownCodeError,
    ValidationError,
    ValidationErrors,
    WspolpracaError,
    format_path,
)


class TestValidationError:
    """A located, coded, bilingual error."""

    def test_is_a_value_error_and_rooted(self) -> None:
        """Every validation error is both a ValueError and a WspolpracaError."""
        error = InvalidFormatError("invalid_date", path=("period", "start"), value="2021-02-30")

        assert isinstance(error, ValueError)
        assert isinstance(error, WspolpracaError)

    def test_message_in_both_languages_with_value(self) -> None:
        """The message names what is wrong and the value got, in Polish and English."""
        error = InvalidFormatError("invalid_date", path=("period", "start"), value="2021-02-30")

        assert error.message("en") == (
            "invalid date, expected an existing date formatted YYYY-MM-DD (got '2021-02-30')"
        )
        assert "otrzymano '2021-02-30'" in error.message("pl")
        assert str(error).endswith("@ $.period.start")

    def test_at_prefixes_the_path(self) -> None:
        """Relocating an error under a prefix keeps its code, value and class."""
        error = InvalidValueError("negative_amount", path=("planned_amount",), value="-1")

        moved = error.at(("priority_tasks", 3))

        assert type(moved) is InvalidValueError
        assert moved.jsonpath == "$.priority_tasks[3].planned_amount"
        assert (moved.code, moved.value) == ("negative_amount", "-1")

    def test_pickles_equal(self) -> None:
        """An error survives pickling with its code, path, value and params."""
        error = UnknownCodeError(
            path=("modes", 1), value="x", params={"codelist": "modes", "allowed": ("a",)}
        )

        copy = pickle.loads(pickle.dumps(error))

        assert type(copy) is UnknownCodeError
        assert (copy.code, copy.path, copy.value, dict(copy.params)) == (
            error.code,
            error.path,
            error.value,
            dict(error.params),
        )

    def test_as_dict_is_json_ready(self) -> None:
        """``as_dict`` gives code, path, message and value."""
        error = DocumentError("empty_document")

        assert error.as_dict("en") == {
            "code": "empty_document",
            "path": "$",
            "message": "the document is empty, expected a JSON object",
        }

    def test_default_codes_have_messages(self) -> None:
        """Every class's default code is in the message catalogue."""
        classes: list[type[ValidationError]] = [
            ValidationError,
            *ValidationError.__subclasses__(),
            *InvalidValueError.__subclasses__(),
        ]

        for cls in classes:
            assert cls.default_code in LOAD_MESSAGES


class TestMessageCatalogue:
    """The load-error messages are complete in both languages."""

    @pytest.mark.parametrize("code", sorted(LOAD_MESSAGES))
    def test_both_languages_present_and_different(self, code: str) -> None:
        """Each code has a Polish and an English template, and they differ."""
        text = LOAD_MESSAGES[code]

        assert text.pl.strip()
        assert text.en.strip()
        assert text.pl != text.en

    def test_every_code_used_in_source_is_catalogued(self) -> None:
        """Every error code string raised in the source has a message."""
        import re
        from pathlib import Path

        import wspolpraca

        source = Path(wspolpraca.__file__).parent
        pattern = re.compile(r"(?:Error|ValidationError)\(\s*\"([a-z_0-9]+)\"", re.MULTILINE)
        used = {
            code
            for path in source.rglob("*.py")
            for code in pattern.findall(path.read_text("utf-8"))
        }

        assert used
        assert used <= set(LOAD_MESSAGES)


class TestValidationErrors:
    """The group of all errors of one load."""

    def test_groups_and_splits(self) -> None:
        """The group lists its errors and keeps its class when split with except*."""
        group = ValidationErrors(
            "bad", [DocumentError("empty_document"), InvalidFormatError("invalid_date")]
        )

        match, rest = group.split(InvalidFormatError)

        assert len(group.errors) == 2
        assert isinstance(match, ValidationErrors)
        assert isinstance(rest, ValidationErrors)
        assert [error.code for error in match.errors] == ["invalid_date"]
        assert "2 problem(s)" in str(group)


def test_format_path_renders_keys_and_indexes() -> None:
    """Paths render as cattrs-style JSONPath."""
    assert format_path(("a", 0, "b")) == "$.a[0].b"
