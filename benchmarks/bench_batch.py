"""
Batch throughput: documents per second on one process and on ``--jobs N``, in one run.

Writes *count* documents (the Kraków 2021 example with seeded changes) to a JSON Lines file,
then checks them with :func:`wspolpraca._batch.run` on 1 and on N processes, alternating,
and prints the medians and the speed-up. Targets are ratios (issue 15: at least 1.7x on
2 processes for 10 000 documents on 2 cores), never thresholds in the tests.

Run: ``python benchmarks/bench_batch.py [--count 10000] [--jobs 2] [--rounds 3]``
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from wspolpraca import _batch

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


def throughput(path: Path, jobs: int) -> float:
    """Seconds to check every document in *path* on *jobs* processes."""
    settings = _batch.Settings(lang="en")
    start = time.perf_counter()
    for _ in _batch.run(_batch.iter_items([str(path)]), settings, jobs=jobs):
        pass
    return time.perf_counter() - start


def main() -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "documents.jsonl"
        write_documents(path, args.count)
        times: dict[int, list[float]] = {1: [], args.jobs: []}
        for _ in range(args.rounds):
            for jobs, measured in times.items():
                measured.append(throughput(path, jobs))
    one, many = statistics.median(times[1]), statistics.median(times[args.jobs])
    print(
        f"{args.count} documents: 1 process {one:.2f} s ({args.count / one:.0f}/s), "
        f"{args.jobs} processes {many:.2f} s ({args.count / many:.0f}/s)"
    )
    print(f"speed-up at {args.jobs} jobs: {one / many:.2f}x (target >= 1.7x on 2 cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
