"""The JSON Schemas agree with the classes on generated documents (see ``wspolpraca.schema``)."""

from __future__ import annotations

import copy
import functools
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wspolpraca
from wspolpraca import strategies
from wspolpraca.errors import ValidationErrors
from wspolpraca.schema import document_schema
from wspolpraca.serialization import DOCUMENT_KINDS

pytestmark = pytest.mark.property

DOCUMENTS: dict[str, st.SearchStrategy[Any]] = {
    "agreement": strategies.agreements(),
    "annual_programme": strategies.annual_programmes(),
    "consultation_round": strategies.consultation_rounds(),
    "council": strategies.councils(),
    "implementation_report": strategies.implementation_reports(),
    "local_initiative": strategies.local_initiatives(),
    "multi_year_programme": strategies.multi_year_programmes(),
    "non_financial_activity": strategies.non_financial_activities(),
    "open_competition": strategies.open_competitions(),
    "small_grant_register": strategies.small_grant_registers(),
    "budget_year": strategies.budget_years(),
    "population": strategies.populations(),
    "task_offer": strategies.task_offers(),
    "task_report": strategies.task_reports(),
}

STRUCTURAL = frozenset(
    {
        "missing_field",
        "unknown_field",
        "wrong_type",
        "unknown_code",
        "unknown_kind",
        "unsupported_schema_version",
    }
)
"""Error codes whose cause JSON Schema can express: type, required, enum, extra key."""

Step = str | int


@functools.cache
def _validator(kind: str) -> Any:
    validator = jsonschema.Draft202012Validator
    return validator(document_schema(kind, "en"), format_checker=validator.FORMAT_CHECKER)


def _schema_accepts(data: object, kind: str) -> bool:
    return bool(_validator(kind).is_valid(data))


def _places(node: object, path: tuple[Step, ...] = ()) -> list[tuple[Step, ...]]:
    """The path of every value in *node*, the root first."""
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_places(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_places(value, (*path, index)))
    return found


def _get(node: Any, path: tuple[Step, ...]) -> Any:
    for step in path:
        node = node[step]
    return node


def _set(node: Any, path: tuple[Step, ...], value: object) -> None:
    _get(node, path[:-1])[path[-1]] = value


REPLACEMENTS: tuple[object, ...] = (12345, "zz-not-a-code", True, None, [], {}, -1, "")


def _mutate(data: dict[str, Any], draw: st.DataObject) -> str:
    """Make one structural change to *data* in place and say what it was."""
    how = draw.draw(st.sampled_from(("extra_key", "missing_key", "replace")))
    places = _places(data)
    if how == "extra_key":
        objects = [path for path in places if isinstance(_get(data, path), dict)]
        path = draw.draw(st.sampled_from(objects))
        _get(data, path)["zz_extra"] = 1
    elif how == "missing_key":
        keyed = [path for path in places if path and isinstance(path[-1], str)]
        path = draw.draw(st.sampled_from(keyed))
        del _get(data, path[:-1])[path[-1]]
    else:
        path = draw.draw(st.sampled_from([path for path in places if path]))
        old = _get(data, path)
        new = draw.draw(st.sampled_from([value for value in REPLACEMENTS if value != old]))
        _set(data, path, new)
    return how


@pytest.mark.parametrize("kind", tuple(DOCUMENT_KINDS))
def test_schema_agrees_with_classes(kind: str) -> None:
    """Generated documents validate and dump to stable bytes; a structurally mutated copy
    the classes refuse is refused by the schema, and one they accept is accepted.

    The three properties share one generated document because generation dominates the cost:

    - agreement: every document the strategies produce is valid under the schema of its kind;
    - canonical JSON: dumping the object twice, or its reloaded copy, gives identical bytes;
    - mutations (an extra key, a missing key, a value of another type or an unknown code):
      when the classes refuse the copy for a structural reason (type, required, enum, extra
      key) the schema refuses it too, and when the classes accept it the schema does too.
    """

    @given(DOCUMENTS[kind], st.data())
    def check(document: object, draw: st.DataObject) -> None:
        data = wspolpraca.unstructure(document)
        assert [error.message for error in _validator(kind).iter_errors(data)] == []

        first = wspolpraca.dumps(document).encode("utf-8")
        assert first == wspolpraca.dumps(document).encode("utf-8")
        assert first == wspolpraca.dumps(wspolpraca.loads(first)).encode("utf-8")

        mutated = copy.deepcopy(data)
        how = _mutate(mutated, draw)
        try:
            wspolpraca.structure(mutated)
        except ValidationErrors as group:
            codes = {error.code for error in group.errors}
            if codes & STRUCTURAL:
                assert not _schema_accepts(mutated, kind), (how, codes)
        else:
            assert _schema_accepts(mutated, kind), how

    check()
