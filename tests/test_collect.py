"""Without msgspec: json.loads and the collecting builders, and when they hand over to cattrs."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import AnnualProgramme, Council, _collect, serialization
from wspolpraca._collect import try_loads
from wspolpraca.errors import ValidationErrors

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.json"))


@pytest.fixture
def without_msgspec() -> Iterator[None]:
    """Load as a process without msgspec does: the collecting builders, then cattrs."""
    saved = serialization._FAST
    serialization._FAST = None
    yield
    serialization._FAST = saved


def _outcome(text: str | bytes, *, fast: object) -> object:
    """The object's representation, or every error's identity, with ``_FAST`` set to *fast*."""
    saved = serialization._FAST
    serialization._FAST = fast  # type: ignore[assignment]
    try:
        return repr(wspolpraca.loads(text))
    except ValidationErrors as exc:
        return [(e.code, e.path, repr(e.value), e.params) for e in exc.errors]
    finally:
        serialization._FAST = saved


def _alike(text: str | bytes) -> object:
    """What both the collecting path and cattrs alone give for *text* (asserted equal)."""
    collected = _outcome(text, fast=None)
    assert collected == _outcome(text, fast=False)
    return collected


def _codes(text: str | bytes) -> list[object]:
    """The codes of the errors both ways give for *text* (asserted equal)."""
    found = _alike(text)
    assert isinstance(found, list)
    return [error[0] for error in found]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_examples_are_read_by_the_collecting_builders(path: Path) -> None:
    """Every example is read without cattrs, to the object cattrs gives, from bytes or text."""
    raw = path.read_bytes()

    document = try_loads(raw, None)

    assert document is not NotImplemented
    assert try_loads(raw.decode("utf-8"), type(document)) == document
    assert repr(document) == _alike(raw)


def test_errors_in_values_are_collected(example_data: dict[str, Any]) -> None:
    """Errors in several values are raised at once without cattrs, as cattrs reports them."""
    tasks = example_data["priority_tasks"]
    tasks[0]["planned_amount"] = "1.234"
    tasks[1]["modes"] = ["support", "nope"]
    tasks[2]["title"] = " "
    example_data["resolution"]["adopted_on"] = "2020-02-30"
    text = json.dumps(example_data)

    with pytest.raises(ValidationErrors) as info:
        try_loads(text, None)

    found = [(e.code, e.path, repr(e.value), e.params) for e in info.value.errors]
    assert found == _alike(text)
    assert [(code, path) for code, path, *_ in found] == [
        ("invalid_date", ("resolution", "adopted_on")),
        ("too_many_decimal_places", ("priority_tasks", 0, "planned_amount")),
        ("unknown_code", ("priority_tasks", 1, "modes", 1)),
        ("blank_text", ("priority_tasks", 2, "title")),
    ]


def test_an_invariant_is_reported_as_cattrs_does(example_data: dict[str, Any]) -> None:
    """An object whose fields are valid but whose invariant fails is reported as cattrs does."""
    example_data["period"] = {"start": "2021-12-31", "end": "2021-01-01"}
    text = json.dumps(example_data)

    with pytest.raises(ValidationErrors):
        try_loads(text, None)
    assert _alike(text)[0][:2] == ("end_before_start", ("period", "end"))  # type: ignore[index]


@pytest.mark.parametrize(
    ("change", "value"),
    [
        ("title", 2021),  # a type error
        ("year", "2021"),
        ("year", True),
        ("notes", "not a list"),
        ("principles", [{"code": "subsidiarity", "extra": 1}]),  # an unknown key
        ("unit", None),  # a required object missing its value
        ("goals", []),
        ("planned_funds", [1]),
    ],
)
def test_a_shape_cattrs_must_name_is_handed_over(
    example_data: dict[str, Any], change: str, value: object
) -> None:
    """A value of the wrong shape goes to cattrs, which reports it (same errors either way)."""
    example_data[change] = value
    text = json.dumps(example_data)

    assert try_loads(text, None) is NotImplemented
    assert isinstance(_alike(text), list)


def test_a_missing_field_is_handed_over(example_data: dict[str, Any]) -> None:
    """A required field left out goes to cattrs, which names it."""
    del example_data["title"]
    text = json.dumps(example_data)

    assert try_loads(text, None) is NotImplemented
    assert _codes(text) == ["missing_field"]


def test_a_repeated_key_is_noticed(example_text: str) -> None:
    """json.loads keeps the last of a repeated key; the count of strings notices it."""
    text = example_text.replace('"title":', '"title": "x", "title":', 1)

    assert try_loads(text, None) is NotImplemented
    assert _codes(text) == ["duplicate_key"]


def test_a_repeated_nested_key_is_noticed(example_data: dict[str, Any]) -> None:
    """A key repeated inside a task, with the same value, is noticed too."""
    text = json.dumps(example_data).replace('"sphere": "', '"sphere": "16", "sphere": "', 1)

    assert try_loads(text, None) is NotImplemented
    assert _codes(text) == ["duplicate_key"]


@pytest.mark.parametrize("written", ["\\ud800", "x\\udc00", "\ud800"])
def test_a_lone_surrogate_is_handed_over(example_text: str, written: str) -> None:
    """A lone surrogate, escaped or as a character, is cattrs' to refuse (invalid_text)."""
    text = example_text.replace('"title": "Program', f'"title": "{written}', 1)

    assert try_loads(text, None) is NotImplemented
    assert _codes(text) == ["invalid_text"]


