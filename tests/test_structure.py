"""
The package's structure: no import cycles, no oversized modules, and every document kind
in every room (the checklist of docs/explanation/design.md, "Adding a document kind").
"""

from __future__ import annotations

import ast
import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import wspolpraca
from wspolpraca import schema, strategies
from wspolpraca.serialization import DOCUMENT_KINDS
from wspolpraca.strategies import _registered

from .conftest import ROOT

SRC = ROOT / "src"
PACKAGE = SRC / "wspolpraca"
BENCHMARKS = ROOT / "benchmarks"

MAX_LINES = 900
"""The largest module a newcomer should have to read whole."""

NO_EXAMPLE: dict[str, str] = {}
"""Kinds without an example in examples/, each with the reason (an entry must go once one exists)."""

NO_BENCHMARK = {
    "agreement": "one agreement is a few tranches long: its size never grows with a municipality",
    "council": "one council with its terms: small for any municipality",
    "local_initiative": "one application: small by nature",
    "non_financial_activity": "one year's teams and events: small for any municipality",
    "population": "one count of residents: small by nature",
}
"""Kinds without a benchmark entry, each with the reason (an entry must go once one exists)."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
"""Every module in src, by dotted name."""


def _imports(name: str, path: Path) -> Iterator[str]:
    """The wspolpraca modules *name* imports anywhere: top level, functions, TYPE_CHECKING."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = name.split(".")
                base = parts[: len(parts) - node.level + (1 if is_package else 0)]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            for alias in node.names:
                # `from package import module` imports the module; anything else, the source.
                submodule = f"{source}.{alias.name}"
                yield submodule if submodule in MODULES else source


def _graph() -> dict[str, set[str]]:
    return {
        name: {target for target in _imports(name, path) if target in MODULES and target != name}
        for name, path in MODULES.items()
    }


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for target in graph[todo.pop()] - seen:
            seen.add(target)
            todo.append(target)
    return seen


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that reach one another through imports, sorted."""
    reach = {node: _reachable(graph, node) for node in graph}
    groups = {
        frozenset(other for other in reach[node] if node in reach[other])
        for node in graph
        if node in reach[node]
    }
    return sorted(sorted(group) for group in groups)


class TestImports:
    """Imports run one way: no module reaches itself through others."""

    def test_no_import_cycle(self) -> None:
        """No two modules of src import each other, directly or through others, anywhere."""
        assert _cycles(_graph()) == []

    def test_the_finder_sees_cycles(self) -> None:
        """The cycle finder reports a circle, so an empty answer means there is none."""
        graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}

        assert _cycles(graph) == [["a", "b", "c"]]

    def test_the_graph_sees_function_level_imports(self) -> None:
        """Imports inside functions count: the fast path's lazy import of its collector."""
        graph = _graph()

        assert "wspolpraca._fast_errors" in graph["wspolpraca._fast"]
        assert "wspolpraca._fast" in graph["wspolpraca.serialization"]

    def test_fast_path_and_rules_point_down(self) -> None:
        """The fast and collecting paths never import serialization; rules never import profiles."""
        graph = _graph()

        assert not any(
            "wspolpraca.serialization" in graph[name]
            for name in (
                "wspolpraca._fast",
                "wspolpraca._fast_errors",
                "wspolpraca._mirrors",
                "wspolpraca._collect",
            )
        )
        assert not any(
            target.startswith("wspolpraca.profiles")
            for name, targets in graph.items()
            if name.startswith("wspolpraca.rules")
            for target in targets
        )


class TestSize:
    """No module is too long to read whole."""

    def test_no_module_over_the_limit(self) -> None:
        """Every module in src has at most MAX_LINES lines."""
        long = {
            str(path.relative_to(PACKAGE)): count
            for path in MODULES.values()
            if (count := len(path.read_text("utf-8").splitlines())) > MAX_LINES
        }

        assert long == {}


def _examples_by_kind() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "examples").rglob("*.json")):
        kind = json.loads(path.read_text("utf-8")).get("kind")
        found.setdefault(kind, []).append(path.relative_to(ROOT / "examples").as_posix())
    return found


EXAMPLES = _examples_by_kind()


@pytest.fixture(scope="module")
def benchmarks() -> tuple[ModuleType, ModuleType]:
    """The benchmarks of the programme (bench_load) and the other kinds, from their folder."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(BENCHMARKS))
        return importlib.import_module("bench_load"), importlib.import_module("bench_kinds")


@pytest.mark.parametrize("kind", sorted(DOCUMENT_KINDS))
class TestEveryKind:
    """Every registered kind is in every room (the checklist of "Adding a document kind")."""

    def test_schema(self, kind: str) -> None:
        """The kind has a JSON Schema in both languages, shipped equal to the generated one."""
        for lang in ("pl", "en"):
            assert schema.document_schema(kind, lang)["$id"] == schema.schema_id(kind, lang)
            assert schema.shipped_schema(kind, lang) == schema.schema_text(kind, lang)

    def test_strategy(self, kind: str) -> None:
        """The kind's class has a registered strategy, public in wspolpraca.strategies."""
        make = _registered()[DOCUMENT_KINDS[kind]]

        assert make.__name__ in strategies.__all__
        assert getattr(strategies, make.__name__) is make

    def test_example(self, kind: str) -> None:
        """At least one example in examples/ is of the kind and loads as it (or a reason why not)."""
        names = EXAMPLES.get(kind, [])
        if kind in NO_EXAMPLE:
            assert names == [], f"{kind} has an example now: drop it from NO_EXAMPLE"
            return
        assert names, f"no example of {kind} in examples/"
        for name in names:
            document = wspolpraca.load_file(ROOT / "examples" / name)
            assert type(document) is DOCUMENT_KINDS[kind]

    def test_spreadsheet_layout(self, kind: str, tmp_path: Path) -> None:
        """A document of the kind goes to a workbook and comes back equal."""
        pytest.importorskip("openpyxl")
        from hypothesis import HealthCheck, find, settings

        from wspolpraca.spreadsheet import export_workbook, read_workbook

        cls = DOCUMENT_KINDS[kind]
        if kind in EXAMPLES:
            document = wspolpraca.load_file(ROOT / "examples" / EXAMPLES[kind][0])
        else:
            document = find(
                _registered()[cls](),
                lambda _: True,
                settings=settings(database=None, suppress_health_check=list(HealthCheck)),
            )
        path = tmp_path / f"{kind}.xlsx"
        export_workbook(document, path)

        assert read_workbook(path, kind) == document

    def test_benchmark(self, kind: str, benchmarks: tuple[ModuleType, ModuleType]) -> None:
        """The kind has a benchmark entry: bench_kinds.KINDS or bench_load (or a reason why not)."""
        bench_load, bench_kinds = benchmarks
        covered = {*bench_kinds.KINDS, bench_load.make_document(1)["kind"]}
        if kind in NO_BENCHMARK:
            assert kind not in covered, f"{kind} has a benchmark now: drop it from NO_BENCHMARK"
            return
        assert kind in covered
