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


def detailed(func: Callable[[], object], *, cattrs_only: bool = False) -> Callable[[], object]:
    """
    *func* run as without msgspec: the collecting builders on ``json.loads``' values, then
    cattrs for what they leave (*cattrs_only*: the fast path switched off, cattrs alone).
    """

    def run() -> object:
        saved = serialization._FAST  # noqa: SLF001 - the benchmark compares the paths
        serialization._FAST = False if cattrs_only else None  # noqa: SLF001
        try:
            return func()
        finally:
            serialization._FAST = saved  # noqa: SLF001

    return run


def fast_path_installed() -> bool:
    """Whether the optional accelerator (msgspec) is importable."""
    return serialization._fast_path() is not None  # noqa: SLF001


class Fed:
    """A candidate given a fresh input each round, made outside the timing."""

    def __init__(self, make: Callable[[], Any], run: Callable[[Any], object]) -> None:
        self.make = make
        self.run = run

    def __call__(self) -> object:
        return self.run(self.make())


def fresh(text: str) -> Callable[[], str]:
    """A maker of a new copy of *text* each time: no candidate reuses a string another has
    read (CPython caches a string's UTF-8 form in it, which helps the next reader)."""
    return lambda: (text + " ")[:-1]


Candidate = Callable[[], object] | Fed


def sample(
    candidates: dict[str, Candidate], rounds: int, clock: Callable[[], float] = time.process_time
) -> dict[str, list[float]]:
    """
    Seconds of each candidate, run alternately *rounds* times, each from a clean heap.

    The *clock* is this process's processor time, not the wall clock: on a machine shared
    with other work, the scheduler takes the processor away for milliseconds at a time, and
    a wall clock would charge that to whichever candidate was running.
    """
    times: dict[str, list[float]] = {name: [] for name in candidates}
    for func in candidates.values():  # warm up
        func()
    for _ in range(rounds):
        for name, func in candidates.items():
            given = func.make() if isinstance(func, Fed) else None
            # Start each call with no garbage left by the previous one: otherwise a candidate
            # pays for collecting what the candidate before it dropped.
            gc.collect()
            if isinstance(func, Fed):
                start = clock()
                func.run(given)
            else:
                start = clock()
                func()
            times[name].append(clock() - start)
            del given
    return times


def measure(candidates: dict[str, Candidate], rounds: int) -> dict[str, float]:
    """Median seconds of each candidate, run alternately *rounds* times, each from a clean heap."""
    return {name: statistics.median(values) for name, values in sample(candidates, rounds).items()}


