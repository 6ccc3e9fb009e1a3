"""
Load, check and dump timings as ratios, measured in one run (see docs for the method).

Candidates run alternately, many rounds; we report medians and ratios, never thresholds.
The baseline "bare cattrs" structures the same attrs classes with a plain
``cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)`` that only knows
``Decimal`` and ``date``, fed by the same ``json`` module.

Also measured: pydantic v2 on an equivalent model (``benchmarks/pydantic_model.py``, only when
pydantic is installed: ``pip install --group bench``), the check's linearity (a document ten times
larger), peak memory while loading (tracemalloc, relative to the JSON text), and import time of
``wspolpraca`` against ``cattrs, attrs, dateutil`` in fresh interpreters.

Run: ``python benchmarks/bench_load.py [--tasks 20 500] [--rounds 30] [--json out.json]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import cattrs

import wspolpraca
from wspolpraca import AnnualProgramme, serialization

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "krakow-2021-annual.json"


def make_document(tasks: int, seed: int = 0) -> dict[str, Any]:
    """The example programme with *tasks* seeded, plausible priority tasks."""
    rng = random.Random(seed)
    data = json.loads(EXAMPLE.read_text("utf-8"))
    template = data["priority_tasks"]
    spheres = ["1", "7", "10", "15", "16", "17", "32"]
    data["priority_tasks"] = [
        {
            **template[i % len(template)],
            "title": f"Zadanie {i}: {template[i % len(template)]['title']}",
            "sphere": rng.choice(spheres),
            "planned_amount": f"{rng.randint(1000, 200000)}.{rng.randint(0, 99):02d}",
        }
        for i in range(tasks)
    ]
    data["planned_funds"] = "999999999.00"
    return data


def with_errors(data: dict[str, Any], count: int) -> dict[str, Any]:
    """A copy of *data* with *count* bad amounts spread through its tasks."""
    broken = json.loads(json.dumps(data))
    tasks = broken["priority_tasks"]
    step = max(1, len(tasks) // count)
    for i in range(0, min(len(tasks), step * count), step):
        tasks[i]["planned_amount"] = "12.345"
    return broken


def bare_converter() -> cattrs.Converter:
    """Plain cattrs with only the hooks JSON needs."""
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(Decimal, lambda v, _: Decimal(v))
    converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    converter.register_unstructure_hook(Decimal, lambda v: f"{v:.2f}")
    converter.register_unstructure_hook(dt.date, lambda v: v.isoformat())
    return converter


def detailed(func: Callable[[], object]) -> Callable[[], object]:
    """*func* run with the fast path switched off (the pure attrs + cattrs loader)."""

    def run() -> object:
        saved = serialization._FAST  # noqa: SLF001 - the benchmark compares both paths
        serialization._FAST = False  # noqa: SLF001
        try:
            return func()
        finally:
            serialization._FAST = saved  # noqa: SLF001

    return run


def fast_path_installed() -> bool:
    """Whether the optional accelerator (msgspec) is importable."""
    return serialization._fast_path() is not None  # noqa: SLF001


def measure(candidates: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Median seconds of each candidate, run alternately *rounds* times, each from a clean heap."""
    times: dict[str, list[float]] = {name: [] for name in candidates}
    for func in candidates.values():  # warm up
        func()
    for _ in range(rounds):
        for name, func in candidates.items():
            # Start each call with no garbage left by the previous one: otherwise a candidate
            # pays for collecting what the candidate before it dropped.
            gc.collect()
            start = time.perf_counter()
            func()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def _expect_failure(func: Callable[[], object]) -> Callable[[], object]:
    def run() -> object:
        try:
            func()
        except Exception as exc:  # noqa: BLE001 - the error path is what we time
            return exc
        raise AssertionError("expected a failure")

    return run


