"""
Batch throughput: documents per second on one process and on ``--jobs N``, in one run.

Writes *count* documents (the Kraków 2021 example with seeded changes) to a JSON Lines file,
then runs ``wspolpraca check FILE --jobs J`` in this process (:func:`wspolpraca.cli.main`,
output to the null device) with J = 1 and J = N, alternating, and prints the medians and the
speed-up. Targets are ratios (issue 15: at least 1.7x on 2 processes for 10 000 documents on
2 cores), never thresholds in the tests.

It also prints the processor time of the parent and of the workers (Unix), and, because the
machine may be shared, it measures the *ceiling* (``--ceiling``): N forked
processes that each check every N-th unit of work and write their own output, with no parent
to feed them or collect results. Its speed-up is the most any design could reach right now.

Run: ``python benchmarks/bench_batch.py [--count 10000] [--jobs 2] [--rounds 3] [--format text]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

from wspolpraca import _batch, cli

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "krakow-2021-annual.json"


def write_documents(path: Path, count: int, seed: int = 0) -> None:
    """*count* plausible programmes, one a line; some adopted late, some with a bad amount."""
    rng = random.Random(seed)
    base = json.loads(EXAMPLE.read_text("utf-8"))
    with path.open("w", encoding="utf-8") as stream:
        for number in range(count):
            document = json.loads(json.dumps(base))
            document["year"] = 2021
            if rng.random() < 0.1:
                document["resolution"]["adopted_on"] = "2020-12-04"
            if rng.random() < 0.05:
                document["planned_funds"] = "12.345"
            document["title"] = f"{document['title']} ({number})"
            stream.write(json.dumps(document, ensure_ascii=False) + "\n")


CPU: dict[str, list[tuple[float, float]]] = {}
"""Processor seconds of each run, (this process, its worker processes), by label."""


def _cpu() -> tuple[float, float]:
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def throughput(path: Path, jobs: int, output: str) -> float:
    """Seconds for ``wspolpraca check PATH --jobs JOBS --format OUTPUT``."""
    argv = ["check", str(path), "--jobs", str(jobs), "--lang", "en", "--format", output]
    with open(os.devnull, "w", encoding="utf-8") as sink:  # noqa: PTH123 - a plain path
        cpu = _cpu()
        start = time.perf_counter()
        cli.main(argv, stdout=sink)
        elapsed = time.perf_counter() - start
        after = _cpu()
    CPU.setdefault(str(jobs), []).append((after[0] - cpu[0], after[1] - cpu[1]))
    return elapsed


def ceiling(path: Path, jobs: int, output: str) -> float:
    """Seconds for *jobs* forked processes to check every *jobs*-th unit each, independently."""
    settings = _batch.Settings(lang="en")
    start = time.perf_counter()
    children = []
    for number in range(jobs):
        child = os.fork()
        if child == 0:  # pragma: no cover - the child process
            with open(os.devnull, "w", encoding="utf-8") as sink:  # noqa: PTH123
                units = _batch.iter_units([str(path)])
                for index, unit in enumerate(units):
                    if index % jobs == number:
                        report = _batch.check_unit(unit, settings, as_json=output == "json")
                        sink.write(report.text)
            os._exit(0)
        children.append(child)
    for child in children:
        os.waitpid(child, 0)
    return time.perf_counter() - start


def main() -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--ceiling", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "documents.jsonl"
        write_documents(path, args.count)
        throughput(path, 1, args.format)  # warm up: imports, generated structuring code
        CPU.clear()
        times: dict[str, list[float]] = {"1": [], str(args.jobs): [], "ceiling": []}
        for _ in range(args.rounds):
            times["1"].append(throughput(path, 1, args.format))
            times[str(args.jobs)].append(throughput(path, args.jobs, args.format))
            if args.ceiling:
                times["ceiling"].append(ceiling(path, args.jobs, args.format))
    one, many = statistics.median(times["1"]), statistics.median(times[str(args.jobs)])
    print(
        f"{args.count} documents, --format {args.format}: "
        f"1 process {one:.2f} s ({args.count / one:.0f}/s), "
        f"{args.jobs} processes {many:.2f} s ({args.count / many:.0f}/s)"
    )
    print(f"speed-up at {args.jobs} jobs: {one / many:.2f}x (target >= 1.7x on 2 cores)")
    paired = statistics.median(
        a / b for a, b in zip(times["1"], times[str(args.jobs)], strict=True)
    )
    print(
        f"median of the speed-ups of each round (1 and {args.jobs} jobs run back to back): {paired:.2f}x"
    )
    if args.ceiling:
        best = statistics.median(times["ceiling"])
        print(
            f"ceiling ({args.jobs} independent processes, no parent): {best:.2f} s, "
            f"{one / best:.2f}x; --jobs {args.jobs} reaches {best / many:.0%} of it"
        )
    for jobs in ("1", str(args.jobs)):
        parent = statistics.median(own for own, _ in CPU[jobs])
        workers = statistics.median(children for _, children in CPU[jobs])
        print(
            f"processor time at {jobs} job(s): {parent:.2f} s in the parent, "
            f"{workers:.2f} s in workers, {(parent + workers) / args.count * 1e6:.0f} us a document"
        )
    print("rounds (s):", {key: [round(t, 2) for t in value] for key, value in times.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