def ratio(times: dict[str, list[float]], top: str, bottom: str) -> tuple[float, float]:
    """``(min, median)`` of *top*'s times over *bottom*'s, from the same run."""
    return (
        min(times[top]) / min(times[bottom]),
        statistics.median(times[top]) / statistics.median(times[bottom]),
    )


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

    def bare_errors(given: str) -> object:
        """Bare cattrs on the invalid text, down to its messages (``transform_error``)."""
        try:
            converter.structure(json.loads(given), AnnualProgramme)
        except Exception as exc:  # noqa: BLE001 - the error path is what we time
            return cattrs.transform_error(exc)
        raise AssertionError("expected a failure")

    candidates: dict[str, Candidate] = {
        "json.loads": Fed(fresh(text), json.loads),
        "bare cattrs": Fed(
            fresh(body_text), lambda given: converter.structure(json.loads(given), AnnualProgramme)
        ),
        "wspolpraca.loads": Fed(fresh(text), detailed_loads),
        "wspolpraca.loads cattrs": Fed(fresh(text), cattrs_loads),
    }
    if fast_path_installed():
        if detailed_loads(text) != wspolpraca.loads(text):
            raise AssertionError("the two paths load different objects")
        candidates["wspolpraca.loads fast"] = Fed(fresh(text), wspolpraca.loads)
    invalid_candidates: dict[str, Candidate] = {}
    model = _pydantic_model()
    if model is not None:
        candidates["pydantic v2"] = Fed(fresh(text), model.model_validate_json)
        invalid_candidates["pydantic v2"] = Fed(
            fresh(bad_text), _expecting_failure(model.model_validate_json)
        )
    load = sample(candidates, rounds)
    invalid = sample(
        {
            **invalid_candidates,
            "bare cattrs": Fed(fresh(bad_body_text), bare_errors),
            "wspolpraca.loads": Fed(fresh(bad_text), _expecting_failure(detailed_loads)),
            "wspolpraca.loads cattrs": Fed(fresh(bad_text), _expecting_failure(cattrs_loads)),
            **(
                {
                    "wspolpraca.loads fast": Fed(
                        fresh(bad_text), _expecting_failure(wspolpraca.loads)
                    )
                }
                if fast_path_installed()
                else {}
            ),
        },
        rounds,
    )
    other = sample(
        {
            "check": lambda: wspolpraca.check(programme),
            "bare unstructure+dumps": lambda: json.dumps(
                converter.unstructure(programme), ensure_ascii=False, sort_keys=True, indent=2
            ),
            "wspolpraca.dumps": lambda: wspolpraca.dumps(programme),
        },
        rounds,
    )
    size = len(text.encode())
    detailed_peak = _peak_memory(detailed_loads, text)
    ratios = {
        "load / bare cattrs": ratio(load, "wspolpraca.loads", "bare cattrs"),
        "invalid / bare cattrs": ratio(invalid, "wspolpraca.loads", "bare cattrs"),
        "check / load": (
            min(other["check"]) / min(load["wspolpraca.loads"]),
            statistics.median(other["check"]) / statistics.median(load["wspolpraca.loads"]),
        ),
        "dumps / bare": ratio(other, "wspolpraca.dumps", "bare unstructure+dumps"),
        "peak memory / JSON size": (detailed_peak / size, detailed_peak / size),
    }
    json_peak = _peak_memory(json.loads, text)
    ratios["json.loads: peak memory / JSON size"] = (json_peak / size, json_peak / size)
    cattrs_peak = _peak_memory(cattrs_loads, text)
    ratios["cattrs alone: peak memory / JSON size"] = (cattrs_peak / size, cattrs_peak / size)
    ratios["cattrs alone: load / bare cattrs"] = ratio(
        load, "wspolpraca.loads cattrs", "bare cattrs"
    )
    if model is not None:
        ratios["load / pydantic v2"] = ratio(load, "wspolpraca.loads", "pydantic v2")
        ratios["invalid / pydantic v2"] = ratio(invalid, "wspolpraca.loads", "pydantic v2")
        ratios["cattrs alone: invalid / pydantic v2"] = ratio(
            invalid, "wspolpraca.loads cattrs", "pydantic v2"
        )
    if fast_path_installed():
        fast_peak = _peak_memory(wspolpraca.loads, text)
        ratios["fast: peak memory / JSON size"] = (fast_peak / size, fast_peak / size)
        ratios["fast: load / json.loads"] = ratio(load, "wspolpraca.loads fast", "json.loads")
        ratios["fast: invalid / bare cattrs"] = ratio(
            invalid, "wspolpraca.loads fast", "bare cattrs"
        )
        if model is not None:
            ratios["fast: load / pydantic v2"] = ratio(load, "wspolpraca.loads fast", "pydantic v2")
            ratios["fast: invalid / pydantic v2"] = ratio(
                invalid, "wspolpraca.loads fast", "pydantic v2"
            )
    return {
        "tasks": tasks,
        "bytes": size,
        "load": _medians(load),
        "invalid_100_errors": _medians(invalid),
        "other": _medians(other),
        "ratios": ratios,
    }


def _medians(times: dict[str, list[float]]) -> dict[str, float]:
    return {name: statistics.median(values) for name, values in times.items()}


def detailed_loads(text: str) -> object:
    """``wspolpraca.loads`` without msgspec (collecting builders, cattrs for the rest)."""
    return detailed(lambda: wspolpraca.loads(text))()


def cattrs_loads(text: str) -> object:
    """``wspolpraca.loads`` with the fast path switched off: cattrs alone."""
    return detailed(lambda: wspolpraca.loads(text), cattrs_only=True)()


def _expecting_failure(func: Callable[[Any], object]) -> Callable[[Any], object]:
    def run(given: Any) -> object:
        try:
            func(given)
        except Exception as exc:  # noqa: BLE001 - the error path is what we time
            return exc
        raise AssertionError("expected a failure")

    return run


def _pydantic_model() -> Any:
    try:
        from pydantic_model import Programme  # noqa: PLC0415 - optional candidate
    except ImportError:
        return None
    return Programme


