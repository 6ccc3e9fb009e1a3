"""
Start-up cost: fresh interpreters, as ratios to importing the dependencies alone.

Each candidate is a fresh process, run alternately for many rounds and timed by its processor
time as a child (``RUSAGE_CHILDREN``, user and system); min and median are reported, and each
ratio is the minimum over the minimum and the median over the median of the same run.
The candidates are those of ``bench_load.py --cold-rounds``: ``import attrs, cattrs,
dateutil`` (the denominator), ``import wspolpraca``, that and the first ``loads`` of the
Kraków 2021 example, that and a ``check``, ``python -m wspolpraca check`` of the same file,
and pydantic's cold equivalent when pydantic is installed.

Two settings, because compiling the source is a large part of a cold start:

- ``bytecode``: as an installed package runs (pip compiles every module when it installs):
  the children read and write bytecode in a private cache (``PYTHONPYCACHEPREFIX``, filled by
  a first, untimed round), for the dependencies and for wspolpraca alike.
- ``source``: the environment as it is. In a source checkout run with
  ``PYTHONDONTWRITEBYTECODE=1`` (and no ``__pycache__`` in ``src``) every wspolpraca module is
  compiled at every start, while the dependencies, installed, read their bytecode.

``--source DIR`` (repeatable) times other source trees alongside (``before=/tmp/main/src``),
for a before/after from one run.

Run: ``python benchmarks/bench_cold.py [--rounds 15] [--setting bytecode source] [--json out]``
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "krakow-2021-annual.json"
DEPS = "import attrs, cattrs, dateutil"


def commands(document: Path = EXAMPLE) -> dict[str, list[str]]:
    """The interpreter arguments of each wspolpraca candidate."""
    read = f"open({str(document)!r}, 'rb').read()"
    return {
        "import wspolpraca": ["-c", "import wspolpraca"],
        "import + first loads": ["-c", f"import wspolpraca; wspolpraca.loads({read})"],
        "import + loads + check": [
            "-c",
            f"import wspolpraca; wspolpraca.check(wspolpraca.loads({read}))",
        ],
        "wspolpraca check one.json": ["-m", "wspolpraca", "check", str(document)],
    }


def _pydantic(document: Path = EXAMPLE) -> list[str] | None:
    try:
        import pydantic  # noqa: F401, PLC0415 - only to know whether to time it
    except ImportError:
        return None
    here = str(Path(__file__).resolve().parent)
    read = f"open({str(document)!r}, 'rb').read()"
    code = (
        f"import sys; sys.path.insert(0, {here!r}); "
        f"from pydantic_model import Programme; Programme.model_validate_json({read})"
    )
    return ["-c", code]


def _children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _once(arguments: list[str], env: dict[str, str], *, check: bool) -> None:
    subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, *arguments], env=env, check=check, stdout=subprocess.DEVNULL
    )


def run(setting: str, rounds: int, sources: dict[str, str], cache: str) -> dict[str, list[float]]:
    """Seconds of each candidate in *setting*, alternating, *rounds* times after a warm-up."""
    base = dict(os.environ)
    if setting == "bytecode":
        base.pop("PYTHONDONTWRITEBYTECODE", None)
        base["PYTHONPYCACHEPREFIX"] = cache
    candidates: dict[str, tuple[list[str], dict[str, str]]] = {
        DEPS: (["-c", DEPS], base),
    }
    for label, src in sources.items():
        env = {**base, "PYTHONPATH": os.pathsep.join([src, base.get("PYTHONPATH", "")])}
        if setting == "bytecode":
            # Each tree its own cache: the trees share module names.
            env["PYTHONPYCACHEPREFIX"] = os.path.join(cache, label or "this")  # noqa: PTH118
        for name, arguments in commands().items():
            candidates[f"{name} {label}".strip()] = (arguments, env)
    pydantic = _pydantic()
    if pydantic is not None:
        candidates["pydantic: import + first validate"] = (pydantic, base)
    times: dict[str, list[float]] = {name: [] for name in candidates}
    for arguments, env in candidates.values():  # warm up (and fill the bytecode cache)
        _once(arguments, env, check=True)
    for _ in range(rounds):
        for name, (arguments, env) in candidates.items():
            start = _children()
            _once(arguments, env, check=False)
            times[name].append(_children() - start)
    return times


def report(times: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    """Min and median (ms) of each candidate, and its ratios to the dependencies' import."""
    deps = times[DEPS]
    return {
        name: {
            "min_ms": 1000 * min(values),
            "median_ms": 1000 * statistics.median(values),
            "ratio_min": min(values) / min(deps),
            "ratio_median": statistics.median(values) / statistics.median(deps),
        }
        for name, values in times.items()
    }


def main(argv: Sequence[str] | None = None) -> dict[str, dict[str, dict[str, float]]]:
    """Run the settings asked for and print their tables; return the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument(
        "--setting", nargs="+", choices=("bytecode", "source"), default=["bytecode", "source"]
    )
    parser.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="LABEL=DIR",
        help="another source tree to time alongside this one",
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    sources = {"": str(ROOT / "src")}
    for item in args.source:
        label, _, directory = item.partition("=")
        sources[label] = directory
    results: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as cache:
        for setting in args.setting:
            before = os.getloadavg()[0]
            figures = report(run(setting, args.rounds, sources, cache))
            after = os.getloadavg()[0]
            results[setting] = figures
            print(
                f"\n{setting}: fresh processes, {args.rounds} rounds, "
                f"load average {before:.1f} -> {after:.1f}; min / median"
            )
            for name, row in figures.items():
                print(
                    f"  {name:<45} {row['min_ms']:7.1f} / {row['median_ms']:7.1f} ms"
                    f"   ÷ deps {row['ratio_min']:5.2f} / {row['ratio_median']:5.2f}"
                )
    if args.json:
        meta = {"python": sys.version.split()[0], "rounds": args.rounds, "sources": sources}
        args.json.write_text(json.dumps({"meta": meta, "results": results}, indent=2))
    return results


if __name__ == "__main__":
    main()
