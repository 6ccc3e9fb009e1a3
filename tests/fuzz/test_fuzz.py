"""
The fuzz suite: whatever the input, no traceback, and whatever loads, every output accepts.

Three generators mutate the example documents of every kind (and a made-up agreement, which
has no example) from a fixed seed, so that a failure is reproducible:

- byte-level mutations of the JSON text (flipped, deleted, repeated and inserted bytes, and
  tokens that broke parsers before: huge integers, deep nesting, lone surrogates, ``NaN``);
- type and value swaps in the parsed document (a node replaced by a value of another type, or
  by an edge value of its own type: the first and last plausible day, 40 000 characters of
  text, a formula, a lone surrogate, an integer of 4 000 digits);
- arbitrary JSON, half of it inside a valid envelope with the kind's own field names.

Every case is loaded on both paths (msgspec's fast path and cattrs' detailed path): each must
either return a document or raise :class:`~wspolpraca.errors.ValidationErrors`, and both must
agree. Every document that loads is then handed to every output: ``check``, ``dumps``
(and ``loads`` of it), the HTML report, the calendar (iCalendar and text), the workbook and
the CSV export.

``WSPOLPRACA_FUZZ_CASES`` sets the number of load cases (default 10 200, a third per
generator) and ``WSPOLPRACA_FUZZ_SEED`` the seed (default 26, the issue).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import random
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs
import pytest

import wspolpraca
from wspolpraca import serialization
from wspolpraca.errors import ValidationErrors
from wspolpraca.serialization import DOCUMENT_KINDS

pytest.importorskip("msgspec")
pytest.importorskip("openpyxl")
pytest.importorskip("icalendar")

from ..test_robustness import every_output

pytestmark = pytest.mark.property

ROOT = Path(__file__).resolve().parent.parent.parent
CASES = int(os.environ.get("WSPOLPRACA_FUZZ_CASES", "10200"))
SEED = int(os.environ.get("WSPOLPRACA_FUZZ_SEED", "26"))
EXPORTED = int(os.environ.get("WSPOLPRACA_FUZZ_EXPORTS", "24"))
"""How many loaded documents also go through the (slow) workbook and CSV exports."""

_TEXTS = (
    "",
    " ",
    "\u0000",
    "\ud800",
    "x\udfff",
    "\ud83d\ude00",
    '=HYPERLINK("http://example.org","x")',
    "+48 12 000 00 00",
    "-5",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "<script>alert(1)</script>",
    "]]></svg>",
    "x" * 40_000,
    "zażółć gęślą jaźń",
    "\u202etxt.exe",
    "a\nb\r\nc",
    "END:VCALENDAR\r\nBEGIN:VEVENT",
    "1990-01-01",
    "2100-12-31",
)
_DATES = (
    "1990-01-01",
    "2100-12-31",
    "1989-12-31",
    "2101-01-01",
    "0001-01-01",
    "9999-12-31",
    "1899-12-30",
    "2020-02-29",
    "2021-02-29",
)
_INTEGERS = (0, 1, -1, 2**31, 2**63, 10**15, -(10**15), 10**4000)
_DEEP: Any = []
for _ in range(900):
    _DEEP = [_DEEP]
_OTHERS: tuple[Any, ...] = (
    None,
    True,
    False,
    0.5,
    1e308,
    -0.0,
    float("nan"),
    [],
    {},
    [[]],
    {"x": 1},
    _DEEP,
    list(range(2000)),
)
_TOKENS = (
    b"1" * 5000,
    b"[" * 3000,
    b'"\\ud800"',
    b'"\\udfff\\ud800"',
    b"NaN",
    b"-Infinity",
    b"1e999",
    b"-0",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\x00",
    b"{}",
    b"[]",
    b"null",
    b'"0001-01-01"',
    b'"9999-12-31"',
    b"\\",
    b'"',
    b",",
)


_AGREEMENT = {
    "kind": "agreement",
    "schema_version": "1.1",
    "unit": {
        "name": "Gmina Miejska Kraków",
        "teryt": "1261011",
        "level": "city_with_county_rights",
    },
    "organisation": {"name": "Stowarzyszenie Przykładowe", "public_benefit": True},
    "mode": "support",
    "task_title": "Zajęcia sportowe dla dzieci (przykład)",
    "signed_on": "2021-02-15",
    "period": {"start": "2021-03-01", "end": "2021-11-30"},
    "grant": "25000.00",
    "tranches": [
        {"due_on": "2021-03-10", "amount": "15000.00"},
        {"due_on": "2021-07-01", "amount": "10000.00"},
    ],
    "settlement_due_on": "2021-12-30",
    "notes": ["Illustrative: an agreement made up for the fuzz suite (no example exists)."],
}
"""A made-up agreement, the one kind without an example document."""


def _seeds() -> list[bytes]:
    texts = [path.read_bytes() for path in sorted((ROOT / "examples").rglob("*.json"))]
    agreement = wspolpraca.loads(json.dumps(_AGREEMENT))  # it must be valid
    texts.append(wspolpraca.dumps(agreement).encode())
    return texts


SEEDS = _seeds()
PARSED = [json.loads(text) for text in SEEDS]


# ---------------------------------------------------------------------------------------
# Generators


def byte_mutation(rng: random.Random) -> bytes:
    """A seed's text with one to four byte-level mutations."""
    data = bytearray(rng.choice(SEEDS))
    for _ in range(rng.randint(1, 4)):
        position = rng.randrange(len(data) + 1)
        choice = rng.random()
        if choice < 0.25 and data:
            data[min(position, len(data) - 1)] = rng.randrange(256)
        elif choice < 0.45:
            del data[position : position + rng.randint(1, 40)]
        elif choice < 0.55:
            end = min(len(data), position + rng.randint(1, 200))
            data[position:position] = data[position:end] * rng.randint(1, 3)
        elif choice < 0.65:
            del data[position:]
        else:
            data[position:position] = rng.choice(_TOKENS)
    return bytes(data)