def test_a_surrogate_pair_is_read(example_text: str) -> None:
    """An escaped surrogate pair is one character, read without cattrs."""
    text = example_text.replace('"title": "Program', '"title": "\\ud83d\\ude00 Program', 1)

    document = try_loads(text, None)

    assert document is not NotImplemented
    assert document.title.startswith("\U0001f600 Program")


@pytest.mark.parametrize(
    "text",
    ["", "  ", "{", "[]", '{"kind": "nope", "schema_version": "1.1"}', b"\xff"],
)
def test_what_is_not_a_document_is_handed_over(text: str | bytes) -> None:
    """Syntax, encoding and envelope problems are left to the detailed path's errors."""
    assert try_loads(text, None) is NotImplemented
    assert isinstance(_alike(text), list)


def test_a_document_of_another_kind_than_asked_is_handed_over(example_text: str) -> None:
    """Asked for a council, a programme is left to the detailed path (kind_mismatch)."""
    assert try_loads(example_text, Council) is NotImplemented
    with pytest.raises(ValidationErrors, match="cannot be loaded"):
        wspolpraca.loads(example_text, Council)


def test_without_msgspec_loads_collects(example_text: str, without_msgspec: None) -> None:
    """``loads`` without msgspec gives the document cattrs alone gives."""
    assert serialization._fast_path() is None
    assert wspolpraca.loads(example_text) == _outcome_object(example_text)


def _outcome_object(text: str) -> AnnualProgramme:
    saved = serialization._FAST
    serialization._FAST = False
    try:
        return wspolpraca.loads(text, AnnualProgramme)
    finally:
        serialization._FAST = saved


def test_the_collecting_path_does_not_import_msgspec() -> None:
    """The path for processes without msgspec imports nothing of the fast path."""
    code = (
        "import sys, wspolpraca._collect as c; "
        f"c.try_loads(open({str(EXAMPLES[0])!r}, 'rb').read(), None); "
        "print(sorted(m for m in sys.modules if 'msgspec' in m or m.endswith('_fast')))"
    )

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert done.stdout.strip() == "[]"


def test_a_kind_the_builders_cannot_read_is_left_to_cattrs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A document class with a field type the builders do not know gets no builder at all."""

    @attrs.frozen
    class Odd:
        counts: dict[str, int]

    monkeypatch.setattr(_collect, "DOCUMENT_KINDS", {"odd_kind": Odd})
    builders = _collect._Parsed()

    assert builders.kind("odd_kind") is None
    assert builders.kind("not_a_kind") is None
    assert builders._builders == {}
