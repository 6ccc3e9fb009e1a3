"""The optional msgspec fast path: when it answers, when it hands over, and what it never changes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import wspolpraca
from wspolpraca import AnnualProgramme, Council, OpenCompetition, serialization
from wspolpraca.errors import ValidationErrors

pytest.importorskip("msgspec")

from wspolpraca._fast import try_loads

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.json"))
EXAMPLES_BY_NAME = {path.name: path for path in EXAMPLES}


@pytest.fixture
def detailed_only() -> Iterator[None]:
    """Switch the fast path off for the test."""
    saved = serialization._FAST
    serialization._FAST = False
    yield
    serialization._FAST = saved


def _identities(exc: ValidationErrors) -> list[tuple[object, ...]]:
    return [(e.code, e.path, repr(e.value), e.params) for e in exc.errors]


def _fast_errors(text: str) -> object:
    """The errors the fast path raises for *text*; NotImplemented if it hands over."""
    try:
        result = try_loads(text, None)
    except ValidationErrors as exc:
        return _identities(exc)
    assert result is NotImplemented, "the text was expected to be refused"
    return result


def _detailed_errors(text: str) -> list[tuple[object, ...]]:
    with pytest.raises(ValidationErrors) as info:
        _detailed(text)
    return _identities(info.value)


def _detailed(text: str | bytes) -> object:
    saved = serialization._FAST
    serialization._FAST = False
    try:
        return wspolpraca.loads(text)
    finally:
        serialization._FAST = saved


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_examples_take_the_fast_path(path: Path) -> None:
    """Every example loads by the fast path to the object the detailed path gives."""
    raw = path.read_bytes()

    fast = try_loads(raw, None)

    assert fast is not NotImplemented
    assert fast == _detailed(raw)
    assert repr(fast) == repr(_detailed(raw))


def test_repeated_key_goes_to_the_detailed_path(example_text: str) -> None:
    """msgspec keeps the last of a repeated key; the count notices and the error is reported."""
    text = example_text.replace('"year": 2021,', '"year": 2021, "year": 2021,', 1)

    assert try_loads(text, None) is NotImplemented
    with pytest.raises(ValidationErrors) as info:
        wspolpraca.loads(text)
    assert [(e.code, e.jsonpath) for e in info.value.errors] == [("duplicate_key", "$.year")]


def test_repeated_nested_key_is_noticed(example_data: dict[str, object]) -> None:
    """A key repeated deep inside (a task's amount) is noticed as well."""
    text = json.dumps(example_data, ensure_ascii=False)
    first = text.index('"planned_amount"')
    text = text[:first] + '"planned_amount": "1.00", ' + text[first:]

    assert try_loads(text, None) is NotImplemented
    with pytest.raises(ValidationErrors, match="cannot be loaded") as info:
        wspolpraca.loads(text)
    assert {e.code for e in info.value.errors} == {"duplicate_key"}


def test_escaped_quotes_are_counted(example_data: dict[str, object]) -> None:
    """A text value holding ``"`` still takes the fast path."""
    example_data["title"] = 'Program "Kraków razem"'
    text = json.dumps(example_data, ensure_ascii=False)

    programme = try_loads(text, None)

    assert programme is not NotImplemented
    assert programme.title == 'Program "Kraków razem"'


def test_escaped_backslash_goes_to_the_detailed_path(example_data: dict[str, object]) -> None:
    """With ``\\\\`` in the text quotes cannot be counted; the detailed path loads it, equal."""
    example_data["title"] = "Program \\ 2021"
    text = json.dumps(example_data, ensure_ascii=False)

    assert try_loads(text, None) is NotImplemented
    assert wspolpraca.loads(text, AnnualProgramme).title == "Program \\ 2021"


@pytest.mark.parametrize(("wire", "expected"), [("12.5", "12.50"), (12, "12.00"), ("0", "0.00")])
def test_amounts_have_two_places(
    example_data: dict[str, object], wire: str | int, expected: str
) -> None:
    """Money read by the fast path has exactly two places, like the detailed path's."""
    example_data["planned_funds"] = wire
    text = json.dumps(example_data)

    programme = try_loads(text, None)

    assert str(programme.planned_funds) == expected
    assert repr(programme) == repr(_detailed(text))


@pytest.mark.parametrize("wire", ["12.345", 1.5, "-1", "1e3", "007", True])
def test_bad_amounts_are_refused_alike(example_data: dict[str, object], wire: object) -> None:
    """An amount the detailed path refuses gets the same errors from the fast path."""
    example_data["planned_funds"] = wire
    text = json.dumps(example_data)

    detailed = _detailed_errors(text)
    fast = _fast_errors(text)

    assert detailed[0][1] == ("planned_funds",)
    assert fast in (detailed, NotImplemented)
    assert fast == detailed or wire is True  # a boolean is a shape error: handed over


def test_converters_run(example_text: str) -> None:
    """attrs converters run on the fast path too: a NIP with dashes is stored compact."""
    text = Path(EXAMPLES[0].parent / "krakow-2021-competition.json").read_text("utf-8")
    text = text.replace('"nip": "6761234565"', '"nip": "676-123-45-65"', 1)

    competition = try_loads(text, OpenCompetition)

    assert competition is not NotImplemented
    assert competition.offers[0].organisation.nip == "6761234565"
    assert competition == _detailed(text)


def test_byte_order_mark_is_skipped(example_text: str) -> None:
    """UTF-8 text with a byte order mark takes the fast path."""
    raw = "\ufeff".encode() + example_text.encode()

    assert try_loads(raw, None) == _detailed(example_text)


def test_kind_mismatch_is_reported(example_text: str) -> None:
    """Asking for another kind hands over, and the detailed path names the mismatch."""
    assert try_loads(example_text, Council) is NotImplemented
    with pytest.raises(ValidationErrors) as info:
        wspolpraca.loads(example_text, Council)
    assert info.value.errors[0].code == "kind_mismatch"


def test_invariant_failure_is_reported(example_data: dict[str, object]) -> None:
    """An invariant broken in ``__attrs_post_init__`` is reported alike on both paths."""
    example_data["unit"] = {**example_data["unit"], "teryt": "12"}  # type: ignore[dict-item]
    text = json.dumps(example_data)

    detailed = _detailed_errors(text)

    assert _fast_errors(text) == detailed
    assert [error[0] for error in detailed] == ["teryt_level_mismatch"]


def test_detailed_path_alone_loads_the_same(example_text: str, detailed_only: None) -> None:
    """Without the accelerator (msgspec missing) loading gives the same document."""
    assert serialization._fast_path() is None
    assert wspolpraca.loads(example_text) == try_loads(example_text, AnnualProgramme)


def test_import_does_not_load_msgspec() -> None:
    """``import wspolpraca`` leaves msgspec alone; the first ``loads`` brings it in."""
    code = (
        "import sys, wspolpraca; before = 'msgspec' in sys.modules; "
        f"wspolpraca.load_file({str(EXAMPLES[0])!r}); "
        "print(before, 'msgspec' in sys.modules)"
    )

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert done.stdout.split() == ["False", "True"]


@pytest.mark.parametrize("nip", ["PLPL7740001454", "PL\t7740001454"])
def test_identifier_is_validated_as_written(nip: str) -> None:
    """A NIP whose compact form would pass is still refused as written, on both paths."""
    text = Path(EXAMPLES[0].parent / "krakow-2021-competition.json").read_text("utf-8")
    text = text.replace('"nip": "6761234565"', json.dumps({"nip": nip})[1:-1], 1)

    detailed = _detailed_errors(text)

    assert _fast_errors(text) == detailed
    assert [(code, path) for code, path, *_ in detailed] == [
        ("invalid_identifier", ("offers", 0, "organisation", "nip"))
    ]


def test_mirrors_that_cannot_be_built_leave_the_detailed_path(
    example_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If a kind's mirrors cannot be built (a model or msgspec it does not know), loading still works."""
    from wspolpraca import _fast
    from wspolpraca._kinds import DOCUMENT_KINDS, SUPPORTED_SCHEMA_VERSIONS

    def refuse(self: object, type_: object) -> object:
        raise TypeError(f"no mirror for {type_!r}")

    monkeypatch.setattr(_fast._Mirrors, "_wire", refuse)
    mirrors = _fast._Mirrors(DOCUMENT_KINDS, SUPPORTED_SCHEMA_VERSIONS)
    monkeypatch.setattr(_fast, "_mirrors", lambda: mirrors)

    assert try_loads(example_text, None) is NotImplemented
    assert mirrors.kind("annual_programme") is None
    assert wspolpraca.loads(example_text) == _detailed(example_text)


def test_only_the_kind_read_gets_mirrors() -> None:
    """Loading an annual programme in a fresh process builds the mirrors of that kind only."""
    code = (
        "import wspolpraca, pathlib; from wspolpraca import _fast;"
        f"wspolpraca.loads(pathlib.Path({str(EXAMPLES_BY_NAME['krakow-2021-annual.json'])!r})"
        ".read_bytes());"
        "print(*sorted(_fast._mirrors()._by_kind));"
        "print(*sorted(cls.__name__ for cls in _fast._mirrors()._builders))"
    )
    kinds, classes = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    assert kinds.split() == ["annual_programme"]
    assert "AnnualProgramme" in classes.split()
    assert not {"OpenCompetition", "Council", "SmallGrant", "Offer"} & set(classes.split())


def test_a_nested_kind_before_the_documents_is_skipped() -> None:
    """A nested ``kind`` that is no document kind, written before the document's, does not
    keep the text off the fast path."""
    path = EXAMPLES_BY_NAME["krakow-2024-local-initiative.json"]
    data = json.loads(path.read_text("utf-8"))
    tag = data.pop("kind")
    text = json.dumps({**data, "kind": tag})  # the contributions' kinds come first now
    assert text.index('"kind": "') < text.index(f'"kind": "{tag}"')

    assert try_loads(text, None) == _detailed(text)


def test_a_text_of_another_kind_than_asked_is_not_read_fast(example_text: str) -> None:
    """Asked for one kind, the fast path hands a text of another kind to the detailed path."""
    assert try_loads(example_text, Council) is NotImplemented


def test_errors_in_values_are_collected_on_the_fast_path(example_data: dict[str, Any]) -> None:
    """Errors in several values come out of the fast path at once, as the detailed path's."""
    tasks = example_data["priority_tasks"]
    tasks[0]["planned_amount"] = "1.234"
    tasks[1]["modes"] = ["support", "nope"]
    tasks[2]["title"] = " "
    example_data["resolution"]["adopted_on"] = "2020-02-30"
    text = json.dumps(example_data)

    fast = _fast_errors(text)

    assert fast == _detailed_errors(text)
    assert [(code, path) for code, path, *_ in fast] == [
        ("invalid_date", ("resolution", "adopted_on")),
        ("too_many_decimal_places", ("priority_tasks", 0, "planned_amount")),
        ("unknown_code", ("priority_tasks", 1, "modes", 1)),
        ("blank_text", ("priority_tasks", 2, "title")),
    ]


def test_repeated_labels_are_one_object(example_data: dict[str, Any]) -> None:
    """Equal optional labels (areas, units) are shared within a document, to save memory."""
    example_data["priority_tasks"] = [dict(task) for task in example_data["priority_tasks"] * 3]
    text = json.dumps(example_data, ensure_ascii=False)

    programme = try_loads(text, AnnualProgramme)
    units = [task.unit for task in programme.priority_tasks if task.unit is not None]
    first: dict[str, str] = {}

    assert len(units) > len(set(units))
    assert all(unit is first.setdefault(unit, unit) for unit in units)
    assert programme == _detailed(text)
