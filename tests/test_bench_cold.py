"""benchmarks/bench_cold.py runs every candidate and computes its ratios (no timing asserted)."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def bench_cold() -> ModuleType:
    """The benchmark module, imported from its folder."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(BENCHMARKS))
        return importlib.import_module("bench_cold")


def test_ratios_are_min_over_min_and_median_over_median(bench_cold: ModuleType) -> None:
    """Each ratio divides by the dependencies' own min and median of the same run."""
    figures = bench_cold.report({bench_cold.DEPS: [0.1, 0.2, 0.4], "x": [0.3, 0.2, 0.5]})

    assert figures["x"]["ratio_min"] == pytest.approx(2.0)
    assert figures["x"]["ratio_median"] == pytest.approx(1.5)
    assert figures[bench_cold.DEPS]["ratio_min"] == 1.0


def test_one_round_times_every_candidate(
    bench_cold: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One round in the bytecode setting times the dependencies and each wspolpraca step."""
    out = tmp_path / "cold.json"
    monkeypatch.setattr(bench_cold, "_pydantic", lambda: None)  # the slowest, and optional

    results = bench_cold.main(["--rounds", "1", "--setting", "bytecode", "--json", str(out)])

    names = set(results["bytecode"])
    assert {bench_cold.DEPS, *bench_cold.commands()} <= names
    assert all(row["min_ms"] > 0 for row in results["bytecode"].values())
    assert out.read_text("utf-8").startswith("{")
