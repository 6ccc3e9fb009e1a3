"""The source distribution carries what the tests read, so they pass from the unpacked archive."""

from __future__ import annotations

import re
import tomllib

import pytest

from .conftest import ROOT

_READS = re.compile(r'(?:ROOT|parent\.parent) / "(?P<top>[^"/]+)"')
"""How a test names a file or folder at the top of the source tree."""


def _included() -> list[str]:
    pyproject = ROOT / "pyproject.toml"
    if not pyproject.exists():
        pytest.skip("pyproject.toml is not here (not a source tree)")
    data = tomllib.loads(pyproject.read_text("utf-8"))
    include: list[str] = data["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    return include


def test_sdist_ships_what_the_tests_read() -> None:
    """Every top-level path a test reads (``ROOT / "examples"`` …) is in the sdist."""
    include = _included()
    read = {
        match["top"]
        for path in (ROOT / "tests").rglob("*.py")
        for match in _READS.finditer(path.read_text("utf-8"))
    }

    missing = sorted(
        top
        for top in read
        if top != "pyproject.toml"  # hatchling always ships it
        and not any(entry == top or entry.startswith(f"{top}/") for entry in include)
    )

    assert read >= {"benchmarks", ".ci", "examples"}
    assert missing == []


def test_sdist_ships_the_ci_files_tests_name() -> None:
    """The CI script and the npm manifest of ajv are in the sdist, not ``node_modules``."""
    include = _included()

    assert {".ci/run", ".ci/node/package.json", ".ci/node/package-lock.json"} <= set(include)
    assert not any("node_modules" in entry for entry in include)