def _nodes(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _nodes(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, (*path, index))


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        node = node[step]
    return node


def _edge_like(rng: random.Random, value: Any) -> Any:
    """An edge value of *value*'s own type: the cases most likely to still load."""
    edge: Any = None
    if isinstance(value, str):
        is_date = len(value) == 10 and value[4:5] == "-" and value[7:8] == "-"
        edge = rng.choice(_DATES if is_date else _TEXTS)
    elif isinstance(value, bool):
        edge = not value
    elif isinstance(value, int):
        edge = rng.choice(_INTEGERS)
    elif isinstance(value, list):
        edge = value * rng.randint(2, 3) if value and rng.random() < 0.5 else []
    elif isinstance(value, dict) and value:
        edge = dict(value)
        edge.pop(rng.choice(list(edge)))
    return edge


def _other_type(rng: random.Random) -> Any:
    return rng.choice((*_OTHERS, rng.choice(_TEXTS), rng.choice(_INTEGERS), rng.choice(_DATES)))


def swapped(rng: random.Random) -> Any:
    """A seed's parsed document with one to three nodes swapped (the data, not its text)."""
    data = copy.deepcopy(rng.choice(PARSED))
    if rng.random() < 0.1:
        edge = rng.choice(_DATES[:2])
        for path in list(_nodes(data)):
            value = _get(data, path)
            if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
                _get(data, path[:-1])[path[-1]] = edge
        return data
    paths = [path for path in _nodes(data) if path and path[0] not in ("kind", "schema_version")]
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(paths)
        try:
            parent = _get(data, path[:-1])
            current = parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue
        if not isinstance(parent, dict | list):  # an earlier swap made it a scalar
            continue
        parent[path[-1]] = _edge_like(rng, current) if rng.random() < 0.7 else _other_type(rng)
    return data


def type_swap(rng: random.Random) -> bytes:
    """:func:`swapped` as JSON text, with and without escapes for non-ASCII text."""
    return json.dumps(swapped(rng), ensure_ascii=rng.random() < 0.5).encode(
        "utf-8", "surrogatepass"
    )


_FIELD_NAMES = {
    kind: [field.name for field in attrs.fields(cls)] for kind, cls in DOCUMENT_KINDS.items()
}


def _arbitrary(rng: random.Random, depth: int, names: list[str]) -> Any:
    choice = rng.random()
    if depth <= 0 or choice < 0.45:
        return rng.choice(
            (*_OTHERS[:6], rng.choice(_TEXTS), rng.choice(_INTEGERS), rng.choice(_DATES))
        )
    if choice < 0.7:
        return [_arbitrary(rng, depth - 1, names) for _ in range(rng.randint(0, 4))]
    keys = [rng.choice(names) if rng.random() < 0.7 else rng.choice(_TEXTS)[:20] for _ in range(4)]
    return {key: _arbitrary(rng, depth - 1, names) for key in keys[: rng.randint(0, 4)]}


def arbitrary_json(rng: random.Random) -> bytes:
    """Arbitrary JSON; half of it in a valid envelope, keyed with the kind's field names."""
    kind = rng.choice(list(DOCUMENT_KINDS))
    names = _FIELD_NAMES[kind]
    value = _arbitrary(rng, 4, names)
    if rng.random() < 0.5:
        body = {name: _arbitrary(rng, 3, names) for name in rng.sample(names, k=len(names) // 2)}
        value = {"kind": kind, "schema_version": rng.choice(("1.0", "1.1")), **body}
    return json.dumps(value, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")


GENERATORS: dict[str, Callable[[random.Random], bytes]] = {
    "byte_mutation": byte_mutation,
    "type_swap": type_swap,
    "arbitrary_json": arbitrary_json,
}


# ---------------------------------------------------------------------------------------
# Oracles


@contextmanager
def _fast(*, enabled: bool) -> Iterator[None]:
    saved = serialization._FAST
    serialization._FAST = enabled
    try:
        yield
    finally:
        serialization._FAST = saved


def _outcome(text: bytes, *, fast: bool) -> tuple[str, Any]:
    """A document, or the identities of its errors; anything else propagates."""
    with _fast(enabled=fast):
        try:
            return "document", wspolpraca.loads(text)
        except ValidationErrors as group:
            if not fast:
                _report(group)
            return "errors", sorted((error.code, repr(error.path)) for error in group.errors)


def _report(group: ValidationErrors) -> None:
    """Render every error as the command line does: text lines and a JSON report, in UTF-8."""
    for error in group.errors:
        for lang in ("pl", "en"):
            line = f"x:{error.jsonpath}: {error.message(lang)} [{error.code}]\n"
            line.encode("utf-8")
            json.dumps(error.as_dict(lang), ensure_ascii=False, allow_nan=False).encode("utf-8")


class _Failures:
    """The failures of a run: the first few reproducers, and how many there were."""

    def __init__(self) -> None:
        self.count = 0
        self.shown: list[str] = []

    def add(self, name: str, case: int, exc: BaseException) -> None:
        self.count += 1
        if len(self.shown) < 5:
            trace = "".join(traceback.format_exception(exc)[-3:])
            self.shown.append(f"{name} case {case} (seed {SEED}):\n{trace}")

    def report(self) -> str:
        return f"{self.count} failures\n" + "\n".join(self.shown)


def _run(name: str, cases: int) -> tuple[list[Any], dict[str, int]]:
    """Load *cases* texts from the generator *name* on both paths; the documents that load."""
    rng = random.Random(f"{SEED}:{name}")  # noqa: S311 - reproducible, not secret
    generate = GENERATORS[name]
    failures = _Failures()
    loaded: list[Any] = []
    counts = {"cases": 0, "loaded": 0, "refused": 0}
    for case in range(cases):
        text = generate(rng)
        counts["cases"] += 1
        try:
            fast = _outcome(text, fast=True)
            detailed = _outcome(text, fast=False)
            assert fast[0] == detailed[0], (fast[0], detailed[0])
            if fast[0] == "errors":
                assert fast[1] == detailed[1], (fast[1], detailed[1])
                counts["refused"] += 1
            else:
                assert fast[1] == detailed[1]
                counts["loaded"] += 1
                loaded.append(fast[1])
        except Exception as exc:  # noqa: BLE001 - every failure is collected, then reported
            failures.add(name, case, exc)
    assert not failures.count, failures.report()
    return loaded, counts


LOADED: list[Any] = []
"""The documents that loaded in the load tests, for :class:`TestEveryOutput`."""


class TestLoadersNeverCrash:
    """Every text either loads or is refused with located errors, alike on both paths."""

    @pytest.mark.parametrize("name", list(GENERATORS))
    def test_generator(self, name: str) -> None:
        """A third of the cases: only documents or ValidationErrors, the same on both paths."""
        loaded, counts = _run(name, CASES // len(GENERATORS))

        assert counts["cases"] == counts["loaded"] + counts["refused"]
        LOADED.extend(loaded)


class TestEveryOutput:
    """What loads, every output accepts: check, dumps, report, calendar, exports."""

    def test_swapped_documents(self, tmp_path: Path) -> None:
        """Documents with edge values that still load are accepted by every output."""
        rng = random.Random(f"{SEED}:outputs")  # noqa: S311 - reproducible, not secret
        documents = list(LOADED)
        while len(documents) < 300:
            try:
                documents.append(wspolpraca.loads(json.dumps(swapped(rng), ensure_ascii=True)))
            except ValidationErrors:
                continue
        failures = _Failures()
        kinds = set()
        for case, document in enumerate(documents):
            kinds.add(type(document))
            try:
                every_output(document, tmp_path / str(case), export=case < EXPORTED)
            except Exception as exc:  # noqa: BLE001 - every failure is collected, then reported
                failures.add("outputs", case, exc)

        assert not failures.count, failures.report()
        assert kinds == set(DOCUMENT_KINDS.values())


# ---------------------------------------------------------------------------------------
# Workbooks

WORKBOOKS = int(os.environ.get("WSPOLPRACA_FUZZ_WORKBOOKS", "100"))
"""How many mutated workbooks are imported (each costs about 0.1 s of openpyxl)."""

_CELL_VALUES: tuple[Any, ...] = (
    None,
    "",
    "=1+1",
    "x" * 40_000,
    "\ud83d\ude00",
    "_x0041_",
    0,
    -1,
    1e308,
    float("nan"),
    True,
    dt.date(1899, 12, 30),
    dt.datetime(2100, 12, 31, 23, 59),  # noqa: DTZ001 - a spreadsheet has no time zones
    dt.time(12, 0),
    "1 234,50 zł",
    "01.03.2021",
    "tak",
)


def _workbook_mutation(rng: random.Random, template: bytes, directory: Path) -> Path:
    """An exported workbook with cells changed, added far away, merged or given formulas,
    or its zip bytes damaged."""
    import openpyxl

    path = directory / f"case-{rng.randrange(10**9)}.xlsx"
    if rng.random() < 0.2:
        data = bytearray(template)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path.write_bytes(bytes(data))
        return path
    path.write_bytes(template)
    book = openpyxl.load_workbook(path)
    for _ in range(rng.randint(1, 4)):
        sheet = rng.choice(book.worksheets)
        row, column = rng.randint(1, 30), rng.randint(1, 8)
        choice = rng.random()
        if choice < 0.6:
            sheet.cell(row=row, column=column, value=rng.choice(_CELL_VALUES))
        elif choice < 0.7:
            sheet.cell(
                row=rng.choice((row, 1_048_576)), column=rng.choice((column, 16_384)), value="x"
            )
        elif choice < 0.8:
            sheet.merge_cells(
                start_row=row, start_column=column, end_row=row + 1, end_column=column
            )
        elif choice < 0.9:
            sheet.delete_rows(row)
        else:
            book.create_sheet(rng.choice(("Extra", "Dokument", "_codelists", "x" * 31)))
    book.save(path)
    return path


class TestWorkbooks:
    """Every mutated workbook is imported as a document or refused with located problems."""

    def test_mutated_workbooks(self, tmp_path: Path) -> None:
        """Imports return a document or raise SpreadsheetErrors, never anything else."""
        from wspolpraca.spreadsheet import (
            SpreadsheetErrors,
            export_workbook,
            import_workbook,
        )

        rng = random.Random(f"{SEED}:workbooks")  # noqa: S311 - reproducible, not secret
        templates = []
        for index, text in enumerate(SEEDS):
            path = tmp_path / f"template-{index}.xlsx"
            export_workbook(wspolpraca.loads(text), path)
            templates.append(path.read_bytes())
        failures = _Failures()
        outcomes = {"imported": 0, "refused": 0}
        for case in range(WORKBOOKS):
            path = _workbook_mutation(rng, rng.choice(templates), tmp_path)
            try:
                try:
                    import_workbook(path)
                    outcomes["imported"] += 1
                except SpreadsheetErrors as group:
                    for located in group.located:
                        f"{located.cell}: {located.problem.message('pl')}".encode()
                    outcomes["refused"] += 1
            except Exception as exc:  # noqa: BLE001 - every failure is collected, then reported
                failures.add("workbook", case, exc)
            path.unlink()

        assert not failures.count, failures.report()
        assert outcomes["imported"] + outcomes["refused"] == WORKBOOKS