def bench(tasks: int, rounds: int) -> dict[str, Any]:
    """All measurements for a document with *tasks* tasks."""
    data = make_document(tasks)
    body = {k: v for k, v in data.items() if k not in ("kind", "schema_version")}
    text = json.dumps(data, ensure_ascii=False)
    body_text = json.dumps(body, ensure_ascii=False)
    bad = with_errors(data, 100)
    bad_text = json.dumps(bad, ensure_ascii=False)
    bad_body_text = json.dumps(
        {k: v for k, v in bad.items() if k not in ("kind", "schema_version")}
    )
    converter = bare_converter()
    programme = wspolpraca.loads(text)

    candidates: dict[str, Callable[[], object]] = {
        "json.loads": lambda: json.loads(text),
        "bare cattrs": lambda: converter.structure(json.loads(body_text), AnnualProgramme),
        "wspolpraca.loads": detailed(lambda: wspolpraca.loads(text)),
    }
    if fast_path_installed():
        if detailed(lambda: wspolpraca.loads(text))() != wspolpraca.loads(text):
            raise AssertionError("the two paths load different objects")
        candidates["wspolpraca.loads fast"] = lambda: wspolpraca.loads(text)
    invalid_candidates: dict[str, Callable[[], object]] = {}
    model = _pydantic_model()
    if model is not None:
        candidates["pydantic v2"] = lambda: model.model_validate_json(text)
        invalid_candidates["pydantic v2"] = _expect_failure(
            lambda: model.model_validate_json(bad_text)
        )
    load = measure(candidates, rounds)
    invalid = measure(
        {
            **invalid_candidates,
            "bare cattrs": _expect_failure(
                lambda: cattrs.transform_error(  # type: ignore[func-returns-value]
                    _raise(lambda: converter.structure(json.loads(bad_body_text), AnnualProgramme))
                )
            ),
            "wspolpraca.loads": _expect_failure(detailed(lambda: wspolpraca.loads(bad_text))),
            **(
                {"wspolpraca.loads fast": _expect_failure(lambda: wspolpraca.loads(bad_text))}
                if fast_path_installed()
                else {}
            ),
        },
        rounds,
    )
    other = measure(
        {
            "check": lambda: wspolpraca.check(programme),
            "bare unstructure+dumps": lambda: json.dumps(
                converter.unstructure(programme), ensure_ascii=False, sort_keys=True, indent=2
            ),
            "wspolpraca.dumps": lambda: wspolpraca.dumps(programme),
        },
        rounds,
    )
    ratios = {
        "load / bare cattrs": load["wspolpraca.loads"] / load["bare cattrs"],
        "invalid / bare cattrs": invalid["wspolpraca.loads"] / invalid["bare cattrs"],
        "check / load": other["check"] / load["wspolpraca.loads"],
        "dumps / bare": other["wspolpraca.dumps"] / other["bare unstructure+dumps"],
        "peak memory / JSON size": _peak_memory(detailed(lambda: wspolpraca.loads(text)))
        / len(text.encode()),
    }
    if model is not None:
        ratios["load / pydantic v2"] = load["wspolpraca.loads"] / load["pydantic v2"]
        ratios["invalid / pydantic v2"] = invalid["wspolpraca.loads"] / invalid["pydantic v2"]
    if fast_path_installed():
        ratios["fast: peak memory / JSON size"] = _peak_memory(
            lambda: wspolpraca.loads(text)
        ) / len(text.encode())
        ratios["fast: invalid / bare cattrs"] = (
            invalid["wspolpraca.loads fast"] / invalid["bare cattrs"]
        )
        if model is not None:
            ratios["fast: load / pydantic v2"] = load["wspolpraca.loads fast"] / load["pydantic v2"]
            ratios["fast: invalid / pydantic v2"] = (
                invalid["wspolpraca.loads fast"] / invalid["pydantic v2"]
            )
    return {
        "tasks": tasks,
        "bytes": len(text.encode()),
        "load": load,
        "invalid_100_errors": invalid,
        "other": other,
        "ratios": ratios,
    }


def _pydantic_model() -> Any:
    try:
        from pydantic_model import Programme  # noqa: PLC0415 - optional candidate
    except ImportError:
        return None
    return Programme


def _peak_memory(load: Callable[[], object]) -> int:
    """Peak bytes allocated while running *load*, above what was allocated before."""
    import tracemalloc  # noqa: PLC0415

    load()  # the first call builds converters (and the fast path's mirrors)
    tracemalloc.start()
    tracemalloc.reset_peak()
    load()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def import_times(rounds: int = 15) -> dict[str, float]:
    """Median wall time of importing wspolpraca, and its dependencies alone, in new interpreters."""
    import subprocess  # noqa: PLC0415

    commands = {
        "import wspolpraca": "import wspolpraca",
        "import cattrs, attrs, dateutil": "import cattrs, attrs, dateutil",
    }

    def run(code: str) -> Callable[[], object]:
        return lambda: subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603

    return measure({name: run(code) for name, code in commands.items()}, rounds)


def bench_check_scaling(rounds: int) -> float:
    """How much longer ``check`` takes on a document with ten times the tasks."""
    small = wspolpraca.loads(json.dumps(make_document(200)))
    large = wspolpraca.loads(json.dumps(make_document(2000)))
    times = measure(
        {"small": lambda: wspolpraca.check(small), "large": lambda: wspolpraca.check(large)},
        rounds,
    )
    return times["large"] / times["small"]


def _raise(func: Callable[[], object]) -> Exception:
    try:
        func()
    except Exception as exc:
        raise exc from None
    raise AssertionError("expected a failure")


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    found = {}
    for name in ("attrs", "cattrs", "msgspec", "pydantic", "wspolpraca"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table of ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, nargs="+", default=[20, 500])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    results = [bench(tasks, args.rounds) for tasks in args.tasks]
    check_times = [r["other"]["check"] for r in results]
    for result in results:
        print(f"\n{result['tasks']} tasks, {result['bytes'] / 1024:.0f} KiB")
        for group in ("load", "invalid_100_errors", "other"):
            for name, seconds in result[group].items():
                print(f"  {group:<20} {name:<24} {seconds * 1000:8.3f} ms")
        for name, ratio in result["ratios"].items():
            print(f"  ratio {name:<28} {ratio:6.2f}x")
    if len(results) > 1:
        size = results[-1]["tasks"] / results[0]["tasks"]
        print(f"\ncheck scaling: {size:.0f}x tasks -> {check_times[-1] / check_times[0]:.1f}x time")
    linear = bench_check_scaling(args.rounds)
    print(f"check linearity: 10x document -> {linear:.2f}x time (target <= 11x)")
    imports = import_times()
    ratio = imports["import wspolpraca"] / imports["import cattrs, attrs, dateutil"]
    print(
        f"import: {imports['import wspolpraca'] * 1000:.0f} ms vs "
        f"{imports['import cattrs, attrs, dateutil'] * 1000:.0f} ms -> {ratio:.2f}x"
    )
    meta = {"python": sys.version.split()[0], **_versions()}
    if args.json:
        args.json.write_text(json.dumps({"meta": meta, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