def _peak_memory(load: Callable[[str], object], text: str) -> int:
    """Peak bytes allocated while *load* reads a fresh copy of *text* (made before tracing),
    above what was allocated before."""
    import tracemalloc  # noqa: PLC0415

    load(fresh(text)())  # the first call builds converters (and the fast path's mirrors)
    given = fresh(text)()
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    load(given)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def cold_times(rounds: int = 9) -> dict[str, list[float]]:
    """
    Processor time (user and system) of fresh interpreters, alternating: the dependencies'
    import alone, wspolpraca's import, its import and first ``loads``, that and a ``check``,
    the CLI checking one document, and pydantic's cold equivalent (import and validate the
    same document). Each process is waited for, so its time is in ``RUSAGE_CHILDREN``.
    """
    import resource  # noqa: PLC0415
    import subprocess  # noqa: PLC0415

    def children() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    document = str(EXAMPLE)
    here = str(Path(__file__).resolve().parent)
    read = f"open({document!r}, 'rb').read()"
    commands: dict[str, list[str]] = {
        "import attrs, cattrs, dateutil": ["-c", "import attrs, cattrs, dateutil"],
        "import wspolpraca": ["-c", "import wspolpraca"],
        "import + first loads": ["-c", f"import wspolpraca; wspolpraca.loads({read})"],
        "import + loads + check": [
            "-c",
            f"import wspolpraca; wspolpraca.check(wspolpraca.loads({read}))",
        ],
        "wspolpraca check one.json": ["-m", "wspolpraca", "check", document],
    }
    if _pydantic_model() is not None:
        commands["pydantic: import + first validate"] = [
            "-c",
            (
                f"import sys; sys.path.insert(0, {here!r}); "
                f"from pydantic_model import Programme; Programme.model_validate_json({read})"
            ),
        ]

    def run(arguments: list[str]) -> Callable[[], object]:
        return lambda: subprocess.run(  # noqa: S603 - our own interpreter
            [sys.executable, *arguments], check=False, stdout=subprocess.DEVNULL
        )

    return sample({name: run(arguments) for name, arguments in commands.items()}, rounds, children)


def bench_check_scaling(rounds: int) -> float:
    """How much longer ``check`` takes on a document with ten times the tasks."""
    small = wspolpraca.loads(json.dumps(make_document(200)))
    large = wspolpraca.loads(json.dumps(make_document(2000)))
    times = measure(
        {"small": lambda: wspolpraca.check(small), "large": lambda: wspolpraca.check(large)},
        rounds,
    )
    return times["large"] / times["small"]


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    found = {}
    for name in ("attrs", "cattrs", "msgspec", "pydantic", "wspolpraca"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found


def _show(name: str, value: tuple[float, float]) -> str:
    return f"  ratio {name:<40} min {value[0]:6.2f}x  median {value[1]:6.2f}x"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table of ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, nargs="*", default=[20, 500])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--cold-rounds", type=int, default=9)
    parser.add_argument("--linearity", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    results = [bench(tasks, args.rounds) for tasks in args.tasks]
    for result in results:
        print(f"\n{result['tasks']} tasks, {result['bytes'] / 1024:.0f} KiB")
        for group in ("load", "invalid_100_errors", "other"):
            for name, seconds in result[group].items():
                print(f"  {group:<20} {name:<24} {seconds * 1000:8.3f} ms (median)")
        for name, value in result["ratios"].items():
            print(_show(name, value))
    if args.linearity:
        linear = bench_check_scaling(args.rounds)
        print(f"check linearity: 10x document -> {linear:.2f}x time (target <= 11x)")
    cold = _cold(args.cold_rounds) if args.cold_rounds else {}
    meta = {"python": sys.version.split()[0], **_versions()}
    if args.json:
        args.json.write_text(json.dumps({"meta": meta, "results": results, "cold": cold}, indent=2))
    return 0


def _cold(rounds: int) -> dict[str, tuple[float, float]]:
    """Print and return the cold ratios."""
    cold: dict[str, tuple[float, float]] = {}
    if rounds:
        times = cold_times(rounds)
        print(f"\ncold, fresh processes ({rounds} rounds), the example document:")
        for name, values in times.items():
            print(
                f"  {name:<36} min {min(values) * 1000:6.0f} ms  "
                f"median {statistics.median(values) * 1000:6.0f} ms"
            )
        base = "import attrs, cattrs, dateutil"
        for name in times:
            if name != base:
                cold[f"{name} / {base}"] = ratio(times, name, base)
        if "pydantic: import + first validate" in times:
            cold["import + loads + check / pydantic cold"] = ratio(
                times, "import + loads + check", "pydantic: import + first validate"
            )
        for name, value in cold.items():
            print(_show(name, value))
    return cold


if __name__ == "__main__":
    raise SystemExit(main())
