"""The generators of benchmarks/bench_kinds.py still produce loadable documents (no timing)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import wspolpraca
from wspolpraca.serialization import DOCUMENT_KINDS

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def bench_kinds() -> ModuleType:
    """The benchmark module, imported from its folder (it imports ``bench_load`` beside it)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(BENCHMARKS))
        return importlib.import_module("bench_kinds")


KINDS = (
    "open_competition",
    "small_grant_register",
    "multi_year_programme",
    "consultation_round",
    "implementation_report",
    "budget_year",
    "task_offer",
    "task_report",
)


class TestGenerators:
    def test_every_kind_is_covered(self, bench_kinds: ModuleType) -> None:
        """The benchmark generates every kind this test checks, and no other."""
        assert sorted(bench_kinds.KINDS) == sorted(KINDS)

    @pytest.mark.parametrize("kind", KINDS)
    def test_documents_load_and_round_trip(self, bench_kinds: ModuleType, kind: str) -> None:
        """Each generated document loads as its kind and survives dumps and loads unchanged."""
        generate = bench_kinds.KINDS[kind][0]

        documents: list[dict[str, Any]] = generate(40, 1)

        assert documents
        for document in documents:
            obj = wspolpraca.loads(json.dumps(document, ensure_ascii=False))
            assert type(obj) is DOCUMENT_KINDS[kind]
            assert wspolpraca.loads(wspolpraca.dumps(obj)) == obj

    @pytest.mark.parametrize("kind", KINDS)
    def test_generators_are_seeded(self, bench_kinds: ModuleType, kind: str) -> None:
        """The same seed gives the same documents, another seed different ones."""
        generate = bench_kinds.KINDS[kind][0]

        first, again, other = generate(20, 3), generate(20, 3), generate(20, 4)

        assert first == again
        assert first != other

    def test_prepared_matches_bare_cattrs(self, bench_kinds: ModuleType) -> None:
        """The baseline builds the very objects the library loads, so the ratio compares like with like."""
        prepared = bench_kinds.Prepared("small_grant_register", 30)

        assert prepared.bare_load() == prepared.objects
        assert prepared.findings == sum(len(r.findings) for r in prepared.check())


class TestPydanticBaseline:
    def test_strict_model_accepts_the_benchmark_document(self) -> None:
        """The strict pydantic baseline validates the document bench_load.py times (it is current)."""
        pytest.importorskip("pydantic")
        with pytest.MonkeyPatch.context() as patch:
            patch.syspath_prepend(str(BENCHMARKS))
            bench_load = importlib.import_module("bench_load")
            pydantic_model = importlib.import_module("pydantic_model")
        text = json.dumps(bench_load.make_document(20), ensure_ascii=False)

        model = pydantic_model.Programme.model_validate_json(text)

        assert model.year == wspolpraca.loads(text, wspolpraca.AnnualProgramme).year
