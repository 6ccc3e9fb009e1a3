"""
Batch throughput: documents per second on one process and on ``--jobs N``, in one run.

Writes *count* documents (the Kraków 2021 example with seeded changes) to a JSON Lines file,
then runs ``python -m wspolpraca check FILE --jobs J`` in a fresh process each time (output to
the null device) with J = 1 and J = N, alternating, and prints the minimum and the median and
the speed-up. Each run is a whole process from start-up, so nothing this benchmark did before
(imports, generated code) warms the parent that forks the workers. Targets are ratios
(issue 22: at least 1.8x on 2 processes for 10 000 documents on 2 cores), never thresholds
in the tests.

It also prints the processor time of the runs (parent and workers together), and, because
the machine may be shared, it measures the *ceiling* (``--ceiling``): N independent processes,
started together, that each check a file of every N-th document, with no parent to feed them
or collect results. Its speed-up is the most any design could reach right now.

And it measures what the *hardware* gives (``--hardware``), apart from any document: the same
pure-Python loop run by one process, then by N processes at once, each doing the whole loop
(speed-up = N x one's time / the time of N together), for a CPU-bound loop over a few
variables (``spin``) and for one that makes and drops small dicts and lists across a working
set larger than a core's L2 cache (``memory``: many objects, as documents make, but little
code). Where these scale and the document ceiling does not, the cores are there but share
what checking documents needs (caches, or one physical core's resources under two virtual
ones); ``docs/explanation/performance.md`` ("Batch") has the measurements.

Run: ``python benchmarks/bench_batch.py [--count 10000] [--jobs 2] [--rounds 3] [--format text]
[--no-ceiling] [--no-hardware]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


CPU: dict[str, list[float]] = {}
"""Processor seconds of each run (all its processes), by label."""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _command(path: Path, jobs: int, output: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "wspolpraca",
        "check",
        str(path),
        "--jobs",
        str(jobs),
        "--lang",
        "en",
        "--format",
        output,
    ]


def throughput(path: Path, jobs: int, output: str) -> float:
    """Seconds for a fresh ``python -m wspolpraca check PATH --jobs JOBS --format OUTPUT``."""
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run(  # noqa: S603 - our own interpreter
        _command(path, jobs, output), check=False, stdout=subprocess.DEVNULL
    )
    elapsed = time.perf_counter() - start
    CPU.setdefault(str(jobs), []).append(_children_cpu() - cpu)
    return elapsed


def split(path: Path, parts: int) -> list[Path]:
    """*parts* files beside *path*, the i-th holding every *parts*-th line from the i-th."""
    lines = path.read_bytes().splitlines(keepends=True)
    files = []
    for number in range(parts):
        part = path.with_name(f"{path.stem}-{number}{path.suffix}")
        part.write_bytes(b"".join(lines[number::parts]))
        files.append(part)
    return files


def ceiling(parts: list[Path], output: str) -> float:
    """Seconds for one fresh single-process check of each of *parts*, all started together."""
    start = time.perf_counter()
    processes = [
        subprocess.Popen(_command(part, 1, output), stdout=subprocess.DEVNULL)  # noqa: S603
        for part in parts
    ]
    for process in processes:
        process.wait()
    return time.perf_counter() - start


LOOPS = {
    "spin": "s = 0\nfor i in range(10_000_000):\n    s += i\n",
    "memory": (
        "import random\n"
        "rng = random.Random(0)\n"
        "pool = [None] * 50_000\n"
        "for i in range(500_000):\n"
        "    item = {'code': str(i), 'amount': i * 0.5, 'tags': [i, i + 1, i + 2]}\n"
        "    pool[rng.randrange(50_000)] = item\n"
    ),
}
"""The hardware measures' loops: CPU-bound on a few variables, and memory-heavy."""


def hardware(loop: str, processes: int) -> float:
    """
    Seconds for *processes* fresh interpreters, started together, each running *loop*
    (their processor time per process goes to :data:`CPU`).
    """
    cpu = _children_cpu()
    start = time.perf_counter()
    running = [
        subprocess.Popen([sys.executable, "-c", LOOPS[loop]])  # noqa: S603 - our own code
        for _ in range(processes)
    ]
    for process in running:
        process.wait()
    elapsed = time.perf_counter() - start
    CPU.setdefault(f"{loop} x{processes}", []).append((_children_cpu() - cpu) / processes)
    return elapsed


def main() -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--ceiling", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--hardware", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "documents.jsonl"
        write_documents(path, args.count)
        parts = split(path, args.jobs)
        times: dict[str, list[float]] = {"1": [], str(args.jobs): [], "ceiling": []}
        for _ in range(args.rounds):
            times["1"].append(throughput(path, 1, args.format))
            times[str(args.jobs)].append(throughput(path, args.jobs, args.format))
            if args.ceiling:
                cpu = _children_cpu()
                times["ceiling"].append(ceiling(parts, args.format))
                CPU.setdefault("ceiling", []).append(_children_cpu() - cpu)
            if args.hardware:
                for loop in LOOPS:
                    times.setdefault(f"{loop} x1", []).append(hardware(loop, 1))
                    times.setdefault(f"{loop} x{args.jobs}", []).append(hardware(loop, args.jobs))
    label = str(args.jobs)
    one, many = statistics.median(times["1"]), statistics.median(times[label])
    print(
        f"{args.count} documents, --format {args.format}, whole processes: "
        f"1 process {one:.2f} s ({args.count / one:.0f}/s), "
        f"{args.jobs} processes {many:.2f} s ({args.count / many:.0f}/s) (medians)"
    )
    print(
        f"speed-up at {args.jobs} jobs: min {min(times['1']) / min(times[label]):.2f}x, "
        f"median {one / many:.2f}x (target >= 1.8x on 2 cores)"
    )
    if args.ceiling:
        best = statistics.median(times["ceiling"])
        print(
            f"ceiling ({args.jobs} independent processes, no parent): {best:.2f} s, "
            f"{one / best:.2f}x; --jobs {args.jobs} reaches {best / many:.0%} of it"
        )
    if args.hardware:
        for loop in LOOPS:
            alone, together = times[f"{loop} x1"], times[f"{loop} x{args.jobs}"]
            print(
                f"hardware, {loop} loop: 1 process {statistics.median(alone):.2f} s, "
                f"{args.jobs} at once {statistics.median(together):.2f} s: speed-up "
                f"min {args.jobs * min(alone) / min(together):.2f}x, "
                f"median {args.jobs * statistics.median(alone) / statistics.median(together):.2f}x; "
                f"processor time of one loop {statistics.median(CPU[f'{loop} x1']):.2f} s alone, "
                f"{statistics.median(CPU[f'{loop} x{args.jobs}']):.2f} s at once"
            )
    for jobs in ("1", label, "ceiling"):
        if jobs not in CPU:
            continue
        cpu = statistics.median(CPU[jobs])
        what = "the ceiling" if jobs == "ceiling" else f"{jobs} job(s)"
        print(
            f"processor time at {what}: {cpu:.2f} s in all, "
            f"{cpu / args.count * 1e6:.0f} us a document"
        )
    print("load average:", " ".join(f"{value:.2f}" for value in os.getloadavg()))
    print("rounds (s):", {key: [round(t, 2) for t in value] for key, value in times.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
