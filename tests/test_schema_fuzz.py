"""
The JSON Schemas against the loader: thousands of one-value mutations of valid documents.

Every valid document of every kind (the shipped examples and documents the strategies
generate with a fixed seed) is changed in one place at a time: a value replaced by one of a
catalogue of awkward values (malformed identifiers, TERYT codes, sphere codes, dates and
years just outside the range, negative counts, blank text, values of another type), a key
added or removed, a blank item appended to a list. Each mutated copy goes to
:func:`wspolpraca.loads`, to ``jsonschema`` (Draft 2020-12 with format checking) and to
``ajv`` (strict, with ``ajv-formats``), and the three must agree, except where the schema is
documented to be looser (``LOOSER``, listed in ``docs/reference/schema.md``).
"""

from __future__ import annotations

import copy
import functools
import json
import os
import random
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

import wspolpraca
from wspolpraca import strategies
from wspolpraca._model._common import MAX_YEAR, MIN_YEAR
from wspolpraca.errors import ValidationError, ValidationErrors
from wspolpraca.schema import document_schema
from wspolpraca.serialization import DOCUMENT_KINDS

from .conftest import ROOT

Step = str | int
Path_ = tuple[Step, ...]

NODE_MODULES = Path(
    os.environ.get("WSPOLPRACA_NODE_MODULES", ROOT / ".ci" / "node" / "node_modules")
)
AJV_SCRIPT = Path(__file__).parent / "node" / "ajv_validate.cjs"
EXAMPLES = ROOT / "examples"
SCHEMA_DOCS = ROOT / "docs" / "reference" / "schema.md"

LOOSER: dict[str, str] = {
    "invalid_checksum": "check digits of NIP and REGON",
    "end_before_start": "cross-field: a span ending before it starts",
    "adopted_after_period": "cross-field: a resolution adopted after the programme's period",
    "report_before_year_end": "cross-field: a report dated before its year ends",
    "before_offer": "cross-field: a small grant published or signed before its offer",
    "display_before_publication": "cross-field: a small grant's display ending before it starts",
    "agreement_before_application": "cross-field: a local initiative agreed before it was filed",
    "deadline_before_announcement": "cross-field: an offer deadline before the announcement",
    "opinion_before_draft": "cross-field: a council opinion given before the draft came",
    "remark_replies_to_itself": "cross-field: a remark replying to itself",
    "duplicate_remark_id": "cross-field: two remarks with one id",
    "chapter_outside_division": "cross-field: a budget chapter not within its division",
}
"""Error codes for which the schema may accept what the loader refuses, and why."""

INTEGRAL_FLOAT = 1.0
"""JSON Schema counts ``1.0`` as an integer; the loader refuses it (documented too)."""

STRATEGIES = {
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
GENERATED_PER_KIND = 3
MUTATIONS_PER_KIND = 500
"""Mutations checked per kind, drawn with a fixed seed from all the mutations made."""

TEXTS: tuple[str, ...] = (
    "",
    " ",
    "\u00a0\u3000",
    "x",
    "zz-not-a-code",
    # TERYT: levels, voivodeship parts, lengths, non-ASCII digits
    "02",
    "01",
    "34",
    "0201",
    "1261",
    "0201011",
    "1261011",
    "1361011",
    "3401011",
    "126101",
    "12610111",
    "١٢٦١٠١١",
    # spheres of art. 4 ust. 1
    "16",
    "32a",
    "32A",
    "1b",
    "100",
    "05a",
    # NIP, REGON, KRS in customary and broken forms
    "7740001454",
    "774-000-14-54",
    "PL 774 000 14 54",
    "pl7740001454",
    "PLPL7740001454",
    "PL\n7740001454",
    " 7740001454\n",
    "7740001455",
    "774000145",
    "77400014540",
    "774\u00a00001454",
    "0000000000",
    "0000012345",
    "12345",
    "12-345",
    "12345678901",
    "123456785",
    "123-456-785",
    "123456786",
    "12345678512347",
    "12345678512348",
    "1234567851234",
    # dates and money
    "2021-01-01",
    "2021-02-30",
    "2021-13-01",
    "0000-01-01",
    f"{MIN_YEAR - 1}-12-31",
    f"{MIN_YEAR}-01-01",
    f"{MAX_YEAR}-12-31",
    f"{MAX_YEAR + 1}-01-01",
    "2021-1-1",
    "20210101",
    "2021-01-01T00:00:00",
    "２０２１-０１-０１",
    "1.5",
    "1.50",
    "1.505",
    "-1",
    "01",
    "1e3",
    "999999999999999",
    "1000000000000000",
)
NUMBERS: tuple[object, ...] = (
    -1,
    0,
    1,
    MIN_YEAR - 1,
    MIN_YEAR,
    MAX_YEAR,
    MAX_YEAR + 1,
    999_999_999_999_999,
    10**15,
    INTEGRAL_FLOAT,
    2.5,
)
OTHERS: tuple[object, ...] = (None, True, [], {}, "1")


def _places(node: object, path: Path_ = ()) -> Iterator[Path_]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _places(value, (*path, index))


def _get(node: Any, path: Path_) -> Any:
    for step in path:
        node = node[step]
    return node


def _derived(value: str) -> list[str]:
    """Awkward variants of an existing text: trailing newline, padding, one character less."""
    return [value + "\n", f" {value} ", value[:-1], value.upper(), value + "0"]


Mutation = tuple[str, Path_, object]
"""What to do (``set``, ``delete``, ``extra_key``, ``append``), where, and the value."""


def _candidates(value: object, rng: random.Random) -> list[object]:
    """The values that replace *value* in this fuzz."""
    if isinstance(value, dict | list):
        return rng.sample(OTHERS, 2)
    if isinstance(value, str):
        return [*rng.sample(TEXTS, 8), *rng.sample(_derived(value), 2), rng.choice(OTHERS)]
    if isinstance(value, bool):
        return [not value, "true", 1]
    if isinstance(value, int):
        return [*rng.sample(NUMBERS, 6), rng.choice(OTHERS)]
    return [*rng.sample(TEXTS, 4), *rng.sample(NUMBERS, 2)]


def _mutations(data: dict[str, Any], rng: random.Random) -> Iterator[Mutation]:
    """Every one-value mutation of *data* this fuzz tries."""
    for path in list(_places(data)):
        value = _get(data, path)
        if isinstance(value, dict):
            yield ("extra_key", path, None)
            yield from (("delete", (*path, key), None) for key in value)
        elif isinstance(value, list):
            yield from (("append", path, item) for item in ("", " ", "x", 0, None))
        if path:
            yield from (
                ("set", path, candidate)
                for candidate in _candidates(value, rng)
                if not (candidate == value and type(candidate) is type(value))
            )


def _apply(data: dict[str, Any], mutation: Mutation) -> dict[str, Any]:
    """A mutated deep copy of *data*."""
    how, path, value = mutation
    mutated = copy.deepcopy(data)
    if how == "extra_key":
        _get(mutated, path)["zz_extra"] = 1
    elif how == "delete":
        del _get(mutated, path[:-1])[path[-1]]
    elif how == "append":
        _get(mutated, path).append(value)
    else:
        _get(mutated, path[:-1])[path[-1]] = value
    return mutated


def _generated(kind: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    @settings(
        derandomize=True,
        database=None,
        max_examples=GENERATED_PER_KIND,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(STRATEGIES[kind])
    def collect(document: object) -> None:
        found.append(wspolpraca.unstructure(document))

    collect()
    return found[:GENERATED_PER_KIND]


def _shipped() -> list[dict[str, Any]]:
    """The example documents (the test kit's, which also ship in the wheel)."""
    return [json.loads(path.read_text("utf-8")) for path in sorted(EXAMPLES.rglob("*.json"))]


@functools.cache
def _cases() -> tuple[tuple[str, str, Any], ...]:
    """(kind, description, mutated document) for every mutation, in a fixed order."""
    documents = _shipped() + [doc for kind in STRATEGIES for doc in _generated(kind)]
    by_kind: dict[str, list[tuple[dict[str, Any], Mutation]]] = {}
    for number, data in enumerate(documents):
        rng = random.Random(f"wspolpraca-{number}")  # noqa: S311 - reproducible, not secret
        by_kind.setdefault(data["kind"], []).extend(
            (data, mutation) for mutation in _mutations(data, rng)
        )
    rng = random.Random("wspolpraca")  # noqa: S311 - reproducible, not secret
    cases = []
    for kind in sorted(by_kind):
        found = by_kind[kind]
        for data, mutation in rng.sample(found, min(len(found), MUTATIONS_PER_KIND)):
            how, path, value = mutation
            cases.append((kind, f"{how} {path} {value!r}", _apply(data, mutation)))
    return tuple(cases)


@functools.cache
def _jsonschema_validator(kind: str) -> Any:
    validator = jsonschema.Draft202012Validator
    return validator(document_schema(kind, "en"), format_checker=validator.FORMAT_CHECKER)


@functools.cache
def _jsonschema_verdicts() -> tuple[bool, ...]:
    """Whether ``jsonschema`` accepts each case (the slowest part, so computed once)."""
    return tuple(_jsonschema_validator(kind).is_valid(data) for kind, _, data in _cases())


def _loader_codes(data: object) -> set[str] | None:
    """The loader's error codes for *data*, or ``None`` when it loads."""
    try:
        wspolpraca.loads(json.dumps(data))
    except ValidationErrors as group:
        return {error.code for error in group.errors}
    except ValidationError as error:
        return {error.code}
    return None


def _has_integral_float(node: object) -> bool:
    if isinstance(node, float):
        return node.is_integer()
    if isinstance(node, dict):
        return any(_has_integral_float(value) for value in node.values())
    if isinstance(node, list):
        return any(_has_integral_float(value) for value in node)
    return False


def _explained(codes: set[str], data: object) -> bool:
    """Whether the loader's refusal of a document the schema accepts is documented."""
    if codes <= set(LOOSER):
        return True
    return codes in ({"wrong_type"}, {"invalid_money"}) and _has_integral_float(data)


def _ajv(documents: list[tuple[str, Any]]) -> list[bool]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed; CI runs this test with node and ajv")
    if not (NODE_MODULES / "ajv").is_dir() or not (NODE_MODULES / "ajv-formats").is_dir():
        pytest.skip(
            f"ajv and ajv-formats are not in {NODE_MODULES}: run `npm ci --prefix .ci/node` "
            "(as .ci/run does) or set WSPOLPRACA_NODE_MODULES"
        )
    payload = {
        "schemas": {kind: document_schema(kind, "en") for kind in DOCUMENT_KINDS},
        "documents": documents,
    }
    done = subprocess.run(
        [node, str(AJV_SCRIPT), str(NODE_MODULES)],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    results: list[bool] = json.loads(done.stdout)
    return results


class TestSchemaAgainstLoader:
    """The schema refuses what the loader refuses, except where ``LOOSER`` says why not."""

    def test_enough_mutations_of_every_kind(self) -> None:
        """The fuzz covers every document kind with thousands of mutations."""
        kinds = Counter(kind for kind, _, _ in _cases())

        assert set(kinds) == set(DOCUMENT_KINDS)
        assert sum(kinds.values()) >= 5000
        assert min(kinds.values()) == MUTATIONS_PER_KIND

    def test_jsonschema_agrees_with_loader(self) -> None:
        """Under ``jsonschema`` with format checking, no disagreement is left unexplained."""
        stricter, looser, explained = [], [], Counter[str]()
        for (kind, how, data), accepted in zip(_cases(), _jsonschema_verdicts(), strict=True):
            codes = _loader_codes(data)
            if codes is None and not accepted:
                stricter.append((kind, how))
            elif codes is not None and accepted:
                if _explained(codes, data):
                    explained.update(codes)
                else:
                    looser.append((kind, how, sorted(codes)))

        assert stricter == [], "the schema refuses documents the loader accepts"
        assert looser == [], "the schema accepts documents the loader refuses, unexplained"

    def test_ajv_agrees_with_jsonschema(self) -> None:
        """``ajv`` in strict mode with ``ajv-formats`` compiles every schema and agrees with
        ``jsonschema`` on every mutated document (so also with the loader)."""
        cases = _cases()

        results = _ajv([(kind, data) for kind, _, data in cases])

        disagreements = [
            (kind, how)
            for (kind, how, _), by_ajv, by_jsonschema in zip(
                cases, results, _jsonschema_verdicts(), strict=True
            )
            if by_ajv != by_jsonschema
        ]
        assert disagreements == []

    def test_looser_cases_are_documented(self) -> None:
        """Every error code the schema may let through is named in the schema reference."""
        text = SCHEMA_DOCS.read_text("utf-8") if SCHEMA_DOCS.exists() else None
        if text is None:
            pytest.skip("docs/reference/schema.md is not here (not a source checkout)")

        missing = [code for code in LOOSER if f"`{code}`" not in text]

        assert missing == []
